from __future__ import annotations

import pytest

from quotes.find.direct.marks import find_marked_quotes
from quotes.find.direct.quote_spans import Spans, closed_end, reads_as_title


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Why the River Keeps Moving On", True),
        ("State of the Union", True),
        ("Peace", True),
        ("we are the champions", False),
        ("a Hand in every pocket", False),
        ("", False),
    ],
)
def test_reads_as_title(words: str, expected: bool) -> None:
    assert reads_as_title(words) is expected


@pytest.mark.parametrize(
    ("offset", "inside"),
    [(0, False), (4, True), (9, True), (10, False), (20, True), (25, False)],
)
def test_spans_contains(offset: int, inside: bool) -> None:
    spans = Spans([(4, 10), (18, 25)])
    assert (offset in spans) is inside


@pytest.mark.parametrize(
    ("start", "end", "overlaps"),
    [(0, 4, False), (0, 5, True), (10, 18, False), (24, 30, True), (26, 30, False)],
)
def test_spans_overlaps(start: int, end: int, overlaps: bool) -> None:
    assert Spans([(4, 10), (18, 25)]).overlaps(start, end) is overlaps


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("He called it “a mess” today.", "“a mess”"),
        ("He called it ''a mess'' today.", "''a mess''"),
    ],
)
def test_closed_end_takes_the_closing_mark(text: str, closed: str) -> None:
    quote = find_marked_quotes(text)[0]
    assert text[quote.open : closed_end(text, quote)] == closed
