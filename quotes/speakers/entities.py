"""The article's entity model: every person and organisation it names, with the ways it refers to them.

Built once per article from the named entities of the parsed Doc (one pass over ``doc.ents`` and
one over the appositions of their heads), then read by the resolution sieves of
:mod:`quotes.speakers.sieves`. A person is clustered under its surname: "Tom Hale", "Hale", "Mr.
Hale" and "Tom" (a first name only the one person has, as for children) are one entity whose name is
the fullest form the article gives ("Thomas R. Hale" over "Tom Hale" only when both end in the same
surname and one extends the other). Gender comes from the evidence the text gives: an honorific
("Mrs. Roe"), a family noun in apposition ("his wife, Ann Roe"), a given name that tells it. An
organisation is kept with its acronym when the article spells it out ("the International Monetary
Fund (IMF)") and with the words of its name, so that "the court" finds "the Supreme Court".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import name_variants
from quotes.speakers.doc_text import entities_of, text_of
from quotes.speakers.entity_spans import (
    honorific_names,
    institution,
    mistagged_persons,
    named_body,
    office_word,
    untagged_organisations,
    with_given_name,
    without_headline_epithet,
)

#: Re-exported: the sieves and the resolver read the forms of names from here.
from quotes.speakers.name_forms import (
    false_title,
    given_name_gender,
    name_words,
    nickname,
    organisation_words,
    person_name,
    person_words,
    same_given,
    spelled_out,
    surname_key,
    surname_of,
    without_description,
)

__all__ = [
    "ArticleEntities",
    "Entity",
    "build",
    "false_title",
    "given_name_gender",
    "institution",
    "mistagged_persons",
    "name_words",
    "organisation_words",
    "person_name",
    "person_words",
    "same_given",
    "spelled_out",
    "surname_key",
    "surname_of",
]


@dataclass
class Entity:
    """One person or organisation of the article."""

    name: str
    kind: str  # "person" or "organization"
    gender: str | None = None
    acronym: str | None = None
    roles: set[str] = field(default_factory=set)  # role and epithet head words the article gives it
    offsets: list[int] = field(default_factory=list)  # where the article names it, in order
    affiliations: set[int] = field(default_factory=set)  # offsets naming it as someone's workplace
    nicknames: set[str] = field(default_factory=set)  # lower case: "bobby" of 'Robert C. "Bobby" Hale'
    gender_told: bool = False  # the text told the gender (an honorific, "widow"), not a given name
    titles: set[str] = field(default_factory=set)  # office words written right before its names
    surname_only: list[int] = field(default_factory=list)  # offsets naming it by surname, no "Mrs."
    by_title: set[int] = field(default_factory=set)  # offsets of a surname its title filed here

    def last_topical_before(self, offset: int) -> int:
        """The latest offset before ``offset`` at which the article names it other than as someone's
        workplace ("analysts at Barclays"); -1 when none."""
        k = bisect_left(self.offsets, offset)
        return next((o for o in reversed(self.offsets[:k]) if o not in self.affiliations), -1)

    def named_before(self, offset: int) -> bool:
        """Whether the article names it before ``offset``."""
        return bool(self.offsets) and self.offsets[0] < offset

    def last_before(self, offset: int) -> int:
        """The latest offset before ``offset`` at which the article names it (-1 when none)."""
        k = bisect_left(self.offsets, offset)
        return self.offsets[k - 1] if k else -1


@dataclass
class ArticleEntities:
    """The entities of one article and the indexes the sieves look them up by."""

    persons: list[Entity] = field(default_factory=list)
    organisations: list[Entity] = field(default_factory=list)
    by_surname: dict[str, list[Entity]] = field(default_factory=dict)
    by_given: dict[str, list[Entity]] = field(default_factory=dict)
    by_org_name: dict[str, Entity] = field(default_factory=dict)  # full name and acronym, lower case
    by_org_word: dict[str, list[Entity]] = field(default_factory=dict)  # each word of the name
    by_token: dict[int, Entity] = field(default_factory=dict)  # token index of an entity's head word
    sentence_starts: list[int] = field(default_factory=list)  # character offset of each sentence

    def person(
        self,
        words: list[str],
        at: int | None = None,
        gender: str | None = None,
        foreground: Mapping[str, int] | None = None,
    ) -> Entity | None:
        """The person a name as written refers to: the full name; else of the people with that surname
        the one named last before ``at`` (the first named when none is before; "Bush" after "Jeb
        Bush" is Jeb Bush even when the article also names his father); else a given name that only
        one person of the article has ("Jordan" for "Jordan Stewart"). A ``gender`` (from "Mrs.")
        keeps to the people of that gender or of none known ("Mrs. Clinton" beside "Bill Clinton"),
        and a surname alone finds nobody when all its people are of the other ("Mr. Obama" beside
        "Michelle Obama" only).
        Of namesakes named together last, the one that sentence has in the ``foreground`` (name ->
        offset of the latest subject or speaker mention) wins: "Ann Smith, mother of Tom Smith, said
        ... Smith said" is Ann."""
        if not words:
            return None
        same = self.by_surname.get(surname_key(words), [])
        if gender is not None and same:
            agreeing = [e for e in same if e.gender in (gender, None)]
            if not agreeing and len(words) == 1:
                # "Mr. Obama" is not Michelle Obama: another of the family, the one relative the article
                # names by given name ("Tom Hale and his wife Maria ... Mrs Hale"), else nobody
                return self._relative_of_gender(surname_key(words), gender)
            same = [e for e in agreeing if e.gender == gender] or agreeing or same
        if len(words) >= 2:
            first = words[0].lower()
            full = [e for e in same if same_given(e.name.split()[0], first) or first in e.nicknames]
            same = full or same
        if len(same) > 1 and at is not None:
            # a surname its title told apart from the others ("Sen. Hale" beside "his wife, Ann Hale"), or
            # one the model met first here as someone new ("Congressman Hale" beside "Ann Hale, a nurse")
            here = [e for e in same if at in e.by_title or (at in e.offsets and not e.named_before(at))]
            if len(here) == 1:
                return here[0]
            before = [e for e in same if e.named_before(at)]
            if before:  # the most named so far, then the latest named ("Bush" in a story on Jeb Bush)
                salient = self._salient_namesake(before, at, foreground or {})
                if salient is not None:
                    return salient
                if len(words) == 1 and gender is None:
                    # the article's own bare "Hale" is one of them ("President Hale"); the other it calls
                    # "Mrs. Hale" or "Ann Hale" to tell them apart
                    bare = [e for e in before if e.surname_only and e.surname_only[0] < at]
                    if len(bare) == 1:
                        return bare[0]
                return max(before, key=lambda e: (bisect_left(e.offsets, at), e.last_before(at)))
        if same:
            return same[0]
        if len(words) == 1:
            given = self.by_given.get(words[0].lower(), [])
            if len(given) == 1:
                return given[0]
        return None

    def _relative_of_gender(self, surname: str, gender: str) -> Entity | None:
        """The one person of ``gender`` the article names by a given name only and files under the
        family's ``surname`` ("his wife Maria" of Tom Hale is Maria Hale), or ``None``."""
        filed = self.by_surname.get(surname, [])
        relatives = [
            e
            for e in self.persons
            if e not in filed and e.gender == gender and surname_key(e.name.split()) == surname
        ]
        return relatives[0] if len(relatives) == 1 else None

    def _salient_namesake(
        self, namesakes: list[Entity], at: int, foreground: Mapping[str, int]
    ) -> Entity | None:
        """Of namesakes, the one that was the subject or speaker of the latest sentence naming two or
        more of them ("Ann Smith, mother of Tom Smith, rejected it. ... Smith said" is Ann, however
        often Tom was named before); ``None`` when no sentence tells them apart so."""

        def latest(entity: Entity) -> int:
            seen = foreground.get(entity.name, -1)
            return max(entity.last_before(at), seen if seen < at else -1)

        sentences = {e.name: bisect_right(self.sentence_starts, latest(e)) for e in namesakes}
        last = max(sentences.values())
        there = [e for e in namesakes if sentences[e.name] == last]
        salient = [
            e
            for e in there
            if e.name in foreground and bisect_right(self.sentence_starts, foreground[e.name]) == last
        ]
        return salient[0] if len(there) > 1 and len(salient) == 1 else None

    def organisation(self, text: str) -> Entity | None:
        """The organisation a name or acronym as written refers to."""
        return self.by_org_name.get(" ".join(organisation_words(text)).lower())

    def organisation_by_word(self, word: str, before: int) -> Entity | None:
        """The latest organisation named before ``before`` with ``word`` in its name ("court")."""
        candidates = [e for e in self.by_org_word.get(word.lower(), []) if e.named_before(before)]
        return max(candidates, key=lambda e: e.last_before(before), default=None)

    def latest_organisation(self, before: int) -> Entity | None:
        """The organisation named last before ``before``."""
        candidates = [e for e in self.organisations if e.named_before(before)]
        return max(candidates, key=lambda e: e.last_before(before), default=None)


def build(doc: Doc) -> ArticleEntities:
    """The entity model of a parsed article (one pass over its named entities)."""
    model = ArticleEntities(sentence_starts=[sentence.start_char for sentence in doc.sents])
    persons = [
        without_headline_epithet(with_given_name(ent))
        for ent in entities_of(doc)
        if ent.label_ == "PERSON" and not institution(ent) and not named_body(ent) and not office_word(ent)
    ]
    persons = name_variants.with_nicknames(doc, persons)
    mistagged = mistagged_persons(doc, persons)
    taken = {i for span in persons + mistagged for i in range(span.start, span.end)}
    mistagged += [s for s in honorific_names(doc) if not taken & set(range(s.start, s.end))]
    persons += mistagged
    reread = {span.end for span in mistagged}  # the entities they end, no organisations after all
    # full names first, so that a lone surname joins the person the article names in full; each
    # group in text order, so that a lone surname joins the person of that name named last before it
    for ent in sorted(persons, key=lambda e: (len(person_words(e.text)) < 2, e.start)):
        _add_person(model, doc, ent)
    for ent in entities_of(doc):
        if ent.label_ == "ORG" and _lone_surname(model, ent):
            _add_person(model, doc, ent)  # "Goodlatte and Ann Roe wrote" after "Bob Goodlatte"
        elif (ent.label_ == "ORG" and ent.end not in reread) or institution(ent) or named_body(ent):
            _add_organisation(model, doc, ent)
    for span in untagged_organisations(doc):
        _add_organisation(model, doc, span)
    for entity in model.persons:
        _spell_out(model, doc, entity)
    _known_as(model, doc)
    for entity in model.persons + model.organisations:
        entity.offsets.sort()
    return model


def _spell_out(model: ArticleEntities, doc: Doc, entity: Entity) -> None:
    """Give a person the article names by surname only ("Ms Nkosi said") the full name the text writes
    for that surname where the model tagged no person ("Thandiwe Nkosi is a nurse"): a common given name
    right before it (:func:`spelled_out`), when the surname is this one person's in the article."""
    if " " in entity.name or model.by_surname.get(surname_key([entity.name])) != [entity]:
        return
    full = spelled_out(doc, entity.name)
    if full is None:
        return
    given = full.split()[0]
    entity.name = full
    model.by_given.setdefault(given.lower(), []).append(entity)
    if not entity.gender_told:
        entity.gender = given_name_gender(given) or entity.gender


def _known_as(model: ArticleEntities, doc: Doc) -> None:
    """File a person under the nickname the article gives right after the name ("Tom Hale, known as
    Tiny,", "Ann Roe (better known as 'Nan')"), so that "Tiny said" is that person."""
    text = text_of(doc)
    for ent in entities_of(doc):
        entity = model.by_token.get(ent.root.i) if ent.label_ == "PERSON" else None
        found = _KNOWN_AS.match(text, ent.end_char) if entity is not None else None
        if entity is None or found is None or len(entity.name.split()) < 2:
            continue
        nick = found.group(1).lower()
        if nick not in entity.nicknames and nick not in model.by_surname:
            entity.nicknames.add(nick)
            model.by_given.setdefault(nick, []).append(entity)


#: A nickname the text gives right after a name: ", known as Tiny", " (better known as 'Nan')".
_KNOWN_AS = re.compile(
    r"\s*[,(]\s*(?:(?:better|widely|also|affectionately|universally)\s+)?known\s+as\s+[\"“‘']?"
    r"([A-Z][\w-]*(?:['’]\w+)*)"
)


def _lone_surname(model: ArticleEntities, ent: Span) -> bool:
    """Whether a one-word name the model tagged an organisation is the surname of exactly one person
    the article names in full ("Bob Goodlatte chairs the panel ... Goodlatte and Ann Roe wrote"), and
    the word begins no organisation's name the model tagged ("Ford" beside "Ford Motor")."""
    if len(ent) != 1 or not ent.text[:1].isupper():
        return False
    word = ent.text.lower()
    full = [e for e in model.by_surname.get(surname_key([ent.text]), []) if len(e.name.split()) >= 2]
    if len(full) != 1:
        return False
    return not any(e.label_ == "ORG" and len(e) >= 2 and e[0].lower_ == word for e in entities_of(ent.doc))


def _add_person(model: ArticleEntities, doc: Doc, ent: Span) -> None:
    words = without_description(person_words(ent.text))
    if not words or not words[-1][:1].isupper():
        return
    family = _family_surname(model, doc, ent, words)
    if family is not None:  # "Ann Hale, 14, ... Her father, Mark, 39," is Mark Hale
        words = [words[-1], family]
    surname = surname_key(words)
    told = name_variants.told_gender(doc, ent, words)
    entity = model.person(words, ent.start_char, gender=told if len(words) == 1 else None)
    title = _title_before(doc, ent)
    by_title = entity is not None and len(words) == 1 and _another_holder(entity, title)
    if by_title and entity is not None:
        # "President Hale" is not "the first lady, Ann Hale": another of the family, the one titled so
        # if the article names one ("Sen. Tom Hale ... his wife, Ann Hale ... Sen. Hale")
        holders = [e for e in model.by_surname.get(surname, []) if title in e.titles | e.roles]
        entity = holders[0] if len(holders) == 1 else None
    if entity is None and len(words) == 1 and not (told and model.by_surname.get(surname)):
        # "McLenney said" after "Tyresha McClenney"
        entity = name_variants.misspelt_surname(model.by_surname, words[0])
        if entity is not None:
            model.by_surname.setdefault(surname, []).append(entity)
    if entity is not None and len(words) >= 2:
        known = entity.name.split()
        if _titled_surname(model, words):
            pass  # "Dean Roe" after "Vikram Roe, dean of the law school": a title and his surname
        elif words[0].lower() in entity.nicknames:
            pass  # "Bobby Hale" after 'Robert C. "Bobby" Hale'
        elif not _one_name(known, words):
            entity = None  # another person of the same surname ("Jeb Bush", "George Bush")
        else:
            entity.name = " ".join(_fuller(known, words))
    if entity is None:
        entity = Entity(" ".join(words), "person")
        model.persons.append(entity)
        if family is None:  # one the article calls by a given name only is not its bare surname's
            model.by_surname.setdefault(surname, []).append(entity)
        if len(words) >= 2:
            model.by_given.setdefault(words[0].lower(), []).append(entity)
            entity.gender = given_name_gender(words[0]) or _titled_given_gender(ent.text)
        nick = nickname(ent.text)
        if nick is not None:
            entity.nicknames.add(nick.lower())
            model.by_given.setdefault(nick.lower(), []).append(entity)
    entity.offsets.append(ent.start_char)
    entity.offsets.sort()
    if title is not None:
        entity.titles.add(title)
    if by_title:
        entity.by_title.add(ent.start_char)
    if len(words) == 1 and told is None:
        entity.surname_only.append(ent.start_char)
    model.by_token[ent.root.i] = entity
    for token in (ent.root.head, *ent.root.children):
        if token.dep_ == "appos" or ent.root.dep_ == "appos":
            word = token.lower_
            if word in name_lexicon.FAMILY_GENDER:
                told = told or name_lexicon.FAMILY_GENDER[word]
            if token.pos_ == "NOUN" and not token.ent_type_:
                entity.roles.add(word)
    if told is not None and not entity.gender_told:  # what the text tells beats a given name's guess
        entity.gender, entity.gender_told = told, True


def _title_before(doc: Doc, ent: Span) -> str | None:
    """The office or family word written right before a name, in the entity or before it ("President"
    of "President Hale", "Sen." of "Sen. Ann Roe", "first lady" of "first lady Ann Hale"), by its full
    head noun; ``None`` when another word is there."""
    words = person_words(ent.text)
    inside = [t for t in ent if t.text not in words and t.text[:1].isalpha()]
    token = inside[-1] if inside else doc[ent.start - 1] if ent.start > 0 else None
    if token is None:
        return None
    word = token.lower_.rstrip(".")
    word = speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS.get(word, word)
    return word if word in _HOLDER_WORDS else None


#: Words that say which office or family place a person holds ("president", "senator", "wife", "first
#: lady"); a generic one ("leader", "candidate") may go with any of them.
_HOLDER_WORDS = (
    speaker_lexicon.SPEAKER_ROLE_HEADS | frozenset(name_lexicon.FAMILY_GENDER) | {"lady"}
) - speaker_lexicon.GENERIC_ROLE_HEADS


def _another_holder(entity: Entity, title: str | None) -> bool:
    """Whether a surname written after an office ``title`` ("President Hale") is not the person named in
    full ``entity`` the model would join it to: the article gives that person other offices or family
    places only ("the first lady, Ann Hale,"; "his wife, Ann Hale"), or a gender the title's is not
    ("Congressman Hale" beside "Ann Hale, a nurse")."""
    if title is None or len(entity.name.split()) < 2:
        return False
    gender = name_lexicon.ROLE_GENDER.get(title) or name_lexicon.FAMILY_GENDER.get(title)
    if gender is not None and entity.gender not in (gender, None):
        return True
    held = (entity.roles | entity.titles) & _HOLDER_WORDS
    same = {title} | name_lexicon.SAME_ROLE.get(title, frozenset())
    return bool(held) and not held & same


def _titled_given_gender(text: str) -> str | None:
    """The gender the given name of a name after a title tells ("Councillor Robert Hale",
    "Striker Jonny Ames"), the title being no given name itself."""
    words = person_name(text).split()
    return given_name_gender(words[0]) if len(words) >= 2 else None


def _family_surname(model: ArticleEntities, doc: Doc, ent: Span, words: list[str]) -> str | None:
    """The surname of a given name the article gives alone in apposition to a family noun of
    someone named in full ("Ann Hale's father, Mark,"; "Ann Hale, 14, held a sign. Her father, Mark,
    said"): that person's surname, the family's. A possessive pronoun stands for the latest person named
    in full in its sentence or the one before whose gender agrees; ``None`` when there is none."""
    root = ent.root
    titled = _family_titled(model, doc, ent, words)
    if titled is not None:  # "Husband Darren, 36, says": the family of the person named just before
        return titled
    if len(words) != 1 or root.dep_ != "appos" or surname_key(words) in model.by_surname:
        return None  # one word, not a surname the article gives someone: a given name ("Amaka")
    noun = root.head
    if noun.lower_ not in name_lexicon.FAMILY_GENDER:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.pos_ == "PRON":
        gender = _POSSESSIVE_GENDER.get(owner.lower_)
        if gender is None:
            return None
        sentence = owner.sent.start
        first = doc[sentence - 1].sent.start_char if sentence > 0 else owner.sent.start_char
        named = [
            (e.last_before(owner.idx), e)
            for e in model.persons
            if len(e.name.split()) >= 2 and e.gender in (gender, None) and e.last_before(owner.idx) >= first
        ]
        entity = max(named, key=lambda pair: pair[0])[1] if named else None
    else:
        entity = model.by_token.get(owner.i)
    if entity is None or len(entity.name.split()) < 2:
        return None
    return entity.name.split()[-1]


def _family_titled(model: ArticleEntities, doc: Doc, ent: Span, words: list[str]) -> str | None:
    """The surname of a given name written after a family noun as a title ("Husband Darren", "Son
    Jack", the tabloid style): that of the person named in full last in its sentence or the two before,
    whose family it is; ``None`` for any other name, or when no one is named in full there."""
    if len(words) != 2 or words[0].lower() not in name_lexicon.FAMILY_GENDER:
        return None
    if given_name_gender(words[1]) is None or surname_key(words[1:]) in model.by_surname:
        return None
    first = ent.sent.start
    for _ in range(2):  # its sentence and the two before: "Ann Roe says ... says Ann. Husband Darren"
        first = doc[first - 1].sent.start if first > 0 else first
    first = doc[first].idx
    named = [
        (e.last_before(ent.start_char), e)
        for e in model.persons
        if len(e.name.split()) >= 2 and e.last_before(ent.start_char) >= first
    ]
    return max(named, key=lambda pair: pair[0])[1].name.split()[-1] if named else None


#: The gender a possessive pronoun before a family noun tells of its owner ("her father").
_POSSESSIVE_GENDER = {"his": "male", "her": "female"}


def _titled_surname(model: ArticleEntities, words: list[str]) -> bool:
    """Whether a two-word name is a title and the surname of the one person the article names with
    that surname ("Dean Roe", "Coach Lee"): the title words are given names too ("Dean Baker"), so
    only a surname already taken by someone else makes them a title."""
    if len(words) != 2 or words[0].lower() not in name_lexicon.TITLE_WORDS:
        return False
    same = model.by_surname.get(surname_key(words), [])
    return len(same) == 1 and same[0].name.split()[0].lower() != words[0].lower()


def _fuller(known: list[str], words: list[str]) -> list[str]:
    """The fuller of two forms of one person's name: "Thomas R. Hale" over "Thomas Hale", "Marine Le
    Pen" over "Le Pen"; but a word before a given name is an epithet, not a name ("Crooked Ann Roe"
    is Ann Roe)."""
    short, long = sorted((known, words), key=len)
    if len(short) >= 2 and not same_given(short[0], long[0]) and given_name_gender(short[0]):
        return short
    formal = name_lexicon.GIVEN_NAME_SHORT_FORMS.get(long[0].lower(), frozenset())
    if len(short) == len(long) and short[0].lower() in formal:
        return short  # "Thomas Reid" over "Tom Reid": the formal given name
    return long


def _one_name(known: list[str], words: list[str]) -> bool:
    """Whether two names of one surname are one person's: the same first word ("Thomas R. Hale",
    "Thomas Hale"), a single word, or one the end of the other (a surname of two words: "Le Pen" of
    "Marine Le Pen")."""
    short, long = sorted((known, words), key=len)
    if len(short) < 2 or same_given(short[0], long[0]):  # "Bill Carver" of "William J. Carver"
        return True
    return [w.lower() for w in long[-len(short) :]] == [w.lower() for w in short]


def _add_organisation(model: ArticleEntities, doc: Doc, ent: Span) -> None:
    words = _without_title(organisation_words(ent.text), doc, ent)
    if len(words) >= 3 and words[0].lower() in name_lexicon.COMPANY_DESCRIPTION_WORDS:
        words = words[1:]  # "Miner Redstone Resources": the kind of business, then the name
    if not words:
        return
    key = " ".join(words).lower()
    entity = model.by_org_name.get(key)
    if entity is None:
        entity = Entity(" ".join(words), "organization")
        model.organisations.append(entity)
        model.by_org_name[key] = entity
        for word in words:
            if len(word) > 2:
                model.by_org_word.setdefault(word.lower(), []).append(entity)
        acronym = _acronym_after(doc, ent)
        if acronym is not None:
            entity.acronym = acronym
            model.by_org_name.setdefault(acronym.lower(), entity)
    model.by_org_name.setdefault(" ".join(organisation_words(ent.text)).lower(), entity)  # as tagged
    entity.offsets.append(ent.start_char)
    if _workplace(ent.root):
        entity.affiliations.add(ent.start_char)
    model.by_token[ent.root.i] = entity
    root = ent.root  # "Ofgem, the energy regulator," and "the regulator, Ofgem,": "the regulator" later
    for token in (root.head, *root.children):
        linked = token.dep_ == "appos" and token.head.i == root.i
        linked = linked or (root.dep_ == "appos" and token.i == root.head.i)
        if linked and token.pos_ == "NOUN" and not token.ent_type_:
            entity.roles.add(token.lower_)


def _without_title(words: list[str], doc: Doc, ent: Span) -> list[str]:
    """An organisation's name without the opening words of a title the model tagged into it, when the
    title's role noun and a name follow ("the Acme Council National Executive Director Ann Roe" is the
    Acme Council's): the name as written otherwise."""
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or not after.text[:1].isupper():
        return words
    if after.lower_ not in speaker_lexicon.SPEAKER_ROLE_HEADS:
        return words
    if ent.end + 1 >= len(doc) or doc[ent.end + 1].ent_type_ != "PERSON":
        return words
    kept = list(words)
    while len(kept) > 1 and kept[-1].lower() in name_lexicon.TITLE_OPENING_WORDS:
        kept.pop()
    return kept


def _workplace(root: Token) -> bool:
    """Whether an organisation's name is only where someone works ("analysts at Barclays", "Ann Roe, an
    economist with Acme Bank,"): the object of "at" or "with" after a person's role, a group of people
    or a person's name. Such a name is no topic of the article that "the company" could refer back to."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("at", "with"):
        return False
    holder = root.head.head
    if holder.ent_type_ == "PERSON":
        return True
    if holder.pos_ != "NOUN":
        return False
    word = holder.lemma_.lower()
    return word in speaker_lexicon.SPEAKER_ROLE_HEADS or holder.lower_ in speaker_lexicon.GROUP_HEADS


def _acronym_after(doc: Doc, ent: Span) -> str | None:
    """The acronym in brackets right after an organisation's name ("... Fund (IMF)")."""
    if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
        word = doc[ent.end + 1].text
        if word.isupper() and 2 <= len(word) <= 8:
            return word
    return None
