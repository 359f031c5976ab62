"""Token look-ups shared by the direct-quote finders: the tokens of a character range, the token
at an offset, whether a token is a reporting verb or a mark around a nickname, the first name or noun
phrase of a span.

``starts`` is always the list of token start offsets of the Doc (``doc.to_array(IDX)``), so that a
character range maps to tokens by bisection without building Token objects.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from quotes.find.direct.marks import nickname_end
from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.mentions import heard_by_body

#: Tags of a finite verb or auxiliary: a clause with a tense of its own, not a participle describing a
#: noun ("a statement released on Monday").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def tokens(doc: Doc, starts: list[int], start: int, end: int) -> Span:
    """The tokens that start inside ``doc.text[start:end]``; ``starts`` are the token offsets."""
    return doc[bisect_left(starts, start) : bisect_left(starts, end)]


def token_at(doc: Doc, starts: list[int], offset: int) -> Token | None:
    """The token covering character ``offset``, or ``None`` when the offset falls on whitespace."""
    span = tokens(doc, starts, 0, offset + 1)
    if len(span) and offset < span[-1].idx + len(span[-1].text):
        return span[-1]
    return None


def is_cue(token: Token) -> bool:
    """Whether ``token`` is a verb whose lemma is a reporting verb or a verb of direct speech, or a
    body hearing evidence (``“...,” the inquest heard``)."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return lemma in lexicon.REPORTING_VERBS or lemma in lexicon.DIRECT_QUOTE_VERBS or heard_by_body(token)


def first_nominal(span: Span) -> int | None:
    """The head of the first name or noun phrase in ``span`` (``, Brent Bozell III, founder of ...``)."""
    for token in span:
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.lower_ not in speaker_lexicon.FIRST_PERSON:
            head = token
            while head.dep_ in ("compound", "flat") and head.head.i < span.end and head.head.i > head.i:
                head = head.head
            return head.i
    return None


def only_marks(word: str) -> bool:
    """Whether ``word`` is made of quote marks only."""
    return all(char in lexicon.QUOTE_CHARS for char in word)


def in_nickname(token: Token) -> bool:
    """Whether ``token`` is a quote mark around a nickname between two words of a name ('Maria "Ria"
    Lopez'), read from the few tokens around it (no text of the whole Doc)."""
    if not only_marks(token.text):
        return False
    doc = token.doc
    window = doc[max(0, token.i - 3) : min(len(doc), token.i + 4)]
    text, base = window.text, window.start_char
    for mark in window:
        if mark.i <= token.i and only_marks(mark.text):
            end = nickname_end(text, mark.idx - base)
            if end is not None and token.idx - base < end:
                return True
    return False
