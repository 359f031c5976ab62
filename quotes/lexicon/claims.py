"""Word lists of the claim finders: cue verbs and nouns beyond saying, with the complements that carry
their content, and the words that bound a claim's content. Data only, no logic.

The verbs of saying, the quote marks and the speaker words are in :mod:`quotes.lexicon.cues`. Everything here
is lower case.
"""

from __future__ import annotations

from quotes.lexicon import cues as lexicon

#: Complement forms that carry a cue's content: "that" a content clause ("found that ...", "believes
#: the party ..."), "to" an infinitive ("plans to run"), "obj" a direct object with a predicate
#: ("sees her as a threat", "called the plan a disaster"; a bare object as in "backed Clinton" reports an
#: act, not a claim, see seeds/ANNOTATION.md), "obj_to" an object and its infinitive ("wants [voters to
#: stay home]"), "recipient_to" the person addressed and an infinitive ("told [residents not to drink the
#: water]": the person is who is to act, part of the content; a clause after the person leaves the person
#: out), "words" the words said as an object ("said yes", "said the same of Sanders").
_THAT = frozenset({"that"})
_THAT_OBJ = frozenset({"that", "obj"})
_THAT_TO = frozenset({"that", "to"})
_TO = frozenset({"to"})
_TO_OBJ = frozenset({"to", "obj"})
_OBJ = frozenset({"obj"})
_RECIPIENT_TO = frozenset({"recipient_to"})
_THAT_RECIPIENT_TO = frozenset({"that", "recipient_to"})

#: Cue verbs by lemma, with the complement forms that carry their content. Saying verbs in
#: REPORTING_VERBS take a content clause without being listed here.
CLAIM_VERBS: dict[str, frozenset[str]] = {
    # saying: what was said as an object
    "say": frozenset({"that", "words"}),
    # saying, beyond REPORTING_VERBS
    "assert": _THAT,
    "contend": _THAT,
    "testify": _THAT,
    "boast": _THAT,
    "brag": _THAT,
    "joke": _THAT,
    "quip": _THAT,
    "complain": _THAT,
    "lament": _THAT_OBJ,
    "charge": _THAT,
    "counter": _THAT,
    "retort": _THAT,
    "protest": _THAT,
    "mention": _THAT_OBJ,
    "signal": _THAT_OBJ,
    "hint": _THAT,
    "speculate": _THAT,
    "observe": _THAT,
    "disclose": _THAT_OBJ,
    # saying in South Asian and West African English news ("opined that", "averred that", "intimated that")
    "opine": _THAT,
    "aver": _THAT,
    "posit": _THAT,
    "affirm": _THAT,
    "divulge": _THAT,
    "intimate": _THAT,
    "submit": _THAT,
    "proclaim": _THAT,
    "forecast": _THAT,
    "guarantee": _THAT,
    "swear": _THAT_TO,
    "threaten": _TO,
    "demand": frozenset({"that", "obj", "obj_to"}),
    "propose": frozenset({"that", "obj", "to"}),
    "recommend": frozenset({"that", "obj", "obj_to"}),
    "request": _OBJ,
    "imply": _THAT,
    "inform": _THAT,
    "remind": _THAT,
    "advise": _THAT_RECIPIENT_TO,
    "announce": _THAT_OBJ,
    "reveal": _THAT_OBJ,
    "confirm": _THAT,
    "deny": _THAT_OBJ,
    "admit": _THAT_OBJ,
    "acknowledge": _THAT_OBJ,
    "predict": _THAT_OBJ,
    "promise": frozenset({"that", "to", "obj"}),
    "pledge": _THAT_TO,
    "vow": _THAT_TO,
    "claim": _THAT_TO,
    "tell": _RECIPIENT_TO,
    "ask": _RECIPIENT_TO,
    "urge": frozenset({"that", "recipient_to", "obj"}),
    "warn": _THAT_RECIPIENT_TO,
    "encourage": _RECIPIENT_TO,
    "express": _OBJ,
    "repeat": _OBJ,
    "reiterate": _THAT_OBJ,
    "cite": _OBJ,
    "reference": _OBJ,
    "describe": _OBJ,
    "tweet": _THAT_OBJ,
    # belief and knowledge
    "believe": _THAT,
    "think": _THAT,
    "feel": _THAT,
    "know": _THAT,
    "learn": _THAT,
    "realize": _THAT,
    "realise": _THAT,
    "understand": _THAT,
    "expect": _THAT_TO,
    "hope": _THAT_TO,
    "wish": _THAT_TO,
    "fear": _THAT_OBJ,
    "worry": _THAT,
    "doubt": _THAT,
    "suspect": _THAT,
    "assume": _THAT,
    "suppose": _THAT,
    "guess": _THAT,
    "imagine": _THAT,
    "figure": _THAT,
    "conclude": _THAT,
    "decide": _THAT_TO,
    "determine": _THAT,
    "recognize": _THAT,
    "recognise": _THAT,
    "remember": _THAT,
    "recall": _THAT,
    "agree": _THAT_TO,
    "reckon": _THAT,
    "bet": _THAT,
    "sense": _THAT,
    "insist": _THAT,
    "regret": _THAT,
    "accept": _THAT,
    # evidence: polls, studies, reports
    "show": _THAT_OBJ,
    "find": _THAT,
    "indicate": _THAT,
    "suggest": _THAT,
    "demonstrate": _THAT,
    "prove": _THAT,
    "project": _THAT,
    "estimate": _THAT,
    "discover": _THAT,
    # wanting and planning
    "want": frozenset({"to", "obj", "obj_to"}),
    "plan": _TO,
    "intend": _TO,
    "aim": _TO,
    "seek": _TO_OBJ,
    "offer": _TO,
    "prefer": _TO_OBJ,
    # stance toward someone or something
    "support": _OBJ,
    "back": _OBJ,
    "endorse": _OBJ,
    "oppose": _OBJ,
    "favor": _OBJ,
    "favour": _OBJ,
    "criticize": _OBJ,
    "criticise": _OBJ,
    "praise": _OBJ,
    "defend": _OBJ,
    "reject": _OBJ,
    "dismiss": _OBJ,
    "condemn": _OBJ,
    "denounce": _OBJ,
    "blame": _OBJ,
    "accuse": _OBJ,
    "applaud": _OBJ,
    "welcome": _OBJ,
    "attack": _OBJ,
    "blast": _OBJ,
    "slam": _OBJ,
    "mock": _OBJ,
    "question": _OBJ,
    "challenge": _OBJ,
    "dispute": _THAT_OBJ,
    "see": _OBJ,
    "view": _OBJ,
    "call": _OBJ,
    "label": _OBJ,
    "dub": _OBJ,
    "brand": _OBJ,
}

#: Verbs of belief: inside a direct quote their content is the quoted speaker's own talk ("“How many
#: of you believe we lose ...”"), not a claim of its own.
BELIEF_VERBS: frozenset[str] = frozenset(
    {"believe", "think", "hope", "fear", "feel", "know", "expect", "estimate"}
)

#: Verbs that set off the writer's clause as a source's in an "as" clause: "As the senator has pointed
#: out, [...]", "[...], as The Times reported." Not verbs of acts or feelings ("as he spoke", "as some
#: hope"), whose "as" clause only times or compares.
ASIDE_VERBS: frozenset[str] = frozenset(
    {
        "say", "tell", "note", "point", "report", "reveal", "observe", "write", "acknowledge", "explain",
        "argue", "predict", "warn", "suggest", "state", "claim", "remark", "mention", "insist", "admit",
        "concede", "recall", "put", "tweet", "document", "detail", "conclude", "confirm", "announce",
    }
)  # fmt: skip

#: Words and phrases that open a sentence only to link it to the one before ("Still, ...", "In fact,
#: ..."): not part of the content of a cue after it ("..., according to the poll").
DISCOURSE_OPENERS: frozenset[str] = frozenset(
    {
        "still", "however", "meanwhile", "nevertheless", "nonetheless", "indeed", "moreover", "also",
        "yet", "instead", "thus", "therefore", "so", "besides", "furthermore", "in fact", "even so",
        "of course", "after all", "in other words", "in addition", "in short", "in any case", "in turn",
        "as a result", "by contrast", "in contrast", "on the other hand", "at the same time", "for now",
        "to be sure", "overall", "again", "once again", "similarly", "likewise",
    }
)  # fmt: skip

#: Verbs that take up a claim named by a noun as their object ("dismissed [concerns that ...]",
#: "cited [reports that ...]", "repeating [a false claim that ...]"): the noun is part of the content,
#: unlike a verb that makes the claim ("expressed concern [that ...]", "made the suggestion [that ...]").
CLAIM_HANDLING_VERBS: frozenset[str] = frozenset(
    {
        "dismiss", "reject", "deny", "dispute", "challenge", "refute", "rebut", "repeat", "cite",
        "reference", "mention", "counter", "debunk", "downplay", "question", "include", "withdraw",
        "strike", "echo", "brush",
    }
)  # fmt: skip

#: Documents a claim is credited to ("according to an analysis by X"): the agent after them is the source.
SOURCE_DOCUMENTS: frozenset[str] = frozenset(
    {
        "analysis", "report", "review", "study", "interview", "survey", "poll", "count", "tally",
        "estimate", "datum", "data", "document", "record", "filing", "statement", "transcript", "account",
        "memo", "letter", "audit", "investigation", "assessment", "projection", "figure", "research",
        "summary", "calculation", "breakdown", "timeline", "excerpt", "copy", "email", "post", "release",
    }
)  # fmt: skip

#: Prepositions that open a concession before a clause ("Despite the attacks, ..."): the writer's.
CONCESSIVE_PREPOSITIONS: frozenset[str] = frozenset({"despite", "notwithstanding"})

#: Commitment verbs whose infinitive content leaves out its "to" ("Russia claims to [have foiled ...]",
#: seeds/ANNOTATION.md); other infinitive contents keep it ("plans [to run]").
INFINITIVE_WITHOUT_TO: frozenset[str] = frozenset({"claim", "promise"})

#: Prepositions introducing the content of a cue verb: "called for a ban", "pointed to the polls".
CLAIM_PREPOSITIONS: dict[str, frozenset[str]] = {
    "call": frozenset({"for"}),
    "point": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "warn": frozenset({"of", "about", "against"}),
    "advocate": frozenset({"for"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "complain": frozenset({"about", "of"}),
    "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}),
    "campaign": frozenset({"for", "against"}),
    "lobby": frozenset({"for", "against"}),
    "rail": frozenset({"against"}),
    "boast": frozenset({"about", "of"}),
    "worry": frozenset({"about"}),
    "insist": frozenset({"on"}),
}

#: Prepositions that belong to the cue and introduce the person addressed, who is part of the content:
#: "called on voters [to “stand up”]", "appealed to donors [to give]".
CUE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "call": frozenset({"on", "upon"}),
    "appeal": frozenset({"to"}),
}

#: Particles that make a cue of a verb: "pointed out that ...".
CLAIM_PARTICLES: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    # retorts: "shot back that ...", "fired back that ...", "hit back that ..."
    "shoot": frozenset({"back"}),
    "fire": frozenset({"back"}),
    "hit": frozenset({"back"}),
}

#: Nouns whose content clause or infinitive is a claim: "the claim that ...", "his call to ban ...".
CLAIM_NOUNS: frozenset[str] = frozenset(
    {
        "claim",
        "statement",
        "assertion",
        "argument",
        "belief",
        "view",
        "warning",
        "promise",
        "pledge",
        "vow",
        "call",
        "suggestion",
        "allegation",
        "accusation",
        "charge",
        "insistence",
        "fear",
        "hope",
        "prediction",
        "contention",
        "conclusion",
        "finding",
        "announcement",
        "admission",
        "acknowledgment",
        "acknowledgement",
        "threat",
        "demand",
        "proposal",
        "concern",
        "complaint",
        "report",
        "rumor",
        "rumour",
        "speculation",
        "assurance",
        "denial",
    }
)

#: Words opening an indirect question: after a verb of knowing or showing it names a topic, not a
#: claim ("discuss how ...", "shows how its drones are armed").
QUESTION_WORDS: frozenset[str] = frozenset(
    {"how", "what", "why", "whether", "if", "when", "where", "who", "which"}
)

#: Adverbs that narrow a question word before it without making a claim of the question: "declined to
#: say [exactly how many] were hurt" is as empty a report as "declined to say how many".
QUESTION_WORD_MODIFIERS: frozenset[str] = frozenset({"exactly", "precisely", "specifically", "just", "quite"})

#: Verbs that report a question or a request: whatever follows them is asked, not claimed ("asked
#: whether the bridge was safe", "asked the council to wait", "wondered how it would end";
#: seeds/ANNOTATION.md, "Directives and questions are not claims"). A quote in marks after them is
#: still the speaker's words ("“Is it fair?” she asked").
ASKING_VERBS: frozenset[str] = frozenset({"ask", "inquire", "enquire", "query", "wonder", "ponder"})

#: Verbs that report a directive: someone was told to act ("urged residents to stay indoors",
#: "demanded that the mayor resign"). Commitments ("promised to", "vowed to") are claims about the
#: speaker and stay.
DIRECTIVE_VERBS: frozenset[str] = frozenset(
    {
        "urge", "implore", "beg", "exhort", "encourage", "order", "instruct", "command", "request",
        "demand", "plead",
    }
)  # fmt: skip

#: Verbs that direct only with an addressee and an infinitive: "told residents to stay indoors", "warned
#: him not to drive", "advised the minister to rest" are requests; "told reporters that ...", "warned
#: that ..." are claims.
DIRECTIVE_WITH_INFINITIVE: frozenset[str] = frozenset({"tell", "warn", "advise", "remind", "caution"})

#: Verbs that, governing a cue, report that nothing was said: "declined to say whether ...",
#: "refused to say how ...", "failed to explain why ...".
REFUSAL_VERBS: frozenset[str] = frozenset({"decline", "refuse", "fail"})

#: Adjectives that do the same with "to": "was unwilling to say who ...".
REFUSAL_ADJECTIVES: frozenset[str] = frozenset({"unwilling", "reluctant"})

#: Adverbs that do the same with "to": "has yet to say when ...".
REFUSAL_ADVERBS: frozenset[str] = frozenset({"yet"})

#: Relative words that can open a clause with a cue set inside it: "the plan, [which] she said would fail",
#: "[what] he said is a growing demand".
RELATIVE_OPENERS: frozenset[str] = frozenset({"what", "which", "that", "who"})

#: Nouns naming the terms a source spoke on, after a mid-sentence cue ("..., he said, on condition of
#: anonymity"): the writer's note on the source, not content.
SPEAKING_TERMS: frozenset[str] = frozenset({"condition", "anonymity", "background", "record"})

#: Lemmas of every verb that can be a cue of a claim.
CUE_LEMMAS: frozenset[str] = (
    lexicon.REPORTING_VERBS
    | frozenset(CLAIM_VERBS)
    | frozenset(CLAIM_PREPOSITIONS)
    | frozenset(CLAIM_PARTICLES)
)

#: Set phrases built on a verb of saying that report nobody's words ("it goes without saying that ...",
#: "needless to say, ..."): (the word the verb hangs on, the lemma of the word that one hangs on, or ""
#: for any).
SAYING_IDIOMS: frozenset[tuple[str, str]] = frozenset({("without", "go"), ("needless", "")})

#: Modals that make a relative clause tell what someone would say, not what was said ("critics who will
#: say ..."), matched as written ("Will" is a name); "wo" and "ca" are spaCy's first halves of "won't"
#: and "can't".
HYPOTHETICAL_MODALS: frozenset[str] = frozenset(
    {"will", "would", "might", "may", "could", "can", "should", "'ll", "’ll", "'d", "’d", "wo", "ca"}
)

#: Determiners and pronouns of a speaker who is anyone at all or nobody ("any candidate who says ...",
#: "anyone who says ...", "no adviser who says ..."): a kind of speaker, not one who spoke.
ANY_SPEAKER_WORDS: frozenset[str] = frozenset(
    {"any", "no", "every", "whichever", "anyone", "anybody", "whoever", "everyone", "everybody", "nobody"}
)
