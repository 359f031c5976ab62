"""Speakers the sieves used to leave unresolved though the sentence or the article names them, on
sentences written for these tests: an organisation in apposition ("One of them, Acme Health Group,"),
a retired occupation, the whole of a hyphenated epithet ("the front-runner"), "the CEO", epithets of
letters, arts, age and fate ("the novelist", "the widow")."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speaker(text: str) -> tuple[str | None, str, str]:
    record = extract(text)[-1]
    return record.speaker.name, record.speaker.kind, record.speaker.resolution


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Several insurers lost money last year. One of them, Acme Health Group, said that it would "
            "leave the market.",
            "Acme Health Group",
        ),
        ("Prices rose again in May. The regulator, Ofgem, said that bills would fall.", "Ofgem"),
        (
            "The Harbor Workers Union (HWU) voted on Monday. Two unions joined the strike. One of them, "
            "the HWU, said that the port would close.",
            "Harbor Workers Union",
        ),
    ],
)
def test_an_organisation_in_apposition_is_the_speaker(text: str, name: str) -> None:
    assert _speaker(text) == (name, "organization", "apposition")


def test_a_person_description_takes_no_organisation_from_its_apposition() -> None:
    text = "Sales fell in May. A spokesman, Acme Corp., said that the company was sorry."
    assert _speaker(text)[0] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tom Hale answered questions on Tuesday. Reacting to criticism, the retired surgeon said that "
            "he expected scrutiny.",
            "Tom Hale",
        ),
        ("Ann Roe leads the race in Ohio. The front-runner said that she would win.", "Ann Roe"),
        (
            "The Acme Corp. chief executive, Ann Roe, spoke on Monday. The CEO said that profits would rise.",
            "Ann Roe",
        ),
        ("Ann Roe, 72, lost her husband in the flood. The widow said that the water came fast.", "Ann Roe"),
        (
            "Tom Hale won the election in November. The president-elect told reporters that he would cut "
            "taxes.",
            "Tom Hale",
        ),
        ("Tom Hale wrote six books. Later, the novelist told reporters that the race was close.", "Tom Hale"),
    ],
)
def test_a_definite_description_refers_back_to_the_person(text: str, name: str) -> None:
    assert _speaker(text) == (name, "person", "role")


def test_an_epithet_of_someone_introduced_without_a_name_names_nobody() -> None:
    text = "Tom Hale runs the shelter. A teenager found the dog on Monday. The teenager said that it was cold."
    assert _speaker(text)[0] is None


def test_a_retired_officer_is_not_the_sitting_one() -> None:
    text = (
        "Gen. Tom Hale commands the base. Retired Gen. Ann Roe visited it on Monday. The retired general "
        "said that the base was ready."
    )
    assert _speaker(text)[0] == "Ann Roe"
