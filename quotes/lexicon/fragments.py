"""Word lists of the quoted-fragment pass (:mod:`quotes.find.claims.fragments`): data, kept apart from its
rules.

Verbs whose object is a thing rather than words, the dependents that hold a verb's or noun's content,
the prepositions and nouns of the writer's setting, scare-quote markers, nouns of speech, and the
entities, pronouns and head nouns of someone who can speak.
"""

from __future__ import annotations

from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon

#: Verbs whose object is a thing, an act or a title rather than anyone's words: a quoted fragment
#: after them is the writer's label ("wore a “Make America Great” cap", "signed the “Dream Act”").
LIGHT_VERBS: frozenset[str] = frozenset(
    {
        "be",
        "have",
        "get",
        "thank",  # seeds/ANNOTATION.md: thanks report a social act, not a claim
        "wear",
        "sign",
        "sing",
        "play",
        "watch",
        "see",
        "hear",
        "read",
        "hold",
        "carry",
        "attend",
        "host",
        "buy",
        "sell",
        "own",
        "win",
        "lose",
        "join",
        "visit",
        "star",
        "air",
        "title",
        "entitle",
        "name",
        "know",
    }
)

#: Dependents of a verb that hold its content: objects, complements, predicates and prepositional
#: phrases (a clause set beside the verb, its subject or an adverbial clause does not).
CONTENT_DEPS: frozenset[str] = frozenset(
    {"dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp", "prep", "obj", "pobj", "npadvmod"}
)

#: Dependents of a noun that hold its content: "his call [for “...”]", "her remark [that “...”]".
NOUN_CONTENT_DEPS: frozenset[str] = frozenset({"prep", "acl", "ccomp", "appos", "relcl"})

#: Prepositions that introduce the setting of an act, never its content ("spoke [at the “Unite”
#: rally]", "[in “Saturday Night Live”]").
SETTING_PREPOSITIONS: frozenset[str] = frozenset(
    {"at", "in", "on", "during", "amid", "while", "after", "before", "since", "until", "from", "into", "by"}
)

#: Nouns naming the occasion or medium of an act: a phrase on one after the quoted words is the
#: writer's setting ("likened them to a “vicious snake” [in a song]").
SETTINGS: frozenset[str] = lexicon.SPEECH_SETTINGS | frozenset(
    {"song", "book", "message", "article", "commercial", "op-ed", "memo", "report", "press", "night", "week"}
)

#: Words before a fragment that mark it as the writer's scare quote ("the so-called “rebels”").
SCARE_MARKERS: frozenset[str] = frozenset({"so-called", "called", "dubbed", "titled", "entitled", "named"})

#: Nouns whose possessor's words a quoted fragment after them can be: "his call for “...”", "her
#: remark that “...”", "their chants of “...”".
SPEECH_NOUNS: frozenset[str] = claim_lexicon.CLAIM_NOUNS | frozenset(
    {
        "remark",
        "comment",
        "words",
        "phrase",
        "slogan",
        "motto",
        "chant",
        "criticism",
        "description",
        "defense",
        "defence",
        "attack",
        "plea",
        "message",
        "pitch",
        "rhetoric",
        "language",
        "question",
        "response",
        "reply",
        "answer",
        "characterization",
        "vision",
        "mantra",
        "refrain",
        "line",
        "tweet",
        "post",
        "speech",
        "appeal",
        "invitation",
        "request",
        "praise",
        "condemnation",
        "insult",
        "nickname",
        "label",
        "term",
        "broadside",
        "point",
        "idea",
    }
)

#: Nouns of an act of speech whose object, even a short phrase in marks, is the speaker's words:
#: "her broadside against “reckless spending”", "a defense of “Ohio values”" (a "slogan", "term",
#: "nickname", or the "call" or "promise" of a policy in marks is as often the writer's label: "his
#: promise of “free tuition”", "his call for a “reset”").
SPEECH_ACT_NOUNS: frozenset[str] = frozenset(
    {
        "plea",
        "appeal",
        "demand",
        "warning",
        "criticism",
        "attack",
        "broadside",
        "defense",
        "defence",
        "praise",
        "condemnation",
        "rejection",
        "denunciation",
        "remark",
        "comment",
    }
)

#: Verbs of uttering whose object, even a short phrase in marks, is the words uttered ("chanting
#: “no contract, no peace”", "mouthing “thank you”").
UTTERANCE_VERBS: frozenset[str] = frozenset(
    {"chant", "shout", "yell", "scream", "holler", "mouth", "mutter", "whisper", "utter", "exclaim"}
)

#: Words opening a clause the writer sets against a speaker's words ("was “learning on the job”
#: [while] his rivals ..."): the content ends before them.
CONTRAST_MARKS: frozenset[str] = frozenset({"while", "whereas", "although", "though"})

#: Prepositions whose gerund object is the topic of the verb before them, not an act of its own
#: ("talked about [continuing ...]"), unlike "by exhorting ...".
TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"about", "of", "on", "against", "for"})

#: Pronouns that name someone who can speak ("it" and "this" name things as often as not).
SPEAKER_PRONOUNS: frozenset[str] = frozenset(
    {"he", "she", "they", "i", "we", "who", "his", "her", "their", "my", "our"}
)

#: Head nouns of a subject who can speak, besides named entities and pronouns.
SPEAKER_NOUNS: frozenset[str] = (
    speaker_lexicon.SPEAKER_ROLE_HEADS
    | speaker_lexicon.SPOKESPERSON_HEADS
    | speaker_lexicon.ORGANIZATION_HEADS
    | speaker_lexicon.GROUP_HEADS
    | frozenset(
        {
            "campaign",
            "people",
            "supporters",
            "voters",
            "protesters",
            "democrats",
            "republicans",
            "conservatives",
            "liberals",
            "group",
            "team",
            "senators",
            "lawmakers",
            "candidates",
            "opponents",
            "rival",
            "rivals",
            "crowd",
            "audience",
            "critic",
            "union",
            "board",
            "activist",
            "activists",
            "ad",
            "lawmaker",
            "legislator",
            "ally",
            "outlet",
            "outlets",
        }
    )
)

#: Dependents that make a content clause of their verb or noun ("tells the crowd [he's “brusk”]",
#: "her suggestion [that she was “likable enough”]"): quoted words of any length in one are the
#: speaker's.
CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "acl"})
