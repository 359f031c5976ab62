"""Organisation speakers in the conventions of news from other outlets and countries: a body named in
apposition after its noun ("the regulator, Ofgem,"), a spokesperson for a body the phrase refers back
to ("a spokesperson for the broadcaster"), a chieftaincy title before a person's name ("Chief Emeka
Anyaoku"), and an institution's name with a possessive inside it ("St Mary's Hospital"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers import entities


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(r.speaker.name, r.speaker.kind) for r in extract(text)]


APPOSED = [
    # a claim before its cue whose subject is a role noun with the body's name in apposition
    ("Energy bills have climbed all year. Prices will rise, the regulator, Ofgem, said.", "Ofgem"),
    ("Prices will rise, the regulator, Ofgem, said.", "Ofgem"),
    ('"Prices will rise," the energy regulator, Ofgem, said on Tuesday.', "Ofgem"),
    ("Rates will stay high, the central bank, the Bundesbank, said.", "Bundesbank"),
    ("The strike will go ahead, the union, Unison, said in a statement.", "Unison"),
    # a one-word name the model tags a person, with the noun of organisation beside it
    ("Prices will rise, the regulator Ofgem said.", "Ofgem"),
    ("Prices will rise, says the regulator, Ofgem.", "Ofgem"),
]


@pytest.mark.parametrize(("text", "name"), APPOSED)
def test_a_body_named_in_apposition_to_its_noun_is_the_speaker(text: str, name: str) -> None:
    assert _speakers(text)[-1] == (name, "organization")


def test_a_person_in_apposition_to_an_organisation_word_is_no_organisation() -> None:
    text = "Sales fell, the firm's founder, Ann Roe, said."
    assert _speakers(text)[-1] == ("Ann Roe", "person")


SPOKEN_FOR = [
    (
        "The BBC has faced criticism over the programme. A spokesperson for the broadcaster said the "
        "episode had been reviewed.",
        "BBC",
    ),
    ("Acme Foods cut 300 jobs. A spokesman for the company said the cuts were painful.", "Acme Foods"),
    ('Acme Foods cut 300 jobs. "The cuts were painful," a spokeswoman for the firm said.', "Acme Foods"),
]


@pytest.mark.parametrize(("text", "name"), SPOKEN_FOR)
def test_a_spokesperson_for_a_body_referred_back_to_speaks_for_it(text: str, name: str) -> None:
    assert _speakers(text)[-1] == (name, "organization")


KNOWN_KINDS = [
    ("Ofcom fined the channel on Monday. The regulator said the breach was serious.", "Ofcom"),
    ("The BBC apologised for the error. The broadcaster said it had reviewed its checks.", "BBC"),
    ("The Home Office changed the rules on Monday. The department said the rules were fair.", "Home Office"),
    ("The Pentagon announced new contracts. The department said the contracts were competitive.", "Pentagon"),
]


@pytest.mark.parametrize(("text", "name"), KNOWN_KINDS)
def test_a_well_known_body_is_referred_back_to_by_its_kind(text: str, name: str) -> None:
    assert _speakers(text)[-1] == (name, "organization")


NO_BODY = [
    # a spokesperson for a person, or for a body of another kind than the one named: no organisation
    "The mayor, Tom Hale, closed the park. A spokesman for the mayor said it would reopen in May.",
    "The Justice Department opened an inquiry. A spokesperson for the company said it was expected.",
    # a body known to be a department is no company
    "The Pentagon opened an inquiry. A spokesman for the company said it was expected.",
    # an indefinite body is a new one
    "Acme Foods cut 300 jobs. A spokesman for a union said the cuts were painful.",
]


@pytest.mark.parametrize("text", NO_BODY)
def test_a_spokesperson_for_no_body_the_article_named_gets_no_organisation(text: str) -> None:
    name, kind = _speakers(text)[-1]
    assert kind != "organization" or name is None
    assert name not in ("Acme Foods", "Justice Department", "Pentagon")


CHIEFS = [
    (
        "The summit opened in Lagos on Monday. Chief Emeka Anyaoku said the talks would last a week.",
        "Emeka Anyaoku",
    ),
    (
        "The summit opened in Lagos on Monday. Chief Emeka Anyaoku spoke first. Anyaoku said the talks "
        "would last a week.",
        "Emeka Anyaoku",
    ),
    ("The market reopened. Alhaji Musa Danjuma said traders were relieved.", "Musa Danjuma"),
]


@pytest.mark.parametrize(("text", "name"), CHIEFS)
def test_a_name_after_a_chieftaincy_title_is_a_person(text: str, name: str) -> None:
    assert _speakers(text)[-1] == (name, "person")


def test_an_office_opened_by_chief_is_no_chieftaincy_title() -> None:
    doc = load()("The board met on Monday. Chief Executive Ann Roe said profits rose.")
    model = entities.build(doc)
    assert [e.name for e in model.persons] == ["Ann Roe"]


INSTITUTIONS = [
    ("A patient fell ill on Monday. St Mary's Hospital said the ward was closed.", "St Mary's Hospital"),
    (
        "A patient fell ill on Monday. St. Mary's Hospital said in a statement that the ward was closed.",
        "St. Mary's Hospital",
    ),
    ("Pupils were sent home. St Anne's School said the heating had failed.", "St Anne's School"),
]


@pytest.mark.parametrize(("text", "name"), INSTITUTIONS)
def test_an_institution_with_a_possessive_in_its_name_is_an_organisation(text: str, name: str) -> None:
    assert _speakers(text)[-1] == (name, "organization")


def test_a_possessor_before_a_persons_name_is_still_dropped() -> None:
    assert _speakers("Acme's Tom Hale said the plan failed.")[-1] == ("Tom Hale", "person")


WORKPLACE = [
    # the latest company named is only where the analysts work: "the company" is the article's
    (
        "Shell reported record profits on Thursday. Analysts at Barclays said the results beat forecasts. "
        "The company said it would buy back shares.",
        "Shell",
    ),
    (
        'Shell reported record profits on Thursday. "The results beat forecasts," said Ann Roe, an analyst '
        "at Barclays. The company said it would buy back shares.",
        "Shell",
    ),
    # no other company named: the workplace is still the nearest that fits
    (
        "Ann Roe, an analyst at Brightwater Bank, wrote a note on Monday. The bank said rates would fall.",
        "Brightwater Bank",
    ),
    # a company named as a subject after another stays the nearest
    (
        "Shell reported record profits on Thursday. Brightwater Holdings reported a loss. The company said "
        "it would cut jobs.",
        "Brightwater Holdings",
    ),
]


@pytest.mark.parametrize(("text", "name"), WORKPLACE)
def test_a_workplace_gives_way_to_the_company_the_article_is_about(text: str, name: str) -> None:
    assert _speakers(text)[-1] == (name, "organization")


def test_a_title_tagged_into_an_organisations_name_is_left_out() -> None:
    doc = load()(
        "The Council on Civic Rights National Executive Director Ann Roe says in a statement that the "
        "plan failed."
    )
    model = entities.build(doc)
    assert [e.name for e in model.organisations] == ["Council on Civic Rights"]
    text = "A civil rights group says the plan failed. " + doc.text
    assert _speakers(text)[0] == ("Council on Civic Rights", "organization")


def test_two_given_names_of_one_gender_joined_by_a_hyphen_are_a_given_name() -> None:
    assert entities.given_name_gender("Anne-Marie") == "female"
    assert entities.given_name_gender("John-Paul") == "male"
    assert entities.given_name_gender("Ann-Tom") is None  # the two disagree: nothing is known


DATELINED = [
    "OTTAWA - The federal government will cut fees for students, Prime Minister Mark Carney said on "
    "Monday. The government said the cuts would start in May.",
    "ABUJA - The Federal Government has approved a new minimum wage. The government said workers would "
    "be paid from May.",
]


@pytest.mark.parametrize("text", DATELINED)
def test_a_dateline_places_the_story_so_another_countrys_government_is_not_read_in(text: str) -> None:
    assert _speakers(text)[-1][0] != "UK Government"


def test_a_london_dateline_keeps_the_uk_government() -> None:
    text = "LONDON - Ministers met on Monday. The government said the plan would go ahead."
    assert _speakers(text)[-1] == ("UK Government", "organization")


COMPANIES = [
    ("Bills will rise in May. Acme Water said the increase pays for new pipes.", "Acme Water"),
    ("Shares fell on Friday. Vale Holdings said profits had halved.", "Vale Holdings"),
    ("Flights were cancelled. Northwind Airlines said the storm had closed two airports.", "Northwind Airlines"),
]


@pytest.mark.parametrize(("text", "name"), COMPANIES)
def test_a_company_name_ending_in_a_word_no_surname_is_an_organisation(text: str, name: str) -> None:
    speaker = _speakers(text)[-1]
    assert speaker == (name, "organization")


@pytest.mark.parametrize("name", ["Maxine Waters", "Tom Banks"])
def test_a_surname_close_to_a_company_word_stays_a_person(name: str) -> None:
    # "Waters" and "Banks" are surnames: only the exact company words ("Water", "Bank" is not one) count
    assert _speakers(f"{name} said the vote was a mistake.")[-1] == (name, "person")
