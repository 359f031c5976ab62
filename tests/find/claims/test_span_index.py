"""SpanIndex answers exactly as a scan of every span would, in the scan's order, nested spans included."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotes.find.claims.reported import SpanIndex

_spans = st.lists(
    st.tuples(st.integers(0, 200), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1])), max_size=30
)


@given(_spans.map(sorted), st.integers(-5, 250), st.integers(0, 60))
def test_answers_of_a_scan_on_spans_in_text_order(
    spans: list[tuple[int, int]], start: int, size: int
) -> None:
    _check(spans, start, start + size)


@given(_spans, st.integers(-5, 250), st.integers(0, 60))
def test_answers_of_a_scan_on_spans_in_any_order(spans: list[tuple[int, int]], start: int, size: int) -> None:
    _check(spans, start, start + size)


def _check(spans: list[tuple[int, int]], start: int, end: int) -> None:
    index = SpanIndex(spans)
    assert index.any_inside(start, end) == any(start <= s and e <= end for s, e in spans)
    assert index.holding(start) == [(s, e) for s, e in spans if s <= start < e]
    assert index.overlapping(start, end) == [
        (i, (s, e)) for i, (s, e) in enumerate(spans) if s < end and start < e
    ]


def test_a_quote_nested_in_a_long_one_is_found_from_both_sides() -> None:
    # a paragraph-long quote holding a short labelled line, then a later quote
    index = SpanIndex([(100, 900), (120, 180), (950, 990)])
    assert index.ordered
    assert index.holding(150) == [(100, 900), (120, 180)]
    assert index.holding(500) == [(100, 900)]
    assert index.holding(920) == []
    assert [i for i, _ in index.overlapping(880, 960)] == [0, 2]
    assert index.any_inside(110, 200) and not index.any_inside(130, 200)
