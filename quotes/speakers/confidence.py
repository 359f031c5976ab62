"""How sure a record's speaker name is: a small logistic model of measured name accuracy on PolNeAR train.

A record's confidence is the chance that its speaker name is right (no name, where the article names
nobody), in two parts that are fitted apart:

* ``mention_right``: the chance that the speaker mention is the one the article gives for the words,
  fitted on every PolNeAR train article (about ten thousand matched attributions: the mention gold
  covers them all);
* ``right_if_mention_right`` and ``right_if_mention_wrong``: the chance that the name is right given
  each, fitted on the train articles that also have name annotations.

The confidence is ``m * a + (1 - m) * b`` with ``m``, ``a`` and ``b`` those three. Each part is a
logistic model over the same few features of a record (:func:`record_features`): the sieve that decided
the speaker, the form of its mention (:func:`mention_form`), whether a name is given and, when none is,
the form again (``form:definite, no name``: a nameless record is right when the article names nobody,
which "a spokesman" says far more often than "the minister"; a group, "his aides", is read apart from one
person of the same form, "his aide": :func:`nameless_form`), the record type, and five that hold for any
article: the name's last word last seen far before the mention, another name written between the two for
a pronoun or a continued quote (:func:`other_names_between`), a name not written out in the article
(assembled, or from the registry), a registry entry, and a mention that is itself the name. Few weights
instead of a table of many small cells, so that what was learnt on a hundred articles carries over to
others; for the same reason a resolution that decided only a few train records is read as
``resolution:other`` (the weights file lists them as ``pooled_resolutions``).

The weights (``quotes/speakers/data/confidence.json``) are data, written by
``benchmarks/fit_confidence.py``; they are read once, on first use.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from quotes.lexicon import speakers as speaker_lexicon

#: The packaged weights' file name, in :mod:`quotes.speakers.data`.
TABLE_FILE = "confidence.json"

#: The three parts of the model, as named in the weights file.
PARTS: tuple[str, ...] = ("mention_right", "right_if_mention_right", "right_if_mention_wrong")

#: How far back (in characters: about two short paragraphs) the name's last word must have been seen
#: for the mention to count as near it; a pronoun or continuation further from its name is riskier.
NEAR = 600

#: The resolutions that reach back over the text to a name (a pronoun, a quote continued without a cue):
#: another name written between the two is a candidate passed over, and the record is riskier.
PASSING_RESOLUTIONS = frozenset({"pronoun", "continuation"})

_POSSESSOR = re.compile(r"\w['’]s?\s|s['’]\s")
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
#: A name as :func:`other_names_between` counts one: two or more capitalised words, an initial or a short
#: honorific between them allowed.
_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]{1,2}\.))*(?:\s+[A-Z][\w’'-]+)+")


@cache
def _table() -> dict[str, Any]:
    text = resources.files("quotes.speakers.data").joinpath(TABLE_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def mention_form(mention: str | None, named: bool) -> str:
    """The form of a speaker mention: ``pronoun`` ("he", "I"), ``indefinite`` ("a spokesman", "some
    analysts"), ``definite`` ("the senator"), ``possessive`` ("his lawyer", "Acme's statement"),
    ``proper`` (a capitalised name, "Tom Hale"), ``common`` (a bare noun, "police", "officials") or
    ``none`` (a continued quote keeps no mention); with ``, no name`` appended when the record gives
    no name.

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


def nameless_form(mention: str | None, kind: str | None = None) -> str:
    """The form of a mention left without a name: ``group, no name`` for a mention the parser reads as
    several people (``kind`` "group": "his aides", "analysts", "the officials"), whom an article seldom
    names one by one, whatever the determiner; otherwise :func:`mention_form`'s (``possessive, no name``
    for "his lawyer", one person the article may well name).

    >>> nameless_form("her allies", "group"), nameless_form("her lawyer", "person")
    ('group, no name', 'possessive, no name')
    """
    return "group, no name" if kind == "group" else mention_form(mention, False)


def last_word(name: str | None) -> str:
    """A name's last word in comparable form: lower case, letters and digits only, no possessive.

    >>> last_word("Mr. Tom Hale's")
    'hale'
    """
    words = (name or "").replace("’", "'").lower().split()
    while words:
        word = words.pop()
        word = word[:-2] if word.endswith("'s") else word
        word = "".join(ch for ch in word if ch.isalnum())
        if word:
            return word
    return ""


@lru_cache(maxsize=8)
def _lower(text: str) -> str:
    """The article in lower case, once per article (a record asks for it once or twice)."""
    return text.lower()


def _seen_before(text: str, word: str, anchor: int) -> int | None:
    """Where ``word`` (lower case) last starts as a whole word at or before ``anchor``, or ``None``."""
    lower = _lower(text)
    at = lower.rfind(word, 0, anchor + len(word))
    while at >= 0:
        before = lower[at - 1] if at else " "
        after = lower[at + len(word)] if at + len(word) < len(lower) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        at = lower.rfind(word, 0, at + len(word) - 1) if at else -1
    return None


def other_names_between(text: str, name: str, start: int, end: int) -> set[str]:
    """The last words of the other names (two or more capitalised words: "Ann Roe", "Dr. Li Wei", "the
    Acme Union") written between ``start`` and ``end``: the candidates a reader passes over between a name
    and a pronoun or a continued quote that goes back to it, where resolution goes wrong more often.

    >>> sorted(other_names_between("Tom Hale met Ann Roe and Acme Power. He said", "Tom Hale", 8, 36))
    ['power', 'roe']
    """
    own = {last_word(part) for part in name.split()}
    found = {last_word(m.group()) for m in _NAME.finditer(text, start, end)}
    return found - own - {""}


def record_features(text: str, record: Mapping[str, Any]) -> dict[str, float]:
    """The features of a record (a dict shaped like :class:`quotes.records.Attribution`'s, with at least
    ``type``, ``start`` and ``speaker``) in the article ``text``, each 1.0 where it holds.

    >>> text = "Tom Hale runs the shelter. “We need beds,” he said."
    >>> record = {"type": "direct", "start": 27, "speaker": {"name": "Tom Hale", "mention": "he",
    ...     "start": 43, "resolution": "pronoun", "wikidata_id": None}}
    >>> sorted(record_features(text, record))
    ['form:pronoun', 'resolution:pronoun', 'type:direct']
    >>> record["speaker"].update(name=None, mention="the minister", resolution="unresolved")
    >>> sorted(record_features(text, record))
    ['form:definite', 'form:definite, no name', 'no name', 'resolution:unresolved', 'type:direct']
    """
    speaker = record["speaker"]
    name, mention = speaker.get("name"), speaker.get("mention")
    base = mention_form(mention, True)
    features = {
        f"resolution:{speaker.get('resolution')}": 1.0,
        f"form:{base}": 1.0,
        f"type:{record['type']}": 1.0,
    }
    if name is None:
        # A record without a name is right when the article names nobody: likely for "a spokesman" or
        # "some analysts", far less for "the minister" or "his lawyer", which refer back to someone.
        features["no name"] = 1.0
        features[f"form:{nameless_form(mention, speaker.get('kind'))}"] = 1.0
        return features
    word = last_word(name)
    anchor = speaker["start"] if speaker.get("start") is not None else record["start"]
    seen = _seen_before(text, word, anchor) if word else None
    if seen is not None and anchor - seen > NEAR:
        features["name far before"] = 1.0
    if (
        seen is not None
        and speaker.get("resolution") in PASSING_RESOLUTIONS
        and other_names_between(text, name, seen + len(word), anchor)
    ):
        features["another name between"] = 1.0
    if name not in text:
        features["name not in text"] = 1.0
    if speaker.get("wikidata_id"):
        features["registry"] = 1.0
    if word and word in {last_word(w) for w in (mention or "").split()}:
        features["mention is name"] = 1.0
    return features


def pool_resolutions(features: Mapping[str, float], pooled: Sequence[str]) -> dict[str, float]:
    """The features with a resolution of ``pooled`` read as ``resolution:other``.

    >>> pool_resolutions({"resolution:role": 1.0, "type:direct": 1.0}, ["role"])
    {'type:direct': 1.0, 'resolution:other': 1.0}
    """
    out = dict(features)
    for resolution in pooled:
        if out.pop(f"resolution:{resolution}", None) is not None:
            out["resolution:other"] = 1.0
    return out


def probability(weights: Mapping[str, float], features: Mapping[str, float]) -> float:
    """A logistic model's chance: the sigmoid of ``bias`` plus each known feature's weight times its
    value (a feature the model never saw adds nothing)."""
    z = weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items() if k != "bias")
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def combine(mention_right: float, right_if_right: float, right_if_wrong: float) -> float:
    """The chance that the name is right, from the chance that the mention is and the name's chance
    given each."""
    return mention_right * right_if_right + (1.0 - mention_right) * right_if_wrong


def name_confidence(text: str, record: Mapping[str, Any], table: Mapping[str, Any] | None = None) -> float:
    """The measured chance that a record's speaker name is right (no name, when the article names
    nobody), from its features (:func:`record_features`) and the fitted weights (``table``, by
    default the packaged one)."""
    table = table if table is not None else _table()
    models = table["models"]
    features = pool_resolutions(record_features(text, record), table.get("pooled_resolutions", ()))
    m, a, b = (probability(models[part]["weights"], features) for part in PARTS)
    return combine(m, a, b)
