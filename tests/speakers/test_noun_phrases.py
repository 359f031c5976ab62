"""Mentions as written (quotes/speakers/noun_phrases.py): the noun phrase a speaker token heads, without
role titles before a name or appositions after it, and whether two tokens share a paragraph."""

from __future__ import annotations

import pytest

from quotes.speakers.noun_phrases import noun_phrase, same_paragraph

NOUN_PHRASE_CASES = [
    # (text, head word, the mention as written)
    ("Defence Secretary Ben Wallace said it would work.", "Wallace", "Ben Wallace"),  # no role title
    ("Mr. Hale, the mayor, said it would work.", "Hale", "Mr. Hale"),  # honorific kept, apposition not
    ("The Russian defence ministry said it would work.", "ministry", "The Russian defence ministry"),
    ("Two senior aides said it would work.", "aides", "Two senior aides"),
]


@pytest.mark.parametrize(("text", "head", "mention"), NOUN_PHRASE_CASES)
def test_noun_phrase_as_written(nlp, text: str, head: str, mention: str) -> None:
    doc = nlp(text)
    [token] = [t for t in doc if t.text == head]
    found = noun_phrase(token)
    assert found.text == mention and text[found.start : found.end] == mention


@pytest.mark.parametrize(
    ("text", "same"),
    [
        ("Jane Roe left. She said so.", True),
        ("Jane Roe left.\n\nShe said so.", False),  # a line break between them
    ],
)
def test_same_paragraph(nlp, text: str, same: bool) -> None:
    doc = nlp(text)
    assert same_paragraph(doc, 0, len(doc) - 2) is same
