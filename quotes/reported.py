"""Reported claims and mixed quotes: "he said (that) ...", "according to X", "X claims to ...".

A claim is the content clause of a reporting verb or phrase, as a character span: without a leading
"that", without trailing sentence punctuation, and cut before a chained ", saying ..." / ", adding
that ..." (which is a claim of its own). When the content holds quote marks it is a *mixed* quote and
the quoted fragment is not reported separately. Cues inside a direct quote, and content clauses that
are themselves a direct quote ("“...,” he said"), are left to :mod:`quotes.marks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "that", trailing punctuation, and a trailing markdown link target."""
    while start < end and text[start].isspace():
        start += 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    while start < end and text[start] in "[ ":
        start += 1
    while True:
        link = _MARKDOWN_LINK_END.search(text[start:end])
        if link:
            end = start + link.start()
        stripped = end
        while stripped > start and text[stripped - 1] in lexicon.TRAILING_PUNCTUATION + "]":
            stripped -= 1
        if stripped == end:
            break
        end = stripped
    return start, end


def _sentence_bounds(doc: Doc, token: Token) -> tuple[int, int]:
    """The sentence of ``token``, clamped to its paragraph."""
    text = doc.text
    sent = token.sent
    start, end = sent.start_char, sent.end_char
    para_start = text.rfind("\n", 0, token.idx) + 1
    para_end = text.find("\n", token.idx)
    para_end = len(text) if para_end == -1 else para_end
    return max(start, para_start), min(end, para_end)


def _content_end(doc: Doc, first: int, sent_end: int, marked: list[tuple[int, int]]) -> int:
    """Where content starting at token ``first`` ends: the sentence end, or a chained claim or cue."""
    for token in doc[first:]:
        if token.idx >= sent_end:
            break
        if token.text != "," or _inside(token.idx, marked):
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is None:
            break
        if nxt.text.lower() in lexicon.CHAINING_PARTICIPLES or (nxt.text.lower() == "according"):
            return token.idx
    return sent_end


def _claim(doc: Doc, start: int, end: int, cue_start: int, cue_end: int, lemma: str,
           mention: Mention | None) -> Claim | None:
    text = doc.text
    start, end = _trim(text, start, end)
    if end - start < 3:
        return None
    kind: Literal["indirect", "mixed"] = (
        "mixed" if any(ch in lexicon.QUOTE_CHARS - {"'", "’"} for ch in text[start:end])
        or re.search(r"(^|\s)['‘]\w", text[start:end]) else "indirect"
    )
    return Claim(kind, start, end, text[cue_start:cue_end], lemma, cue_start, cue_end, mention)


def _verb_claim(doc: Doc, verb: Token, marked: list[tuple[int, int]]) -> Claim | None:
    lemma = verb.lemma_.lower()
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    sent_start, sent_end = _sentence_bounds(doc, verb)
    clause = [c for c in verb.children if c.dep_ == "ccomp"]
    if lemma in lexicon.INFINITIVE_VERBS:
        clause += [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    if lemma == "speak":
        clause = [c for c in verb.children if c.dep_ == "prep" and c.text.lower() in ("of", "about")]
        if not clause or not any(_inside(t.idx, marked) for t in clause[0].subtree):
            return None
        first = clause[0].i + 1
        return _claim(doc, doc[first].idx, _content_end(doc, first, sent_end, marked), verb.idx,
                      verb.idx + len(verb.text), lemma, mention_of_cue(doc, verb.i))
    if not clause:
        # "told soldiers he met that ...", "warn Moscow that ...": a "that" soon after the verb
        for token in doc[verb.i + 1 : min(verb.i + 8, sent_end and len(doc))]:
            if token.idx >= sent_end or token.text in (",", ".", ";"):
                break
            if token.lower_ == "that" and token.dep_ == "mark":
                clause = [token.head]
                first = token.i + 1
                return _claim(doc, doc[first].idx, _content_end(doc, first, sent_end, marked), verb.idx,
                              verb.idx + len(verb.text), lemma, mention_of_cue(doc, verb.i))
        return None
    comp = clause[0]
    first = min(t.i for t in comp.subtree)
    if first > verb.i:
        first = max(first, verb.i + 1)
        return _claim(doc, doc[first].idx, _content_end(doc, first, sent_end, marked), verb.idx,
                      verb.idx + len(verb.text), lemma, mention_of_cue(doc, verb.i))
    # content before the cue: "..., the FCDO said."
    mention = mention_before(doc, verb.i)
    if mention is None:
        return None
    cut = doc.text.rfind(",", sent_start, mention.start)
    if cut == -1:
        return None
    return _claim(doc, sent_start, cut, verb.idx, verb.idx + len(verb.text), lemma, mention)


def _according_to(doc: Doc, token: Token, marked: list[tuple[int, int]]) -> Claim | None:
    """ "Content, according to X." or "According to X, content." """
    to = doc[token.i + 1]
    sent_start, sent_end = _sentence_bounds(doc, token)
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    mention = noun_phrase(objects[0]) if objects else None
    cue_start, cue_end = token.idx, to.idx + len(to.text)
    if doc.text[sent_start:token.idx].strip():
        return _claim(doc, sent_start, token.idx, cue_start, cue_end, "according to", mention)
    after = doc.text.find(",", mention.end if mention else cue_end, sent_end)
    if after == -1:
        return None
    return _claim(doc, after + 1, sent_end, cue_start, cue_end, "according to", mention)


def find_claims(doc: Doc, marked: list[MarkedQuote], directs: list[DirectQuote]) -> list[Claim]:
    """Reported and mixed claims of a parsed Doc, in text order.

    Args:
        doc: a parsed Doc.
        marked: every marked quote of the text (fragments included), from :func:`quotes.marks.find_marked_quotes`.
        directs: the direct quotes; claims whose cue is inside one, or that overlap one, are dropped.
    """
    marked_spans = [(q.open, (q.close + 1) if q.close is not None else q.end) for q in marked]
    direct_spans = [(d.start, d.end) for d in directs]
    claims: list[Claim] = []
    for token in doc:
        if _inside(token.idx, direct_spans) or _inside(token.idx, marked_spans):
            continue
        claim = None
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            claim = _according_to(doc, token, marked_spans)
        elif token.pos_ == "VERB" and token.lemma_.lower() in lexicon.REPORTING_VERBS:
            claim = _verb_claim(doc, token, marked_spans)
        if claim is None:
            continue
        if any(claim.start < end and start < claim.end for start, end in direct_spans):
            continue
        claims.append(claim)
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.start - c.end):  # longest first: a claim's content
        if not any(claim.start < k.end and k.start < claim.end for k in kept):  # may hold other cues
            kept.append(claim)
    return sorted(kept, key=lambda c: (c.start, c.end))
