"""What the resolver gives back: a resolved speaker, and the names an article gives persons (read
once per article for :class:`quotes.speakers.resolve.SpeakerResolver`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Token

from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import countries, roles
from quotes.speakers.doc_text import entities_of
from quotes.speakers.entity_spans import without_headline_epithet
from quotes.speakers.mentions import NAME_HONORIFICS, Mention
from quotes.speakers.name_forms import surname_key, without_description
from quotes.speakers.registry import Registry, normalise


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
    return title_word_text(token.lower_)


def title_word_text(text: str) -> str:
    """A title word in its full lower-case form ("Gov." -> "governor"), for comparing with role words."""
    word = text.lower().rstrip(".")
    return speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS.get(word, word)


def article_names(
    doc: Doc, registry: Registry, places: countries.ArticleCountries | None = None
) -> ArticleNames:
    """Index the article's PERSON entities by surname, the roles and titles written around them,
    and the genders their honorifics give; a lone surname is a registry person's only where the
    article's ``places`` fit that person's country."""
    article = ArticleNames({}, {}, set())
    for ent in entities_of(doc):
        if ent.label_ != "PERSON":
            continue
        ent = without_headline_epithet(ent)  # "Derelict Hale" over a story of President Hale
        words = [w for w in ent.text.replace("’s", "").replace("'s", "").split() if w]
        while len(words) > 1 and normalise(words[0]) in NAME_HONORIFICS:
            words = words[1:]  # "Mrs May" names a surname, not a full name
        if not words:
            continue
        named = without_description(words)  # "Treasurer Tom Hale", the office tagged into the name
        inside = [title_word_text(w) for w in words[: len(words) - len(named)]]
        words = named
        known = registry.by_alias(" ".join(words))
        if known is not None and len(words) == 1 and places is not None and not places.fits(known.country):
            known = None
        full = known.name if known is not None and known.kind == "person" else " ".join(words)
        if len(words) >= 2 or known is not None:
            article.names.add(full)
            article.by_surname.setdefault(normalise(surname_key(full.split())), full)
        before = doc[max(ent.sent.start, ent.start - 4) : ent.start]
        title = [t.text for t in before if t.dep_ in ("compound", "amod", "nmod") or t.is_title]
        for size in range(len(title), 0, -1):
            role = registry.role(" ".join(title[-size:]))
            if role is not None:
                article.by_role.setdefault(role, full)
                break
        run = roles.title_run(before)  # "Indiana Gov." in "... spoke to Indiana Gov. Ann Roe"
        heads = [_title_word(t) for t in run if _title_word(t) in speaker_lexicon.SPEAKER_ROLE_HEADS]
        heads += [word for word in inside if word in speaker_lexicon.SPEAKER_ROLE_HEADS]
        heads += [
            c.lower_
            for c in ent.root.children
            if c.dep_ == "appos" and c.lower_ in speaker_lexicon.SPEAKER_ROLE_HEADS
        ]
        if ent.root.dep_ == "appos" and ent.root.head.lower_ in speaker_lexicon.SPEAKER_ROLE_HEADS:
            heads.append(ent.root.head.lower_)  # "the group's director, Jane Roe"
        article.titles.extend((ent.start_char, head, full) for head in heads)
        if heads:
            article.title_words[ent.start_char] = roles.title_context(ent, run) | roles.seat_words(doc, ent)
        if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in speaker_lexicon.HONORIFIC_GENDER:
            gender = speaker_lexicon.HONORIFIC_GENDER[doc[ent.start - 1].lower_.rstrip(".")]
            article.gender_by_surname.setdefault(normalise(words[-1]), gender)
    return article
