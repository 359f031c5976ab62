"""Direct quotes: spans between quote marks, unclosed multi-paragraph quotes, and "X said:" blocks.

Two steps, both pure:

* :func:`find_marked_quotes` scans the raw text for quote marks and pairs them, per paragraph. A quote
  that opens a mark, runs to the end of its paragraph without closing, and is followed by a paragraph
  that opens the same mark again, continues into that paragraph (the newspaper convention for long
  quotes), so it becomes one span. Apostrophes ("Trump’s", "doesn't") and short Title Case titles
  ('The A Word') are not quotes.
* :func:`find_direct_quotes` keeps the marked quotes that stand as quotations (a cue before or after,
  a colon, or a paragraph of their own) and adds unmarked paragraphs after "X said:". Short marked
  fragments inside a narrative sentence ("the “big support” it has given") are left to
  :mod:`quotes.reported`, which folds them into mixed quotes.

Spans are the words inside the marks (the marks themselves excluded), as character offsets into
``doc.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from quotes import lexicon

_PARAGRAPH = re.compile(r"[^\n]+")
#: A transcript line: a speaker label in capitals, a colon, the words ("PENCE: Well, look, ...").
_TRANSCRIPT_LINE = re.compile(
    r"[\"“]?(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t\u00a0]+(?P<body>\S)"
)
_OPENING_ONLY = {"“": "”", "‘": "’", "„": "“", "«": "»"}
_CLOSING_ONLY = {"”", "’", "»"}

DirectMode = Literal["cue_after", "cue_before", "previous_paragraph", "continuation", "block", "label"]


@dataclass(frozen=True)
class MarkedQuote:
    """A span between quote marks. ``start``/``end`` are the words inside, marks excluded."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the quote never closes
    start: int
    end: int
    paragraph_start: bool  # the opening mark is the first character of its paragraph
    title: bool  # looks like a title ('The A Word'), not speech


@dataclass(frozen=True)
class DirectQuote:
    """A direct quote and how its cue was found; ``cue`` is a token index into the Doc, if any."""

    start: int
    end: int
    mode: DirectMode
    cue: int | None
    marked: bool
    speaker: tuple[int, int] | None = None  # the speaker label of a transcript line ("PENCE: ...")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():  # Trump’s, doesn't
        return True
    # plural possessive ("allies’ support"): a letter before, a space after, no pending quote decides
    return False


def _mark_role(text: str, i: int, mark: str, pending: str | None) -> Literal["open", "close", "none"]:
    """Whether ``mark`` at ``i`` opens, closes, or is not a quote mark here."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if mark in ("’", "'") and _is_apostrophe(text, i):
        return "none"
    if pending is not None:
        closer = lexicon.QUOTE_PAIRS.get(pending, pending)
        if mark == closer and not before.isspace():
            return "close"
        return "none"  # the same mark misplaced, or nested marks of another kind inside the quote
    if mark in _CLOSING_ONLY:
        return "none"
    if mark in _OPENING_ONLY:
        return "open"
    if mark in ('"', "'", "''"):
        if after.isspace() or not (before.isspace() or before in "([{—–-" or i == 0):
            return "none"
        return "open"
    return "none"


def _looks_like_title(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 6 or any(ch in text for ch in ".,;:!?"):
        return False
    return all(word[0].isupper() or not word[0].isalpha() for word in words)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_marked_quotes(text: str) -> list[MarkedQuote]:
    """Pair the quote marks of ``text`` into quotes, paragraph by paragraph.

    Never raises on unbalanced marks: an unclosed quote runs to the end of its paragraph (or on into
    the next paragraph when that one reopens the same mark).
    """
    paragraphs = _paragraphs(text)
    quotes: list[MarkedQuote] = []
    carry: tuple[int, str, bool] | None = None  # (opening offset, mark, at paragraph start) of a run-on quote
    for number, (p_start, p_end) in enumerate(paragraphs):
        pending: tuple[int, str, bool] | None = None
        i = p_start
        if carry is not None and text.startswith(carry[1], p_start):
            pending = carry
            i = p_start + len(carry[1])
        carry = None
        while i < p_end:
            char = text[i]
            width = 1
            if char in lexicon.QUOTE_CHARS:
                mark = "''" if text.startswith("''", i) else char  # two apostrophes: a double mark
                width = len(mark)
                role = _mark_role(text, i, mark, pending[1] if pending else None)
                if role == "open":
                    pending = (i, mark, i == p_start)
                elif role == "close" and pending is not None:
                    start, end = _strip(text, pending[0] + len(pending[1]), i)
                    if end > start:
                        quotes.append(
                            MarkedQuote(
                                pending[0], i, start, end, pending[2], _looks_like_title(text[start:end])
                            )
                        )
                    pending = None
            i += width
        if pending is not None:
            next_para = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            if (
                next_para is not None
                and text.startswith(pending[1], next_para[0])
                and pending[1] in ('"', "“", "‘", "'", "''")
            ):
                carry = pending
                continue
            start, end = _strip(text, pending[0] + len(pending[1]), p_end)
            if end > start:
                quotes.append(MarkedQuote(pending[0], None, start, end, pending[2], False))
    return quotes


def _tokens(doc: Doc, starts: list[int], start: int, end: int) -> Span:
    """The tokens that start inside ``doc.text[start:end]``; ``starts`` are the token offsets."""
    return doc[bisect_left(starts, start) : bisect_left(starts, end)]


def _token_at(doc: Doc, starts: list[int], offset: int) -> Token | None:
    span = _tokens(doc, starts, 0, offset + 1)
    if len(span) and offset < span[-1].idx + len(span[-1].text):
        return span[-1]
    return None


def _is_cue(token: Token) -> bool:
    return token.lemma_.lower() in lexicon.REPORTING_VERBS and token.pos_ in ("VERB", "AUX")


def _paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> int:
    for number, (start, end) in enumerate(paragraphs):
        if start <= offset < end:
            return number
    return -1


def _cue_after(doc: Doc, starts: list[int], quote: MarkedQuote, para_end: int) -> int | None:
    """A reporting verb just after the closing mark: ``“...,” he said.`` / ``“...” said Mr Wallace``."""
    assert quote.close is not None
    for token in _tokens(doc, starts, quote.close + 1, min(para_end, quote.close + 61)):
        if token.text in (".", "!", "?") or token.text in lexicon.QUOTE_CHARS:
            return None
        if _is_cue(token):
            return token.i
    return None


def _cue_in_clause(doc: Doc, starts: list[int], start: int, end: int) -> int | None:
    """The last reporting verb in ``doc.text[start:end]`` (an introducing clause like "He added:")."""
    found = None
    for token in _tokens(doc, starts, start, end):
        if _is_cue(token):
            found = token.i
    return found


def _cue_right_before(
    doc: Doc, starts: list[int], quote: MarkedQuote, p_start: int, p_end: int
) -> int | None:
    """A reporting verb right before the opening mark (``Jane Doe said, "It is over."``), when the quote
    then runs to the end of its sentence; a fragment inside a clause stays a fragment."""
    if quote.close is None:
        return None
    before = _tokens(doc, starts, p_start, quote.open)
    if len(before) and before[-1].text in (",", ":"):
        before = before[:-1]
    if len(before) and before[-1].dep_ in ("dobj", "dative") and before[-1].head.i == before[-1].i - 1:
        before = before[:-1]  # "asking her, “...”", "told reporters “...”"
    if not len(before) or not _is_cue(before[-1]):
        return None
    after = _tokens(doc, starts, quote.close + 1, p_end)
    for token in after:
        if token.is_sent_start or token.text in lexicon.QUOTE_CHARS:
            break
        if not token.is_punct:
            return None
    return before[-1].i


def _follows_uncued_quote(
    doc: Doc, starts: list[int], found: list[DirectQuote], quote: MarkedQuote, p_start: int
) -> bool:
    """A fragment in the same sentence as an earlier quote with no cue of its own between them:
    ``“The other mistake ...”, a move undertaken by the alliance “for as long as it takes”``."""
    earlier = [q for q in found if p_start <= q.start and q.end <= quote.open]
    if not earlier:
        return False
    last = earlier[-1]
    for token in _tokens(doc, starts, last.end + 1, quote.open):
        if token.text in (".", "!", "?") or _is_cue(token):
            return False
    return True


def _sentence_start(doc: Doc, starts: list[int], offset: int, para_start: int) -> int:
    token = _token_at(doc, starts, offset)
    if token is None:
        return para_start
    return max(token.sent.start_char, para_start)


def _first_person(text: str) -> bool:
    words = re.findall(r"[A-Za-z’']+", text.lower().replace("’", "'"))
    return any(word in lexicon.FIRST_PERSON for word in words)


def find_direct_quotes(doc: Doc, marked: list[MarkedQuote] | None = None) -> list[DirectQuote]:
    """The direct quotes of a parsed Doc, marked and unmarked, in text order.

    Args:
        doc: a Doc parsed by a pipeline with a tagger, lemmatizer and parser.
        marked: the result of :func:`find_marked_quotes` on ``doc.text``, when already computed.
    """
    text = doc.text
    marked = find_marked_quotes(text) if marked is None else marked
    paragraphs = _paragraphs(text)
    starts = [token.idx for token in doc]
    quotes: list[DirectQuote] = _transcript_lines(text, paragraphs)
    for quote in marked:
        if quote.title or any(q.start <= quote.open < q.end for q in quotes if q.mode == "label"):
            continue
        number = _paragraph_of(paragraphs, quote.open)
        p_start, p_end = paragraphs[number]
        sentence_start = _sentence_start(doc, starts, quote.open, p_start)
        lead = text[sentence_start : quote.open].strip()
        starts_sentence = (
            lead == ""
            or quote.paragraph_start
            or text[p_start : quote.open].rstrip().endswith((".", "!", "?"))
        )
        if quote.close is not None and starts_sentence:
            cue = _cue_after(doc, starts, quote, paragraphs[_paragraph_of(paragraphs, quote.close)][1])
            if cue is not None:
                quotes.append(DirectQuote(quote.start, quote.end, "cue_after", cue, True))
                continue
        if text[p_start : quote.open].rstrip().endswith(":"):
            cue = _cue_in_clause(doc, starts, p_start, quote.open)
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", cue, True))
            continue
        cue = _cue_right_before(doc, starts, quote, p_start, p_end)
        if cue is not None:
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", cue, True))
            continue
        if quote.paragraph_start and number > 0:
            previous = text[paragraphs[number - 1][0] : paragraphs[number - 1][1]].rstrip()
            prev_cue = _cue_in_clause(doc, starts, paragraphs[number - 1][0], paragraphs[number - 1][1])
            last_token = _token_at(doc, starts, paragraphs[number - 1][0] + len(previous) - 1)
            if prev_cue is not None and (
                previous.endswith(":") or (last_token is not None and last_token.i == prev_cue)
            ):
                quotes.append(DirectQuote(quote.start, quote.end, "previous_paragraph", prev_cue, True))
                continue
        if (
            quote.paragraph_start
            or (starts_sentence and any(p_start <= q.start and q.end <= quote.open for q in quotes))
            or _follows_uncued_quote(doc, starts, quotes, quote, p_start)
        ):  # a paragraph or sentence of its own after a quote, or a fragment tied to an uncued quote
            quotes.append(DirectQuote(quote.start, quote.end, "continuation", None, True))
    quotes.extend(_unmarked_blocks(doc, starts, paragraphs))
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _transcript_lines(text: str, paragraphs: list[tuple[int, int]]) -> list[DirectQuote]:
    """Paragraphs of an interview transcript: "NAME: words", the words a direct quote of NAME."""
    lines = []
    for p_start, p_end in paragraphs:
        match = _TRANSCRIPT_LINE.match(text, p_start, p_end)
        if match is None or len(match.group("label").replace(" ", "")) < 2:
            continue
        if match.group("label").lower().rstrip(".") in lexicon.NOT_SPEAKER_LABELS:
            continue
        start, end = _strip(text, match.start("body"), p_end)
        if end - start >= 2:
            lines.append(DirectQuote(start, end, "label", None, False, match.span("label")))
    return lines


def _unmarked_blocks(doc: Doc, starts: list[int], paragraphs: list[tuple[int, int]]) -> list[DirectQuote]:
    """Paragraphs without marks after a paragraph ending "X said:", while they speak in the first person."""
    text = doc.text
    blocks: list[DirectQuote] = []
    for number, (p_start, p_end) in enumerate(paragraphs[:-1]):
        intro = text[p_start:p_end].rstrip()
        if not intro.endswith(":"):
            continue
        cue = _cue_in_clause(doc, starts, p_start, p_end)
        if cue is None:
            continue
        for follow, (f_start, f_end) in enumerate(paragraphs[number + 1 :]):
            body_start, body_end = _strip(text, f_start, f_end)
            if text[body_start] in lexicon.QUOTE_CHARS or not _first_person(text[body_start:body_end]):
                break
            blocks.append(
                DirectQuote(
                    body_start,
                    body_end,
                    "block" if follow == 0 else "continuation",
                    cue if follow == 0 else None,
                    False,
                )
            )
    return blocks
