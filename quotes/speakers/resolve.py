"""Speakers: from a mention (found by :mod:`quotes.speakers.mentions`) to a canonical speaker.

Resolution, in this order:

* a pronoun ("he", "He added:") takes the latest person before it who is the subject of a main
  clause or the speaker of a quote (subjects inside quotes and reported content do not count);
* a name in the registry ("Ben Wallace", "Healey", the misspelt "Healy") is that speaker;
* an honorific and surname ("Mr Wallace", "Mr. Wallace") is the person of that surname the article
  names in full, else the registry's;
* a role ("the Foreign Secretary", "The Ukrainian President") is the person the article itself names
  with that role ("Foreign Secretary James Cleverly"), else the registry's holder on the article
  date, else (no date) the registry holder the article names, else unresolved;
* an organisation ("a Downing Street spokesman", "the Russian defence ministry") is the registry's
  canonical organisation, or the mention without its article and spokesperson word;
* a group ("defence sources", "experts") is kind ``group`` and its name is the mention in lower
  case without a leading article ("defence sources"): deterministic, and no registry needed.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from spacy.attrs import DEP, POS
from spacy.parts_of_speech import NOUN, PRON, PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes.lexicon import speakers as speaker_lexicon
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

    def continued(self) -> ResolvedSpeaker:
        """The same speaker, inherited by a quote paragraph with no cue of its own."""
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


def _title_word(token: Token) -> str:
    word = token.lower_.rstrip(".")
    return speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS.get(word, word)


def article_names(doc: Doc, registry: Registry) -> ArticleNames:
    """Index the article's PERSON entities by surname, the roles and titles written around them,
    and the genders their honorifics give."""
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
        heads = [_title_word(t) for t in before if _title_word(t) in speaker_lexicon.SPEAKER_ROLE_HEADS]
        heads += [
            c.lower_
            for c in ent.root.children
            if c.dep_ == "appos" and c.lower_ in speaker_lexicon.SPEAKER_ROLE_HEADS
        ]
        if ent.root.dep_ == "appos" and ent.root.head.lower_ in speaker_lexicon.SPEAKER_ROLE_HEADS:
            heads.append(ent.root.head.lower_)  # "the group's director, Jane Roe"
        article.titles.extend((ent.start_char, head, full) for head in heads)
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
        self.article = article_names(doc, registry)
        self.recent: list[ResolvedSpeaker] = []  # the latest persons, newest last, one entry a name
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

    def observe(self, speaker: ResolvedSpeaker) -> None:
        """Remember a resolved person as the antecedent of later pronouns."""
        if speaker.kind == "person" and speaker.name is not None:
            self.recent = [s for s in self.recent if s.name != speaker.name][-(_PRONOUN_REACH - 1) :]
            self.recent.append(speaker)

    def _antecedent(self, gender: str) -> ResolvedSpeaker | None:
        """The person a pronoun stands for: the latest of its gender among the last few persons
        ("Mrs May ... Johnson said ... she said" is May), else the latest of unknown gender ("Hillary
        Clinton ... Donald Trump ... she" is Clinton when only Trump's gender is known)."""
        if gender in ("plural", "neuter"):
            return self.last_person
        for person in reversed(self.recent):
            if person.gender == gender:
                return person
        unknown = [person for person in self.recent if person.gender is None]
        return unknown[-1] if unknown else None

    def resolve(self, mention: Mention) -> ResolvedSpeaker:
        """Resolve one mention (call in text order so pronouns see the right antecedent)."""
        speaker = self._resolve(mention)
        self.observe(speaker)
        return speaker

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
        if gender is None and kind == "person" and name:
            gender = self.article.gender_by_surname.get(normalise(name.split()[-1]))
        return ResolvedSpeaker(name, mention.text, mention.start, mention.end, kind, resolution, None, gender)

    def _person(self, name: str) -> KnownSpeaker | None:
        known = self.registry.by_alias(name)
        return known if known is not None and known.kind == "person" else None

    def _resolve(self, mention: Mention) -> ResolvedSpeaker:
        text = mention.text.strip()
        words = text.replace("’s", "").split()
        lower = [normalise(w) for w in words]
        if len(words) == 1 and (lower[0] in speaker_lexicon.PRONOUNS or lower[0] in _POSSESSIVE_PRONOUNS):
            gender = speaker_lexicon.PRONOUNS.get(lower[0]) or _POSSESSIVE_PRONOUNS[lower[0]]
            antecedent = self._antecedent(gender)
            if antecedent is not None:
                return ResolvedSpeaker(
                    antecedent.name,
                    mention.text,
                    mention.start,
                    mention.end,
                    antecedent.kind,
                    "pronoun",
                    antecedent.wikidata_id,
                    antecedent.gender,
                )
            return self._make(mention, None, None, "unknown", "unresolved")
        while lower and lower[0] in ("the", "a", "an"):
            words, lower = words[1:], lower[1:]
        if not words:
            return self._make(mention, None, None, "unknown", "unresolved")
        bare = " ".join(words)
        # honorific + surname
        if lower[0] in speaker_lexicon.HONORIFICS and len(words) >= 2:
            rest = " ".join(words[1:])
            full = self.article.by_surname.get(normalise(words[-1]))
            known = self._person(full or rest)
            if known is None and full is None and len(words) == 2:  # "Mrs May": the registry's Theresa May
                known = self.registry.by_surname(words[-1], speaker_lexicon.HONORIFIC_GENDER.get(lower[0]))
            if known is not None or full is not None:
                return self._make(
                    mention,
                    known,
                    full,
                    "person",
                    "honorific",
                    speaker_lexicon.HONORIFIC_GENDER.get(lower[0]),
                )
            if lower[0] in speaker_lexicon.HONORIFIC_GENDER:  # "Mr Smith", known nowhere: the name as written
                return self._make(
                    mention, None, bare, "person", "honorific", speaker_lexicon.HONORIFIC_GENDER[lower[0]]
                )
        # a known name, or a role followed by a known name ("Defence Secretary Ben Wallace")
        for size in range(len(words), 0, -1):
            known = self.registry.by_alias(" ".join(words[-size:]))
            if known is not None:
                if known.kind != "person":
                    return self._make(mention, known, None, known.kind, "organization")
                return self._make(mention, known, None, "person", "name" if size >= 2 else "surname")
        # organisations and groups
        org = self._organisation(words, lower)
        if org is not None:
            return self._make(mention, *org)
        # a role
        role = self.registry.role(bare)
        if role is not None:
            return self._role(mention, role)
        # a person the article names in full
        full = self.article.by_surname.get(lower[-1]) if len(words) == 1 else None
        if full is None and len(words) == 1:
            close = self._close_surnames.get(lower[-1])
            if close is None:
                near = self._surnames_near_in_length(lower[-1])
                close = difflib.get_close_matches(lower[-1], near, n=1, cutoff=0.85)
                self._close_surnames[lower[-1]] = close
            full = self.article.by_surname[close[0]] if close else None
        if full is not None:
            return self._make(mention, self._person(full), full, "person", "surname")
        head = _title_word_text(lower[-1])
        if head in speaker_lexicon.SPEAKER_ROLE_HEADS and not self._is_entity(mention, "PERSON"):
            titled = [
                name for offset, word, name in self.article.titles if word == head and offset < mention.start
            ]
            if titled:
                return self._make(mention, self._person(titled[-1]), titled[-1], "person", "role")
            return self._make(mention, None, None, "person", "unresolved")
        if self._is_entity(mention, "PERSON"):
            return self._make(mention, None, bare, "person", "name" if len(words) >= 2 else "surname")
        for label in ("ORG", "GPE", "NORP"):
            if self._is_entity(mention, label):
                return self._make(mention, None, bare, "organization", "organization")
        return self._make(mention, None, None, "unknown", "unresolved")

    def _organisation(
        self, words: list[str], lower: list[str]
    ) -> tuple[KnownSpeaker | None, str | None, str, str] | None:
        head = lower[-1]
        if head in speaker_lexicon.SPOKESPERSON_HEADS and len(words) >= 2:
            body = " ".join(words[:-1])
            known = self.registry.by_alias(body)
            return known, body, "organization", "organization"
        if head in speaker_lexicon.ORGANIZATION_HEADS:
            body = " ".join(words)
            return self.registry.by_alias(body), body, "organization", "organization"
        if head in speaker_lexicon.GROUP_HEADS:
            return None, " ".join(lower), "group", "organization"
        return None

    def _role(self, mention: Mention, role: str) -> ResolvedSpeaker:
        name = self.article.by_role.get(role)
        if name is not None:
            return self._make(mention, self._person(name), name, "person", "role")
        holders = self.registry.holders(role, self.date)
        if self.date is None:
            named = [h for h in holders if h.name in self.article.names]
            holders = named or (holders if len(holders) == 1 else [])
        if len(holders) == 1:
            return self._make(mention, holders[0], None, "person", "role")
        return self._make(mention, None, None, "person", "unresolved")

    def _is_entity(self, mention: Mention, label: str) -> bool:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and any(token.ent_type_ == label for token in span)


#: Possessive pronouns that name a speaker ("in his words, “...”"), with the gender they tell.
_POSSESSIVE_PRONOUNS = {"his": "male", "her": "female", "their": "plural", "its": "neuter"}

#: How many recent persons a pronoun looks back over for one of its gender.
_PRONOUN_REACH = 4


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
        if dep in _SUBJECT_DEP_IDS and pos in _NOMINAL_POS
    ]
    for token in map(doc.__getitem__, subjects):
        k = bisect_right(starts, token.idx)
        if k and reach[k - 1] > token.idx:
            continue
        mentions.append(noun_phrase(token))
    return mentions
