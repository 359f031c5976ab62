"""A definite description before any person is named stands for the person the next sentence names
(sentences written for these tests); where someone was named before, it refers back as before."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speaker(text: str, index: int = 0) -> tuple[str | None, str]:
    record = extract(text)[index]
    return record.speaker.name, record.speaker.resolution


@pytest.mark.parametrize(
    "text",
    [
        "“We will cut taxes,” the Ohio Republican wrote on Twitter. Tom Hale is running for governor.",
        "The senator told reporters on Monday that the bill would pass. Sen. Tom Hale, a Democrat, has "
        "backed it since June.",
    ],
)
def test_a_description_before_any_name_is_the_person_named_next(text: str) -> None:
    assert _speaker(text) == ("Tom Hale", "apposition")


@pytest.mark.parametrize(
    "text",
    [
        # an anonymous head stays anonymous
        "The official told reporters on Monday that the bill would pass. Tom Hale has backed it since June.",
        # a possessive refers to someone's, not to the next sentence's subject
        "His lawyer told reporters on Monday that the bill would pass. Tom Hale has backed it since June.",
        # the description is no subject of a verb of saying: the quote is someone else's words about it
        "The candidate labeled “a man who has won before” continues to lead the field. Tom Hale is ahead "
        "in every poll.",
        # the next sentence's subject is no person
        "The senator told reporters on Monday that the bill would pass. The vote is on Friday.",
    ],
)
def test_no_name_where_the_next_sentence_does_not_introduce_the_person(text: str) -> None:
    assert _speaker(text)[0] is None


def test_a_description_after_a_name_refers_back_to_it() -> None:
    text = (
        "Ann Roe spoke in Ohio on Monday. The senator told reporters that the bill would pass. "
        "Tom Hale has backed it since June."
    )
    assert _speaker(text)[0] == "Ann Roe"
