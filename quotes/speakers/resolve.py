"""Speakers: from a mention (found by :mod:`quotes.speakers.mentions`) to a canonical speaker.

Resolution runs as ordered sieves over the article's entity model (:mod:`quotes.speakers.entities`,
built once per article; the sieves that read it are in :mod:`quotes.speakers.sieves`), most precise first:

* a pronoun: "he"/"she" the latest person (subject of a main clause or speaker of a quote; subjects
  inside quotes and reported content do not count) whose gender agrees or is unknown, unless the
  sentence before names one agreeing person in its main clause after it ("Officers arrested Dean
  Whitlock. He said"), else the latest agreeing person the article names outside quotes; "it" the
  latest organisation; "they" a group with no name;
* a name the article gives a person ("Maria Johnson", "Johnson", "Jordan") is that person's fullest
  name, before any registry entry of that surname;
* a name in the registry ("Ben Wallace", "Healey", the misspelt "Healy") is that speaker;
* an honorific and surname ("Mr Wallace", "Mr. Wallace") is the person of that surname the article
  names in full, else the registry's;
* a role ("the Foreign Secretary", "The Ukrainian President") is the person the article itself names
  with that role ("Foreign Secretary James Cleverly"), else the registry's holder on the article
  date, else (no date) the registry holder the article names, else unresolved;
* an organisation ("a Downing Street spokesman", "the Russian defence ministry") is the registry's
  canonical organisation, or the mention without its article and spokesperson word;
* then campaigns ("the Roe campaign"), pairs ("the couple": the two people named together just before),
  groups ("defence sources": kind ``group``, no name), appositions ("The chief, Paul Roe,"), documents
  (their owner, or no name), organisations referred back to ("the company"), definite role descriptions
  ("the senator": the person in the foreground);
* last, a description still unresolved is the person or organisation the next sentence introduces as
  its subject ("A top aide says ... Tom Hale told reporters").
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Any

from spacy.attrs import DEP, POS
from spacy.parts_of_speech import NOUN, PRON, PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import (
    appositions,
    countries,
    documents,
    entities,
    members,
    named_first,
    narrator,
    organisations,
    pronouns,
    roles,
    sieves,
)
from quotes.speakers.doc_text import text_of
from quotes.speakers.mentions import (
    NAME_HONORIFICS,
    SUBJECT_DEPS,
    Mention,
    addressed,
    characterised_name,
    mention_before,
    mention_of_cue,
    noun_phrase,
)
from quotes.speakers.registry import KnownSpeaker, Registry, normalise

#: Re-exported: the claim finders import the mention functions from here.
__all__ = [
    "ArticleNames",
    "Mention",
    "ResolvedSpeaker",
    "SpeakerResolver",
    "addressed",
    "article_names",
    "characterised_name",
    "main_subjects",
    "mention_before",
    "mention_of_cue",
    "noun_phrase",
]

_SUBJECT_DEP_IDS = frozenset(get_string_id(dep) for dep in SUBJECT_DEPS)
_NOMINAL_POS = frozenset({PROPN, NOUN, PRON})
_ROOT = get_string_id("ROOT")


@dataclass(frozen=True)
class ResolvedSpeaker:
    """A canonical speaker reached from a mention (the dict form is :class:`quotes.records.Speaker`)."""

    name: str | None
    mention: str | None
    start: int | None
    end: int | None
    kind: str
    resolution: str
    wikidata_id: str | None = None
    gender: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record's ``speaker`` object."""
        return {
            "name": self.name,
            "mention": self.mention,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "resolution": self.resolution,
            "wikidata_id": self.wikidata_id,
        }

    def referred_to(self, mention: Mention, resolution: str, kind: str | None = None) -> ResolvedSpeaker:
        """The same speaker, reached from a later ``mention`` (a pronoun, a description) by ``resolution``."""
        return replace(
            self,
            mention=mention.text,
            start=mention.start,
            end=mention.end,
            kind=kind or self.kind,
            resolution=resolution,
        )

    def continued(self) -> ResolvedSpeaker:
        """The same speaker, inherited by a quote paragraph with no cue of its own. A speaker with no
        name keeps its mention: "“...,” a trader said. “Nobody wants that.”" is still the trader's,
        and the mention is all the record can tell of who that is."""
        if self.name is None and self.mention is not None:
            return replace(self, resolution="continuation")
        return ResolvedSpeaker(
            self.name, None, None, None, self.kind, "continuation", self.wikidata_id, self.gender
        )


@dataclass
class ArticleNames:
    """What the article itself says about people: full names by surname, who holds which role, the
    titles and appositions it gives each name ("Sen. Rob Portman", "Jane Roe, the director"), and
    genders its honorifics tell ("Mrs May")."""

    by_surname: dict[str, str]
    by_role: dict[str, str]
    names: set[str]
    titles: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, head noun, full name)
    gender_by_surname: dict[str, str] = field(default_factory=dict)
    title_words: dict[int, frozenset[str]] = field(default_factory=dict)  # offset -> the words of its title


def _title_word(token: Token) -> str:
    word = token.lower_.rstrip(".")
    return speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS.get(word, word)


def article_names(
    doc: Doc, registry: Registry, places: countries.ArticleCountries | None = None
) -> ArticleNames:
    """Index the article's PERSON entities by surname, the roles and titles written around them,
    and the genders their honorifics give; a lone surname is a registry person's only where the
    article's ``places`` fit that person's country."""
    article = ArticleNames({}, {}, set())
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [w for w in ent.text.replace("’s", "").replace("'s", "").split() if w]
        while len(words) > 1 and normalise(words[0]) in NAME_HONORIFICS:
            words = words[1:]  # "Mrs May" names a surname, not a full name
        if not words:
            continue
        known = registry.by_alias(" ".join(words))
        if known is not None and len(words) == 1 and places is not None and not places.fits(known.country):
            known = None
        full = known.name if known is not None and known.kind == "person" else " ".join(words)
        if len(words) >= 2 or known is not None:
            article.names.add(full)
            article.by_surname.setdefault(normalise(full.split()[-1]), full)
        before = doc[max(ent.sent.start, ent.start - 4) : ent.start]
        title = [t.text for t in before if t.dep_ in ("compound", "amod", "nmod") or t.is_title]
        for size in range(len(title), 0, -1):
            role = registry.role(" ".join(title[-size:]))
            if role is not None:
                article.by_role.setdefault(role, full)
                break
        run = roles.title_run(before)  # "Indiana Gov." in "... spoke to Indiana Gov. Ann Roe"
        heads = [_title_word(t) for t in run if _title_word(t) in speaker_lexicon.SPEAKER_ROLE_HEADS]
        heads += [
            c.lower_
            for c in ent.root.children
            if c.dep_ == "appos" and c.lower_ in speaker_lexicon.SPEAKER_ROLE_HEADS
        ]
        if ent.root.dep_ == "appos" and ent.root.head.lower_ in speaker_lexicon.SPEAKER_ROLE_HEADS:
            heads.append(ent.root.head.lower_)  # "the group's director, Jane Roe"
        article.titles.extend((ent.start_char, head, full) for head in heads)
        if heads:
            article.title_words[ent.start_char] = roles.title_context(ent, run)
        if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in speaker_lexicon.HONORIFIC_GENDER:
            gender = speaker_lexicon.HONORIFIC_GENDER[doc[ent.start - 1].lower_.rstrip(".")]
            article.gender_by_surname.setdefault(normalise(words[-1]), gender)
    return article


class SpeakerResolver:
    """Resolves mentions in text order, remembering the latest person for pronouns."""

    def __init__(self, doc: Doc, registry: Registry, date: str | None = None) -> None:
        self.doc = doc
        self.registry = registry
        self.date = date
        self.countries = countries.ArticleCountries(doc)
        self.article = article_names(doc, registry, self.countries)
        self.entities = entities.build(doc)
        self.recent: list[ResolvedSpeaker] = []  # the latest persons, newest last, one entry a name
        self.recent_organisations: list[ResolvedSpeaker] = []  # organisation speakers, newest last
        self.document_owners: list[sieves.Decision] = []  # owners of the documents named so far
        self.documents = documents.DocumentOwners(doc, self.entities)
        self.narrator: narrator.Narrator | None = None  # built at the first "I"
        self.campaigns: list[sieves.Decision] = []  # the campaigns named so far
        self.pronoun_gender: dict[str, str] = {}  # name -> the gender of a "he"/"she" that referred to it
        self.last_speaker: ResolvedSpeaker | None = None  # the speaker of the latest record
        self.described_offices: dict[str, set[str]] = {}  # name -> offices of descriptions resolved to it
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

    def resolve(self, mention: Mention, observe: bool = True) -> ResolvedSpeaker:
        """Resolve one mention (call in text order so pronouns see the right antecedent); with
        ``observe`` false the speaker is not remembered as an antecedent (a speaker a quote reports)."""
        mention = self._through_rank(mention)
        speaker = self._resolve(mention)
        if speaker.name is None and speaker.resolution == "unresolved":
            seen = sieves.view(self.doc, mention.start, mention.end, mention.text.strip())
            decision = sieves.named_next(self.doc, seen, self.entities) or self._named_later(seen)
            decision = decision or named_first.named_after(self.doc, seen, self.entities)
            if decision is not None:  # "A top aide says ... Tom Hale told reporters"
                # no antecedent for the pronouns before the name: the reader has not met it yet
                return self._decided(mention, decision)
        if observe:
            self.observe(speaker)
        return speaker

    def _named_later(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """An indefinite description of a person whom the next few sentences name with the same role
        ("A spokesman for the mayor said ... Tom Hale, the mayor's spokesman, added"; "... said
        Spokesman Tom Hale"): that person, when exactly one person the article had not named before
        the description gets that role within :data:`_LATER_REACH` sentences; else ``None``."""
        head = seen.head
        if head is None or head.pos_ != "NOUN" or head.ent_type_:
            return None
        word = head.lower_
        roles_ = speaker_lexicon.SPEAKER_ROLE_HEADS | speaker_lexicon.SPOKESPERSON_HEADS
        if word not in roles_ or word in speaker_lexicon.ANONYMOUS_HEADS:
            return None
        if any(c.dep_ == "det" and c.lower_ in speaker_lexicon.DEFINITE_OPENERS for c in head.children):
            return None  # "the spokesman" refers back
        end = head.sent.end
        for _ in range(_LATER_REACH):
            end = self.doc[end].sent.end if end < len(self.doc) else end
        stop = self.doc[end - 1].idx if end > 0 else 0
        titled = self.article.titles
        names = {name for offset, title, name in titled if title == word and seen.end <= offset <= stop}
        names |= {
            e.name
            for e in self.entities.persons
            if word in e.roles and e.offsets and seen.end <= e.offsets[0] <= stop
        }
        names = {n for n in names if not self._named_before(n, seen.start)}
        if len(names) != 1:
            return None
        name = names.pop()
        entity = self.entities.person(name.split())
        return sieves.Decision(name, "person", "apposition", entity.gender if entity is not None else None)

    def _named_before(self, name: str, offset: int) -> bool:
        """Whether the article names the person ``name`` before ``offset``."""
        entity = self.entities.person(name.split())
        return entity is not None and entity.named_before(offset)

    def _through_rank(self, mention: Mention) -> Mention:
        """A mention cut short before a rank and the name after it ("said Air Force 1st Lt. Ann Roe",
        where the parse ends the subject at "1st"): the mention through the name, which is the
        speaker's; other mentions as they are."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return mention
        i = span.end
        while i < len(self.doc) and i - span.end < 4 and self.doc[i].lower_.rstrip(".") in _RANK_WORDS:
            i += 1
            if i < len(self.doc) and self.doc[i].text == ".":  # "Lt" "." as two tokens
                i += 1
        if i == span.end or i >= len(self.doc) or self.doc[i].ent_type_ != "PERSON":
            return mention
        end = i
        while end + 1 < len(self.doc) and self.doc[end + 1].ent_iob_ == "I":
            end += 1
        stop = self.doc[end].idx + len(self.doc[end].text)
        text = text_of(self.doc)[mention.start : stop]
        return mention if "\n" in text else Mention(mention.start, stop, text)

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
            gender = self.article.gender_by_surname.get(normalise(name.split()[-1]))
            entity = self.entities.person(name.split())
            gender = gender or (entity.gender if entity is not None else None)
        return ResolvedSpeaker(name, mention.text, mention.start, mention.end, kind, resolution, None, gender)

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

    def _resolve(self, mention: Mention) -> ResolvedSpeaker:
        """Run the sieves in order, most precise first; the first that decides wins."""
        text = mention.text.strip()
        words = text.replace("’s", "").split()
        lower = [normalise(w) for w in words]
        if len(words) == 1 and lower[0] in _OBJECT_PRONOUNS and self._according_to(mention):
            return self._pronoun(mention, _OBJECT_PRONOUNS[lower[0]])  # "According to him, ..."
        if len(words) == 1 and (lower[0] in speaker_lexicon.PRONOUNS or lower[0] in _POSSESSIVE_PRONOUNS):
            return self._pronoun(mention, lower[0])
        if lower == ["i"]:
            return self._first_person(mention)
        seen = sieves.view(self.doc, mention.start, mention.end, text)
        words, lower = seen.words, [normalise(w) for w in seen.words]
        if not words:
            return self._make(mention, None, None, "unknown", "unresolved")
        bare = " ".join(words)
        party = name_lexicon.PARTY_WORDS.get(lower[0]) if len(words) == 1 and words[0][:1].isupper() else None
        if party is not None and not lower[0].endswith("s") and not _after_determiner(seen.head):
            # "Labour said", "GOP:": the party, no person ("the Conservative" and "Democrats" are not it)
            return self._make(mention, None, party, "organization", "organization")
        titled = lower[0] in speaker_lexicon.HONORIFICS or lower[0] in speaker_lexicon.PERSONAL_HONORIFICS
        if titled and len(words) >= 2 and _names_a_person(seen):
            honorific = self._honorific(mention, words, lower, bare)
            if honorific is not None:
                return honorific
        decision = sieves.shared_surname(seen, self.entities)
        if decision is not None:  # "Ann and Tom Hale wrote"
            return self._decided(mention, decision)
        foreground = self._foreground()
        decision = sieves.name_in_article(seen, self.entities, foreground)
        if decision is not None:  # the article's own name beats a registry surname ("Maria Johnson")
            known = self._person(decision.name or "")
            return self._make(mention, known, decision.name, "person", decision.resolution, decision.gender)
        # a known name, or a role followed by a known name ("Defence Secretary Ben Wallace")
        for size in range(len(words), 0, -1):
            if speaker_lexicon.OTHER_BODY_MODIFIERS & set(lower[: len(words) - size]):
                break  # "the Federal Government", "the state government": not the registry's "government"
            known = self._known(" ".join(words[-size:]), mention.text)
            if known is not None:
                if known.kind != "person":
                    return self._make(mention, known, None, known.kind, "organization")
                return self._make(mention, known, None, "person", "name" if size >= 2 else "surname")
        misspelt = self._misspelt_person(seen)
        if misspelt is not None:
            return self._make(mention, self._person(misspelt), misspelt, "person", "surname")
        affiliated = self._person_of_organisation(seen)
        if affiliated is not None:  # "said Ann Roe of Human Rights Watch", tagged as one organisation
            return self._make(mention, self._person(affiliated), affiliated, "person", "name")
        described = (
            self._campaign,
            self._pair,
            sieves.group,
            self._apposition,
            lambda seen: appositions.organisation_apposition(seen, self.entities),
            self._document,
            sieves.titled_name,
            self._organisation_named,
            self._organisation_described,
            self._member,
        )
        for sieve in described:
            decision = sieve(seen)
            if decision is not None:
                return self._decided(mention, decision)
        org = self._organisation(mention, words, lower)
        if org is not None and org[1] is not None:
            return self._make(mention, *org)
        decision = sieves.organisation_back(seen, self.entities)
        decision = decision or self._organisation_speaker_back(mention, seen)
        decision = decision or self._party_back(mention, seen)
        if decision is not None:
            return self._decided(mention, decision)
        if org is not None:
            return self._make(mention, *org)
        role = self.registry.role(bare)
        if role is not None:
            return self._role(mention, role)
        return self._described(mention, seen, words, lower, bare)

    def _first_person(self, mention: Mention) -> ResolvedSpeaker:
        """"I" outside quotes: the writer an opinion piece signs off with, or the interviewee of an
        answer paragraph; unresolved where the article names neither."""
        if self.narrator is None:
            self.narrator = narrator.Narrator(self.doc, self.entities)
        entity = self.narrator.of(mention.start)
        if entity is None:
            return self._make(mention, None, None, "unknown", "unresolved")
        return self._make(mention, self._person(entity.name), entity.name, "person", "pronoun", entity.gender)

    def _described(
        self, mention: Mention, seen: sieves.MentionView, words: list[str], lower: list[str], bare: str
    ) -> ResolvedSpeaker:
        """The last sieves: a near-spelling of a surname the article names, a role head the article
        gives a named person, and names the parser tags but the article names nowhere else."""
        if _organisation_apposition(seen.head):  # "Ofgem, the energy regulator, said": a body
            return self._make(mention, None, bare, "organization", "organization")
        full = self._near_surname(lower[-1]) if len(words) == 1 else None
        if full is not None:
            return self._make(mention, self._person(full), full, "person", "surname")
        parts = lower[-1].replace("-", " ").split()  # "the secretary-general" is a general; a lone "-" none
        head = _title_word_text(parts[-1] if parts else lower[-1])
        if "-".join(parts) in name_lexicon.EPITHET_HEADS:  # "the front-runner": the whole word is one
            head = "-".join(parts)
        indefinite = mention.text.lower().startswith(("a ", "an "))  # "A reporter" is someone new
        if (
            head in speaker_lexicon.SPEAKER_ROLE_HEADS
            and not sieves.head_entity(seen, "PERSON")
            and not indefinite
        ):
            wanted = roles.modifiers(words)
            titled = [
                (name, context)
                for offset, word, name in self.article.titles
                if (word == head or word in name_lexicon.SAME_ROLE.get(head, ())) and offset < mention.start
                for context in [self.article.title_words.get(offset, frozenset())]
                if roles.same_term(wanted, context)
            ]
            if titled:
                parts = [part for word in words for part in word.split("-") if part]  # "secretary-general"
                name = roles.best_titled(titled, roles.modifiers(parts)) or titled[-1][0]
                return self._make(mention, self._person(name), name, "person", "role")
        if head in speaker_lexicon.SPEAKER_ROLE_HEADS or head in name_lexicon.EPITHET_HEADS:
            return self._description(mention, seen)
        described = roles.described_person(self.doc, self.entities, head, mention.text, mention.start)
        if described is not None:  # "the retired surgeon" after "Ann Roe, a retired surgeon,"
            return self._make(mention, self._person(described.name), described.name, "person", "role")
        if len(words) == 1 and seen.head is not None and seen.head.pos_ == "PROPN" and not _place(seen.head):
            full = entities.spelled_out(self.doc, words[0])  # "-Ann Roe thinks", a name the model missed
            if full is not None:
                return self._make(mention, self._person(full), full, "person", "surname")
        age = roles.AGE.fullmatch(words[-1].lower())
        if age and not roles.aged_persons(self.doc, self.entities, age.group(1), mention.start):
            return self._description(mention, seen)  # "the 62-year-old" whose age the article gave nobody
        if _former_occupation(seen, lower):  # "the former hairdresser": a person the reader has met
            return self._description(mention, seen)
        if sieves.head_entity(seen, "PERSON"):
            return self._make(mention, None, bare, "person", "name" if len(words) >= 2 else "surname")
        for label in ("ORG", "GPE", "NORP"):
            if sieves.head_entity(seen, label):
                return self._make(mention, None, bare, "organization", "organization")
        organisation = organisations.untagged(bare, self.entities)
        if organisation is not None:  # "Pew" for the "Pew Research" named before; "Acme.com"
            return self._make(mention, None, organisation, "organization", "organization")
        if sieves.untagged_name(seen):  # "J. Cole Waters", a surname the parser read as a plural
            return self._make(mention, None, entities.person_name(bare), "person", "name")
        if seen.head is not None and all(w[:1].isupper() for w in words) and seen.head.pos_ == "PROPN":
            if len(words) >= 3 and entities.false_title(words[0]):  # "Neighbour Tracey Booth": a person
                return self._make(mention, None, entities.person_name(bare), "person", "name")
            return self._make(mention, None, bare, "unknown", "name" if len(words) >= 2 else "surname")
        return self._make(mention, None, None, "unknown", "unresolved")

    def _organisation_speaker_back(
        self, mention: Mention, seen: sieves.MentionView
    ) -> sieves.Decision | None:
        """"The company" where the article's organisations are none the model tagged: the latest
        organisation that spoke ("Acme.com said ... the company wrote")."""
        generic = name_lexicon.GENERIC_ORGANISATION_HEADS
        if not seen.lower or len(seen.lower) > 2 or seen.lower[-1] not in generic:
            return None
        if not mention.text.lower().startswith(("the ", "this ")) or not self.recent_organisations:
            return None
        latest = self.recent_organisations[-1]
        if not latest.name:
            return None
        if not organisations.fits(entities.Entity(latest.name, "organization"), seen.lower[-1]):
            return None  # "the company" is no ministry that spoke before
        return sieves.Decision(latest.name, "organization", "organization")

    def _party_back(self, mention: Mention, seen: sieves.MentionView) -> sieves.Decision | None:
        """"The party" where the article names no party in full: the party whose word ("Republicans",
        "the GOP", "Labour") the article used last before it, outside quotes."""
        if seen.lower != ["party"] or not mention.text.lower().startswith("the "):
            return None
        token = pronouns.token_at(self.doc, mention.start, mention.end)
        if token is None:
            return None
        for word in reversed(self.doc[: token.i]):
            party = name_lexicon.PARTY_WORDS.get(word.lower_)
            if party is not None and word.text[:1].isupper() and not pronouns.quoted(word):
                return sieves.Decision(party, "organization", "organization")
        return None

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

    def _misspelt_person(self, seen: sieves.MentionView) -> str | None:
        """A lone word the model tagged an organisation that the article names nowhere else and that
        is a near-spelling of a person's surname ("Bryne said" in a story on Gary Byrne): that person."""
        if len(seen.words) != 1 or not sieves.head_entity(seen, "ORG") or seen.head is None:
            return None
        organisation = self.entities.by_token.get(seen.head.i)
        if organisation is not None and len(organisation.offsets) > 1:
            return None
        return self._near_surname(normalise(seen.words[0]))

    def _person_of_organisation(self, seen: sieves.MentionView) -> str | None:
        """A person's name the model took into an organisation's ("Ann Roe of Human Rights Watch" as
        one organisation): the mention's words before "of" in such an entity, two or three capitalised
        words none of which an organisation's name or a title uses, when something tells a person: a
        common given name first, a surname the article gives a person elsewhere, or "who" after the
        entity ("Ann Roe of Human Rights Watch, who observed the vote")."""
        head = seen.head
        if head is None or head.ent_type_ != "ORG" or not 2 <= len(seen.words) <= 3:
            return None
        doc, after = head.doc, head.i + 1
        if after + 1 >= len(doc) or doc[after].lower_ != "of" or doc[after].ent_type_ != "ORG":
            return None
        if not doc[after + 1].text[:1].isupper() or doc[after + 1].ent_iob_ != "I":
            return None
        if not all(w[:1].isupper() and w.isalpha() for w in seen.words):
            return None
        if any(w.lower() in _NOT_PERSON_WORDS for w in seen.words):
            return None
        end = after + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        relative = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"
        surname = bool(self.entities.by_surname.get(seen.words[-1].lower()))
        if relative or surname or entities.given_name_gender(seen.words[0]) is not None:
            return " ".join(seen.words)
        return None

    def _description(self, mention: Mention, seen: sieves.MentionView) -> ResolvedSpeaker:
        """A definite description of a person ("the senator", "the billionaire businessman"): the
        person most recently in the foreground (subject or speaker) whose gender agrees with a gendered
        head ("businessman", "congresswoman"); an indefinite one ("a senior aide") introduces someone
        the article does not name."""
        single = bool(seen.lower) and seen.lower[-1] in speaker_lexicon.SINGLE_HOLDER_OFFICES  # "the Premier"
        definite = mention.text.lower().startswith(("the ", "this "))
        if definite and not single and not sieves.head_entity(seen, "PERSON"):
            if seen.head is not None and roles.unnamed_before(seen.head, seen.words):
                # "a young woman asked ... the woman said": the unnamed person, not the one in the foreground
                return self._make(mention, None, None, "person", "unresolved")
            gender = name_lexicon.ROLE_GENDER.get(seen.lower[-1]) if seen.lower else None
            antecedent = self._antecedent(gender) if gender else self.last_person  # "the businessman": a man
            antecedent = self._office_holder(seen.lower) or antecedent
            if antecedent is not None and not self._holds_another_office(antecedent, seen.lower):
                if antecedent.name is not None and not speaker_lexicon.PAST_OFFICE_WORDS & set(seen.lower):
                    # "the Vermont senator" said it: a senator from now on ("the former senator" no more)
                    self.described_offices.setdefault(antecedent.name, set()).add(
                        _title_word_text(seen.lower[-1])
                    )
                return antecedent.referred_to(mention, "role", kind="person")
            specific = seen.lower[-1] not in speaker_lexicon.GENERIC_ROLE_HEADS  # "the woman" may be anyone
            entity = None
            if gender and specific and antecedent is None:
                entity = self._latest_person(mention.start, gender)
            if entity is not None:  # "Edna Wilkes, 82, woke ... The great-grandmother said": no speaker yet
                known = self._person(entity.name)
                return self._make(mention, known, entity.name, "person", "role", gender)
        return self._make(mention, None, None, "person", "unresolved")

    def _office_holder(self, description: list[str]) -> ResolvedSpeaker | None:
        """For an office ("the senator"), the latest of the recent persons the article gave that office,
        when the latest person is not given it ("Sen. Ann Roe ... Tom Hale asked ... the senator said"
        is Roe); ``None`` when the latest holds it or no recent person does."""
        head = _title_word_text(description[-1]) if description else ""
        if head not in speaker_lexicon.OFFICE_HEADS or head in speaker_lexicon.GENERIC_ROLE_HEADS:
            return None
        if speaker_lexicon.PAST_OFFICE_WORDS & set(description):
            return None  # "the former president" is not whoever holds the office now
        holders = [person for person in reversed(self.recent) if head in self._offices(person)]
        if not holders or holders[0] is self.last_person:
            return None
        return holders[0]

    def _offices(self, person: ResolvedSpeaker) -> set[str]:
        """The offices and roles the article gives a person: its titles and appositions."""
        offices = {title for _, title, name in self.article.titles if name == person.name}
        offices |= self.described_offices.get(person.name or "", set())
        entity = self.entities.person((person.name or "").split())
        if entity is not None and entity.name == person.name:
            offices |= entity.roles
        return offices

    def _holds_another_office(self, person: ResolvedSpeaker, description: list[str]) -> bool:
        """Whether ``head`` is an office and the article gives ``person`` roles, none of them that office:
        "the mayor" is not the person the article introduced as "The chairman, Robert Blake," nor "the
        minister" "Her lawyer, Dan Price"."""
        head = _title_word_text(description[-1])
        if head not in speaker_lexicon.OFFICE_HEADS or speaker_lexicon.PAST_OFFICE_WORDS & set(description):
            return False  # "the businessman" may be a senator too; "the former congressman" was one
        offices = self._offices(person) & (
            speaker_lexicon.SPEAKER_ROLE_HEADS - speaker_lexicon.GENERIC_ROLE_HEADS
        )
        return bool(offices) and head not in offices

    def _honorific(
        self, mention: Mention, words: list[str], lower: list[str], bare: str
    ) -> ResolvedSpeaker | None:
        """Honorific and surname ("Mr. Hale"): the person of that surname the article names, else the
        registry's, else the name as written when the honorific tells a person."""
        gender = speaker_lexicon.HONORIFIC_GENDER.get(lower[0])
        rest = " ".join(words[1:])
        foreground = self._foreground()
        entity = self.entities.person(words[1:], mention.start, gender, foreground)
        full = entity.name if entity is not None and len(entity.name.split()) >= 2 else None
        full = full or self.article.by_surname.get(normalise(words[-1]))
        known = self._person(full or rest)
        if known is None and full is None and len(words) == 2:  # "Mrs May": the registry's Theresa May
            known = self.registry.by_surname(words[-1], gender)
            if known is not None and not self.countries.fits(known.country, mention.text):
                known = None
        if known is not None or full is not None:
            return self._make(mention, known, full, "person", "honorific", gender)
        if gender is not None:  # "Mr Smith", known nowhere: the name as written, without "Mr"
            return self._make(mention, None, rest, "person", "honorific", gender)
        if lower[0] in speaker_lexicon.PERSONAL_HONORIFICS and all(_name_word(w) for w in words[1:]) and not (
            _ROLE_WORDS & set(lower[1:])  # "Chief Medical Officer Ann Roe": an office, not a title
        ):
            # "Prof Helen Marsh", "Cllr Ed Roe": a person whatever the model tagged, named without the title
            name = entities.person_name(rest)
            gender = entities.given_name_gender(name.split()[0]) if len(name.split()) >= 2 else None
            return self._make(mention, None, name, "person", "honorific", gender)
        return None

    def _campaign(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A person's campaign ("the Roe campaign", "her campaign"): the organisation "Roe campaign";
        "the campaign" alone is the campaign the text named last ("Ann Roe's campaign manager"), else
        the campaign of the latest speaker that was one ("her campaign said")."""
        if seen.head is None or seen.head.lower_ not in name_lexicon.CAMPAIGN_HEADS:
            return None
        surname = sieves.campaign_owner(seen, self.entities)
        for child in seen.head.children:
            if surname is None and child.dep_ == "poss" and child.lower_ in _POSSESSIVE_PRONOUNS:
                pronoun = Mention(child.idx, child.idx + len(child.text), child.text)
                owner = self._pronoun(pronoun, child.lower_)
                surname = owner.name.split()[-1] if owner.name and owner.kind == "person" else None
        if surname is not None:
            self.campaigns.append(sieves.Decision(f"{surname} campaign", "organization", "organization"))
            return self.campaigns[-1]
        if seen.lower == ["campaign"]:  # the campaign named last, in the text or by a speaker before
            named = self._campaign_named_before(seen.start)
            return named or (self.campaigns[-1] if self.campaigns else None)
        return None

    def _campaign_named_before(self, offset: int) -> sieves.Decision | None:
        """The campaign the article named last before ``offset`` with its candidate ("Ann Roe's
        campaign hired ... the campaign said"), where no speaker named one yet."""
        found = None
        for token in self.doc:
            if token.idx >= offset:
                break
            if token.lower_ in name_lexicon.CAMPAIGN_HEADS:
                phrase = noun_phrase(token)
                view = sieves.view(self.doc, phrase.start, phrase.end, phrase.text)
                found = sieves.campaign_owner(replace(view, head=token), self.entities) or found
        return sieves.Decision(f"{found} campaign", "organization", "organization") if found else None

    def _pair(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return sieves.pair(self.doc, seen, self.entities)

    def _apposition(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return sieves.apposition(self.doc, seen, self.entities)

    def _document(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A document speaks for its owner; "her statement" for the person "her" stands for; "the
        report" for the owner of the report the article introduced before; a document with no owner
        for the owner the article gives it in the next sentences ("a new poll ... The survey, conducted
        by Acme, finds")."""
        decision = sieves.document(seen, self.entities)
        if decision is None or seen.head is None:
            return decision
        if decision.name is not None:
            self.document_owners.append(decision)
            return decision
        for child in seen.head.children:
            word = child.lower_
            if child.dep_ == "poss" and word in name_lexicon.CAMPAIGN_HEADS:  # "the campaign's statement"
                phrase = noun_phrase(child)
                campaign = self._campaign(sieves.view(self.doc, phrase.start, phrase.end, phrase.text))
                if campaign is not None:
                    return replace(campaign, resolution="document")
            if child.dep_ == "poss" and word in _POSSESSIVE_PRONOUNS:
                owner = self._pronoun(Mention(child.idx, child.idx + len(child.text), child.text), word)
                if owner.name is not None:
                    return sieves.Decision(owner.name, owner.kind, "document", owner.gender)
        if documents.is_definite(seen.head):
            _, entity = self.documents.earlier(seen.head)
            if entity is not None:
                return sieves.decide(entity, "document")
            speaker = self.last_speaker
            head = self._head_of(speaker) if speaker is not None and speaker.name else None
            if head is not None and documents.speaker_statement(seen.head, head):
                # "Acme responded that it had grown. “...,” the statement said": the one who just spoke
                return sieves.Decision(speaker.name, speaker.kind, "document", speaker.gender)
        entity = self.documents.later(seen.head)  # "a new poll ... The survey, conducted by Acme, finds"
        entity = entity or self.documents.sole_owner(seen.head)  # the one owner of its kind the article names
        entity = entity or documents.issuing_body(seen.head, self.entities)  # "the opinion": the court's
        return sieves.decide(entity, "document") if entity is not None else decision

    def _organisation_named(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return sieves.organisation_named(seen, self.entities)

    def _organisation_described(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return sieves.organisation_described(seen, self.entities)

    def _member(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return members.member(self.doc, seen, self.entities)  # "The Hon. Member for Anytown said"

    def _decided(self, mention: Mention, decision: sieves.Decision) -> ResolvedSpeaker:
        """The speaker of a sieve's decision, with the registry's canonical entry when it has one."""
        known = self._known(decision.name) if decision.name else None
        if known is not None and known.kind != decision.kind:
            known = None
        return self._make(mention, known, decision.name, decision.kind, decision.resolution, decision.gender)

    def _pronoun(self, mention: Mention, word: str) -> ResolvedSpeaker:
        """A pronoun: "he"/"she" the latest person whose gender agrees, "it" the latest organisation,
        "they" a group the article does not name; never a person for "it"/"they"."""
        gender = speaker_lexicon.PRONOUNS.get(word) or _POSSESSIVE_PRONOUNS[word]
        if gender == "neuter":
            document = self._document_before(mention)
            if document is not None:
                return document
        if gender in ("neuter", "plural"):
            organisation = self._latest_organisation(mention.start) if gender == "neuter" else None
            if organisation is not None:
                name, kind, wikidata_id = organisation[1:]
                return ResolvedSpeaker(
                    name, mention.text, mention.start, mention.end, kind, "pronoun", wikidata_id
                )
            if gender == "plural":  # "Ann Roe and Tom Hale met ... They said": the pair, else no name
                token = pronouns.token_at(self.doc, mention.start, mention.end)
                pair = pronouns.named_pair(token, self.entities) if token is not None else None
                if pair is None and token is not None:
                    latest = sieves.latest_pair(self.doc, token, self.entities, 1, subject=True)
                    pair = latest.name if latest is not None else None
                return self._make(mention, None, pair, "group", "pronoun")
            return self._make(mention, None, None, "unknown", "unresolved")
        token = pronouns.token_at(self.doc, mention.start, mention.end)
        agrees = self._agrees(gender)
        subject = None
        if token is not None:
            subject = pronouns.relative_antecedent(token, self.entities, agrees)
            subject = subject or pronouns.subject_before(token, self.entities, agrees)
        if subject is not None:
            known = self._person(subject.name)
            return self._make(mention, known, subject.name, "person", "pronoun", subject.gender)
        going_on = self._speaker_going_on(token, gender) if token is not None else None
        if going_on is not None:  # "“...,” Roe said. Ohio was a hard state. “...,” she added."
            return going_on.referred_to(mention, "pronoun")
        antecedent = self._antecedent(gender)
        later = None if token is None else pronouns.named_just_before(token, self.entities, agrees, gender)
        if later is not None and (antecedent is None or self._before_sentence_before(antecedent, token)):
            # "Detective Sam Ruiz spoke. Officers arrested Dean Whitlock. He said": the latest named
            known = self._person(later.name)
            return self._make(mention, known, later.name, "person", "pronoun", later.gender)
        if antecedent is None:
            entity = self._latest_person(mention.start, gender)
            if entity is not None:
                known = self._person(entity.name)
                return self._make(mention, known, entity.name, "person", "pronoun", entity.gender)
            return self._make(mention, None, None, "unknown", "unresolved")
        return self._learn_gender(antecedent, gender).referred_to(mention, "pronoun")

    def _before_sentence_before(self, person: ResolvedSpeaker, token: Token) -> bool:
        """Whether a person's mention is before the sentence before ``token``'s."""
        sentence = self._sentence_of(person)
        return sentence is not None and sentence < pronouns.previous_sentence_start(token)

    def _speaker_going_on(self, token: Token, gender: str) -> ResolvedSpeaker | None:
        """The speaker a "he"/"she" of a verb of going on ("she added", "he continued") stands for: the
        speaker of the latest record, when that is a person of the pronoun's gender (or none known)
        named in the pronoun's sentence or the :data:`_GOING_ON_REACH` before it; a subject named in
        between ("Ohio was a hard state") is not who goes on speaking."""
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in speaker_lexicon.GOING_ON_VERBS:
            return None
        speaker = self.last_speaker
        if speaker is None or speaker.kind != "person" or speaker.name is None:
            return None
        if self._gender_of(speaker) not in (gender, None):
            return None
        head = self._head_of(speaker)
        first = token.sent.start
        for _ in range(_GOING_ON_REACH):
            first = self.doc[first - 1].sent.start if first > 0 else first
        return speaker if head is not None and first <= head.i < token.i else None

    def _document_before(self, mention: Mention) -> ResolvedSpeaker | None:
        """An "it" that stands for a document named in its sentence or the one before, outside quote
        marks and after the latest organisation ("Ann Roe wrote in the filing. It went on:"): the
        document's owner; ``None`` (the organisation rules decide) when the article names no owner."""
        token = pronouns.token_at(self.doc, mention.start, mention.end)
        if token is None:
            return None
        found = self.documents.latest_between(pronouns.previous_sentence_start(token), token.i)
        if found is None:
            return None
        index, owner = found
        head = self.doc[index]
        if pronouns.quoted(head):
            return None
        organisation = self.entities.latest_organisation(mention.start)
        if organisation is not None and organisation.last_before(mention.start) > head.idx:
            return None
        if self.recent_organisations and (self.recent_organisations[-1].start or 0) > head.idx:
            return None
        if owner is None:  # "the company wrote in its statement. It added": the organisation's
            return None
        return self._decided(mention, sieves.decide(owner, "pronoun"))

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

    def _organisation(
        self, mention: Mention, words: list[str], lower: list[str]
    ) -> tuple[KnownSpeaker | None, str | None, str, str] | None:
        """A spokesperson or an organisation by its head word ("a Downing Street spokesman", "the
        Russian defence ministry"): the registry's organisation, else the proper name the mention
        holds; an official or source of no named body ("a justice official", "a senior official") is
        an unnamed person, and a bare common noun ("the ministry") names no one."""
        head = lower[-1]
        named = self._proper_words(mention)
        if head in speaker_lexicon.SPOKESPERSON_HEADS and len(words) >= 2:
            body = " ".join(words[:-1])
            known = self._known(body, mention.text)
            if known is not None:
                return known, body, "organization", "organization"
            if head in _ANONYMOUS_HEADS or not named:
                return None, None, "person", "unresolved"
            return None, " ".join(named), "organization", "organization"
        if head in _PERSONAL_BODIES:
            owner = self._person_owner(mention)
            if owner is not None:  # "Sharif's office said": the office speaks for Shehbaz Sharif
                return None, owner, "organization", "organization"
        if head in speaker_lexicon.ORGANIZATION_HEADS:
            body = " ".join(words)
            known = self._known(body, mention.text)
            if known is not None or named:
                return known, body, "organization", "organization"
            return None, None, "organization", "unresolved"
        return None

    def _according_to(self, mention: Mention) -> bool:
        """Whether a mention is the object of "according to" ("According to him, ..."), where an object
        pronoun speaks; "daring him to say" or "told them" make no speaker of it."""
        token = pronouns.token_at(self.doc, mention.start, mention.end)
        return token is not None and token.i >= 2 and self.doc[token.i - 2].lower_ == "according"

    def _person_owner(self, mention: Mention) -> str | None:
        """The fullest name of the person the article names who owns the mention's head ("Sharif's
        office"), or ``None``."""
        head = pronouns.token_at(self.doc, mention.start, mention.end)
        for child in head.children if head is not None else ():
            if child.dep_ == "poss" and child.pos_ == "PROPN":  # tagged a person or not ("Qadir" a place)
                entity = self.entities.by_token.get(child.i)
                entity = entity or self.entities.person(entities.name_words(child.text))
                if entity is not None and entity.kind == "person":
                    return entity.name
        return None

    def _proper_words(self, mention: Mention) -> list[str]:
        """The words of a mention that belong to a name (proper nouns, named entities)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return []
        words = [t for t in span if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP", "FAC")]
        if not any(t.text[:1].isupper() for t in words):
            return []  # a proper noun is capitalised: "a council spokesman" names no council
        return [t.text for t in words]

    def _role(self, mention: Mention, role: str) -> ResolvedSpeaker:
        name = self.article.by_role.get(role)
        if name is not None:
            return self._make(mention, self._person(name), name, "person", "role")
        holders = self.registry.holders(role, self.date)
        holders = [h for h in holders if self.countries.fits(h.country, mention.text)]
        if self.date is None:
            named = [h for h in holders if h.name in self.article.names]
            holders = named or (holders if len(holders) == 1 else [])
        if len(holders) == 1:
            return self._make(mention, holders[0], None, "person", "role")
        return self._make(mention, None, None, "person", "unresolved")


#: Possessive pronouns that name a speaker ("in his words, “...”"), with the gender they tell.
_POSSESSIVE_PRONOUNS = {"his": "male", "her": "female", "their": "plural", "its": "neuter"}

#: Words of offices and roles, which make the words around them a title rather than a name.
_ROLE_WORDS = speaker_lexicon.SPEAKER_ROLE_HEADS | name_lexicon.TITLE_WORDS | name_lexicon.EPITHET_HEADS

#: Bodies that speak for the one person who owns them ("Sharif's office", "the senator's office").
_PERSONAL_BODIES = frozenset({"office"})

#: Object pronouns a speaker is written as ("According to him", "according to them"), by their subject form.
_OBJECT_PRONOUNS = {"him": "he", "them": "they"}

#: Ranks and titles that may stand between a mention cut short and the name it runs into.
_RANK_WORDS = speaker_lexicon.RANK_ABBREVIATIONS | frozenset(speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS)

#: Spokesperson heads that stay anonymous: "a White House official" names no one who speaks.
_ANONYMOUS_HEADS = frozenset({"official", "source"})

#: How many sentences before a "she added" the speaker who goes on may be named.
_GOING_ON_REACH = 3
#: How many sentences after an indefinite description the person it stands for may be named with its
#: role ("A spokesman said ... Tom Hale, the spokesman for the mayor,").
_LATER_REACH = 3

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


#: Words of an organisation's or a title's name before "of" ("Bank of", "Secretary of", "Friends of").
_NOT_PERSON_WORDS = (
    name_lexicon.ORGANISATION_BACK_HEADS
    | speaker_lexicon.ORGANIZATION_HEADS
    | speaker_lexicon.SPEAKER_ROLE_HEADS
    | speaker_lexicon.HONORIFICS
    | name_lexicon.TITLE_WORDS
    | name_lexicon.ORGANISATION_NAME_WORDS
)


def _former_occupation(seen: sieves.MentionView, lower: list[str]) -> bool:
    """Whether a mention is a person's past occupation ("the former hairdresser"): a common noun after
    "former", no body's noun ("the former ministry")."""
    head = seen.head
    if head is None or head.pos_ != "NOUN" or len(lower) < 2:
        return False
    if not name_lexicon.PAST_TERM_MODIFIERS & set(lower):
        return False
    return lower[-1] not in speaker_lexicon.ORGANIZATION_HEADS | name_lexicon.ORGANISATION_BACK_HEADS


def _after_determiner(token: Token | None) -> bool:
    """Whether a one-word mention stands after "the", "a" or "an" ("the Conservative": a person)."""
    return token is not None and token.i > 0 and token.doc[token.i - 1].lower_ in ("the", "a", "an")


def _name_word(word: str) -> bool:
    """Whether a word can stand in a person's name: capitalised ("Marsh", "Ó") or a particle ("van")."""
    return word[:1].isupper() or word in name_lexicon.NAME_PARTICLES


def _names_a_person(seen: sieves.MentionView) -> bool:
    """Whether a mention's head is a name ("Mrs. Roe"), not a thing of the person's ("Mrs. Roe's aides")."""
    return seen.head is None or seen.head.pos_ == "PROPN" or seen.head.ent_type_ == "PERSON"


def _title_word_text(word: str) -> str:
    word = word.rstrip(".")
    return speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS.get(word, word)


def main_subjects(doc: Doc, excluded: list[tuple[int, int]]) -> list[Mention]:
    """Subjects of clauses outside quotes and reported content: the candidates for pronoun antecedents.

    Args:
        doc: a parsed Doc.
        excluded: character spans (quotes, claim contents) whose subjects do not count.
    """
    bounds = sorted(excluded)
    starts = [start for start, _ in bounds]
    reach = list(accumulate((end for _, end in bounds), max))  # furthest end among spans starting so far
    mentions = []
    if not len(doc):
        return mentions
    subjects = [  # read from the arrays: building every Token object is slow
        i
        for i, (dep, pos) in enumerate(doc.to_array([DEP, POS]).tolist())
        if (dep in _SUBJECT_DEP_IDS and pos in _NOMINAL_POS) or (dep == _ROOT and pos == PROPN)
    ]
    # a name that is the root of a verbless fragment is its topic ("And then, Ann Roe: what has she
    # done?"); other proper-noun roots (a headline's, a dateline's) are no person's and stay out
    subjects = [i for i in subjects if doc[i].dep != _ROOT or doc[i].ent_type_ == "PERSON"]
    for token in map(doc.__getitem__, subjects):
        if token.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i < token.i for c in token.head.children):
            continue  # a second subject of one verb is a name misread ("said Ann Roe, beside Tom Hale")
        k = bisect_right(starts, token.idx)
        if k and reach[k - 1] > token.idx:
            continue
        mentions.append(noun_phrase(token))
    return mentions


def _place(token: Token) -> bool:
    """Whether the model tags a word a place or a people ("Washington", "Texans"), never a surname."""
    return token.ent_type_ in ("GPE", "LOC", "NORP", "FAC")


def _organisation_apposition(head: Token | None) -> bool:
    """Whether a proper name has in apposition a noun that makes it an organisation ("Ofgem, the energy
    regulator,"; "the regulator, Ofgem,"): the name is a body's, not a person's."""
    if head is None or head.pos_ != "PROPN":
        return False
    linked = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        linked.append(head.head)
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in speaker_lexicon.APPOSITION_ORGANISATION_HEADS for t in linked
    )
