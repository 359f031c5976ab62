"""Organisations named in apposition to a description: "One of them, Acme Health Group, said",
"The regulator, Ofgem, said".

:func:`quotes.speakers.sieves.apposition` reads a person's name beside a description ("The chief, Paul
Roe,"); this sieve reads the same construction where the name is an organisation's, for descriptions
that can stand for a body: a partitive ("one of the insurers", "another") or a common noun ("the
regulator", "the company"). A description of a person ("a spokesman, Acme Corp.,") is left alone: a
spokesman is no company.
"""

from __future__ import annotations

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.entities import ArticleEntities
from quotes.speakers.sieves import Decision, MentionView, organisation_at

#: Heads of a description of a person, which an organisation's name beside it does not name ("a
#: spokesman, Acme Corp.,": the name is the spokesman's employer at best).
_PERSON_HEADS = (
    speaker_lexicon.SPEAKER_ROLE_HEADS
    | speaker_lexicon.SPOKESPERSON_HEADS
    | name_lexicon.EPITHET_HEADS
    | frozenset(name_lexicon.ROLE_GENDER)
    | name_lexicon.PERSON_ONLY_NOUNS
)


def organisation_apposition(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A description with an organisation's name in apposition ("One of them, Acme Health Group,";
    "The regulator, Ofgem,"): that organisation, as the article names it in full; ``None`` for any
    other mention."""
    head = mention.head
    if head is None or head.ent_type_ in ("PERSON", "ORG"):
        return None
    word = head.lower_
    if word not in name_lexicon.PARTITIVE_HEADS and (head.pos_ != "NOUN" or word in _PERSON_HEADS):
        return None
    for child in head.children:
        if child.dep_ != "appos" or child.ent_type_ != "ORG":
            continue
        name = organisation_at(child, entities)
        if name:
            return Decision(name, "organization", "apposition")
    return None

