"""Descriptions that refer back to an organisation the article named: the nearest one that fits the
noun by a word of its name, by a name word of the noun's type, or by the noun the article gave it in
apposition (:func:`quotes.speakers.organisations.referred_back`); and no name when none fits or the
description is indefinite. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers import entities
from quotes.speakers.organisations import referred_back


def _last(text: str) -> tuple[str | None, str]:
    speaker = extract(text)[-1].speaker
    return speaker.name, speaker.kind


RIGHT = [
    # a word of the name's type: a union of workers, a central bank
    (
        "Workers at Brightwater Mills voted to strike. The United Steel Workers called the vote historic. "
        "The union said talks had failed.",
        "United Steel Workers",
    ),
    ("The Federal Reserve held rates steady. The central bank said inflation was easing.", "Federal Reserve"),
    (
        "The Federal Bureau of Investigation opened an inquiry. The agency said the files were missing.",
        "Federal Bureau of Investigation",
    ),
    # the nearest that fits, not the first named with the word
    (
        "The European Union set new rules on steel. The United Steel Workers called the rules weak. "
        "The union said jobs would go.",
        "United Steel Workers",
    ),
    # the noun the article gave the organisation in apposition
    ("Ofgem, the energy regulator, cut the cap in May. Prices will fall, the regulator said.", "Ofgem"),
    # "the company": the nearest organisation that is no public body
    (
        "The Justice Department sued Brightwater Holdings on Monday. The company said the suit had no merit.",
        "Brightwater Holdings",
    ),
    ("Ann Roe runs Brightwater Holdings. The firm said profits rose.", "Brightwater Holdings"),
    (
        "The Springfield Police Department closed the road. Police said nobody was hurt.",
        "Springfield Police Department",
    ),
]


@pytest.mark.parametrize(("text", "name"), RIGHT)
def test_a_description_refers_back_to_the_nearest_organisation_that_fits(text: str, name: str) -> None:
    assert _last(text) == (name, "organization")


NO_NAME = [
    # nothing of the regulator's type was named: a wrong name is worse than none
    "The Federal Reserve held rates steady on Monday. The regulator said banks were sound.",
    # an indefinite description introduces an organisation, it does not refer back
    "The United Steel Workers met on Monday. A union said talks had failed.",
    # only a public body was named: "the company" is not the ministry
    "The Justice Department opened an inquiry into the sale. The company said it had done nothing wrong.",
]


@pytest.mark.parametrize("text", NO_NAME)
def test_a_description_nothing_fits_names_nobody(text: str) -> None:
    assert _last(text)[0] is None


def test_referred_back_reads_the_entity_model() -> None:
    doc = load()(
        "The Federal Reserve and the Justice Department met Brightwater Holdings. Ofgem, the energy "
        "regulator, was not there."
    )
    model = entities.build(doc)
    end = len(doc.text)
    assert referred_back("bank", model, end).name == "Federal Reserve"
    assert referred_back("department", model, end).name == "Justice Department"
    assert referred_back("company", model, end).name == "Brightwater Holdings"
    assert referred_back("regulator", model, end).name == "Ofgem"
    assert referred_back("union", model, end) is None
    assert referred_back("bank", model, 0) is None  # nothing is named before the start


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The campaign for Ann Roe says she will cut taxes.", "Roe campaign"),
        ("Campaign for Roe says she will recast her image; the move surprised voters.", "Roe campaign"),
        # a campaign for a cause names no candidate
        ("The campaign for lower taxes says the plan will pass.", None),
    ],
)
def test_a_campaign_for_a_person_is_that_persons_campaign(text: str, name: str | None) -> None:
    assert _last(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "But a Lakeview ballot commission in January was more careful. In rejecting the claim, the "
            "commission said that a court should settle it.",
            "Lakeview ballot commission",
        ),
        # no proper name in the earlier description: nothing to name it by
        ("A state commission met in May. The commission said the plan failed.", None),
    ],
)
def test_a_body_the_article_introduced_by_description_is_named_by_it(text: str, name: str | None) -> None:
    assert _last(text)[0] == name
