"""A "they" for an organisation the model did not tag one (a one-word name it left untagged or took
for a person; the owner of a statement the sentence before cites), and "the bank" for the one company
an article names when no organisation has "bank" in its name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _last(text: str) -> tuple[str | None, str]:
    speaker = extract(text)[-1].speaker
    return speaker.name, speaker.kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a one-word name as the subject the "they" follows: a publication, a firm
        (
            "Following the debate Factwise did a check on the senator's claim. On Monday they published "
            "the results, saying the claim was true.",
            "Factwise",
        ),
        (
            "Factwise then ruled that the claim is true, but in the course of their report they noted that "
            "most shootings were not fatal.",
            "Factwise",
        ),
        # a person's surname is no organisation, nor a place, nor a plural noun naming nobody
        ("Ann Roe spoke on Monday. Roe said the plan was good. They said it would pass.", None),
        ("Ohio voted on Tuesday. They said the count was slow.", None),
        ("Hundreds of nurses marched on Friday. They said the wards were unsafe.", None),
    ],
)
def test_they_after_a_one_word_name_is_that_organisation(text: str, name: str | None) -> None:
    assert extract(text)[-1].speaker.name == name


def test_they_after_an_organisations_statement_is_the_organisation_by_its_fullest_name() -> None:
    text = (
        "The Northern Fisheries Council met on Friday. After a short meeting, the Fisheries "
        "Council issued a statement condemning the catch. The statement noted they had warned the fleet "
        'before. "We will act on quotas," they said.'
    )
    assert _last(text) == ("Northern Fisheries Council", "organization")


def test_they_after_a_persons_statement_names_nobody() -> None:
    text = (
        "Ann Roe met the fleet on Friday. Afterwards, Roe issued a statement condemning the catch. The "
        'statement noted they had warned the fleet before. "We will act on quotas," they said.'
    )
    assert _last(text)[0] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Senators grilled the chief executive of Harlow Sterling on Tuesday. The bank said that it had "
            "fired the staff involved.",
            "Harlow Sterling",
        ),
        # a public body named besides is no bank; a bank with the word in its name still wins
        (
            "Senators grilled the chief executive of Harlow Sterling on Tuesday. The Senate Banking "
            "Committee met. The bank said that it had fired the staff involved.",
            "Harlow Sterling",
        ),
        (
            "The Federal Reserve held rates steady. The central bank said inflation was easing.",
            "Federal Reserve",
        ),
        # two companies: either could be the bank; a public body alone is none
        (
            "Harlow Sterling and Grayfield Motors reported losses. The bank said it had fired the staff.",
            None,
        ),
        (
            "The Department of Labor published figures. The bank said that it had fired the staff.",
            None,
        ),
    ],
)
def test_the_bank_is_the_one_company_named(text: str, name: str | None) -> None:
    assert extract(text)[-1].speaker.name == name
