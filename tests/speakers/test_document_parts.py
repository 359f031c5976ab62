"""Parts of documents ("one slide says", "a chart in the report shows") speak for the owner of the
document they are part of: named in the part's own phrase, or the owner of the document or part of its
kind just before it; a presentation is whoever gives or carries it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _of(text: str, content: str) -> tuple[str | None, str]:
    """The speaker (name, resolution) of the record whose text holds ``content``."""
    found = [(a.speaker.name, a.speaker.resolution) for a in extract(text) if content in a.text]
    assert found, [(a.text, a.speaker.name) for a in extract(text)]
    return found[0]


PARTS = [
    # the part's own phrase names the document, whose presenter owns it; later parts are of it too
    (
        "A slide from a presentation that Mr. Tom Hale and his aides carry with them as they meet "
        "investors shows the cost of a car. Another slide shows that most limes are grown in Mexico.\n\n"
        "Six million jobs also depend on exports, one slide says.",
        ["most limes are grown", "Six million jobs"],
        "Tom Hale",
    ),
    # a part of a document the sentence before introduced with its owner
    (
        "Acme released a report on Monday. One chart shows that prices rose by 10 percent.",
        ["prices rose"],
        "Acme",
    ),
    (
        "Ann Roe gave a presentation to investors on Monday. One slide said sales would double.",
        ["sales would double"],
        "Ann Roe",
    ),
    # a part whose phrase names its owner keeps that owner over the part before it
    (
        "A slide from Ann Roe's presentation showed the costs. A chart from the Hale Trust says that costs "
        "will fall.",
        ["costs will fall"],
        "Hale Trust",
    ),
]


@pytest.mark.parametrize(("text", "contents", "name"), PARTS)
def test_a_part_speaks_for_the_owner_of_its_document(text: str, contents: list[str], name: str) -> None:
    for content in contents:
        assert _of(text, content) == (name, "document")


NO_OWNER = [
    # the document is too far back: no name
    (
        "Acme released a report on Monday. It was long.\n\nThe weather was bad. Voters were tired. "
        "Turnout fell. One chart shows that prices rose by 10 percent.",
        "prices rose",
    ),
    # the latest before is another kind of part: which document the slide is of, the text does not say
    (
        "Acme released a report. A chart from the Hale Trust shows the costs. One slide says that sales "
        "will double.",
        "sales will",
    ),
    # a presentation someone only attended is not theirs
    ("Ann Roe attended a presentation on Monday. One slide said sales would double.", "sales would"),
]


@pytest.mark.parametrize(("text", "content"), NO_OWNER)
def test_a_part_with_no_owner_near_it_names_no_one(text: str, content: str) -> None:
    assert _of(text, content)[0] is None
