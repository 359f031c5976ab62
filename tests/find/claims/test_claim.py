"""A claim's content never takes in the dateline its paragraph opens with (quotes/find/claims/claim.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.find.claims.claim import make_claim

CASES = [
    # (text, the words before the cue that hold the content, the content left)
    ("LONDON (Reuters) - Rates will stay on hold, the bank said.", "Rates will stay on hold"),
    ("JERUSALEM/GAZA (Reuters) - The truce will hold, the ministry said.", "The truce will hold"),
    ("ABUJA—Fuel prices will fall, the minister said.", "Fuel prices will fall"),
    # negative: a paragraph with no dateline keeps its first words
    ("LONDON is expensive, the survey said.", "LONDON is expensive"),
]


@pytest.mark.parametrize(("text", "content"), CASES)
def test_a_dateline_is_never_content(text: str, content: str) -> None:
    cue = text.rindex("said")
    claim = make_claim(text, 0, text.rindex(",", 0, cue), cue, cue + 4, "say", None)
    assert claim is not None
    assert text[claim.start : claim.end] == content
