"""The claim record the claim finders return, and how a content span becomes one.

A claim's content is trimmed (:func:`quotes.find.claims.claim_bounds.trim`) and typed: *mixed* when it holds
quoted words, *indirect* otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from quotes.find.claims.claim_bounds import trim
from quotes.find.direct.marks import HEIGHT
from quotes.speakers.datelines import dateline_end, paragraph_start
from quotes.speakers.resolve import Mention


@dataclass(frozen=True)
class Claim:
    """A reported or mixed claim, its cue, and its speaker mention (if one was found)."""

    type: Literal["indirect", "mixed"]
    start: int
    end: int
    cue_text: str
    cue_lemma: str
    cue_start: int
    cue_end: int
    mention: Mention | None


#: Quote marks in a content that make it mixed: double marks of any style, an opening single curly
#: mark, two apostrophes (the New York Times' ''double'' mark), or a straight single mark opening a
#: word (an apostrophe inside or after a word, as in "Trump’s", "voters’" or "it's", is not one).
_MIXED_MARKS = re.compile(r"[\"“”‘«»„]|''|(?:^|\s)'\w")


#: Double quote marks, and the two apostrophes some outlets quote with.
DOUBLE_MARK = re.compile("[\"\u201c\u201d\u201e]|''")


def quoted_share(text: str) -> float:
    """The share of a text's letters and digits that stand between double quote marks (an unclosed mark
    quotes to the end)."""
    inside, total, quoted = 0, 0, False
    for piece in re.split(f"({DOUBLE_MARK.pattern})", text):
        if DOUBLE_MARK.fullmatch(piece):
            quoted = not quoted if piece in {'"', "''"} else piece != "\u201d"
            continue
        letters = sum(char.isalnum() for char in piece)
        total += letters
        inside += letters if quoted else 0
    return inside / total if total else 0.0


def quotes_words(content: str) -> bool:
    """Whether a claim's content holds quoted words, which makes it a mixed quote."""
    return _MIXED_MARKS.search(HEIGHT.sub("", content)) is not None  # 6'3" is a height, not a quote


def make_claim(
    text: str, start: int, end: int, cue_start: int, cue_end: int, lemma: str, mention: Mention | None
) -> Claim | None:
    """The claim of a content span, trimmed (:func:`quotes.find.claims.claim_bounds.trim`) and typed mixed
    when it
    holds quoted words.

    Args:
        text: the article text.
        start: where the content starts, before trimming.
        end: where the content ends, before trimming.
        cue_start: where the cue starts.
        cue_end: where the cue ends.
        lemma: the cue's lemma.
        mention: the speaker mention, if one was found.

    Returns:
        The claim, or None when less than three characters of content are left.
    """
    dateline = dateline_end(text, paragraph_start(text, start), end) if start < end else None
    if dateline is not None and start < dateline < cue_start:
        start = dateline  # "LONDON (Reuters) - Rates held, the bank said": the dateline is the writer's
    start, end = trim(text, start, end)
    start = past_closing_mark(text, start, end)
    if end - start < 3:
        return None
    kind: Literal["indirect", "mixed"] = "mixed" if quotes_words(text[start:end]) else "indirect"
    return Claim(kind, start, end, text[cue_start:cue_end], lemma, cue_start, cue_end, mention)


#: A closing mark at the start of a content, with the comma and spaces after it.
_CLOSING_AT_START = re.compile(r"(?:”|''|\")[,\s\u00a0]*")


def past_closing_mark(text: str, start: int, end: int) -> int:
    """``start``, or after the mark when a content opens on the closing mark of a quote that opened
    before it: the title the parse ran into the content ('told ABC’s “Good Morning America” on Monday
    the tone was cordial', 'According to ''The Fixers,'' by Ann Roe, his job was ...') is the writer's.
    A straight or doubled mark closes when an odd number of them stand before it in its paragraph."""
    found = _CLOSING_AT_START.match(text, start, end)
    if found is None:
        return start
    mark = text[start : start + 2] if text.startswith("''", start) else text[start]
    if mark != "\u201d":
        before = text[text.rfind("\n", 0, start) + 1 : start]
        if before.count(mark) % 2 == 0:
            return start  # an opening mark: the content's own quoted words
    return found.end()
