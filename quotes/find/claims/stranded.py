"""Content clauses the parse strands from their verb or noun of speech, for the fragment pass.

"after Lee told the Globe he was “not quite ready”": the statistical parse often hangs the clause
after a verb's object on another verb, or the clause after a noun's phrase of time ("his statement
on Monday that “...”") on the verb of the sentence. When the clause holding a quoted fragment
starts right where a verb of saying's own words end, or right after a noun of speech and a phrase of
time or place, it is that verb's or noun's content (:func:`stranded_anchor`).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.find.claims.fragment_speakers import agent_of_noun, saying, speaks, subject_of
from quotes.lexicon import cues as lexicon
from quotes.lexicon.fragments import SPEECH_NOUNS

#: How many words a phrase of time or place between a noun of speech and its "that" clause may have.
MAX_SETTING_WORDS = 5

#: Dependencies of the words of such a phrase ("on [Wednesday]", "during [the] debate").
SETTING_DEPS = frozenset({"prep", "pobj", "det", "amod", "compound", "nummod", "npadvmod"})

#: Dependencies of a clause's own subject ("[the police] had", "[an “obscene amount”] was raised").
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

#: How many heads up from a quoted fragment its clause's verb may stand.
MAX_CLAUSE_CLIMB = 10


def stranded_anchor(root: Token) -> tuple[Token, Token, Token, Token] | None:
    """A verb of saying whose content clause the parse strands elsewhere: "after Lee told the Globe
    [he was “not quite ready”]", "Outlets reported on Tuesday [the police had “one meeting”]", or a
    noun of speech with its speaker's possessive ("his statement on Monday [that “...”]"). The
    clause holding the fragment has a subject of its own and starts (with its "that") right where
    the verb's own words end; the verb's subject, or the noun a finite verb misparsed as a participle
    hangs on ("Outlets [reported]"), speaks. Returns the verb, the clause, the speaker and the
    clause's first token, or None."""
    clause = root
    for _ in range(MAX_CLAUSE_CLIMB):
        if clause.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in clause.lefts):
            break
        if clause.head is clause:
            return None
        clause = clause.head
    else:
        return None
    if clause.dep_ == "relcl":
        return None
    subject = [c for c in clause.lefts if c.dep_ in _SUBJECTS][-1]  # "outlets reported [the police] had"
    marks = [c for c in clause.lefts if c.dep_ == "mark" and c.lower_ == "that"]
    first = marks[0] if marks else subject.left_edge
    if first.is_sent_start or first.i > subject.i:
        return None
    before = root.doc[first.i - 1]
    if before.is_punct or before.is_space:
        return None  # "..., the police had", or the last word of the sentence before
    if marks:
        owned = _owned_speech_noun_before(first)
        if owned is not None:
            return owned[0], clause, owned[1], first
    verb = before
    for _ in range(4):
        if verb.right_edge.i == before.i and verb.pos_ == "VERB" and saying(verb):
            break
        if verb.head is verb or verb.head.i >= first.i:
            return None
        verb = verb.head
    else:
        return None
    if verb.lemma_.lower() not in lexicon.REPORTING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    speaker = subject_of(verb)
    misparsed = verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBD", "VBN") and verb.head.i < verb.i
    if speaker is None and misparsed:
        speaker = verb.head  # "Outlets [reported] ...": a finite verb parsed as a participle
    if speaker is None or not speaks(speaker):
        return None
    return verb, clause, speaker, first


def _owned_speech_noun_before(that: Token) -> tuple[Token, Token] | None:
    """The noun of speech a "that" clause belongs to when only a phrase of time or place, which the
    parse hangs elsewhere, stands between them ("his statement on Monday [that ...]", "her claim
    during the debate [that ...]"), with its possessor or the agent named after it ("a report by the
    Globe [that ...]"), who must speak; None otherwise."""
    doc = that.doc
    for noun in reversed(doc[max(that.sent.start, that.i - MAX_SETTING_WORDS - 1) : that.i]):
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in SPEECH_NOUNS:
            between = doc[noun.i + 1 : that.i]
            owners = [c for c in noun.lefts if c.dep_ == "poss" and speaks(c)] or [agent_of_noun(noun)]
            if owners[0] is None and len(between) and between[0].lower_ == "by":
                agents = [c for c in between[0].children if c.dep_ == "pobj" and speaks(c)]
                owners = agents or owners  # "a statement [by Tom Roe]", the phrase hung on the verb
            if (
                owners[0] is not None
                and (not len(between) or between[0].dep_ == "prep")
                and all(t.dep_ in SETTING_DEPS for t in between)
            ):
                return noun, owners[0]
            return None
    return None
