"""Who speaks in a quoted fragment's sentence: the tests of the fragment passes
(:mod:`quotes.find.claims.fragments`, :mod:`quotes.find.claims.stranded`) for a subject, possessor or agent
that can speak."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.lexicon.fragments import SPEAKER_NOUNS, SPEAKER_PRONOUNS


def speaks(token: Token) -> bool:
    """Whether a subject or possessor token names someone who can speak: a person, a pronoun for
    one, an organisation, a group or a role, not a thing ("the sound system").

    Args:
        token: the head token of the subject or possessor.
    """
    return (
        token.ent_type_ in speaker_lexicon.SPEAKER_ENTITIES
        or token.lower_ in SPEAKER_PRONOUNS
        or (token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME", "WORK_OF_ART", "LAW"))
        or token.lower_ in SPEAKER_NOUNS
        or token.lemma_.lower() in SPEAKER_NOUNS
    )


def subject_of(verb: Token) -> Token | None:
    """The active subject of ``verb``: its own, a first conjunct's ("Trump arrived and likened
    ..."), or, for a participle, the clause's it goes with (", declaring it “...”", "by exhorting
    them to “...”"); a relative pronoun stands for the noun its clause hangs on."""
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.dep_ == "nsubjpass":
                return None
            if subject.lower_ in speaker_lexicon.RELATIVE_PRONOUNS and token.dep_ == "relcl":
                return token.head
            return subject
        if token.dep_ == "conj" or (token.dep_ == "advcl" and token.tag_ == "VBG"):
            token = token.head  # "..., declaring it “...”", "Conceding that ..., he warned"
            continue
        if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.head.pos_ == "VERB":
            token = token.head.head  # "won applause by exhorting them to “...”"
            continue
        return None
    return None


def saying(verb: Token) -> bool:
    """Whether a verb is one of saying: it reports or frames words."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.REPORTING_VERBS or lemma in lexicon.DIRECT_QUOTE_VERBS


def agent_of(verb: Token) -> Token | None:
    """The by-agent of a passive verb ("was branded a “traitor” by the senator"), if any."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def is_passive(verb: Token) -> bool:
    """Whether a verb is passive: with a passive subject or auxiliary, or a past participle
    describing a noun ("a plan [branded] a “disgrace”")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
    )


def agent_of_noun(noun: Token) -> Token | None:
    """Who a noun of speech without a possessor belongs to, named after it: "the suggestion [by a
    possible president]", "a report [by the Globe]", "the contention [of Governor Ann Lee]" (a name
    after "of"; "the idea of reform" names nobody). None when no such agent can speak."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "of"):
            continue
        for agent in prep.children:
            named = (
                prep.lower_ == "by"
                or agent.pos_ == "PROPN"
                or agent.ent_type_ in speaker_lexicon.SPEAKER_ENTITIES
            )
            if agent.dep_ == "pobj" and named and speaks(agent):
                return agent
    return None
