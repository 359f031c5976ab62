"""Reported claims and mixed quotes: "he said (that) ...", "according to X", "X claims to ...".

A claim is the content clause of a reporting verb or phrase, as a character span: without a leading
"that", without trailing sentence punctuation, and cut before a chained ", saying ..." / ", adding
that ..." (which is a claim of its own). When the content holds quote marks it is a *mixed* quote and
the quoted fragment is not reported separately. Cues inside a direct quote, and content clauses that
are themselves a direct quote ("“...,” he said"), are left to :mod:`quotes.marks`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from spacy.tokens import Doc, Token

from quotes import lexicon
from quotes.marks import DirectQuote, MarkedQuote
from quotes.speakers import Mention, mention_before, mention_of_cue, noun_phrase

_MARKDOWN_LINK_END = re.compile(r"\]\([^)]*\)$")


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


#: What may stand between a claim and a speaker named after it: ",” the" in '..., ” the FCDO said'.
_CLOSING_MARKS = "”’\"'"
_GAP = ", \u00a0" + _CLOSING_MARKS


class _Spans:
    """Character spans, asked "is this offset inside one?" in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def __contains__(self, offset: int) -> bool:
        k = bisect_right(self.starts, offset)
        return bool(k) and self.reach[k - 1] > offset

    def last_end_between(self, low: int, high: int) -> int | None:
        """The furthest end of the spans lying wholly after ``low`` and before ``high``."""
        furthest = None
        for _, end in self.spans[bisect_right(self.starts, low) : bisect_left(self.starts, high)]:
            if end <= high and (furthest is None or end > furthest):
                furthest = end
        return furthest

    def start_between(self, low: int, high: int) -> bool:
        """Whether a span starts after ``low`` and before ``high``."""
        k = bisect_right(self.starts, low)
        return k < len(self.starts) and self.starts[k] < high


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "that", trailing punctuation, and a trailing markdown link target."""
    while start < end and (text[start].isspace() or text[start] == "["):
        start += 1
    for word in ("that", "to"):
        if text[start : start + len(word) + 1].lower() == word + " ":
            start += len(word) + 1
    while start < end and (text[start].isspace() or text[start] == "["):
        start += 1
    while True:
        link = _MARKDOWN_LINK_END.search(text[start:end])
        if link:
            end = start + link.start()
        stripped = end
        while stripped > start and (
            text[stripped - 1] in lexicon.TRAILING_PUNCTUATION + "]" or text[stripped - 1].isspace()
        ):
            stripped -= 1
        if stripped == end:
            break
        end = stripped
    return start, end


def _sentence_bounds(text: str, token: Token) -> tuple[int, int]:
    """The sentence of ``token``, clamped to its paragraph."""
    sent = token.sent
    start, end = sent.start_char, sent.end_char
    para_start = text.rfind("\n", 0, token.idx) + 1
    para_end = text.find("\n", token.idx)
    para_end = len(text) if para_end == -1 else para_end
    return max(start, para_start), min(end, para_end)


def _content_end(doc: Doc, first: int, sent_end: int, marked: _Spans, infinitive: bool = False) -> int:
    """Where content starting at token ``first`` ends: the sentence end, a chained claim or cue, or the
    writer's framing of the speech event ("when questioned if ...", ", on Thursday")."""
    for token in doc[first:]:
        if token.idx >= sent_end:
            break
        if token.idx in marked:
            continue
        if (
            token.lower_ in lexicon.SPEECH_EVENT_FRAMES
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ in lexicon.SPEECH_EVENT_FRAMES[token.lower_]
        ):
            return token.idx
        if token.text != ",":
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is None:
            break
        if nxt.lower_ in lexicon.CHAINING_PARTICIPLES or any(
            nxt.lower_ == p[0] for p in lexicon.SPEAKER_AFTER_PHRASES
        ):
            return token.idx
        if nxt.pos_ == "VERB" and nxt.lemma_.lower() in lexicon.REPORTING_VERBS and nxt.i > first + 2:
            return token.idx  # "..., reports the BBC": the next cue
        if nxt.dep_ == "prep" and token.i + 2 < len(doc) and doc[token.i + 2].ent_type_ == "DATE":
            return token.idx  # ", on Thursday, ...": the writer's dating, not the content
        if infinitive:
            return token.idx
    return sent_end


def _claim(
    text: str, start: int, end: int, cue_start: int, cue_end: int, lemma: str, mention: Mention | None
) -> Claim | None:
    start, end = _trim(text, start, end)
    if end - start < 3:
        return None
    kind: Literal["indirect", "mixed"] = (
        "mixed"
        if any(ch in lexicon.QUOTE_CHARS - {"'", "’"} for ch in text[start:end])
        or re.search(r"(^|\s)['‘]\w", text[start:end])
        else "indirect"
    )
    return Claim(kind, start, end, text[cue_start:cue_end], lemma, cue_start, cue_end, mention)


def _that_clause(doc: Doc, verb: Token, sent_end: int) -> int | None:
    """The first token after a "that" soon after the verb ("told soldiers he met that ...")."""
    for token in doc[verb.i + 1 : min(verb.i + 9, len(doc))]:
        if token.idx >= sent_end or token.text in (",", ".", ";", ":") or token.text in lexicon.QUOTE_CHARS:
            return None
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.dep_ == "ccomp":
            return token.i + 1
    return None


def _verb_claim(doc: Doc, text: str, verb: Token, marked: _Spans) -> Claim | None:
    lemma = verb.lemma_.lower()
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    sent_start, sent_end = _sentence_bounds(text, verb)
    cue = (verb.idx, verb.idx + len(verb.text))

    def forward(first: int, infinitive: bool = False, cue_end: int = cue[1]) -> Claim | None:
        end = _content_end(doc, first, sent_end, marked, infinitive)
        return _claim(text, doc[first].idx, end, cue[0], cue_end, lemma, mention_of_cue(doc, verb.i))

    if lemma == "speak":  # "speaking of his previous visit ... when it was “cold”": only with a quote
        preps = [
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in lexicon.SPEAK_PREPOSITIONS and c.i == verb.i + 1
        ]
        if not preps or not marked.start_between(verb.idx, sent_end):
            return None
        prep = preps[0]
        claim = forward(prep.i + 1, cue_end=prep.idx + len(prep.text))
        return claim if claim is not None and claim.type == "mixed" else None
    that = _that_clause(doc, verb, sent_end)
    if that is not None:
        return forward(that)
    if lemma in lexicon.INFINITIVE_VERBS:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                return forward(verb.i + 1, infinitive=True)
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return None
    first = min(t.i for t in clauses[0].subtree)
    if first > verb.i:
        return forward(max(first, verb.i + 1))
    # content before the cue: "..., the FCDO said." / "..., reports the British broadcaster BBC."
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i]
    mention = noun_phrase(subjects[0]) if subjects else mention_before(doc, verb.i)
    if mention is None:
        return None
    limit = min(mention.start, verb.idx)
    cut = text.rfind(",", sent_start, limit)
    if cut == -1 or text[cut:limit].strip(_GAP).lower() not in ("", "the", "a", "an"):
        return None
    gap = text[cut:limit]
    marks = [k for k, char in enumerate(gap) if char in _CLOSING_MARKS]
    end = cut + marks[-1] + 1 if marks else cut  # '...,” he said': the content keeps its closing mark
    return _claim(text, sent_start, end, cue[0], cue[1], lemma, mention)


def _characterisation(doc: Doc, text: str, verb: Token, marked: _Spans) -> Claim | None:
    """ "Clinton called half of Trump's supporters “deplorables”": a verb whose object carries the
    speaker's words in quote marks. Mixed, from the object to the last closing mark of the sentence."""
    if any(child.dep_ == "neg" for child in verb.children) or verb.dep_ in ("amod", "compound"):
        return None
    if not any(child.dep_ in ("dobj", "prep", "oprd") and child.i > verb.i for child in verb.children):
        return None
    _, sent_end = _sentence_bounds(text, verb)
    end = marked.last_end_between(verb.idx, sent_end)
    if end is None or verb.i + 1 >= len(doc):
        return None
    claim = _claim(
        text,
        doc[verb.i + 1].idx,
        end,
        verb.idx,
        verb.idx + len(verb.text),
        verb.lemma_.lower(),
        mention_of_cue(doc, verb.i),
    )
    return claim if claim is not None and claim.type == "mixed" else None


def _speaker_after(doc: Doc, text: str, token: Token, marked: _Spans) -> Claim | None:
    """A claim whose speaker follows the cue: "Content, according to X." or "According to X, content." """
    to = doc[token.i + 1]
    sent_start, sent_end = _sentence_bounds(text, token)
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    mention = noun_phrase(objects[0]) if objects else None
    cue_start, cue_end = token.idx, to.idx + len(to.text)
    lemma = f"{token.lower_} {to.lower_}"
    if text[sent_start : token.idx].strip():
        return _claim(text, sent_start, token.idx, cue_start, cue_end, lemma, mention)
    after = text.find(",", mention.end if mention else cue_end, sent_end)
    if after == -1:
        return None
    return _claim(text, after + 1, sent_end, cue_start, cue_end, lemma, mention)


def find_claims(doc: Doc, marked: list[MarkedQuote], directs: list[DirectQuote]) -> list[Claim]:
    """Reported and mixed claims of a parsed Doc, in text order.

    A claim nested in a direct quote or in another claim is kept when it has a speaker of its own
    ("“The Prime Minister reiterated that ...,” a Downing Street spokesman said"); a speaker's own
    "I think"/"we believe" is not a claim.

    Args:
        doc: a parsed Doc.
        marked: every marked quote of the text, fragments included
            (:func:`quotes.marks.find_marked_quotes`).
        directs: the direct quotes; a claim that overlaps one without lying inside it is dropped
            (that is the quote's own cue, as in "“...,” he said").
    """
    text = doc.text  # built from the tokens on each access: read it once
    direct_spans = [(d.start, d.end) for d in directs]
    fragment_spans = _Spans(
        [
            (q.open, (q.close + 1) if q.close is not None else q.end)
            for q in marked
            if not any(q.start <= start and end <= q.end for start, end in direct_spans)
        ]
    )
    claims: list[Claim] = []
    for token in doc:
        if token.idx in fragment_spans:
            continue
        claim = None
        if (
            token.i + 1 < len(doc)
            and (token.lower_, doc[token.i + 1].lower_) in lexicon.SPEAKER_AFTER_PHRASES
        ):
            claim = _speaker_after(doc, text, token, fragment_spans)
        elif (
            token.pos_ == "VERB"
            and token.lemma_.lower() in lexicon.REPORTING_VERBS
            and token.dep_ not in ("amod", "compound")
        ):
            claim = _verb_claim(doc, text, token, fragment_spans)
        elif token.pos_ == "VERB" and token.lemma_.lower() in lexicon.CHARACTERISING_VERBS:
            claim = _characterisation(doc, text, token, fragment_spans)
        if claim is None or _not_a_speaker(claim.mention):
            continue
        for start, end in direct_spans:  # a claim inside a quote ends where the quote ends
            if start <= claim.cue_start < end and claim.end > end:
                claim = _claim(
                    text, claim.start, end, claim.cue_start, claim.cue_end, claim.cue_lemma, claim.mention
                )
                break
        if claim is None:
            continue
        if any(
            claim.start < end and start < claim.end and not (start <= claim.cue_start and claim.end <= end)
            for start, end in direct_spans
        ):
            continue
        claims.append(claim)
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.start - c.end):  # longest first
        if not any(_same_speaker_overlap(claim, k) for k in kept):
            kept.append(claim)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _not_a_speaker(mention: Mention | None) -> bool:
    return mention is not None and mention.text.lower() in lexicon.NOT_SPEAKERS


def _same_speaker_overlap(claim: Claim, other: Claim) -> bool:
    """Overlapping claims are both kept only when one nests in the other with another speaker."""
    if not (claim.start < other.end and other.start < claim.end):
        return False
    nested = other.start <= claim.start and claim.end <= other.end
    different = claim.mention is not None and (
        other.mention is None or claim.mention.text.lower() != other.mention.text.lower()
    )
    return not (nested and different and claim.mention.text.lower() not in ("he", "she", "they"))
