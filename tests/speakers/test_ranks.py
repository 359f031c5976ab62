"""A second in command is not the first: "the vice presidential nominee" is not the person titled or
described as the presidential nominee (:func:`quotes.speakers.roles.same_rank`), and a description
goes to the topic of the sentence before, not to a person named in a clause inside it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.speakers.roles import same_rank, same_term

CASES = [
    # the titled presidential nominee is not the vice presidential nominee; the governor is the topic
    # of the sentence before, not the person in its "hours after" clause
    (
        "Republican presidential nominee Tom Hale held a rally on Monday. Ann Roe says too much is made "
        "of the debate. The Republican vice presidential nominee was speaking Friday in Dayton, hours "
        "after Hale posted a flurry of videos. The Ohio governor said the media were to blame.",
        "Ann Roe",
    ),
    # the same when the article only described him as the presidential nominee
    (
        "Republican Tom Hale held a rally on Monday. The Republican presidential nominee said the polls "
        "were wrong. Ann Roe says too much is made of the debate. The Republican vice presidential "
        "nominee was speaking Friday in Dayton, hours after Hale posted a flurry of videos. The Ohio "
        "governor said the media were to blame.",
        "Ann Roe",
    ),
    # a vice presidential nominee's title is not "the Republican nominee"'s
    (
        "Republican vice presidential nominee Ann Roe held a rally on Monday. Tom Hale spoke in Ohio. "
        "The Republican nominee said the polls were wrong.",
        "Tom Hale",
    ),
    (
        "Republican vice presidential nominee Ann Roe held a rally on Monday. "
        "The Republican vice presidential nominee said the polls were wrong.",
        "Ann Roe",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_second_in_command_is_not_the_first(text: str, name: str) -> None:
    speaker = extract(text)[-1].speaker
    assert (speaker.name, speaker.resolution) == (name, "role")


def test_the_vice_presidential_nominee_is_no_presidential_nominee_alone() -> None:
    text = (
        "Republican presidential nominee Tom Hale held a rally on Monday. Ann Roe spoke in Ohio, hours "
        "after Hale posted a video. The Republican vice presidential nominee said the polls were wrong."
    )
    assert extract(text)[-1].speaker.name != "Tom Hale"


def test_same_rank() -> None:
    assert same_rank(frozenset({"vice", "presidential"}), frozenset({"vice", "republican"}))
    assert not same_rank(frozenset({"vice", "presidential"}), frozenset({"presidential", "republican"}))
    assert not same_rank(frozenset({"republican"}), frozenset({"deputy", "republican"}))
    assert same_term(frozenset({"republican"}), frozenset({"republican", "presidential"}))
    assert not same_term(frozenset({"vice"}), frozenset({"republican", "presidential"}))
