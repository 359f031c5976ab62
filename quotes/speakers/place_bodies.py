"""Bodies named by their place: bare "police" is the force of the one place whose police the article
names ("the Springfield police chief", "Springfield police officers", "police in Springfield"), even
where it never spells the force's name out; a story that ties the police of two places to it leaves
"police" unnamed. "The state" that acts as a body ("the state appealed") is the one state its
sentence, or the one before, names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import countries as country_lexicon
from quotes.lexicon import names as name_lexicon
from quotes.speakers import organisations
from quotes.speakers.countries import ArticleCountries
from quotes.speakers.entities import ArticleEntities

#: Entity types of words before "police" that are no place ("Israeli police", "Trump police").
_NOT_PLACES = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})

#: Hyphens and the like that join the words of one place's name ("Charlotte-Mecklenburg").
_JOINERS = frozenset({"-", "–"})


def police_places(doc: Doc) -> list[str]:
    """The places whose police the article names, each once, in order: a proper name right before
    "police" ("Springfield police", "the Dayton police chief", "Kent Police"), or a place after "police
    in" ("police in Kaduna State")."""
    found: dict[str, str] = {}
    for token in doc:
        if token.lower_ not in _POLICE_WORDS:
            continue
        place = _place_before(token)
        if place:
            found.setdefault(_key(place), place)
        words = organisations.placed_in(token) or _place_after(token)  # "police in Kaduna State": {"kaduna"}
        if words:
            found.setdefault(" ".join(sorted(words)), " ".join(sorted(words)))
    return list(found.values())


def _place_after(token: Token) -> frozenset[str]:
    """The words, lower case, of a place named right after "police in" where the parse hangs "in" on
    the verb ("held by police in Dayton"); empty when none."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "in":
        return frozenset()
    words = set()
    for after in doc[token.i + 2 : token.i + 6]:
        if after.pos_ != "PROPN" or after.ent_type_ in _NOT_PLACES or not after.is_alpha:
            break
        words.add(after.lower_)
    return frozenset(words - _PLACE_FILLERS)


def _key(place: str) -> str:
    """A place's words that tell it from another, lower case and sorted ("Kaduna State": "kaduna")."""
    words = {w.lower() for w in place.replace("-", " ").split()} - _PLACE_FILLERS
    return " ".join(sorted(words))


#: Words of a place's name that tell no place from another ("Kaduna State", "the City of Dayton").
_PLACE_FILLERS = frozenset({"state", "city", "county", "province", "region", "district", "of", "the"})


def _place_before(token: Token) -> str:
    """The proper name of a place written right before ``token`` ("Springfield", "Charlotte-Mecklenburg",
    "Kaduna State"), or an empty string."""
    doc = token.doc
    i = token.i
    while i > 0:
        before = doc[i - 1]
        joined = before.text in _JOINERS and not before.whitespace_ and i > 1 and not doc[i - 2].whitespace_
        if joined and doc[i - 2].pos_ == "PROPN" and i < token.i:  # "Charlotte-Mecklenburg", not "LONDON - "
            i -= 1
            continue
        if before.pos_ != "PROPN" or not before.text[:1].isupper() or before.ent_type_ in _NOT_PLACES:
            break
        if before.is_sent_start and before.ent_type_ not in ("GPE", "LOC", "ORG", "FAC"):
            break  # "Police" words of a headline or a sentence's first capital ("Local police")
        i -= 1
    words = doc[i : token.i]
    if not len(words) or words[0].text in _JOINERS:
        return ""
    return "".join(t.text_with_ws for t in words).strip()


def police_force(doc: Doc, entities: ArticleEntities, countries: ArticleCountries) -> str | None:
    """The name of the force bare "police" stands for in an article: of the one place whose police
    the article names (:func:`police_places`), the organisation the article names with that place and
    a force's last word ("the Springfield Police Service"; no "Springfield Police Union"), else the
    place's name with "Police Department" in an American story or one that names no country, and with
    "Police" in any other ("Kent Police"); ``None`` when the article names the police of no place or
    of several."""
    places = police_places(doc)
    if len(places) != 1:
        return None
    place = places[0]
    words = {w.lower() for w in place.replace("-", " ").split()}
    for entity in entities.organisations:
        name_words = {w.lower() for w in entity.name.replace("-", " ").split()}
        last = entity.name.split()[-1].lower()
        if words <= name_words and name_words & _POLICE_NAME_WORDS and last not in name_lexicon.NOT_FORCE_LAST_WORDS:
            return entity.name
    title = " ".join(w if not w.islower() else w.capitalize() for w in place.split())
    american = "US" in countries.home or not countries.counts
    return f"{title} Police Department" if american else f"{title} Police"


#: Words of a force's name that make it police ("Kent Police", "the Acme County Sheriff's Office").
_POLICE_NAME_WORDS = name_lexicon.ORGANISATION_TYPE_WORDS["police"]

#: The word of a force ("police"), in each case the tokens hold it.
_POLICE_WORDS = frozenset({"police"})


def state_named(head: Token) -> str | None:
    """The state "the state" stands for as a body ("the 2000 election in Ohio, when the state purged
    voters"): the one state (:data:`~quotes.lexicon.countries.STATES`, or a name ending in "State") that
    its sentence names before it, else the one the sentence before names; ``None`` when none or
    several are named there, or for "a state", "the state's ...", "the state government"."""
    if head.lower_ != "state" or head.dep_ == "poss" or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    ):
        return None
    if any(c.dep_ in ("compound", "amod", "poss") for c in head.children):
        return None  # "the Ohio state", "the same state"
    sentence = head.sent
    found = _states(head.doc[sentence.start : head.i])
    if not found and sentence.start > 0:
        before = head.doc[sentence.start - 1].sent
        found = _states(head.doc[before.start : before.end])
    return next(iter(found.values())) if len(found) == 1 else None


def _states(span: Span) -> dict[str, str]:
    """The states a span names, by their lower-case names: the places the model tagged whose name is
    a state's ("Ohio", "Kaduna State")."""
    found = {}
    for ent in span.ents:
        if ent.label_ != "GPE":
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        words = text.split()
        if text.lower() in country_lexicon.STATES or (len(words) >= 2 and words[-1] == "State"):
            found[text.lower()] = text
    return found
