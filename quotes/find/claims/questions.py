"""Reported questions, requests and empty reports: found by the claim finders, but no claims.

`seeds/ANNOTATION.md` counts speech and claims; "Directives and questions are not claims" and
"Negated or empty reports ... attribute nothing". The finders read the content of any cue verb, so
the records they return are filtered here:

* a reported question or request: the cue asks ("asked whether the bridge was safe", "asked the
  council to wait", "wondered how it would end") or directs ("urged residents to stay indoors",
  "called on voters to turn out", "demanded that the mayor resign");
* an empty report: a question word opens the content of a cue that is negated or refused ("has not
  said how she will vote", "declined to say whether he would run", "has yet to say when"). "did not
  say that ..." reports what was not said, a claim all the same, and is not touched here.

A content at least half of whose letters stand in quote marks is the speaker's words, and stays:
"urged the families to “stay calm and keep the roads clear”" (seeds/ANNOTATION.md: every quote in
marks with a cue of speech is an assertion). Direct quotes ("“Is it fair?” she asked") come from the
quote finder and are not claims at all.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.find.claims.claim import Claim, quoted_share
from quotes.lexicon import claims as lexicon

#: A content's first two words, past any quote marks or brackets before them.
_FIRST_WORDS = re.compile(r"[\W_]*([A-Za-z]+)(?:\s+([A-Za-z]+))?")
#: How many verbs or adjectives above the cue may negate or refuse it ("was not willing to say").
_MAX_HOPS = 3


def asks_or_directs(claim: Claim, text: str) -> bool:
    """Whether a claim reports a question or a request rather than a claim (see the module)."""
    lemma = claim.cue_lemma
    words = claim.cue_text.lower().split()
    directive = lemma in lexicon.ASKING_VERBS or lemma in lexicon.DIRECTIVE_VERBS
    if not directive and len(words) > 1:  # "called on voters to ...", "appealed to donors to ..."
        directive = words[-1] in lexicon.CUE_PREPOSITIONS.get(lemma, ())
    return directive and quoted_share(text[claim.start : claim.end]) < 0.5


def empty_report(doc: Doc, claim: Claim, text: str) -> bool:
    """Whether a claim is an empty report: a question word opens its content and its cue is negated or
    refused ("would not say whether ...", "declined to say how ...")."""
    if not opens_with_question_word(text[claim.start : claim.end]):
        return False
    span = doc.char_span(claim.cue_start, claim.cue_end, alignment_mode="expand")
    return span is not None and len(span) > 0 and refused(span[0])


def opens_with_question_word(content: str) -> bool:
    """Whether a content opens with "whether", "if", "how", "who", ... (past any marks), or with such a
    word after an adverb narrowing it ("exactly how many", "precisely when")."""
    words = _FIRST_WORDS.match(content)
    if words is None:
        return False
    first, second = words.group(1).lower(), (words.group(2) or "").lower()
    if first in lexicon.QUESTION_WORD_MODIFIERS:
        return second in lexicon.QUESTION_WORDS
    return first in lexicon.QUESTION_WORDS


def refused(cue: Token) -> bool:
    """Whether a cue verb is negated ("has not said"), or governed through "to" by a verb, adjective
    or adverb of refusal or by a negated one ("declined to say", "was not willing to say", "has yet
    to say")."""
    node = cue
    for _ in range(_MAX_HOPS):
        if any(child.dep_ == "neg" for child in node.children):
            return True
        if node is not cue and (
            node.lemma_.lower() in lexicon.REFUSAL_VERBS
            or node.lower_ in lexicon.REFUSAL_ADJECTIVES
            or any(c.dep_ == "advmod" and c.lower_ in lexicon.REFUSAL_ADVERBS for c in node.children)
        ):
            return True
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def not_a_claim(doc: Doc, claim: Claim, text: str) -> bool:
    """Whether a found claim is a reported question or request, or an empty report."""
    return asks_or_directs(claim, text) or empty_report(doc, claim, text)
