"""Mentions as written: the noun phrase a speaker token heads, and the mention ending right before
a verb.

:func:`noun_phrase` turns a head token into the mention as written (name, title and article, without
clauses or appositions, the name alone inside a title: "Defence Secretary Ben Wallace" -> "Ben
Wallace"); :func:`mention_before` reads the mention ending right before a verb, for "..., the FCDO
said." where parses go astray. Finding which token speaks for a cue is :mod:`quotes.speakers.mentions`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.entity_spans import office_word

_MENTION_DEPS = {"compound", "det", "amod", "nmod", "poss", "case", "nummod", "punct", "cc", "conj"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Mention:
    """A speaker mention as written: its character span in the article."""

    start: int
    end: int
    text: str


def _body_head(token: Token) -> bool:
    """Whether ``token`` is a word that heads a body's name ("Department", "Ministry", "Bank"), so that a
    preposition after it is part of the name ("the Department of Health"); after a person's name tagged
    as one run with an organisation ("Tom Hale of Acme Watch"), it is not."""
    lower = token.lower_
    return lower in name_lexicon.ORGANISATION_BACK_HEADS or lower in name_lexicon.ORGANISATION_NAME_WORDS


def noun_phrase(token: Token) -> Mention:
    """The mention headed by ``token``: its name, title and article, without clauses or appositions."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in _MENTION_DEPS:
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat") or (
            child.dep_ == "appos" and child.text.isupper() and len(child) == 1
        ):
            right = max(right, child.right_edge.i)
        elif child.dep_ == "nummod" and child.i == token.i + 1 and token.text[:1].isupper():
            right = max(right, child.right_edge.i)  # "Number 10 said": the number is in the name
    doc = token.doc
    if token.ent_type_ == "ORG":  # "The Department of Health and Social Care said": the body's whole name
        inside = token.right_edge.i  # the words hung on the head, not a tag run on ("Politico, Democratic")
        body = _body_head(token)  # "of Health" is the Department's; "Tom Hale of Acme Watch" is no body
        while right < inside and doc[right + 1].ent_iob_ == "I" and doc[right + 1].ent_type_ == "ORG":
            if doc[right + 1].dep_ == "prep" and not body:
                break
            right += 1
    if token.dep_ == "compound" and token.head.i > token.i and left > 0:
        before = doc[left - 1]  # "the policy states": the parse took the mis-tagged verb for the head
        if before.dep_ == "det" and before.head.i == token.head.i:
            left -= 1
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    if right + 1 < len(doc) and doc[right + 1].text == ")" and doc[right].dep_ == "appos":
        right += 1
    span = _named_part(doc[left : right + 1])
    return Mention(span.start_char, span.end_char, span.text)


NAME_HONORIFICS = frozenset(speaker_lexicon.HONORIFIC_GENDER) | {"dr", "prof"}


def _entities(span: Span) -> list[Span]:
    """The named entities wholly inside ``span``, read from the tokens (no scan of ``doc.ents``)."""
    doc = span.doc
    found = []
    i = span.start
    while i < span.end:
        if doc[i].ent_iob_ == "B":
            j = i + 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            if j <= span.end:
                found.append(Span(doc, i, j, label=doc[i].ent_type_))
            i = j
        else:
            i += 1
    return found


def _named_part(span: Span) -> Span:
    """The name inside a mention: "Defence Secretary Ben Wallace" -> "Ben Wallace" (honorifics kept),
    "the Foreign, Commonwealth and Development Office (FCDO)" ->
    "Foreign, Commonwealth and Development Office"; never starting or ending on a space token
    ("the\u00a0Ministry", with a no-break space, names "Ministry").
    """
    named = _name_inside(span)
    start, end = named.start, named.end
    while start < end - 1 and named.doc[start].is_space:
        start += 1
    while end - 1 > start and named.doc[end - 1].is_space:
        end -= 1
    return named.doc[start:end]


def _name_inside(span: Span) -> Span:
    doc = span.doc
    for ent in _entities(span):
        rest = doc[ent.end : span.end].text.strip()
        if ent.label_ == "PERSON" and ent.end == span.end and ent.start > span.start and not office_word(ent):
            start = ent.start
            while start > span.start and doc[start - 1].lower_ in name_lexicon.NAME_PARTICLES:
                start -= 1  # "Van der Berg said", the particles left out of the name the model tagged
            while start > span.start and doc[start - 1].lower_.rstrip(".") in NAME_HONORIFICS:
                start -= 1
            return doc[_given_names_after_honorific(span, start) : ent.end]
        if ent.label_ == "ORG" and (ent.end == span.end or (rest.startswith("(") and rest.endswith(")"))):
            start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            before = doc[start - 1].lower_.rstrip(".") if start > span.start else ""
            if before in speaker_lexicon.PERSONAL_HONORIFICS:
                start -= 1  # "Lord Ashby", the name tagged an organisation: the honorific says a person
            if start > span.start or ent.end < span.end:
                return doc[start : ent.end]
    return span


def _given_names_after_honorific(span: Span, start: int) -> int:
    """Where a name opens that the model tagged without its given names: at the honorific before one or
    two untagged capitalised names ("Dr Randeep Guleria", where only "Guleria" is a person), else at
    ``start``."""
    doc = span.doc
    k = start
    while k > span.start and start - k < 2 and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].ent_type_:
        if not doc[k - 1].text[:1].isupper() or doc[k - 1].lower_.rstrip(".") in NAME_HONORIFICS:
            break
        k -= 1
    opener = doc[k - 1].lower_.rstrip(".") if k > span.start else ""
    if k < start and opener in speaker_lexicon.NAME_OPENING_HONORIFICS:
        return k - 1
    return start


def same_paragraph(doc: Doc, i: int, j: int) -> bool:
    """Whether no line break separates tokens ``i`` and ``j``."""
    low, high = min(i, j), max(i, j)
    return "\n" not in doc[low:high].text_with_ws if high > low else True


#: At most this many adverbs between a speaker and the cue after it ("Mr. Obama also often says").
_MAX_ADVERBS = 2


def mention_before(doc: Doc, cue: int) -> Mention | None:
    """The mention ending right before the verb, for "..., the FCDO said." where parses go astray.
    Adverbs between the two are skipped ("..., Mr. Obama often says, ...")."""
    end = cue - 1
    while end >= 0 and cue - end <= _MAX_ADVERBS and doc[end].pos_ == "ADV" and doc[end].dep_ == "advmod":
        end -= 1
    stop = end + 1  # the mention's span ends here, after any "(FCDO)"
    if end >= 0 and doc[end].text == ")":  # "the Foreign, ... Office (FCDO) said"
        opening = [t.i for t in doc[max(0, end - 6) : end] if t.text == "("]
        end = opening[-1] - 1 if opening else end
    if end < 0:
        return None
    last = doc[end]
    if last.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC") and last.ent_iob_ in ("B", "I"):
        start = end
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while start > 0 and doc[start - 1].lower_.rstrip(".") in NAME_HONORIFICS:
            start -= 1  # "..., Mr. Hale said": the honorific is part of the mention
        span = _named_part(doc[start:stop])
        return Mention(span.start_char, span.end_char, span.text)
    return noun_phrase(last)
