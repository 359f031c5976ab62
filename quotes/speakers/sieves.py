"""Resolution sieves over the article's entity model, each a small function with one job.

:class:`quotes.speakers.resolve.SpeakerResolver` runs them in order, most precise first; each returns a
:class:`Decision` or ``None`` to pass the mention on. The sieves here read the mention's place in the
parse (:class:`MentionView`: its words and head token) and the entity model of
:mod:`quotes.speakers.entities`; the registry sieves stay in :mod:`quotes.speakers.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import documents
from quotes.speakers.entities import ArticleEntities, Entity, name_words, person_words


@dataclass(frozen=True)
class Decision:
    """What a sieve decided: the canonical name (or none), the kind, and the sieve's name."""

    name: str | None
    kind: str
    resolution: str
    gender: str | None = None


@dataclass(frozen=True)
class MentionView:
    """A mention as the sieves see it: its words without a leading determiner and its head token."""

    start: int
    end: int
    words: list[str]
    lower: list[str]
    head: Token | None


def view(doc: Doc, start: int, end: int, text: str) -> MentionView:
    """The words and head token of the mention ``text`` at ``start``-``end``; a name after a possessor
    keeps only the name ("Acme's Tom Hale" is Tom Hale)."""
    tail = re.split(r"['’]s\s+", text)[-1]
    if tail != text and tail[:1].isupper():
        text = tail
    words = text.replace("’s", "").replace("'s", "").split()
    lower = [w.lower().rstrip(".,") for w in words]
    while lower and lower[0] in ("the", "a", "an"):
        words, lower = words[1:], lower[1:]
    span = doc.char_span(start, end, alignment_mode="expand")
    head = span.root if span is not None and len(span) else None
    return MentionView(start, end, words, lower, head)


def decide(entity: Entity, resolution: str) -> Decision:
    """A decision for an entity of the article."""
    return Decision(entity.name, entity.kind, resolution, entity.gender)


def head_entity(mention: MentionView, label: str) -> bool:
    """Whether the mention's head word is inside a named entity of type ``label`` (so that "Tom Roe's
    upbeat tone" is no person: its head is "tone")."""
    return mention.head is not None and mention.head.ent_type_ == label


def group(mention: MentionView) -> Decision | None:
    """A plural description naming nobody ("analysts", "some Democrats", "Israeli officials"): kind
    group, no name. Several named people joined by "and" are no group."""
    head = mention.head
    if head is None or not mention.lower or "and" in mention.lower:
        return None
    plural = head.tag_ in ("NNS", "NNPS") or mention.lower[-1] in speaker_lexicon.GROUP_HEADS
    if not plural or head.ent_type_ == "ORG" or head.lower_ in name_lexicon.DOCUMENT_HEADS:
        return None
    if head.lower_ in name_lexicon.ORGANISATION_BACK_HEADS:  # "police": the force the article named
        return None
    if head.ent_type_ in ("PERSON", "GPE") and not head.lower_.endswith("s"):
        return None
    if head.ent_type_ == "PERSON" and head.ent_iob_ == "I":  # a full name ending in s ("Ann Waters")
        return None
    members = group_members(head)
    return Decision(" and ".join(members) if members else None, "group", "group")


def group_members(head: Token) -> list[str]:
    """The people or organisations a group names as its members in its own noun phrase ("Two
    objectors, Tom Hale and Ann Roe,"; "candidates like Ann Roe and Tom Hale"; "other members,
    including the Acme Union"), in order; empty when it names none."""
    firsts = [child for child in head.children if child.dep_ == "appos"]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _MEMBER_PREPOSITIONS:
            firsts += [c for c in child.children if c.dep_ == "pobj"]
    members: list[str] = []
    for first in firsts:
        for token in (first, *[c for c in first.subtree if c.dep_ == "conj" and c.head.i != head.i]):
            if token.ent_type_ in ("PERSON", "ORG") and token.ent_iob_ != "O":
                members.append(" ".join(name_words(_entity_text(token))))
    if len(members) != len({m.lower() for m in members}):
        return []
    return [m for m in members if m]


#: Prepositions that introduce named members of a group ("candidates like Ann Roe", "including").
_MEMBER_PREPOSITIONS = frozenset({"including", "like", "as"})


def apposition(doc: Doc, mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A description with the person's name in apposition or right after it ("The chief, Paul Roe,";
    "A Acme spokesman, Tom Hale,"; "the Post columnist Ann Carter"): that person."""
    head = mention.head
    if head is None or head.ent_type_ == "PERSON":
        return None
    for token in (*head.children, head.head):
        if token.ent_type_ != "PERSON" or token.i == head.i:
            continue
        linked = token.dep_ == "appos" and token.head.i == head.i
        linked = linked or (head.dep_ == "appos" and head.head.i == token.i)
        if linked:
            entity = entities.by_token.get(token.i) or entities.person(name_words(_entity_text(token)))
            if entity is not None and entity.kind == "person":
                return decide(entity, "apposition")
    return None


def _entity_text(token: Token) -> str:
    doc = token.doc
    start = end = token.i
    while start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[start : end + 1].text


def document(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A document or finding ("the report", "a Gallup poll", "Acme's statement", "a study released by
    Acme", "Acme released a report that says"): its owner when the sentence names one, else no name
    (the mention is kept). A definite document the article introduced before is left to the resolver,
    which knows the earlier one's owner."""
    head = mention.head
    if head is None or head.lower_ not in name_lexicon.DOCUMENT_HEADS:
        return None
    found = documents.owner(head, entities)
    if found is not None:
        return decide(found, "document")
    return Decision(None, "unknown", "document")


def campaign_owner(mention: MentionView, entities: ArticleEntities) -> str | None:
    """The surname of the person whose campaign a mention names ("the Roe campaign", "Ann Roe's
    campaign"), or ``None``."""
    head = mention.head
    if head is None or head.lower_ not in name_lexicon.CAMPAIGN_HEADS:
        return None
    if head.ent_type_ == "ORG" and head.text[:1].isupper() and head.ent_iob_ == "I":
        return None  # an organisation named "... Campaign" ("the Human Rights Campaign")
    for child in head.children:
        if child.dep_ in ("poss", "compound") and (child.ent_type_ == "PERSON" or child.pos_ == "PROPN"):
            words = name_words(_entity_text(child))
            entity = entities.person(words, mention.start)
            name = entity.name if entity is not None else " ".join(words)
            return name.split()[-1] if name else None
    return None


def organisation_back(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A definite description of an organisation the article has named ("the company", "the court",
    "police"): the latest organisation named with that word, or for "the company" the latest one."""
    if mention.head is None or len(mention.lower) > 2 or mention.head.ent_type_:
        return None
    word = mention.lower[-1]
    if word not in name_lexicon.ORGANISATION_BACK_HEADS:
        return None
    entity = entities.organisation_by_word(word, mention.start)
    if entity is None and word in name_lexicon.GENERIC_ORGANISATION_HEADS:
        entity = entities.latest_organisation(mention.start)
    return decide(entity, "organization") if entity is not None else None


def name_in_article(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A name the article gives a person, as a whole or in part ("Tom Hale", "Hale", "Jordan"): the
    person's fullest name. Only for mentions whose head is a person's name."""
    words = person_words(" ".join(mention.words))  # no title or cue verb ("Stated Roe:", "Roe Says")
    single = len(words) == 1 and words[0][:1].isupper()
    # a person's name the model tagged otherwise ("Carly Fiorina" as an organisation) is in the model
    known = entities.by_token.get(mention.head.i) if mention.head is not None else None
    if not head_entity(mention, "PERSON") and not single and (known is None or known.kind != "person"):
        return None
    entity = entities.person(words, mention.start)
    if entity is None:
        return None
    return decide(entity, "name" if len(words) >= 2 else "surname")


def organisation_described(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """An organisation noun with the organisation's name in its phrase ("the People's Daily
    newspaper", "the Israeli newspaper Haaretz", "the Acme Corp. board"): that organisation."""
    head = mention.head
    if head is None or head.ent_type_ or head.lower_ not in name_lexicon.ORGANISATION_BACK_HEADS:
        return None
    for child in head.children:
        if child.dep_ in ("appos", "compound", "poss") and child.ent_type_ == "ORG":
            entity = entities.by_token.get(child.i)
            if entity is None or entity.kind != "organization":
                entity = entities.organisation(_entity_text(child))
            name = entity.name if entity is not None else _organisation_name(_entity_text(child))
            if name:
                return Decision(name, "organization", "organization")
    return None


def _organisation_name(text: str) -> str:
    """An organisation's name as written, without a leading "the" or a closing possessive; a
    possessive inside the name stays ("People's Daily")."""
    text = re.sub(r"^[Tt]he\s+", "", text.strip())
    return re.sub(r"['’]s?$", "", text).strip()


def titled_name(mention: MentionView) -> Decision | None:
    """A name after a person's title that the model tags an organisation ("Police spokesperson Resila
    Onyango", "Minister Heineken Lokpobiri", names it was not trained on): a person named as written."""
    head = mention.head
    if head is None or head.ent_type_ not in ("ORG", "GPE", "NORP") or len(mention.words) < 2:
        return None
    if not all(word[:1].isupper() for word in mention.words):
        return None
    titles = [
        c
        for c in head.lefts
        if c.dep_ == "compound"
        and c.idx < mention.start
        and c.lower_ in speaker_lexicon.SPEAKER_ROLE_HEADS | speaker_lexicon.SPOKESPERSON_HEADS
    ]
    if not titles or titles[-1].i + 1 < len(head.doc) and head.doc[titles[-1].i + 1].idx != mention.start:
        return None  # the title must stand right before the name
    return Decision(" ".join(mention.words), "person", "name")


def organisation_named(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """An organisation the article names, by name or acronym ("the IMF" after "the International
    Monetary Fund (IMF)")."""
    if not head_entity(mention, "ORG") or mention.head is None:
        return None
    if len(mention.lower) == 1 and mention.lower[0] in speaker_lexicon.SPEAKER_ROLE_HEADS:
        return None  # "the Taoiseach", "the Premier": an office the model tags an organisation
    entity = entities.by_token.get(mention.head.i)  # the whole name, where the mention cut it short
    if entity is None or entity.kind != "organization":
        entity = entities.organisation(" ".join(mention.words))
    return decide(entity, "organization") if entity is not None else None
