"""A headline's capitals make a word of description look like a given name ("Derelict Hale and Roe"):
the name is the surname the body uses, not a person "Derelict Hale"
(:func:`quotes.speakers.entity_spans.without_headline_epithet`). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers.entities import build
from quotes.speakers.entity_spans import without_headline_epithet

CASES = [
    # the body never writes "Derelict": a word of the headline's, not a name
    (
        "Derelict Hale and Roe; Rivals Go on Offense\nPresident Hale and Ann Roe did not react. "
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
        "Derelict Hale and Roe; Rivals Go on Offense\nPresident Hale and Ann Roe did not react. "
        "Hale said the plan was working."
    )
    assert extract(text)[-1].speaker.name != "Derelict Hale"


MORE = [
    # the body writes the given name with its accent
    (
        "Francois Lanier Says Plan Will Pass\nFrançois Lanier spoke on Monday. Lanier said it would pass.",
        True,
    ),
    # the body names no person by the last word: no surname to keep
    (
        "Bellwether County Says Plan Fails\nVoters in the county said on Monday that the County was right.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "kept"), MORE)
def test_a_headline_name_is_kept(text: str, kept: bool) -> None:
    doc = load()(text)
    name = Span(doc, 0, 2, label="PERSON")  # the headline's first two words, as the model may tag them
    assert (without_headline_epithet(name) == name) is kept


def test_a_headline_word_no_body_writes_is_dropped() -> None:
    doc = load()("Derelict Hale Fails Again\nPresident Tom Hale spoke on Monday. Hale said it would pass.")
    name = Span(doc, 0, 2, label="PERSON")
    assert without_headline_epithet(name).text == "Hale"


def test_a_first_line_that_is_a_sentence_is_no_headline() -> None:
    doc = load()(
        "Cooper Dalby kicked five goals as the Hawks won on Saturday.\nDalby said the win meant a lot."
    )
    name = Span(doc, 0, 2, label="PERSON")
    assert without_headline_epithet(name) == name
