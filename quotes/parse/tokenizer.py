"""The model's tokenizer, loaded with the project's extended affixes and its special cases added once.

A spaCy tokenizer adds its special cases ("don't", "Dr.", about 1,350 of them in the English models)
whenever its rules or an affix pattern is set, because the matcher of special cases that hold an affix
depends on the affixes; each time costs about 0.1 s of CPU. ``spacy.load`` adds them twice: when the
pipeline's tokenizer is made from the language's defaults, and again when the model's saved tokenizer
is read over it; giving it this module's extended infixes and suffixes after that added them a
third time.

:func:`load_with_extended_affixes` loads the model with a :class:`QuoteTokenizer` in its place: made
without special cases, it reads the saved tokenizer as spaCy's does (prefixes, URL and token matches as
saved), sets the extended infixes and suffixes, and adds the saved special cases once, last, as spaCy's
own reader does. The tokens are the same; the pipeline's config still names spaCy's tokenizer, so a
saved pipeline loads without this package. Models whose config names another tokenizer are left to
:func:`quotes.parse.nlp.load_base`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from quotes.parse.models import _package_folder, model_meta

#: A quote mark glued to the punctuation before it ("said,“Look") is a token of its own, and so is a
#: closing double mark glued to the word after it ("“We will win,”Clinton said"), with the punctuation
#: before the mark split off too.
_GLUED_MARKS = (
    r"[,;:](?=[“‘])",
    r"(?<=[,;:])[“‘]",
    r"[,.!?](?=[”\"][A-Za-z])",
    r"(?<=[,.!?])[”\"](?=[A-Za-z])",
)


def _infixes_splitting_marks(nlp: Language) -> re.Pattern[str]:
    """The model's infixes and :data:`_GLUED_MARKS`, so the cue before a quote stays a word."""
    infixes = list(nlp.Defaults.infixes or [])
    for pattern in _GLUED_MARKS:
        if pattern not in infixes:
            infixes.append(pattern)
    return spacy.util.compile_infix_regex(infixes)


#: A full stop after a number with a one-letter unit ("reach 30C.", "a 4K."): the tokenizer keeps it on
#: the word as it does after an initial ("J."), which hides the sentence's end from the parser.
_UNIT_STOP = r"(?<=[0-9][A-Z])\."


def _suffixes_splitting_unit_stops(nlp: Language) -> re.Pattern[str]:
    """The model's suffixes and :data:`_UNIT_STOP`, so "30C." ends its sentence."""
    suffixes = list(nlp.Defaults.suffixes or [])
    if _UNIT_STOP not in suffixes:
        suffixes.append(_UNIT_STOP)
    return spacy.util.compile_suffix_regex(suffixes)


#: The tokenizer factory this module registers, and the one it stands in for.
FACTORY_NAME = "quotes.ExtendedAffixesTokenizer.v1"
SPACY_TOKENIZER = "spacy.Tokenizer.v1"


class QuoteTokenizer(Tokenizer):
    """spaCy's tokenizer, reading a saved one with other infixes and suffixes (see the module)."""

    infixes: Callable[..., Any] | None = None
    suffixes: Callable[..., Any] | None = None

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> QuoteTokenizer:
        """Read a saved tokenizer, then set :attr:`infixes` and :attr:`suffixes`, then its special cases."""
        exclude = list(exclude)
        super().from_bytes(bytes_data, exclude=[*exclude, "exceptions"])  # rules empty: setters are cheap
        if self.infixes is not None:
            self.infix_finditer = self.infixes
        if self.suffixes is not None:
            self.suffix_search = self.suffixes
        if "exceptions" not in exclude:
            rules = srsly.msgpack_loads(bytes_data).get("exceptions")
            if isinstance(rules, dict):
                self.rules = rules
        return self


@spacy.registry.tokenizers(FACTORY_NAME)
def make_extended_affixes_tokenizer() -> Callable[[Language], QuoteTokenizer]:
    """A factory of :class:`QuoteTokenizer`: no special cases until it reads a saved tokenizer."""

    def factory(nlp: Language) -> QuoteTokenizer:
        tokenizer = QuoteTokenizer(nlp.vocab)
        tokenizer.infixes = _infixes_splitting_marks(nlp).finditer
        tokenizer.suffixes = _suffixes_splitting_unit_stops(nlp).search
        return tokenizer

    return factory


def _config_path(name: str) -> Path:
    """Where ``spacy.load(name)`` reads the config: an installed package's data folder, or ``name``."""
    folder = _package_folder(name)
    if folder is None:
        return Path(name) / "config.cfg"
    meta = model_meta(name)
    return folder / f"{meta['lang']}_{meta['name']}-{meta['version']}" / "config.cfg"


def saves_spacys_tokenizer(name: str) -> bool:
    """Whether the model ``name`` names spaCy's own tokenizer in its config (unreadable: no)."""
    try:
        config = spacy.util.load_config(_config_path(name), interpolate=False)
    except Exception:  # noqa: BLE001  (any reason it cannot be read: the ordinary load decides)
        return False
    return config.get("nlp", {}).get("tokenizer", {}).get("@tokenizers") == SPACY_TOKENIZER


def load_with_extended_affixes(name: str) -> Language:
    """``spacy.load(name)`` with a :class:`QuoteTokenizer`; the config keeps naming spaCy's tokenizer."""
    nlp = spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": FACTORY_NAME}}})
    nlp._config["nlp"]["tokenizer"] = {"@tokenizers": SPACY_TOKENIZER}
    return nlp
