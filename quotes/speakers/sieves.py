"""Resolution sieves over the article's entity model, each a small function with one job.

:class:`quotes.speakers.resolve.SpeakerResolver` runs them in order, most precise first; each returns a
:class:`Decision` or ``None`` to pass the mention on. The sieves here read the mention's place in the
parse (:class:`MentionView`: its words and head token) and the entity model of
:mod:`quotes.speakers.entities`; the registry sieves stay in :mod:`quotes.speakers.resolve`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import documents as document_lexicon
from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import documents, organisations, pronouns
from quotes.speakers.entities import (
    ArticleEntities,
    Entity,
    given_name_gender,
    name_words,
    person_name,
    person_words,
)
from quotes.speakers.entity_spans import office_token
from quotes.speakers.loose_subjects import organisation_end


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
    if tail != text and tail[:1].isupper() and not _possessive_inside_name(doc, start, end):
        text = tail
    words = text.replace("’s", "").replace("'s", "").split()
    lower = [w.lower().rstrip(".,") for w in words]
    while lower and lower[0] in ("the", "a", "an"):
        words, lower = words[1:], lower[1:]
    return MentionView(start, end, words, lower, pronouns.token_at(doc, start, end))


def _possessive_inside_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at ``start``-``end`` is one institution's name with a possessive inside it
    ("St Mary's Hospital"), which names no possessor."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or not span[-1].text[:1].isupper():
        return False
    return span[-1].lower_ in name_lexicon.INSTITUTION_LAST_WORDS


def decide(entity: Entity, resolution: str) -> Decision:
    """A decision for an entity of the article."""
    return Decision(entity.name, entity.kind, resolution, entity.gender)


def head_entity(mention: MentionView, label: str) -> bool:
    """Whether the mention's head word is inside a named entity of type ``label`` (so that "Tom Roe's
    upbeat tone" is no person: its head is "tone"); an office the model tagged a person ("The
    Treasurer") is none."""
    if mention.head is None or mention.head.ent_type_ != label:
        return False
    return label != "PERSON" or not office_token(mention.head)


def group(mention: MentionView) -> Decision | None:
    """A plural description naming nobody ("analysts", "some Democrats", "Israeli officials"): kind
    group, no name. Several named people joined by "and" are no group."""
    head = mention.head
    if head is None or not mention.lower or "and" in mention.lower:
        return None
    plural = head.tag_ in ("NNS", "NNPS") or mention.lower[-1] in speaker_lexicon.GROUP_HEADS
    if not plural or head.ent_type_ == "ORG" or head.lower_ in document_lexicon.DOCUMENT_HEADS:
        return None
    if head.lower_ in name_lexicon.ORGANISATION_BACK_HEADS:  # "police": the force the article named
        return None
    if head.ent_type_ in ("PERSON", "GPE") and not head.lower_.endswith("s"):
        return None
    if head.ent_type_ == "PERSON" and head.ent_iob_ == "I":  # a full name ending in s ("Ann Waters")
        return None
    if untagged_name(mention):  # the same, untagged ("J. Cole Waters")
        return None
    members = group_members(head)
    return Decision(" and ".join(members) if members else None, "group", "group")


def group_members(head: Token) -> list[str]:
    """The people, organisations or states a group names as its members in its own noun phrase ("Two
    objectors, Tom Hale and Ann Roe,"; "candidates like Ann Roe and Tom Hale"; "other members,
    including the Acme Union and the Acme Trust"; "The authors, who include Ann Roe and the Acme
    Trust,"), or the names it stands in apposition after ("Ruritania and Freedonia, the two biggest
    exporters,"), in order. Empty when it names none, when it names one person only ("many experts,
    including Tom Hale,": his name is not the many's; one body, "unions such as the Acme Union", speaks
    for them as a body does), or when a number it gives is not theirs."""
    firsts = [child for child in head.children if child.dep_ == "appos"]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _MEMBER_PREPOSITIONS:
            firsts += [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "relcl" and child.lemma_.lower() == "include":
            firsts += [c for c in child.children if c.dep_ == "dobj"]
    if head.dep_ == "appos" and head.head.i < head.i and head.head.ent_type_ in _MEMBER_TYPES:
        firsts.append(head.head)  # "Ruritania and Freedonia, the two biggest exporters,"
    members: list[str] = []
    persons = 0
    for first in firsts:
        for token in (first, *_conjuncts(first, head)):
            if token.ent_type_ in _MEMBER_TYPES and token.ent_iob_ != "O":
                members.append(" ".join(name_words(_entity_text(token))))
                persons += token.ent_type_ == "PERSON"
            elif token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_:
                # a body's name the model left untagged ("the Acme Policy Fund")
                words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.dep_ != "det"]
                members.append(" ".join(name_words(" ".join(t.text for t in words))))
    members = [m for m in members if m]
    if not members or len(members) != len({m.lower() for m in members}):
        return []
    if len(members) == 1 and persons:
        return []  # "many experts, including Tom Hale,": one person's name is not the many's
    counted = [c for c in head.children if c.dep_ == "nummod"]
    if counted and _NUMBER_WORDS.get(counted[0].lower_, len(members)) != len(members):
        return []  # "three objectors, Tom Hale and Ann Roe": someone is left out
    return members


def _conjuncts(first: Token, group_head: Token) -> list[Token]:
    """The words joined to ``first`` by "and" or commas in its phrase ("Ann Roe, Tom Hale and Ed
    Park"), not those of the group's own noun phrase when that stands in apposition after them."""
    inside = {t.i for t in group_head.subtree} if group_head.head.i == first.i else set()
    return [c for c in first.subtree if c.dep_ == "conj" and c.head.i != group_head.i and c.i not in inside]


#: The kinds of named entity a group may name as its members.
_MEMBER_TYPES = frozenset({"PERSON", "ORG", "GPE"})

#: Numbers a group may give of its members ("the two biggest exporters").
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


#: Prepositions that introduce named members of a group ("candidates like Ann Roe", "including").
_MEMBER_PREPOSITIONS = frozenset({"including", "like", "as"})


def apposition(doc: Doc, mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A description with the person's name in apposition or right after it ("The chief, Paul Roe,";
    "A Acme spokesman, Tom Hale,"; "the Post columnist Ann Carter"; "his niece, Ann Roe (D-Acme),"):
    that person."""
    head = mention.head
    if head is None or head.ent_type_ == "PERSON":
        return None
    for token in (*head.children, head.head):
        known = entities.by_token.get(token.i)  # a name the entity model found that the model missed
        if token.i == head.i or (token.ent_type_ != "PERSON" and (known is None or known.kind != "person")):
            continue
        linked = token.dep_ == "appos" and token.head.i == head.i
        linked = linked or (head.dep_ == "appos" and head.head.i == token.i)
        if linked:
            entity = entities.by_token.get(token.i) or entities.person(name_words(_entity_text(token)))
            if entity is not None and entity.kind == "person":
                return decide(entity, "apposition")
    bracketed = _person_before_bracket(head, entities)
    if bracketed is not None:  # "His niece, Ann Roe (D-Acme), said", the parse's head in the brackets
        return decide(bracketed, "apposition")
    kin = _named_beside_person_noun(head)
    if kin is not None:  # "Her neighbour Keith Lowry says", the name tagged a body
        return kin
    titled = _titled_apposition(head)
    if titled is not None:  # "Counsel to the residents, Mr Femi Adeyemi-Bello,"; "Prosecuting, Ms Ann Roe KC"
        return titled
    office = head.lower_.rstrip(".") in speaker_lexicon.OFFICE_HEADS
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            # "a spokesman for the mayor, Tom Hale,": the name may be the mayor's; but a body's name is
            # no person's ("The chief executive of the Acme Council, Ann Roe,")
            known_place = entities.by_token.get(place.i)
            body = known_place is not None and known_place.kind == "organization"
            body = body or place.ent_type_ == "ORG"
            if not (office or body):
                continue
            for token in (c for c in place.children if c.dep_ == "appos"):
                entity = entities.by_token.get(token.i)  # "Governor of Kaduna State, Uba Sani,"
                if entity is not None and entity.kind == "person":
                    return decide(entity, "apposition")
    return None


def _person_before_bracket(head: Token, entities: ArticleEntities) -> Entity | None:
    """The person named right before a bracket in a phrase in apposition to ``head``, where the parse
    made a word inside the brackets the phrase's head ("his niece, state Del. Ann Roe (D-Acme),":
    "Acme" in apposition, the name its modifiers)."""
    for token in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
        words = token.doc[token.left_edge.i : token.i]
        opening = next((t for t in words if t.text == "("), None)
        if opening is None or opening.i == words.start:
            continue
        if any(t.pos_ == "ADP" for t in words if t.i < opening.i):
            continue  # "a friend of Tom Hale (D-Acme)": the name is another's
        for word in reversed(token.doc[words.start : opening.i]):  # back over the name's words to its root
            if not (word.text[:1].isupper() or word.is_punct) or word.text in (",", "("):
                break
            entity = entities.by_token.get(word.i)
            if entity is not None:
                return entity if entity.kind == "person" else None
    return None


def _named_beside_person_noun(head: Token) -> Decision | None:
    """A given name and a surname beside a noun that only ever describes a person ("Her neighbour Keith
    Lowry", "his wife, Ann Roe,"), which the model tagged a body or a place: that person, with the
    gender the given name tells."""
    if head.lower_ not in name_lexicon.PERSON_ONLY_NOUNS:
        return None
    for token in head.children:
        if token.dep_ != "appos" or token.ent_type_ not in ("ORG", "GPE", "FAC", "NORP"):
            continue
        words = name_words(_entity_text(token))
        gender = given_name_gender(words[0]) if 2 <= len(words) <= 3 else None
        if gender is not None and all(w[:1].isupper() for w in words):
            return Decision(" ".join(words), "person", "apposition", gender)
    return None


def _titled_apposition(head: Token) -> Decision | None:
    """A name in apposition that opens with a personal honorific ("Mr Femi Adeyemi-Bello", "Ms Ann Roe
    KC"), which the model tagged as no person: that person, named as written without the titles."""
    doc = head.doc
    for token in (c for c in head.children if c.dep_ == "appos" and c.ent_type_ not in ("PERSON", "DATE")):
        words = doc[token.left_edge.i : token.i + 1]
        if len(words) < 2 or words[0].lower_.rstrip(".") not in speaker_lexicon.PERSONAL_HONORIFICS:
            continue
        if all(t.text[:1].isupper() or t.text in ("-", ".") for t in words):
            name = person_name(words.text)
            if len(name.split()) >= 2 or "-" in name:
                return Decision(name, "person", "apposition")
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
    if head is None or head.lower_ not in document_lexicon.DOCUMENT_HEADS:
        return None
    found = documents.owner(head, entities)
    if found is not None:
        return decide(found, "document")
    return Decision(None, "unknown", "document")


def campaign_owner(
    mention: MentionView, entities: ArticleEntities, heads: frozenset[str] = name_lexicon.CAMPAIGN_HEADS
) -> str | None:
    """The surname of the person whose campaign (or other body of ``heads``: "the Roe team") a mention
    names ("the Roe campaign", "Ann Roe's campaign", "Ann Roe's campaign manager"), or ``None``."""
    head = mention.head
    if head is None or head.lower_ not in heads:
        return None
    if head.ent_type_ == "ORG" and head.text[:1].isupper() and head.ent_iob_ == "I":
        return None  # an organisation named "... Campaign" ("the Human Rights Campaign")
    owners = [c for c in head.children if c.dep_ in ("poss", "compound")]
    for prep in head.children:  # "the campaign for Ann Roe"
        if prep.dep_ == "prep" and prep.lower_ == "for":
            owners += [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"]
    if head.dep_ == "compound":  # "Ann Roe's campaign manager": the name hangs on the noun after
        owners += [c for c in head.head.children if c.dep_ == "poss"]
    for child in owners:
        if child.ent_type_ == "PERSON" or child.pos_ == "PROPN":
            words = name_words(_entity_text(child))
            entity = entities.person(words, mention.start)
            name = entity.name if entity is not None else " ".join(words)
            return name.split()[-1] if name else None
    return None


def organisation_back(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A definite description of an organisation the article has named ("the company", "the union",
    "police", "the central bank"): the nearest organisation named before it that fits the noun
    (:func:`quotes.speakers.organisations.referred_back`)."""
    head = mention.head
    if head is None or len(mention.lower) > 2 or head.ent_type_ or mention.lower[-1] != head.lower_:
        return None
    if head.lower_ not in organisations.BACK_HEADS or _indefinite(head):  # "a union" is a new one
        return None
    place = organisations.placed_in(head)
    entity = organisations.referred_back(head.lower_, entities, mention.start, place)
    if entity is None and place:  # "police in Kaduna State" is no force the article named elsewhere
        return Decision(None, "organization", "unresolved")
    if entity is None:  # "a New Hampshire ballot commission ... the commission said"
        entity = organisations.described_before(head)
    if entity is None:  # "Bloc aims to act" over a story of the European Union; "according to the
        # union" before the article names the one union of its story
        entity = organisations.referred_ahead(head.lower_, entities)
    return decide(entity, "organization") if entity is not None else None


def _indefinite(head: Token) -> bool:
    """Whether a noun phrase opens with an indefinite determiner ("a union", "another firm")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "some", "any") for c in head.children)


def name_in_article(
    mention: MentionView, entities: ArticleEntities, foreground: Mapping[str, int] | None = None
) -> Decision | None:
    """A name the article gives a person, as a whole or in part ("Tom Hale", "Hale", "Jordan"): the
    person's fullest name (of namesakes, as :meth:`ArticleEntities.person` picks with the
    ``foreground``). Only for mentions whose head is a person's name."""
    words = person_words(" ".join(mention.words))  # no title or cue verb ("Stated Roe:", "Roe Says")
    single = len(words) == 1 and words[0][:1].isupper()
    # a person's name the model tagged otherwise ("Carly Fiorina" as an organisation) is in the model
    known = entities.by_token.get(mention.head.i) if mention.head is not None else None
    if not head_entity(mention, "PERSON") and not single and (known is None or known.kind != "person"):
        return None
    entity = entities.person(words, mention.start, foreground=foreground)
    if entity is None and known is not None and known.kind == "person":
        entity = known  # a name the model filed under other words ("Husband Darren" is Darren Walsh)
    if entity is None:
        return None
    named = [w for w in words if w.lower() not in name_lexicon.NAME_PARTICLES]  # "Van der Berg": a surname
    return decide(entity, "name" if len(named) >= 2 else "surname")


def shared_surname(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A given name joined by "and" to a full name, the two sharing its surname ("Ann and Tom Hale
    wrote", the mention cut to "Ann"): the two people, "Ann Hale and Tom Hale", kind group. Only for a
    common given name the article gives no person as a surname."""
    head = mention.head
    if head is None or len(mention.words) != 1 or head.ent_iob_ == "I":
        return None
    word = mention.words[0]
    if given_name_gender(word) is None:
        return None
    if any(len(e.name.split()) >= 2 for e in entities.by_surname.get(word.lower(), [])):
        return None  # "Trump and Ann Hale": a surname of someone the article names in full
    doc = head.doc
    if head.i + 3 >= len(doc) or doc[head.i + 1].lower_ != "and" or doc[head.i + 2].ent_iob_ != "B":
        return None
    partner = doc[head.i + 2]
    if partner.ent_type_ != "PERSON":
        return None
    words = name_words(_entity_text(partner))
    if len(words) != 2 or given_name_gender(words[0]) is None:
        return None
    return Decision(f"{word} {words[-1]} and {' '.join(words)}", "group", "group")


def organisation_described(mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """An organisation noun with the organisation's name before it in its phrase ("the People's Daily
    newspaper", "the Acme Corp. board"), or a spokesperson for a body the phrase refers back to ("a
    spokesperson for the broadcaster", :func:`quotes.speakers.organisations.spoken_for`): that
    organisation. A name in apposition ("the regulator, Ofgem,") is
    :func:`quotes.speakers.appositions.organisation_apposition`'s."""
    head = mention.head
    if head is None:
        return None
    spoken_for = organisations.spoken_for(head, entities)
    if spoken_for is not None:  # "a spokesperson for the broadcaster" after the article named the BBC
        return decide(spoken_for, "organization")
    if head.ent_type_ or head.lower_ not in name_lexicon.ORGANISATION_BACK_HEADS:
        return None
    for child in head.children:
        if child.dep_ in ("compound", "poss") and child.ent_type_ == "ORG":
            name = organisation_at(child, entities)
            if name:
                return Decision(name, "organization", "organization")
    return None


def organisation_at(token: Token, entities: ArticleEntities) -> str:
    """The name of the organisation whose named entity holds ``token``: the article's fullest name for
    it, else the entity as written without a leading "the" or a closing possessive."""
    entity = entities.by_token.get(token.i)
    if entity is None or entity.kind != "organization":
        entity = entities.organisation(_entity_text(token))
    return entity.name if entity is not None else _organisation_name(_entity_text(token))


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
    if mention.head is None:
        return None
    known = entities.by_token.get(mention.head.i)
    if not head_entity(mention, "ORG") and (known is None or known.kind != "organization"):
        return None  # an institution tagged a person or a place is in the model ("St Mary's Hospital")
    if len(mention.lower) == 1 and mention.lower[0] in speaker_lexicon.SPEAKER_ROLE_HEADS:
        return None  # "the Taoiseach", "the Premier": an office the model tags an organisation
    if run_on_from_organisation(mention):
        return None
    entity = entities.by_token.get(mention.head.i)  # the whole name, where the mention cut it short
    if entity is None or entity.kind != "organization":
        entity = entities.organisation(" ".join(mention.words))
    if entity is not None and len(entity.name.split()) == 1:  # "the S.E.C." the article spells out
        fuller = organisations.fullest(entity.name, entities)
        if fuller != entity.name:
            entity = entities.organisation(fuller) or Entity(fuller, "organization")
    return decide(entity, "organization") if entity is not None else None


def run_on_from_organisation(mention: MentionView) -> bool:
    """Whether a mention is a name the model tagged as the end of the organisation's name before it
    ("the Acme Post Tom Hale said", read as one organisation): the mention starts right after a word
    that ends an organisation's name, inside the same entity."""
    head = mention.head
    if head is None or head.ent_type_ != "ORG":
        return False
    span = head.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or head.doc[span.start].ent_iob_ != "I":
        return False
    return organisation_end(head.doc[span.start - 1])


def named_next(doc: Doc, mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A description of someone the article names only in the sentence after it ("A top aide to the
    mayor says the plan is dead. Tom Hale told reporters ..."; "A tenants' group said ... The Acme
    Tenants Union's director, Ann Roe, ..."): the person (or, for an organisation's word, the
    organisation) that the next sentence's subject names for the first time in the article. A name the
    article gave before, or a subject that is no new name, leaves the description unresolved; so do
    anonymous heads ("a senior official"), pronouns and definite descriptions, which refer back."""
    head = mention.head
    if head is None or head.pos_ != "NOUN" or head.ent_type_ or not mention.lower:
        return None
    if head.lower_ in speaker_lexicon.ANONYMOUS_HEADS or head.lower_ in document_lexicon.DOCUMENT_HEADS:
        return None
    if head.lower_ in speaker_lexicon.SPOKESPERSON_HEADS:
        return None  # "A council spokesman said ... Cllr Ann Roe said": a spokesman speaks unnamed
    if head.lower_ in speaker_lexicon.INDEFINITE_OPENERS or _refers_back(head):
        return None  # "None of them"; "the candidate" is someone the reader has met
    subject = next_subject(head)
    if subject is None:
        return None
    organisation = head.lower_ in speaker_lexicon.ORGANIZATION_HEADS or head.lower_ in _GROUP_BODIES
    label = "ORG" if organisation else "PERSON"
    names = [subject] if not organisation else []
    names += [t for t in subject.children if t.dep_ == "appos"]  # "The chief, Ann Roe, said"
    if organisation:
        names = [t for t in subject.subtree if t.ent_type_ == "ORG"]
    for token in names:
        if token.ent_type_ != label:
            continue
        text = _entity_text(token)
        if label == "PERSON":
            entity = entities.by_token.get(token.i) or entities.person(name_words(text))
        else:
            entity = entities.organisation(text)
        if entity is None or len(entity.name.split()) < 2 or entity.named_before(subject.sent.start_char):
            continue  # a name the reader met before is no introduction
        return decide(entity, "apposition")
    return None


#: Heads of a description of a body of people that the next sentence may name as an organisation ("a
#: civil rights group says ... The Acme Rights Council ...").
def next_subject(head: Token) -> Token | None:
    """The subject of the main clause of the sentence after ``head``'s, or ``None`` (the last sentence).
    A section label in capitals between them ("ABSTRACT.", "FULL TEXT.") is no sentence of the story."""
    doc, end = head.doc, head.sent.end
    while end < len(doc) and _section_label(doc[end].sent):
        end = doc[end].sent.end
    if end >= len(doc):
        return None
    following = doc[end].sent
    return next((t for t in following.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)


def _section_label(sentence: Span) -> bool:
    """Whether a sentence is a label in capitals: one to three words, each all upper case, no verb."""
    words = [t for t in sentence if t.is_alpha]
    return (
        1 <= len(words) <= 3
        and all(t.is_upper and len(t) > 1 for t in words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


_GROUP_BODIES = frozenset({"group", "organization", "organisation", "union", "coalition", "association"})


def _refers_back(head: Token) -> bool:
    """Whether a description opens with a definite determiner ("the candidate", "this man") or a
    possessive pronoun ("his office", "her spokesman"), whose owner the reader has met."""
    return any(
        (child.dep_ == "det" and child.lower_ in speaker_lexicon.DEFINITE_OPENERS)
        or (child.dep_ == "poss" and child.lower_ in speaker_lexicon.POSSESSIVE_OPENERS)
        for child in head.children
    )


def untagged_name(mention: MentionView) -> bool:
    """Whether a mention is a person's name the parser neither tagged nor read as one, taking a
    surname in -s for a plural ("J. Cole Waters"): capitalised words with no entity type, proper nouns
    before a plural head, no determiner. A people or body ("Senate Democrats", "Iowa Voters") has a
    tagged word and stays a group."""
    head = mention.head
    if head is None or head.tag_ not in ("NNS", "NNPS") or head.ent_type_ or not head.text[:1].isupper():
        return False
    before = [t for t in head.doc[head.left_edge.i : head.i] if t.head.i == head.i or t.dep_ == "compound"]
    return (
        len(before) >= 1
        and len(mention.words) == len(before) + 1
        and all(t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper() for t in before)
        and head.lower_ not in speaker_lexicon.GROUP_HEADS
    )
