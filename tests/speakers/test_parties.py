"""Descriptions that name a party ("the GOP nominee", "the Democratic senator") go to a person of that
party, never to one the article ties to another party only. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.speakers import entities, parties, roles


def _by_text(text: str) -> dict[str, object]:
    return {record.text: record.speaker for record in extract(text)}


def test_a_party_description_skips_the_latest_person_of_the_other_party() -> None:
    text = (
        "The race between Republican Tom Hale and Democrat Ann Roe tightened on Friday.\n\n"
        "Roe said the debate had gone well for her. The GOP nominee complained about the sound, "
        "suggesting he may have been sabotaged."
    )
    speakers = _by_text(text)
    assert speakers["the debate had gone well for her"].name == "Ann Roe"
    sabotaged = speakers["he may have been sabotaged"]
    assert (sabotaged.mention, sabotaged.name) == ("The GOP nominee", "Tom Hale")


def test_a_party_description_is_not_the_one_titled_with_the_other_party() -> None:
    text = (
        "Officials released part of Republican presidential nominee Tom Hale's tax return. "
        "Democrat Ann Roe spoke in Toledo on Monday.\n\n"
        "Roe says the singer has long worked for children. The Democratic presidential nominee says "
        "they both believe in public schools."
    )
    speaker = _by_text(text)["they both believe in public schools"]
    assert (speaker.mention, speaker.name) == ("The Democratic presidential nominee", "Ann Roe")


def test_a_party_description_leaves_a_person_of_the_other_party_unnamed() -> None:
    text = (
        "Democrat Ann Roe and her aide Tom Marsh toured the plant.\n\n"
        "Roe said the jobs would stay. The Republican nominee said the plant would close."
    )
    speaker = _by_text(text)["the plant would close"]
    assert speaker.name != "Ann Roe"


def test_a_description_without_a_party_still_takes_the_person_in_the_foreground() -> None:
    text = "Democrat Ann Roe toured the plant on Monday. The nominee said the jobs would stay."
    assert _by_text(text)["the jobs would stay"].name == "Ann Roe"


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        ("Republican Tom Hale spoke first.", "Tom Hale", "Republican Party"),
        ("Sen. Ann Roe (D-Ohio) spoke first.", "Ann Roe", "Democratic Party"),
        ("Ann Roe, a Democrat, spoke first.", "Ann Roe", "Democratic Party"),
        ("The Labour leader, Ann Roe, spoke first.", "Ann Roe", "Labour Party"),
    ],
)
def test_the_article_ties_a_person_to_a_party(nlp, text: str, name: str, party: str) -> None:
    doc = nlp(text)
    assert party in parties.ties(doc, entities.build(doc)).get(name, set())


@pytest.mark.parametrize(
    "text",
    [
        "Conservative economist Ann Roe spoke first.",  # a view, not a membership
        "A democratic reformer, Ann Roe, spoke first.",  # lower case: no party
        "Ann Roe spoke to Republicans first.",  # the members, not her own party
    ],
)
def test_a_view_or_a_party_spoken_to_is_no_tie(nlp, text: str) -> None:
    doc = nlp(text)
    assert parties.ties(doc, entities.build(doc)).get("Ann Roe", set()) == set()


def test_a_title_of_another_party_never_fits() -> None:
    titled = [("Tom Hale", frozenset({"republican", "presidential"}))]
    assert roles.best_titled(titled, frozenset({"democratic", "presidential"})) is None
    assert roles.best_titled(titled, frozenset({"republican"})) == "Tom Hale"
    assert roles.clashes("Democratic Party", {"Republican Party"})
    assert not roles.clashes("Democratic Party", {"Republican Party", "Democratic Party"})
    assert not roles.clashes(None, {"Republican Party"})
    assert roles.party_of(["the", "GOP", "nominee"]) == "Republican Party"
    assert roles.party_of(["the", "conservative", "economist"]) is None
