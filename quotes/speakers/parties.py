"""The political parties an article ties its people to, for descriptions that name a party ("the GOP
nominee", "the Democratic senator"): such a description is never a person the article ties to another
party only.

The ties come from the article's own words around a name: a party word among the title words before
it ("Republican Tom Hale", "Democratic Sen. Ann Roe", "GOP nominee Tom Hale"), in an apposition
("Ann Roe, a Democrat,", "Tom Hale, the Republican nominee,") or in a party-and-state label after it
("Sen. Ann Roe (D-Ohio)", "Tom Hale, R-Tenn.,").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import seats
from quotes.speakers import roles
from quotes.speakers.doc_text import entities_of, text_of
from quotes.speakers.entities import ArticleEntities

#: The party each letter of a label after a name stands for ("(D-Ohio)": the Democratic Party).
_LABEL_PARTIES = {
    letter: name_lexicon.PARTY_WORDS.get(word, word.title()) for letter, word in seats.PARTY_LETTERS.items()
}


def ties(doc: Doc, entities: ArticleEntities) -> dict[str, set[str]]:
    """For each person of the article (by fullest name), the parties the article ties that person to
    by the words around the name (see the module docstring)."""
    text = text_of(doc)
    found: dict[str, set[str]] = {}
    for ent in entities_of(doc):
        if ent.label_ != "PERSON":
            continue
        entity = entities.by_token.get(ent.root.i)
        if entity is None or entity.kind != "person":
            continue
        before = doc[max(ent.sent.start, ent.start - 4) : ent.start]
        run = [t for t in roles.title_run(before) if t.text[:1].isupper()]  # "Democratic", not "democratic"
        words = [t.text for t in run] + [t.text for t in _appositions(ent) if t.text[:1].isupper()]
        parties = set(roles.parties_in(words))
        label = roles.SEAT_LABEL.match(text, ent.end_char)  # "(D-Ohio)", ", R-Tenn.,"
        if label is not None:
            parties.add(_LABEL_PARTIES[label.group(1).lower()])
        if parties:
            found.setdefault(entity.name, set()).update(parties)
    return found


def _appositions(ent: Span) -> list[Token]:
    """The words of the apposition a name has ("Ann Roe, a Democrat,") or stands in ("the Republican
    nominee, Tom Hale,")."""
    root = ent.root
    words = [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
    if root.dep_ == "appos":
        words += [t for t in root.head.subtree if not (ent.start <= t.i < ent.end) and t.i < ent.start]
    return words
