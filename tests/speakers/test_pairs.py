"""Two people mentioned together ("the couple", "both candidates", "the two"), on sentences written for
these tests: the pair the article named last, or no name."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.speakers.registry import Registry


def _speaker(text: str) -> tuple[str | None, str]:
    record = extract(text)[-1]
    return record.speaker.name, record.speaker.kind


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe and Tom Hale wrote to the board on Monday. The two lawmakers argue that “the rules "
        "were broken.”",
        "Ann Roe and Tom Hale met in Ohio. Both candidates said it was no big deal.",
        "Ann Roe and Tom Hale met in Ohio. “It was fine,” the two said.",
        # the parse reads "write" as a noun and hangs "the" on it
        "Ann Roe and Tom Hale met in Ohio on Monday. “You seem to have picked a new rule,” the two write.",
        "Ann Roe and her husband, Tom Hale, fled in March. The couple said that they feared the winter.",
        # the parse need not join them: "Ann Roe, 27, and her husband" reads as two subjects
        "On Tuesday, at the camp on the island, Ann Roe, 27, and her husband, Tom Hale, 30, pleaded for "
        "help. Having fled in March, the couple said that they feared the winter.",
    ],
)
def test_a_definite_pair_is_the_two_people_named_together_last(text: str) -> None:
    assert _speaker(text) == ("Ann Roe and Tom Hale", "group")


@pytest.mark.parametrize(
    "text",
    [
        # two of something else than people
        "Ann Roe and Tom Hale met in Ohio. Both parties said it was no big deal.",
        # an indefinite pair introduces two others
        "Ann Roe and Tom Hale met in Ohio. Two aides said it was no big deal.",
        # three people are no pair
        "Ann Roe, Tom Hale and Ed Park met in Ohio. Both candidates said it was no big deal.",
        # named too long before
        "Ann Roe and Tom Hale met in Ohio. The hall was full. The band played. The crowd sang. "
        "Both candidates said it was no big deal.",
    ],
)
def test_no_pair_named_no_name(text: str) -> None:
    assert _speaker(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe and Tom Hale met in Ohio on Monday. They said the talks went well.",
        "The video contradicted what Ann Roe and Tom Hale said about the fight. They had asserted that "
        "Hale never touched the reporter.",
    ],
)
def test_they_after_a_pair_as_subject_is_the_pair(text: str) -> None:
    assert _speaker(text) == ("Ann Roe and Tom Hale", "group")


@pytest.mark.parametrize(
    "text",
    [
        # the two are no subject together
        "Ann Roe met Tom Hale in Ohio. They said the talks went well.",
        # the pair is further back than the sentence before
        "Ann Roe and Tom Hale met the union leaders in Ohio. The talks ran late. They said the strike "
        "would go on.",
    ],
)
def test_they_with_no_pair_just_before_names_nobody(text: str) -> None:
    assert _speaker(text) == (None, "group")


@pytest.mark.parametrize(
    "text",
    [
        # the model joins "Roe" into one organisation with the committee after it
        "Ann Roe spoke on Monday. Also Monday, Roe and Finance Committee Chairman Tom Hale sent a letter "
        "to the mayor. The two lawmakers, however, argue that the rule is wrong.",
        "Ann Roe spoke on Monday. Later, Roe and Budget Committee Chairman Tom Hale wrote to the board. "
        "“It was fine,” the two said.",
    ],
)
def test_a_known_surname_inside_an_organisation_is_one_of_the_pair(text: str) -> None:
    assert _speaker(text) == ("Ann Roe and Tom Hale", "group")


def test_an_unknown_word_inside_an_organisation_is_no_one_of_a_pair() -> None:
    text = (
        "Ann Roe spoke on Monday. Also Monday, Hale and Finance Committee Chairman Tom Price sent a "
        "letter to the mayor. The two lawmakers, however, argue that the rule is wrong."
    )
    assert _speaker(text)[0] is None


def test_a_plural_title_is_the_two_people_given_it() -> None:
    text = (
        "Tax Committee Chairman Ann Price (R-Ohio) and Budget Committee Chairman Tom Hale (R-Va.) sent "
        "the referral to the court. The judge said the filing was late. He ruled on Friday. The clerk "
        "left. The court closed early. “The law is clear,” the committee chairmen wrote."
    )
    assert _speaker(text) == ("Ann Price and Tom Hale", "group")


@pytest.mark.parametrize(
    "text",
    [
        # the pair are no chairmen
        "Ann Price and Tom Hale sent the referral to the court. The judge said the filing was late. "
        "“The law is clear,” the committee chairmen wrote.",
        # only one of the two is a chairman
        "Budget Committee Chairman Ann Price and her aide Tom Hale sent the referral to the court. "
        "“The law is clear,” the committee chairmen wrote.",
        # an indefinite plural names others
        "Chairman Ann Price and Chairman Tom Hale sent the referral to the court. “The law is clear,” "
        "three chairmen wrote.",
    ],
)
def test_a_plural_title_not_borne_by_a_pair_names_nobody(text: str) -> None:
    assert _speaker(text)[0] is None


def test_the_two_after_a_pair_that_spoke_is_that_pair() -> None:
    text = (
        "Ann Roe spoke on Monday. Also Monday, Roe and Finance Committee Chairman Tom Hale sent a letter "
        "to the mayor. The mayor said the rule was void. The two lawmakers, however, argue that the rule "
        "is wrong. The court was closed. “You seem to have picked a new rule,” the two write."
    )
    assert _speaker(text) == ("Ann Roe and Tom Hale", "group")


def test_the_two_long_after_a_pair_spoke_names_nobody() -> None:
    text = (
        "Ann Roe and Tom Hale sent a letter to the mayor. The two lawmakers argue that the rule is wrong. "
        "The court was closed. The hall was empty. The band played. The crowd sang. "
        "“You seem to have picked a new rule,” the two write."
    )
    assert _speaker(text)[0] is None


def test_they_after_a_pair_the_parse_left_without_its_verb() -> None:
    # the parse hangs "Hale and Roe" on the phrase before and gives "call" no subject
    text = (
        "Tom Hale and Ann Roe spoke in Ohio on Monday. When critics are revealed as part of the second "
        'front of the long budget war, Hale and Roe call them "spoilers" and describe their words as noise. '
        "Their fantasy extends to the point where they actually believe they are winning."
    )
    speaker = extract(text)[-1].speaker
    assert (speaker.mention, speaker.name) == ("they", "Tom Hale and Ann Roe")


def test_a_pair_is_named_by_the_registry_s_full_names() -> None:
    registry = Registry.from_dict(
        {"speakers": [{"name": "Thomas Hale", "aliases": ["Hale"], "kind": "person"}]}
    )
    text = (
        "President Hale and Ann Roe met on Monday. When critics are revealed as part of the long budget "
        'war, Hale and Roe call them "spoilers" and describe their words as noise. Their fantasy extends '
        "to the point where they actually believe they are winning."
    )
    speaker = extract(text, registry=registry)[-1].speaker
    assert (speaker.mention, speaker.name) == ("they", "Thomas Hale and Ann Roe")
