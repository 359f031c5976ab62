"""A body described by the place it is in ("police in Kaduna State", "the union in Ohio"): the
organisation the article named with that place in its name, else no name, never a body of another
place the article named. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers.organisations import placed_in


def _last(text: str) -> str | None:
    return extract(text)[-1].speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot in Kaduna on Sunday. The Kaduna State Police Command later said two men were "
        "arrested. Police in Kaduna State said the men were held overnight.",
        "Two men were held, the Kaduna State Police Command said. Later, police in Kaduna said the men "
        "were freed.",
    ],
)
def test_a_placed_body_is_the_one_named_with_its_place(text: str) -> None:
    assert _last(text) == "Kaduna State Police Command"


@pytest.mark.parametrize(
    "text",
    [
        # the article names the force of another state or city only
        "Gunmen attacked a village on Sunday, the Lagos State Police Command said. Police in Kaduna State "
        "said two men were arrested.",
        "A bank was robbed, the Dayton Police Department said. Police in Columbus said two men were "
        "arrested.",
        # the article names no force at all
        "Gunmen attacked a village on Sunday. Police in Kaduna State said two men were arrested.",
    ],
)
def test_a_placed_body_the_article_does_not_name_gets_no_name(text: str) -> None:
    assert _last(text) is None


def test_police_with_no_place_still_refer_back() -> None:
    text = "A bank was robbed, the Dayton Police Department said. Police said two men were arrested."
    assert _last(text) == "Dayton Police Department"


def test_the_place_words_leave_out_state_and_city() -> None:
    doc = load()("Police in Kaduna State said two men were arrested.")
    assert placed_in(doc[0]) == frozenset({"kaduna"})
    assert placed_in(load()("Police said two men were arrested.")[0]) == frozenset()
