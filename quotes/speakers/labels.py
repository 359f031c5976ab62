"""A headline's role label and the lede that spells it out: "Former Club Doctor Says Star Was Unfit" over
"The striker's former doctor says ... Dr. Ann Roe, who treated him for ten years, ...".

A headline or deck names the speaker by a role ("Former Club Doctor", "Ex-Party Chairman Says") and
leaves the name to the body; its first sentences repeat the role as a description ("a former party
chairman says", "the striker's former doctor") that the body then names. The label is whoever that
description is: :func:`lede_description` finds it, the resolver resolves it as it would in the body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.doc_text import text_of
from quotes.speakers.mentions import Mention
from quotes.speakers.noun_phrases import noun_phrase

#: How many sentences after the headline count as its lede.
LEDE_SENTENCES = 2


def role_word(word: str) -> str:
    """A role word as the lexicon spells it ("Dr." is "doctor"), lower case."""
    word = word.lower().rstrip(".")
    return speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS.get(word, word)


def same_roles(word: str) -> frozenset[str]:
    """``word`` and the role words that name the same role ("doctor" and "physician")."""
    return frozenset({word}) | name_lexicon.SAME_ROLE.get(word, frozenset())


def lede_description(doc: Doc, head: Token, words: list[str]) -> Mention | None:
    """The description in the lede under a headline that repeats the headline's role label (``head``,
    the label's head token; ``words``, the label's words): the first singular noun in the
    :data:`LEDE_SENTENCES` sentences after the headline's line whose role word is the label's or a
    synonym (:data:`quotes.lexicon.names.SAME_ROLE`), past ("former") exactly when the label is. ``None``
    when the label is no role or the lede repeats none (a wrong name is worse than none)."""
    word = role_word(words[-1]) if words else ""
    if word not in speaker_lexicon.SPEAKER_ROLE_HEADS or word in speaker_lexicon.GENERIC_ROLE_HEADS:
        return None
    past = _past(words[:-1])
    wanted = same_roles(word)
    for token in _lede(doc, head):
        if role_word(token.text) not in wanted or token.pos_ != "NOUN" or token.tag_ == "NNS":
            continue
        if token.ent_type_ == "PERSON":
            continue
        if _past(_modifiers(doc, token)) == past:
            return noun_phrase(token)
        return None  # the lede's first such role is another term's: no telling
    return None


def is_label(head: Token) -> bool:
    """Whether a role noun stands bare, capitalised, at the start of its sentence, as in a headline
    or the deck under it ("Senator from Texas says he will vote"): news prose never writes a person so,
    only a label for someone the article names."""
    return (
        head.text[:1].isupper()
        and head.i == head.sent.start  # the sentence read only for a capitalised word: it costs a scan
        and not any(c.dep_ in ("det", "poss") for c in head.children)
    )


def _modifiers(doc: Doc, token: Token) -> list[str]:
    """The words right before a role noun, back to punctuation or a verb, at most four ("the
    candidate's former" of "the candidate's former doctor"): read from the text, as the parse may not
    hang them on the noun."""
    words: list[str] = []
    for before in reversed(doc[max(token.sent.start, token.i - 4) : token.i]):
        if before.is_punct or before.pos_ in ("VERB", "AUX"):
            break
        words.insert(0, before.text)
    return words


def _past(words: list[str]) -> bool:
    """Whether modifiers make a role a past one ("former", "ex-")."""
    lower = [w.lower() for w in words]
    return any(w in name_lexicon.PAST_TERM_MODIFIERS or w.startswith("ex-") for w in lower)


def _lede(doc: Doc, head: Token) -> list[Token]:
    """The tokens of the first :data:`LEDE_SENTENCES` sentences after the line (headline or deck) that
    holds ``head``."""
    text = text_of(doc)
    end = text.find("\n", head.idx)
    if end < 0:
        return []
    sentences = [s for s in doc.sents if s.start_char > end and s.text.strip()]
    return [t for s in sentences[:LEDE_SENTENCES] for t in s]
