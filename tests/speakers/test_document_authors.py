"""Documents whose owner the article gives in another way than a possessor or "by": the authors of
the report ("The authors of the report, which include Acme and the Hale Trust,"), the publication that
ran a feature ("The Acme Herald ran a feature ... The piece said"), and the figures of a body that just
spoke ("The Acme Office said ... According to the data, ..."). Sentences written for these tests."""

from __future__ import annotations

from quotes.engines.local import extract


def _speaker(text: str, mention: str) -> str | None:
    records = [r for r in extract(text) if (r.speaker.mention or "").lower() == mention]
    assert records, [r.speaker.mention for r in extract(text)]
    return records[-1].speaker.name


_AUTHORS = (
    "The authors of the report, which include the Acme Policy Fund and the Hale Trust, combed through "
    "the filings of 500 companies. "
)


def test_the_report_speaks_for_the_authors_the_article_names() -> None:
    text = _AUTHORS + "Most of them hold cash abroad, the report says."
    assert _speaker(text, "the report") == "Acme Policy Fund and Hale Trust"


def test_the_authors_are_the_bodies_they_include() -> None:
    text = (
        "The authors of the report, which include the Acme Policy Fund and the Hale Trust, said that most "
        "companies hold cash abroad."
    )
    assert _speaker(text, "the authors") == "Acme Policy Fund and Hale Trust"


def test_the_piece_is_the_publication_that_ran_it() -> None:
    text = (
        "The Springfield Herald ran a feature on Saturday about a nurse who lost her job. The piece said "
        "that she had worked at the hospital for a decade."
    )
    assert _speaker(text, "the piece") == "Springfield Herald"


def test_the_data_are_the_body_that_just_gave_them() -> None:
    text = (
        "The State Refugee Office said that 98 percent of the refugees came from two countries. According "
        "to the data, fewer than 1 percent are children."
    )
    assert _speaker(text, "the data") == "State Refugee Office"


def test_data_after_a_person_spoke_are_not_theirs() -> None:
    text = (
        "Tom Hale, a teacher, said that 98 percent of the refugees came from two countries. According "
        "to the data, fewer than 1 percent are children."
    )
    assert _speaker(text, "the data") is None
