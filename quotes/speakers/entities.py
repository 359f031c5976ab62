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

from quotes.lexicon import cues as cue_lexicon
from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_NON_NAME = re.compile(r"[^\w.\-'’/& ]")


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


def name_words(text: str) -> list[str]:
    """The words of a person's name as written, without honorifics, possessive, a bracket after it
    ("(D-Md.)") and stray punctuation; an organisation's name is :func:`organisation_words`."""
    text = text.split("(")[0]
    words = [_POSSESSIVE.sub("", w).strip("-") for w in _NON_NAME.sub(" ", text).split()]
    words = [w for w in words if w and w.lower() not in ("the",)]
    if len(words) > 2 and words[0].lower() in ("rt", "right") and words[1].lower().startswith("hon"):
        words = words[1:]  # "the Rt Hon Ann Roe MP": "Hon" goes below; "RT America" is a channel
    while len(words) > 1 and words[0].lower().rstrip(".") in _NOT_GIVEN_NAMES:
        words = words[1:]  # "Sen. Ann Roe", and "Added Roe:" where a cue verb opens the sentence
    while len(words) > 2 and words[-1].isupper() and words[-1].lower() in speaker_lexicon.POST_NOMINALS:
        words = words[:-1]  # "Ann Roe MP", "Tom Hale KC"
    return words


def organisation_words(text: str) -> list[str]:
    """The words of an organisation's name as written, without "the", a bracket after it or a closing
    possessive; a possessive inside the name stays ("The King's Fund"), and so does a first word that
    is a title before a person's name ("General Motors")."""
    words = [w.strip("-") for w in _NON_NAME.sub(" ", text.split("(")[0]).split()]
    words = [w for w in words if w and w.lower() != "the"]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    return [w for w in words if w]


def person_words(text: str) -> list[str]:
    """The words of a person's name (:func:`name_words`) without a headline's verb and what follows
    it ("Roe Says Plan Failed"); only for persons: "United States" is an organisation's name."""
    words = name_words(text)
    for k in range(1, len(words)):
        if words[k].lower() in _CUE_FORMS:
            return words[:k]
    return words


def person_name(text: str) -> str:
    """A person's name from a mention that holds it after roles and titles ("Democratic candidate
    Sen. Ann Roe (D-Md.)" is "Ann Roe"): the last run of capitalised words and the particles between
    them ("Ludwig van Dalen"), without titles."""
    words = person_words(text)
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or _inside_particles(words, start - 1)):
        start -= 1
    run = words[start:] or words
    while len(run) > 1 and run[0].lower().rstrip(".") in speaker_lexicon.HONORIFICS | _TITLES:
        run = run[1:]
    while len(run) > 2 and false_title(run[0]):
        run = run[1:]  # "Neighbour Tracey Booth", "Mum-of-three Kerry Doyle": a description, not a name
    return " ".join(run)


def spelled_out(doc: Doc, surname: str) -> str | None:
    """The full name the text writes for a surname the model did not tag as one person's ("-Ann Roe
    thinks" in a list, "Ann Roe" read as an organisation): a common given name right before the surname,
    with a middle initial if there is one ("Ann B. Roe"); ``None`` when the text writes none, or two
    different ones."""
    found = set()
    for token in doc:
        if token.text != surname or token.i == 0:
            continue
        i = token.i - 1
        initial = doc[i].text
        middle = initial if len(initial) == 2 and initial[1] == "." and initial[0].isupper() else None
        if middle is not None and i > 0:
            i -= 1
        given = doc[i].text.lstrip("-–—•*")
        if given[:1].isupper() and given_name_gender(given) is not None:
            found.add(" ".join(w for w in (given, middle, surname) if w))
    return found.pop() if len(found) == 1 else None


def false_title(word: str) -> bool:
    """Whether a capitalised word before a full name describes the person instead of naming them: an
    occupation, office or relation ("Neighbour", "Lawyer", "Treasurer") or a family count
    ("Mum-of-three", "Father-of-two")."""
    lower = word.lower().rstrip(".")
    if lower in name_lexicon.FALSE_TITLE_WORDS or lower in speaker_lexicon.OFFICE_HEADS:
        return True  # "Treasurer Jim Chalmers", "Speaker Ann Roe"
    return re.fullmatch(r"[a-z]+-of-[a-z]+", lower) is not None


def _inside_particles(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a particle of a run of them after a capitalised word ("Ludwig van Dalen",
    "Marieke van der Berg", "Roger de la Cruz")."""
    while k > 0 and words[k] in name_lexicon.NAME_PARTICLES:
        k -= 1
    return words[k][:1].isupper() and words[k] not in name_lexicon.NAME_PARTICLES


def given_name_gender(first: str) -> str | None:
    """The gender a given name tells, if it is one of the common unambiguous ones or two of them of one
    gender joined by a hyphen ("Anne-Marie")."""
    word = first.lower()
    if word in name_lexicon.MALE_GIVEN_NAMES:
        return "male"
    if word in name_lexicon.FEMALE_GIVEN_NAMES:
        return "female"
    parts = word.split("-")
    if len(parts) == 2 and all(parts):  # "Eva-Maria", "Jean-Paul": two given names of one gender
        genders = {given_name_gender(part) for part in parts}
        return genders.pop() if len(genders) == 1 else None
    return None


_TITLES = frozenset(speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS) | {
    "senator",
    "governor",
    "justice",
    "judge",
    "rep",
    "sen",
    "gov",
    "lt",
    "sgt",
    "col",
    "capt",
    "rev",
}


#: Past forms of the cue verbs, which open a sentence before a name in some styles ("Stated Roe:").
_CUE_PAST_FORMS = frozenset(
    verb + ("d" if verb.endswith("e") else "ed")
    for verb in cue_lexicon.REPORTING_VERBS | cue_lexicon.DIRECT_QUOTE_VERBS
    if verb.isalpha()
)

#: Forms of the cue verbs that follow a name in a headline ("Roe Says", "Roe Warns").
_CUE_FORMS = _CUE_PAST_FORMS | frozenset(
    verb + ("es" if verb.endswith(("s", "sh", "ch")) else "s")
    for verb in cue_lexicon.REPORTING_VERBS | cue_lexicon.DIRECT_QUOTE_VERBS
    if verb.isalpha()
) | {"told", "wrote"}  # not "said": a surname too ("Edward Said")

#: Words before a surname that are no given name: honorifics, titles, cue verbs.
_NOT_GIVEN_NAMES = speaker_lexicon.HONORIFICS | _TITLES | _CUE_PAST_FORMS


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
        keeps to the people of that gender or of none known ("Mrs. Clinton" beside "Bill Clinton").
        Of namesakes named together last, the one that sentence has in the ``foreground`` (name ->
        offset of the latest subject or speaker mention) wins: "Ann Smith, mother of Tom Smith, said
        ... Smith said" is Ann."""
        if not words:
            return None
        same = self.by_surname.get(words[-1].lower(), [])
        if gender is not None and len(same) > 1:
            same = [e for e in same if e.gender in (gender, None)] or same
        if len(words) >= 2:
            full = [e for e in same if e.name.split()[0].lower() == words[0].lower()]
            same = full or same
        if len(same) > 1 and at is not None:
            before = [e for e in same if e.named_before(at)]
            if before:  # the most named so far, then the latest named ("Bush" in a story on Jeb Bush)
                salient = self._salient_namesake(before, at, foreground or {})
                if salient is not None:
                    return salient
                return max(before, key=lambda e: (bisect_left(e.offsets, at), e.last_before(at)))
        if same:
            return same[0]
        if len(words) == 1:
            given = self.by_given.get(words[0].lower(), [])
            if len(given) == 1:
                return given[0]
        return None

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
        with_given_name(ent)
        for ent in doc.ents
        if ent.label_ == "PERSON" and not institution(ent) and not _named_body(ent)
    ]
    mistagged = mistagged_persons(doc, persons)
    persons += mistagged
    reread = {span.end for span in mistagged}  # the entities they end, no organisations after all
    # full names first, so that a lone surname joins the person the article names in full; each
    # group in text order, so that a lone surname joins the person of that name named last before it
    for ent in sorted(persons, key=lambda e: (len(person_words(e.text)) < 2, e.start)):
        _add_person(model, doc, ent)
    for ent in doc.ents:
        if (ent.label_ == "ORG" and ent.end not in reread) or institution(ent) or _named_body(ent):
            _add_organisation(model, doc, ent)
    for span in untagged_organisations(doc):
        _add_organisation(model, doc, span)
    for entity in model.persons + model.organisations:
        entity.offsets.sort()
    return model


def institution(ent: Span) -> bool:
    """Whether a name the model tagged a person or a place is an institution's or a company's: two
    words or more ending in a capitalised word of :data:`~quotes.lexicon.names.INSTITUTION_LAST_WORDS`
    ("St Mary's Hospital", "St. Anne's School", tagged for the saint's name in them) or, tagged a
    person, of :data:`~quotes.lexicon.names.COMPANY_LAST_WORDS` ("Acme Water", "Vale Holdings")."""
    last = ent[-1]
    if ent.label_ not in ("PERSON", "GPE", "FAC", "LOC") or len(ent) < 2 or not last.text[:1].isupper():
        return False
    company = ent.label_ == "PERSON" and last.lower_.rstrip(".") in name_lexicon.COMPANY_LAST_WORDS
    return company or last.lower_ in name_lexicon.INSTITUTION_LAST_WORDS


def _named_body(ent: Span) -> bool:
    """Whether a one-word name the model tagged a person is a body's, by the noun of organisation
    the text sets beside it ("the regulator Ofgem", "the regulator, Ofgem,"; "Ofgem, the energy
    regulator,"); a common given name stays a person's ("the firm's founder, Ann")."""
    if ent.label_ != "PERSON" or len(ent) != 1 or given_name_gender(ent.text) is not None:
        return False
    root = ent.root
    linked = [c for c in root.children if c.dep_ in ("appos", "compound") and c.i != root.i]
    if root.dep_ == "appos":
        linked.append(root.head)
    heads = speaker_lexicon.APPOSITION_ORGANISATION_HEADS
    return any(t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in heads for t in linked)


def with_given_name(ent: Span) -> Span:
    """A name the model tagged without the names before it ("said Hany Farid", "Aung San Suu Kyi's
    allies", "supporters of Min Ko Naing", where only "Farid", "Kyi" or "Ko Naing" is a person): the
    name with up to three words before it, when each is a capitalised proper noun compounded into the
    name that is no title, role, honorific or common word ("Justice Scalia", "Because Loki") and no
    longer run of proper nouns comes before them ("Chief Justice John Roberts" is left to the title
    rules). A name that opens with a common given name is whole ("Republican Ted Cruz")."""
    doc = ent.doc
    if ent.start == 0 or given_name_gender(ent[0].text) is not None:
        return ent
    start = ent.start
    while (
        start > 0
        and ent.start - start < _MAX_NAMES_BEFORE
        and _name_before(doc[start - 1], ent.end - 1)
    ):
        start -= 1
    if start == ent.start:
        return ent
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper():
        if before.lower_.rstrip(".") not in speaker_lexicon.NAME_OPENING_HONORIFICS:
            return ent  # more proper nouns before the run: a title or a place, not only names ("Dr" is fine)
    if start > 0 and doc[start - 1].pos_ == "DET":
        return ent  # "the House Ann Roe": a name does not follow "the"
    return Span(doc, start, ent.end, label="PERSON")


#: How many names a surname the model tagged alone may take from before it ("Aung San Suu" of "Kyi").
_MAX_NAMES_BEFORE = 3

#: Entity types a name before a surname may carry: none, a person's, or a facility's (the model reads
#: "Burma - Aung" as a place).
_NAME_ENTITY_TYPES = frozenset({"", "PERSON", "FAC"})


def _name_before(token: Token, surname: int) -> bool:
    """Whether ``token`` can be a name compounded into the surname at token index ``surname``."""
    word = token.text
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()) or token.is_stop:
        return False
    if token.pos_ != "PROPN" or token.dep_ != "compound" or not token.i < token.head.i <= surname:
        return False
    if token.ent_type_ not in _NAME_ENTITY_TYPES:
        return False
    if token.is_sent_start:
        return False  # "Activist Ann Roe said": a sentence's first word is as often a common one
    word = token.lower_
    titles = (
        _NOT_GIVEN_NAMES,
        speaker_lexicon.SPEAKER_ROLE_HEADS,
        name_lexicon.TITLE_WORDS,
        name_lexicon.EPITHET_HEADS,
    )
    return not any(word in words for words in titles)


def mistagged_persons(doc: Doc, persons: list[Span]) -> list[Span]:
    """People's names the model tagged as another kind of entity ("CLEVELAND - Donald Trump" as an
    organisation, "Carly Fiorina" as one): the last two or three capitalised words of an entity that
    start with a common given name, when the article refers to a person by that surname elsewhere
    ("Trump said", "Mrs. Fiorina") and the words do not end in an organisation's word ("the Chelsea
    Clinton Foundation" stays an organisation). Returned as PERSON spans for the entity model only."""
    candidates = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or ent[-1].lower_ in _ORG_WORDS:
            continue
        for start in range(max(ent.start, ent.end - 3), ent.end - 1):
            run = doc[start : ent.end]
            if given_name_gender(doc[start].text) and all(t.text[:1].isupper() for t in run):
                candidates.append(Span(doc, start, ent.end, label="PERSON"))
                break
    titled = [span for span in map(_office_holder, doc.ents) if span is not None]
    titled += [span for span in map(_chief_titled, doc.ents) if span is not None]
    if not candidates:
        return titled
    surnames = {words[-1].lower() for words in map(person_words, (p.text for p in persons)) if words}
    surnames |= {
        doc[i + 1].lower_
        for i, token in enumerate(doc[:-1])
        if token.lower_.rstrip(".") in speaker_lexicon.HONORIFIC_GENDER and doc[i + 1].text[:1].isupper()
    }
    return [span for span in candidates if span[-1].lower_ in surnames or _acting_name(span)] + titled


def _acting_name(span: Span) -> bool:
    """Whether a given name and one more capitalised word, tagged whole as a place, is the subject of
    a verb ("Helen Ward runs the shelter"): a person acts, a place rarely does. A body's name stays a
    body's ("Carly Fiorina and Ted Cruz met donors" read as an organisation: companies act too)."""
    ent = span.doc[span.start : span.end]
    whole = any(
        e.start == span.start and e.end == span.end and e.label_ in ("GPE", "LOC", "FAC")
        for e in span.doc.ents
    )
    subject = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.pos_ == "VERB"
    return whole and len(ent) == 2 and subject


def _office_holder(ent: Span) -> Span | None:
    """A name the model tagged a place or a body, set off in apposition to an office ("Governor of Kaduna
    State, Uba Sani,"; "The Minister of Health, Ade Bello,"): the office's holder, a person."""
    root = ent.root
    if ent.label_ == "PERSON" or root.dep_ != "appos" or not 2 <= len(ent) <= 3:
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) or ent[-1].lower_ in _ORG_WORDS:
        return None
    office = root.head
    if office.dep_ == "pobj" and office.head.dep_ == "prep" and office.head.lower_ in ("of", "for"):
        office = office.head.head  # the portfolio or place the name hangs on: "Governor of Kaduna State"
    word = office.lower_.rstrip(".")
    if word not in speaker_lexicon.OFFICE_HEADS or word in speaker_lexicon.SPOKESPERSON_HEADS:
        return None
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _chief_titled(ent: Span) -> Span | None:
    """A name after a chieftaincy title that the model tagged a body or a place ("Chief Emeka
    Anyaoku", with only "Anyaoku" tagged an organisation): the capitalised names from the title on,
    a person. Every word must be a name: "Chief Executive Ann Roe" and "Chief Justice" open offices."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or ent[-1].lower_ in _ORG_WORDS:
        return None
    start = ent.start
    if doc[start].lower_.rstrip(".") in speaker_lexicon.CHIEFTAINCY_TITLES:
        start += 1  # the title tagged with the name
    else:
        while start > 0 and ent.start - start < _MAX_NAMES_BEFORE and _plain_name(doc[start - 1]):
            start -= 1
        if start == 0:
            return None
        start = start if doc[start - 1].lower_.rstrip(".") in speaker_lexicon.CHIEFTAINCY_TITLES else -1
    if start < 0 or doc[start - 1].text[:1].islower() or ent.end - start < 2:
        return None  # "the village chief Ann" has no title; "Chief Anyaoku" alone keeps no given name
    if not all(_plain_name(t) for t in doc[start : ent.end]):
        return None
    return Span(doc, start, ent.end, label="PERSON")


def _plain_name(token: Token) -> bool:
    """Whether a token can be a word of a person's name: a capitalised proper noun that is no title,
    role, office or organisation word."""
    word = token.lower_.rstrip(".")
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or not token.text.rstrip(".").isalpha():
        return False
    words = (
        _NOT_GIVEN_NAMES,
        speaker_lexicon.SPEAKER_ROLE_HEADS,
        speaker_lexicon.CHIEFTAINCY_TITLES,
        name_lexicon.TITLE_WORDS,
        _ORG_WORDS,
    )
    return not any(word in group for group in words)


#: Last words of an organisation's name that a person's surname never is.
_ORG_WORDS = name_lexicon.ORGANISATION_BACK_HEADS | speaker_lexicon.ORGANIZATION_HEADS


def _add_person(model: ArticleEntities, doc: Doc, ent: Span) -> None:
    words = person_words(ent.text)
    if not words or not words[-1][:1].isupper():
        return
    family = _family_surname(model, doc, ent, words)
    if family is not None:  # "Ann Hale, 14, ... Her father, Mark, 39," is Mark Hale
        words = [words[0], family]
    surname = words[-1].lower()
    entity = model.person(words, ent.start_char)
    if entity is not None and len(words) >= 2:
        known = entity.name.split()
        if _titled_surname(model, words):
            pass  # "Dean Roe" after "Vikram Roe, dean of the law school": a title and his surname
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
    entity.offsets.append(ent.start_char)
    entity.offsets.sort()
    model.by_token[ent.root.i] = entity
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_.rstrip(".") in speaker_lexicon.HONORIFIC_GENDER:
        entity.gender = entity.gender or speaker_lexicon.HONORIFIC_GENDER[before.lower_.rstrip(".")]
    for token in (ent.root.head, *ent.root.children):
        if token.dep_ == "appos" or ent.root.dep_ == "appos":
            word = token.lower_
            if word in name_lexicon.FAMILY_GENDER:
                entity.gender = entity.gender or name_lexicon.FAMILY_GENDER[word]
            if token.pos_ == "NOUN" and not token.ent_type_:
                entity.roles.add(word)


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
    if len(words) != 1 or root.dep_ != "appos" or words[0].lower() in model.by_surname:
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


#: The gender a possessive pronoun before a family noun tells of its owner ("her father").
_POSSESSIVE_GENDER = {"his": "male", "her": "female"}


def _titled_surname(model: ArticleEntities, words: list[str]) -> bool:
    """Whether a two-word name is a title and the surname of the one person the article names with
    that surname ("Dean Roe", "Coach Lee"): the title words are given names too ("Dean Baker"), so
    only a surname already taken by someone else makes them a title."""
    if len(words) != 2 or words[0].lower() not in name_lexicon.TITLE_WORDS:
        return False
    same = model.by_surname.get(words[-1].lower(), [])
    return len(same) == 1 and same[0].name.split()[0].lower() != words[0].lower()


def _fuller(known: list[str], words: list[str]) -> list[str]:
    """The fuller of two forms of one person's name: "Thomas R. Hale" over "Thomas Hale", "Marine Le
    Pen" over "Le Pen"; but a word before a given name is an epithet, not a name ("Crooked Ann Roe"
    is Ann Roe)."""
    short, long = sorted((known, words), key=len)
    if len(short) >= 2 and short[0].lower() != long[0].lower() and given_name_gender(short[0]):
        return short
    return long


def _one_name(known: list[str], words: list[str]) -> bool:
    """Whether two names of one surname are one person's: the same first word ("Thomas R. Hale",
    "Thomas Hale"), a single word, or one the end of the other (a surname of two words: "Le Pen" of
    "Marine Le Pen")."""
    short, long = sorted((known, words), key=len)
    if len(short) < 2 or short[0].lower() == long[0].lower():
        return True
    return [w.lower() for w in long[-len(short) :]] == [w.lower() for w in short]


def _add_organisation(model: ArticleEntities, doc: Doc, ent: Span) -> None:
    words = _without_title(organisation_words(ent.text), doc, ent)
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


def untagged_organisations(doc: Doc) -> list[Span]:
    """Names the model left untagged that an apposition makes an organisation's ("Ofgem, the energy
    regulator,"; "the regulator, Ofgem,"): the run of capitalised proper nouns the name ends, as
    ORG spans for the entity model; and an institution's word after a name in the possessive ("St
    Anne's School", where only "St Anne" is tagged, a person)."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper():
            continue
        if token.lower_ in name_lexicon.INSTITUTION_LAST_WORDS:  # "St Anne's School", "School" untagged
            owner = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < token.i]
            if owner and owner[0].text[:1].isupper():
                found.append(Span(doc, owner[0].left_edge.i, token.i + 1, label="ORG"))
                continue
        linked = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            linked.append(token.head)
        heads = speaker_lexicon.APPOSITION_ORGANISATION_HEADS
        if not any(t.pos_ == "NOUN" and t.lemma_.lower() in heads for t in linked):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if not any(t.ent_type_ for t in doc[start : token.i + 1]):
            found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


def _acronym_after(doc: Doc, ent: Span) -> str | None:
    """The acronym in brackets right after an organisation's name ("... Fund (IMF)")."""
    if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
        word = doc[ent.end + 1].text
        if word.isupper() and 2 <= len(word) <= 8:
            return word
    return None
