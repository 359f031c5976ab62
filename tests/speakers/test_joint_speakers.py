"""Speakers that are not the mention the parse gives (issue 13): named people joined by "and" who
speak together, a distributive ("each", "both") standing for them, a headline clause "Name Verbs
Object:" before a quote, and a remark someone made whose relative clause of saying speaks for them.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speaker(text: str, content: str):
    found = {record.text: record.speaker for record in extract(text)}
    return found[content]


@pytest.mark.parametrize(
    ("text", "content", "mention", "name"),
    [
        (
            "Tom Hale and Ann Roe said the levy had failed.",
            "the levy had failed",
            "Tom Hale and Ann Roe",
            "Tom Hale and Ann Roe",
        ),
        (
            "Both Tom Hale and Ann Roe say the board never told them what to write.",
            "the board never told them what to write",
            "Tom Hale and Ann Roe",
            "Tom Hale and Ann Roe",
        ),
        (
            "Tom Hale, Ann Roe and Jim Bell all suggested that the claims could be grounds for a lawsuit.",
            "the claims could be grounds for a lawsuit",
            "Tom Hale, Ann Roe and Jim Bell",
            "Tom Hale, Ann Roe and Jim Bell",
        ),
        (
            '"We are broke," said Tom Hale and Ann Roe.',
            "We are broke,",
            "Tom Hale and Ann Roe",
            "Tom Hale and Ann Roe",
        ),
    ],
)
def test_named_people_joined_by_and_speak_together(text: str, content: str, mention: str, name: str) -> None:
    speaker = _speaker(text, content)
    assert (speaker.mention, speaker.name, speaker.kind) == (mention, name, "group")


def test_each_joined_name_is_the_fullest_the_article_gives() -> None:
    text = "Senator Tom Hale spoke first. Mr. Hale and Ann Roe said the levy had failed."
    speaker = _speaker(text, "the levy had failed")
    assert speaker.name == "Tom Hale and Ann Roe"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Hale and his wife said the hall would close.", "the hall would close"),
        ("Tom Hale and the council said the hall would close.", "the hall would close"),
        ("Tom Hale and other critics said the levy had failed.", "the levy had failed"),
    ],
)
def test_a_name_joined_to_a_description_stays_the_named_person(text: str, content: str) -> None:
    speaker = _speaker(text, content)
    assert (speaker.name, speaker.kind) == ("Tom Hale", "person")


def test_a_name_joined_to_a_list_with_a_description_keeps_the_named_ones() -> None:
    speaker = _speaker("Tom Hale, Ann Roe and other critics said the levy had failed.", "the levy had failed")
    assert speaker.name == "Tom Hale and Ann Roe"


def test_people_joined_as_an_object_are_not_the_speaker() -> None:
    text = "Tom Hale met Ann Roe and Jim Bell on Monday. He said the talks went well."
    speaker = _speaker(text, "the talks went well")
    assert speaker.name == "Tom Hale"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale and Ann Roe each said the other was unfit to lead the council.",
        "Tom Hale and Ann Roe clashed over the budget on Monday, each saying the other was unfit to lead"
        " the council.",
    ],
)
def test_each_stands_for_the_clause_subjects(text: str) -> None:
    speaker = _speaker(text, "the other was unfit to lead the council")
    assert (speaker.mention, speaker.name) == ("Tom Hale and Ann Roe", "Tom Hale and Ann Roe")


def test_each_of_a_group_is_not_a_distributive() -> None:
    speaker = _speaker("Each of the firms said costs had risen.", "costs had risen")
    assert speaker.name is None and speaker.mention == "Each" and speaker.kind != "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ann Roe Slams Dunmore Mayor: 'You Should Resign Today'\n\nAnn Roe, the council leader, spoke.",
            "Ann Roe",
        ),
        (
            "Tom Hale Grills Bank Chief: 'You Should Be Investigated'\n\nSenator Tom Hale questioned him.",
            "Tom Hale",
        ),
    ],
)
def test_a_headline_clause_before_a_colon_speaks_as_its_named_subject(text: str, name: str) -> None:
    [record] = [r for r in extract(text) if r.text.startswith("'You Should")]
    assert (record.speaker.mention, record.speaker.name) == (name, name)


def test_a_headline_clause_is_not_the_role_of_the_one_it_addresses() -> None:
    text = (
        "Ann Roe Hammers Acme CEO: 'You Should Resign'\n\nSen. Ann Roe grilled Acme CEO Tom Hale on "
        "Tuesday over the fraud."
    )
    [record] = [r for r in extract(text) if r.text.startswith("'You Should")]
    assert (record.speaker.mention, record.speaker.name) == ("Ann Roe", "Ann Roe")


def test_a_headline_of_an_organisation_is_not_cut_at_a_verb_like_word() -> None:
    text = "Dunmore Council Slams Plan: 'It Will Not Work'\n\nThe council met on Monday."
    records = [r for r in extract(text) if r.text.startswith("'It Will")]
    assert all(r.speaker.name != "Dunmore" for r in records)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            'Tom Hale made a comment that described the plan as "a disaster for the town."',
            'the plan as "a disaster for the town."',
            "Tom Hale",
        ),
        (
            'The vote prompted Ann Roe to make a remark that described the mayor as "a coward."',
            'the mayor as "a coward."',
            "Ann Roe",
        ),
    ],
)
def test_a_remark_someone_made_speaks_for_its_maker(text: str, content: str, name: str) -> None:
    speaker = _speaker(text, content)
    assert (speaker.mention, speaker.name) == (name, name)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            'Ann Roe read a letter that described the plan as "a disaster for the town."',
            'the plan as "a disaster for the town."',
            "a letter",
        ),
        (
            'A comment that described the plan as "a disaster" angered Tom Hale.',
            'the plan as "a disaster"',
            "A comment",
        ),
    ],
)
def test_a_remark_read_or_heard_does_not_speak_for_the_reader(text: str, content: str, mention: str) -> None:
    speaker = _speaker(text, content)
    assert speaker.mention == mention and speaker.name != "Tom Hale"


def test_a_remark_whose_phrase_names_its_author_is_not_the_releasers_own() -> None:
    text = 'Tom Hale released a letter from his doctor that described him as "very fit."'
    speaker = _speaker(text, 'him as "very fit."')
    assert speaker.mention == "a letter" and speaker.resolution == "document"


def test_a_distributive_with_no_other_subject_above_it_stays_the_mention() -> None:
    text = "Both are quick to praise nurses, and both argue that the wards need more staff."
    speaker = _speaker(text, "the wards need more staff")
    assert speaker.mention == "both" and speaker.name is None
