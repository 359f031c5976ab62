"""The resolution sieves on sentences written for these tests: each case the issue listed as failing
(names, pronoun agreement, documents, organisations, appositions, anonymous speakers), plus the
figures a record carries (the sieve that decided, in ``resolution``)."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speakers(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.speaker.name, a.speaker.kind, a.speaker.resolution) for a in extract(text)]


CASES = [
    # the article's full name beats a registry surname
    ("Maria Johnson, a nurse, said the ward was full.", 0, ("Maria Johnson", "person", "name")),
    # a document speaks for its owner; "her" is the person, never an organisation named "her"
    (
        "Ann Roe quit the board on Monday. “I leave with pride,” her statement said.",
        0,
        ("Ann Roe", "person", "document"),
    ),
    # a possessor is no person: "Tom Roe's upbeat tone" is not a speaker, "he" is Tom Roe
    ("But Tom Roe's upbeat tone changed. “It hurts,” he said.", 0, ("Tom Roe", "person", "pronoun")),
    ("Ed Foster's book says the war was lost in a week.", 0, ("Ed Foster", "person", "document")),
    # "it" goes to the organisation, never to a person
    (
        "Acme Power cut service, Mayor Ann Hale said. “Crews are out,” it said.",
        -1,
        ("Acme Power", "organization", "pronoun"),
    ),
    # gender agreement: "she" is the woman, not the latest person
    (
        "Maria Lopez runs the shelter. Tom Hale painted the hall. “We need beds,” she said.",
        0,
        ("Maria Lopez", "person", "pronoun"),
    ),
    # a known gender does not beat recency
    (
        "Mr. Hale sued the city. Justice Tom Roe ruled against him. “A bitter fight,” he wrote.",
        0,
        ("Tom Roe", "person", "pronoun"),
    ),
    # the participle's speaker is the reporting verb's subject, not the reported clause's
    ("Tom Hale said that the plan failed, noting that costs rose.", 1, ("Tom Hale", "person", "name")),
    # a first name only one person has is that person's full name
    (
        "Jordan Stewart, 12, plays in goal for the club. “Great coach,” Jordan said.",
        0,
        ("Jordan Stewart", "person", "surname"),
    ),
    # anonymous speakers name nobody
    ("The deal is close, said a person familiar with the talks.", 0, (None, "unknown", "unresolved")),
    ("The case is weak, a justice official said.", 0, (None, "person", "unresolved")),
    ("Analysts say the market will fall.", 0, (None, "group", "group")),
    # documents: owner named in the phrase, introduced earlier, or nobody
    (
        "A study released by the Acme Institute says that rents rose.",
        0,
        ("Acme Institute", "organization", "document"),
    ),
    (
        "A Gallup poll found that voters were angry. The poll also showed that turnout fell.",
        1,
        ("Gallup", "organization", "document"),
    ),
    ("The talks failed, according to the report.", 0, (None, "unknown", "document")),
    # organisations referred back to by a common noun
    (
        "Acme Corp. sold its plant in May. The company said profits rose.",
        0,
        ("Acme Corp.", "organization", "organization"),
    ),
    ("The company said profits rose.", 0, (None, "organization", "unresolved")),
    # apposition
    ("The chief, Paul Roe, said the plan was sound.", 0, ("Paul Roe", "person", "apposition")),
]


@pytest.mark.parametrize(("text", "index", "expected"), CASES)
def test_sieve_cases(text: str, index: int, expected: tuple[str | None, str, str]) -> None:
    assert _speakers(text)[index] == expected


def test_a_lone_surname_is_the_person_of_that_name_named_last() -> None:
    text = "George Bush spoke first. Jeb Bush arrived late. “We will win,” Bush said."
    assert _speakers(text)[0] == ("Jeb Bush", "person", "surname")


def test_the_acronym_an_article_spells_out_is_its_organisation() -> None:
    text = "The Acme Workers Union (AWU) called a strike. The AWU said pay had fallen for years."
    assert _speakers(text)[0] == ("Acme Workers Union", "organization", "organization")


def test_a_continuation_goes_on_in_the_quoted_speaker_words_not_a_claim_inside_the_quote() -> None:
    # the claim reported inside Ann Roe's quote ("nurses tell me that ...") is the nurses'; the next
    # quote goes on in her words
    text = (
        "“Nurses come to the ward and tell me that they are tired of waiting,” Ann Roe said. "
        "“We need beds.”"
    )
    assert _speakers(text) == [
        ("Ann Roe", "person", "name"),
        (None, "group", "group"),
        ("Ann Roe", "person", "continuation"),
    ]


def test_a_quote_paragraph_takes_the_speaker_of_the_cue_after_it() -> None:
    text = "“We will not back down,” Tom Hale said.\n\n“The plan failed.” “Nobody listened,” Ann Roe said."
    assert [name for name, _, _ in _speakers(text)] == ["Tom Hale", "Ann Roe", "Ann Roe"]


TITLED_NAME_CASES = [
    # a name the model tags an organisation, right after a person's title: a person
    ("Police spokesperson Resila Onyango said: “Investigations are ongoing.”", ("Resila Onyango", "person")),
    # an organisation after no title stays one
    ("Acme Holdings said: “Investigations are ongoing.”", ("Acme Holdings", "organization")),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_NAME_CASES)
def test_a_name_after_a_title_is_a_person(text: str, expected: tuple[str, str]) -> None:
    speaker = extract(text)[-1].speaker
    assert (speaker.name, speaker.kind) == expected
