"""Word lists that decide an attribution's category from its cue. Data only, no logic.

Every attribution is one of four categories (seeds/ANNOTATION.md, "Categories"): ``assertion`` (the
source said or wrote it), ``belief`` (the source holds it true), ``knowledge`` (the writer presents
the content as a fact the source came to know) and ``intention`` (the source means to do it). A cue
not listed here is an assertion: the finders' cues are verbs and nouns of saying first. Negation does
not change the category ("did not say" is still an assertion). Lemmas are lower case; a cue of
several words ("point out", "according to") is looked up whole, then by its first word.
"""

from __future__ import annotations

#: Cues of believing, whatever their complement: "believes (that) ...", "fears ...", "expects ...",
#: and nouns of belief ("the fear that ...", "her view that ...").
BELIEF_CUES: frozenset[str] = frozenset(
    {
        "believe", "think", "feel", "fear", "hope", "expect", "doubt", "suspect", "assume", "suppose",
        "guess", "imagine", "figure", "reckon", "bet", "sense", "worry", "estimate", "conclude",
        "accept", "view", "see", "consider", "convince", "convinced", "trust", "presume", "anticipate",
        "belief", "concern", "conviction", "expectation", "suspicion", "conclusion", "sure",
        "confident", "certain",
    }
)  # fmt: skip

#: Cues of knowing: the writer presents the content as true ("knows ...", "realised ...", "found out
#: ...", "a study found ...").
KNOWLEDGE_CUES: frozenset[str] = frozenset(
    {
        "know", "learn", "realize", "realise", "understand", "discover", "find", "find out",
        "recognize", "recognise", "notice", "show", "demonstrate", "prove", "determine", "regret",
        "remember", "knowledge", "finding", "discovery", "realization", "realisation", "aware",
    }
)  # fmt: skip

#: Cues of intending, whatever their complement: "plans to ...", "wants ...", "intends to ...".
#: Committing to an act in words (promise, vow, pledge, threaten, offer, agree) is a speech act:
#: those stay assertions.
INTENTION_CUES: frozenset[str] = frozenset(
    {"plan", "intend", "aim", "want", "seek", "prefer", "intention", "desire"}
)

#: Cues that are intentions only with an infinitive ("decided to run", "wishes to stay"); with a
#: clause they are beliefs ("decided that the rule was unfair", "wishes that ...").
INTENTION_WITH_INFINITIVE: frozenset[str] = frozenset({"decide", "wish", "choose", "resolve", "opt"})
