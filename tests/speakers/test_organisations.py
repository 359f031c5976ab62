"""Organisations described by a common noun with their name in the phrase, and "police" after the
article named the force (:func:`quotes.speakers.sieves.organisation_described`). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract

CASES = [
    ("The Israeli newspaper Haaretz noted that the plan failed.", ("Haaretz", "organization")),
    ("Today, the Acme Daily newspaper says that the plan is a pearl.", ("Acme Daily", "organization")),
    (
        "The Springfield Police Department closed the road. Police said nobody was hurt.",
        ("Springfield Police Department", "organization"),
    ),
    # no force named: "police" names nobody
    ("Police said nobody was hurt.", (None, "organization")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organisation_described(text: str, expected: tuple[str | None, str]) -> None:
    speaker = extract(text)[-1].speaker
    assert (speaker.name, speaker.kind) == expected
