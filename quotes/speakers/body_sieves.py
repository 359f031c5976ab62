"""The sieves of the speaker resolver for bodies and what they issue: organisations and their
spokespeople ("a Downing Street spokesman", "the company"), parties, campaigns, pairs, appositions,
documents ("the report says": its owner) and members addressed by seat."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import (
    appositions,
    documents,
    entities,
    members,
    organisations,
    pairs,
    place_bodies,
    pronouns,
    sieves,
)
from quotes.speakers.doc_text import text_of
from quotes.speakers.entities import Entity
from quotes.speakers.mentions import Mention, noun_phrase
from quotes.speakers.registry import KnownSpeaker
from quotes.speakers.resolver_state import POSSESSIVE_PRONOUNS, ResolverState


class BodySieves(ResolverState):
    """The resolver's sieves for bodies and what they issue: organisations and their
    spokespeople ("a Downing Street spokesman", "the company"), parties, campaigns, pairs, appositions,
    documents ("the report says": its owner) and members addressed by seat."""

    def _organisation_speaker_back(
        self, mention: Mention, seen: sieves.MentionView
    ) -> sieves.Decision | None:
        """ "The company" where the article's organisations are none the model tagged: the latest
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

    def _police(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """Bare "police" where the article named no force: the force of the one place whose police
        it names ("the Springfield police chief"; :func:`~quotes.speakers.place_bodies.police_force`)."""
        if seen.lower != ["police"] or seen.head is None or organisations.placed_in(seen.head):
            return None
        if self._police_force is None:
            self._police_force = place_bodies.police_force(self.doc, self.entities, self.countries) or ""
        return (
            sieves.Decision(self._police_force, "organization", "organization")
            if self._police_force
            else None
        )

    def _state(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """ "The state" acting as a body: the one state its sentence or the one before names
        (:func:`~quotes.speakers.place_bodies.state_named`)."""
        if seen.lower != ["state"] or seen.head is None:
            return None
        name = place_bodies.state_named(seen.head)
        return sieves.Decision(name, "organization", "organization") if name else None

    def _party_back(self, mention: Mention, seen: sieves.MentionView) -> sieves.Decision | None:
        """ "The party" where the article names no party in full: the party whose word ("Republicans",
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

    def _campaign(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A person's campaign ("the Roe campaign", "her campaign"): the organisation "Roe campaign";
        "the campaign" alone is the campaign the text named last ("Ann Roe's campaign manager"), else
        the campaign of the latest speaker that was one ("her campaign said")."""
        if seen.head is None or seen.head.lower_ not in name_lexicon.CAMPAIGN_HEADS:
            return None
        surname = sieves.campaign_owner(seen, self.entities)
        for child in seen.head.children:
            if surname is None and child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
                pronoun = Mention(child.idx, child.idx + len(child.text), child.text)
                owner = self._pronoun(pronoun, child.lower_)
                surname = owner.name.split()[-1] if owner.name and owner.kind == "person" else None
        if surname is not None:
            self.campaigns.append(sieves.Decision(f"{surname} campaign", "organization", "organization"))
            return self.campaigns[-1]
        if seen.lower == ["campaign"]:  # the campaign named last, in the text or by a speaker before
            named, where = self._campaign_named_before(seen.start)
            candidate = self._candidate_just_before(seen.head)
            if candidate is not None and (named is None or where < self._paragraphs_back(seen.start)):
                return candidate  # "Ann Roe plans a speech. The campaign says": hers, not one named long ago
            return named or (self.campaigns[-1] if self.campaigns else None)
        return None

    def _team(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A candidate's team or camp ("Clinton's team says", "the Roe camp", "his team believes"): the
        organisation "<surname> campaign", when the article names that campaign somewhere ("the Roe
        campaign", "Roe's campaign"); a team of a person whose campaign the article never names (a
        coach's, a lawyer's) is left to the other sieves."""
        if seen.head is None or seen.head.lower_ not in name_lexicon.TEAM_HEADS:
            return None
        surname = sieves.campaign_owner(seen, self.entities, name_lexicon.TEAM_HEADS)
        for child in seen.head.children:
            if surname is None and child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
                pronoun = Mention(child.idx, child.idx + len(child.text), child.text)
                owner = self._pronoun(pronoun, child.lower_)
                surname = owner.name.split()[-1] if owner.name and owner.kind == "person" else None
        if surname is None or surname not in self._campaigns_named():
            return None
        return sieves.Decision(f"{surname} campaign", "organization", "organization")

    def _campaigns_named(self) -> frozenset[str]:
        """The surnames of the candidates whose campaign the article names anywhere, read once."""
        if self._campaign_surnames is None:
            found = set()
            for token in self.doc:
                if token.lower_ in name_lexicon.CAMPAIGN_HEADS:
                    phrase = noun_phrase(token)
                    view = sieves.view(self.doc, phrase.start, phrase.end, phrase.text)
                    found.add(sieves.campaign_owner(replace(view, head=token), self.entities))
            self._campaign_surnames = frozenset(found - {None})
        return self._campaign_surnames

    def _paragraphs_back(self, offset: int) -> int:
        """The offset where the paragraph :data:`_CAMPAIGN_REACH` paragraphs before ``offset``'s begins."""
        starts = [0, *(m.end() for m in re.finditer(r"\n+", text_of(self.doc)[:offset]))]
        k = len(starts) - 1 - _CAMPAIGN_REACH
        return starts[k] if k >= 0 else 0

    def _candidate_just_before(self, head: Token) -> sieves.Decision | None:
        """The campaign of the person the sentence right before names as its main subject, outside
        quote marks ("Ann Roe plans a speech. The campaign says ..." is the Roe campaign), which
        beats a campaign named further back."""
        if head.sent.start == 0:
            return None
        before = self.doc[head.sent.start - 1].sent
        subject = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.ent_type_ != "PERSON" or pronouns.quoted(subject):
            return None
        entity = self.entities.by_token.get(subject.i)
        if entity is None or entity.kind != "person":
            return None
        surname = entities.surname_of(entity.name.split())
        return sieves.Decision(f"{surname} campaign", "organization", "organization")

    def _campaign_named_before(self, offset: int) -> tuple[sieves.Decision | None, int]:
        """The campaign the article named last before ``offset`` with its candidate ("Ann Roe's
        campaign hired ... the campaign said"), where no speaker named one yet, and where it was
        named (-1 when none)."""
        found, where = None, -1
        for token in self.doc:
            if token.idx >= offset:
                break
            if token.lower_ in name_lexicon.CAMPAIGN_HEADS:
                phrase = noun_phrase(token)
                view = sieves.view(self.doc, phrase.start, phrase.end, phrase.text)
                owner = sieves.campaign_owner(replace(view, head=token), self.entities)
                if owner:
                    found, where = owner, token.idx
        if not found:
            return None, -1
        return sieves.Decision(f"{found} campaign", "organization", "organization"), where

    def _pair(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A definite pair: the two people named together just before; else the pair that spoke last,
        close before ("The two lawmakers argue ... “...,” the two write")."""
        decision = pairs.pair(self.doc, seen, self.entities)
        if decision is not None:  # "the two" after "Obama and Ann Roe": Barack Obama and Ann Roe
            return sieves.Decision(self._pair_names(decision.name), decision.kind, decision.resolution)
        last = self.last_speaker
        if decision is not None or seen.head is None or last is None or not pairs.two_people(seen.head):
            return decision
        if last.kind != "group" or not last.name or last.name.count(" and ") != 1 or last.start is None:
            return None
        if not pairs.within_reach(self.doc, last.start, seen.head):
            return None
        return sieves.Decision(last.name, "group", "group")

    def _apposition(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return sieves.apposition(self.doc, seen, self.entities)

    def _organisation_apposition(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return appositions.organisation_apposition(seen, self.entities)  # "the regulator, Ofgem,"

    def _document(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A document speaks for its owner; "her statement" for the person "her" stands for; "the
        report" for the owner of the report the article introduced before; a document with no owner
        for the owner the article gives it in the next sentences ("a new poll ... The survey, conducted
        by Acme, finds")."""
        decision = sieves.document(seen, self.entities)
        if decision is None or seen.head is None:
            return decision
        if decision.name is not None:
            body = self.documents.party_body(seen.head)  # "the GOP's complaint": the committee's
            decision = sieves.decide(body, "document") if body is not None else decision
            self.document_owners.append(decision)
            return decision
        for child in seen.head.children:
            word = child.lower_
            if child.dep_ == "poss" and word in name_lexicon.CAMPAIGN_HEADS:  # "the campaign's statement"
                phrase = noun_phrase(child)
                campaign = self._campaign(sieves.view(self.doc, phrase.start, phrase.end, phrase.text))
                if campaign is not None:
                    return replace(campaign, resolution="document")
            if child.dep_ == "poss" and word in POSSESSIVE_PRONOUNS:  # "her statement"
                owner = self._pronoun_owner(seen.head, child)
                if owner is not None:
                    return owner
        subject = documents.releasing_pronoun(seen.head)
        owner = self._pronoun_owner(seen.head, subject) if subject is not None else None
        if owner is not None and self._named_near(owner, subject):  # "He released a letter that says"
            return owner
        entity = self.documents.part_owner(seen.head)  # "A slide from Ann Roe's talk ... Another slide shows"
        if entity is not None:
            return sieves.decide(entity, "document")
        entity = self.documents.given_later(seen.head)  # "the study ... The authors of the report, Acme,"
        if entity is not None:
            return sieves.decide(entity, "document")
        if documents.is_definite(seen.head):
            introduced, entity = self.documents.earlier(seen.head)
            if not introduced:  # "Acme sued the city ... The lawsuit says": brought about by a verb
                entity = documents.owner_by_earlier_verb(seen.head, self.entities)
                # "according to an Acme survey. The study found": the research just before
                entity = entity or self.documents.bridged(seen.head)
            if entity is not None:
                return sieves.decide(entity, "document")
            speaker = self.last_speaker
            head = self._head_of(speaker) if speaker is not None and speaker.name else None
            organisation = speaker is not None and speaker.kind == "organization"
            if head is not None and documents.speaker_statement(seen.head, head, organisation):
                # "Acme responded that it had grown. “...,” the statement said": the one who just spoke
                return sieves.Decision(speaker.name, speaker.kind, "document", speaker.gender)
        entity = self.documents.later(seen.head)  # "a new poll ... The survey, conducted by Acme, finds"
        entity = entity or self.documents.members(seen.head)  # "New polls ... an Acme poll ... a Hale poll"
        entity = entity or self.documents.sole_owner(seen.head)  # the one owner of its kind the article names
        entity = entity or documents.issuing_body(seen.head, self.entities)  # "the opinion": the court's
        return sieves.decide(entity, "document") if entity is not None else decision

    def _pronoun_owner(self, head: Token, pronoun: Token) -> sieves.Decision | None:
        """The owner of a document a pronoun gives ("her statement", "He released a letter"): whom the
        pronoun stands for, or that person's campaign for an ad (:func:`documents.campaign_of_ad`);
        ``None`` when the pronoun stands for no one named."""
        mention = Mention(pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.text)
        owner = self._pronoun(mention, pronoun.lower_)
        if owner.name is None:
            return None
        found = documents.campaign_of_ad(head, Entity(owner.name, owner.kind))
        if found is None or found.name != owner.name:  # the campaign: no gender
            return sieves.Decision(found.name, found.kind, "document") if found is not None else None
        return sieves.Decision(owner.name, owner.kind, "document", owner.gender)

    def _named_near(self, owner: sieves.Decision, pronoun: Token) -> bool:
        """Whether the article names the person or organisation a pronoun was resolved to (or whose ad
        it is) in the pronoun's sentence or the one before: further back, the resolver's latest
        speaker is as likely someone else ("Ann Roe spoke. The former governor is a runner. He
        released a letter")."""
        name = owner.name.removesuffix(" campaign") if owner.name else ""
        start = self.doc[pronouns.previous_sentence_start(pronoun)].idx
        named = [e for e in (*self.entities.persons, *self.entities.organisations) if e.name.endswith(name)]
        return bool(name) and any(start <= offset < pronoun.idx for e in named for offset in e.offsets)

    def _organisation_named(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return sieves.organisation_named(seen, self.entities)

    def _organisation_described(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return sieves.organisation_described(seen, self.entities)

    def _member(self, seen: sieves.MentionView) -> sieves.Decision | None:
        return members.member(self.doc, seen, self.entities)  # "The Hon. Member for Anytown said"

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


#: Bodies that speak for the one person who owns them ("Sharif's office", "the senator's office").
_PERSONAL_BODIES = frozenset({"office"})


#: Spokesperson heads that stay anonymous: "a White House official" names no one who speaks.
_ANONYMOUS_HEADS = frozenset({"official", "source"})


#: How many paragraphs back a campaign named with its candidate still beats the candidate who is the
#: subject of the sentence just before "the campaign".
_CAMPAIGN_REACH = 3
