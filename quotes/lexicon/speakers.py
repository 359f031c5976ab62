"""Word lists for finding and resolving speakers: data only, no logic.

Role and title words, honorifics and the genders they tell, pronouns, and the head words of
organisation, spokesperson and group mentions; the other word lists are in :mod:`quotes.lexicon.cues`,
:mod:`quotes.lexicon.claims` and :mod:`quotes.lexicon.fragments`. Everything here is lower case
unless it is a proper name.
"""

from __future__ import annotations

#: Head nouns of a mention that names a person by office or occupation ("the Ohio senator", "the judge",
#: "a doctor who treated him"): such a speaker is a person, found through the title or apposition the
#: article gives a named person ("Sen. Rob Portman", "Judge Ann Carter", "Jane Roe, the director").
SPEAKER_ROLE_HEADS: frozenset[str] = frozenset(
    {
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "mayor",
        "judge",
        "justice",
        "attorney",
        "lawyer",
        "prosecutor",
        "sheriff",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "president",
        "minister",
        "secretary",
        "ambassador",
        "general",
        "commander",
        "chief",
        "candidate",
        "nominee",
        "leader",
        "speaker",
        "spokesman",
        "spokeswoman",
        "adviser",
        "advisor",
        "doctor",
        "professor",
        "economist",
        "analyst",
        "pollster",
        "strategist",
        "founder",
        "executive",
        "officer",
        "manager",
        "host",
        "anchor",
        "reporter",
        "author",
        "businessman",
        "businesswoman",
        "actor",
        "actress",
        "singer",
        "pastor",
        "bishop",
        "man",
        "woman",
    }
)

#: Abbreviated titles before a name, by their full head noun ("Sen. Rob Portman" is a senator).
SPEAKER_TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "dr": "doctor",
    "prof": "professor",
    "pres": "president",
    "amb": "ambassador",
}

#: Abbreviated ranks before a name ("Air Force 1st Lt. Ann Roe", "Det. Sgt. Tom Hale"): the name after
#: them is the person, whatever unit or force the words before them name.
RANK_ABBREVIATIONS: frozenset[str] = frozenset(
    {"lt", "sgt", "col", "capt", "cpl", "pvt", "maj", "adm", "cmdr", "gen", "spc", "det", "insp", "supt"}
)

#: Named-entity types of a mention that can speak (a person, an organisation, a state, a people).
SPEAKER_ENTITIES: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})

#: Honorifics before a surname; the trailing full stop is optional ("Mr" / "Mr.").
HONORIFICS: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "prof",
        "professor",
        "gen",
        "general",
        "president",
        "minister",
    }
)

#: Honorifics that say the gender of the person they precede.
HONORIFIC_GENDER: dict[str, str] = {
    "mr": "male",
    "sir": "male",
    "lord": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "dame": "female",
    "lady": "female",
}

#: Third-person pronouns that can be speakers, with the gender they refer to.
PRONOUNS: dict[str, str] = {"he": "male", "she": "female", "they": "plural", "it": "neuter"}

#: Relative pronouns: as a subject they stand for the noun their clause hangs on.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})

#: Mentions that never name the speaker of a reported claim: the reader, questions, an outlet's "we"
#: ("We believe quality journalism should be ..."). A first-person "I" outside any quote is the writer
#: or an interviewee speaking for themselves ("I think the plan will fail"), a speaker as PolNeAR has it.
NOT_SPEAKERS: frozenset[str] = frozenset({"you", "who", "what", "whoever", "which", "that", "we"})

#: First-person words: an unmarked paragraph after "X said:" is a quote while it speaks in the first person.
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "my", "our", "me", "us", "i'm", "we're", "ours"})

#: Head words of a mention that names a spokesperson of an organisation ("a Downing Street spokesman").
SPOKESPERSON_HEADS: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "source", "official", "statement"}
)

#: Head words of an organisation mention ("the Russian defence ministry").
ORGANIZATION_HEADS: frozenset[str] = frozenset(
    {
        "ministry",
        "office",
        "department",
        "government",
        "army",
        "military",
        "kremlin",
        "agency",
        "council",
        "committee",
        "alliance",
        "commission",
        "police",
        "company",
        "party",
        "embassy",
        "administration",
        "forces",
        "command",
        "staff",
        "service",
        "broadcaster",
    }
)

#: Head words (plural) of a group mention ("defence sources", "experts").
GROUP_HEADS: frozenset[str] = frozenset(
    {
        "sources",
        "officials",
        "experts",
        "analysts",
        "diplomats",
        "officers",
        "observers",
        "critics",
        "allies",
        "leaders",
        "ministers",
        "residents",
        "witnesses",
        "campaigners",
        "insiders",
        "aides",
    }
)

#: Adjectives whose subject speaks in the to-infinitive after them ("Roe was quick to point out").
SPEAKER_ADJECTIVES: frozenset[str] = frozenset(
    {"likely", "quick", "eager", "willing", "unwilling", "keen", "careful", "correct", "right", "wrong"}
    | {"ready", "happy", "reluctant", "prepared", "determined", "anxious", "loath", "inclined", "first"}
)
