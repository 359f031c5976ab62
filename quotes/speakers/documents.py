"""Documents and their owners: who speaks when "the report says" or "according to the poll".

A document or finding speaks for the person or organisation that released it. The owner is named in
the document's own noun phrase ("Acme's report", "a study released by Acme", "the latest Acme/Ipsos
poll"), by the verb that brought it out ("Acme released a report", "Acme said in a statement"), or,
for a definite document the article has introduced before ("the report", "the survey"), with the
latest earlier document of the same kind ("Acme released a report on Monday ... The report says").
:class:`quotes.speakers.document_index.DocumentOwners` indexes the documents of one article once; the
document sieve of :mod:`quotes.speakers.sieves` asks it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quotes.lexicon import countries as country_lexicon
from quotes.lexicon import documents as document_lexicon
from quotes.lexicon import names as name_lexicon
from quotes.speakers import organisations
from quotes.speakers.doc_text import entities_of
from quotes.speakers.entities import ArticleEntities, Entity, name_words

_LEADING_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)

#: Entity types of an owner's name (a people or party, "the Democratic nominee's speech", owns nothing).
_OWNER_TYPES = frozenset({"ORG", "PERSON", "GPE"})

#: Punctuation inside one owner's name ("Reuters/Ipsos", "ABC-Washington Post", "AT&T").
_NAME_JOINERS = frozenset({"/", "-", "&"})

#: Entity types of words before a document that are no owner ("Thursday's report", "the 2016 poll").
_NOT_OWNERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"})

#: Entity types of names after a document that tell where or whom it is about, not whose it is ("a
#: poll of Ohio Democrats", "a survey in Iowa").
_PLACES = frozenset({"NORP", "GPE", "LOC"})

#: Determiners of a document the article has already introduced ("the poll", "this report").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def document_kind(word: str) -> str:
    """The kind of document a head noun names, so that "the survey" refers back to "a poll" and "the
    report" to "reports": the synonym's kind, else the singular."""
    word = word.lower()
    return document_lexicon.DOCUMENT_KINDS.get(word, word[:-1] if word.endswith("s") else word)


def owner(head: Token, entities: ArticleEntities) -> Entity | None:
    """The named owner of the document whose head noun is ``head``: in its noun phrase, else the
    named subject of the verb that released it or that spoke "in" it."""
    return _owner_in_phrase(head, entities) or _owner_by_verb(head, entities) or _authors(head, entities)


def _authors(head: Token, entities: ArticleEntities) -> Entity | None:
    """The authors a phrase names for the document it is "of" ("The authors of the report, which
    include Acme and the Hale Trust,"; "the report's authors, Acme and the Hale Trust,"): those
    people or organisations as one owner (:func:`_coordinated`); ``None`` when it names none."""
    if not (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _AUTHOR_HEADS):
        return None
    authors = head.head.head
    for child in authors.children:
        if child.dep_ == "appos":
            return _coordinated(child, entities)
        if child.dep_ == "relcl" and child.lemma_.lower() in ("include", "be"):
            named = [c for c in child.children if c.dep_ in ("dobj", "attr")]
            if named:
                return _coordinated(named[0], entities)
    return None


#: Nouns for the people or bodies who wrote a document ("the authors of the report").
_AUTHOR_HEADS = frozenset({"authors", "author", "writers", "publishers", "sponsors"})


def _owner_in_phrase(head: Token, entities: ArticleEntities) -> Entity | None:
    """A possessor ("Acme's report", "the union's statement"), the proper name before the head ("the
    latest Acme/Ipsos poll", "FEC records"), or the object of "by", "from", "of" or "in" after it,
    directly or through a participle ("released by", "conducted by")."""
    for child in head.children:
        back = child.lower_ in name_lexicon.ORGANISATION_BACK_HEADS
        if child.dep_ == "poss" and child.pos_ == "NOUN" and back:
            entity = entities.organisation_by_word(child.lower_, head.idx) or _named_on_in_sentence(
                child, entities
            )
            if entity is not None:
                return entity
    entity = _named(head, entities)
    if entity is not None:
        return entity
    after = []  # names after the head: a person or organisation, not a place ("a poll of Ohio Democrats")
    published = []  # "an article in Politico": the publication, whatever the model tagged it
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of", "in"):
            after += [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ == "in" and head.lower_ in name_lexicon.PUBLISHED_HEADS:
                published += [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        elif child.dep_ in ("relcl", "acl") and child.lemma_.lower() in document_lexicon.DOCUMENT_VERBS:
            subjects = [c for c in child.children if c.dep_ == "nsubj"]  # "reports Ann Roe filed"
            entity = (_campaign(subjects[0], entities) or _named(subjects[0], entities)) if subjects else None
            if entity is not None:
                return entity
        if child.dep_ == "acl":
            for prep in child.children:
                if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "from"):
                    after += [c for c in prep.children if c.dep_ == "pobj"]
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in document_lexicon.APPEARING_VERBS:
            for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "in"):
                # "a study that appeared in the Hale Journal", "a study published in Acme Medicine"
                published += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    for token in after:  # "an ad from Ann Roe's campaign" is the Roe campaign's, not Roe's own
        entity = _campaign(token, entities) or _coordinated(token, entities, _PLACES)
        entity = entity or _referred_back(token, entities)
        if entity is not None:
            return entity
    entity = _owner_of_site(head, entities)
    if entity is not None:  # "a document on the Roe campaign's website"
        return entity
    for token in published:
        if not _known_place(token):
            entity = _named(token, entities)
            if entity is not None:
                return Entity(entity.name, "organization")
    return None


def _named_on_in_sentence(token: Token, entities: ArticleEntities) -> Entity | None:
    """For a body's noun the article has named no organisation by before ("“...,” the committee's report
    says, said Ann Roe, who chairs the Senate Finance Committee"), the one organisation with that word in
    its name the rest of the sentence names; ``None`` when it names none or several."""
    sentence = token.sent
    candidates = {
        e.name: e
        for e in entities.by_org_word.get(token.lower_, [])
        if any(token.idx < offset < sentence.end_char for offset in e.offsets)
    }
    return next(iter(candidates.values())) if len(candidates) == 1 else None


def _owner_of_site(head: Token, entities: ArticleEntities) -> Entity | None:
    """The named owner of the website or page a document is posted on ("a document on the Roe
    campaign's website", "a statement on Acme's site"): the possessor of the site; ``None`` otherwise."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"):
        sites = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ in document_lexicon.SITE_HEADS]
        for site in sites:
            for owner_token in (c for c in site.children if c.dep_ == "poss"):
                entity = _campaign(owner_token, entities) or _named(owner_token, entities, _PLACES)
                if entity is not None:
                    return entity
    return None


def _known_place(token: Token) -> bool:
    """Whether a name is a country's, or a capital's, the lexicon knows."""
    text = _LEADING_ARTICLE.sub("", _entity_of(token).text if _entity_of(token) is not None else token.text)
    return any(text.lower() in words for words in country_lexicon.COUNTRY_WORDS.values())


def _owner_by_verb(head: Token, entities: ArticleEntities) -> Entity | None:
    """The named subject of the verb a document is the object of ("Acme released a report", "Tom Hale
    filed a suit") or that speaks in it ("Acme said in a statement"), or the agent of the verb in the
    passive ("The survey was conducted by Acme")."""
    verb = None
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in document_lexicon.DOCUMENT_VERBS:
        for agent in _agents(head.head):  # "The survey was conducted by Acme"
            for name in agent.children:
                found = _named(name, entities, _PLACES) if name.dep_ == "pobj" else None
                if found is not None:
                    return found
        return None
    if head.dep_ == "dobj" and head.head.lemma_.lower() in document_lexicon.DOCUMENT_VERBS:
        verb = head.head
    elif head.dep_ == "pobj" and head.head.lower_ in ("in", "through", "via") and head.head.dep_ == "prep":
        verb = head.head.head if head.head.head.pos_ == "VERB" else None
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _campaign(child, entities) or _coordinated(child, entities)
    return None


def _coordinated(
    token: Token, entities: ArticleEntities, excluded: frozenset[str] = frozenset()
) -> Entity | None:
    """The owner a noun phrase names (:func:`_named`); where it joins names with "and" ("Tom Hale and
    Ann Roe sent a letter", "a letter from Acme and the Hale Trust"), all of them as one owner of kind
    group, when each is a person or organisation the phrase names; ``None`` when one of them is not (a
    wrong name is worse than none)."""
    conjuncts = [c for c in token.subtree if c.dep_ == "conj" and c.head.i in (token.i, *_conj_chain(token))]
    first = _named(token, entities, excluded)
    if not conjuncts or first is None:
        return first
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in token.subtree):
        return None  # "Acme or the Hale Trust": whose, the sentence does not say
    named = [first, *(_named(c, entities, excluded) for c in conjuncts)]
    if any(found is None or found.kind not in ("person", "organization") for found in named):
        return None
    names = list(dict.fromkeys(found.name for found in named if found is not None))
    return Entity(" and ".join(names), "group") if len(names) >= 2 else first


def _conj_chain(token: Token) -> list[int]:
    """The token indices of the conjuncts chained after ``token`` ("A, B and C": B hangs on A, C on B)."""
    chain, current = [], token
    while True:
        nxt = next((c for c in current.children if c.dep_ == "conj"), None)
        if nxt is None:
            return chain
        chain.append(nxt.i)
        current = nxt


def _referred_back(token: Token, entities: ArticleEntities) -> Entity | None:
    """The organisation a definite noun after a document refers back to ("a statement from the union"
    after the article named the Acme Workers Union): :func:`~quotes.speakers.organisations.referred_back`;
    ``None`` for an indefinite body ("a statement from a union") or any other noun."""
    if token.pos_ != "NOUN" or token.ent_type_ or token.lower_ not in organisations.BACK_HEADS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
        return None
    return organisations.referred_back(token.lower_, entities, token.idx)


def owner_by_earlier_verb(head: Token, entities: ArticleEntities) -> Entity | None:
    """For a definite document the article introduced by a verb rather than a noun ("Acme sued the
    city on Monday. The lawsuit says"; "Gallup polled 900 adults ... The poll found"), the named
    subject of the latest verb before it that brings such a document about
    (:data:`~quotes.lexicon.documents.DOCUMENTS_OF_VERBS`); ``None`` when there is none, or when that verb
    names no owner ("The city was sued")."""
    if not is_definite(head):
        return None
    kind = kind_of(head)
    for token in reversed(head.doc[: head.i]):
        if token.pos_ != "VERB" or kind not in document_lexicon.DOCUMENTS_OF_VERBS.get(
            token.lemma_.lower(), ()
        ):
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]  # none in the passive
        return _coordinated(subjects[0], entities) if subjects else None
    return None


def _campaign(token: Token, entities: ArticleEntities) -> Entity | None:
    """The campaign a subject names ("Ann Roe's campaign is airing an ad"): the organisation "Roe
    campaign", not the candidate."""
    if token.lower_ not in name_lexicon.CAMPAIGN_HEADS:
        return None
    for child in token.children:
        # a surname the model tagged otherwise ("the Hale campaign" as one organisation) counts when the
        # article names that person
        named = child.ent_type_ == "PERSON" or (child.pos_ == "PROPN" and entities.person([child.text]))
        if child.dep_ in ("poss", "compound") and named:
            found = _named(child, entities) if child.ent_type_ == "PERSON" else entities.person([child.text])
            if found is not None and found.kind == "person":
                return Entity(f"{found.name.split()[-1]} campaign", "organization")
    return None


def _agents(verb: Token) -> list[Token]:
    """The "by" phrases of a passive verb, also where the parse hangs one on a noun of the verb's
    clause ("conducted for the networks by Acme Research")."""
    found = []
    for token in verb.subtree:
        if token.lower_ != "by" or token.dep_ not in ("agent", "prep"):
            continue
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.i == verb.i:
            found.append(token)
    return found


def _named(token: Token, entities: ArticleEntities, excluded: frozenset[str] = frozenset()) -> Entity | None:
    """The person or organisation a noun phrase names in front of its head or as its head (leaving
    out names of the ``excluded`` entity types): the article's entity when it has one, else a new
    one of the name as written."""
    text = _LEADING_ARTICLE.sub("", _proper_name_of(token, excluded))
    if not text:
        return None
    entity = entities.organisation(text) or entities.person(name_words(text))
    if entity is None:
        kind = "person" if any(t.ent_type_ == "PERSON" for t in token.subtree) else "organization"
        entity = Entity(" ".join(name_words(text)), kind)
    return entity if entity.name else None


def _proper_name_of(token: Token, excluded: frozenset[str] = frozenset()) -> str:
    """The proper name a noun phrase holds in front of its head or as its head: "Acme/Ipsos" in "the
    latest Acme/Ipsos poll", "Acme Union" in "the Acme Union", the whole named entity the head ends
    ("the Public Policy Institute of California"); empty when there is none. A capital word that only
    starts the sentence is no name ("Exit polls")."""
    doc = token.doc
    left = token.left_edge.i
    names = {
        t.i
        for t in doc[left : token.i + 1]
        if (t.ent_type_ in _OWNER_TYPES or t.pos_ == "PROPN")
        and not (t.is_sent_start and t.pos_ != "PROPN")
        and t.ent_type_ not in _NOT_OWNERS
        and t.ent_type_ not in excluded
    }
    if not names:
        return ""
    last = first = max(names)
    while first - 1 >= left and (
        first - 1 in names or (doc[first - 1].text in _NAME_JOINERS and first - 2 in names)
    ):
        first -= 1
    entity = _entity_of(doc[last])
    if entity is not None and entity.end > last + 1 and entity.start >= first - 1:
        last = entity.end - 1  # the name goes on after its head ("Institute of California")
    while first < last and doc[first].text.islower():
        first += 1  # "the federal Acme Commission": the model's entity opens with a common word
    return doc[first : last + 1].text.strip(" ,")


def _entity_of(token: Token) -> Span | None:
    """The named entity a token is part of, if any."""
    if not token.ent_type_:
        return None
    return next((ent for ent in entities_of(token.doc) if ent.start <= token.i < ent.end), None)


def speaker_statement(head: Token, speaker: Token, organisation: bool = False) -> bool:
    """Whether a definite statement with no named owner ("the statement said", "the remarks suggest")
    is the words of the speaker whose mention is ``speaker``, the latest record's: a statement's kind,
    and that mention before it in its own sentence or the one before ("Acme responded that it had grown.
    “...,” the statement said"). A report or a poll is no one's words just spoken; but the data an
    ``organisation`` just spoke from are its own ("The Acme Office said that 98 percent ... According
    to the data, ...")."""
    kinds = document_lexicon.STATEMENT_KINDS | (document_lexicon.DATA_KINDS if organisation else frozenset())
    if kind_of(head) not in kinds or not is_definite(head):
        return False
    first = head.sent.start
    if first > 0:
        first = head.doc[first - 1].sent.start
    return first <= speaker.i < head.i


def issuing_body(head: Token, entities: ArticleEntities) -> Entity | None:
    """For a definite document only one kind of body issues ("the opinion said", "the ruling says": a
    court's), the organisation of that kind the article named last before it ("the Supreme Court");
    ``None`` for other documents, or where the article names no such body."""
    word = document_lexicon.DOCUMENT_ISSUERS.get(kind_of(head))
    if word is None or not is_definite(head):
        return None
    return entities.organisation_by_word(word, head.idx)


def kind_of(head: Token) -> str:
    """The kind of a document head (:func:`document_kind`); findings take the kind of the document
    they come from ("early results of an entrance poll" are a poll's)."""
    if head.lower_ in name_lexicon.FINDING_HEADS:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for source in prep.children:
                    if source.dep_ == "pobj" and source.lower_ in document_lexicon.DOCUMENT_HEADS:
                        return document_kind(source.lower_)
    return document_kind(head.lower_)


def is_definite(head: Token) -> bool:
    """Whether a document's noun phrase is definite ("the report", "this poll")."""
    return any(child.dep_ == "det" and child.lower_ in DEFINITE for child in head.children)
