"""The model a run uses, and its name and version, found without loading it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.parse.models import ModelNotFoundError, default_model_name, model_info, model_meta


@pytest.mark.slow
def test_the_name_and_version_spacy_gives_the_loaded_model(nlp) -> None:
    meta = nlp.meta
    assert model_info() == {"name": f"{meta['lang']}_{meta['name']}", "version": str(meta["version"])}
    assert model_info(default_model_name()) == model_info()


def test_a_pipeline_directory_is_read_too(tmp_path: Path) -> None:
    folder = tmp_path / "my-pipeline"
    folder.mkdir()
    (folder / "meta.json").write_text(json.dumps({"lang": "en", "name": "court_news", "version": "1.2.0"}))
    assert model_info(str(folder)) == {"name": "en_court_news", "version": "1.2.0"}
    assert model_meta(str(folder))["name"] == "court_news"


@pytest.mark.parametrize("name", ["no_such_pipeline_xyz", "not/a/folder", "en.core"])
def test_a_model_that_is_not_there_is_named(name: str) -> None:
    with pytest.raises(ModelNotFoundError, match="neither an installed pipeline package nor a pipeline"):
        model_info(name)


def test_a_folder_without_a_usable_meta_is_not_a_model(tmp_path: Path) -> None:
    folder = tmp_path / "half"
    folder.mkdir()
    (folder / "meta.json").write_text(json.dumps({"lang": "en"}))
    with pytest.raises(ModelNotFoundError, match="half"):
        model_info(str(folder))
    shutil.rmtree(folder)
    with pytest.raises(ModelNotFoundError, match="half"):
        model_info(str(folder))


def test_finding_the_model_imports_no_spacy() -> None:
    program = (
        "import sys\nfrom quotes.parse.models import model_info\nmodel_info()\n"
        "print('spacy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
