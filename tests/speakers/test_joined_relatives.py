"""A family noun joined by "and" to a title and a name that bears the possessor's surname is that
person ("Tom Hale ... his wife and fellow nominee Ann Hale"); another surname, or another family noun
between, is another person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract

_OPENING = "The stigma was reinforced by former Governor Tom Hale, who signed the 1994 bill, which prompted "
_CLOSING = " to make a remark that described all young men as “super predators.”"

CASES = [
    ("his wife and current Democratic nominee Ann Hale", "Ann Hale"),
    ("his wife and current Democratic nominee Ann Roe", None),  # the name is not the family's
    ("his wife and his son Ben Hale", None),  # two people
    ("his son and current Democratic nominee Ann Hale", None),  # "son" is no woman
]


@pytest.mark.parametrize(("words", "name"), CASES)
def test_a_relative_joined_to_a_name(words: str, name: str | None) -> None:
    speaker = extract(_OPENING + words + _CLOSING)[-1].speaker
    assert speaker.mention == " ".join(words.split()[:2])
    assert speaker.name == name
