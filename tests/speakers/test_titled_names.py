"""Names written with the titles, particles and descriptions of British, Irish and Commonwealth papers
(issue 13): the record's name is the person's name alone, and the speaker a person. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.speakers.entities import person_name

PERSON_NAMES = [
    ("Judge Marieke van der Berg", "Marieke van der Berg"),  # two particles
    ("Roger de la Cruz", "Roger de la Cruz"),
    ("Ludwig van Dalen", "Ludwig van Dalen"),
    ("Neighbour Tracey Booth", "Tracey Booth"),  # a false title
    ("Lawyer Roger de la Cruz", "Roger de la Cruz"),
    ("Mum-of-three Kerry Doyle", "Kerry Doyle"),
    ("Cllr Ed Potter", "Ed Potter"),
    # negative: a description word is kept where it is all the name has besides a surname
    ("Driver Hale", "Driver Hale"),
    ("Mary Farmer", "Mary Farmer"),
]


@pytest.mark.parametrize(("text", "name"), PERSON_NAMES)
def test_person_name(text: str, name: str) -> None:
    assert person_name(text) == name


SPEAKERS = [
    # (text, the content of the record, its speaker's name)
    ("Prof Wendy Tarrant, an economist, says the sums are wrong.", "the sums are wrong", "Wendy Tarrant"),
    ("Cllr Ed Potter said the council had to save money.", "the council had to save money", "Ed Potter"),
    ("Baroness Fenwick, a Labour peer, said the bill was flawed.", "the bill was flawed", "Fenwick"),
    ("Lord Ashcombe of Rye, a Tory peer, said the bill was flawed.", "the bill was flawed", "Ashcombe"),
    ("Neighbour Tracey Booth, 45, said the street was shocked.", "the street was shocked", "Tracey Booth"),
    ("Judge Marieke van der Berg said the state had failed.", "the state had failed", "Marieke van der Berg"),
]


@pytest.mark.parametrize(("text", "content", "name"), SPEAKERS)
def test_a_titled_name_is_a_person_without_the_title(text: str, content: str, name: str) -> None:
    speakers = {record.text: record.speaker for record in extract(text)}
    assert speakers[content].name == name
    assert speakers[content].kind == "person"


def test_a_pronoun_finds_a_professor_the_model_did_not_tag() -> None:
    text = (
        "The housing secretary, Rachel Okoro, said the plan would work. "
        "Prof Wendy Tarrant, an economist, says the sums are wrong. "
        '"It is wishful thinking," she says.'
    )
    speakers = {record.text: record.speaker for record in extract(text)}
    assert speakers["It is wishful thinking,"].name == "Wendy Tarrant"


def test_an_organisation_after_president_is_still_an_organisation() -> None:
    # negative: "President" and "General" open organisations' names, unlike "Prof" or "Lord"
    speakers = {record.text: record.speaker for record in extract("General Motors said sales fell.")}
    assert speakers["sales fell"].kind == "organization"


def test_post_nominals_and_the_right_honourable_leave_the_name() -> None:
    text = (
        "The Rt Hon Angela Drummond MP has asked for answers.\n\n"
        'Ms Drummond said residents "cannot face another winter".'
    )
    speaker = {r.text: r.speaker for r in extract(text)}['residents "cannot face another winter"']
    assert speaker.name == "Angela Drummond"


def test_a_name_after_prosecuting_or_counsel_is_the_speaker() -> None:
    text = (
        "Prosecuting, Ms Anjali Raman KC said the money went on holidays.\n\n"
        "Counsel to the residents, Mr Femi Adeyemi-Bello, said the ruling was a victory."
    )
    speakers = {r.text: r.speaker for r in extract(text)}
    assert (speakers["the money went on holidays"].name, speakers["the money went on holidays"].kind) == (
        "Anjali Raman",
        "person",
    )
    assert speakers["the ruling was a victory"].name == "Femi Adeyemi-Bello"


def test_an_age_the_article_gave_nobody_is_the_person_in_the_foreground() -> None:
    text = (
        "Mayor Paula Southby says the council has to make tough choices.\n\n"
        "The 62-year-old, who is in her second term, said the savings would pay for pipes."
    )
    speaker = {r.text: r.speaker for r in extract(text)}["the savings would pay for pipes"]
    assert speaker.name == "Paula Southby"


def test_an_age_the_article_gave_someone_is_that_person() -> None:
    text = "Tom Hale, 34, and Ann Roe, 62, met on Monday. The 62-year-old said the plan was fine."
    assert {r.text: r.speaker for r in extract(text)}["the plan was fine"].name == "Ann Roe"


def test_an_indefinite_age_names_nobody() -> None:
    # negative: "a 31-year-old man" is someone new, not the person before
    text = "Ann Roe called the police. A 31-year-old man said he had seen the van."
    assert {r.text: r.speaker for r in extract(text)}["he had seen the van"].name != "Ann Roe"


def test_a_channel_named_rt_is_no_right_honourable() -> None:
    # negative: "RT" opens a channel's name, never a person's title
    text = "Tom Hale spoke. RT America said the report was false. Tom Hale said it was true."
    speaker = {r.text: r.speaker for r in extract(text)}["the report was false"]
    assert speaker.kind == "organization" and speaker.name == "RT America"


def test_the_woman_is_not_guessed_from_the_last_woman_named() -> None:
    # negative: a generic description with no speaker before it stays unnamed
    text = (
        "The Daily Courier sent its reporter Stephanie Lane to a town in Ohio.\n\n"
        "The woman says she never needed to be in hospital."
    )
    speaker = {r.text: r.speaker for r in extract(text)}["she never needed to be in hospital"]
    assert speaker.name is None
