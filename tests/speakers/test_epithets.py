"""Speakers referred to by a description the article itself gives them: a family relation ("his wife"),
an age ("the 34-year-old mother"), a seat and party ("the California congresswoman"), a bare role label
("Senator from Ohio says"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers import entities
from quotes.speakers.relations import Relation, relations, relative
from quotes.speakers.roles import other_seat, seat_words

RELATIVES = [
    # the wife the article names for "his wife"
    (
        "Tom Hale runs a farm with his wife, Ann Roe. The farm lost money. “It was hard,” his wife said.",
        "Ann Roe",
    ),
    # the name first, then the relation
    (
        "Ann Roe, his wife, keeps the books for Tom Hale. Prices fell in May. "
        "His wife said that the bank had called.",
        "Ann Roe",
    ),
    # a writer's parents named together: "my father" is the one of the two with a man's given name
    (
        "“We live in fear,” my father often said. Lest you think my parents, James and Olive Pike, "
        "were idle, my mother said “no” to that.",
        "James Pike",
    ),
    # an ex-wife introduced by a title-like noun, and named in full later
    (
        "Tom Hale lost the divorce case against wife Mary in 1991. Lawyers for both Tom and Mary Hale "
        "filed papers. His ex-wife agreed, saying that the file should stay sealed.",
        "Mary Hale",
    ),
    # two wives named: "his wife" is neither
    (
        "Tom Hale came with his wife, Ann Roe. Bob Lee came with his wife, Mary Lee. "
        "“It was fun,” his wife said.",
        None,
    ),
    # the writer's father is not a third person's father
    (
        "Ann Roe came with her father, Tom Roe. Years later, “be kind,” my father said.",
        None,
    ),
    # a husband is no wife: a man named as a relative does not fit "his wife"
    (
        "Ann Roe and her husband, Tom Hale, run a farm. “It was hard,” his wife said.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name"), RELATIVES)
def test_a_family_noun_is_the_relative_the_article_names(text: str, name: str | None) -> None:
    speaker = extract(text)[0 if "my father often" in text else -1].speaker
    assert speaker.name == name


def test_relations_are_read_with_their_owner() -> None:
    text = (
        "Tom Hale came with his wife, Ann Roe, and Ann Roe's son, Ben Roe, joined. "
        "My parents, Tom and Mary Kay, left."
    )
    doc = load()(text)
    found = relations(doc, entities.build(doc))
    assert Relation("wife", "his", "Ann Roe") in found
    assert Relation("son", "roe", "Ben Roe") in found
    assert Relation("father", "my", "Tom Kay") in found
    assert Relation("mother", "my", "Mary Kay") in found


def test_a_named_possessor_keeps_to_that_persons_relatives() -> None:
    text = "Tom Hale came with his wife, Ann Hale. Bob Lee came alone. Hale's wife said no."
    doc = load()(text)
    model = entities.build(doc)
    found = relations(doc, model)
    assert relative(found, text.removesuffix(" said no."), model) == "Ann Hale"
    assert relative(found, "Lee's wife", model) is None
    assert relative(found, "my wife", model) is None


AGES = [
    # an age the article gave nobody: the person in the foreground of the description's gender
    (
        "Ann Roe, the nominee's eldest daughter, spoke in Ohio. She said fathers would not get leave. "
        "When pressed, the 34-year-old mother of three replied, “It is for mothers.”",
        "Ann Roe",
    ),
    # an age the article gave before the name
    (
        "41-year-old Mary Smith joined Tom Hale at the mill. “We work,” the 41-year-old mother said.",
        "Mary Smith",
    ),
    # an age in commas after the name, with a gendered head noun
    (
        "Tom Hale, 34, runs a farm. Bob Lee met him there. “It is hard,” the 34-year-old father said.",
        "Tom Hale",
    ),
    # the one person of that age is a man: "the 34-year-old mother" is not him
    (
        "Tom Hale, 34, runs a farm. Bob Lee met him there. “It is hard,” the 34-year-old mother said.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name"), AGES)
def test_an_age_in_a_description(text: str, name: str | None) -> None:
    assert extract(text)[-1].speaker.name == name


SEATS = [
    # a party label after the name tells the state
    (
        "Rep. Ann Roe (D-Calif.) spoke first. Rep. Bob Lee (R-Ohio) spoke next. Tom Hale, a farmer, "
        "listened. “It is good,” the California congresswoman said.",
        "Ann Roe",
    ),
    # "of Texas" after the name, the other senator the later one
    (
        "Sen. Jim Tay of Texas and Sen. Rob Orr of Maine met on Monday. “No,” the Texas senator said.",
        "Jim Tay",
    ),
    # "the congressman" of a "Rep." the article titles alone
    (
        "Rep. Tom Hale, the top Democrat on the panel, urged action -- a step the Ohio congressman "
        "said is overdue.",
        "Tom Hale",
    ),
    # a bare role label in a deck, with its state, to the one senator of that state
    (
        "Old friends meet again.\n\nSenator from Ohio says he will back the plan.\n\n"
        "Sen. Tom Hale (R-Ohio) backs the plan of Sen. Ann Roe (D-Maine).",
        "Tom Hale",
    ),
]


@pytest.mark.parametrize(("text", "name"), SEATS)
def test_a_seat_tells_office_holders_apart(text: str, name: str) -> None:
    speaker = extract(text)[0 if "Senator from" in text else -1].speaker
    assert (speaker.name, speaker.resolution) == (name, "role")


def test_seat_words_read_a_party_label_and_a_state() -> None:
    doc = load()("Rep. Ann Roe (D-Calif.) met Sen. Tom Hale of New York and Sen. Bob Lee (R-Tex) today.")
    roe, hale, lee = (ent for ent in doc.ents if ent.label_ == "PERSON")
    assert seat_words(doc, roe) == {"democratic", "california"}
    assert seat_words(doc, hale) == {"new", "york"}
    assert seat_words(doc, lee) == {"republican", "texas"}


def test_other_seat() -> None:
    assert other_seat(frozenset({"ohio"}), frozenset({"senator", "texas"}))
    assert not other_seat(frozenset({"ohio"}), frozenset({"senator"}))
    assert not other_seat(frozenset({"new", "york"}), frozenset({"new", "york", "democratic"}))
    assert not other_seat(frozenset({"republican"}), frozenset({"texas"}))


SPOKESPEOPLE = [
    # a spokesperson the next sentences name by a communications title
    (
        "A spokeswoman for Ann Roe says the campaign did nothing wrong.\n\nRoe communications director "
        "Mary Lee spoke to reporters on Friday after Tom Hale posted a series of messages.",
        "Mary Lee",
    ),
    # a press secretary of the other gender is not "a spokeswoman"
    (
        "A spokeswoman for Ann Roe says the campaign did nothing wrong.\n\nRoe press secretary "
        "Tom Lee spoke to reporters on Friday after Bob Hale posted a series of messages.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name"), SPOKESPEOPLE)
def test_a_spokesperson_named_later_by_a_press_title(text: str, name: str | None) -> None:
    assert extract(text)[0].speaker.name == name


OFFICE_BEFORE = [
    # the latest person holds another office: the one the sentence before speaks of
    (
        "Ann Roe says too much is made of the tweets.\n\nThe Republican vice presidential nominee was "
        "speaking Friday in Ohio, hours after Tom Hale, a businessman, sent a flurry of tweets.\n\n"
        "The Ohio governor said the media are to blame.",
        "Ann Roe",
    ),
    # the one before was named further back: nobody
    (
        "Ann Roe spoke in Ohio on Monday.\n\nThe crowd was large. Police closed two roads. Ticket "
        "sales rose.\n\nTom Hale, a businessman, sent a flurry of tweets.\n\n"
        "The Ohio governor said the media are to blame.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name"), OFFICE_BEFORE)
def test_an_office_past_a_person_who_holds_another(text: str, name: str | None) -> None:
    assert extract(text)[-1].speaker.name == name
