"""The category of an attribution, decided from its cue: assertion, belief, knowledge or intention.

The cue's lemma decides, with its complement where the lemma alone does not ("decided [to run]" is
an intention, "decided [that the rule was unfair]" a belief). Negation does not change it: "did not
say" is an assertion like "said". The word lists are in :mod:`quotes.lexicon.categories`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import categories as lexicon


def category_of_lemma(lemma: str | None, infinitive: bool = False) -> str:
    """The category of a cue lemma ("say", "believe", "point out", "according to").

    Args:
        lemma: the cue's lemma; ``None`` (a quote with no cue, or a continuation) is an assertion,
            since words in quote marks are words said.
        infinitive: whether the cue takes an infinitive ("decided to ...") rather than a clause.
    """
    if not lemma:
        return "assertion"
    lemma = lemma.lower()
    for key in (lemma, lemma.split()[0]):
        if key in lexicon.INTENTION_WITH_INFINITIVE:
            return "intention" if infinitive else "belief"
        if key in lexicon.INTENTION_CUES:
            return "intention"
        if key in lexicon.BELIEF_CUES:
            return "belief"
        if key in lexicon.KNOWLEDGE_CUES:
            return "knowledge"
    return "assertion"


def takes_infinitive(token: Token) -> bool:
    """Whether a cue verb's complement is an infinitive ("decided [to run]", "wants [voters to
    stay]"): a clausal complement marked by "to"."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "advcl") and any(
            gc.tag_ == "TO" and gc.i < child.i for gc in child.children
        ):
            return True
    return False


def category_of_cue(doc: Doc, lemma: str | None, cue_start: int | None, cue_end: int | None) -> str:
    """The category of a cue found at ``cue_start:cue_end`` in ``doc`` with lemma ``lemma``.

    Args:
        doc: the parsed article.
        lemma: the cue's lemma, or ``None`` when there is no cue.
        cue_start: where the cue starts (a character offset), or ``None``.
        cue_end: where the cue ends, or ``None``.
    """
    if not lemma or cue_start is None or cue_end is None:
        return category_of_lemma(lemma)
    span = doc.char_span(cue_start, cue_end, alignment_mode="expand")
    head = lemma.split()[0]
    tokens = [t for t in span if t.lemma_.lower() == head] if span is not None else []
    infinitive = bool(tokens) and takes_infinitive(tokens[0])
    return category_of_lemma(lemma, infinitive)
