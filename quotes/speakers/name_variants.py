"""Names one article writes in more than one way, for the entity model of
:mod:`quotes.speakers.entities`: a name the model cut at a nickname in quote marks ('Robert C. "Bobby"
Hale'), a lone surname that misspells the surname of someone named in full ("McLenney" for "Tyresha
McClenney"), and the gender the words before a name tell ("Mrs.", "widow"), which beats a given name's
guess.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.name_forms import given_name_gender, surname_key


class _Named(Protocol):
    """A person of the entity model, as far as this module reads one: by its name."""

    name: str


Named = TypeVar("Named", bound=_Named)


def with_nicknames(doc: Doc, persons: list[Span]) -> list[Span]:
    """The persons' names with a nickname in quote marks made whole where the model cut the name at
    it ('Robert C. "Bobby' and 'Scott' of 'Robert C. "Bobby" Scott' are one name; so are 'Marcia "' and
    the surname after 'Cia"' when the model tagged the rest of the name as no person at all)."""
    starts = {span.start: span for span in persons}
    joined, taken = [], set()
    for span in persons:
        if span.start in taken:
            continue
        mark = _nickname_mark(doc, span)
        if mark is not None:
            after = next((starts[i] for i in range(mark + 1, mark + 4) if i in starts), None)
            end = max(after.end, mark + 4) if after is not None else mark + 4  # 'Lin" Okafor Jr.' tagged
            span = doc[span.start : end]
            taken.update(range(mark + 1, end))
        joined.append(span)
    return joined


def _nickname_mark(doc: Doc, span: Span) -> int | None:
    """The token index of the opening mark of a nickname that a person's name, as the model cut it,
    ends in or right before: 'Ann "Nan"', 'Robert C. "Bobby', 'Marcia "', 'Ann' before '"Nan" Roe';
    ``None`` unless a capitalised nickname, its closing mark and a capitalised word follow."""
    for mark in range(span.end - 3, span.end + 1):
        if mark <= span.start or mark + 3 >= len(doc) or doc[mark].text not in _OPENING_QUOTES:
            continue
        nick, close, surname = doc[mark + 1], doc[mark + 2], doc[mark + 3]
        if nick.text[:1].isupper() and close.text in _CLOSING_QUOTES and _surname_word(surname):
            return mark
    return None


def _surname_word(token: Token) -> bool:
    """A capitalised word that can be a surname ("Price"), not punctuation or a bracket."""
    return token.is_alpha and token.text[:1].isupper()


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def told_gender(doc: Doc, ent: Span, words: list[str]) -> str | None:
    """The gender the words right before a name tell: an honorific ("Mrs. Roe"; "Mr Justice Hollis"),
    a family noun standing as its title ("widow Terry Roe"), or another noun of one gender
    ("Congresswoman Lee Roe") where the given name tells none (a woman may be a "chairman")."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in speaker_lexicon.JUDICIAL_TITLES and before.i > 0:
        before = doc[before.i - 1]  # "Mr Justice Hollis": the honorific before the judge's style
    if before is None:
        return None
    word = before.lower_.rstrip(".")
    if word in speaker_lexicon.HONORIFIC_GENDER:
        return speaker_lexicon.HONORIFIC_GENDER[word]
    if before.pos_ not in ("NOUN", "PROPN") or before.ent_type_:
        return None
    if word in name_lexicon.FAMILY_GENDER:
        return name_lexicon.FAMILY_GENDER[word]
    if len(words) >= 2 and given_name_gender(words[0]) is not None:
        return None
    return name_lexicon.ROLE_GENDER.get(word)


def misspelt_surname(by_surname: Mapping[str, list[Named]], word: str) -> Named | None:
    """The one person named in full whose surname ``word`` misspells ("McLenney" for "Tyresha
    McClenney"; "Bornsten" for "Bornstein"): a capitalised word of five letters or more, no given name,
    that differs from that surname alone by a letter or two. ``None`` when none or several are near."""
    if len(word) < 5 or not word[:1].isupper() or given_name_gender(word) is not None:
        return None
    key = surname_key([word])
    near = {
        id(e): e
        for surname, people in by_surname.items()
        if surname != key and abs(len(surname) - len(key)) <= 2 and _near(surname, key)
        for e in people
        if len(e.name.split()) >= 2
    }
    return next(iter(near.values())) if len(near) == 1 else None


def _near(a: str, b: str) -> bool:
    """Whether two words are spellings of one name: a similarity of 0.85 or more, the same first
    letter."""
    return a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85
