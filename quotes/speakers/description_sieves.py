"""The sieves of the speaker resolver for persons described rather than named: roles and offices ("the
senator", "the California congresswoman"; a second in command is not the first), epithets ("the
62-year-old", "the 34-year-old mother", "Jim Moe's former strategist" for the subject before), family nouns
("his wife", "his wife and fellow senator Ann Hale"), honorifics ("Mr. Hale"), misspelt surnames, and a
description the next sentences name ("A spokesman said ... Tom Hale, the spokesman,")."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import (
    document_index,
    entities,
    entity_spans,
    labels,
    organisations,
    relations,
    roles,
    sieves,
)
from quotes.speakers.doc_text import text_of
from quotes.speakers.mentions import SUBJECT_DEPS, Mention
from quotes.speakers.registry import normalise
from quotes.speakers.resolved import ResolvedSpeaker, title_word_text
from quotes.speakers.resolver_state import ResolverState


class DescriptionSieves(ResolverState):
    """The resolver's sieves for persons described rather than named: roles and offices ("the
    senator", "the Foreign Secretary"), epithets ("the 62-year-old"), honorifics ("Mr. Hale"), misspelt
    surnames, and a description the next sentences name ("A spokesman said ... Tom Hale, the spokesman,")."""

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
        same = {word} | name_lexicon.SAME_ROLE.get(word, frozenset())  # "a judge" ... "Justice Ann Roe"
        names = {
            name
            for offset, title, name in titled
            if seen.end <= offset <= stop and (title in same or self._press_title(word, offset))
        }
        names |= {
            e.name
            for e in self.entities.persons
            if same & e.roles and e.offsets and seen.end <= e.offsets[0] <= stop
        }
        names = {n for n in names if not self._named_before(n, seen.start)}
        if len(names) != 1:
            return None
        name = names.pop()
        entity = self.entities.person(name.split())
        return sieves.Decision(name, "person", "apposition", entity.gender if entity is not None else None)

    def _relative(self, mention: Mention) -> sieves.Decision | None:
        """A family noun the other sieves left unnamed ("his wife", "my father", "Hale's ex-wife"): the
        one relative the article names with that noun whose owner the possessor fits
        (:func:`quotes.speakers.relations.relative`); ``None`` when it names none or several."""
        before = text_of(self.doc)[max(0, mention.end - relations.MENTION_CHARS) : mention.end]
        if not relations.family_mention(before):
            return None  # no family noun: the article's relatives need not be read
        if self._relations is None:
            self._relations = relations.relations(self.doc, self.entities)
        if not self._relations:
            return None
        name = relations.relative(self._relations, before, self.entities)
        if name is None:
            return None
        entity = self.entities.person(name.split())
        gender = entity.gender if entity is not None and entity.name == name else None
        return sieves.Decision(name, "person", "role", gender or entities.given_name_gender(name.split()[0]))

    def _relative_joined(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A family noun after a possessor, joined by "and" to a name with titles in between ("Tom Hale
        ... his wife and fellow senator Ann Hale"): that person, when the name bears the surname of the
        possessor (for "his"/"her", the nearest person of that gender named before in the sentence) and
        the gender of the noun, and nothing between them opens another person (a family noun, a
        possessive, another name). Two people joined so never share the possessor's surname so."""
        head = seen.head
        if head is None or head.lower_ not in name_lexicon.FAMILY_GENDER:
            return None
        possessors = [c for c in head.children if c.dep_ == "poss"]
        joined = [c for c in head.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
        if len(possessors) != 1 or len(joined) != 1:
            return None
        named = joined[0]
        between = self.doc[head.i + 1 : named.i]
        if any(t.lower_ in name_lexicon.FAMILY_GENDER or t.dep_ == "poss" for t in between):
            return None  # "his wife and his son Tom Hale": two people
        if any(t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in between[:-1]) or named.ent_iob_ == "B":
            return None  # the name must be one, ending at the conjunct
        relative = self.entities.by_token.get(named.i)
        owner = self._possessor(possessors[0])
        gender = name_lexicon.FAMILY_GENDER[head.lower_]
        if relative is None or owner is None or relative.kind != "person":
            return None
        if relative.gender not in (gender, None):
            return None  # "his son and ... Ann Hale"
        words, owner_words = relative.name.split(), owner.name.split()
        if len(words) < 2 or len(owner_words) < 2 or relative.name == owner.name:
            return None
        if words[-1] != owner_words[-1]:
            return None
        return sieves.Decision(relative.name, "person", "role", relative.gender or gender)

    def _possessor(self, possessor: Token) -> entities.Entity | None:
        """The person a possessor of a family noun names: the person of a name ("Hale's"); for "his" or
        "her", the nearest person named before it in its sentence whose gender agrees."""
        gender = speaker_lexicon.GENDERED_PRONOUN_FORMS.get(possessor.lower_)
        if gender is None:
            found = self.entities.by_token.get(possessor.i)
            return found if found is not None and found.kind == "person" else None
        for token in reversed(self.doc[possessor.sent.start : possessor.i]):
            found = self.entities.by_token.get(token.i) if token.ent_type_ == "PERSON" else None
            if found is not None and found.kind == "person":
                return found if found.gender in (gender, None) else None
        return None

    def _epithet_of_the_lead(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A past role owned by a person the article has not named before ("Tom Hale called on Ann Roe
        to resign. “...,” Jim Moe's former strategist said"): the person the sentence before has as the
        subject of its main clause, whom the writer describes anew by a past tie to someone outside the
        story. A present role ("Jim Moe's spokesman") speaks for its owner and is someone new; a
        possessor the story has met ("Hale's former lawyer" after Hale) introduces a new person, and a
        family noun ("Roe's wife") is another person: all are left alone."""
        head = seen.head
        if head is None or head.pos_ != "NOUN" or head.lower_ in name_lexicon.FAMILY_GENDER:
            return None
        if not name_lexicon.PAST_TERM_MODIFIERS & set(seen.lower):
            return None
        if title_word_text(head.lower_) not in speaker_lexicon.SPEAKER_ROLE_HEADS:
            return None
        possessors = [c for c in head.children if c.dep_ == "poss"]
        if len(possessors) != 1 or possessors[0].pos_ != "PROPN" or possessors[0].ent_type_ != "PERSON":
            return None
        owner = self.entities.by_token.get(possessors[0].i)
        if owner is None or owner.named_before(seen.start) or owner.name in {p.name for p in self.recent}:
            return None
        lead = self.last_person
        lead_head = self._head_of(lead) if lead is not None else None
        if lead is None or lead_head is None or lead_head.dep_ not in SUBJECT_DEPS:
            return None
        if lead_head.head.i != lead_head.sent.root.i or lead_head.sent.end != head.sent.start:
            return None  # the main subject of the sentence right before, nothing else
        if self._holds_another_office(lead, seen.lower):
            return None
        return sieves.Decision(lead.name, "person", "role", lead.gender)

    def _press_title(self, word: str, offset: int) -> bool:
        """Whether the title at ``offset`` is a spokesperson's by its words ("communications director
        Ann Roe", "press secretary Tom Hale") and ``word`` a spokesperson noun of a gender it fits."""
        if word not in name_lexicon.SPOKESPERSON_NOUNS:
            return False
        if not self.article.title_words.get(offset, frozenset()) & name_lexicon.SPOKESPERSON_TITLE_WORDS:
            return False
        gender = name_lexicon.ROLE_GENDER.get(word)
        names = [name for at, _, name in self.article.titles if at == offset]
        entity = self.entities.person(names[0].split()) if names else None
        return gender is None or entity is None or entity.gender in (gender, None)

    def _owner_fits(self, seen: sieves.MentionView, decision: sieves.Decision | None) -> bool:
        """Whether a person found for a role a named possessor owns ("Price's lawyer") is not one the
        article ties to someone else only ("Dan Wills, a lawyer for Hale"); true for any other mention or
        decision."""
        head = seen.head
        if decision is None or decision.name is None or head is None or not seen.lower:
            return True
        word = title_word_text(seen.lower[-1])
        pronouns = speaker_lexicon.POSSESSIVE_OPENERS
        owners = [
            c for c in head.children if c.dep_ == "poss" and c.text[:1].isupper() and c.lower_ not in pronouns
        ]
        if not owners or word not in speaker_lexicon.SPEAKER_ROLE_HEADS:
            return True
        synonyms = frozenset({word}) | name_lexicon.SAME_ROLE.get(word, frozenset())
        owner = owners[0].lower_.removesuffix("'s").removesuffix("’s")
        held = roles.held_roles(self.doc, self.entities, synonyms)
        others = {other for other, names in held.items() if decision.name in names}
        return not others or owner in others  # Hale's lawyer only, or the article ties them to no one

    def _sole_holder(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A definite description by role ("the attorney general", "Hale's lawyer", a headline's "Former
        Club Doctor") that the other sieves left unnamed: the one person the article titles with that
        role or its synonym anywhere, before or after ("... But Attorney General Ann Roe declined";
        "A lawyer for Hale, Tom Price, said"), whose title holds the description's modifiers (the
        "Ohio" of "the Ohio governor") and fits it as to time ("former"); ``None`` when the article
        titles nobody, or several people, with it (a wrong name is worse than none)."""
        head = seen.head
        if head is None or not seen.lower or sieves.head_entity(seen, "PERSON"):
            return None
        word = title_word_text(seen.lower[-1])
        if word not in speaker_lexicon.SPEAKER_ROLE_HEADS or word in speaker_lexicon.GENERIC_ROLE_HEADS:
            return None
        possessors = [c for c in head.children if c.dep_ == "poss"]
        opener = self.doc[head.left_edge.i].lower_
        headline = document_index.in_headline(head) or labels.is_label(head)
        if not (opener in speaker_lexicon.DEFINITE_OPENERS or possessors or headline):
            return None  # "a lawyer" is someone new
        if head.pos_ != "NOUN" and not headline and not entity_spans.office_token(head):
            return None  # "the Treasurer", tagged a proper noun, is still an office
        span = self.doc.char_span(seen.start, seen.end, alignment_mode="expand")
        if span is None or any(t.ent_type_ == "PERSON" for t in span if t.i != head.i):
            return None  # "Ann Roe Hammers Acme CEO": a name the mention runs past, not a role
        synonyms = frozenset({word}) | name_lexicon.SAME_ROLE.get(word, frozenset())
        owners = {p.lower_.removesuffix("'s").removesuffix("’s") for p in possessors}
        named_owner = len(possessors) == 1 and possessors[0].text[:1].isupper()
        if named_owner and possessors[0].lower_ not in speaker_lexicon.POSSESSIVE_OPENERS:  # "Hale's lawyer"
            named = roles.holders_for(self.doc, self.entities, synonyms, owners.pop())
            if len(named) != 1:
                return None
            name = named.pop()
            entity = self.entities.person(name.split())
            return sieves.Decision(name, "person", "role", entity.gender if entity is not None else None)
        words = [w.removesuffix("'s").removesuffix("’s") for w in seen.words]
        wanted = roles.modifiers(words) | roles.seat_after(self.doc, seen.end)  # "Senator from Texas"
        titled = [
            (self._fullest(name, offset), context)  # "Sen. Ted Cruz" and "Senator Cruz" are one holder
            for offset, title, name in self.article.titles
            if title in synonyms
            for context in [self.article.title_words.get(offset, frozenset())]
            if roles.same_term(wanted, context)
        ]
        if len({name for name, _ in titled}) != 1:
            return None
        name = roles.best_titled(titled, wanted)
        if name is None or possessors:
            return None  # "his lawyer": whose, the pronoun must tell first
        entity = self.entities.person(name.split())
        return sieves.Decision(name, "person", "role", entity.gender if entity is not None else None)

    def _fullest(self, name: str, offset: int) -> str:
        """The fullest name the entity model gives a name as the article titles it ("Cruz" of "Senator
        Cruz" is the "Ted Cruz" named before), the name itself when the model has none fuller."""
        entity = self.entities.person(name.split(), offset)
        return entity.name if entity is not None and len(entity.name) > len(name) else name

    def _described(
        self, mention: Mention, seen: sieves.MentionView, words: list[str], lower: list[str], bare: str
    ) -> ResolvedSpeaker:
        """The last sieves: a near-spelling of a surname the article names, a role head the article
        gives a named person, and names the parser tags but the article names nowhere else."""
        full = self._near_surname(lower[-1]) if len(words) == 1 else None
        if full is not None:
            return self._make(mention, self._person(full), full, "person", "surname")
        handle = next((w for w in words if _HANDLE.fullmatch(w)), None)
        if handle is not None:  # "one Twitter user @lakeview_ann": the account is all the article names
            return self._make(mention, None, handle, "unknown", "name")
        parts = lower[-1].replace("-", " ").split()  # "the secretary-general" is a general; a lone "-" none
        head = title_word_text(parts[-1] if parts else lower[-1])
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
                if roles.same_term(wanted, context) and not self._other_party(wanted, name, context)
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
        age = roles.mention_age(mention.text)
        if age and not roles.aged_persons(self.doc, self.entities, age, mention.start):
            # "the 62-year-old", "the 34-year-old mother" whose age the article gave nobody
            return self._description(mention, seen)
        if _former_occupation(seen, lower):  # "the former hairdresser": a person the reader has met
            return self._description(mention, seen)
        if sieves.head_entity(seen, "PERSON") or sieves.run_on_from_organisation(seen):
            # a person; or one the model ran on from an organisation's name ("the Acme Post Tom Hale")
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
            if len(words) >= 3 and words[0].lower() in name_lexicon.COMPANY_DESCRIPTION_WORDS:
                # "Miner Redstone Resources says": the kind of business, then the company's name
                return self._make(mention, None, " ".join(words[1:]), "organization", "organization")
            if len(words) == 1 and mention.text.lower().startswith("the ") and not seen.head.ent_type_:
                return self._make(
                    mention, None, None, "unknown", "unresolved"
                )  # "The Opposition": no surname; "The Vatican", an entity the model tagged, stays
            return self._make(mention, None, bare, "unknown", "name" if len(words) >= 2 else "surname")
        if _organisation_name(seen, words):  # "the Central and East European Coalition"
            return self._make(mention, None, bare, "organization", "organization")
        return self._make(mention, None, None, "unknown", "unresolved")

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
            # "the businessman": a man; else the latest person, or the topic of a sentence that named them
            antecedent = self._antecedent(gender) if gender else self._main_subject_first()
            antecedent = self._office_holder(seen.lower) or antecedent
            if antecedent is not None and self._holds_another_office(antecedent, seen.lower):
                antecedent = self._one_before(antecedent, seen, mention.start) or antecedent
            antecedent = self._of_party(mention, seen.words, antecedent)
            if antecedent is not None and self._titled_at_another_rank(antecedent.name, seen.words):
                antecedent = None  # "the vice presidential nominee" is not "presidential nominee Tom Hale"
            if antecedent is not None and not self._holds_another_office(antecedent, seen.lower):
                self._remember_description(antecedent.name, seen)
                return antecedent.referred_to(mention, "role", kind="person")
            specific = seen.lower[-1] not in speaker_lexicon.GENERIC_ROLE_HEADS  # "the woman" may be anyone
            entity = None
            if gender and specific and antecedent is None:
                entity = self._latest_person(mention.start, gender)
            if entity is not None:  # "Edna Wilkes, 82, woke ... The great-grandmother said": no speaker yet
                known = self._person(entity.name)
                return self._make(mention, known, entity.name, "person", "role", gender)
        return self._make(mention, None, None, "person", "unresolved")

    def _main_subject_first(self) -> ResolvedSpeaker | None:
        """The latest person, unless that person is the subject of a clause inside a sentence whose main
        clause has another recent person as its subject ("The nominee was speaking in Dayton, hours
        after Hale posted videos"): then that main subject, the sentence's topic."""
        latest = self.last_person
        head = self._head_of(latest) if latest is not None else None
        if latest is None or head is None or head.dep_ not in SUBJECT_DEPS or head.head.i == head.sent.root.i:
            return latest
        for person in reversed(self.recent[:-1]):
            other = self._head_of(person)
            if other is not None and other.sent.start == head.sent.start and other.i < head.i:
                if other.dep_ in SUBJECT_DEPS and other.head.i == other.sent.root.i:
                    return person
        return latest

    def _remember_description(self, name: str | None, seen: sieves.MentionView) -> None:
        """Remember that a role description was resolved to the person ``name``: its office ("the
        Vermont senator": a senator from now on; "the former senator" no more) and its words, whose rank
        tells later descriptions apart ("the presidential nominee" is not "the vice presidential nominee")."""
        if name is None:
            return
        head = title_word_text(seen.lower[-1])
        self.described_as.setdefault(name, []).append((head, roles.modifiers(seen.words)))
        if not speaker_lexicon.PAST_OFFICE_WORDS & set(seen.lower):
            self.described_offices.setdefault(name, set()).add(head)

    def _one_before(
        self, latest: ResolvedSpeaker, seen: sieves.MentionView, start: int
    ) -> ResolvedSpeaker | None:
        """When the latest person holds another office than a description's ("Tom Hale, a
        businessman," for "the Indiana governor"), the person in the foreground just before, when the
        sentence before the description speaks of them (subject or speaker there: "Ann Roe says ... The
        nominee was speaking after Hale tweeted. The Indiana governor said") and holds no other office;
        ``None`` otherwise."""
        if latest not in self.recent or self.recent.index(latest) == 0:
            return None
        before = self.recent[self.recent.index(latest) - 1]
        if before.start is None or self._holds_another_office(before, seen.lower):
            return None
        sentence = bisect.bisect_right(self.entities.sentence_starts, start) - 1
        if bisect.bisect_right(self.entities.sentence_starts, before.start) - 1 < sentence - 1:
            return None  # named further back than the sentence before the description
        return before

    def _other_party(self, wanted: frozenset[str], name: str, context: frozenset[str] = frozenset()) -> bool:
        """Whether a description's modifiers ``wanted`` name a party ("the GOP nominee") and the person
        ``name`` is tied to another party only, by the title words ``context`` or anywhere in the
        article ("Democrat Ann Roe")."""
        party = roles.party_of(wanted)
        if party is None:
            return False  # a description of no party clashes with none
        tied = roles.parties_in(context) or self.parties.get(name, set())
        return roles.clashes(party, tied)

    def _of_party(
        self, mention: Mention, words: list[str], antecedent: ResolvedSpeaker | None
    ) -> ResolvedSpeaker | None:
        """For a description that names a party ("the GOP nominee", "the Democratic senator"): the latest
        recent person the article ties to that party, else the ``antecedent`` unless the article ties it
        to another party only ("Democrat Ann Roe ... The GOP nominee said" is not Roe); any other
        description keeps its ``antecedent``."""
        party = roles.party_of(roles.modifiers(words))
        if party is None:
            return antecedent
        tied = [
            p
            for p in reversed(self.recent)
            if party in self.parties.get(p.name or "", set())
            and not self._titled_at_another_rank(p.name, words)
        ]
        if tied:
            return tied[0]
        if antecedent is None or not roles.clashes(party, self.parties.get(antecedent.name or "", set())):
            return antecedent
        # the one person of that party the reader has met, however long ago ("Republican Tom Hale")
        met = [
            name
            for name, tied_to in self.parties.items()
            if party in tied_to
            and self._named_before(name, mention.start)
            and not self._titled_at_another_rank(name, words)
        ]
        if len(met) != 1:
            return None
        entity = self.entities.person(met[0].split())
        return self._make(
            mention,
            self._person(met[0]),
            met[0],
            "person",
            "role",
            entity.gender if entity is not None else None,
        )

    def _titled_at_another_rank(self, name: str | None, words: list[str]) -> bool:
        """Whether the article titles or describes the person ``name`` with a description's head noun
        only at another rank than the description's ("Republican presidential nominee Tom Hale", or "the
        presidential nominee" resolved to him, for "the Republican vice presidential nominee"; "Ann Roe,
        the deputy director," for "the director"): such a title says the person is not the one described."""
        if name is None or not words:
            return False
        head = title_word_text(words[-1].lower())
        wanted = roles.modifiers(words)
        contexts = [
            self.article.title_words.get(offset, frozenset())
            for offset, title, titled in self.article.titles
            if titled == name and title == head
        ]
        contexts += [described for noun, described in self.described_as.get(name, []) if noun == head]
        return bool(contexts) and not any(roles.same_rank(wanted, context) for context in contexts)

    def _office_holder(self, description: list[str]) -> ResolvedSpeaker | None:
        """For an office ("the senator"), the latest of the recent persons the article gave that office,
        when the latest person is not given it ("Sen. Ann Roe ... Tom Hale asked ... the senator said"
        is Roe); ``None`` when the latest holds it or no recent person does."""
        head = title_word_text(description[-1]) if description else ""
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
        head = title_word_text(description[-1])
        if head not in speaker_lexicon.OFFICE_HEADS or speaker_lexicon.PAST_OFFICE_WORDS & set(description):
            return False  # "the businessman" may be a senator too; "the former congressman" was one
        offices = self._offices(person) & (
            speaker_lexicon.SPEAKER_ROLE_HEADS - speaker_lexicon.GENERIC_ROLE_HEADS
        )
        return bool(offices) and not ({head} | name_lexicon.SAME_ROLE.get(head, frozenset())) & offices

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
        full = full or self._full_name_of_gender(words[-1], gender)
        known = self._person(full or rest)
        if known is None and full is None and len(words) == 2:  # "Mrs May": the registry's Theresa May
            known = self.registry.by_surname(words[-1], gender)
            if known is not None and not self.countries.fits(known.country, mention.text):
                known = None
        if known is not None or full is not None:
            return self._make(mention, known, full, "person", "honorific", gender)
        if gender is not None:  # "Mr Smith", known nowhere: the name as written, without "Mr"
            return self._make(mention, None, rest, "person", "honorific", gender)
        if (
            lower[0] in speaker_lexicon.PERSONAL_HONORIFICS
            and all(_name_word(w) for w in words[1:])
            and not (
                _ROLE_WORDS & set(lower[1:])  # "Chief Medical Officer Ann Roe": an office, not a title
            )
        ):
            # "Prof Helen Marsh", "Cllr Ed Roe": a person whatever the model tagged, named without the title
            name = entities.person_name(rest)
            gender = entities.given_name_gender(name.split()[0]) if len(name.split()) >= 2 else None
            return self._make(mention, None, name, "person", "honorific", gender)
        return None

    def _full_name_of_gender(self, surname: str, gender: str | None) -> str | None:
        """The full name the article gives a person of ``surname``, unless the text tells that person's
        gender and it is not the honorific's ("Mr. Obama" beside "the first lady, Michelle Obama")."""
        full = self.article.by_surname.get(normalise(surname))
        entity = self.entities.person(full.split()) if full is not None else None
        if gender is not None and entity is not None and entity.gender not in (gender, None):
            return None
        return full

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


#: Words of offices and roles, which make the words around them a title rather than a name.
_ROLE_WORDS = speaker_lexicon.SPEAKER_ROLE_HEADS | name_lexicon.TITLE_WORDS | name_lexicon.EPITHET_HEADS


#: How many sentences after an indefinite description the person it stands for may be named with its
#: role ("A spokesman said ... Tom Hale, the spokesman for the mayor,").
_LATER_REACH = 3


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


#: A social media handle ("@lakeview_ann").
_HANDLE = re.compile(r"@\w{1,30}")


#: Small words an organisation's name may hold in lower case ("Friends of the Earth", "Doctors for
#: Clean Air", "the Central and East European Coalition").
_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "to", "on", "in", "&"})


def _organisation_name(seen: sieves.MentionView, words: list[str]) -> bool:
    """Whether a mention no sieve named is an organisation's name with small words in it: a proper-noun
    head that is a body's noun ("Coalition", "Council"), capitalised words around lower-case connectors
    only, at least two of them capitalised."""
    head = seen.head
    if head is None or head.pos_ != "PROPN" or len(words) < 3 or not words[-1][:1].isupper():
        return False
    if words[-1].lower() not in name_lexicon.ORGANISATION_BACK_HEADS | speaker_lexicon.ORGANIZATION_HEADS:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return len(capitalised) >= 2 and all(w[:1].isupper() or w.lower() in _NAME_CONNECTORS for w in words)


def _name_word(word: str) -> bool:
    """Whether a word can stand in a person's name: capitalised ("Marsh", "Ó") or a particle ("van")."""
    return word[:1].isupper() or word in name_lexicon.NAME_PARTICLES


def _place(token: Token) -> bool:
    """Whether the model tags a word a place or a people ("Washington", "Texans"), never a surname."""
    return token.ent_type_ in ("GPE", "LOC", "NORP", "FAC")
