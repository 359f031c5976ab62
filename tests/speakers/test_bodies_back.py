"""A definite description of a body refers back to the organisation the article named with a word of
that kind: "the fund" to a Fund, "the agency" to an Office, "the union" to an Association of workers.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _last(text: str) -> tuple[str | None, str]:
    speaker = extract(text)[-1].speaker
    return speaker.name, speaker.kind


BACK = [
    (
        "The Northern Relief Fund lent $2 billion to the region last year. Growth will slow to 1 percent, "
        "the fund said on Tuesday.",
        "Northern Relief Fund",
    ),
    (
        "The figures come from the Regional Budget Office, which advises the assembly. The agency said "
        "that spending would rise by 4 percent.",
        "Regional Budget Office",
    ),
    (
        "The Association of Bus Drivers endorsed the mayor on Friday. The union said that its members "
        "would campaign for him.",
        "Association of Bus Drivers",
    ),
]


@pytest.mark.parametrize(("text", "name"), BACK)
def test_a_definite_body_is_the_organisation_of_its_kind_named_before(text: str, name: str) -> None:
    assert _last(text) == (name, "organization")


NONE_BEFORE = [
    # no fund named before: no name
    "Prices rose in March. Growth will slow to 1 percent, the fund said on Tuesday.",
    # a trust is no union
    "The Hale Family Trust gave the school a library. The union said that its members would strike.",
]


@pytest.mark.parametrize("text", NONE_BEFORE)
def test_a_definite_body_with_no_organisation_of_its_kind_gets_no_name(text: str) -> None:
    assert _last(text)[0] is None


NAMED_WITH_SMALL_WORDS = [
    (
        "Many leaders share these fears, but the Central and East European Coalition, which represents "
        "millions of voters, said it would not endorse anyone.",
        "Central and East European Coalition",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMED_WITH_SMALL_WORDS)
def test_an_organisations_name_with_small_words_is_that_organisation(text: str, name: str) -> None:
    assert _last(text) == (name, "organization")
