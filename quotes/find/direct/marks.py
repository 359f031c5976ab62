"""Quote marks: pairing them into the spans between them, and the direct-quote types.

:func:`find_marked_quotes` scans the raw text for quote marks and pairs them, per paragraph. A quote
that opens a mark, runs to the end of its paragraph without closing, and is followed by a paragraph
that opens the same mark again, continues into that paragraph (the newspaper convention for long
quotes), so it becomes one span. Apostrophes ("Trump’s", "doesn't", "the '90s"), a nickname
between the words of a name ('Maria "Ria" Lopez') and short Title Case titles ('The A Word') are
not quotes. Archive and pasted copy is paired by where a mark stands, not only by its kind: two
apostrophes as a double mark (''like this''), ``"...”`` and ``“...“``, a right mark opening a quote,
one nested quote closing next to the outer mark.

Which marked quotes stand as quotations, and whose, is decided by
:func:`quotes.find.direct.direct.find_direct_quotes`;
its result type :class:`DirectQuote` is defined here beside :class:`MarkedQuote`, where the other
finders import both from.

Spans are the words inside the marks (the marks themselves excluded), as character offsets into
the text. Pure functions: no I/O, no state.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from quotes.lexicon import cues as lexicon
from quotes.lexicon import names as name_lexicon

_PARAGRAPH = re.compile(r"[^\n]+")
#: Any one quote mark of :data:`~quotes.lexicon.cues.QUOTE_CHARS`.
_QUOTE_CHAR = re.compile("[" + "".join(sorted(map(re.escape, lexicon.QUOTE_CHARS))) + "]")


_OPENING_ONLY = {"“": "”", "‘": "’", "„": "“", "«": "»"}


_CLOSING_ONLY = {"”", "’", "»"}


#: Invisible characters (direction marks pasted from social media) that may stand before a mark.
_FORMAT_CHARS = " \t\u00a0\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


#: Double marks that close one another when one is misused for the other (``"...”``, ``“..."``, ``“...“``).
_DOUBLE_MARKS = frozenset({'"', "“", "”"})


DirectMode = Literal[
    "cue_after", "cue_before", "cue_inside", "dash", "previous_paragraph", "continuation", "block", "label"
]


#: A height in feet and inches (6'3", 5’11''): the double mark after the inches is no quote mark.
HEIGHT = re.compile(r"\d['’′] ?\d{1,2}(?:\"|''|”|″)")
#: The feet and inches before such a mark.
_HEIGHT_BEFORE = re.compile(r"\d['’′] ?\d{1,2}\Z")


#: Words that begin with an apostrophe standing for missing letters or digits ('90s, ’em, 'til, 'n').
_ELISION = re.compile(r"(?:\d0s|em|til|cause)\b|n['’]\s", re.IGNORECASE)


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
    #: The head token of the speaker mention where the cue does not lead to it: the name after a dash,
    #: "From X:", "Daron Shaw:", or the first name between a closing mark and its cue.
    speaker_token: int | None = None


#: A nickname in quote marks right before a capitalised word on the same line: the rest of 'Robert C.
#: "Bobby" Hale'.
_NICKNAME = re.compile(
    r"""(?:"[A-Z][\w.\-]*"|“[A-Z][\w.\-]*”|‘[A-Z][\w.\-]*’|'[A-Z][\w.\-]*')(?=[ \u00a0]+[A-Z])"""
)
#: The word right before a nickname's opening mark.
_WORD_BEFORE = re.compile(r"\b([A-Z][\w\-]*\.?)[ \u00a0]+\Z")
#: Initials ("C.", "C.L.").
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def nickname_end(text: str, i: int) -> int | None:
    """The offset after a nickname whose opening mark stands at ``i`` between a given name (or an
    initial) and a capitalised word ('Robert C. "Bobby" Hale', "Maria ‘Ria’ Lopez"), or ``None``: such
    marks quote nobody. A word in marks after other capitalised words is left alone (a headline's "Trump
    Was ‘Mocking’ Clinton")."""
    found = _NICKNAME.match(text, i)
    if found is None:
        return None
    before = _WORD_BEFORE.search(text, max(0, i - 40), i)
    if before is None:
        return None
    word = before.group(1)
    given = word.lower() in name_lexicon.MALE_GIVEN_NAMES or word.lower() in name_lexicon.FEMALE_GIVEN_NAMES
    return found.end() if given or _INITIALS.fullmatch(word) else None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the non-blank lines of ``text``, the paragraphs quotes live in."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def is_apostrophe(text: str, i: int) -> bool:
    """Whether the single mark at ``i`` is an apostrophe (inside a word, or for missing letters or
    digits: "the '90s"), not a quote mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():  # Trump’s, doesn't
        return True
    if after.isalnum() and _ELISION.match(text, i + 1):  # the '90s, rock ’n’ roll, get 'em
        return True
    if i >= 3 and text[i - 1] in "nN" and text[i - 2] in "'’" and text[i - 3].isspace():
        return True  # the second mark of "rock 'n' roll"
    # plural possessive ("allies’ support"): a letter before, a space after, no pending quote decides
    return False


def _opening_shape(text: str, i: int, width: int, p_start: int) -> bool:
    """Whether a mark at ``i`` stands where a quote opens: after a space, a bracket, a dash, a colon or
    the paragraph start (an invisible direction mark, as pasted from social media, counts as nothing),
    and before a word."""
    before = _visible_before(text, i, p_start)
    after = text[i + width] if i + width < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([{—–-:")


def _visible_before(text: str, i: int, p_start: int) -> str:
    """The character before ``i``, skipping format characters; a space at the paragraph start."""
    j = i - 1
    while j >= p_start and unicodedata.category(text[j]) == "Cf":
        j -= 1
    return text[j] if j >= p_start else " "


def _detached_close(text: str, i: int, width: int) -> bool:
    """A closing mark set off by a space after the quote's last punctuation: ``“... that advice, ” he
    said`` (a mark with spaces on both sides opens nothing)."""
    after = text[i + width] if i + width < len(text) else " "
    return i >= 2 and text[i - 1] == " " and text[i - 2] in ",.?!" and after.isspace()


def _closing_shape(text: str, i: int, width: int) -> bool:
    """Whether a mark at ``i`` stands where a quote closes: after a word or punctuation, before a
    space, punctuation or the end of the text."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _mark_role(
    text: str,
    i: int,
    mark: str,
    pending: str | None,
    p_start: int = 0,
    mismatch: bool = True,
    after_nested: bool = False,
) -> Literal["open", "close", "none"]:
    """Whether ``mark`` at ``i`` opens, closes, or is not a quote mark here.

    Beside the regular pairs, a quote may open with ``"`` and close with ``”`` or the reverse, and a
    curly mark may face the wrong way (``”Sorry, Sarah,” posted ...`` opens with a right mark,
    ``“Are you serious?“ he asked`` closes with a left one): what decides is where the mark stands.
    ``mismatch`` allows those mixed pairs (not while a nested quote is open); ``after_nested`` allows
    a closing mark after a space when a nested quote has just closed (``‘a disgrace,’ ” she said``).
    """
    before = text[i - 1] if i > 0 else " "
    if mark in ("’", "'") and is_apostrophe(text, i):
        return "none"
    if mark == '"' and (before == "=" or text.startswith((">", "/>"), i + 1)):
        return "none"  # an attribute of embedded markup ('<tweet tweet-date="May 1, 2016">')
    if pending is not None:
        closer = lexicon.QUOTE_PAIRS.get(pending, pending)
        if mark == closer and (not before.isspace() or after_nested or _detached_close(text, i, len(mark))):
            return "close"
        if mark == "'.'":
            return "close"
        if mismatch and {pending, mark} <= _DOUBLE_MARKS and _closing_shape(text, i, len(mark)):
            return "close"  # "...” / “..." / “...“
        return "none"  # the same mark misplaced, or nested marks of another kind inside the quote
    if mark == "”" and (_opening_shape(text, i, 1, p_start) or not text[p_start:i].strip(_FORMAT_CHARS)):
        return "open"  # a right mark used as the opening one ("” … in the case of" at a paragraph start)
    if mark in _CLOSING_ONLY or (mark == "‘" and before.isalnum()):
        return "none"  # a left single mark after a letter is a misprinted apostrophe ("CBS‘ show")
    if mark in _OPENING_ONLY:
        return "open"
    if mark in ('"', "'", "''"):
        return "open" if _opening_shape(text, i, len(mark), p_start) else "none"
    return "none"


def _plural_possessive(text: str, i: int, p_end: int, mark: str) -> bool:
    """Whether a single closing mark at ``i`` is the apostrophe of a plural possessive ("the allies’
    plans") inside a quote in single marks: an "s" before it, a lower-case word after it, and another
    closing mark later in the paragraph that ends the quote (the caller asks only of quotes of a few
    words already, so "said ‘thanks’ to the ‘friends’" pairs as written)."""
    if mark not in ("’", "'") or i == 0 or text[i - 1] != "s":
        return False
    if not (text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()):
        return False
    later = text.find(mark, i + 1, p_end)
    while later != -1 and is_apostrophe(text, later):
        later = text.find(mark, later + 1, p_end)
    return later != -1


#: Small words a title leaves in lower case ('State of the Union', 'Orange Is the New Black').
_TITLE_SMALL_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "from"}
)


def looks_like_title(text: str) -> bool:
    """Whether quoted words look like a short Title Case title ('The A Word'), not speech."""
    words = text.split()
    if not words or len(words) > 6 or any(ch in text for ch in ".,;:!?"):
        return False
    if not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    return all(word[0].isupper() or not word[0].isalpha() or word in _TITLE_SMALL_WORDS for word in words)


_TITLE_PUNCTUATION = ".,;:!?…-—'’\"“”‘"
#: A noun naming a work, then a comma, right before a quote ("its podcast, “...”"); or a verb of
#: performing one right before it ("went on to sing “...”").
_WORK_BEFORE = re.compile(r"(\w+)(,?)\s*$")


def named_work(text: str, open_: int, close: int, start: int, end: int) -> bool:
    """Whether a quote is the Title Case name of a work, even with punctuation inside: after the
    noun that says what it is, set off by a comma (``its politics podcast, “So, That Happened.”``),
    or after a verb of performing it (``went on to sing “Born in the USA.”``). Not when a verb of
    saying follows (``On his podcast, “We Will Win,” the senator said``)."""
    words = [w.strip(_TITLE_PUNCTUATION) for w in text[start:end].split()]
    words = [w for w in words if w]
    if not words or len(words) > 8:
        return False
    if not all(w[0].isupper() or w in _TITLE_SMALL_WORDS or not w[0].isalpha() for w in words):
        return False
    before = _WORK_BEFORE.search(text, max(0, open_ - 30), open_)
    if before is None:
        return False
    word, comma = before.group(1).lower(), before.group(2)
    if not (comma and word in lexicon.WORK_NOUNS) and not (not comma and word in lexicon.PERFORMING_FORMS):
        return False
    after = text[close + 1 : close + 60].split("\n")[0].lower().split()[:4]
    return not any(w.strip(_TITLE_PUNCTUATION) in lexicon.SAYING_WORDS for w in after)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past the whitespace at both ends of ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_marked_quotes(text: str) -> list[MarkedQuote]:
    """Pair the quote marks of ``text`` into quotes, paragraph by paragraph.

    One level of nesting is followed (``“He called it ‘a disgrace,’ ” she said``), so a mark that
    closes the nested quote is not taken for the end of the outer one, and the outer closing mark
    may stand after a space that follows the nested one. Never raises on unbalanced marks: an
    unclosed quote runs to the end of its paragraph (or on into the next paragraph when that one
    reopens the same mark).
    """
    paragraphs = paragraph_spans(text)
    quotes: list[MarkedQuote] = []
    carry: tuple[int, str, bool] | None = None  # (opening offset, mark, at paragraph start) of a run-on quote
    for number, (p_start, p_end) in enumerate(paragraphs):
        pending: tuple[int, str, bool] | None = None
        nested: str | None = None  # the closing mark of a quote open inside the pending one
        nested_end = -1  # the offset after the latest nested quote's closing mark
        i = p_start
        if carry is not None and text.startswith(carry[1], p_start):
            pending = carry
            i = p_start + len(carry[1])
        carry = None
        while i < p_end:
            found = _QUOTE_CHAR.search(text, i, p_end)  # the next mark, skipping the words in one step
            if found is None:
                break
            i, char = found.start(), found.group()
            nickname = nickname_end(text, i)
            if nickname is not None:  # 'Marcia "Cia" Price' is a name, not a quote
                i = nickname
                continue
            mark = "''" if text.startswith("''", i) else char  # two apostrophes: a double mark
            if mark in ('"', "''", "”") and _HEIGHT_BEFORE.search(text, max(p_start, i - 5), i):
                i += len(mark)  # "he is 6'3" tall": the inches sign
                continue
            if nested == "'" and text.startswith("'''", i):
                mark = "'"  # "''... 'a special case,''' he said": the nested quote closes first
            if (
                pending is not None
                and pending[1] == "''"
                and nested is None
                and text.startswith(".'.'", i - 1)
            ):
                mark = "'.'"  # "''... northern Syria.'.')": the archive copy's garbled closing mark
            if pending is None:
                if _mark_role(text, i, mark, None, p_start) == "open":
                    pending = (i, mark, not text[p_start:i].strip(_FORMAT_CHARS))
                    nested, nested_end = None, -1
            elif nested is not None and _closes_nested(text, i, mark, nested, pending[1]):
                nested, nested_end = None, i + len(mark)
            else:
                after_nested = nested_end > pending[0] and not text[nested_end:i].strip()
                role = _mark_role(text, i, mark, pending[1], p_start, nested is None, after_nested)
                if role == "close":
                    # a short quote pairs as written ("said ‘thanks’"), unless it opens a sentence at its
                    # paragraph's start: "‘The workers’ rights are at stake,’ he said"
                    short = len(text[pending[0] : i].split()) < 3 and not _opens_sentence(text, pending)
                    if short or not _plural_possessive(text, i, p_end, mark):
                        start, end = strip_span(text, pending[0] + len(pending[1]), i)
                        if end > start:
                            title = looks_like_title(text[start:end])
                            title = title or named_work(text, pending[0], i, start, end)
                            quotes.append(MarkedQuote(pending[0], i, start, end, pending[2], title))
                        pending = None
                    # else "the allies’ plans" inside a quote in single marks
                elif nested is None and _opens_nested(text, i, mark, pending[1], p_start):
                    nested = lexicon.QUOTE_PAIRS.get(mark, mark)
            i += len(mark)
        if pending is not None:
            next_para = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            if (
                next_para is not None
                and text.startswith(pending[1], next_para[0])
                and pending[1] in ('"', "“", "”", "‘", "'", "''")
            ):
                carry = pending
                continue
            start, end = strip_span(text, pending[0] + len(pending[1]), p_end)
            if end > start:
                quotes.append(MarkedQuote(pending[0], None, start, end, pending[2], False))
    return quotes


def _opens_sentence(text: str, pending: tuple[int, str, bool]) -> bool:
    """Whether a pending quote opens its paragraph, or a sentence after one that ended ("... leads the
    union. ‘Members’ pay has fallen,’ she said"), with a capital letter: a quoted sentence, not a term."""
    first = pending[0] + len(pending[1])
    if not text[first : first + 1].isupper():
        return False
    return pending[2] or text[: pending[0]].rstrip(" \u00a0")[-1:] in (".", "!", "?")


def _opens_nested(text: str, i: int, mark: str, pending: str, p_start: int) -> bool:
    """Whether ``mark`` opens a quote inside the pending one (a mark unlike the pending quote's own)."""
    if mark in ("’", "'") and is_apostrophe(text, i):
        return False
    if mark in (pending, lexicon.QUOTE_PAIRS.get(pending, pending)) or mark in ("’", "»"):
        return False
    return _opening_shape(text, i, len(mark), p_start)


def _closes_nested(text: str, i: int, mark: str, nested: str, pending: str) -> bool:
    """Whether ``mark`` closes the nested quote rather than the pending one (whose own closing mark
    wins, unless the mark is of the nested kind too)."""
    if mark in ("’", "'") and is_apostrophe(text, i):
        return False
    if mark == lexicon.QUOTE_PAIRS.get(pending, pending) and mark != nested:
        return False
    same = mark == nested or {mark, nested} <= _DOUBLE_MARKS
    return same and not text[i - 1].isspace()
