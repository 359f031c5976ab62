"""Documents and their owners (:mod:`quotes.speakers.documents`), on sentences written for these tests:
the owner named in the noun phrase, by the verb that brought the document out, or with an earlier
document of the same kind; no name when the article names nobody."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.speakers.documents import document_kind


def _speakers(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.speaker.name, a.speaker.kind, a.speaker.resolution) for a in extract(text)]


CASES = [
    # the subject of the verb that released it owns the document
    (
        "The Acme Union released a report on Monday. Later that week, the report says, wages fell.",
        ("Acme Union", "organization", "document"),
    ),
    # an ad a candidate puts out is the candidate's campaign's, which pays for it
    (
        "Tom Hale is releasing a new radio ad that warns voters the bridge will close.",
        ("Hale campaign", "organization", "document"),
    ),
    # the person who spoke in a statement owns "the statement"
    (
        "Ann Roe said in a statement that the plan had failed. “We were misled,” the statement said.",
        ("Ann Roe", "person", "document"),
    ),
    # an owner whose name goes on after its head word keeps its whole name
    (
        "A survey conducted by the Policy Institute of Utah found that rents rose.",
        ("Policy Institute of Utah", "organization", "document"),
    ),
    # the agent of the verb in the passive owns the document
    (
        "The survey was conducted by the Acme Institute in May. The survey found that rents rose.",
        ("Acme Institute", "organization", "document"),
    ),
    # a person's response, research or affidavit speaks for that person
    ("Ann Roe's research suggests that most voters are undecided.", ("Ann Roe", "person", "document")),
    (
        "An affidavit was written by Tom Hale, a detective. The affidavit said that the door was open.",
        ("Tom Hale", "person", "document"),
    ),
    # a party or people named before the owner's noun owns nothing
    ("The Democratic nominee's speech said that taxes would fall.", (None, "unknown", "document")),
    # places and peoples after a document say what it covers, not whose it is
    ("A poll of Ohio Democrats found that voters were angry.", (None, "unknown", "document")),
    ("A survey in Iowa showed that turnout fell.", (None, "unknown", "document")),
    # a capital letter that only starts the sentence is no owner
    ("Exit polls found that voters were angry.", (None, "unknown", "document")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_document_owner(text: str, expected: tuple[str | None, str, str]) -> None:
    assert _speakers(text)[-1] == expected


def test_the_survey_refers_back_to_the_poll_of_the_same_kind_not_the_latest_document() -> None:
    text = (
        "The Acme Institute conducted a poll of 900 voters. Tom Hale's group filed a lawsuit on Friday. "
        "The survey showed that most voters were undecided."
    )
    assert _speakers(text)[-1] == ("Acme Institute", "organization", "document")


def test_a_definite_document_whose_earlier_mention_has_no_owner_names_nobody() -> None:
    text = (
        "A Gallup poll found that voters were angry. A new report came out on Monday. "
        "The report says that turnout fell."
    )
    assert _speakers(text)[-1] == (None, "unknown", "document")


def test_document_kinds() -> None:
    assert document_kind("survey") == document_kind("polls") == "poll"
    assert document_kind("Reports") == "report"
    assert document_kind("data") == "data"


def test_an_owner_keeps_no_leading_article() -> None:
    text = "Most voters want cheaper goods, according to an Acme Press-Gallup poll released Thursday."
    assert extract(text)[0].speaker.name == "Acme Press-Gallup"


def test_the_document_heads_of_an_article_are_its_document_nouns_in_order(nlp) -> None:
    """Read from the token arrays: nouns of the document list, not a verb of the same spelling."""
    from quotes.speakers.document_index import _document_heads

    doc = nlp("The council published a report on Monday. Ann Roe reports that the poll was wrong.")
    assert [doc[i].text for i in _document_heads(doc)] == ["report", "poll"]
    assert _document_heads(nlp("")) == []
