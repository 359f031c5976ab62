"""Quoted words in a verb's object or complement (quotes/quoted_objects.py), through the claim finder."""

from __future__ import annotations

import pytest

from tests.claim_helpers import claims_of


def _mixed(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """(content, cue, speaker mention) of the mixed claims of a sentence."""
    return [(content, cue, speaker) for kind, content, cue, speaker in claims_of(nlp, text) if kind == "mixed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We need unity,” said the vice president, urging those calling for a withdrawal to “give him"
            " time.”",
            [("those calling for a withdrawal to “give him time.”", "urging", "the vice president")],
            id="participle-describing-the-addressee-is-no-cue",
        ),
        pytest.param(
            "The governor urged the families waiting outside to “stay calm and keep the roads clear.”",
            [("the families waiting outside to “stay calm and keep the roads clear.”", "urged", "The governor")],
            id="participle-describing-the-addressee-plain-verb",
        ),
        pytest.param(
            "The council issued a statement describing the talks as a “positive step toward a fair deal.”",
            [("the talks as a “positive step toward a fair deal.”", "describing", "The council")],
            id="participle-describing-a-statement-is-its-issuers-cue",
        ),
        pytest.param(
            "The mayor met protesters calling the plan “a disaster for every family in town.”",
            [],
            id="participle-under-a-verb-that-is-no-cue",
        ),
    ],
)
def test_quoted_object(nlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _mixed(nlp, text) == expected
