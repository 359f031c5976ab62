"""Speakers the article names only after the mention, on sentences written for these tests: a
description whose person the next sentence introduces, a document whose owner the next sentences give,
and a document a campaign owns."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speakers(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.speaker.name, a.speaker.kind, a.speaker.resolution) for a in extract(text)]


NAMED_NEXT = [
    # the next sentence's subject introduces the person the description stood for
    (
        "A top aide to the mayor says the budget plan is dead. Tom Hale told reporters on Monday that "
        "the council had not met.",
        ("Tom Hale", "person", "apposition"),
    ),
    (
        "The governor's chief of staff said the vote would be close. The chief, Ann Roe, spoke after a "
        "meeting with the party.",
        ("Ann Roe", "person", "apposition"),
    ),
    # a section label in capitals between them is no sentence of the story
    (
        "Mayor’s plan is dead, top aide says.\n\nABSTRACT.\n\nThe chief of staff, Tom Hale, said the plan "
        "could not pass the council.",
        ("Tom Hale", "person", "apposition"),
    ),
    # an organisation's word: the organisation the next sentence's subject names
    (
        "A tenants' rights group said the rent rise would force families out. The Acme Tenants Union "
        "has fought the landlord for years.",
        ("Acme Tenants Union", "organization", "apposition"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_NEXT)
def test_a_description_takes_the_person_the_next_sentence_introduces(
    text: str, expected: tuple[str | None, str, str]
) -> None:
    assert _speakers(text)[0] == expected


UNNAMED = [
    # an anonymous head stays anonymous, whoever the next sentence names
    "A senior official said the talks had failed. Tom Hale, the envoy, left the city on Monday.",
    # a name the article gave before is no introduction
    "Tom Hale runs the shelter. A volunteer said the beds were full. Hale told reporters that more "
    "were coming.",
    # a subject that is no name
    "A volunteer said the beds were full. The shelter opened in May.",
    # a definite description refers back, not ahead
    "The candidate said the race was close. Ann Roe, a teacher, voted early on Monday.",
    # past a label, a subject that is no name
    "A volunteer said the beds were full.\n\nFULL TEXT.\n\nThe shelter opened in May.",
    # a sentence in capitals with a verb is the story's, and its subject no name
    "A volunteer said the beds were full. WE ARE FULL. Tom Hale runs the shelter.",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_a_description_the_next_sentence_does_not_introduce_stays_unresolved(text: str) -> None:
    name, _, resolution = _speakers(text)[0]
    assert (name, resolution) == (None, "unresolved")


def test_a_document_takes_the_owner_the_next_sentences_give_it() -> None:
    text = (
        "Voters are split on the new tax, according to a new poll. The survey, conducted by the Acme "
        "Institute, finds that most want it cut."
    )
    assert _speakers(text) == [("Acme Institute", "organization", "document")] * 2


def test_another_document_of_the_kind_gives_no_owner_to_the_first() -> None:
    text = (
        "Voters are split on the new tax, according to a new poll. A second poll, conducted by the "
        "Acme Institute, finds that most want it cut."
    )
    assert _speakers(text)[0] == (None, "unknown", "document")


def test_an_owner_given_far_after_the_document_is_not_its_owner() -> None:
    text = (
        "Voters are split on the new tax, according to a new poll. Tom Hale spoke on Monday. The mayor "
        "met the council. The survey, conducted by the Acme Institute, finds that most want it cut."
    )
    assert _speakers(text)[0] == (None, "unknown", "document")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe's campaign released a video on Monday. The campaign's statement then declares “the "
        "matter is closed.”",
        "The Roe campaign hired a new manager. The campaign's statement said that the hire was overdue.",
    ],
)
def test_the_campaigns_statement_speaks_for_the_campaign(text: str) -> None:
    assert _speakers(text)[0] == ("Roe campaign", "organization", "document")


def test_the_campaign_is_the_campaign_the_article_named_last() -> None:
    text = (
        "Tom Hale's campaign ran an ad in May. Ann Roe's campaign released a video on Monday. The "
        "campaign said that the matter was closed."
    )
    assert _speakers(text)[0] == ("Roe campaign", "organization", "organization")


def test_the_campaign_named_last_in_the_text_beats_an_earlier_speakers_campaign() -> None:
    text = (
        "Ann Roe's campaign said that it raised $2 million. Tom Hale's campaign manager quit on Monday. "
        "The campaign's statement said that he left on good terms."
    )
    assert _speakers(text)[-1] == ("Hale campaign", "organization", "document")



def test_several_documents_take_no_owner_from_one_after_them() -> None:
    text = (
        "Recent polls in two states show that the mayor's lead is shrinking. The Acme Institute poll was "
        "conducted in May. The poll found that most voters were undecided."
    )
    assert _speakers(text)[0] == (None, "unknown", "document")
