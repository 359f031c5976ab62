"""How sure a record's speaker name is: the share of names found right on PolNeAR train for records
alike in the sieve that decided the speaker, the form of the speaker's mention and the record's type.

The table (``quotes/speakers/data/confidence.json``) is data, written by ``benchmarks/fit_confidence.py``
from measured accuracy; it is read once, on first use. Its cells nest: a resolution ("unresolved"), then
the mention's form within it (:func:`mention_form`: "an aide" and "the senator" left unresolved are
right for different reasons: the first usually names nobody, the second someone the resolver missed),
then the record's type. A record takes the finest cell the table has for it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from quotes.lexicon import speakers as speaker_lexicon

#: The packaged table's file name, in :mod:`quotes.speakers.data`.
TABLE_FILE = "confidence.json"

_POSSESSOR = re.compile(r"\w['’]s?\s|s['’]\s")
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


@cache
def _table() -> dict[str, Any]:
    text = resources.files("quotes.speakers.data").joinpath(TABLE_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def mention_form(mention: str | None, named: bool) -> str:
    """The form of a speaker mention, for the confidence table: ``pronoun`` ("he", "I"),
    ``indefinite`` ("a spokesman", "some analysts"), ``definite`` ("the senator"), ``possessive``
    ("his lawyer", "Acme's statement"), ``proper`` (a capitalised name, "Tom Hale"), ``common`` (a bare
    noun, "police", "officials") or ``none`` (a continued quote keeps no mention); with ``, no name``
    appended when the record gives no name.

    >>> mention_form("the senator", False)
    'definite, no name'
    >>> mention_form("Acme's statement", True)
    'possessive'
    """
    words = (mention or "").split()
    form = "none"
    if words:
        first = words[0].lower().strip("\"'“‘(")
        if len(words) == 1 and (first in speaker_lexicon.PRONOUNS or first in _FIRST_PERSON):
            form = "pronoun"
        elif first in speaker_lexicon.POSSESSIVE_OPENERS or _POSSESSOR.search(mention or ""):
            form = "possessive"
        elif first in speaker_lexicon.INDEFINITE_OPENERS or first.isdigit():
            form = "indefinite"
        elif first in speaker_lexicon.DEFINITE_OPENERS:
            form = "definite"
        elif words[0][:1].isupper():
            form = "proper"
        else:
            form = "common"
    return form if named else f"{form}, no name"


def name_confidence(record_type: str, resolution: str, form: str | None = None) -> float:
    """The measured chance that a record of ``record_type`` whose speaker ``resolution`` decided from a
    mention of ``form`` (:func:`mention_form`) has the right name (no name, when the article names
    nobody): the finest cell of the table that holds the record."""
    table = _table()
    by_form = table.get("by_form", {}).get(resolution, {})
    cell = table.get("by_type", {}).get(record_type, {}).get(resolution, {})
    if isinstance(cell, dict) and form in cell:
        return float(cell[form])
    if form in by_form:
        return float(by_form[form])
    return float(table["by_resolution"].get(resolution, table["overall"]))
