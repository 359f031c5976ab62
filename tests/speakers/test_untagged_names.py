"""A person's name the parser neither tags nor reads as a name (a surname in -s taken for a plural), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def test_a_surname_in_s_read_as_a_plural_is_a_name_not_a_group() -> None:
    text = "J. Cole Waters, whose Fair Maps group has led this push, predicted that the vote would fail."
    speaker = extract(text)[0].speaker
    assert (speaker.name, speaker.kind, speaker.resolution) == ("J. Cole Waters", "person", "name")


@pytest.mark.parametrize(
    "text",
    [
        "Senate Democrats said the bill would fail.",
        "Fellow Republicans said the bill would fail.",
        "Some Americans said the bill would fail.",
    ],
)
def test_a_people_or_body_stays_a_group(text: str) -> None:
    speaker = extract(text)[0].speaker
    assert (speaker.name, speaker.kind) == (None, "group")
