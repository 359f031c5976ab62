"""Organisations named in apposition: "The regulator, Ofgem, said", "the energy regulator Ofgem said",
"One of them, Acme Health Group, said", "Ofwex, the water regulator, said".

:func:`quotes.speakers.sieves.apposition` reads a person's name beside a description ("The chief, Paul
Roe,"); this sieve reads the same construction where the name is an organisation's, from either side:

* the mention is the description, a partitive ("one of the insurers", "another") or a noun that can
  stand for a body ("the regulator", "the union"), and the name beside it is an organisation's: that
  organisation, resolution ``apposition``;
* the mention is the name, and the noun beside it is a noun of organisation ("Ofwex, the water
  regulator,"; "Tarnby Foods, a Leeds firm,"): the name is a body's, not a person's; resolution
  ``organization``, as for any organisation named as such.

A description of a person ("a spokesman, Acme Corp.,") is left alone: a spokesman is no company.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.entities import ArticleEntities
from quotes.speakers.organisations import BACK_HEADS
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

#: Nouns of organisation that make a name beside them a body's ("Ofwex, the water regulator,").
_BODY_NOUNS = BACK_HEADS | speaker_lexicon.APPOSITION_ORGANISATION_HEADS


def organisation_apposition(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """An organisation named in apposition to the mention, or the mention's name made an
    organisation's by a noun in apposition (see the module): that organisation, by the article's
    fullest name for it; ``None`` for any other mention."""
    head = mention.head
    if head is None:
        return None
    if head.pos_ == "PROPN" and _indefinite_beside_name(head):  # "Future45, a super PAC that intends"
        known = entities.by_token.get(head.head.i)
        if known is None or known.kind == "organization":
            return Decision(organisation_at(head.head, entities) or head.head.text, "organization", "apposition")
    if head.pos_ == "PROPN":
        return _named_body(mention, head, entities)
    if head.ent_type_ in ("PERSON", "ORG"):
        return None
    word = head.lower_
    if word not in name_lexicon.PARTITIVE_HEADS and (head.pos_ != "NOUN" or word in _PERSON_HEADS):
        return None
    for child in head.children:
        if child.dep_ != "appos" or child.ent_type_ == "DATE":
            continue
        entity = entities.by_token.get(child.i)  # a body the model tagged a person is one in the model
        if entity is not None and entity.kind != "organization":
            continue  # "the group's founder, Ann Roe,": a person, another sieve's
        if entity is not None or child.ent_type_ == "ORG":
            name = organisation_at(child, entities)
            if name:
                return Decision(name, "organization", "apposition")
    return None


def _indefinite_beside_name(head: Token) -> bool:
    """Whether an indefinite description the model took for a name ("a super PAC", "an Acme PAC") stands
    in apposition after a body's name the parse gives no person ("Future45, a super PAC,")."""
    if head.dep_ != "appos" or head.head.i > head.i or head.head.pos_ != "PROPN":
        return False
    name = head.head
    if name.ent_type_ not in ("", "ORG", "GPE", "FAC", "PRODUCT") or not name.text[:1].isupper():
        return False  # "Hale, a Republican,": a person's name
    if head.ent_type_ not in ("", "ORG") or head.lower_ in name_lexicon.PARTY_WORDS:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _named_body(mention: MentionView, head: Token, entities: ArticleEntities) -> Decision | None:
    """A name with a noun of organisation in apposition ("Ofwex, the water regulator,"; "the
    regulator, Ofwex,", the mention cut to the name): the organisation, by the entity model's name for
    it, else as the mention writes it."""
    linked = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        linked.append(head.head)
    if not any(t.pos_ == "NOUN" and t.lemma_.lower() in _BODY_NOUNS for t in linked):
        return None
    entity = entities.by_token.get(head.i)
    if entity is not None and entity.kind != "organization":
        return None
    name = entity.name if entity is not None else " ".join(mention.words)
    return Decision(name, "organization", "organization") if name else None
