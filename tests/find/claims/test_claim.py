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


#: (text, where the content was found to start, the content left, its type): a content that opens on
#: the closing mark of a title starts after it; an opening mark stays.
CLOSING_MARK_CASES = [
    (
        "She told ABC’s “Good Morning America” on Monday the talks went well.",
        "” on Monday",
        "on Monday the talks went well",
        "indirect",
    ),
    (
        "According to ''The Long Road,'' by Ann Roe, the mayor never wanted the job.",
        "'' by Ann Roe",
        "by Ann Roe, the mayor never wanted the job",
        "indirect",
    ),
    (
        'In "Hard Times," the author wrote, the city was "a mess."',
        '" the author',
        'the author wrote, the city was "a mess."',
        "mixed",
    ),
    # negative: an opening mark starts the speaker's quoted words
    ('He said "the plan is dead" after the vote.', '"the plan', '"the plan is dead" after the vote', "mixed"),
    (
        "He said ''the plan is dead'' after the vote.",
        "''the plan",
        "''the plan is dead'' after the vote",
        "mixed",
    ),
]


@pytest.mark.parametrize(("text", "opening", "content", "kind"), CLOSING_MARK_CASES)
def test_a_content_never_opens_on_a_closing_mark(text: str, opening: str, content: str, kind: str) -> None:
    start = text.index(opening)
    claim = make_claim(text, start, len(text), 0, 2, "say", None)
    assert claim is not None
    assert (text[claim.start : claim.end], claim.type) == (content, kind)
