"""The state the speaker resolver keeps over one article, and the look-ups every sieve shares: the
recent persons and organisations (antecedents of pronouns and descriptions), their genders, the registry
and the article's own names, and how a decision becomes a :class:`~quotes.speakers.resolved.ResolvedSpeaker`.

The sieves themselves are in :mod:`quotes.speakers.pronoun_sieves`, :mod:`quotes.speakers.description_sieves`
and :mod:`quotes.speakers.body_sieves`; :class:`quotes.speakers.resolve.SpeakerResolver` runs them in order.
"""

from __future__ import annotations

import difflib

from spacy.tokens import Doc, Token

from quotes.speakers import (
    countries,
    document_index,
    entities,
    narrator,
    organisations,
    parties,
    pronouns,
    relations,
    sieves,
)
from quotes.speakers.mentions import SUBJECT_DEPS, Mention
from quotes.speakers.registry import KnownSpeaker, Registry, normalise
from quotes.speakers.resolved import ResolvedSpeaker, article_names


class ResolverState:
    """What the resolver keeps over one article (the recent persons, organisations and speakers) and the
    look-ups its sieves share; :class:`quotes.speakers.resolve.SpeakerResolver` adds the sieves."""

    def __init__(self, doc: Doc, registry: Registry, date: str | None = None) -> None:
        self.doc = doc
        self.registry = registry
        self.date = date
        self.countries = countries.ArticleCountries(doc)
        self.article = article_names(doc, registry, self.countries)
        self.entities = entities.build(doc)
        self._parties: dict[str, set[str]] | None = None  # read at need: see parties
        self.recent: list[ResolvedSpeaker] = []  # the latest persons, newest last, one entry a name
        self.recent_organisations: list[ResolvedSpeaker] = []  # organisation speakers, newest last
        self.document_owners: list[sieves.Decision] = []  # owners of the documents named so far
        self.documents = document_index.DocumentOwners(doc, self.entities)
        self.narrator: narrator.Narrator | None = None  # built at the first "I"
        self.campaigns: list[sieves.Decision] = []  # the campaigns named so far
        self._campaign_surnames: frozenset[str] | None = None  # whose campaigns the article names
        self._police_force: str | None = None  # the force bare "police" stands for ("": none), read once
        self.pronoun_gender: dict[str, str] = {}  # name -> the gender of a "he"/"she" that referred to it
        self.last_speaker: ResolvedSpeaker | None = None  # the speaker of the latest record
        self.described_offices: dict[str, set[str]] = {}  # name -> offices of descriptions resolved to it
        # name -> (head, modifiers) of each role description resolved to it ("the GOP presidential nominee")
        self.described_as: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._relations: list[relations.Relation] | None = None  # the relatives it names, read at need
        # The article's names are fixed once indexed, so the nearest surname to a word is too; a long
        # article asks for the same words thousands of times.
        self._close_surnames: dict[str, list[str]] = {}
        self._surnames_by_length: dict[int, list[str]] | None = None

    def _surnames_near_in_length(self, word: str) -> list[str]:
        """The article's surnames whose length alone lets them match ``word`` at the 0.85 cutoff: the
        bound ``get_close_matches`` itself tries first (2 * shorter / both lengths), taken here by length
        so that each look-up reads only the few lengths that pass."""
        if self._surnames_by_length is None:
            self._surnames_by_length = {}
            for surname in self.article.by_surname:
                self._surnames_by_length.setdefault(len(surname), []).append(surname)
        size = len(word)
        return [
            surname
            for length, surnames in self._surnames_by_length.items()
            if size + length == 0 or 2.0 * min(size, length) / (size + length) >= 0.85
            for surname in surnames
        ]

    @property
    def parties(self) -> dict[str, set[str]]:
        """Name -> the parties the article ties that person to (:func:`quotes.speakers.parties.ties`),
        read at the first description that names a party: most articles have none."""
        if self._parties is None:
            self._parties = parties.ties(self.doc, self.entities)
        return self._parties

    @property
    def last_person(self) -> ResolvedSpeaker | None:
        """The latest person seen, the default antecedent of a pronoun."""
        return self.recent[-1] if self.recent else None

    def observe(self, speaker: ResolvedSpeaker, spoke: bool = False) -> None:
        """Remember a resolved person as the antecedent of later pronouns; with ``spoke``, as the speaker
        of the latest record too."""
        if spoke:
            self.last_speaker = speaker
        if speaker.kind == "person" and speaker.name is not None:
            self.recent = [s for s in self.recent if s.name != speaker.name][-(_PRONOUN_REACH - 1) :]
            self.recent.append(speaker)
        elif speaker.kind == "organization" and speaker.name is not None and speaker.start is not None:
            self.recent_organisations = [*self.recent_organisations[-(_PRONOUN_REACH - 1) :], speaker]

    def _foreground(self) -> dict[str, int]:
        """The recent persons' names, each with the offset of its latest subject or speaker mention."""
        return {p.name: p.start for p in self.recent if p.name is not None and p.start is not None}

    def _antecedent(self, gender: str) -> ResolvedSpeaker | None:
        """The person "he" or "she" stands for: the latest of the last few persons whose gender agrees
        or is unknown ("Mrs May ... Johnson said ... she said" is May; "Mr. Hale ... Justice Tom Roe
        ruled ... he wrote" is Roe: a known gender does not beat recency)."""
        agreeing = [person for person in reversed(self.recent) if self._gender_of(person) in (gender, None)]
        if not agreeing:
            return None
        # within the sentence of the latest, a subject comes before a possessor or an object: "Sheriff
        # Ann Roe vouched for Hale's plan. She said" is Roe
        latest = agreeing[0]
        sentence = self._sentence_of(latest)
        if sentence is not None and not self._subject(latest):
            for person in agreeing[1:]:
                if self._sentence_of(person) == sentence and self._subject(person):
                    return person
        return latest

    def _gender_of(self, person: ResolvedSpeaker) -> str | None:
        """A person's gender: what the name or its honorific told, else that of the first "he" or
        "she" that referred to that person alone ("Ann Lutz ... she said ... he said" is not Lutz)."""
        return person.gender or self.pronoun_gender.get(person.name or "")

    def _learn_gender(self, person: ResolvedSpeaker, gender: str) -> ResolvedSpeaker:
        """Remember the gender a pronoun gave a person of no known gender, when no other recent person
        could have been meant (none other agreed)."""
        if person.gender is None and person.name and person.name not in self.pronoun_gender:
            others = [p for p in self.recent if p.name != person.name]
            if not any(self._gender_of(p) in (gender, None) for p in others):
                self.pronoun_gender[person.name] = gender
        return person

    def _head_of(self, speaker: ResolvedSpeaker) -> Token | None:
        if speaker.start is None or speaker.end is None:
            return None
        return pronouns.token_at(self.doc, speaker.start, speaker.end)

    def _sentence_of(self, speaker: ResolvedSpeaker) -> int | None:
        """The start token of the sentence a speaker's mention is in."""
        head = self._head_of(speaker)
        return head.sent.start if head is not None else None

    def _subject(self, speaker: ResolvedSpeaker) -> bool:
        """Whether a speaker's mention is the subject of a clause (not a possessor or an object)."""
        head = self._head_of(speaker)
        return head is not None and head.dep_ in SUBJECT_DEPS

    def _named_before(self, name: str, offset: int) -> bool:
        """Whether the article names the person ``name`` before ``offset``."""
        entity = self.entities.person(name.split())
        return entity is not None and entity.named_before(offset)

    def _make(
        self,
        mention: Mention,
        known: KnownSpeaker | None,
        name: str | None,
        kind: str,
        resolution: str,
        gender: str | None = None,
    ) -> ResolvedSpeaker:
        if known is not None:
            return ResolvedSpeaker(
                known.name,
                mention.text,
                mention.start,
                mention.end,
                known.kind,
                resolution if known.kind == "person" else "organization",
                known.wikidata_id,
                known.gender,
            )
        if kind == "person" and name:
            name = entities.person_name(name) or name
        elif kind == "organization" and name:
            name = organisations.fullest(name, self.entities)  # "FEC" the article spells out elsewhere
        if gender is None and kind == "person" and name:
            # the person's own gender first: "Mr. Obama" tells nothing of Michelle Obama's
            entity = self.entities.person(name.split())
            gender = entity.gender if entity is not None else None
            gender = gender or self.article.gender_by_surname.get(normalise(name.split()[-1]))
        return ResolvedSpeaker(name, mention.text, mention.start, mention.end, kind, resolution, None, gender)

    def _pair_names(self, pair: str | None) -> str | None:
        """Two people's names joined by "and" ("Hale and Ann Roe"), each one-word name by the registry's
        full name for it where the registry knows that person ("Obama" is Barack Obama)."""
        if pair is None or pair.count(" and ") != 1:
            return pair
        names = []
        for name in pair.split(" and "):
            known = self._person(name) if len(name.split()) == 1 else None
            names.append(known.name if known is not None else name)
        return " and ".join(names)

    def _person(self, name: str) -> KnownSpeaker | None:
        known = self._known(name)
        return known if known is not None and known.kind == "person" else None

    def _known(self, alias: str, mention: str = "") -> KnownSpeaker | None:
        """The registry's entry for ``alias`` where its country fits the article: a one-word alias or
        an office ("Johnson", "the government") of one country is not read into another's story."""
        known = self.registry.by_alias(alias)
        if known is None:
            return None
        generic = len(alias.split()) == 1 or known.kind != "person"
        if generic and not self.countries.fits(known.country, mention or alias):
            return None
        return known

    def _decided(self, mention: Mention, decision: sieves.Decision) -> ResolvedSpeaker:
        """The speaker of a sieve's decision, with the registry's canonical entry when it has one."""
        known = self._known(decision.name) if decision.name else None
        if known is not None and known.kind != decision.kind:
            known = None
        return self._make(mention, known, decision.name, decision.kind, decision.resolution, decision.gender)

    def _near_surname(self, word: str) -> str | None:
        """The full name of the person whose surname the article spells like ``word`` (a misspelling:
        "Bryne" for "Byrne"), or ``None``."""
        close = self._close_surnames.get(word)
        if close is None:
            near = self._surnames_near_in_length(word)
            close = difflib.get_close_matches(word, near, n=1, cutoff=0.85)
            close = close or [s for s in near if len(word) >= 4 and _transposed(word, s)][:1]
            self._close_surnames[word] = close
        return self.article.by_surname[close[0]] if close else None

    def _agrees(self, gender: str) -> pronouns.Agrees:
        """Whether a person of the article agrees with a "he"/"she" of ``gender``."""

        def agrees(entity: entities.Entity) -> bool:
            known = entity.gender or self.article.gender_by_surname.get(normalise(entity.name.split()[-1]))
            return (known or self.pronoun_gender.get(entity.name)) in (gender, None)

        return agrees

    def _latest_person(self, before: int, gender: str) -> entities.Entity | None:
        """The person the article named last before ``before`` whose gender agrees or is unknown: the
        antecedent when no person has been a subject or a speaker yet ("Tom Roe's tone changed")."""
        candidates = [
            e for e in self.entities.persons if e.named_before(before) and e.gender in (gender, None)
        ]
        # a name only quoted ("“A man called Dan told me ...,” she said") is in the speaker's story
        candidates = [e for e in candidates if pronouns.named_outside_quotes(self.doc, e, before)]
        return max(candidates, key=lambda e: e.last_before(before), default=None)

    def _latest_organisation(self, before: int) -> tuple[str, str, str, str | None] | None:
        """The organisation an "it" stands for: the latest organisation speaker, or the organisation
        the article named last, whichever is nearer; ("speaker" or "named", name, kind, wikidata id)."""
        named = self.entities.latest_organisation(before)
        named_at = named.last_before(before) if named is not None else -1
        speaker = self.recent_organisations[-1] if self.recent_organisations else None
        if speaker is not None and (speaker.start or 0) >= named_at:
            return ("speaker", speaker.name or "", speaker.kind, speaker.wikidata_id)
        if named is not None:
            return ("named", named.name, "organization", None)
        return None


#: Possessive pronouns that name a speaker ("in his words, “...”"), with the gender they tell.
POSSESSIVE_PRONOUNS = {"his": "male", "her": "female", "their": "plural", "its": "neuter"}


#: How many recent persons a pronoun looks back over for one of its gender.
_PRONOUN_REACH = 4


def _transposed(word: str, other: str) -> bool:
    """Whether two words differ by two neighbouring letters swapped ("Bryne", "Byrne")."""
    if len(word) != len(other) or word == other:
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    if len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    return word[diff[0]] == other[diff[1]] and word[diff[1]] == other[diff[0]]
