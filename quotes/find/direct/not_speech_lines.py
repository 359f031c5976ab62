"""Whole lines that are not speech: link lines ("READ MORE: Minister says ..."), photo captions and
credits, bylines, and headlines whose "content" is only a noun phrase ("Junior doctors announce new
strike dates"). Nothing found in them is a record (seeds/ANNOTATION.md, "What does not count").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon

#: A line's opening label: a few words in capitals (or title case) and a colon.
_LABEL = re.compile(r"\s*[\[(]?(?P<label>[A-Za-z][A-Za-z .’']{0,24}?)\s*[:|]")
#: A credit word before a colon or a slash ("Photograph: ...", "Photo/...", "(Picture: ...").
_CREDIT = re.compile(
    r"(?:^\s*|[(\[]\s*|[.!?]\s+)(?P<word>" + "|".join(sorted(lexicon.CREDIT_WORDS)) + r")\s*(?:[:/]|by\b)",
    re.IGNORECASE,
)
#: A byline: "By Jane Roe", "By JANE ROE and ANN LEE, Political Correspondents".
_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?:,|and\b|$)")
#: Marks that end a sentence of prose (a headline has none).
_SENTENCE_END = ".!?…:;\"”’'»)"
#: A headline is at most this many words.
_HEADLINE_WORDS = 16


def line_of(text: str, offset: int) -> tuple[int, int]:
    """The line (paragraph) that holds ``offset``: its start and end, without the newline."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def link_line(line: str) -> bool:
    """A line that points elsewhere: "READ MORE: ...", "WATCH: ...", "RELATED: ...", "[Related: ...]"."""
    match = _LABEL.match(line)
    return match is not None and match.group("label").strip().lower() in lexicon.LINK_LABELS


def credit_line(line: str) -> bool:
    """A photo caption or credit: a credit word before a colon or slash ("Photograph: ...",
    "(AP Photo/...)") or a picture library named ("... Getty Images")."""
    lower = line.lower()
    return _CREDIT.search(line) is not None or any(source in lower for source in lexicon.CREDIT_SOURCES)


def byline(line: str) -> bool:
    """A byline: "By" and a capitalised name, the whole line short."""
    return len(line.split()) <= 12 and _BYLINE.match(line) is not None


def headline_line(line: str) -> bool:
    """A short line with no sentence punctuation at its end: a headline or a subhead."""
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= _HEADLINE_WORDS and stripped[-1] not in _SENTENCE_END


def not_speech_line(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` is a link line, a caption or credit, or a byline."""
    start, end = line_of(text, offset)
    line = text[start:end]
    return link_line(line) or credit_line(line) or byline(line)


def not_a_record(doc: Doc, text: str, start: int, end: int, kind: str, cue_lemma: str | None = None) -> bool:
    """Whether a quote or claim found at ``start:end`` is no record: it lies in a link line, a caption,
    a credit or a byline, or it is an indirect claim in a headline that reports an act ("Junior doctors
    announce [new strike dates]"; see :func:`_headline_act`).

    Args:
        doc: the parsed article.
        text: ``doc.text``.
        start: where the record's span starts.
        end: where it ends.
        kind: the record's type (direct, indirect or mixed).
        cue_lemma: the cue's lemma, for a claim.
    """
    if not_speech_line(text, start):
        return True
    if kind != "indirect":
        return False
    line_start, line_end = line_of(text, start)
    if not headline_line(text[line_start:line_end]):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _headline_act(span, cue_lemma)


def _headline_act(span: Span, cue_lemma: str | None) -> bool:
    """Whether a headline's content is the object of an act, not a claim: a noun phrase, or, after a
    cue that can take a bare object ("announce", "reveal", "unveil"), words the terse headline parse may
    read as a clause ("new strike dates") that have no auxiliary, no pronoun subject and no "that".
    Headline claims of saying ("Minister says schools will reopen", "Mayor predicts she will win") stay."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return True
    takes_object = "obj" in claim_lexicon.CLAIM_VERBS.get(cue_lemma or "", frozenset())
    if not takes_object or span[0].lower_ == "that":
        return False
    return not any(
        c.dep_ in ("aux", "auxpass") or (c.dep_ == "nsubj" and c.pos_ == "PRON") for c in root.children
    )
