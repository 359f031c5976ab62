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
  groups ("defence sources": kind ``group``, no name), appositions of a person ("The chief, Paul Roe,")
  and of an organisation ("the regulator, Ofgem,"; "Ofgem, the regulator,"), documents
  (their owner, or no name), organisations referred back to ("the company"), definite role descriptions
  ("the senator": the person in the foreground);
* last, a description still unresolved is the person or organisation the next sentence introduces as
  its subject ("A top aide says ... Tom Hale told reporters"), the one holder the article titles with its
  role and seat ("Senator from Ohio says" for "Sen. Tom Hale (R-Ohio)"), the subject of the sentence before
  for a past role owned by someone the story has not met ("Jim Moe's former strategist said"), or the one
  relative the article names with its family noun ("his wife" for "his wife, Ann Roe,", or for "his wife
  and fellow senator Ann Hale"; "my father" for "my parents, Tom and Ann Hale").
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from spacy.attrs import DEP, POS
from spacy.parts_of_speech import NOUN, PRON, PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import (
    document_index,
    labels,
    named_first,
    pronouns,
    publications,
    sieves,
    transcript_labels,
)
from quotes.speakers.body_sieves import BodySieves
from quotes.speakers.description_sieves import DescriptionSieves
from quotes.speakers.doc_text import text_of
from quotes.speakers.entities import name_words
from quotes.speakers.mentions import (
    SUBJECT_DEPS,
    Mention,
    addressed,
    characterised_name,
    mention_before,
    mention_of_cue,
    noun_phrase,
)
from quotes.speakers.name_forms import headline_verb
from quotes.speakers.pronoun_sieves import PronounSieves
from quotes.speakers.registry import normalise
from quotes.speakers.resolved import ArticleNames, ResolvedSpeaker, article_names
from quotes.speakers.resolver_state import POSSESSIVE_PRONOUNS

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


class SpeakerResolver(PronounSieves, DescriptionSieves, BodySieves):
    """Resolves mentions in text order, remembering the latest person for pronouns."""

    def resolve(self, mention: Mention, observe: bool = True) -> ResolvedSpeaker:
        """Resolve one mention (call in text order so pronouns see the right antecedent); with
        ``observe`` false the speaker is not remembered as an antecedent (a speaker a quote reports)."""
        mention = self._before_headline_verb(self._through_rank(mention))
        speaker = self._resolve(mention)
        if speaker.name is None or speaker.name.isupper():  # "JAKE TAPPER:", "TAPPER:" of a transcript
            label = transcript_labels.label_name(text_of(self.doc), mention.start, mention.end)
            speaker = self._decided(mention, label) if label is not None else speaker
        if speaker.name is None and speaker.resolution == "unresolved":
            seen = sieves.view(self.doc, mention.start, mention.end, mention.text.strip())
            decision = sieves.named_next(self.doc, seen, self.entities) or self._named_later(seen)
            if not self._owner_fits(seen, decision):  # "Price's lawyer" ... "Dan Wills, a lawyer for Hale"
                decision = None
            decision = decision or named_first.named_after(self.doc, seen, self.entities)
            decision = decision or self._sole_holder(seen)  # "the attorney general" the article titles
            decision = decision or self._epithet_of_the_lead(seen)  # "Acme's former strategist said"
            decision = decision or self._relative_joined(seen)  # "his wife and fellow senator Ann Hale"
            decision = decision or self._relative(mention)  # "his wife" after "his wife, Ann Roe,"
            decision = decision or self._headline_label(seen)  # "Former Club Doctor Says" over its lede
            decision = decision or publications.named_publication(self.doc, seen)  # "the journal"
            decision = decision or publications.last_source(self.doc, seen, self.last_speaker)
            if decision is not None:  # "A top aide says ... Tom Hale told reporters"
                # no antecedent for the pronouns before the name: the reader has not met it yet
                return self._decided(mention, decision)
        if observe:
            self.observe(speaker)
        return self._coordinated(mention, speaker)

    def _headline_label(self, seen: sieves.MentionView) -> sieves.Decision | None:
        """A headline's or deck's role label ("Former Club Doctor Says ...") that no sieve named: the
        person the lede's description with that role is (:func:`quotes.speakers.labels.lede_description`:
        "the striker's former doctor says"), resolved as the body resolves it; ``None`` when the lede
        repeats no such role or its description names no person."""
        head = seen.head
        if head is None or not (document_index.in_headline(head) or labels.is_label(head)):
            return None
        lede = labels.lede_description(self.doc, head, seen.words)
        if lede is None:
            return None
        speaker = self.resolve(lede, observe=False)
        if speaker.kind != "person" or speaker.name is None:
            return None
        entity = self.entities.person(speaker.name.split())
        return sieves.Decision(speaker.name, "person", "role", entity.gender if entity is not None else None)

    def _coordinated(self, mention: Mention, speaker: ResolvedSpeaker) -> ResolvedSpeaker:
        """A named subject joined by "and" to other named people ("Mr. Hale and Ms. Roe said", "Tom
        Hale, Ann Roe and Jim Bell all warned"): all of them, "Tom Hale and Ann Roe", kind group, the
        mention through the last name. A conjunct that is a description ("and other critics") is left
        out; one that names nobody the resolver can name keeps the first person alone."""
        if speaker.kind != "person" or speaker.name is None:
            return speaker
        head = pronouns.token_at(self.doc, mention.start, mention.end)  # the head of the mention's view
        if head is None or head.dep_ not in SUBJECT_DEPS or head.ent_type_ != "PERSON":
            return speaker
        listed = [  # "Tom Hale, Ann Roe and Jim Bell", parsed with "Roe" an apposition of "Hale"
            t
            for t in head.children
            if t.dep_ == "appos" and t.i > head.i and any(c.dep_ == "cc" for c in t.children)
        ]
        joined = listed + [
            t for t in head.subtree if t.dep_ == "conj" and any(_conjoined_to(t, h) for h in (head, *listed))
        ]
        named = [t for t in joined if not any(c.lower_ == "other" for c in t.children)]
        if not named or any(t.ent_type_ != "PERSON" for t in named):
            return speaker
        names = [speaker.name]
        end = mention.end
        for token in named:
            part = noun_phrase(token)
            resolved = self._resolve(part)
            if resolved.kind != "person" or resolved.name is None or resolved.name in names:
                return speaker
            names.append(resolved.name)
            end = max(end, part.end)
        name = f"{', '.join(names[:-1])} and {names[-1]}"
        whole = Mention(mention.start, end, text_of(self.doc)[mention.start : end])
        return self._decided(whole, sieves.Decision(name, "group", "group"))

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

    def _before_headline_verb(self, mention: Mention) -> Mention:
        """A headline clause taken whole for the speaker before a colon ("Ann Roe Grills Bank Chief:
        'You Should Resign'"): the name before the verb, when the clause opens with a person's name;
        other mentions as they are."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) < 3 or "\n" in mention.text:
            return mention
        verbs = [t for t in span[1:] if headline_verb(t.text)]
        if not verbs or not all(t.text[:1].isupper() for t in span[: verbs[0].i - span.start]):
            return mention
        name = span[: verbs[0].i - span.start]
        known = self.entities.person(name_words(name.text), mention.start)
        if name[0].ent_type_ != "PERSON" and known is None:
            return mention
        return Mention(mention.start, name.end_char, name.text)

    def _resolve(self, mention: Mention) -> ResolvedSpeaker:
        """Run the sieves in order, most precise first; the first that decides wins."""
        text = mention.text.strip()
        words = text.replace("’s", "").split()
        lower = [normalise(w) for w in words]
        if len(words) == 1 and lower[0] in _OBJECT_PRONOUNS and self._according_to(mention):
            return self._pronoun(mention, _OBJECT_PRONOUNS[lower[0]])  # "According to him, ..."
        if len(words) == 1 and (lower[0] in speaker_lexicon.PRONOUNS or lower[0] in POSSESSIVE_PRONOUNS):
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
            self._team,
            self._pair,
            sieves.group,
            self._apposition,
            self._organisation_apposition,
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
        decision = decision or self._police(seen)  # "police": the one place's force the article names
        decision = decision or self._state(seen)  # "the 2000 election in Ohio, when the state purged"
        if decision is not None:
            return self._decided(mention, decision)
        if org is not None:
            return self._make(mention, *org)
        role = self.registry.role(bare)
        if role is not None:
            return self._role(mention, role)
        return self._described(mention, seen, words, lower, bare)


def _conjoined_to(token: Token, head: Token) -> bool:
    """Whether ``token`` is a conjunct of ``head`` itself or of one of its conjuncts."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
        if token.i == head.i:
            return True
    return False


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


_SUBJECT_DEP_IDS = frozenset(get_string_id(dep) for dep in SUBJECT_DEPS)


_NOMINAL_POS = frozenset({PROPN, NOUN, PRON})


_ROOT = get_string_id("ROOT")


#: Object pronouns a speaker is written as ("According to him", "according to them"), by their subject form.
_OBJECT_PRONOUNS = {"him": "he", "them": "they"}


#: Ranks and titles that may stand between a mention cut short and the name it runs into.
_RANK_WORDS = speaker_lexicon.RANK_ABBREVIATIONS | frozenset(speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS)


def _after_determiner(token: Token | None) -> bool:
    """Whether a one-word mention stands after "the", "a" or "an" ("the Conservative": a person)."""
    return token is not None and token.i > 0 and token.doc[token.i - 1].lower_ in ("the", "a", "an")


def _names_a_person(seen: sieves.MentionView) -> bool:
    """Whether a mention's head is a name ("Mrs. Roe"), not a thing of the person's ("Mrs. Roe's aides")."""
    return seen.head is None or seen.head.pos_ == "PROPN" or seen.head.ent_type_ == "PERSON"
