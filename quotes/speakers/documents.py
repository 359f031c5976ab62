"""Documents and their owners: who speaks when "the report says" or "according to the poll".

A document or finding speaks for the person or organisation that released it. The owner is named in
the document's own noun phrase ("Acme's report", "a study released by Acme", "the latest Acme/Ipsos
poll"), by the verb that brought it out ("Acme released a report", "Acme said in a statement"), or,
for a definite document the article has introduced before ("the report", "the survey"), with the
latest earlier document of the same kind ("Acme released a report on Monday ... The report says").
:class:`DocumentOwners` indexes the documents of one article once; the document sieve of
:mod:`quotes.speakers.sieves` asks it.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import NOUN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from quotes.lexicon import countries as country_lexicon
from quotes.lexicon import documents as document_lexicon
from quotes.lexicon import names as name_lexicon
from quotes.speakers import organisations
from quotes.speakers.doc_text import entities_of
from quotes.speakers.entities import ArticleEntities, Entity, name_words
from quotes.speakers.token_arrays import holding

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
    return _owner_in_phrase(head, entities) or _owner_by_verb(head, entities)


def _owner_in_phrase(head: Token, entities: ArticleEntities) -> Entity | None:
    """A possessor ("Acme's report", "the union's statement"), the proper name before the head ("the
    latest Acme/Ipsos poll", "FEC records"), or the object of "by", "from", "of" or "in" after it,
    directly or through a participle ("released by", "conducted by")."""
    for child in head.children:
        back = child.lower_ in name_lexicon.ORGANISATION_BACK_HEADS
        if child.dep_ == "poss" and child.pos_ == "NOUN" and back:
            entity = entities.organisation_by_word(child.lower_, head.idx)
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
    for token in after:
        entity = _coordinated(token, entities, _PLACES) or _referred_back(token, entities)
        if entity is not None:
            return entity
    for token in published:
        if not _known_place(token):
            entity = _named(token, entities)
            if entity is not None:
                return Entity(entity.name, "organization")
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
        if child.dep_ in ("poss", "compound") and child.ent_type_ == "PERSON":
            found = _named(child, entities)
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
    return doc[first : last + 1].text.strip(" ,")


def _entity_of(token: Token) -> Span | None:
    """The named entity a token is part of, if any."""
    if not token.ent_type_:
        return None
    return next((ent for ent in entities_of(token.doc) if ent.start <= token.i < ent.end), None)


#: How many sentences after a document with no owner the sentence that names its owner may come.
LATER_REACH = 2


class DocumentOwners:
    """The documents of one article, in order, each with its kind and named owner (if any)."""

    def __init__(self, doc: Doc, entities: ArticleEntities) -> None:
        self._doc = doc
        self._entities = entities
        self._documents: list[tuple[int, str, Entity | None]] = []
        for token in map(doc.__getitem__, _document_heads(doc)):
            found = owner(token, entities)
            if found is None and is_definite(token):  # "the report" keeps the owner of "a report" before
                found = self.earlier(token)[1]
            self._documents.append((token.i, kind_of(token), found))

    def earlier(self, head: Token) -> tuple[bool, Entity | None]:
        """For a definite document ("the report"), whether the article introduced one of its kind
        before, and that latest earlier document's owner (``None`` when it names none)."""
        kind = kind_of(head)
        for index, other_kind, found in reversed(self._documents):
            if index < head.i and other_kind == kind:
                return True, found
        return False, None

    def later(self, head: Token) -> Entity | None:
        """For a document introduced with no owner ("according to a new poll"), the owner the article
        gives it right after, where a definite document of the same kind in the next
        :data:`LATER_REACH` sentences names one ("The survey, conducted by the Acme Institute, finds");
        ``None`` when the next one of its kind names none, is another document ("a second poll"), is
        one of several ("recent polls ... The Acme poll"), or is further away."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        kind = kind_of(head)
        last = head.sent.end
        for _ in range(LATER_REACH):
            if last < len(self._doc):
                last = self._doc[last].sent.end
        for index, other_kind, found in self._documents:
            if index <= head.i or other_kind != kind:
                continue
            if index >= last or not is_definite(self._doc[index]):
                return None
            return found
        return None

    def sole_owner(self, head: Token) -> Entity | None:
        """The one owner the article has given documents of the kind of ``head`` before it ("The survey
        was conducted by Acme Research ... The survey also found"; "... Early results of an entrance
        poll show"), for a definite document or the findings of one; ``None`` for a new one of its own
        ("a new poll", "exit polls"), and when the article named none or several before, or marks a
        document as another of the kind ("a second poll"). An owner given only after the document
        is another document's as often as its own."""
        if not is_definite(head) and kind_of(head) == document_kind(head.lower_):
            return None  # "a new poll", "exit polls": one of its own, maybe another owner's
        kind = kind_of(head)
        same = [(i, o) for i, k, o in self._documents if k == kind]
        if any(_another(self._doc[i]) for i, _ in same):  # "a new poll ... A second poll, by Acme"
            return None
        known = [*self._entities.organisations, *self._entities.persons]  # no stray capitals
        found = {o.name: o for i, o in same if o is not None and i < head.i and any(o is e for e in known)}
        return next(iter(found.values())) if len(found) == 1 else None

    def latest_between(self, start: int, end: int) -> tuple[int, Entity | None] | None:
        """The latest document whose head token index is in ``[start, end)``, with its owner."""
        for index, _, found in reversed(self._documents):
            if start <= index < end:
                return index, found
            if index < start:
                break
        return None


def speaker_statement(head: Token, speaker: Token) -> bool:
    """Whether a definite statement with no named owner ("the statement said", "the remarks suggest")
    is the words of the speaker whose mention is ``speaker``, the latest record's: a statement's kind,
    and that mention before it in its own sentence or the one before ("Acme responded that it had grown.
    “...,” the statement said"). A report or a poll is no one's words just spoken."""
    if kind_of(head) not in document_lexicon.STATEMENT_KINDS or not is_definite(head):
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


def _another(head: Token) -> bool:
    """Whether a document is marked as another of its kind ("a second poll", "another survey")."""
    return any(c.lower_ in name_lexicon.OTHER_DOCUMENT_WORDS for c in head.children if c.i < head.i)


#: The hashes of :data:`quotes.lexicon.documents.DOCUMENT_HEADS`, to find them in a Doc's token arrays.
_DOCUMENT_HEAD_IDS = frozenset(get_string_id(word) for word in document_lexicon.DOCUMENT_HEADS)


def _document_heads(doc: Doc) -> list[int]:
    """Indices of the nouns that are document heads ("report", "poll"), read from the token arrays:
    building every Token of an article to read two attributes is slow."""
    if not len(doc):
        return []
    columns = doc.to_array([LOWER, POS])
    heads = holding(columns[:, 0], _DOCUMENT_HEAD_IDS) & (columns[:, 1] == NOUN)
    return heads.nonzero()[0].tolist()


def is_definite(head: Token) -> bool:
    """Whether a document's noun phrase is definite ("the report", "this poll")."""
    return any(child.dep_ == "det" and child.lower_ in DEFINITE for child in head.children)
