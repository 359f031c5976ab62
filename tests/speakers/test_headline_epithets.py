"""A headline's capitals make a word of description look like a given name ("Derelict Hale and Roe"):
the name is the surname the body uses, not a person "Derelict Hale"
(:func:`quotes.speakers.entity_spans.without_headline_epithet`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers.entities import build

CASES = [
    # the body never writes "Derelict": a word of the headline's, not a name
    (
        "Derelict Hale and Roe; rivals go on offense\nPresident Hale and Ann Roe did not react. "
        "Hale said the plan was working.",
        "Derelict Hale",
        False,
    ),
    # the body writes the given name again: a name after all
    (
        "Ravi Kantor Visits Ohio\nPrime Minister Ravi Kantor arrived on Monday. "
        "Kantor said the trip went well.",
        "Ravi Kantor",
        True,
    ),
]


@pytest.mark.parametrize(("text", "name", "kept"), CASES)
def test_a_headline_word_before_a_surname(text: str, name: str, kept: bool) -> None:
    names = {entity.name for entity in build(load()(text)).persons}
    assert (name in names) is kept


def test_the_surname_after_a_headline_word_is_the_body_s_person() -> None:
    text = (
        "Derelict Hale and Roe; rivals go on offense\nPresident Hale and Ann Roe did not react. "
        "Hale said the plan was working."
    )
    assert extract(text)[-1].speaker.name != "Derelict Hale"
