"""A registry entry of one country is not read into another's story (:mod:`quotes.speakers.countries`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers.countries import ArticleCountries
from quotes.speakers.registry import Registry, RegistryError


def _speaker(text: str, date: str | None = None) -> tuple[str | None, str]:
    speaker = extract(text, date=date)[-1].speaker
    return speaker.name, speaker.resolution


CASES = [
    # "the government" in a Canadian story is not the UK Government; in a British one it is
    (
        "Canada will raise its defence budget, the government said on Monday. Ottawa has long lagged.",
        (None, "unresolved"),
    ),
    (
        "Britain will raise its defence budget, the government said on Monday. London has long lagged.",
        ("UK Government", "organization"),
    ),
    # a mention that names the country fits wherever the story is
    (
        "Canada will raise its defence budget. Ottawa has long lagged, the British government said.",
        ("UK Government", "organization"),
    ),
    # a former president the article names only by surname is the registry's, in his country's story
    (
        "Voters in Ohio heard from the White House on Monday. "
        "“The deal keeps American jobs,” Obama said.",
        ("Barack Obama", "surname"),
    ),
    # ... but the article's own Obama comes first
    (
        "Michelle Obama spoke in Ohio on Monday. Voters cheered. “Go and vote,” Obama said.",
        ("Michelle Obama", "surname"),
    ),
    # a lone surname in an American story is not a British minister of that name
    (
        "Voters in Wisconsin know the senator well. American farmers like him. "
        "“The bill will pass,” Johnson said.",
        ("Johnson", "surname"),
    ),
]


#: Stories from other English-language press countries, named by their capitals and peoples.
OTHER_PRESS = [
    # a Nigerian story's government is not the UK Government, nor is a federal one anywhere
    (
        "ABUJA—The government said it would not raise the price of petrol. Nigerians queued all day.",
        (None, "unresolved"),
    ),
    (
        "The Federal Government said it would not raise the price of petrol.",
        ("Federal Government", "organization"),
    ),
    (
        "Schools in Karachi and Lahore will reopen on Monday, the government said.",
        (None, "unresolved"),
    ),
    ("The state government said that schools would reopen on Monday.", (None, "unresolved")),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_PRESS)
def test_other_press_countries_keep_their_own_government(text: str, expected: tuple[str | None, str]) -> None:
    assert _speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_registry_entries_fit_the_story_country(text: str, expected: tuple[str | None, str]) -> None:
    assert _speaker(text) == expected


def test_the_prime_minister_of_a_canadian_story_is_no_uk_prime_minister() -> None:
    text = "Farmers in Ottawa met the Canadian cabinet. “We will help,” the prime minister said."
    assert _speaker(text, date="2023-06-01")[0] != "Rishi Sunak"
    british = "Farmers in London met the British cabinet. “We will help,” the prime minister said."
    assert _speaker(british, date="2023-06-01") == ("Rishi Sunak", "role")


def test_home_country_is_the_press_country_named_most() -> None:
    doc = load()("Ukraine and Russia met in Kyiv. The UK and the US sent envoys; British aid rose.")
    places = ArticleCountries(doc)
    assert places.home == {"GB"}
    assert places.fits("UA") and places.fits("GB") and not places.fits("US")
    assert places.fits("US", "the American president") and places.fits(None)


def test_a_country_must_be_a_two_letter_code() -> None:
    data = {"speakers": [{"name": "Ann Roe", "country": "Britain"}]}
    with pytest.raises(RegistryError, match="country 'Britain'"):
        Registry.from_dict(data, where="people.json")
    registry = Registry.from_dict({"speakers": [{"name": "Ann Roe", "country": "GB"}]})
    assert registry.speakers[0].country == "GB"


def test_the_prime_minister_of_a_story_from_other_press_is_no_uk_prime_minister() -> None:
    for place in ("Lagos", "Karachi", "Nairobi", "Sydney"):
        text = f"Farmers in {place} protested on Tuesday. The Prime Minister said that the tax would go."
        assert _speaker(text, date="2023-06-01") == (None, "unresolved")


def test_a_place_the_model_ran_into_a_longer_entity_still_counts() -> None:
    # the model reads "OTTAWA - Canadian" as one organisation: the story is still Canadian
    text = "OTTAWA - Canadian officials met on Monday. The government said taxes would fall."
    assert _speaker(text) == (None, "unresolved")
    text = "OTTAWA - Canadian officials met on Monday. Johnson said taxes would fall."
    assert _speaker(text) == ("Johnson", "surname")
