"""A parliamentary form of address ("The Hon. Member for Anytown said") is a person: the one the article
names with that constituency, else nobody (:mod:`quotes.speakers.members`). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers import members


def _last(text: str) -> tuple[str | None, str]:
    speaker = extract(text)[-1].speaker
    return speaker.name, speaker.kind


SEATED = [
    (
        "Ann Roe, the MP for Anytown, spoke first. The debate ran late. The Hon. Member for Anytown said "
        "the bill was a disgrace.",
        "Ann Roe",
    ),
    # another member named too: the one of the right seat
    (
        "Anytown MP Ann Roe spoke first. Tom Hale, the MP for Burnley, replied. The honourable member for "
        "Anytown said the bill was a disgrace.",
        "Ann Roe",
    ),
    (
        'Ann Roe, who represents Anytown North, spoke first. "This bill is a disgrace," the Member for '
        "Anytown North said.",
        "Ann Roe",
    ),
]


@pytest.mark.parametrize(("text", "name"), SEATED)
def test_a_member_addressed_by_seat_is_the_person_the_article_seats_there(text: str, name: str) -> None:
    assert _last(text) == (name, "person")


UNSEATED = [
    "The debate ran late into the night. The Hon. Member for Anytown said the bill was a disgrace.",
    # the only member named sits for another seat: no name rather than a wrong one
    "Tom Hale, the MP for Burnley, spoke first. The Hon. Member for Anytown said the bill was a disgrace.",
]


@pytest.mark.parametrize("text", UNSEATED)
def test_a_member_of_a_seat_the_article_gives_nobody_is_a_person_with_no_name(text: str) -> None:
    assert _last(text) == (None, "person")


def test_a_member_of_a_body_is_no_seat() -> None:
    doc = load()(
        "A member for ten years, Ann Roe said the club had changed. Tom Hale, a Member of the board, agreed."
    )
    heads = [t for t in doc if t.lower_ == "member"]
    assert [members.constituency(t) for t in heads] == [None, None]
