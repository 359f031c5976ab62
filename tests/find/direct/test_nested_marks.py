"""A quote whose words end with a nested quote (issue 14): ``"... 'above the mayor,' " said Tom Hale`` is one
direct record, not also a mixed record of the same words that takes in the opening mark (the claim finder
read the stretch before the cue as a content overlapping the quote). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "\"She went so far as to say she'll be 'above the mayor,' \" said Tom Hale, an activist.",
            "She went so far as to say she'll be 'above the mayor,'",
            "Tom Hale",
        ),
        (
            "\"Everyone keeps asking about the name of 'Hale,' \" said Ann Roe, a voter.",
            "Everyone keeps asking about the name of 'Hale,'",
            "Ann Roe",
        ),
    ],
)
def test_a_quote_ending_in_a_nested_quote_is_one_direct_record(text: str, quote: str, speaker: str) -> None:
    records = [(r.type, r.text, r.speaker.mention) for r in extract(text)]
    assert records == [("direct", quote, speaker)]


def test_a_reported_clause_ending_in_a_quote_stays_mixed() -> None:
    text = "Tom Hale said on Monday that the mayor had acted as if he were 'above the law.'"
    records = [(r.type, r.text) for r in extract(text)]
    assert records == [("mixed", "the mayor had acted as if he were 'above the law.'")]
