"""A description of a person that the article names with the same role a few sentences later ("A
spokesman for the mayor said ... Tom Hale, the mayor's spokesman,"), and the cases where it must stay
unnamed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _first(text: str) -> tuple[str | None, str]:
    speaker = extract(text)[0].speaker
    return speaker.name, speaker.resolution


NAMED = [
    "A spokesman for the mayor said the plan was dead. The council met on Monday. Tom Hale, the mayor's "
    "spokesman, said later that talks would resume.",
    "A spokesman for the mayor said the plan was dead. The council met on Monday. The vote was close. "
    '"We will try again," said mayoral spokesman Tom Hale.',
]


@pytest.mark.parametrize("text", NAMED)
def test_a_description_takes_the_person_named_later_with_its_role(text: str) -> None:
    assert _first(text) == ("Tom Hale", "apposition")


UNNAMED = [
    # the person named later has another role
    "A spokesman for the mayor said the plan was dead. The council met on Monday. Ann Roe, a lawyer, "
    "said the vote was close.",
    # an anonymous official stays anonymous
    "A senior official said the plan was dead. The council met on Monday. Tom Hale, a senior official, "
    "said the vote was close.",
    # the person was named before the description: not introduced by it
    "Tom Hale met the council. A spokesman said the plan was dead. The council met on Monday. Tom Hale, "
    "the mayor's spokesman, said later that talks would resume.",
    # two people get the role: no telling which
    "A spokesman for the mayor said the plan was dead. The council met on Monday. Tom Hale, a spokesman, "
    "and Ann Roe, another spokesman, said talks would resume.",
    # too far after
    "A spokesman for the mayor said the plan was dead. The council met on Monday. The vote was close. "
    "Rain fell all day. Nobody came. Tom Hale, the mayor's spokesman, said later that talks would resume.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_a_description_no_one_is_named_for_stays_unresolved(text: str) -> None:
    assert _first(text) == (None, "unresolved")
