"""An organisation's fullest name in the article: "FEC" is the "Federal Election Commission" the article
spells out elsewhere, "Fox" the "Fox News" it names, when exactly one organisation of the article fits.

The entity model of :mod:`quotes.speakers.entities` links an acronym to its organisation only where the
article writes it in brackets after the name; news often uses the acronym or the first word alone
without that ("the FEC filings", "the Fox poll").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.entities import ArticleEntities, Entity

#: Words an acronym leaves out ("Public Policy Institute of California" is PPIC).
_UNLETTERED = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})

_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,7}")


def initials(name: str) -> str:
    """The acronym of a name: the first letters of its words, small words left out."""
    words = name.replace("-", " ").split()
    # only the capitalised words: "the federal Acme Commission", as the model may tag it, is still AC
    return "".join(w[0] for w in words if w.lower() not in _UNLETTERED and w[:1].isupper()).upper()


def fullest(name: str, entities: ArticleEntities) -> str:
    """The article's fuller name for an organisation written as an acronym ("FEC"), as the first word
    of its name ("Fox") or as the last words of its name ("the Times" of "The New York Times", by
    :func:`_ending`), when exactly one organisation the article names fits; else ``name``. A word
    that is also a person's surname in the article is left as it is ("Clinton" is no "Clinton
    Foundation")."""
    words = name.split()
    if len(words) != 1:
        return _ending(name, entities) or name
    word = words[0]
    if _ACRONYM.fullmatch(word):
        letters = word.replace(".", "")
        found = {
            e.name for e in entities.organisations if len(e.name.split()) >= 2 and initials(e.name) == letters
        }
    elif word[:1].isupper() and word.lower() not in entities.by_surname:
        found = {
            e.name
            for e in entities.organisations
            if len(e.name.split()) >= 2 and e.name.split()[0].lower() == word.lower()
        }
    else:
        return name
    if not found:
        return _ending(name, entities) or name
    return _capitalised(found.pop()) if len(found) == 1 else name


def _capitalised(name: str) -> str:
    """A name from its first capitalised word ("the federal Acme Commission" is "Acme Commission")."""
    words = name.split()
    while len(words) > 1 and not words[0][:1].isupper():
        words = words[1:]
    return " ".join(words)


def _ending(name: str, entities: ArticleEntities) -> str | None:
    """The one organisation of the article whose longer name ends in ``name``, a short form news uses
    after the full one ("the Post" for "the New York Post", "the Security Council" for "the United
    Nations Security Council"); ``None`` when none or several do, when a word of it is a person's
    surname, or when the short form stands for several institutions ("the House")."""
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words) or name.lower() in AMBIGUOUS:
        return None
    if any(w.lower() in entities.by_surname for w in words):
        return None
    size = len(words)
    short = [w.lower() for w in words]
    found = {
        e.name
        for e in entities.organisations
        if len(e.name.split()) > size
        and [w.lower() for w in e.name.split()[-size:]] == short
        and e.name[:1].isupper()  # a name, not "an Acme Press-Gallup" as the model tagged it
    }
    return found.pop() if len(found) == 1 else None


#: Short forms that stand for several institutions (:data:`quotes.lexicon.names.AMBIGUOUS_SHORT_FORMS`).
AMBIGUOUS = name_lexicon.AMBIGUOUS_SHORT_FORMS


#: A web address as a name ("Acme.com", "acme.org").
_DOMAIN = re.compile(r"[A-Za-z0-9][\w-]*\.(?:com|org|net|gov|edu|io|co\.uk)")


def untagged(name: str, entities: ArticleEntities) -> str | None:
    """An organisation the tagger missed: a web address ("Acme.com"), or a first word or acronym of
    one organisation the article names in full ("Pew" for "Pew Research"); else ``None``."""
    if _DOMAIN.fullmatch(name):
        return name
    fuller = fullest(name, entities)
    return fuller if fuller != name else None



#: Every noun that refers back to an organisation the article named ("the company", "the union",
#: "police", "the regulator").
BACK_HEADS = (
    name_lexicon.ORGANISATION_BACK_HEADS
    | frozenset(name_lexicon.ORGANISATION_TYPE_WORDS)
    | name_lexicon.COMPANY_HEADS
)


def referred_back(
    word: str, entities: ArticleEntities, before: int, place: frozenset[str] = frozenset()
) -> Entity | None:
    """The organisation a description with head noun ``word`` refers back to ("the union", "the
    agency", "police", "the company"): of the organisations the article named before ``before``, the
    one named nearest before it that fits the noun (the noun is a word of its name, a word of its name
    is of the noun's type, or the article gave it the noun in apposition); for "the company" and the
    nouns of a trade, the nearest that is no public body, union, party or court; for "the group" the
    latest with the word in its name, else the latest at all; ``None`` when none fits. An organisation
    named last only as someone's workplace ("Analysts at Barclays said") gives way to one named
    otherwise ("Shell reported ... The company said" is Shell). A ``place`` the description is set in
    ("police in Kaduna State": the words "kaduna") keeps to organisations with one of its words in
    their name, so that no force of another city is given."""
    word = word.lower()
    if place:
        fitting = [e for e in entities.organisations if e.named_before(before) and fits(e, word)]
        fitting = [e for e in fitting if place & {w.lower() for w in e.name.replace("-", " ").split()}]
        return max(fitting, key=lambda e: e.last_before(before), default=None)
    if word in name_lexicon.GENERIC_ORGANISATION_HEADS and word not in name_lexicon.COMPANY_HEADS:
        return entities.organisation_by_word(word, before) or entities.latest_organisation(before)
    types = name_lexicon.ORGANISATION_TYPE_WORDS.get(word, frozenset()) | {word}
    fitting = [e for e in entities.organisations if e.named_before(before) and _fits(e, word, types)]
    if not fitting and word in name_lexicon.UNWORDED_TRADE_HEADS:
        return _sole_company(entities, word, before)
    # a workplace ("analysts at Barclays") is no topic: the nearest named otherwise, else the nearest
    return max(fitting, key=lambda e: (e.last_topical_before(before), e.last_before(before)), default=None)


def _sole_company(entities: ArticleEntities, word: str, before: int) -> Entity | None:
    """The one company the article named before ``before`` that a trade's noun ``word`` refers back
    to ("Harlow Sterling fired staff ... The bank said", when no organisation has "bank" in its name):
    an organisation that is no public body, union, party or court; ``None`` when it named none or
    several (one could be a bank, another not). The noun itself, tagged as a name at a sentence's
    start ("Bank executives"), is none."""
    companies = {
        fullest(e.name, entities): e
        for e in entities.organisations
        if e.named_before(before)
        and {w.lower() for w in e.name.split()} - {word, word + "s", "the"}
        and _fits(e, "company", name_lexicon.COMPANY_HEADS)
    }
    return next(iter(companies.values())) if len(companies) == 1 else None


def referred_ahead(word: str, entities: ArticleEntities) -> Entity | None:
    """The organisation a headline's description with head noun ``word`` stands for ("EU leaders meet
    ... Bloc aims to act" over a story about the European Union): the one organisation of the article
    that fits the noun (its acronym and its full name are one), named anywhere, since a headline comes
    before the names; ``None`` when none or several fit, or for a noun any organisation fits ("the
    group")."""
    word = word.lower()
    if word in name_lexicon.GENERIC_ORGANISATION_HEADS or word in name_lexicon.COMPANY_HEADS:
        return None  # "the company" before any is named is a company of the story, not the one named later
    types = name_lexicon.ORGANISATION_TYPE_WORDS.get(word, frozenset()) | {word}
    found = {fullest(e.name, entities): e for e in entities.organisations if _fits(e, word, types)}
    if len(found) != 1:
        return None
    name, entity = next(iter(found.items()))
    return entities.organisation(name) or Entity(name, entity.kind)


def fits(entity: Entity, word: str) -> bool:
    """Whether an organisation fits a description's head noun ``word`` ("the union", "the company";
    any organisation fits "the group")."""
    word = word.lower()
    if word in name_lexicon.GENERIC_ORGANISATION_HEADS and word not in name_lexicon.COMPANY_HEADS:
        return True
    return _fits(entity, word, name_lexicon.ORGANISATION_TYPE_WORDS.get(word, frozenset()) | {word})


def _fits(entity: Entity, word: str, types: frozenset[str]) -> bool:
    """Whether an organisation fits a description's head noun ``word`` of the given type words."""
    words = {w.lower() for w in entity.name.replace("-", " ").split()}
    if words <= {word, word + "s", "the"}:
        return False  # "Bank" the model tagged at a sentence's start ("Bank executives") is no name
    if word in _FORCE_WORDS and entity.name.split()[-1].lower() in name_lexicon.NOT_FORCE_LAST_WORDS:
        return False  # "police" are no "Acme Police Union"
    if word in words or word in entity.roles:
        return True
    known = name_lexicon.KNOWN_ORGANISATION_NOUNS.get(entity.name.lower(), frozenset())
    if word in known:
        return True  # "the broadcaster" after "the BBC"
    if word in name_lexicon.COMPANY_HEADS:  # "Ofgem, the regulator," and "the Pentagon" are none
        return not (words | entity.roles | known) & name_lexicon.NOT_COMPANY_WORDS
    return bool(words & types)


#: Nouns for a police force ("police", "the force").
_FORCE_WORDS = frozenset({"police", "force"})


#: Words of a place's name that tell no place from another ("Kaduna State", "the City of Dayton").
_PLACE_FILLERS = frozenset({"state", "city", "county", "province", "region", "district", "of", "the"})


def placed_in(head: Token) -> frozenset[str]:
    """The words, lower case, of the place a description of a body is set in ("police in Kaduna
    State": {"kaduna"}; "the union in Ohio"); empty when it names none."""
    words: set[str] = set()
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")):
            words |= {t.lower_ for t in place.subtree if t.ent_type_ in ("GPE", "LOC") and t.is_alpha}
    return frozenset(words - _PLACE_FILLERS)


def described_before(head: Token) -> Entity | None:
    """The organisation an earlier indefinite description with a proper name in it introduced ("a New
    Hampshire ballot commission ... the commission said"), for a public body's noun (not "the company":
    "a Texas company" names no company): the latest such description of the same noun before
    ``head``, named by its words from the first proper name on; ``None`` when there is none."""
    word = head.lower_
    if word in name_lexicon.COMPANY_HEADS or word in name_lexicon.GENERIC_ORGANISATION_HEADS:
        return None
    for token in reversed(head.doc[: head.i]):
        if token.lower_ != word or token.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            continue
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
        proper = [t for m in modifiers for t in m.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if proper:
            first = min(t.i for t in proper)
            return Entity(head.doc[first : token.i + 1].text, "organization")
    return None


#: Prepositions that tie a spokesperson to the body they speak for ("a spokesperson for the broadcaster",
#: "a spokesman at the ministry", "a representative of the union").
_SPEAKS_FOR = frozenset({"for", "at", "of"})

#: Heads of a person who speaks for a body ("spokesperson"), not of an anonymous one ("official").
_SPOKESPERSONS = speaker_lexicon.SPOKESPERSON_HEADS - speaker_lexicon.ANONYMOUS_HEADS - {"statement"}


def spoken_for(head: Token, entities: ArticleEntities) -> Entity | None:
    """The organisation a spokesperson speaks for when the phrase refers back to it by a noun ("a
    spokesperson for the broadcaster", "a spokesman at the ministry" after the article named the
    BBC): :func:`referred_back` of that noun; ``None`` for a spokesperson of a person ("a spokesman for
    the mayor"), of an indefinite body ("for a union") or where nothing fits. A spokesperson for a body
    the phrase names ("a spokeswoman for the Acme Union") is left unnamed, as PolNeAR's annotators
    leave an unnamed spokesperson (on train, naming the body there gave two nameless gold a name)."""
    if head.lower_ not in _SPOKESPERSONS:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _SPEAKS_FOR):
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            if body.pos_ != "NOUN" or body.ent_type_:
                continue
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in body.children)
            if definite and body.lower_ in BACK_HEADS:
                return referred_back(body.lower_, entities, body.idx)
    return None

