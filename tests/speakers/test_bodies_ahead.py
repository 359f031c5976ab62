"""A description of a body by a noun its name lacks ("the bloc" for the European Union, "the network"
for Al Arabiya), also in the headline and before the article names it
(:func:`quotes.speakers.organisations.referred_ahead`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speaker(text: str, mention: str) -> str | None:
    records = [r for r in extract(text) if (r.speaker.mention or "").lower().endswith(mention)]
    assert records, [r.speaker.mention for r in extract(text)]
    return records[0].speaker.name


_HEADLINE = "Trade talks stall\n\nAfter the vote, bloc says it will act on steel\n\n"


@pytest.mark.parametrize(
    "text",
    [
        _HEADLINE + "BRUSSELS - Ministers met on Friday after Britain voted to leave the European Union in "
        "June, as talks on new tariffs on steel from abroad stalled for a third week in a row.",
        "Britain voted to leave the European Union in June. The bloc said it would act on steel.",
    ],
)
def test_the_bloc_is_the_one_bloc_the_article_names(text: str) -> None:
    assert _speaker(text, "bloc") == "European Union"


def test_two_blocs_leave_the_bloc_unnamed() -> None:
    text = _HEADLINE + (
        "BRUSSELS - Ministers met on Friday after Britain voted to leave the European Union in June, as talks "
        "with the African Union on new tariffs on steel from abroad stalled for a third week."
    )
    assert _speaker(text, "bloc") is None


def test_the_union_before_the_article_names_its_one_union() -> None:
    text = (
        "The mine closed in May, according to the union. Months later, Tom Hale, a spokesman for the "
        "Acme Mine Workers Union, said the plant might reopen."
    )
    assert _speaker(text, "union") == "Acme Mine Workers Union"


def test_the_company_before_any_is_named_stays_unnamed() -> None:
    text = "The plant will close, the company said. Months later, Acme Steel Works bought the site."
    assert _speaker(text, "company") is None


def test_a_body_named_by_the_noun_alone_is_no_name_for_it() -> None:
    text = (
        "Bank executives were grilled by senators on Tuesday over the sales scandal at Acme Trust. "
        "The bank said that it had fired 500 employees."
    )
    assert _speaker(text, "bank") != "Bank"


def test_a_dotted_acronym_is_the_body_the_article_spells_out() -> None:
    text = (
        "The developers were sued by the federal Securities and Exchange Commission in April. "
        "The S.E.C. said it would increase oversight."
    )
    assert _speaker(text, "s.e.c.") == "Securities and Exchange Commission"


def test_the_network_is_the_broadcaster_named_last() -> None:
    text = (
        "The BBC reported the story on Monday. Al Arabiya hired a new anchor on Tuesday. The network said "
        "that she would start in May."
    )
    assert _speaker(text, "network") == "Al Arabiya"


def test_an_indefinite_description_after_a_body_is_that_body() -> None:
    text = (
        "Two donors will help fund Acme45, a super PAC that says it will run ads against the governor "
        "until November."
    )
    assert _speaker(text, "pac") == "Acme45"
