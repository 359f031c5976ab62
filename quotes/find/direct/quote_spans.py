"""Character spans of marked quotes, closing marks included, and fast look-ups in them.

The claim finders ask, for every cue and fragment, whether an offset lies inside a quote or which
quotes open in a stretch of text; :class:`Spans` answers in logarithmic time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

from quotes.find.direct.marks import MarkedQuote

#: Small words a title leaves in lower case ("State of the Union").
TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "from", "or", "is"}
)


class Spans:
    """Character spans, asked "is this offset inside one?" or "does this range overlap one?" in
    logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def __contains__(self, offset: int) -> bool:
        k = bisect_right(self.starts, offset)
        return bool(k) and self.reach[k - 1] > offset

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)``."""
        k = bisect_left(self.starts, end)
        return bool(k) and self.reach[k - 1] > start

    def opening_between(self, low: int, high: int) -> list[tuple[int, int]]:
        """The spans starting at or after ``low`` and before ``high``, in order."""
        return self.spans[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def start_between(self, low: int, high: int) -> bool:
        """Whether a span starts after ``low`` and before ``high``."""
        k = bisect_right(self.starts, low)
        return k < len(self.starts) and self.starts[k] < high


def closed_end(text: str, quote: MarkedQuote) -> int:
    """Where a marked quote ends, its closing mark included (two apostrophes are one mark).

    Args:
        text: the article text the quote was found in.
        quote: a marked quote of ``text``.
    """
    if quote.close is None:
        return quote.end
    return quote.close + (2 if text.startswith("''", quote.close) else 1)


def reads_as_title(words: str) -> bool:
    """Whether quoted words read as a title: every word capitalised but the small ones.

    Args:
        words: the quoted words, without their marks.
    """
    split = words.split()
    if not split or len(split) > 8 or not split[0][:1].isupper():
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in TITLE_SMALL_WORDS for w in split)
