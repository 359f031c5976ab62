"""A cue set in the middle of its content: whether the content goes on after it.

In "The test, the agency said, was its biggest yet" the content runs on past the cue; in "..., Ann
Roe said, a policy that ..." or "..., he said, on condition of anonymity" what follows is the
writer's. :func:`continues_after` tells the two apart, and :func:`interrupts_quoted` whether a cue
breaks into quoted words that its clause carries on ("“Only the council,” she said, could approve").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.find.claims.speech_settings import speaker_description
from quotes.find.direct.quote_spans import reads_as_title
from quotes.find.direct.tokens import FINITE_TAGS
from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon
from quotes.speakers.doc_text import text_of


def interrupts_quoted(doc: Doc, text: str, verb: Token, sent_end: int) -> bool:
    """Whether a cue set off after a closing mark interrupts the clause the quoted words begin, which
    goes on after it in the writer's words: "“Only the council,” she said, could approve it",
    "Despite its “bold promises,” the mayor said, the plan has failed". The parse hangs such a cue on
    the clause's verb after it, which has a subject and a tense. A sentence complete before the cue
    ("“We will win,” he said, as the crowd cheered") hangs on the cue instead, a participle after it
    ("..., she said, asked about it") is the writer's setting, and a quote reopened after the cue
    ("“A,” he said, “B.”") is a split direct quote."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i <= verb.i or head.idx >= sent_end:
        return False
    if head.left_edge.i >= verb.i or not continues_after(doc, verb, sent_end):
        return False  # the clause must start before the cue and go on after the cue's comma
    auxiliaries = [c for c in head.lefts if c.dep_ in ("aux", "auxpass")]
    finite = any(t.tag_ in FINITE_TAGS for t in (head, *auxiliaries))
    if not finite or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return False  # '“...,” she said, asked about it': no subject, no tense: the writer's setting
    after = verb.i + 1
    for subject in verb.rights:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            after = max(after, subject.right_edge.i + 1)
    comma = next((t for t in doc[after : head.i] if t.text == ","), None)
    if comma is None or comma.i + 1 >= len(doc):
        return False
    following = doc[comma.i + 1]
    return not (following.is_quote or text.startswith("''", following.idx))


def _title_after(text: str, start: int, sent_end: int) -> bool:
    """Whether all that is left of the sentence after ``start`` is a quoted title: the work the cue's
    setting names ("..., she wrote in her memoir, “A Life in Numbers.”"), not more content."""
    rest = text[start:sent_end].strip(" \u00a0.")
    words = rest.strip(" \u00a0.,\"'“”‘’")
    return rest[:1] in ('"', "“", "'") and reads_as_title(words)


def continues_after(doc: Doc, verb: Token, sent_end: int) -> bool:
    """Whether the content goes on after a mid-sentence cue: "..., Devine said, by the calendar". A
    subject after the cue and its apposition are not content ("..., said Jane Roe, a senior fellow"),
    nor is what follows a semicolon after the cue ("..., analysts say; in 2012 ..."): a sentence of
    the writer's own. The words after the cue's comma are the writer's too when they are a noun phrase
    set beside the content (:func:`_writers_note`) or the terms the speaker spoke on ("..., he said,
    on condition of anonymity")."""
    after = verb.i + 1
    for subject in verb.rights:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            after = max(after, subject.right_edge.i + 1)
    for token in doc[after : after + 7]:
        if token.idx >= sent_end or token.pos_ == "VERB" or token.text == ";":
            return False
        if token.text == ",":
            rest = [t for t in doc[token.i + 1 : token.i + 4] if t.idx < sent_end and not t.is_punct]
            text = text_of(doc)
            return (
                len(rest) >= 2
                and not _title_after(text, token.idx + 1, sent_end)  # ", he wrote in his book, “Title.”"
                and not speaker_description(doc, token.i + 1, sent_end)  # ", she said, her voice breaking"
                and rest[0].lower_ not in lexicon.CHAINING_PARTICIPLES
                and rest[0].lower_ != "according"
                and rest[0].tag_ != "VBG"
                and not _writers_note(rest[0], verb)
                and not _terms_of_speaking(rest[0])
            )
    return False


def _writers_note(word: Token, verb: Token) -> bool:
    """Whether the words after a mid-sentence cue open a noun phrase that no verb takes as its subject:
    "..., Ann Roe said, [a policy] that could cost millions", "..., the agency declared, [two days]
    after the vote". It glosses the content or dates the speech; it does not go on with the clause.
    A noun phrase that is the subject of a clause ("..., he said, the plan would fail") is content."""
    if word.pos_ not in ("DET", "NUM"):
        return False
    noun = word.head if word.dep_ in ("det", "nummod", "quantmod") else word
    while noun.dep_ in ("poss", "compound", "amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head  # "the [Foundation]'s donation": the phrase's head noun
    if noun.i < word.i or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    # set beside the content, or hung on the cue; an argument of a verb ("It was, he said, [one] of
    # the worst") goes on with the clause
    return noun.dep_ in ("appos", "npadvmod", "dep", "ROOT") or noun.head.i == verb.i


def _terms_of_speaking(word: Token) -> bool:
    """Whether the words after a mid-sentence cue give the terms the speaker spoke on ("..., he said,
    [on condition of anonymity]", "..., she said, [on background]"): the writer's, not content."""
    if word.dep_ != "prep":
        return False
    objects = [c for c in word.children if c.dep_ == "pobj"]
    return any(c.lemma_.lower() in claim_lexicon.SPEAKING_TERMS for c in objects)
