"""Word lists for finding and resolving speakers: data only, no logic.

Role and title words, honorifics and the genders they tell, pronouns, and the head words of
organisation, spokesperson and group mentions; the other word lists are in :mod:`quotes.lexicon.cues`,
:mod:`quotes.lexicon.claims` and :mod:`quotes.lexicon.fragments`. Everything here is lower case
unless it is a proper name.
"""

from __future__ import annotations

#: Role heads that are offices, one holder's at a time in a place or body ("the mayor", "the minister"):
#: "the mayor" is not a person the article gave another office or occupation ("the chairman, Tom Hale").
#: Epithets and occupations ("the businessman", "the lawyer") may describe a person with an office too.
OFFICE_HEADS: frozenset[str] = frozenset(
    {
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "mayor",
        "judge",
        "justice",
        "prosecutor",
        "sheriff",
        "chairman",
        "chairwoman",
        "president",
        "minister",
        "secretary",
        "ambassador",
        "general",
        "commander",
        "speaker",
        "premier",
        "taoiseach",
        "tánaiste",
        "tanaiste",
        "chancellor",
        "commissioner",
        "councillor",
        "treasurer",
        "superintendent",
        "coroner",
        "magistrate",
    }
)

#: Head nouns of a mention that names a person by office or occupation ("the Ohio senator", "the judge",
#: "a doctor who treated him"): such a speaker is a person, found through the title or apposition the
#: article gives a named person ("Sen. Rob Portman", "Judge Ann Carter", "Jane Roe, the director").
SPEAKER_ROLE_HEADS: frozenset[str] = OFFICE_HEADS | frozenset(
    {
        "attorney",
        "lawyer",
        "chair",
        "director",
        "chief",
        "candidate",
        "nominee",
        "leader",
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
        "ceo",
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
        # a police rank and roles of English-language news outside the US and UK
        "inspector",
        "garda",
        "spokesperson",
        "counsel",
        # members of parliaments and assemblies ("the Labour MP", "the Fine Gael TD", "the SNP MSP")
        "mp",
        "td",
        "mep",
        "msp",
        "mla",
        "mpp",
        "peer",
    }
)

#: Words before an office that make it a past one ("the former congressman"), which the article may not list.
PAST_OFFICE_WORDS: frozenset[str] = frozenset(
    {"former", "ex", "ex-", "onetime", "one-time", "retired", "then"}
)

#: Role heads any office holder may be described by ("the candidate" for "Sen. Ann Roe"): they never
#: tell one office from another.
GENERIC_ROLE_HEADS: frozenset[str] = frozenset(
    {"man", "woman", "leader", "candidate", "nominee", "chief", "officer", "executive", "official", "host"}
)

#: Offices of one holder in a country or state ("the Taoiseach", "the Premier", "the Chancellor"): such a
#: description is whoever the article or the registry gives the office to, never just the person in the
#: foreground.
SINGLE_HOLDER_OFFICES: frozenset[str] = frozenset(
    {"premier", "taoiseach", "tánaiste", "tanaiste", "chancellor", "treasurer"}
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

#: Police ranks written before a name in Nigerian, Indian and British reports ("SP Aisha Bello", "DSP
#: Ravi Kumar", "CP Yusuf Garba"; the British detective ranks "DI Tom Hale", "DCI Ann Roe", "DS Hale"):
#: the capitalised names after one are a person's. Lower case.
POLICE_RANKS: frozenset[str] = frozenset(
    {"sp", "asp", "dsp", "csp", "acp", "dcp", "cp", "aig", "igp", "ssp"}
    | {"di", "dci", "dsi", "ds", "dsupt", "det", "insp", "supt", "sgt"}
)

#: Bodies that hear evidence ("the court heard that ...", "the inquest heard", "MPs heard"): a verb of
#: hearing with one of them as its subject reports what someone unnamed told it. Lower case.
HEARING_BODIES: frozenset[str] = frozenset(
    {"court", "jury", "jurors", "inquest", "tribunal", "hearing", "inquiry", "trial", "committee", "panel"}
    | {"magistrates", "coroner", "judge", "commission", "mps", "peers", "senators", "councillors"}
)

#: Verbs of hearing evidence, by lemma.
HEARING_VERBS: frozenset[str] = frozenset({"hear"})

#: Common nouns of police officers that the model may tag a person ("Gardaí said", "a garda said"): the
#: Irish police and one of its officers. Lower case.
POLICE_NOUNS: frozenset[str] = frozenset({"garda", "gardaí", "gardai"})

#: The word of a judge's style between an honorific and the surname ("Mr Justice Hollis").
JUDICIAL_TITLES: frozenset[str] = frozenset({"justice"})

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
        # South Asian and West African honorifics ("Shri Amit Shah", "Smt Nirmala Sitharaman", "Alhaji
        # Musa"; not "Sri", which opens "Sri Lanka")
        "shri",
        "smt",
        "shrimati",
        "kumari",
        "alhaji",
        "hajiya",
        "comrade",
        "pastor",
        "imam",
        "rev",
        "reverend",
        "engr",
        "nurse",
        "hon",
        "mx",
        # British and Irish titles of peers and councillors ("Baroness Clarke", "Cllr Ann Roe")
        "baroness",
        "cllr",
    }
)

#: Letters after a person's name that are no part of it: seats, silks and honours ("Ann Roe MP", "Tom
#: Hale KC", "Dame Ann Roe DBE"), lower case.
POST_NOMINALS: frozenset[str] = frozenset(
    {"mp", "msp", "mla", "mep", "td", "kc", "qc", "sc", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd"}
)

#: Honorifics that only ever stand before a person's name ("Prof Ann Roe", "Sir Tom Hale", "Cllr Ed Roe"):
#: the capitalised words after one are a person's name even where the model tags them as nothing or as an
#: organisation. Not "President", "Minister" or "General", which open organisations' names too.
PERSONAL_HONORIFICS: frozenset[str] = (HONORIFICS - {"president", "minister", "gen", "general"}) | {
    "chief"  # a Nigerian chieftaincy title ("Chief Emeka Anyaoku"), where no office word follows it
}

#: Words that tie a person to a parliamentary seat next to its constituency ("Ann Roe, the MP for
#: Anytown"; "Anytown MP Ann Roe"; "Ann Roe, who represents Anytown").
SEAT_WORDS: frozenset[str] = frozenset(
    {"member", "mp", "td", "msp", "mla", "mpp", "mhk", "representative", "represents", "represented"}
)

#: Chieftaincy and pilgrim titles of West Africa written before a person's full name ("Chief Emeka
#: Anyaoku", "Alhaji Musa Bello", "Oba Ade Okun"), where the model often tags the name after them a body:
#: the capitalised names after such a title are a person's. Lower case.
CHIEFTAINCY_TITLES: frozenset[str] = frozenset(
    {"chief", "alhaji", "alhaja", "hajiya", "oba", "otunba", "eze", "igwe"}
)

#: Personal honorifics before names the model may leave untagged ("Dr Randeep Guleria"): not "Chief",
#: which opens offices as often ("Chief Medical Officer Ann Roe").
NAME_OPENING_HONORIFICS: frozenset[str] = PERSONAL_HONORIFICS - {"chief"}

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
    "baroness": "female",
    "shri": "male",
    "smt": "female",
    "shrimati": "female",
    "kumari": "female",
    "alhaji": "male",
    "hajiya": "female",
}

#: Third-person pronouns that can be speakers, with the gender they refer to.
PRONOUNS: dict[str, str] = {"he": "male", "she": "female", "they": "plural", "it": "neuter"}

#: Every form of a gendered third-person pronoun, by the gender it tells: one in a sentence refers back
#: to someone of that gender, who stays the centre of attention ("The polls show him trailing").
GENDERED_PRONOUN_FORMS: dict[str, str] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}

#: Relative pronouns: as a subject they stand for the noun their clause hangs on.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})

#: Words that stand for each of a clause's subjects in turn ("Roe and Hale each said", "..., each
#: saying"): the speakers are the clause's subject, not the word.
DISTRIBUTIVES: frozenset[str] = frozenset({"each", "both", "all"})

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

#: Nouns that, in apposition to a name ("Ofgem, the energy regulator,"; "Acme, a Leeds firm,"), say
#: the name is an organisation's, whatever the parser tagged it.
APPOSITION_ORGANISATION_HEADS: frozenset[str] = ORGANIZATION_HEADS | frozenset(
    {
        "regulator",
        "watchdog",
        "firm",
        "charity",
        "union",
        "bank",
        "lender",
        "insurer",
        "supplier",
        "retailer",
        "airline",
        "carrier",
        "operator",
        "manufacturer",
        "maker",
        "publisher",
        "newspaper",
        "network",
        "association",
        "federation",
        "institute",
        "organisation",
        "organization",
        "authority",
        "thinktank",
        "think-tank",
        "tank",
        "group",
        "body",
        "foundation",
        "university",
        "regime",
    }
)

#: Words before an organisation's head that make it another body than the registry's one of that head:
#: "the Federal Government" of Nigeria or Canada, "the state government", "the provincial government" are
#: not a country's "government".
OTHER_BODY_MODIFIERS: frozenset[str] = frozenset(
    {
        "federal",
        "state",
        "provincial",
        "regional",
        "local",
        "county",
        "city",
        "municipal",
        "territorial",
        "district",
        "union",
        "central",
        "devolved",
        "opposition",
        "shadow",
        "interim",
        "transitional",
        "caretaker",
        "military",
        "coalition",
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

#: First words of a mention that introduce someone new ("a spokesman", "some analysts", "one aide"): the
#: indefinite form, whose speaker the article mostly leaves unnamed.
INDEFINITE_OPENERS: frozenset[str] = frozenset(
    {"a", "an", "one", "some", "another", "many", "several", "few", "most", "any", "no", "none", "each"}
    | {"other", "all", "half", "either", "neither"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds"}
)

#: First words of a mention that refers back ("the senator", "this report", "those voters").
DEFINITE_OPENERS: frozenset[str] = frozenset({"the", "this", "that", "these", "those", "both"})

#: Possessive pronouns that open a mention ("his lawyer", "their statement").
POSSESSIVE_OPENERS: frozenset[str] = frozenset({"his", "her", "their", "its", "our", "my", "your"})

#: Heads of a description that stays anonymous even where a name follows it ("a senior official said
#: ... Tom Hale, the mayor, said" are two people).
ANONYMOUS_HEADS: frozenset[str] = frozenset({"official", "source", "person", "insider", "someone"})

#: Head words of a mention of two people together ("the couple", "the pair", "the two").
PAIR_HEADS: frozenset[str] = frozenset({"couple", "pair", "duo", "two"})

#: Titles written before a name that a definite plural names its holders by ("Chairman Ann Roe and
#: Chairman Tom Hale ... the committee chairmen wrote"), as singular lemmas.
PAIR_TITLES: frozenset[str] = frozenset(
    {
        "chairman",
        "chairwoman",
        "senator",
        "representative",
        "governor",
        "mayor",
        "minister",
        "secretary",
        "commissioner",
        "councillor",
        "councilman",
        "councilwoman",
        "judge",
        "justice",
        "director",
        "president",
        "leader",
    }
)


#: Verbs of saying that go on with the latest speaker's words ("she added", "he continued"): a pronoun
#: subject of one is that speaker, not a subject named in between.
GOING_ON_VERBS: frozenset[str] = frozenset({"add", "continue", "go"})

#: Verbs of replying, whose quote paragraph answers another person's in an exchange ("“That is the
#: problem,” Hart replied."): the uncued quote paragraph after it is the other person's turn.
REPLY_VERBS: frozenset[str] = frozenset({"reply", "retort", "answer", "respond", "counter", "rejoin"})


#: Titles written abbreviated with a full stop before a name ("Hon. Tajudeen Balogun", "Cllr. Ann Roe"),
#: which the tokenizer may split from their stop: the stop ends no sentence. Lower case, no stop.
ABBREVIATED_TITLES: frozenset[str] = frozenset(
    {"hon", "cllr", "smt", "rt", "rev", "supt", "insp", "det", "sgt", "capt", "col", "lt", "prof", "dr"}
    | {"mr", "mrs", "ms", "gen", "gov", "sen", "rep", "amb", "engr", "arc", "barr", "pst"}
)


#: Verbs of giving someone a chance to speak ("offered Tom Hale a platform to say ..."): the one given it
#: speaks, not the giver.
GIVING_VERBS: frozenset[str] = frozenset({"offer", "give", "grant", "afford", "provide", "hand", "allow"})

#: Nouns of a chance to speak that a verb of giving hands someone ("a platform to say", "the chance to
#: explain").
CHANCE_NOUNS: frozenset[str] = frozenset(
    {
        "chance",
        "opportunity",
        "platform",
        "forum",
        "stage",
        "podium",
        "microphone",
        "floor",
        "venue",
        "outlet",
    }
    | {"megaphone", "time", "space", "room", "occasion", "invitation"}
)

#: Verbs of what a poll, study or record shows ("polls showing Hale ahead", "a study finding that ..."):
#: one who cites or discusses the evidence states what it shows.
EVIDENCE_VERBS: frozenset[str] = frozenset(
    {"show", "find", "suggest", "indicate", "reveal", "demonstrate", "prove", "confirm"}
)

#: Verbs of citing or discussing evidence, whose subject states what it shows ("cited a poll showing ...",
#: "went on to discuss polls showing ...", "pointed to data showing ..."); not "disputed polls showing".
CITING_VERBS: frozenset[str] = frozenset(
    {"cite", "discuss", "mention", "tout", "highlight", "note", "reference", "quote", "invoke", "share"}
    | {"point", "talk", "present", "raise", "flag", "stress", "emphasize", "emphasise"}
)

#: Prepositions through which a citing verb takes its evidence ("pointed to", "talked about") or a noun
#: its examples ("polls, including ones showing ...").
CITING_PREPOSITIONS: frozenset[str] = frozenset({"to", "about", "including", "like"})
