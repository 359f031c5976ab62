"""What a gold content does: a question or request, an empty report, or (by default) a claim.

`seeds/ANNOTATION.md` counts speech and claims: "Directives and questions are not claims" and "Negated
or empty reports ('has not said exactly how he will do it') attribute nothing". PolNeAR annotates both
("asked [whether the bridge was safe]", "would not say [when the plant would reopen]"), so the
benchmark's saying scope leaves them out the way it leaves out noun-phrase contents
(:mod:`quotes.evaluation.content_form`), reading only the gold: its cue text, its content, and the words
just before the content in the article (PolNeAR gives the cue as text, without offsets, and often
without its negation: "Cook did not [say] when").

* a **question or request**: a cue of asking or directing (the lexicon's ``ASKING_VERBS``,
  ``DIRECTIVE_VERBS``, "called on", "appealed to", or ``DIRECTIVE_WITH_INFINITIVE`` with an
  infinitive: "told residents to stay indoors") with a content less than half of whose letters
  stand between quote marks ("asked whether ...", "asked the council to wait"); a quote in marks
  after "asked" is still the speaker's words and stays;
* an **empty report**: a content opened by a question word ("whether", "how", "who", ...) whose cue
  is negated ("did not say", "isn't saying", "have not said") or refused ("declined to say", "was
  unwilling to say", "has yet to say"), in the cue text or in the few words before the cue. "did
  not say that ..." reports a claim and stays.

The parser drops the same two kinds (:mod:`quotes.find.claims.questions`), read from its own parse.
"""

from __future__ import annotations

import re

from quotes.find.claims.claim import quoted_share
from quotes.find.claims.questions import opens_with_question_word
from quotes.lexicon import claims as lexicon

QUESTION = "question"
EMPTY_REPORT = "empty_report"
#: What a content can be besides a claim; the saying scope leaves both out.
ACTS: tuple[str, ...] = (QUESTION, EMPTY_REPORT)

#: How far before the cue a negation or a refusal may stand ("would not immediately say").
_NEGATION_REACH = 25
#: How far before a content its cue is looked for.
_CUE_REACH = 120
_WORD = re.compile(r"[a-z]+")
_NEGATION = re.compile(r"\bnot\b|\bnever\b|n[’']t\b", re.IGNORECASE)
_REFUSAL = re.compile(
    r"\b(?:"
    + "|".join(f"{verb[:-1] if verb.endswith('e') else verb}[a-z]*" for verb in sorted(lexicon.REFUSAL_VERBS))
    + "|"
    + "|".join(sorted(lexicon.REFUSAL_ADJECTIVES | lexicon.REFUSAL_ADVERBS))
    + r")\s+to\b",
    re.IGNORECASE,
)


#: Past forms the regular endings do not undo.
_IRREGULAR = {"told": "tell"}


def stems(word: str) -> set[str]:
    """The lemmas an inflected verb form may have, by its regular endings ("asked" -> "ask",
    "urging" -> "urge", "begged" -> "beg", "inquires" -> "inquire")."""
    found = {word}
    if word in _IRREGULAR:
        found.add(_IRREGULAR[word])
    if word.endswith("s"):
        found.add(word[:-1])
    if word.endswith(("ed", "es")):
        found |= {word[:-1], word[:-2]}
        if len(word) > 4 and word[-3] == word[-4]:
            found.add(word[:-3])  # "begged"
    if word.endswith("ing"):
        found |= {word[:-3], word[:-3] + "e"}
        if len(word) > 5 and word[-4] == word[-5]:
            found.add(word[:-4])  # "begging"
    return found


def asking_cue(cue: str | None) -> bool:
    """Whether a cue text asks or directs: a verb of the lexicon's ``ASKING_VERBS`` or
    ``DIRECTIVE_VERBS`` in any form, or a verb with its preposition of address ("called on")."""
    words = _WORD.findall((cue or "").lower())
    for index, word in enumerate(words):
        lemmas = stems(word)
        if lemmas & (lexicon.ASKING_VERBS | lexicon.DIRECTIVE_VERBS):
            return True
        following = words[index + 1] if index + 1 < len(words) else None
        if any(following in lexicon.CUE_PREPOSITIONS.get(lemma, ()) for lemma in lemmas):
            return True
    return False


#: An infinitive opening a content ("[to stay indoors]"), or ending the words before it ("told them to
#: [stay indoors]").
_INFINITIVE_OPENING = re.compile(r"^[\W_]*(?:not\s+)?to\s+[a-z]", re.IGNORECASE)
_INFINITIVE_BEFORE = re.compile(r"\b(?:not\s+)?to\s*$", re.IGNORECASE)


def directive_infinitive(cue: str | None, content: str, before: str) -> bool:
    """Whether a cue that directs only with an infinitive (the lexicon's ``DIRECTIVE_WITH_INFINITIVE``:
    "told", "warned", "advised") has one: "told residents [to stay indoors]" is a request, "told
    reporters [that the plan would fail]" a claim."""
    words = _WORD.findall((cue or "").lower())
    if not any(stems(word) & lexicon.DIRECTIVE_WITH_INFINITIVE for word in words):
        return False
    return bool(_INFINITIVE_OPENING.match(content) or _INFINITIVE_BEFORE.search(before))


def negated_cue(cue: str | None, before: str) -> bool:
    """Whether a cue is negated or refused, in its own text or in the words just before it.

    Args:
        cue: the gold's cue text.
        before: the article text just before the content, where the cue usually stands.
    """
    cue = cue or ""
    if _NEGATION.search(cue) or _REFUSAL.search(cue):
        return True
    at = before.lower().rfind(cue.lower()) if cue.strip() else -1
    if at == -1:
        return False
    window = before[max(0, at - _NEGATION_REACH) : at + len(cue)]
    return bool(_NEGATION.search(window) or _REFUSAL.search(window))


def act_of(cue: str | None, content: str, before: str) -> str | None:
    """:data:`QUESTION`, :data:`EMPTY_REPORT`, or ``None`` for a content that may be a claim.

    Args:
        cue: the gold's cue text.
        content: the gold's content (its segments joined).
        before: the article text before the content (:func:`text_before`).
    """
    if (asking_cue(cue) or directive_infinitive(cue, content, before)) and quoted_share(content) < 0.5:
        return QUESTION
    if opens_with_question_word(content) and negated_cue(cue, before):
        return EMPTY_REPORT
    return None


def text_before(text: str, start: int) -> str:
    """The article text a cue before a content at ``start`` may stand in: up to the start of its
    paragraph, at most :data:`_CUE_REACH` characters."""
    window = text[max(0, start - _CUE_REACH) : start]
    return window[window.rfind("\n") + 1 :]
