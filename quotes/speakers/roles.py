"""Role descriptions and the people the article gives them to: "the Indiana governor" is the person the
article calls "Indiana Gov. Ann Roe", not the latest governor it named.

The article's titles and appositions ("Republican nominee Tom Hale", "Ann Roe, the Democratic
nominee,") are kept with the words around them (:func:`title_context`); a definite description with
modifiers ("the Republican nominee", "the GOP presidential nominee") goes to the person whose title
words hold the most of them (:func:`best_titled`), the latest such person on a tie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import seats
from quotes.speakers import pronouns
from quotes.speakers.doc_text import entities_of, text_of
from quotes.speakers.entities import ArticleEntities, Entity

#: An age as a description ("the 62-year-old"), with the age as its group.
AGE = re.compile(r"(\d{1,3})-year-old")

#: Parts of speech that end a run of title words before a name.
_BREAKS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "PRON"})

#: Words that make the title after them another office ("Vice President", "Deputy Director").
_SECOND_IN_COMMAND = frozenset({"vice", "deputy", "assistant", "lieutenant"})

#: Words of a description that do not tell one holder of a role from another.
_NOT_MODIFIERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "'s", "’s"})


def _word(text: str) -> str:
    word = text.lower().strip(".,")
    return name_lexicon.MODIFIER_SYNONYMS.get(word, word)


def title_run(before: Span) -> list[Token]:
    """The title words right before a name, back to the first break (punctuation, a verb, a
    preposition): "Indiana Gov." in "spoke to Indiana Gov. Ann Roe", nothing in "to be president,
    Ann Roe". A title word after "vice" is another office ("Vice President") and is left out."""
    run: list[Token] = []
    for token in reversed(before):
        if token.is_punct and token.text != "." or token.pos_ in _BREAKS:
            break
        run.insert(0, token)
    return [t for i, t in enumerate(run) if not (i and run[i - 1].lower_ in _SECOND_IN_COMMAND)]


def title_context(ent: Span, run: Sequence[Token]) -> frozenset[str]:
    """The words the article describes a named person with: the title words in front of the name
    (``run``, from :func:`title_run`: "Indiana Gov.") and the words of an apposition ("Ann Roe, the
    Democratic nominee,") or of the description the name stands in apposition to ("the party's
    nominee, Ann Roe")."""
    words = {_word(token.text) for token in run}
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos":
            words |= {_word(t.text) for t in child.subtree}
    if root.dep_ == "appos":
        head = root.head
        words |= {_word(t.text) for t in head.subtree if not (ent.start <= t.i < ent.end)}
    return frozenset(words - _NOT_MODIFIERS - {""})


#: A party label after a name: "(D-Calif.)", ", R-Texas,", "(I-Vt.)".
SEAT_LABEL = re.compile(r"\s*[(,]\s*([DRI])\s*[-–]\s*([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*[),]")

#: A state after a name: "Sen. Tom Hale of Ohio", "Rep. Ann Roe, from New York,".
_SEAT_OF = re.compile(r",?\s+(?:of|from)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")

#: Every way a party label writes a state (lower case: "calif", "n.y.", "texas") -> the state's name.
_STATE_FORMS: dict[str, str] = {
    form: state for state, forms in seats.US_STATES.items() for form in (*forms, state)
}


def seat_words(doc: Doc, ent: Span) -> frozenset[str]:
    """The words of the seat and party the text gives a named office holder right after the name:
    "california" and "democratic" of "Rep. Ann Roe (D-Calif.)", "ohio" of "Sen. Tom Hale of Ohio"; so
    that "the California congresswoman" finds her among the people the article titles alike."""
    after = text_of(doc)[ent.end_char : ent.end_char + 48]
    label = SEAT_LABEL.match(after)
    if label is not None:
        written = label.group(2).lower()
        state = _STATE_FORMS.get(written) or _STATE_FORMS.get(written.rstrip("."))
        if state is None:
            return frozenset()
        return frozenset({seats.PARTY_LETTERS[label.group(1).lower()], *state.split()})
    return seat_after(doc, ent.end_char)


def seat_after(doc: Doc, offset: int) -> frozenset[str]:
    """The state a description names after its head ("Senator from Texas", "the senator from New
    York"): its words, lower case; empty when none follows at ``offset``."""
    place = _SEAT_OF.match(text_of(doc)[offset : offset + 40])
    if place is None:
        return frozenset()
    words = place.group(1).lower().split()
    for size in (2, 1):
        if " ".join(words[:size]) in seats.US_STATES:
            return frozenset(words[:size])
    return frozenset()


def _states(words: frozenset[str]) -> set[str]:
    """The US states whose every word is among ``words``."""
    return {state for state in seats.US_STATES if all(w in words for w in state.split())}


def other_seat(wanted: frozenset[str], context: frozenset[str]) -> bool:
    """Whether a description names a state ("the Ohio senator") and a title another one only ("Sen. Ann
    Roe (D-Calif.)"): that title is not the description's, however the rest fits."""
    named, held = _states(wanted), _states(context)
    return bool(named) and bool(held) and not named & held


def modifiers(words: Sequence[str]) -> frozenset[str]:
    """The words of a description before its head that tell one holder of the role from another
    ("Indiana" in "the Indiana governor", "GOP" and "presidential" in "the GOP presidential nominee")."""
    return frozenset(_word(w) for w in words[:-1]) - _NOT_MODIFIERS


def same_term(wanted: frozenset[str], context: frozenset[str]) -> bool:
    """Whether a title can be the description's as to time, seat and rank: a description of a past
    holder ("the former president") fits only a title that says so too ("former President Ann Roe"),
    never a sitting holder's ("President Tom Hale"); one of a state's ("the Ohio senator") no title of
    another state's (:func:`other_seat`); one of a second in command no title of the first
    (:func:`same_rank`)."""
    past = name_lexicon.PAST_TERM_MODIFIERS
    fits_time = not (wanted & past) or bool(context & past)
    return fits_time and not other_seat(wanted, context) and same_rank(wanted, context)


def same_rank(wanted: frozenset[str], context: frozenset[str]) -> bool:
    """Whether a description and a title agree on being a second in command's: "the vice presidential
    nominee" is not "Republican presidential nominee Tom Hale", nor "the Republican nominee" "Ann Roe,
    the Republican vice presidential nominee"."""
    return bool(wanted & _SECOND_IN_COMMAND) == bool(context & _SECOND_IN_COMMAND)


def parties_in(words: Iterable[str]) -> frozenset[str]:
    """The parties words name as a person's ("GOP" and "Republican": the Republican Party; not
    "Republicans", the members). Only words that name nothing but a party count: "conservative" and
    "libertarian" are often a view ("Conservative economist Ann Roe"), not a membership."""
    return frozenset(name_lexicon.PARTY_WORDS[w] for w in (_word(w) for w in words) if w in _PARTY_WORDS)


#: Party words that describe one member and nothing else ("Republican", "GOP", "Labour", "Tory").
_PARTY_WORDS = frozenset(
    w for w in name_lexicon.PARTY_WORDS if not w.endswith("s") and w not in name_lexicon.VIEW_WORDS
)


def party_of(words: Iterable[str]) -> str | None:
    """The one party a description's words name ("GOP" in "the GOP presidential nominee": the
    Republican Party); ``None`` when they name none, or more than one."""
    found = parties_in(words)
    return next(iter(found)) if len(found) == 1 else None


def clashes(party: str | None, tied: Iterable[str]) -> bool:
    """Whether a description of ``party`` cannot be a person tied to the parties ``tied``: the person
    is tied to parties, none of them that one (one tied to both, a party switcher, may be either)."""
    tied = set(tied)
    return party is not None and bool(tied) and party not in tied


def best_titled(titled: Sequence[tuple[str, frozenset[str]]], wanted: frozenset[str]) -> str | None:
    """Of the people titled with a description's head (``(name, title words)``, in text order), the one
    whose title words hold the most of the description's modifiers, the latest on a tie; ``None`` when
    the description has modifiers and no title holds any of them. A title of another party never
    fits: "the Democratic nominee" is not "Republican nominee Tom Hale", however many other words agree."""
    best, best_score = None, 0
    party = party_of(wanted)
    for name, context in titled:
        if clashes(party, parties_in(context)):
            continue
        score = len(wanted & context)
        if score >= best_score and (score or not wanted):
            best, best_score = name, score
    return best


#: A possessor opening a description: a possessive pronoun or a name with "'s" ("his wife", "Hale's wife").
_POSSESSOR = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*['’]s?)\s")


def mention_age(text: str) -> str | None:
    """The age a description gives ("34" of "the 34-year-old mother of three"), or ``None``."""
    ages = [match.group(1) for match in map(AGE.fullmatch, text.lower().split()) if match]
    return ages[0] if len(ages) == 1 else None


#: An age after a name, in commas ("Tom Hale, 32, said"), read from the text: the parse often hangs it
#: elsewhere.
_AGE_AFTER = re.compile(r",\s*(\d{1,3})\s*,")

#: An age before a name and the few words that describe the person between ("32-year-old Tom Hale",
#: "34-year-old businesswoman Ann Roe").
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}$")


def aged_persons(doc: Doc, entities: ArticleEntities, age: str, before: int) -> set[str]:
    """The names of the people the article gives ``age`` before ``before``: in apposition ("Tom Hale,
    32,") or as an epithet before the name ("32-year-old Tom Hale")."""
    text = text_of(doc)
    found = set()
    for ent in entities_of(doc):
        if ent.label_ != "PERSON" or ent.start_char >= before or ent.root.i not in entities.by_token:
            continue
        after = _AGE_AFTER.match(text, ent.end_char)
        ahead = _AGE_BEFORE.search(text[max(0, ent.start_char - 48) : ent.start_char])
        if (
            any(c.dep_ == "appos" and c.text == age for c in ent.root.children)
            or (after is not None and after.group(1) == age)
            or (ahead is not None and ahead.group(1) == age)
        ):
            found.add(entities.by_token[ent.root.i].name)
    return found


def described_person(doc: Doc, entities: ArticleEntities, head: str, text: str, before: int) -> Entity | None:
    """The person a definite description stands for when the article gave its head noun to exactly
    one person in apposition before it ("Ann Roe, a retired surgeon, ... the retired surgeon said"),
    or the age ("Tom Hale, 32, ... the 32-year-old said"); a family noun after a possessor likewise
    ("Tom Hale and his wife, Ann Roe, ... his wife said")."""
    family = head in name_lexicon.FAMILY_GENDER and bool(_POSSESSOR.match(text))
    if not text.lower().startswith(("the ", "this ")) and not family:
        return None
    age = mention_age(text)
    if age is not None:  # "the 32-year-old", "the 34-year-old mother": the one person of that age
        aged = aged_persons(doc, entities, age, before)
        found_aged = entities.person(aged.pop().split()) if len(aged) == 1 else None
        gender = name_lexicon.ROLE_GENDER.get(head) or name_lexicon.FAMILY_GENDER.get(head)
        if found_aged is not None and gender is not None and found_aged.gender not in (gender, None):
            return None  # "the 34-year-old mother" is no man of 34
        return found_aged
    found = [  # a full name: a one-word "person" is often a mis-tagged thing ("the hashtag #Tag")
        e for e in entities.persons if head in e.roles and e.named_before(before) and len(e.name.split()) >= 2
    ]
    return found[0] if len(found) == 1 else None


def unnamed_before(head: Token, words: Sequence[str], reach: int = 2) -> bool:
    """Whether a definite description ("the woman", "the Lincoln actor") refers back to someone the
    article introduced without a name, in the description's sentence or the ``reach`` before it: an
    indefinite noun phrase ("a young woman asked ...", "stars an Abraham Lincoln impersonator") with the
    same head noun or a capitalised modifier in common, outside quote marks, that the article ties to no
    name (:func:`_tied_to_name`). Such a description is that unnamed person, not the one in the
    foreground."""
    doc = head.doc
    first = head.sent.start
    for _ in range(reach):
        first = doc[first - 1].sent.start if first > 0 else first
    proper = {w.lower() for w in words[:-1] if w[:1].isupper()}
    for token in doc[first : head.left_edge.i]:
        if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ == "PERSON":
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            continue
        modifiers = {t.lower_ for t in doc[token.left_edge.i : token.i] if t.text[:1].isupper()}
        if token.lemma_.lower() != head.lemma_.lower() and not proper & modifiers:
            continue
        if not _tied_to_name(token) and not pronouns.quoted(token):
            return True
    return False


def _tied_to_name(token: Token) -> bool:
    """Whether an indefinite noun phrase describes someone the sentence names: a name it is given
    ("a nurse named Ann Roe") or in apposition ("Ann Roe, a nurse,"), or the complement of a named or
    pronoun subject ("Roe is a nurse", "As a nurse, she ...", "Roe, who is a nurse")."""
    for child in token.children:  # a name before the head says what kind ("an Elvis Presley impersonator")
        if child.dep_ == "acl" and child.lemma_.lower() in _NAMING_VERBS:
            if any(t.ent_type_ == "PERSON" for t in child.subtree):
                return True
    if token.dep_ == "appos" or any(c.dep_ == "appos" for c in token.children):
        return True
    if token.dep_ in ("attr", "oprd", "acomp"):
        clause = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "as":
        clause = token.head.head
    else:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.pos_ == "PRON")
        for c in clause.children
    )


#: Participles that give an indefinite noun phrase its name ("a nurse named Ann Roe").
_NAMING_VERBS = frozenset({"name", "call", "identify"})


def holders_for(doc: Doc, entities: ArticleEntities, heads: frozenset[str], owner: str) -> set[str]:
    """The people the article introduces with one of the role nouns ``heads`` of the person whose
    name ends in ``owner`` (lower case): "Ann Roe, Hale's lawyer,", "Hale's lawyer, Ann Roe,", "Ann
    Roe, a lawyer for Hale,", and "A lawyer for Hale, Ann Roe," (where the model hangs the name on
    "Hale"). Their fullest names, for "Hale's lawyer" to be the one of them."""
    return held_roles(doc, entities, heads).get(owner, set())


def held_roles(doc: Doc, entities: ArticleEntities, heads: frozenset[str]) -> dict[str, set[str]]:
    """For each owner word (lower case) the article gives one of the role nouns ``heads`` ("Ann Roe, a
    lawyer for Hale,"), the fullest names of the people who hold it (:func:`holders_for`)."""
    found: dict[str, set[str]] = {}
    for token in doc:
        if token.lower_ not in heads or token.pos_ != "NOUN":
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")):
            owners += [c for c in prep.children if c.dep_ == "pobj"]
        for owner in owners:
            word = owner.lower_.removesuffix("'s").removesuffix("’s")
            named = [c for c in token.children if c.dep_ == "appos"]
            named += [c for c in owner.children if c.dep_ == "appos"]  # "for Hale, Ann Roe,"
            if token.dep_ == "appos":
                named.append(token.head)  # "Ann Roe, a lawyer for Hale,"
            for name in named:
                entity = entities.by_token.get(name.i)
                if entity is not None and entity.kind == "person" and entity.name.split()[-1].lower() != word:
                    found.setdefault(word, set()).add(entity.name)
    return found
