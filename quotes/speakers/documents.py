"""Documents and their owners: who speaks when "the report says" or "according to the poll".

A document or finding speaks for the person or organisation that released it. The owner is named in
the document's own noun phrase ("Acme's report", "a study released by Acme", "the latest Acme/Ipsos
poll"), by the verb that brought it out ("Acme released a report", "Acme said in a statement"), or,
for a definite document the article has introduced before ("the report", "the survey"), with the
latest earlier document of the same kind ("Acme released a report on Monday ... The report says").
Documents joined with "and" speak for their owners together. Some words in or around a document name
no owner: a title after a newspaper's name ("the Acme Times Sunrise poll"), the untagged words of a
capitalised title, the source a collection of emails is named after, or whoever obtained or read it
("an email obtained by Acme"). An ad a person puts out is that person's campaign's. A part of a
document ("a slide from a presentation Acme gives") is the owner's of the document it is part of, and a
presentation is whoever gives, carries or shows it.
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
from quotes.speakers.doc_text import entities_of, text_of
from quotes.speakers.entities import ArticleEntities, Entity, name_words

_LEADING_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s?$")

#: Entity types of an owner's name (a people or party, "the Democratic nominee's speech", owns nothing).
_OWNER_TYPES = frozenset({"ORG", "PERSON", "GPE"})

#: Punctuation inside one owner's name ("Reuters/Ipsos", "ABC-Washington Post", "AT&T").
_NAME_JOINERS = frozenset({"/", "-", "&"})

#: Entity types of words before a document that are no owner ("Thursday's report", "the 2016 poll").
_NOT_OWNERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"})

#: Entity types of names after a document that tell where or whom it is about, not whose it is ("a
#: poll of Ohio Democrats", "a survey in Iowa").
_PLACES = frozenset({"NORP", "GPE", "LOC"})

#: Entity types of names after "by" that are no owner: a state files a complaint ("a complaint by
#: Ohio"), a people or a region does not.
_REGIONS = frozenset({"NORP", "LOC"})

#: Determiners of a document the article has already introduced ("the poll", "this report").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def document_kind(word: str) -> str:
    """The kind of document a head noun names, so that "the survey" refers back to "a poll" and "the
    report" to "reports": the synonym's kind, else the singular."""
    word = word.lower()
    return document_lexicon.DOCUMENT_KINDS.get(word, word[:-1] if word.endswith("s") else word)


def owner(head: Token, entities: ArticleEntities) -> Entity | None:
    """The named owner of the document whose head noun is ``head``: in its noun phrase, else the
    named subject of the verb that released it or that spoke "in" it. Documents joined with "and"
    ("a complaint filed by Acme and a complaint by Ohio") speak together: their owners as one
    (:func:`_joint`), and no name when one of them names none (a wrong name is worse than none)."""
    first = _first_conjunct(head)  # "Acme released a report and a statement that says": the verb's
    shared = _owner_by_verb(first, entities) or _authors(first, entities)  # of every conjunct
    found = _owner_in_phrase(head, entities) or shared
    others = [head.doc[i] for i in _conj_chain(head) if head.doc[i].lower_ in document_lexicon.DOCUMENT_HEADS]
    if first.i != head.i or not others or found is None:
        return campaign_of_ad(head, found)
    if not any(c.dep_ == "cc" and c.lower_ == "and" for t in (head, *others) for c in t.children):
        return None  # "a report or a poll": whose, the sentence does not say
    return _joint([found, *(_owner_in_phrase(other, entities) or shared for other in others)])


def campaign_of_ad(head: Token, found: Entity | None) -> Entity | None:
    """The owner of a document, where an ad a person puts out is that person's campaign's ("Ann Roe is
    airing a new ad", "a Roe ad": the Roe campaign, which pays for it); ``found`` otherwise."""
    if found is None or found.kind != "person" or head.lower_ not in document_lexicon.AD_HEADS:
        return found  # "a video Ann Roe posted" is hers
    return Entity(f"{found.name.split()[-1]} campaign", "organization")


def _first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` is one of ("a report" of "a report and a statement")."""
    while token.dep_ == "conj" and token.head.lower_ in document_lexicon.DOCUMENT_HEADS:
        token = token.head
    return token


def _joint(owners: list[Entity | None]) -> Entity | None:
    """The owners of documents joined with "and" as one: the one owner when they name the same, all of
    them as a group when each is a person or organisation, else ``None``."""
    if any(found is None for found in owners):
        return None
    names = {found.name: found for found in owners if found is not None}
    if len(names) == 1:
        return next(iter(names.values()))
    if any(found.kind not in ("person", "organization") for found in names.values()):
        return None
    return Entity(" and ".join(names), "group")


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
    latest Acme/Ipsos poll", "FEC records"), the subject of a clause that released it ("reports Ann
    Roe filed"), a name after it (:func:`_names_after`), or the publication it appeared in."""
    for child in head.children:
        back = child.lower_ in name_lexicon.ORGANISATION_BACK_HEADS
        if child.dep_ == "poss" and child.pos_ == "NOUN" and back:
            entity = entities.organisation_by_word(child.lower_, head.idx) or _named_on_in_sentence(
                child, entities
            )
            if entity is not None:
                return entity
    entity = _named_before_document(head, entities)
    if entity is not None:
        return entity
    published = []  # "an article in Politico": the publication, whatever the model tagged it
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "in" and head.lower_ in name_lexicon.PUBLISHED_HEADS:
            published += [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        elif child.dep_ in ("relcl", "acl") and _bringing_verb(head, child):
            subjects = [c for c in child.children if c.dep_ == "nsubj"]  # "reports Ann Roe filed"
            entity = (_campaign(subjects[0], entities) or _named(subjects[0], entities)) if subjects else None
            if entity is not None:
                return entity
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in document_lexicon.APPEARING_VERBS:
            for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "in"):
                # "a study that appeared in the Hale Journal", "a study published in Acme Medicine"
                published += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    for token, excluded in _names_after(head):  # "an ad from Ann Roe's campaign" is the Roe campaign's
        if head.lower_ in document_lexicon.PART_HEADS and token.lower_ in document_lexicon.DOCUMENT_HEADS:
            return owner(token, entities)  # "a slide from a presentation Ann Roe gives" is hers
        entity = _campaign(token, entities) or _coordinated(token, entities, excluded)
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


def _bringing_verb(head: Token, verb: Token) -> bool:
    """Whether the verb of a clause on a document brings it out ("reports Ann Roe filed"), or presents a
    presentation ("a presentation that Ann Roe gives"): its subject then owns the document."""
    lemma = verb.lemma_.lower()
    if lemma in document_lexicon.DOCUMENT_VERBS:
        return True
    return head.lower_ in document_lexicon.PRESENTATION_HEADS and lemma in document_lexicon.PRESENTING_VERBS


def _names_after(head: Token) -> list[tuple[Token, frozenset[str]]]:
    """The nouns after "by", "from", "of" or "in" a document ("a report by Acme", "a poll of Ohio
    Democrats"), directly or through a participle ("released by", "conducted by"; not one of getting
    or reading it: "obtained by", "reviewed by"), each with the
    entity types of names it holds that are no owner: places and peoples ("a poll of Ohio Democrats",
    "a survey in Iowa"), but after "by" a state may own a document ("a complaint by Ohio")."""
    found = []
    for child in head.children:
        preps = [child] if child.dep_ == "prep" and child.lower_ in ("by", "from", "of", "in") else []
        if child.dep_ == "acl" and child.lemma_.lower() not in document_lexicon.HOLDING_VERBS:
            preps += [p for p in child.children if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "from")]
        for prep in preps:
            excluded = _REGIONS if prep.lower_ == "by" else _PLACES
            found += [(c, excluded) for c in prep.children if c.dep_ == "pobj"]
    return found


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
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in document_lexicon.DOCUMENT_VERBS:
        for agent in _agents(head.head):  # "The survey was conducted by Acme"
            for name in agent.children:
                found = _named(name, entities, _PLACES) if name.dep_ == "pobj" else None
                if found is not None:
                    return found
        return None
    verb = _releasing_verb(head)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _campaign(child, entities) or _coordinated(child, entities)
    return None


def releasing_pronoun(head: Token) -> Token | None:
    """The personal pronoun that is the subject of the verb that brought a document out or spoke in it
    ("He released a letter", "she said in a statement"), for the resolver to resolve; ``None``
    otherwise."""
    verb = _releasing_verb(_first_conjunct(head))
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    if not subjects or subjects[0].lower_ not in _SUBJECT_PRONOUNS:
        return None
    return subjects[0]


#: Personal pronouns that may be the subject of a verb releasing a document.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _releasing_verb(head: Token) -> Token | None:
    """The verb a document is the object of ("Acme released a report") or that speaks in it ("Acme
    said in a statement"), or ``None``."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in document_lexicon.DOCUMENT_VERBS:
        return head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "through", "via") and head.head.dep_ == "prep":
        return head.head.head if head.head.head.pos_ == "VERB" else None
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
    return _entity_named(_proper_name_of(token, excluded), token, entities)


def _named_before_document(head: Token, entities: ArticleEntities) -> Entity | None:
    """The owner a proper name in front of a document's head names (:func:`_named`), less the
    document's own title after a newspaper's name ("the Acme Times Sunrise poll" is the Acme Times's
    poll, "Sunrise" its title). A capitalised head inside its sentence ends a title ("Monday's Evening
    Brief"), whose words name an owner only where the model tags one ("the Hale Report"). Plural
    emails take the name of the account they came from or of who leaked them ("the Acme emails"),
    not of whoever wrote them: no owner."""
    if head.lower_ in document_lexicon.COLLECTION_HEADS:
        return None
    if head.text[:1].isupper() and not head.is_sent_start:  # a title: the name the model tags in it
        tagged = [t for t in head.doc[head.left_edge.i : head.i] if t.ent_type_ in _OWNER_TYPES]
        span = _entity_of(tagged[-1]) if tagged else None
        return _entity_named(_POSSESSIVE.sub("", span.text), head, entities) if span is not None else None
    return _entity_named(_without_title(_proper_name_of(head)), head, entities)


def _without_title(name: str) -> str:
    """A name less the words after the last word of a newspaper's name inside it ("Acme Times" of
    "Acme Times Sunrise"; "Acme/Lakeview Post" of "Acme/Lakeview Post Daybreak"), where a name
    comes before that word ("Times Square Alliance" is kept)."""
    words = name.split(" ")
    ends = [
        i
        for i, word in enumerate(words[:-1])
        if i > 0 and word.lower() in document_lexicon.NEWSPAPER_NAME_ENDS
    ]
    if not ends or any(c in _NAME_JOINERS for word in words[ends[-1] + 1 :] for c in word):
        return name  # "Acme Post/Hale poll": the words after it are another owner's name
    return " ".join(words[: ends[-1] + 1])


def _entity_named(text: str, token: Token, entities: ArticleEntities) -> Entity | None:
    """The article's person or organisation named ``text`` (a proper name of ``token``'s phrase), else
    a new one of the name as written."""
    text = _LEADING_ARTICLE.sub("", text)
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
    body = entities.organisation_by_word(word, head.idx)
    return _with_seat(body, text_of(head.doc)) if body is not None else None


def _with_seat(body: Entity, text: str) -> Entity:
    """A court's name with the circuit or district the article writes after it ("the U.S. Court of
    Appeals for the Ninth Circuit", "a District Court for the Western District of Ohio"), where the
    article gives it one such tail; the name as it is otherwise."""
    tails = {m.group(1) for m in re.finditer(re.escape(body.name) + _SEAT, text)}
    if len(tails) != 1:
        return body
    return Entity(
        f"{body.name} for the {tails.pop()}", body.kind, acronym=body.acronym, offsets=list(body.offsets)
    )


#: The tail of a court's name that tells its circuit or district (" for the Ninth Circuit", " for the
#: Western District of Ohio"): capitalised words, the last of them maybe followed by "of" and a name.
_SEAT = r" for the ((?:[A-Z][\w.]*\s)*?(?:Circuit|District)(?: of(?: [A-Z][\w.]*)+)?)"


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
