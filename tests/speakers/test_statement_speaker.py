"""A definite document with no owner, on sentences written for these tests: "the statement" just after
someone spoke is that speaker's (so are "the remarks"), "the opinion" the court's the article named; any other document the
article has not introduced names nobody, never the owner of an earlier document of another kind."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speaker(text: str) -> tuple[str | None, str]:
    record = extract(text)[-1]
    return record.speaker.name, record.speaker.resolution


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Acme Corp. responded on Tuesday that it had grown. “We pay our own rent,” the statement "
            "said.",
            "Acme Corp.",
        ),
        (
            "Ann Roe said on Monday that she would resign. “I leave with pride,” the statement said.",
            "Ann Roe",
        ),
        # remarks and comments are words just spoken too
        (
            "Tom Hale met the delegates on Monday. “We have started those talks,” Mr. Hale said. The remarks "
            "suggest that the party is split.",
            "Tom Hale",
        ),
        (
            "Ann Roe met the delegates on Monday. “We have started those talks,” she said. The comments "
            "suggest that the party is split.",
            "Ann Roe",
        ),
        # remarks the article mentioned before, with no owner named, are still the speaker's
        (
            "Tom Hale thanked the delegates at the start of his remarks. “We have started those talks,” "
            "Mr. Hale said. The remarks suggest that the party is split.",
            "Tom Hale",
        ),
    ],
)
def test_the_statement_just_after_a_speaker_is_the_speaker_s(text: str, name: str) -> None:
    assert _speaker(text) == (name, "document")


def test_a_court_document_is_the_court_s() -> None:
    text = (
        "The Supreme Court sent the case back on Monday. “The court expresses no view on the merits,” "
        "the unsigned opinion said."
    )
    assert _speaker(text) == ("Supreme Court", "document")


def test_a_court_document_names_nobody_where_the_article_names_no_court() -> None:
    text = "The Acme Corp. board met on Monday. “Rates will rise,” the opinion said."
    assert _speaker(text) == (None, "document")


@pytest.mark.parametrize(
    "text",
    [
        "The plant closed in May. “We regret the loss,” the statement said.",
        # a speaker further back is not who the statement stands for
        "Ann Roe said on Monday that she would resign. The board met in June and voted on the budget. "
        "Later that week, it hired an auditor. “The books are clean,” the statement said.",
        # an owner of a document of another kind is not this one's
        "Acme Research released a new article on the county. The county voted for the winner in every "
        "race since 1956. That record shows that the county is a bellwether.",
    ],
)
def test_a_document_no_one_just_spoke_names_nobody(text: str) -> None:
    assert _speaker(text) == (None, "document")
