"""A past role owned by someone the story has not met ("Jim Moe's former campaign strategist") is the
subject of the sentence before, described anew; a present role, a possessor the story has met, or a
family noun is someone else (:meth:`DescriptionSieves._epithet_of_the_lead`). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract

_LEAD = "Tom Hale on Wednesday called on Ann Roe to apologize to Ben Park for her remarks.\n"

CASES = [
    ("“That was outrageous,” Jim Moe's former campaign strategist said in an interview.", "Tom Hale"),
    # a present role speaks for its owner: someone new
    ("“That was outrageous,” Jim Moe's campaign strategist said in an interview.", None),
    # a possessor the story has met: "Roe's former strategist" is not Hale
    ("“That was outrageous,” Roe's former campaign strategist said in an interview.", None),
    # a family noun is another person
    ("“That was outrageous,” Jim Moe's former wife said in an interview.", None),
]


@pytest.mark.parametrize(("sentence", "name"), CASES)
def test_a_past_role_of_someone_outside_the_story(sentence: str, name: str | None) -> None:
    speaker = extract(_LEAD + sentence)[-1].speaker
    described = sentence.split("” ")[1].split(" said")[0]  # "Jim Moe's former campaign strategist"
    assert (speaker.mention, speaker.name) == (described, name)


def test_a_possessor_named_before_is_met() -> None:
    text = "Jim Moe ran for mayor in 2012.\n" + _LEAD + "“That was outrageous,” Jim Moe's former aide said."
    assert extract(text)[-1].speaker.name is None
