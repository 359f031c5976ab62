"""Role descriptions and the people the article gives them to: "the Indiana governor" is the person the
article calls "Indiana Gov. Ann Roe", not the latest governor it named.

The article's titles and appositions ("Republican nominee Tom Hale", "Ann Roe, the Democratic
nominee,") are kept with the words around them (:func:`title_context`); a definite description with
modifiers ("the Republican nominee", "the GOP presidential nominee") goes to the person whose title
words hold the most of them (:func:`best_titled`), the latest such person on a tie.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from quotes.lexicon import names as name_lexicon

#: Words of a description that do not tell one holder of a role from another.
_NOT_MODIFIERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "'s", "’s"})


def _word(text: str) -> str:
    word = text.lower().strip(".,")
    return name_lexicon.MODIFIER_SYNONYMS.get(word, word)


def title_context(ent: Span, before: Span) -> frozenset[str]:
    """The words the article describes a named person with: the title words in front of the name
    (``before``: "Indiana Gov.") and the words of an apposition ("Ann Roe, the Democratic nominee,")
    or of the description the name stands in apposition to ("the party's nominee, Ann Roe")."""
    words = set()
    for token in reversed(before):  # the run of title words right before the name, up to a break
        if token.is_punct and token.text != "." or token.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "PRON"):
            break
        words.add(_word(token.text))
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos":
            words |= {_word(t.text) for t in child.subtree}
    if root.dep_ == "appos":
        head = root.head
        words |= {_word(t.text) for t in head.subtree if not (ent.start <= t.i < ent.end)}
    return frozenset(words - _NOT_MODIFIERS - {""})


def modifiers(words: Sequence[str]) -> frozenset[str]:
    """The words of a description before its head that tell one holder of the role from another
    ("Indiana" in "the Indiana governor", "GOP" and "presidential" in "the GOP presidential nominee")."""
    return frozenset(_word(w) for w in words[:-1]) - _NOT_MODIFIERS


def best_titled(titled: Sequence[tuple[str, frozenset[str]]], wanted: frozenset[str]) -> str | None:
    """Of the people titled with a description's head (``(name, title words)``, in text order), the one
    whose title words hold the most of the description's modifiers, the latest on a tie; ``None`` when
    the description has modifiers and no title holds any of them."""
    best, best_score = None, 0
    for name, context in titled:
        score = len(wanted & context)
        if score >= best_score and (score or not wanted):
            best, best_score = name, score
    return best
