"""Owners of documents the noun phrase or the article names in ways the first document rules missed:
a relative clause ("reports Ann Roe filed"), a publication the model tags a place ("an article in
Lakeview"), a campaign that released the document, findings of a document ("early results of a
poll"), and the one owner the article gives documents of a kind. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _last(text: str) -> tuple[str | None, str, str]:
    speaker = extract(text)[-1].speaker
    return speaker.name, speaker.kind, speaker.resolution


OWNED = [
    (
        "The rules cut costs, according to reports Ann Roe filed with the board.",
        ("Ann Roe", "person", "document"),
    ),
    (
        "The rules cut costs, according to reports the Acme Institute released last week.",
        ("Acme Institute", "organization", "document"),
    ),
    (
        "The rules cut costs, according to reports that Ann Roe's campaign filed on Saturday.",
        ("Roe campaign", "organization", "document"),
    ),
    ("Rents will rise, according to a new article in Lakeview.", ("Lakeview", "organization", "document")),
    (
        "Ann Roe's campaign is airing a new ad in Ohio. The ad says that Roe will cut taxes.",
        ("Roe campaign", "organization", "document"),
    ),
    (
        "Brightline Research conducted an entrance poll at ten sites. Early results of the poll show that "
        "most voters were angry.",
        ("Brightline Research", "organization", "document"),
    ),
    (
        "The survey was conducted by Brightline Research. Turnout was high in the north. Fewer people "
        "voted in the south. The snow kept some at home. The survey also found that most voters were angry.",
        ("Brightline Research", "organization", "document"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNED)
def test_a_document_speaks_for_the_owner_the_article_gives_it(
    text: str, expected: tuple[str | None, str, str]
) -> None:
    assert _last(text) == expected


UNOWNED = [
    # a country is where the article was, not who printed it
    "Rents will rise, according to a new article in Canada.",
    # two owners of polls in the article: no telling whose the exit polls are
    "A Gallup poll found that voters were angry. The survey was conducted by Brightline Research. "
    "Later, exit polls found that most voters were calm.",
    # the owner the article names is a report's, not a poll's
    "The Acme Institute released a report on jobs. Exit polls found that most voters were calm.",
    # an owner given only far after the document
    "Exit polls found that most voters were angry. Turnout was high in the north. Fewer people voted "
    "in the south. The snow kept some at home. The survey was conducted by Brightline Research.",
    # "a new poll" and "exit polls" are ones of their own, not the earlier owner's
    "The survey was conducted by Brightline Research. Turnout was high. Prices rose. Exit polls found "
    "that most voters were angry.",
    "A Gallup poll found that voters were angry. Turnout was high. Prices rose. A new poll found that "
    "voters were calm.",
]


@pytest.mark.parametrize("text", UNOWNED)
def test_a_document_whose_owner_the_article_does_not_tell_names_nobody(text: str) -> None:
    assert _last(text)[:2] == (None, "unknown")


def test_another_document_of_the_kind_keeps_the_sole_owner_from_the_others() -> None:
    text = (
        "The survey was conducted by Brightline Research. Another survey found the opposite. The survey "
        "also found that most voters were angry."
    )
    assert extract(text)[-1].speaker.name is None


def test_the_agent_of_a_passive_document_verb_hung_on_a_noun_of_its_clause() -> None:
    text = (
        "The survey was conducted for the city and the county councils by Brightline Research. The survey "
        "shows that most voters were angry."
    )
    assert _last(text) == ("Brightline Research", "organization", "document")
    # a "by" inside a clause of its own is no agent of "conducted"
    other = (
        "The survey was conducted after the town was hit by Storm Brightline. The survey shows that most "
        "voters were angry."
    )
    assert _last(other)[0] is None
