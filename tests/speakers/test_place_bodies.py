"""Bare "police" is the force of the one place whose police the article names, though it never spells
the force's name out (:mod:`quotes.speakers.place_bodies`); a story with the police of two places, or
of a people rather than a place, leaves it unnamed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers.place_bodies import police_places


def _police(text: str) -> list[str | None]:
    """The names of the records whose speaker is written "police" or "Police"."""
    return [r.speaker.name for r in extract(text) if (r.speaker.mention or "").lower() == "police"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers stopped a car on Main Street late on Friday. Police said the driver had a gun. "
            "Tom Hale, the Springfield police chief, said the video would be released.",
            "Springfield Police Department",
        ),
        (
            "Springfield police officers stopped a car on Friday. Protesters gathered outside the station "
            "on Saturday. Police said the driver was unarmed.",
            "Springfield Police Department",
        ),
        (
            "A union of officers, the Springfield Police Union, backed the mayor. Two Springfield police "
            "officers were hurt on Friday. Police said the road would reopen soon.",
            "Springfield Police Department",
        ),
        (  # a British story: no "Department"
            "LONDON - Kent police closed the motorway after a crash on Friday, the British transport "
            "minister said. Police said nobody was badly hurt.",
            "Kent Police",
        ),
    ],
)
def test_police_are_the_force_of_the_one_place_the_article_names(text: str, name: str) -> None:
    assert _police(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # the police of two places
        "Springfield police arrested one man and Dayton police arrested another on Friday. Police said "
        "both men were held overnight.",
        "Springfield police arrested one man on Friday. A second man was held by police in Dayton. Police "
        "said both men were held overnight.",
        # a people's police, no place
        "Israeli police closed the road on Friday. Police said two men were arrested.",
        # no place at all
        "A car crashed into a shop on Friday. Police said nobody was hurt.",
    ],
)
def test_police_of_no_one_place_get_no_name(text: str) -> None:
    assert _police(text) == [None]


def test_the_places_whose_police_an_article_names() -> None:
    doc = load()(
        "The Charlotte-Mecklenburg police chief spoke on Friday. Police in Kaduna State made arrests, and "
        "Kaduna State police said more would follow."
    )
    assert police_places(doc) == ["Charlotte-Mecklenburg", "kaduna"]


def _state(text: str) -> str | None:
    records = [r for r in extract(text) if (r.speaker.mention or "").lower() == "the state"]
    assert records, [r.speaker.mention for r in extract(text)]
    return records[-1].speaker.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Critics cite the 2004 election in Ohio, when the state wrongly said that 9,000 voters were felons.",
            "Ohio",
        ),
        (
            "Gunmen attacked a village in Kaduna State on Sunday. The state said that ten people were killed.",
            "Kaduna State",
        ),
    ],
)
def test_the_state_is_the_one_state_named_just_before(text: str, name: str) -> None:
    assert _state(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in Texas and in Ohio last year. The state said that the law was fair.",
        "The summit was held in Paris last year. The state said that the talks went well.",
    ],
)
def test_the_state_of_no_one_state_gets_no_name(text: str) -> None:
    assert _state(text) is None
