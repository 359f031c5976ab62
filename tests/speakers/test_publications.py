"""A definite description of a publication ("the journal", "the website") is the one publication of
that kind the article names, before or after it, tagged by the entity model or not; a bare "the website"
right after a source no person spoke is that source. Several publications of the kind, or a modifier no
name holds, leave it unnamed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speaker_of(text: str, mention: str) -> str | None:
    return next(r.speaker.name for r in extract(text) if r.speaker.mention == mention)


NAMED = [
    (  # the name ends in the kind word and comes after the description
        "The clinic's pills do not work, according to the leading Irish medical journal.\n\n"
        "A 2019 review in the Irish Medical Journal looked at forty of the clinic's claims.",
        "the leading Irish medical journal",
        "Irish Medical Journal",
    ),
    (  # the article writes the kind word before the name
        "Critics gathered outside the hall on Monday.\n\n"
        "The magazine Harbour Watch first reported the leak in March.\n\n"
        "The magazine said the council had known about it for weeks.",
        "The magazine",
        "Harbour Watch",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name"), NAMED)
def test_a_publication_description_is_the_one_of_its_kind(text: str, mention: str, name: str) -> None:
    assert _speaker_of(text, mention) == name


UNNAMED = [
    (  # two journals: no telling which
        "The clinic's pills do not work, according to the journal.\n\n"
        "Reviews in the Irish Medical Journal and the Nordic Health Journal looked at its claims.",
        "the journal",
    ),
    (  # the description's "Scottish" is in no journal's name
        "The clinic's pills do not work, according to the leading Scottish medical journal.\n\n"
        "A 2019 review in the Irish Medical Journal looked at forty of the clinic's claims.",
        "the leading Scottish medical journal",
    ),
]


@pytest.mark.parametrize(("text", "mention"), UNNAMED)
def test_a_publication_description_of_no_one_kind_stays_unnamed(text: str, mention: str) -> None:
    assert _speaker_of(text, mention) is None


def test_the_website_right_after_a_source_is_that_source() -> None:
    text = (
        "Open Ledger asked, \u201cWhy did the council wait six weeks?\u201d\n\n"
        "The website noted that the council had met twice since the leak."
    )
    assert _speaker_of(text, "The website") == "Open Ledger"


def test_the_website_far_from_the_source_stays_unnamed() -> None:
    text = (
        "Open Ledger asked, \u201cWhy did the council wait six weeks?\u201d\n\n"
        "The council met on Monday.\n\n"
        "Its members voted on the budget.\n\n"
        "The website noted that the council had met twice since the leak."
    )
    assert _speaker_of(text, "The website") is None


def test_the_website_after_a_person_is_not_that_person() -> None:
    text = (
        "Tom Hale asked, \u201cWhy did the council wait six weeks?\u201d\n\n"
        "The website noted that the council had met twice since the leak."
    )
    assert _speaker_of(text, "The website") is None
