"""The sieves of the speaker resolver for pronouns: "he"/"she" by agreement, salience and recency, "it"
for a document or an organisation, "I" for the writer or the interviewee, "according to him"."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import entities, narrator, organisations, pairs, pronouns, sieves
from quotes.speakers.mentions import SUBJECT_DEPS, Mention
from quotes.speakers.resolved import ResolvedSpeaker
from quotes.speakers.resolver_state import POSSESSIVE_PRONOUNS, ResolverState


class PronounSieves(ResolverState):
    """The resolver's sieves for pronouns: "he"/"she" by agreement, salience and recency, "it"
    for a document or an organisation, "I" for the writer or the interviewee, "according to him"."""

    def _first_person(self, mention: Mention) -> ResolvedSpeaker:
        """ "I" outside quotes: the writer an opinion piece signs off with, or the interviewee of an
        answer paragraph; unresolved where the article names neither."""
        if self.narrator is None:
            self.narrator = narrator.Narrator(self.doc, self.entities)
        entity = self.narrator.of(mention.start)
        if entity is None:
            return self._make(mention, None, None, "unknown", "unresolved")
        return self._make(mention, self._person(entity.name), entity.name, "person", "pronoun", entity.gender)

    def _pronoun(self, mention: Mention, word: str) -> ResolvedSpeaker:
        """A pronoun: "he"/"she" the latest person whose gender agrees, "it" the latest organisation,
        "they" a group the article does not name; never a person for "it"/"they"."""
        gender = speaker_lexicon.PRONOUNS.get(word) or POSSESSIVE_PRONOUNS[word]
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
                subject = self._they_subject(token) if pair is None and token is not None else None
                if subject is not None:  # "Critics, like Ann Roe and Tom Hale, ... They wrote"
                    return self._decided(mention, subject)
                if pair is None and token is not None:
                    latest = pairs.latest_pair(self.doc, token, self.entities, 1, subject=True)
                    pair = latest.name if latest is not None else None
                return self._make(mention, None, self._pair_names(pair), "group", "pronoun")
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
        introduced = pronouns.introduced_just_before(token, self.entities, agrees) if token else None
        if introduced is not None:  # "..., which worries Tom Hale, president of the caucus. “...,” he said"
            known = self._person(introduced.name)
            return self._make(mention, known, introduced.name, "person", "pronoun", introduced.gender)
        going_on = self._speaker_going_on(token, gender) if token is not None else None
        if going_on is not None:  # "“...,” Roe said. Ohio was a hard state. “...,” she added."
            return going_on.referred_to(mention, "pronoun")
        antecedent = self._antecedent(gender)
        later = None if token is None else pronouns.named_just_before(token, self.entities, agrees, gender)
        if later is None and token is not None:
            later = self._described_just_before(token, gender)
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

    def _described_just_before(self, token: Token, gender: str) -> entities.Entity | None:
        """The person a "he"/"she" stands for when the sentence right before it has as its main subject,
        or the possessor of that subject, a definite description by an office ("The president's roots
        came into play. In Honolulu, he told ...") and the article titles exactly one person with that
        office before it, whose gender agrees: that person. ``None`` when that sentence names a person
        or uses a pronoun of that gender (the other rules decide), or no such description opens it."""
        if token.sent.start == 0:
            return None
        before = self.doc[token.sent.start - 1].sent
        for word in before:
            pronoun = speaker_lexicon.GENDERED_PRONOUN_FORMS.get(word.lower_)
            if word.ent_type_ == "PERSON" or pronoun == gender:
                return None
        root = before.root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
        heads = subjects + [c for s in subjects for c in s.children if c.dep_ == "poss"]
        for head in heads:
            word = head.lower_
            if head.pos_ != "NOUN" or word not in speaker_lexicon.OFFICE_HEADS:
                continue
            if word in speaker_lexicon.GENERIC_ROLE_HEADS or pronouns.quoted_in_paragraph(head):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
                continue
            if any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
                continue  # "the former president", "the company's president": not the office alone
            names = {name for at, title, name in self.article.titles if title == word and at < head.idx}
            if len(names) != 1:
                return None
            entity = self.entities.person(names.pop().split())
            return entity if entity is not None and self._agrees(gender)(entity) else None
        return None

    def _they_subject(self, token: Token) -> sieves.Decision | None:
        """What a "they" stands for when the nearest subject of a main clause before it, in its
        sentence or the one before (or before an earlier "they") and outside quote marks, is a plural
        noun that names its members ("Critics of the bill, like Ann Roe and Tom Hale, ... They wrote":
        the two) or an organisation the article names ("The Boston Herald checked the claim. They
        found": the organisation, as news often writes it), also when the model missed it (a one-word
        name untagged or taken for a person; a statement the organisation issued); ``None`` for any
        other nearest subject."""
        start, i = pronouns.previous_sentence_start(token), token.i
        while i > start:
            i -= 1
            subject = self.doc[i]
            if subject.dep_ not in SUBJECT_DEPS or pronouns.quoted(subject):
                continue
            if subject.lower_ == "they":  # an earlier "they" stands for the same: read on before it
                start = pronouns.previous_sentence_start(subject)
                continue
            if subject.head.i != subject.sent.root.i:
                continue  # the subject of a clause inside ("want it overhauled"): not the topic
            if subject.tag_ in ("NNS", "NNPS"):
                members = sieves.group_members(subject)
                return sieves.Decision(" and ".join(members), "group", "pronoun") if members else None
            entity = self.entities.by_token.get(subject.i)
            if subject.ent_type_ == "ORG" and entity is not None and entity.kind == "organization":
                return sieves.decide(entity, "pronoun")
            owner = self._organisation_document(subject)
            if owner is not None:  # "The council issued a statement. The statement noted they had"
                name = organisations.fullest(owner.name, self.entities)
                return sieves.Decision(name, owner.kind, "pronoun")
            name = self._unnamed_person_name(subject)
            return sieves.Decision(name, "organization", "pronoun") if name is not None else None
        return None

    def _organisation_document(self, subject: Token) -> entities.Entity | None:
        """The organisation owning the document a subject names, when the article names its owner
        ("The council issued a statement. The statement noted they would act": the council, which the
        caller names by the fullest name the article gives it); ``None`` for no document, no owner, or
        a person's ("a statement" of Ann Roe: "they" is not hers)."""
        found = self.documents.latest_between(subject.i, subject.i + 1)
        if found is None or found[1] is None or found[1].kind != "organization":
            return None
        return found[1]

    def _unnamed_person_name(self, subject: Token) -> str | None:
        """The name a "they" stands for when its nearest subject is a one-word capitalised name the
        model left untagged or tagged a person, but no person of the article has it as a given name or
        surname beside another ("Factwise checked the claim. They found": Factwise, as news writes of
        a publication or a firm; a "they" never stands for one person named "Roe"). ``None`` for any
        other subject, or for a name the model tags a place or a nationality anywhere in the article."""
        if subject.pos_ != "PROPN" or not subject.text[:1].isupper() or not subject.is_alpha:
            return None
        if subject.ent_type_ not in ("", "PERSON") or any(c.dep_ == "compound" for c in subject.children):
            return None
        if subject.lower_ in speaker_lexicon.PRONOUNS or subject.lower_ in POSSESSIVE_PRONOUNS:
            return None
        person = self.entities.person([subject.text])
        if person is not None and len(person.name.split()) > 1:
            return None  # "Ann Roe spoke. Roe said. They": a person's surname
        if subject.lower_ in self.entities.by_given:
            return None
        for token in self.doc:
            if token.lower_ == subject.lower_ and token.ent_type_ in _PLACE_TYPES:
                return None
        organisation = self.entities.organisation(subject.text)
        return organisation.name if organisation is not None else subject.text

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

    def _according_to(self, mention: Mention) -> bool:
        """Whether a mention is the object of "according to" ("According to him, ..."), where an object
        pronoun speaks; "daring him to say" or "told them" make no speaker of it."""
        token = pronouns.token_at(self.doc, mention.start, mention.end)
        return token is not None and token.i >= 2 and self.doc[token.i - 2].lower_ == "according"


#: Entity types of a name that is a place or a people, no organisation ("Ohio", "Democrats").
_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC"})

#: How many sentences before a "she added" the speaker who goes on may be named.
_GOING_ON_REACH = 3
