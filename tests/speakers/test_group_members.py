"""A group that names its members in its own noun phrase speaks under their names
(:func:`quotes.speakers.sieves.group_members`); a group that names nobody keeps no name. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract

CASES = [
    (
        "Two objectors, Tom Hale and Ann Roe, had challenged the plan, saying it was unfair.",
        "Tom Hale and Ann Roe",
    ),
    (
        "Other candidates, including Ann Roe and Tom Hale, have said the plan is unfair.",
        "Ann Roe and Tom Hale",
    ),
    ("Candidates like Ann Roe and Tom Hale are saying the plan is unfair.", "Ann Roe and Tom Hale"),
    (
        "Some unions, such as the Acme Workers Union and the Acme Trust, said the plan failed.",
        "Acme Workers Union and Acme Trust",
    ),
    ("Some unions, such as the Acme Workers Union, said the plan failed.", "Acme Workers Union"),
    # one person named is no name for the many
    ("As many tax experts, including Mr. Tom Hale, have said, the plan can go ahead.", None),
    # a number that the names do not fill: someone is left out
    ("Three objectors, Tom Hale and Ann Roe, had challenged the plan, saying it was unfair.", None),
    # the names before a group in apposition
    (
        "Much of the push for the deal came from Ruritania and Freedonia, the world's two biggest "
        "polluters, which together vowed that they would cut emissions.",
        "Ruritania and Freedonia",
    ),
    ("Analysts say the market will fall.", None),
    ("Two objectors had challenged the plan, saying it was unfair.", None),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_group_members(text: str, name: str | None) -> None:
    speaker = extract(text)[0].speaker
    assert (speaker.name, speaker.kind, speaker.resolution) == (name, "group", "group")


def test_a_full_name_ending_in_s_is_no_group() -> None:
    speaker = extract("Ann Waters predicted that delegates would fight.")[0].speaker
    assert (speaker.name, speaker.kind) == ("Ann Waters", "person")
