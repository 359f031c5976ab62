"""Direct quotes: spans between quote marks, unclosed multi-paragraph quotes, and "X said:" blocks.

Two steps, both pure:

* :func:`find_marked_quotes` scans the raw text for quote marks and pairs them, per paragraph. A quote
  that opens a mark, runs to the end of its paragraph without closing, and is followed by a paragraph
  that opens the same mark again, continues into that paragraph (the newspaper convention for long
  quotes), so it becomes one span. Apostrophes ("Trump’s", "doesn't", "the '90s") and short Title
  Case titles ('The A Word') are not quotes. Archive and pasted copy is paired by where a mark
  stands, not only by its kind: two apostrophes as a double mark (''like this''), ``"...”`` and
  ``“...“``, a right mark opening a quote, one nested quote closing next to the outer mark.
* :func:`find_direct_quotes` keeps the marked quotes that stand as quotations (a cue before or after,
  a colon or a dash, a clause ending in a comma before a whole sentence, or a paragraph or sentence
  going on after a quote or a reported claim) and adds unmarked paragraphs after "X said:". Short
  marked fragments inside a narrative sentence ("the “big support” it has given") are left to
  :mod:`quotes.reported`, which folds them into mixed quotes.

Spans are the words inside the marks (the marks themselves excluded), as character offsets into
``doc.text``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from quotes import lexicon

_PARAGRAPH = re.compile(r"[^\n]+")
#: A transcript line: a speaker label in capitals, a colon, the words ("PENCE: Well, look, ...").
_TRANSCRIPT_LINE = re.compile(
    r"[\"“]?(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t\u00a0]+(?P<body>\S)"
)
_OPENING_ONLY = {"“": "”", "‘": "’", "„": "“", "«": "»"}
_CLOSING_ONLY = {"”", "’", "»"}
#: Invisible characters (direction marks pasted from social media) that may stand before a mark.
_FORMAT_CHARS = " \t\u00a0\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
#: Double marks that close one another when one is misused for the other (``"...”``, ``“..."``, ``“...“``).
_DOUBLE_MARKS = frozenset({'"', "“", "”"})

DirectMode = Literal[
    "cue_after", "cue_before", "cue_inside", "dash", "previous_paragraph", "continuation", "block", "label"
]
#: Words that begin with an apostrophe standing for missing letters or digits ('90s, ’em, 'til, 'n').
_ELISION = re.compile(r"(?:\d0s|em|til|cause)\b|n['’]\s", re.IGNORECASE)
#: A comma or a dash between a clause and the quote it introduces ("he wrapped up — “We will win!” —").
_CLAUSE_BREAKS = (",", "-", "--", "—", "–")
#: Dashes that attribute a quote to the name after them (``“...” ― Steve Quinlan``).
_DASHES = "―—–-"
#: At most this many characters between a closing mark and its cue (``“...,” Doug Usher, director of
#: research at a polling firm, said``).
_CUE_AFTER_REACH = 250
#: A line at most this long, opening with a quote and going on after it, reads as a headline.
_HEADLINE_LENGTH = 100


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


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():  # Trump’s, doesn't
        return True
    if after.isalnum() and _ELISION.match(text, i + 1):  # the '90s, rock ’n’ roll, get 'em
        return True
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
    if mark in ("’", "'") and _is_apostrophe(text, i):
        return "none"
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
    while later != -1 and _is_apostrophe(text, later):
        later = text.find(mark, later + 1, p_end)
    return later != -1


#: Small words a title leaves in lower case ('State of the Union', 'Orange Is the New Black').
_TITLE_SMALL_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "from"}
)


def _looks_like_title(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 6 or any(ch in text for ch in ".,;:!?"):
        return False
    if not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    return all(word[0].isupper() or not word[0].isalpha() or word in _TITLE_SMALL_WORDS for word in words)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
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
    paragraphs = _paragraphs(text)
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
            char = text[i]
            if char not in lexicon.QUOTE_CHARS:
                i += 1
                continue
            mark = "''" if text.startswith("''", i) else char  # two apostrophes: a double mark
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
                    if len(text[pending[0] : i].split()) < 3 or not _plural_possessive(text, i, p_end, mark):
                        start, end = _strip(text, pending[0] + len(pending[1]), i)
                        if end > start:
                            title = _looks_like_title(text[start:end])
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
            start, end = _strip(text, pending[0] + len(pending[1]), p_end)
            if end > start:
                quotes.append(MarkedQuote(pending[0], None, start, end, pending[2], False))
    return quotes


def _opens_nested(text: str, i: int, mark: str, pending: str, p_start: int) -> bool:
    """Whether ``mark`` opens a quote inside the pending one (a mark unlike the pending quote's own)."""
    if mark in ("’", "'") and _is_apostrophe(text, i):
        return False
    if mark in (pending, lexicon.QUOTE_PAIRS.get(pending, pending)) or mark in ("’", "»"):
        return False
    return _opening_shape(text, i, len(mark), p_start)


def _closes_nested(text: str, i: int, mark: str, nested: str, pending: str) -> bool:
    """Whether ``mark`` closes the nested quote rather than the pending one (whose own closing mark
    wins, unless the mark is of the nested kind too)."""
    if mark in ("’", "'") and _is_apostrophe(text, i):
        return False
    if mark == lexicon.QUOTE_PAIRS.get(pending, pending) and mark != nested:
        return False
    same = mark == nested or {mark, nested} <= _DOUBLE_MARKS
    return same and not text[i - 1].isspace()


def _tokens(doc: Doc, starts: list[int], start: int, end: int) -> Span:
    """The tokens that start inside ``doc.text[start:end]``; ``starts`` are the token offsets."""
    return doc[bisect_left(starts, start) : bisect_left(starts, end)]


def _token_at(doc: Doc, starts: list[int], offset: int) -> Token | None:
    span = _tokens(doc, starts, 0, offset + 1)
    if len(span) and offset < span[-1].idx + len(span[-1].text):
        return span[-1]
    return None


def _is_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return (lemma in lexicon.REPORTING_VERBS or lemma in lexicon.DIRECT_QUOTE_VERBS) and token.pos_ in (
        "VERB",
        "AUX",
    )


def _first_nominal(span: Span) -> int | None:
    """The head of the first name or noun phrase in ``span`` (``, Brent Bozell III, founder of ...``)."""
    for token in span:
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.lower_ not in lexicon.FIRST_PERSON:
            head = token
            while head.dep_ in ("compound", "flat") and head.head.i < span.end and head.head.i > head.i:
                head = head.head
            return head.i
    return None


def _subject_fragment(text: str, quote: MarkedQuote) -> bool:
    """A quoted phrase that opens the writer's sentence and goes on in it (``“Boots on the ground”
    would help``, ``“I held and hugged” the families``): no punctuation closes the quoted words, and
    a lower-case word follows the closing mark."""
    assert quote.close is not None
    rest = text[quote.close + 1 : quote.close + 40].lstrip(" " + "".join(lexicon.QUOTE_CHARS))
    words = text[quote.start : quote.end].rstrip(" " + "".join(lexicon.QUOTE_CHARS))  # nested marks
    return bool(words) and words[-1] not in ".,!?…;:-—" and bool(rest) and rest[0].islower()


def _speaker_near_cue(doc: Doc, starts: list[int], quote: MarkedQuote, cue: int) -> int | None:
    """The head of the speaker's name around a cue after a quote: between the closing mark and the
    cue (``“...,” Jane Roe, a farmer, said``), else right after a cue that follows the mark
    (``“Safety,” said Roe, a nurse.``), where parses often miss the inverted subject."""
    assert quote.close is not None
    between = _tokens(doc, starts, quote.close + 1, doc[cue].idx)
    found = _first_nominal(between)
    if found is not None or any(not t.is_punct for t in between):
        return found
    sentence_end = doc[cue].sent.end
    return _first_nominal(doc[cue + 1 : min(cue + 6, sentence_end)])


def _paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> int:
    for number, (start, end) in enumerate(paragraphs):
        if start <= offset < end:
            return number
    return -1


def _cue_after(doc: Doc, starts: list[int], quote: MarkedQuote, para_end: int) -> int | None:
    """A reporting verb after the closing mark, in the same sentence: ``“...,” he said.`` /
    ``“...” said Mr Wallace`` / ``“...,” Hugh Hill, a doctor who treated him, said``."""
    assert quote.close is not None
    first = True
    name_end = -1  # the closing mark of a quoted name in the aside ("wearing “Roe” campaign pins")
    for token in _tokens(doc, starts, quote.close + 1, min(para_end, quote.close + _CUE_AFTER_REACH)):
        if token.idx <= quote.close + 2 and _only_marks(token.text):
            continue  # the rest of a closing mark after a nested quote's own
        if token.i <= name_end:
            continue
        if not first and token.text == "“":
            name_end = _quoted_name_end(doc, token.i)
            if name_end > token.i:
                continue
        if token.text in (".", "!", "?", ";") or _only_marks(token.text):
            return None
        if (
            first
            and token.is_sent_start
            and token.lower_ in lexicon.PRONOUNS
            and _ends_statement(doc, token.i)
        ):
            return None  # "“We will sue.” She then announced ...": a new sentence with a cue of its own
        first = False
        if _is_cue(token):
            return token.i
    return None


def _attribution_frame(
    doc: Doc, text: str, starts: list[int], quote: MarkedQuote, para_end: int
) -> int | None:
    """The verb of an attribution after a quoted sentence, when it is no reporting verb: ``“...,”
    he fumed.``, ``“...!” blared the front page.``, ``“...?” Roe pressed.``. The frame itself marks
    speech: punctuation closing the quoted words, then a clause that is only a subject and an
    intransitive verb (in either order), ended by the sentence."""
    assert quote.close is not None
    if text[quote.end - 1] not in ",!?":
        return None
    clause = []
    for token in _tokens(doc, starts, quote.close + 1, min(para_end, quote.close + 80)):
        if token.idx > quote.close + 2 and (token.is_sent_start or token.text in (".", "!", "?", ";", ",")):
            break
        if _only_marks(token.text) or token.is_space:
            continue
        clause.append(token)
    if clause and text[quote.end - 1] in "!?" and clause[0].text in ("He", "She", "They", "I", "We", "It"):
        return None  # "“Why not?” He walked out.": a new sentence of the writer's
    verbs = [t for t in clause if t.pos_ == "VERB"]
    if len(verbs) != 1 or verbs[0].tag_ not in ("VBD", "VBZ") or len(clause) > 9:
        return None
    verb = verbs[0]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c in clause]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp")]
    if len(subjects) != 1 or any(c.idx > quote.close for c in objects):  # the quote may be its object
        return None
    if any(
        t.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "ADP", "ADV", "PART")
        for t in clause
        if t is not verb
    ):
        return None
    return verb.i


def _quoted_name_end(doc: Doc, i: int) -> int:
    """The closing mark of a short quoted name opening at token ``i`` (``“Ted Cruz”``: capitalised
    words only), or -1."""
    for j in range(i + 1, min(i + 5, len(doc))):
        if doc[j].text == "”":
            return j if j > i + 1 else -1
        if not (doc[j].is_alpha and doc[j].text[0].isupper()):
            return -1
    return -1


def _ends_statement(doc: Doc, i: int) -> bool:
    """Whether the last word before token ``i`` and its closing marks is a full stop."""
    j = i - 1
    while j > 0 and _only_marks(doc[j].text):
        j -= 1
    return doc[j].text == "."


def _only_marks(word: str) -> bool:
    return all(char in lexicon.QUOTE_CHARS for char in word)


def _dash_speaker(doc: Doc, text: str, starts: list[int], quote: MarkedQuote, para_end: int) -> int | None:
    """The name after a dash that ends a paragraph: ``“...” ― Steve Quinlan``."""
    assert quote.close is not None
    rest = text[quote.close + 1 : para_end]
    stripped = rest.lstrip(" \t\u00a0")
    if not stripped or stripped[0] not in _DASHES or len(stripped) > 80:
        return None
    offset = para_end - len(stripped)
    named = _tokens(doc, starts, offset, para_end)
    if any(token.pos_ in ("VERB", "AUX") and token.is_lower for token in named):
        return None  # "“...!” — the crowd cheered": the sentence goes on, no name
    return _first_nominal(named)


def _colon_intro(doc: Doc, starts: list[int], lead_start: int, colon: int) -> tuple[int | None, int | None]:
    """Cue and speaker of a clause that ends in a colon before a quote but has no reporting verb.

    ``Republican pollster Daron Shaw:`` and ``Trump:`` name the speaker; ``From Jane Roe at the Post:``
    names it after "From"; otherwise the clause's main verb is the cue (``Cruz called them on it:``).
    Returns ``(cue, speaker_token)``, either or both ``None``.
    """
    mark = _token_at(doc, starts, colon)
    if mark is None or mark.i == 0:
        return None, None
    last = doc[mark.i - 1]
    sentence = doc[max(last.sent.start, bisect_left(starts, lead_start)) : last.i + 1]
    words = [t for t in sentence if not t.is_punct]
    if len(words) > 2 and words[0].lower_ == "according" and words[1].lower_ == "to":
        return None, words[2].i if len(words) == 3 else _first_nominal(
            sentence[words[2].i - sentence.start :]
        )
    if words and words[0].lower_ == "from":
        objects = [c for c in words[0].children if c.dep_ == "pobj"]
        if objects:  # "From the governor's statement:" is the governor's
            owners = [c for c in objects[0].children if c.dep_ == "poss"]
            return None, (owners[0] if owners else objects[0]).i
    if last.ent_type_ in ("PERSON", "ORG") or (
        words and len(words) <= 4 and all(t.pos_ == "PROPN" for t in words)
    ):
        return None, last.i
    root = last.sent.root
    if sentence.start <= root.i <= last.i:
        if root.pos_ in ("VERB", "AUX"):
            return root.i, None
        if root.pos_ in ("NOUN", "PROPN"):  # "Partial transcript as follows:" names its source
            return None, root.i
        return None, None
    token = last  # the parse runs the sentence on into the quote: the lead's own verb ("As Roe put it:")
    while sentence.start <= token.i <= last.i:
        embedded = token.dep_ == "ccomp" and sentence.start <= token.head.i <= last.i  # "said that ..."
        if (
            token.pos_ == "VERB"
            and not embedded
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < last.i for c in token.children)
        ):
            return token.i, None
        if token.head.i == token.i:
            break
        token = token.head
    return None, None


def _name_after_dash(doc: Doc, starts: list[int], lead_start: int, colon: int) -> int | None:
    """The speaker of a digest line ``Pollsters agree - Jane Roe: “...”``: a short name between a dash
    and the colon (the words before the dash are a topic, not the speaker's clause)."""
    mark = _token_at(doc, starts, colon)
    if mark is None:
        return None
    words = []
    for token in reversed(_tokens(doc, starts, lead_start, mark.idx)):
        if token.text in _DASHES or token.text == "--":
            break
        words.append(token)
    else:
        return None
    if (
        not words
        or len(words) > 4
        or not all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in words)
    ):
        return None
    return words[0].i


def _previous_speaker(doc: Doc, cue: int) -> int | None:
    """The speaker of a participle that opens its sentence with no subject (``Adding, “...”``): the
    subject of the sentence before, when a reporting verb heads it."""
    token = doc[cue]
    if token.tag_ != "VBG" or not token.is_sent_start or token.sent.start == 0:
        return None
    previous = doc[token.sent.start - 1].sent.root
    if not _is_cue(previous):
        return None
    subjects = [c for c in previous.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0].i if subjects else None


def _cue_in_clause(doc: Doc, starts: list[int], start: int, end: int) -> int | None:
    """The last reporting verb in ``doc.text[start:end]`` (an introducing clause like "He added:")."""
    found = None
    for token in _tokens(doc, starts, start, end):
        if _is_cue(token):
            found = token.i
    return found


def _cue_right_before(
    doc: Doc, text: str, starts: list[int], quote: MarkedQuote, p_start: int, p_end: int
) -> int | None:
    """A reporting verb right before the opening mark (``Jane Doe said, "It is over."``), when the quote
    then runs to the end of its sentence or is a whole utterance of its own (``She declared “What a
    night!” and left``); a fragment inside a clause stays a fragment."""
    if quote.close is None:
        return None
    before = _tokens(doc, starts, p_start, quote.open)
    while len(before) and before[-1].is_space:  # "told Politico,\u00a0“...”"
        before = before[:-1]
    comma = len(before) > 0 and before[-1].text in _CLAUSE_BREAKS
    if len(before) and before[-1].text in (*_CLAUSE_BREAKS, ":"):
        before = before[:-1]
    if len(before) and before[-1].dep_ in ("dobj", "dative") and before[-1].head.i == before[-1].i - 1:
        before = before[:-1]  # "asking her, “...”", "told reporters “...”"
    if not len(before):
        return None
    cue = before[-1]
    if not _is_cue(cue) and comma:  # "Sanders asks at a high school, “...”": climb to the clause's verb,
        for _ in range(8):  # over clauses that only describe a noun ("told the mayors who gathered in ...")
            if (cue.pos_ in ("VERB", "AUX") and cue.dep_ not in ("relcl", "acl")) or cue.head is cue:
                break
            if _is_cue(cue):  # "the senator, who joked of the stadium, “...”": the relative clause's cue
                break
            cue = cue.head
        if (
            cue.tag_ == "VBG"
            and cue.dep_ == "advcl"
            and cue.head.i < cue.i
            and _is_cue(cue.head)
            and _capitalised(text, quote, min_words=2)
        ):  # "Roe joked, again using a fake accent, “Amen!”": the aside is not the cue
            cue = cue.head
    if cue.i >= before.end or not (_is_cue(cue) or (comma and _utterance_verb(cue, text, quote))):
        return None
    if text[quote.end - 1] in "!?" or (
        text[quote.end - 1] == "." and len(text[quote.start : quote.end].split()) > 2
    ):
        return cue.i
    after = _tokens(doc, starts, quote.close + 1, p_end)
    closed_clause = text[quote.start : quote.close].rstrip(" ”’\"'").endswith(",") and _capitalised(
        text, quote
    )
    for token in after:
        if token.is_sent_start or token.text in lexicon.QUOTE_CHARS or token.text in _CLAUSE_BREAKS[1:]:
            break  # the end of the sentence, another quote, or the dash closing an aside
        if closed_clause and (token.tag_ in ("VBG", "WRB") or token.pos_ == "SCONJ" or cue.dep_ == "relcl"):
            break  # '“...,” drawing jeers' / '“...,” when he ...' / 'who joked, “...,” left': not content
        if not token.is_punct:
            return None
    return cue.i


def _as_one_put_it(
    doc: Doc, text: str, starts: list[int], quote: MarkedQuote, sentence_start: int
) -> tuple[int, int | None] | None:
    """Cue and speaker of ``As Jane Roe, a historian, put it, “...”``: "put" (no reporting verb, and
    the parse often hangs it on the quote's own verb) with its "it", after "As" and the speaker."""
    if quote.close is None:
        return None
    if text[quote.end - 1] not in ".,!?…" and text[quote.close + 1 : quote.close + 2] not in (".", "!", "?"):
        return None  # 'as he puts it, “the best thing” is ...': a fragment in the writer's sentence
    lead = _tokens(doc, starts, sentence_start, quote.open)
    words = [t for t in lead if not t.is_space]
    if len(words) < 5 or words[-1].text != "," or words[-2].lower_ != "it" or words[-3].lemma_ != "put":
        return None
    opening = next((t for t in words if t.lower_ == "as"), None)
    if opening is None or opening.i > words[-3].i - 2:
        return None
    speaker = doc[opening.i + 1 : words[-3].i]
    heads = [  # the noun phrase's own head ("clerk" of "the court's clerk"), not a word inside it
        t.i
        for t in speaker
        if t.pos_ in ("PROPN", "NOUN", "PRON") and not speaker.start <= t.head.i < speaker.end
    ]
    return words[-3].i, heads[0] if heads else _first_nominal(speaker)


def _capitalised(text: str, quote: MarkedQuote, min_words: int = 3) -> bool:
    """Whether the quoted words begin with a capital letter, as a sentence of their own does, and are
    not a title or a slogan ("Stronger Together.", "Perceptions 301")."""
    words = text[quote.start : quote.end]
    first = next((char for char in words if char.isalpha()), "")
    return first.isupper() and len(words.split()) >= min_words and not _looks_like_title(words.rstrip(".,!?"))


def _utterance_verb(verb: Token, text: str, quote: MarkedQuote) -> bool:
    """Whether ``verb``, not a reporting verb, introduces a quote that is a sentence of its own after a
    comma: ``the mayor shot back, “I suppose ...”``, ``As one columnist put it, “The council ...”``,
    ``the governor issued a statement, “Tonight ...”``. The verb must have a subject to be the speaker."""
    if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "acl", "amod"):
        return False
    if not _capitalised(text, quote, min_words=2):
        return False  # a slogan or a title in apposition ("their slogan, “Stronger Together.”")
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children) or verb.dep_ == "conj"


def _according_to(doc: Doc, starts: list[int], quote: MarkedQuote, p_start: int) -> int | None:
    """The source of ``According to the newspaper, “...”``: the head of the noun after "to"."""
    before = _tokens(doc, starts, p_start, quote.open)
    if len(before) < 4 or before[-1].text != ",":
        return None
    for token in reversed(before[:-1]):
        if token.is_sent_start and token.lower_ != "according":
            return None
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            return objects[0].i if objects else None
    return None


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


def find_direct_quotes(
    doc: Doc, marked: list[MarkedQuote] | None = None, text: str | None = None
) -> list[DirectQuote]:
    """The direct quotes of a parsed Doc, marked and unmarked, in text order.

    Args:
        doc: a Doc parsed by a pipeline with a tagger, lemmatizer and parser.
        marked: the result of :func:`find_marked_quotes` on ``doc.text``, when already computed.
        text: ``doc.text``, when already read (spaCy rebuilds it from the tokens on each access).
    """
    text = doc.text if text is None else text
    marked = find_marked_quotes(text) if marked is None else marked
    paragraphs = _paragraphs(text)
    starts: list[int] = doc.to_array(IDX).tolist()  # no Token objects built
    quotes: list[DirectQuote] = _transcript_lines(text, paragraphs)
    last_cued: tuple[MarkedQuote, int] | None = None  # the latest quote with its cue after it
    cued_fragment = (-1, -1)  # the paragraph and cue of the latest quoted fragment with a cue after it
    doubles = sum(1 for q in marked if text[q.open] in '"“”„«' or text.startswith("''", q.open))
    double_style = doubles >= 2 * (len(marked) - doubles)  # speech in double marks; single marks are not
    for quote in _split_run_ons(text, paragraphs, marked):
        if quote.title or any(q.start <= quote.open < q.end for q in quotes if q.mode == "label"):
            continue
        if _not_speech(doc, text, starts, quote):
            continue
        number = _paragraph_of(paragraphs, quote.open)
        p_start, p_end = paragraphs[number]
        sentence_start = _sentence_start(doc, starts, quote.open, p_start)
        lead = text[sentence_start : quote.open].strip()
        starts_sentence = (
            lead == ""
            or quote.paragraph_start
            or text[p_start : quote.open].rstrip().endswith((".", "!", "?", " -", " --", "—", "–"))
            or (text[p_start : quote.open].rstrip().endswith("(") and text[quote.end - 1] in ".,!?")
        )  # a quote set off by a dash or a bracket stands as a sentence of its own
        # ("Mrs. Clinton - “Spoiled,” he said", "(“No refunds,” wrote one buyer)")
        fragment_cue = (
            _cue_after(doc, starts, quote, p_end) if quote.close is not None and not starts_sentence else None
        )
        if fragment_cue is not None:  # "Costs are “too high,” she said.": a mixed quote, left to claims
            cued_fragment = (number, fragment_cue)
        if quote.close is not None and starts_sentence:
            close_end = paragraphs[_paragraph_of(paragraphs, quote.close)][1]
            cue = _cue_after(doc, starts, quote, close_end)
            if cue is None:
                cue = _attribution_frame(doc, text, starts, quote, close_end)
            if cue is not None and _subject_fragment(text, quote):
                cued_fragment = (number, cue)
                continue  # "“Boots on the ground” would help, he said": a mixed quote, left to claims
            if cue is not None:
                speaker = _speaker_near_cue(doc, starts, quote, cue)
                quotes.append(DirectQuote(quote.start, quote.end, "cue_after", cue, True, None, speaker))
                last_cued = (quote, cue)
                continue
            speaker = _dash_speaker(doc, text, starts, quote, close_end)
            if speaker is not None:
                quotes.append(DirectQuote(quote.start, quote.end, "dash", None, True, None, speaker))
                continue
        lead = text[p_start : quote.open].rstrip()
        if lead.endswith(":"):
            colon = p_start + len(lead) - 1
            speaker = _name_after_dash(doc, starts, p_start, colon)
            # the cue of the colon's own sentence, not of an earlier one in the paragraph
            cue = (
                None
                if speaker is not None
                else _cue_in_clause(doc, starts, _sentence_start(doc, starts, colon, p_start), quote.open)
            )
            after = _cue_after(doc, starts, quote, p_end) if quote.close is not None else None
            between = _tokens(doc, starts, quote.close + 1, doc[after].idx) if after is not None else None
            if between is not None and len(between) <= 4 and not any(t.pos_ == "VERB" for t in between):
                # 'had lost its soul: “...,” he claimed.': a cue right after the quote, no other clause,
                # names the speaker nearest the words (over "X posted about it: “...,” she wrote")
                speaker = _speaker_near_cue(doc, starts, quote, after)
                quotes.append(DirectQuote(quote.start, quote.end, "cue_after", after, True, None, speaker))
                continue
            if cue is None and speaker is None:
                cue, speaker = _colon_intro(doc, starts, p_start, colon)
            elif speaker is None:  # "Continued Roe: “...”": the name, where the cue has no subject
                speaker = _colon_intro(doc, starts, p_start, colon)[1]
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", cue, True, None, speaker))
            continue
        if last_cued is not None and _resumes(doc, text, starts, last_cued, quote):
            quotes.append(DirectQuote(quote.start, quote.end, "cue_inside", last_cued[1], True))
            continue
        as_put = _as_one_put_it(doc, text, starts, quote, sentence_start)
        if as_put is not None:
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", as_put[0], True, None, as_put[1]))
            continue
        cue = _cue_right_before(doc, text, starts, quote, p_start, p_end)
        if cue is not None:
            speaker = _previous_speaker(doc, cue)
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", cue, True, None, speaker))
            continue
        source = _according_to(doc, starts, quote, p_start) if quote.close is not None else None
        if source is not None:
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", None, True, None, source))
            continue
        if quote.paragraph_start and number > 0:
            p_prev, p_prev_end = paragraphs[number - 1]
            previous = text[p_prev:p_prev_end].rstrip()
            prev_cue = _cue_in_clause(doc, starts, p_prev, p_prev_end)
            last_token = _token_at(doc, starts, p_prev + len(previous) - 1)
            if prev_cue is not None and (
                previous.endswith(":") or (last_token is not None and last_token.i == prev_cue)
            ):
                quotes.append(DirectQuote(quote.start, quote.end, "previous_paragraph", prev_cue, True))
                continue
            if previous.endswith(":") and not _marks_inside(text, p_prev, p_prev_end):
                cue, speaker = _colon_intro(doc, starts, p_prev, p_prev + len(previous) - 1)
                if cue is not None or speaker is not None:
                    quotes.append(
                        DirectQuote(quote.start, quote.end, "previous_paragraph", cue, True, None, speaker)
                    )
                    continue
        if (
            starts_sentence
            and cued_fragment[0] == number
            and not any(p_start <= q.start and q.end <= quote.open for q in quotes)
        ):  # "Costs are “too high,” she said. “We cannot go on.”": her words go on, with her cue
            quotes.append(DirectQuote(quote.start, quote.end, "continuation", cued_fragment[1], True))
            continue
        if quote.paragraph_start and double_style and _subheading(text, quote, p_end):
            continue
        if (
            starts_sentence
            and not quote.paragraph_start
            and not any(p_start <= q.start and q.end <= quote.open for q in quotes)
        ):
            cue = _cue_of_previous_sentence(doc, starts, sentence_start, p_start, quote)
            if cue is not None:  # "She said they had made progress. “We have worked hard.”": hers
                quotes.append(DirectQuote(quote.start, quote.end, "continuation", cue, True))
                continue
        if not quotes and quote.paragraph_start and _headline_fragment(text, quote, p_end):
            continue
        if (
            quote.paragraph_start
            or (starts_sentence and any(p_start <= q.start and q.end <= quote.open for q in quotes))
            or _follows_uncued_quote(doc, starts, quotes, quote, p_start)
            or _ends_sentence_after_quote(doc, text, starts, quotes, quote, sentence_start, p_start, p_end)
        ):  # a paragraph or sentence of its own after a quote, or a fragment tied to an uncued quote
            quotes.append(DirectQuote(quote.start, quote.end, "continuation", None, True))
    quotes.extend(_unmarked_blocks(doc, text, starts, paragraphs))
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _headline_fragment(text: str, quote: MarkedQuote, p_end: int) -> bool:
    """A quote that opens a headline line and goes on as its subject or phrase (``'Stay or pay' could
    reshape trade``, ``'Carnage on the road' in the city``): with no quote before it to continue,
    words in a headline that never name their speaker."""
    if quote.close is None or p_end - quote.open > _HEADLINE_LENGTH or text[quote.end - 1] in ",.!?":
        return False  # "“We lost,” the fans ...": a quoted sentence, its attribution after it
    rest = text[quote.close + 1 : p_end].strip()
    return bool(rest) and (rest[0].islower() or rest[0] == ":")


def _cue_of_previous_sentence(
    doc: Doc, starts: list[int], sentence_start: int, p_start: int, quote: MarkedQuote
) -> int | None:
    """The reporting verb heading the sentence before a quote that is a sentence of its own, in the
    same paragraph (``She said they had made progress. “We have worked hard.”``): the quote goes on
    in that speaker's words. Only a whole quoted sentence counts, closed by its own punctuation."""
    if quote.close is None or quote.open != sentence_start:
        return None
    last = _token_at(doc, starts, quote.end - 1)
    after = _token_at(doc, starts, quote.close)
    if last is None or last.text not in (".", "!", "?", "…") or after is None:
        return None
    if after.i + 1 < len(doc) and not doc[after.i + 1].is_sent_start and not doc[after.i + 1].is_space:
        return None  # the sentence goes on after the closing mark: a fragment, not a whole quote
    before = _tokens(doc, starts, p_start, sentence_start)
    if not len(before):
        return None
    previous = before[-1].sent
    root = previous.root
    if (
        root.i < before.start
        or not _is_cue(root)
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    ):
        return None
    return root.i


def _split_run_ons(
    text: str, paragraphs: list[tuple[int, int]], marked: list[MarkedQuote]
) -> list[MarkedQuote]:
    """The marked quotes, with a run-on quote cut at its paragraph breaks when it opened in the middle
    of a paragraph, after an earlier quote there ('“...,” he said. “They think ...\n\n“And they
    still believe ...,” he said with a grin.'): each paragraph then has its own cue, or goes on with
    the one before. A run-on quote that opens its paragraph, or follows a colon, stays one quote."""
    pieces: list[MarkedQuote] = []
    for number, quote in enumerate(marked):
        last = quote.close if quote.close is not None else quote.end
        p_start = text.rfind("\n", 0, quote.open) + 1
        earlier = number > 0 and marked[number - 1].close is not None and marked[number - 1].open >= p_start
        if (
            quote.paragraph_start
            or "\n" not in text[quote.start : last]
            or not earlier
            or not text[p_start : quote.open].rstrip().endswith((".", "!", "?"))
        ):
            pieces.append(quote)
            continue
        for p_begin, p_end in paragraphs:
            if p_end <= quote.open or p_begin > last:
                continue
            first = p_begin <= quote.open
            opening = quote.open if first else p_begin
            closes = quote.close is not None and quote.close < p_end
            start, stop = _strip(
                text, quote.start if first else _after_marks(text, p_begin), last if closes else p_end
            )
            if stop > start:
                pieces.append(
                    MarkedQuote(opening, quote.close if closes else None, start, stop, not first, False)
                )
    return pieces


def _after_marks(text: str, offset: int) -> int:
    """The offset after the quote marks at ``offset`` (a paragraph reopening a run-on quote)."""
    while offset < len(text) and text[offset] in lexicon.QUOTE_CHARS:
        offset += 1
    return offset


def _ends_sentence_after_quote(
    doc: Doc,
    text: str,
    starts: list[int],
    found: list[DirectQuote],
    quote: MarkedQuote,
    sentence_start: int,
    p_start: int,
    p_end: int,
) -> bool:
    """A quote that ends the sentence after a cued quote of its paragraph, in a sentence with no cue
    of its own: ``“It's over,” she said. But “we will be back next year.”`` goes on in her words."""
    if quote.close is None or not any(p_start <= q.start and q.end <= sentence_start for q in found):
        return False
    if (
        not _capitalised_or_long(text, quote)
        or _cue_in_clause(doc, starts, sentence_start, quote.open) is not None
    ):
        return False
    for token in _tokens(doc, starts, quote.close + 1, p_end):
        if token.is_sent_start or _only_marks(token.text):
            return True
        if not token.is_punct:
            return False
    return True


def _capitalised_or_long(text: str, quote: MarkedQuote) -> bool:
    """Whether the quoted words are a sentence or a clause rather than a term (more than four words,
    or a capital start and a verb's worth of words)."""
    return len(text[quote.start : quote.end].split()) > 4 or _capitalised(text, quote)


def _subheading(text: str, quote: MarkedQuote, p_end: int) -> bool:
    """A short paragraph that is all one quote in single marks, in an article that quotes speech in
    double marks: a subheading pulled from the story ("'A change warrior.'"), not a new utterance."""
    if text[quote.open] not in "'‘" or text.startswith("''", quote.open) or quote.close is None:
        return False
    return not text[quote.close + 1 : p_end].strip() and len(text[quote.start : quote.end].split()) <= 8


def _resumes(
    doc: Doc, text: str, starts: list[int], cued: tuple[MarkedQuote, int], quote: MarkedQuote
) -> bool:
    """Whether ``quote`` goes on with a cued quote of the same sentence after its cue:
    ``“It is hard,” said the senator, “because ...”`` (one speaker for both parts)."""
    earlier, cue = cued
    if earlier.close is None or not earlier.close < doc[cue].idx < quote.open:
        return False
    if not text[earlier.close + 1 : quote.open].rstrip().endswith(","):
        return False
    between = _tokens(doc, starts, earlier.close + 1, quote.open)
    if any(t.dep_ == "mark" and t.head.i > doc[cue].i for t in between):
        return False  # '“...,” she wrote, adding that if ..., “...”': a reported clause, left to claims
    return "\n" not in between.text and not any(t.text in (".", "!", "?", ";") for t in between)


def _marks_inside(text: str, start: int, end: int) -> bool:
    return any(
        char in lexicon.QUOTE_CHARS and not _is_apostrophe(text, i)
        for i, char in enumerate(text[start:end], start)
    )


def _not_speech(doc: Doc, text: str, starts: list[int], quote: MarkedQuote) -> bool:
    """A marked phrase that is not speech: a title used as a modifier (``“Orange Is the New Black”
    star Dascha Polanco``) or a link label (``"Related:"``)."""
    words = text[quote.start : quote.end].split()
    if len(words) <= 2 and text[quote.end - 1] == ":":
        return True
    if quote.close is None or len(words) > 6:
        return False
    if _title_in_apposition(doc, text, starts, quote):
        return True
    before = _tokens(doc, starts, max(0, quote.open - 4), quote.open)
    if len(before) and (
        before[-1].dep_ == "case" or before[-1].lower_ in ("’s", "'s")
    ):  # "Fox News channel’s “Sunday Morning Futures,”"
        return True
    if text[quote.end - 1] in ".,!?;:…":
        return False
    after = _tokens(doc, starts, quote.close + 1, quote.close + 40)
    return len(after) > 0 and after[0].pos_ == "NOUN" and after[0].text.islower()


def _title_in_apposition(doc: Doc, text: str, starts: list[int], quote: MarkedQuote) -> bool:
    """A title set off by commas, its comma or full stop inside the marks: ``in his memoir, “Hard
    Choices.”``, ``“Opening Night,” which opens on Friday, ...``. Speech that only looks like a title
    (``“Thank You Ohio,” the senator wrote``) has a cue after it, or follows a speaker's verb."""
    assert quote.close is not None
    inner = text[quote.start : quote.end]
    if inner[-1] not in ",." or len(inner.split()) < 2 or not _looks_like_title(inner[:-1]):
        return False
    before = _tokens(doc, starts, max(0, quote.open - 40), quote.open)
    if len(before) >= 2 and before[-1].text == "," and before[-2].pos_ in ("NOUN", "PROPN"):
        noun = before[-2]
        return noun.dep_ not in ("dobj", "dative") and noun.ent_type_ not in ("PERSON", "NORP", "ORG")
    after = _tokens(doc, starts, quote.close + 1, quote.close + 12)
    if not len(after) or after[0].lower_ not in ("which", "the", "a", "an"):
        return False
    p_end = text.find("\n", quote.close)
    return _cue_after(doc, starts, quote, len(text) if p_end == -1 else p_end) is None


def _transcript_lines(text: str, paragraphs: list[tuple[int, int]]) -> list[DirectQuote]:
    """Paragraphs of an interview transcript: "NAME: words", the words a direct quote of NAME.

    A lone label ("EXCLUSIVE: ...", "BYLINE: ...", even when it comes back) is a heading or a rubric,
    not a speaker, unless the article names that person elsewhere ("Mike Pence ... PENCE: ...").
    """
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
    labels = {
        text[line.speaker[0] : line.speaker[1]].split()[-1] for line in lines if line.speaker is not None
    }
    if len(labels) >= 2:
        return lines
    return [line for line in lines if any(_named_elsewhere(text, label) for label in labels)]


def _named_elsewhere(text: str, label: str) -> bool:
    """Whether the article names the person of a lone label ("PENCE:" after "Mike Pence spoke ...")."""
    name = label.strip(".").title()
    return len(name) > 2 and re.search(rf"\b{re.escape(name)}\b", text) is not None


def _unmarked_blocks(
    doc: Doc, text: str, starts: list[int], paragraphs: list[tuple[int, int]]
) -> list[DirectQuote]:
    """Paragraphs without marks after a paragraph ending "X said:", while they speak in the first person."""
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
