"""Word lists for finding quotes, claims and speakers: data only, no logic.

Everything here is lower case unless it is a quote mark or a proper name.
"""

from __future__ import annotations

#: Reporting verbs by lemma. A verb counts as a cue when its lemma is here and it governs a quote or
#: a content clause.
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "claim",
        "confirm",
        "warn",
        "respond",
        "reply",
        "insist",
        "argue",
        "announce",
        "declare",
        "explain",
        "note",
        "stress",
        "underline",
        "emphasise",
        "emphasize",
        "acknowledge",
        "admit",
        "deny",
        "suggest",
        "report",
        "reveal",
        "write",
        "tweet",
        "post",
        "indicate",
        "reiterate",
        "assure",
        "reassure",
        "promise",
        "pledge",
        "vow",
        "predict",
        "urge",
        "allege",
        "maintain",
        "concede",
        "remark",
        "comment",
        "continue",
        "ask",
        "answer",
        "agree",
        "believe",
        "fear",
        "hope",
        "think",
        "estimate",
        "conclude",
        "caution",
        "repeat",
        "recall",
        "speak",
    }
)

#: Verbs a headline puts between its speaker and the one spoken to, before a colon and the quote
#: ("Ann Roe Grills Bank Chief: 'You Should Resign'"), besides the cue and characterising verbs: the
#: speaker is the name before the verb, not the whole clause.
HEADLINE_ADDRESS_VERBS: frozenset[str] = frozenset(
    {"hammer", "grill", "rip", "knock", "bash", "lash", "scold", "chide", "taunt", "confront", "rap"}
    | {"jab", "needle", "roast", "shred", "skewer", "torch", "trash", "lecture", "challenge", "dare"}
)

#: Verbs that characterise something in the speaker's quoted words ("called them “deplorables”",
#: "criticized the act as a “crazy system”"): cues only when a quoted fragment follows in the sentence.
CHARACTERISING_VERBS: frozenset[str] = frozenset(
    {
        "call",
        "describe",
        "label",
        "dub",
        "brand",
        "criticize",
        "criticise",
        "dismiss",
        "denounce",
        "blast",
        "praise",
        "hail",
        "cite",
        "tout",
        "condemn",
        "decry",
        "slam",
        "mock",
        "attack",
        "defend",
        "question",
        # accusing, blaming, crediting: the charge or the merit is in the speaker's words
        "accuse",
        "blame",
        "fault",
        "credit",
        "liken",
        "compare",
        # casting someone or something in a role ("portrayed the deal as “a betrayal”")
        "portray",
        "characterize",
        "characterise",
        "deem",
        "rate",
        "term",
        "nickname",
        "christen",
        "paint",
        # praise and scorn ("lauded the mayor for her “steady hand”")
        "laud",
        "applaud",
        "commend",
        "welcome",
        "deride",
        "ridicule",
        "lambast",
        "lambaste",
        "castigate",
        "rebuke",
        "excoriate",
        "assail",
        "berate",
        "disparage",
        "belittle",
        "bemoan",
        "lament",
        "reference",
        "mention",
        "invoke",
    }
)

#: Verbs of saying whose object or complement may hold the speaker's quoted words ("stressed the need
#: to act under “constant attack”"), besides :data:`CHARACTERISING_VERBS`. Verbs of belief, agreeing
#: and asking are left out: their object is a topic or a thing hoped for, not the speaker's words.
QUOTED_OBJECT_VERBS: frozenset[str] = REPORTING_VERBS - frozenset(
    {"continue", "agree", "ask", "answer", "tell", "hope", "think", "believe", "fear", "speak", "post"}
    | {"report"}
)

#: Verbs that introduce a direct quote by its manner or medium ("“Stay there!” a man yelled", "“No,” he
#: quipped"): cues of marked quotes only, never of reported claims.
DIRECT_QUOTE_VERBS: frozenset[str] = frozenset(
    {
        "shout",
        "yell",
        "scream",
        "chant",
        "cry",
        "exclaim",
        "joke",
        "quip",
        "retort",
        "counter",
        "charge",
        "bark",
        "snap",
        "interject",
        "interrupt",
        "observe",
        "echo",
        "muse",
        "wonder",
        "laugh",
        "boast",
        "complain",
        "scoff",
        "mutter",
        "whisper",
        "plead",
        "demand",
        "recount",
        "point",
        "sing",
        "tease",
        "lament",
        "thunder",
        "gush",
        "sigh",
        "proclaim",
        "inquire",
        "query",
        "testify",
        "begin",
        "read",
        "mouth",
        "confess",
        "grumble",
        "gripe",
        "opine",
        "marvel",
        "fume",
        "beam",
        "sneer",
        "chide",
        "huff",
        "crow",
        "enthuse",
        "deadpan",
        "snipe",
        "exhort",
    }
)

#: Verbs whose content may be an infinitive ("Russia claims to have foiled ...").
INFINITIVE_VERBS: frozenset[str] = frozenset({"claim", "promise", "pledge", "vow"})

#: Two-word cue phrases whose speaker follows them: "according to X".
SPEAKER_AFTER_PHRASES: frozenset[tuple[str, str]] = frozenset({("according", "to")})

#: Prepositions after "speak" that introduce reported content ("speaking of his visit ... “cold”").
SPEAK_PREPOSITIONS: frozenset[str] = frozenset({"of", "about"})

#: Quote mark pairs: opening mark -> closing mark ("''", two apostrophes, is a double mark in some archives).
QUOTE_PAIRS: dict[str, str] = {"“": "”", "‘": "’", '"': '"', "'": "'", "''": "''", "«": "»", "„": "“"}

#: Every character that can open or close a quote.
QUOTE_CHARS: frozenset[str] = frozenset("“”‘’\"'«»„")

#: Capitalised line labels that are an editor's, not a speaker's ("UPDATE: ...", "CLARIFICATION: ...").
NOT_SPEAKER_LABELS: frozenset[str] = frozenset(
    {
        "update",
        "updated",
        "clarification",
        "correction",
        "editor's note",
        "editor’s note",
        "note",
        "watch",
        "read more",
        "related",
        "breaking",
        "video",
        "photos",
        "listen",
        "source",
        "sources",
        "disclaimer",
        "warning",
        "live",
        "q",
        "a",
        "faq",
        "tl;dr",
        "ps",
        "p.s",
        "advertisement",
        # labels of lists and schedules in mixed case ("Monday: rain", "Price: £20")
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "price",
        "location",
        "date",
        "time",
        "pros",
        "cons",
        "verdict",
        "background",
        "context",
        "analysis",
    }
)

#: Second-person words: a labelled line that addresses someone is a speaker's turn in a transcript.
SECOND_PERSON: frozenset[str] = frozenset({"you", "your", "yours", "you're", "you've", "you'll"})

#: Labels that open a line pointing to other content ("READ MORE: Minister says ...", "WATCH: ..."): the
#: words after them are a link's title, not anybody's speech.
LINK_LABELS: frozenset[str] = frozenset(
    {
        "read more", "more", "watch", "related", "see also", "also read", "read", "listen", "video",
        "photos", "gallery", "recommended", "most read", "more on this story", "related story",
        "related stories", "related coverage", "related articles", "click here", "sign up", "subscribe",
    }
)  # fmt: skip

#: Words that mark a line as a photo caption or credit ("Photograph: Jane Roe/Reuters", "(AP Photo/Ann
#: Lee)", "Picture: Getty Images", "Credit: ..."), before a colon or a slash.
CREDIT_WORDS: frozenset[str] = frozenset(
    {"photo", "photograph", "photographs", "picture", "image", "images", "credit", "caption", "illustration"}
)
#: Agencies and picture libraries named in credits ("Getty Images", "AP Photo", "Reuters/...").
CREDIT_SOURCES: tuple[str, ...] = (
    "getty images", "ap photo", "afp photo", "pa images", "shutterstock", "pa wire",
)  # fmt: skip

#: Participles that chain a second claim onto a first one (", saying ...", ", adding that ...").
CHAINING_PARTICIPLES: frozenset[str] = frozenset({"saying", "adding", "warning", "insisting", "claiming"})
#: Participles that go on from the sentence's verb of saying, for finding their speaker (wider than
#: the ones that end a content clause: "denied the report was true, explaining that ...").
SPEAKER_CHAINING_PARTICIPLES: frozenset[str] = CHAINING_PARTICIPLES | frozenset(
    {"explaining", "arguing", "stressing", "asserting", "acknowledging", "predicting", "vowing", "telling"}
)

#: Verbs whose participle after a content and a comma is the speaker's next act or the writer's gloss on
#: the speech ("said the plan would fail, pointing to the deficit", "..., referring to the convention"),
#: besides :data:`REPORTING_VERBS` and :data:`CHARACTERISING_VERBS`: not the content's.
GLOSSING_VERBS: frozenset[str] = frozenset({"refer", "allude", "point", "cite", "contrast"})

#: Words that frame the speech event rather than report its content ("... when questioned if ...").
SPEECH_EVENT_FRAMES: dict[str, frozenset[str]] = {
    "when": frozenset({"asked", "questioned", "pressed", "challenged"}),
}

#: Nouns naming the occasion or medium of a speech: a phrase with one after a quoted characterisation
#: is the writer's setting of it ("called the plan “a disgrace” [in a speech]", "[during a stop] in
#: Flint"), not the speaker's words.
SPEECH_SETTINGS: frozenset[str] = frozenset(
    {
        "speech",
        "interview",
        "statement",
        "rally",
        "debate",
        "stop",
        "event",
        "appearance",
        "conference",
        "briefing",
        "hearing",
        "tweet",
        "post",
        "email",
        "letter",
        "column",
        "op-ed",
        "broadcast",
        "podcast",
        "show",
        "remarks",
        "address",
        "meeting",
        "session",
        "visit",
        "trip",
        "video",
        "ad",
        "advertisement",
        "forum",
        "gathering",
        "summit",
        "luncheon",
        "dinner",
        "fundraiser",
        "panel",
        "radio",
        "television",
        "program",
        "programme",
        "town",
    }
)

#: Prepositions that always set the scene of a speech rather than carry its content ("during").
SETTING_PREPOSITIONS: frozenset[str] = frozenset({"during", "amid", "while"})

#: Sentence-final punctuation left out of claim spans.
TRAILING_PUNCTUATION: str = ".!?;:, \t\n"


#: Nouns naming a work whose title may follow in quote marks, set off by a comma ("its politics
#: podcast, “So, That Happened.”"), and verbs of performing one ("went on to sing “Born in the USA”").
WORK_NOUNS: frozenset[str] = frozenset(
    {"podcast", "book", "memoir", "novel", "film", "movie", "documentary", "album", "song", "episode"}
    | {"series", "sitcom", "musical", "anthem", "hymn", "poem", "ballad", "single", "exhibition"}
)
PERFORMING_FORMS: frozenset[str] = frozenset(
    {"perform", "performed", "performing", "sing", "sang", "sung", "singing", "recite", "recited"}
)
#: Forms of the commonest verbs of saying, for checks on raw text before any parse.
SAYING_WORDS: frozenset[str] = frozenset(
    {"said", "says", "say", "wrote", "writes", "told", "tells", "added", "adds", "asked", "asks"}
    | {"tweeted", "posted", "declared", "insisted", "explained", "noted", "argued", "replied"}
)

#: Nouns for a speaker's words in the sentence after a quote that names its source ("Those were the words of
#: a police spokeswoman.", "The comments came from the chief executive.").
SOURCE_NOUNS: frozenset[str] = frozenset(
    {"word", "comment", "remark", "verdict", "message", "warning", "assessment", "view", "plea", "response"}
)

#: Verbs that take the source of such words: "came from X", "were made by X", "belong to X".
SOURCE_VERBS: frozenset[str] = frozenset({"come", "make", "deliver", "speak", "utter", "belong", "issue"})

#: Editors' rubrics that open a paragraph in capitals before a dash, as a dateline would ("EXCLUSIVE – ").
RUBRICS: frozenset[str] = frozenset(
    {"exclusive", "opinion", "editorial", "review", "comment", "special report"}
)

#: Speaker labels of an interview's dialogue that name no one the article names ("Interviewer: ...").
INTERVIEW_LABELS: frozenset[str] = frozenset(
    {"interviewer", "host", "presenter", "moderator", "reporter", "question", "answer", "caller", "guest"}
)

#: Verbs with which a news agency or paper reports another's words ("TASS quoted X as saying").
QUOTING_VERBS: frozenset[str] = frozenset({"quote", "cite"})


#: Verbs of taking a side that introduce the next paragraph's quoted words as the subject's ("Tom Hale
#: disagreed.", "Ann Roe agreed."); with a comparative adjective of manner ("was blunter", "was more
#: cautious") a copula does the same.
STANCE_VERBS: frozenset[str] = frozenset({"agree", "disagree", "differ", "demur", "concur", "object"})

#: Verbs of a gesture or a pause that a speaker makes before speaking, heading a short sentence right
#: before a whole quoted sentence of the same paragraph ("Fenn shook her head. “We put money in.”";
#: "He shrugged. “It is what it is.”"): the quote is the gesture's subject's.
GESTURE_VERBS: frozenset[str] = frozenset(
    {"nod", "shrug", "smile", "grin", "frown", "pause", "shake", "wince", "chuckle", "gesture", "sigh"}
)
