"""Role descriptions go to the person the article titled with the same words
(:mod:`quotes.speakers.roles`). Sentences written for these tests."""

from __future__ import annotations

from typing import cast

import pytest
from spacy.tokens import Span

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers.roles import best_titled, modifiers, same_term, title_context, title_run

CASES = [
    (
        "Indiana Gov. Ann Roe spoke first. Ohio Gov. Tom Hale spoke next. "
        "The Indiana governor said the plan was sound.",
        "Ann Roe",
    ),
    # "GOP" is "Republican"
    (
        "Republican nominee Tom Hale met Democratic nominee Ann Roe on Monday. "
        "The GOP nominee said the talks went well.",
        "Tom Hale",
    ),
    # apposition: the words after the name count, the title words of the next name do not
    (
        "Tom Hale, the Republican nominee, met Ann Roe, the Democratic nominee, on Monday. "
        "The Republican nominee said the talks went well.",
        "Tom Hale",
    ),
    # a title before one name is not given to the next name in the sentence
    (
        "Add former Chilean President Ana Roe to Tom Hale’s critics. Hale spoke in Ohio on Monday. "
        "“He is wrong about copper,” the former Chilean president said.",
        "Ana Roe",
    ),
    # a past holder is not the sitting holder the article titled, but the person in the foreground
    (
        "President Tom Hale spoke on Monday. Ann Roe, who led the country until 2010, joined the "
        "rally. “We will win,” the former president said.",
        "Ann Roe",
    ),
    # a title that says "former" fits "the former president", the sitting one's does not
    (
        "Former President Tom Hale spoke on Monday. President Ann Roe joined the rally. "
        "“We will win,” the former president said.",
        "Tom Hale",
    ),
    # no modifier: the latest person with that title
    (
        "Indiana Gov. Ann Roe spoke first. Ohio Gov. Tom Hale spoke next. "
        "The governor said the plan was sound.",
        "Tom Hale",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_role_description(text: str, name: str) -> None:
    speaker = extract(text)[-1].speaker
    assert (speaker.name, speaker.resolution) == (name, "role")


def test_title_context_keeps_the_title_run_and_the_apposition() -> None:
    doc = load()("Ohio Gov. Tom Hale met Ann Roe, the party's nominee, on Monday.")
    hale, roe = (cast(Span, ent) for ent in doc.ents if ent.label_ == "PERSON")
    assert {"ohio", "governor"} <= title_context(hale, title_run(doc[0 : hale.start]))
    assert "nominee" in title_context(roe, title_run(doc[hale.end : roe.start]))
    assert "met" not in title_context(roe, title_run(doc[hale.end : roe.start]))


def test_a_title_run_stops_at_a_break_and_leaves_out_a_vice_office() -> None:
    doc = load()("Voters want her to be president, Ann Roe said. Vice President Tom Hale agreed.")
    roe, hale = (cast(Span, ent) for ent in doc.ents if ent.label_ == "PERSON")
    assert title_run(doc[roe.start - 4 : roe.start]) == []
    assert [t.text for t in title_run(doc[hale.start - 2 : hale.start])] == ["Vice"]


def test_the_president_is_not_the_vice_president() -> None:
    text = (
        "President Ann Roe flew to Ohio. Vice President Tom Hale stayed behind. "
        "“We will rebuild,” the president said."
    )
    assert extract(text)[-1].speaker.name == "Ann Roe"


def test_best_titled() -> None:
    titled = [("Ann Roe", frozenset({"democratic"})), ("Tom Hale", frozenset({"republican"}))]
    assert best_titled(titled, modifiers(["GOP", "nominee"])) == "Tom Hale"
    assert best_titled(titled, frozenset()) == "Tom Hale"
    assert best_titled(titled, modifiers(["Green", "nominee"])) is None


DESCRIBED = [
    # a description whose head the article gave one person in apposition
    (
        "Ann Roe, a retired surgeon, ran for mayor. The retired surgeon said that the plan was sound.",
        "Ann Roe",
    ),
    # an age the article gave one person
    ("Tom Hale, 32, runs the shelter. The 32-year-old said that beds were short.", "Tom Hale"),
    # two people of that age: nobody
    ("Tom Hale, 32, and Ann Roe, 32, run the shelter. The 32-year-old said that beds were short.", None),
]


@pytest.mark.parametrize(("text", "name"), DESCRIBED)
def test_a_description_the_article_gave_one_person(text: str, name: str | None) -> None:
    assert extract(text)[-1].speaker.name == name


def test_a_gendered_description_goes_to_the_latest_person_of_that_gender() -> None:
    text = (
        "Tom Hale runs a hotel chain. Ann Roe met him on Monday. “We disagree,” she said. "
        "The businessman said that the talks failed."
    )
    assert extract(text)[-1].speaker.name == "Tom Hale"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale came with his wife, Ann Roe, to the rally. As the crowd cheered Hale, his wife whispered "
        "to him: “They're still with you.”",
        "Tom Hale came with his wife, Ann Roe, to the rally. Hale's wife said that the crowd was kind.",
    ],
)
def test_a_family_noun_after_a_possessor_is_the_person_the_article_gave_it(text: str) -> None:
    speaker = extract(text)[0].speaker
    assert (speaker.name, speaker.kind, speaker.resolution) == ("Ann Roe", "person", "role")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale came to the rally. His wife said that the crowd was kind.",
        "Tom Hale came with his wife, Ann Roe, and Ed Park came with his wife, Jo Park. His wife said that "
        "the crowd was kind.",
    ],
)
def test_a_family_noun_given_to_no_one_or_to_two_names_nobody(text: str) -> None:
    assert extract(text)[0].speaker.name is None


def test_same_term() -> None:
    assert same_term(frozenset({"former"}), frozenset({"former", "president"}))
    assert not same_term(frozenset({"former"}), frozenset({"president"}))
    assert same_term(frozenset({"ohio"}), frozenset({"president"}))
