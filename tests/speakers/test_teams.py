"""A candidate's team or camp speaks for the candidate's campaign when the article names that campaign,
and for no one otherwise. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _last(text: str) -> tuple[str | None, str]:
    speaker = extract(text)[-1].speaker
    return speaker.name, speaker.kind


TEAMS = [
    (
        "The Roe campaign spent heavily in Ohio this month. Ann Roe's team says she will visit Dayton on "
        "Friday.",
        ("Roe campaign", "organization"),
    ),
    (
        "Ann Roe toured three factories on Monday. The Roe team said the visits went well. Roe's "
        "campaign plans more of them in May.",
        ("Roe campaign", "organization"),
    ),
    (
        "Ann Roe's campaign bought airtime in Ohio. While Roe trails in the state, her team believes "
        "that voters there can be won.",
        ("Roe campaign", "organization"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEAMS)
def test_a_candidates_team_is_the_campaign_the_article_names(text: str, expected: tuple[str, str]) -> None:
    assert _last(text) == expected


NOT_CAMPAIGNS = [
    # a coach's team: the article names no campaign of his
    "Tom Hale coached the side for ten years. Hale's team said the pitch was too wet.",
    # a campaign of someone else: Roe's team is not Hale's campaign
    "The Hale campaign spent heavily in Ohio. Ann Roe's team says she will visit Dayton.",
]


@pytest.mark.parametrize("text", NOT_CAMPAIGNS)
def test_a_team_of_no_named_campaign_is_no_campaign(text: str) -> None:
    name, _ = _last(text)
    assert name is None or "campaign" not in name
