"""Offices in descriptions of speakers (quotes/speakers/resolve.py): an office the article gave someone
else, an office of one holder, an office the model tags an organisation, hyphenated offices. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract

OTHER_OFFICES = [
    # the person in the foreground holds another office the article gave them: not this one
    (
        "The chairman, Robert Blake, said he was pleased. In a tweet, the mayor wrote: “Proud of our city.”",
        None,
    ),
    (
        "Her lawyer, Dan Price, said the family had been failed. “No comment,” the minister said.",
        None,
    ),
    # ... the same office, or a description any office holder takes, is still that person
    (
        "The chairman, Robert Blake, spoke first. “We grew,” the chairman said.",
        "Robert Blake",
    ),
    (
        "Sen. Ann Roe spoke in Ohio on Monday. The candidate said that the plan would pass.",
        "Ann Roe",
    ),
    # a past office the article did not list may still be hers
    (
        "Sen. Ann Roe spoke in Ohio on Monday. The former congresswoman said that the plan would pass.",
        "Ann Roe",
    ),
]


@pytest.mark.parametrize(("text", "name"), OTHER_OFFICES)
def test_a_description_of_another_office_is_not_the_foreground_person(text: str, name: str | None) -> None:
    assert extract(text)[-1].speaker.name == name


@pytest.mark.parametrize("office", ["Taoiseach", "Premier", "Chancellor"])
def test_an_office_the_model_tags_an_organisation_is_a_person(office: str) -> None:
    speaker = extract(f"The {office} has said the budget will be published on Tuesday.")[-1].speaker
    assert speaker.kind == "person" and speaker.name is None


def test_an_office_of_one_holder_is_not_the_person_in_the_foreground() -> None:
    text = "Mr Hale told MPs the offer was fair. “I'm not going anywhere,” the Chancellor insisted."
    assert extract(text)[-1].speaker.name is None
    titled = "Premier Ann Roe spoke in Toronto. The Premier said that the province needed money."
    assert extract(titled)[-1].speaker.name == "Ann Roe"


HYPHENATED_OFFICES = [
    (
        "ANC secretary-general Fikile Dube said the party would win. "
        "“We are ready,” the secretary-general said.",
        "Fikile Dube",
    ),
    (
        "The UN Secretary-General, Maria Lopez, spoke first. Army General Tom Hale said the war was over. "
        "“We won,” the secretary-general said.",
        "Maria Lopez",
    ),
]


@pytest.mark.parametrize(("text", "name"), HYPHENATED_OFFICES)
def test_a_hyphenated_office_goes_to_the_person_titled_with_it(text: str, name: str) -> None:
    assert extract(text)[-1].speaker.name == name
