"""Organisations described by a common noun with their name in the phrase, "police" after the article
named the force (:func:`quotes.speakers.sieves.organisation_described`), and the fullest name of an
organisation written as an acronym or a first word (:mod:`quotes.speakers.organisations`). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers import entities
from quotes.speakers.organisations import fullest, initials

CASES = [
    ("The Israeli newspaper Haaretz noted that the plan failed.", ("Haaretz", "organization")),
    ("Today, the Acme Daily newspaper says that the plan is a pearl.", ("Acme Daily", "organization")),
    (
        "The Springfield Police Department closed the road. Police said nobody was hurt.",
        ("Springfield Police Department", "organization"),
    ),
    # no force named: "police" names nobody
    ("Police said nobody was hurt.", (None, "organization")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organisation_described(text: str, expected: tuple[str | None, str]) -> None:
    speaker = extract(text)[-1].speaker
    assert (speaker.name, speaker.kind) == expected


FULLER = [
    (
        "The Federal Election Commission fined the group in May. FEC records show that the group spent "
        "more than it raised.",
        "Federal Election Commission",
    ),
    (
        "The Policy Institute of Utah polled 900 voters. The PIU poll shows that most voters are undecided.",
        "Policy Institute of Utah",
    ),
    ("A new Acme News poll came out on Monday. The Acme poll shows that turnout fell.", "Acme News"),
]


@pytest.mark.parametrize(("text", "name"), FULLER)
def test_an_acronym_or_first_word_is_the_organisation_the_article_names_in_full(text: str, name: str) -> None:
    assert extract(text)[-1].speaker.name == name


def test_initials_and_ambiguous_short_forms() -> None:
    assert initials("Public Policy Institute of California") == "PPIC"
    doc = load()("The Acme Workers Union and the Acme Teachers Union met the Federal Election Commission.")
    model = entities.build(doc)
    assert fullest("Acme", model) == "Acme"  # two organisations begin with it
    assert fullest("AWU", model) == "Acme Workers Union"
    assert fullest("FEC", model) == "Federal Election Commission"
    assert fullest("ABC", model) == "ABC"


def test_an_organisation_named_campaign_is_no_person_campaign() -> None:
    text = "The Human Rights Campaign said that the law was unjust."
    assert extract(text)[0].speaker.name == "Human Rights Campaign"


UNTAGGED = [
    # a web address is an organisation's name
    ("A statement posted on the site bidnest.com said listings were removed.", "bidnest.com"),
    # a first word of the one organisation the article named in full
    ("Pew Research surveyed 900 adults. So who was best? Pew notes that the surveys differ.", "Pew Research"),
]


@pytest.mark.parametrize(("text", "name"), UNTAGGED)
def test_an_organisation_the_tagger_missed(text: str, name: str) -> None:
    speaker = extract(text)[-1].speaker
    assert (speaker.name, speaker.kind) == (name, "organization")
