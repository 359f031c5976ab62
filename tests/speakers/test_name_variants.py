"""The ways one name is written in one article, on sentences written for these tests: a nickname in quote
marks, a generational suffix, curly and straight apostrophes, a misspelt surname, an honorific that
tells the person apart from a namesake of the other gender, a noun that tells a gender the given name
does not, and an organisation named by the end of its name."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers import entities
from quotes.speakers.name_forms import name_words, nickname, surname_key, surname_of
from quotes.speakers.organisations import fullest


def test_name_forms_of_nicknames_suffixes_and_apostrophes() -> None:
    assert name_words('Rep. Robert C. "Bobby" Hale') == ["Robert", "C.", "Hale"]
    assert name_words("Marcia ‘Cia’ Roe") == ["Marcia", "Roe"]
    assert nickname('Robert C. "Bobby" Hale') == "Bobby"
    assert nickname("Ann's Hale") is None
    assert surname_of(["Harold", "T.", "Benning", "Jr."]) == "Benning"
    assert surname_of(["Tom", "Hale", "III"]) == "Hale"
    assert surname_key(["Dennis", "O’Rourke"]) == surname_key(["O'Rourke"]) == "o'rourke"


def test_a_name_cut_at_its_nickname_is_one_person_and_the_nickname_finds_it(nlp) -> None:
    doc = nlp(
        'Rep. Robert C. "Bobby" Fenwick opened his garden. Later Bobby Fenwick spoke, and Fenwick left.'
    )
    model = entities.build(doc)
    person = model.person(["Bobby", "Fenwick"])
    assert person is not None and person.name == "Robert C. Fenwick"
    assert model.person(["Fenwick"]) is person
    assert [e.name for e in model.persons if e.name.endswith("Fenwick")] == ["Robert C. Fenwick"]


def test_a_familiar_given_name_is_the_person_named_in_full(nlp) -> None:
    doc = nlp("Attorney General William J. Carver filed the suit. Bill Carver said it would win.")
    model = entities.build(doc)
    assert model.person(["Bill", "Carver"]).name == "William J. Carver"
    assert [e.name for e in model.persons if e.name.endswith("Carver")] == ["William J. Carver"]
    assert entities.same_given("Tom", "Thomas") and not entities.same_given("Tom", "Timothy")


def test_a_suffix_and_an_apostrophe_do_not_hide_the_surname(nlp) -> None:
    doc = nlp("Senator Harold T. Benning Jr. met fire chief Dennis O’Rourke. Benning and O'Rourke talked.")
    model = entities.build(doc)
    assert model.person(["Benning"]).name == "Harold T. Benning Jr."
    assert model.person(["O'Rourke"]).name == "Dennis O’Rourke"


def test_a_surname_misspelt_once_is_the_person_named_in_full(nlp) -> None:
    doc = nlp("Latrice McAllister, 34, waited three hours. McAlister said the line was long.")
    model = entities.build(doc)
    assert model.person(["McAlister"]).name == "Latrice McAllister"
    # a different surname that is merely alike stays another person
    other = entities.build(nlp("Ann Hale chairs the board. Hall said the board met."))
    assert other.person(["Hall"]) is None or other.person(["Hall"]).name != "Ann Hale"


def test_an_honorific_of_the_other_gender_is_another_of_the_family(nlp) -> None:
    doc = nlp("The campaign will send Mr. Okafor and his wife, Grace Okafor, to Ohio. Mr. Okafor said no.")
    model = entities.build(doc)
    assert model.person(["Okafor"], gender="male").name == "Okafor"
    assert model.person(["Okafor"], gender="female").name == "Grace Okafor"


def test_a_noun_before_a_name_tells_the_gender_over_the_given_name(nlp) -> None:
    model = entities.build(nlp("“It is wrong,” said widow Terry Haskins on Monday."))
    person = model.person(["Haskins"])
    assert person is not None and person.gender == "female" and person.gender_told
    # a job title of one gender tells nothing over a given name: a woman may be a "chairman"
    chair = entities.build(nlp("Fed chairman Janet Yellen spoke on Monday.")).person(["Yellen"])
    assert chair is not None and chair.gender == "female"


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        ("The Harrowgate Courier newspaper reported the cuts.", "Courier", "Harrowgate Courier"),
        ("The Northern Fire Safety Council met on Friday.", "Safety Council", "Northern Fire Safety Council"),
        ("The White House and the Senate met.", "House", "House"),  # the House is another institution
        ("The New York Herald and the Boston Herald both ran it.", "Herald", "Herald"),  # two fit
    ],
)
def test_an_organisation_is_named_by_the_end_of_its_name(text: str, short: str, full: str) -> None:
    assert fullest(short, entities.build(load()(text))) == full


def test_the_campaign_is_the_candidate_named_just_before() -> None:
    far = (
        "A campaign ad by the Hale campaign ran on Monday.\n"
        "Voters in Ohio were unmoved.\nTurnout is expected to be low.\nPolls open at 7 a.m.\n"
        "Senator Ann Wilder plans to call for a national service scheme.\n"
        "The campaign says the senator will set out the plan on Friday."
    )
    assert extract(far)[-1].speaker.name == "Wilder campaign"
    # a campaign the article named with its candidate a paragraph or two before stays the one meant
    near = (
        "Tom Hale's campaign manager, Corey Lund, was cleared on Thursday.\n"
        "Lund thanked the prosecutor. The campaign says the matter is closed."
    )
    assert extract(near)[-1].speaker.name == "Hale campaign"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Critics of the scheme, like Senators Ann Roe, Republican of Ohio, and Tom Hale, Democrat of "
            "Maine, want it overhauled. They sent a letter on Thursday.\n"
            "“The scheme is a magnet for fraud,” they wrote.",
            "Ann Roe and Tom Hale",
        ),
        ("The Boston Herald examined the claim on Monday. They said the claim was true.", "Boston Herald"),
        ("Hundreds of nurses marched on Friday. They said the wards were unsafe.", None),
    ],
)
def test_they_is_the_members_a_group_names_or_an_organisation(text: str, name: str | None) -> None:
    assert extract(text)[-1].speaker.name == name
