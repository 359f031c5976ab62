"""Speaker word lists (quotes/lexicon/speakers.py): consistent with each other, each defined once."""

from __future__ import annotations

import pytest

from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon

SPEAKER_LISTS = [name for name in dir(speaker_lexicon) if name.isupper() and not name.startswith("_")]


@pytest.mark.parametrize("name", SPEAKER_LISTS)
def test_each_list_has_one_home(name: str) -> None:
    assert not hasattr(lexicon, name)


@pytest.mark.parametrize(
    "words",
    [
        speaker_lexicon.SPEAKER_ROLE_HEADS,
        speaker_lexicon.HONORIFICS,
        speaker_lexicon.SPOKESPERSON_HEADS,
        speaker_lexicon.ORGANIZATION_HEADS,
        speaker_lexicon.GROUP_HEADS,
        speaker_lexicon.SPEAKER_ADJECTIVES,
    ],
)
def test_word_lists_are_lower_case(words: frozenset[str]) -> None:
    assert words and all(word == word.lower() and word.strip() == word for word in words)


def test_gendered_honorifics_are_honorifics() -> None:
    assert set(speaker_lexicon.HONORIFIC_GENDER) <= speaker_lexicon.HONORIFICS


@pytest.mark.parametrize(
    ("abbreviation", "head"), sorted(speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS.items())
)
def test_title_abbreviations_name_role_heads(abbreviation: str, head: str) -> None:
    assert head in speaker_lexicon.SPEAKER_ROLE_HEADS, abbreviation


@pytest.mark.parametrize(("word", "expected"), [("likely", True), ("unable", False), ("worth", False)])
def test_speaker_adjectives(word: str, expected: bool) -> None:
    assert (word in speaker_lexicon.SPEAKER_ADJECTIVES) is expected
