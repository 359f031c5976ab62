"""Marked quotes that go on in an earlier speaker's words, with no cue of their own: the second part
of an interrupted quote (``“It is hard,” said the senator, “because ...”``), a quoted sentence after
a sentence headed by a reporting verb (``She said they had made progress. “We have worked hard.”``),
a quote ending the sentence after a cued quote, and a fragment tied to an uncued quote; and the
quotes that open a paragraph ahead of a quote cued after them, which are that cue's speaker's, and
the first part of a quote the writer interrupts with an aside between dashes (``“The deal” — signed in
March — “is dead,” Ms Roe said.``), which is the cued second part's speaker's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotes.find.direct.cue_before import capitalised, cue_in_clause
from quotes.find.direct.marks import DirectQuote, MarkedQuote
from quotes.find.direct.tokens import FINITE_TAGS, is_cue, only_marks, token_at, tokens
from quotes.lexicon.cues import GESTURE_VERBS, QUOTE_CHARS, STANCE_VERBS


def resumes(
    doc: Doc, text: str, starts: list[int], cued: tuple[MarkedQuote, int], quote: MarkedQuote
) -> bool:
    """Whether ``quote`` goes on with a cued quote of the same sentence after its cue:
    ``“It is hard,” said the senator, “because ...”`` (one speaker for both parts)."""
    earlier, cue = cued
    if earlier.close is None or not earlier.close < doc[cue].idx < quote.open:
        return False
    lead = text[earlier.close + 1 : quote.open].rstrip()
    if not lead.endswith(",") and not _joined_whole(text, lead, quote):
        return False
    between = tokens(doc, starts, earlier.close + 1, quote.open)
    if any(t.dep_ == "mark" and t.head.i > doc[cue].i for t in between):
        return False  # '“...,” she wrote, adding that if ..., “...”': a reported clause, left to claims
    return "\n" not in between.text and not any(t.text in (".", "!", "?", ";") for t in between)


#: Conjunctions that join the second part of a quote to its cue ("“...,” she said, but “...”").
_JOINING = (", but", ", yet")


def _joined_whole(text: str, lead: str, quote: MarkedQuote) -> bool:
    """Whether a quote joined to the cue before it by a conjunction ('“I respect Tom,” she said, but
    “when it comes to the budget, ...”') is the rest of the speaker's words: it ends its sentence,
    where a quoted phrase that goes on in the writer's clause ('..., but “the council” refused') does
    not."""
    if quote.close is None or not lead.endswith(_JOINING):
        return False
    after = text[quote.close + 1 : quote.close + 3].lstrip(" " + "".join(QUOTE_CHARS))
    return text[quote.end - 1] in ".!?" and (not after or after[0] in ".\n")


def resumes_after_predicate(
    doc: Doc, text: str, starts: list[int], cued: tuple[MarkedQuote, int], quote: MarkedQuote
) -> bool:
    """Whether ``quote`` goes on with a cued quote that was the subject of its sentence, the cue set
    between subject and predicate: ``“Family leave,” the policy states, becomes available “after one
    year.”`` (the writer's verb links the two parts; one speaker for both). The cue's clause ends in a
    comma and a finite verb follows it at once, with no subject of its own and no other cue before
    the second quote."""
    earlier, cue = cued
    if earlier.close is None or not earlier.close < doc[cue].idx < quote.open:
        return False
    if text[earlier.start : earlier.end].rstrip()[-1:] != ",":
        return False
    after = tokens(doc, starts, doc[cue].idx, quote.open)
    if len(after) < 3 or after[1].text != "," or after[2].tag_ not in FINITE_TAGS:
        return False
    if "\n" in after.text:
        return False
    return not any(t.text in (".", "!", "?", ";") or (t.i > cue and is_cue(t)) for t in after[1:])


def follows_uncued_quote(
    doc: Doc, starts: list[int], found: list[DirectQuote], quote: MarkedQuote, p_start: int
) -> bool:
    """A fragment in the same sentence as an earlier quote with no cue of its own between them:
    ``“The other mistake ...”, a move undertaken by the alliance “for as long as it takes”``."""
    earlier = [q for q in found if p_start <= q.start and q.end <= quote.open]
    if not earlier:
        return False
    last = earlier[-1]
    for token in tokens(doc, starts, last.end + 1, quote.open):
        if token.text in (".", "!", "?") or is_cue(token):
            return False
    return True


def ends_sentence_after_quote(
    doc: Doc,
    text: str,
    starts: list[int],
    found: list[DirectQuote],
    quote: MarkedQuote,
    sentence_start: int,
    p_start: int,
    p_end: int,
) -> bool:
    """A quote that ends the sentence after a cued quote of its paragraph, in a sentence with no cue
    of its own: ``“It's over,” she said. But “we will be back next year.”`` goes on in her words."""
    if quote.close is None or not any(p_start <= q.start and q.end <= sentence_start for q in found):
        return False
    if (
        not _capitalised_or_long(text, quote)
        or cue_in_clause(doc, starts, sentence_start, quote.open) is not None
    ):
        return False
    for token in tokens(doc, starts, quote.close + 1, p_end):
        if token.is_sent_start or only_marks(token.text):
            return True
        if not token.is_punct:
            return False
    return True


def _capitalised_or_long(text: str, quote: MarkedQuote) -> bool:
    """Whether the quoted words are a sentence or a clause rather than a term (more than four words,
    or a capital start and a verb's worth of words)."""
    return len(text[quote.start : quote.end].split()) > 4 or capitalised(text, quote)


def cue_of_previous_sentence(
    doc: Doc, starts: list[int], sentence_start: int, p_start: int, quote: MarkedQuote
) -> int | None:
    """The reporting verb heading the sentence before a quote that is a sentence of its own, in the
    same paragraph (``She said they had made progress. “We have worked hard.”``): the quote goes on
    in that speaker's words; a short sentence of a gesture does the same (``Fenn shook her head. “We
    put money in.”``). Only a whole quoted sentence counts, closed by its own punctuation."""
    if quote.close is None or quote.open != sentence_start:
        return None
    last = token_at(doc, starts, quote.end - 1)
    after = token_at(doc, starts, quote.close)
    if last is None or last.text not in (".", "!", "?", "…") or after is None:
        return None
    if after.i + 1 < len(doc) and not doc[after.i + 1].is_sent_start and not doc[after.i + 1].is_space:
        return None  # the sentence goes on after the closing mark: a fragment, not a whole quote
    before = tokens(doc, starts, p_start, sentence_start)
    if not len(before):
        return None
    previous = before[-1].sent
    root = previous.root
    if (
        root.i < before.start
        or not (is_cue(root) or _gesture(root))
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    ):
        return None
    return root.i


def _gesture(root: Token) -> bool:
    """Whether a sentence's main verb is a gesture before speaking, in a short sentence of its own
    ("Fenn shook her head.", "He shrugged."), no clause hanging on it."""
    sentence = root.sent
    clauses = ("ccomp", "xcomp", "advcl", "conj")
    short = len([t for t in sentence if not t.is_punct and not t.is_space]) <= 6
    lemma = root.lemma_.lower()
    if lemma not in GESTURE_VERBS or not short or any(c.dep_ in clauses for c in root.children):
        return False
    if lemma == "shake" and not any(c.dep_ == "dobj" and c.lower_ == "head" for c in root.children):
        return False  # "The news shook the town." is no gesture
    # a person makes the gesture: a name or "he"/"she" ("The talks paused." is no speaker's)
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return any(c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or c.lower_ in ("he", "she") for c in subjects)


def cue_of_following_quote(text: str, quotes: list[DirectQuote]) -> list[DirectQuote]:
    """The quotes, with each uncued continuation that opens a paragraph ahead of a cued quote given
    that quote's cue: in ``“The plan failed.” “Nobody listened,” Ann Roe said.`` both quotes are Ann
    Roe's, not the previous paragraph's speaker's. Only quotes that follow one another with nothing
    but marks and spaces between them, from the paragraph's start, form such a run.

    Args:
        text: the article text.
        quotes: the direct quotes found so far, in any order.

    Returns:
        The quotes in text order.
    """
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    in_run = [False] * len(ordered)  # the quote is one of a run that opens its paragraph
    for i, quote in enumerate(ordered):
        line_start = text.rfind("\n", 0, quote.start) + 1
        in_run[i] = _only_marks(text[line_start : quote.start]) or (
            i > 0 and in_run[i - 1] and _only_marks(text[ordered[i - 1].end : quote.start])
        )
    for i in range(len(ordered) - 2, -1, -1):
        quote, following = ordered[i], ordered[i + 1]
        if (
            in_run[i]
            and quote.mode == "continuation"
            and quote.cue is None
            and following.mode == "cue_after"
            and following.cue is not None
            and _only_marks(text[quote.end : following.start])
        ):
            ordered[i] = _with_cue_of(quote, following)
    return ordered


def cue_across_dash_aside(
    doc: Doc, starts: list[int], text: str, quotes: list[DirectQuote]
) -> list[DirectQuote]:
    """The quotes, with the first part of a quote interrupted by the writer's aside between dashes
    given the cue of the part after the aside: in ``“The deal” — signed in March — “is dead,” Ms Roe
    said.`` both parts are Ms Roe's, as in a quote interrupted by its cue (``“The deal,” Ms Roe said,
    “is dead.”``), and not the previous speaker's. The first part must be cut off mid-sentence (no
    final stop inside its marks), and the aside is the writer's words on one line: no quote marks (a
    quoted aside is another quote, maybe another person's), no end of sentence, no reporting verb (an
    aside with a cue of its own is an attribution, not a parenthesis).

    Args:
        doc: the parsed article.
        starts: the token start offsets of ``doc``.
        text: the article text.
        quotes: the direct quotes found so far, in text order.

    Returns:
        The quotes in text order.
    """
    ordered = list(quotes)
    for i in range(len(ordered) - 2, -1, -1):
        quote, following = ordered[i], ordered[i + 1]
        if (
            quote.mode != "continuation"
            or following.mode != "cue_after"
            or (following.cue is None and following.speaker_token is None)
            or text[quote.end - 1 : quote.end] in (".", "!", "?", "…")
        ):
            continue
        aside = _DASH_ASIDE.fullmatch(text, quote.end, following.start)
        if aside is None:
            continue
        words = tokens(doc, starts, aside.start(1), aside.end(1))
        if any(is_cue(t) for t in words):
            continue
        ordered[i] = _with_cue_of(quote, following)
    return ordered


def opens_dash_aside(text: str, quote: MarkedQuote) -> bool:
    """Whether the writer's aside between dashes follows a quote and a second quoted part follows the
    aside (``“I doubt the wisdom” -- that the plan is cheap -- “will last,” she says.``): the quote is
    the first part of an interrupted quote, which :func:`cue_across_dash_aside` gives the second
    part's cue. The first part must be cut off mid-sentence (no final stop inside its marks)."""
    if quote.close is None or text[quote.end - 1 : quote.end] in (".", "!", "?", "…"):
        return False
    return _DASH_ASIDE.match(text, quote.end) is not None


#: Between the two parts of an interrupted quote: the closing mark, a dash (``--``, an em or en dash,
#: or a hyphen set off by spaces), the writer's words with no quote mark, no line break and no end of
#: sentence, a second dash and the opening mark of the second part.
_DASH = r"(?:--|[―—–]|(?<=\s)-(?=\s))"
_SPACE = r"[ \t\u00a0]*"
_WORDS = r"([^\n“”‘\"«»„.!?;]*[^\s“”‘\"«»„.!?;])"
_DASH_ASIDE = re.compile(
    r"[”\"’']+" + _SPACE + _DASH + _SPACE + _WORDS + _SPACE + _DASH + _SPACE + r"[“\"‘']+"
)


def stance_subject(doc: Doc, text: str, start: int) -> Token | None:
    """The person whose quoted words open a paragraph with no cue when the paragraph before is one
    short sentence of that person taking a side: ``Tom Hale, an economist, disagreed.`` or ``Tom Hale
    was more cautious.`` then ``“Families will feel it.”`` are Hale's, not the previous speaker's.
    ``start`` is the quote's first character; the subject is a name the model tags a person's.

    Returns:
        The subject's head token, or ``None`` when the paragraph before is no such sentence.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not _only_marks(text[line_start:start]):
        return None
    before = text[:line_start].rstrip()
    first = before.rfind("\n") + 1
    span = doc.char_span(first, len(before), alignment_mode="expand")
    if span is None or not len(span) or len(list(span.sents)) != 1 or len(span) > _STANCE_LENGTH:
        return None
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON" or span.text.rstrip()[-1:] != ".":
        return None
    if root.lemma_.lower() in STANCE_VERBS:
        return subject
    manner = [c for c in root.children if c.dep_ in ("acomp", "attr")]
    if root.lemma_ == "be" and any(_comparative(a) for a in manner):
        return subject
    return None


def _comparative(adjective: Token) -> bool:
    """Whether an adjective is comparative ("blunter", "more cautious", "less sure"); the parser may
    read a bare "-er" form as a noun ("was blunter"), which without a determiner is no noun phrase."""
    if adjective.tag_ == "JJR" or any(c.lower_ in ("more", "less") for c in adjective.children):
        return True
    bare = not any(c.dep_ == "det" for c in adjective.children) and adjective.text.islower()
    return bare and adjective.lower_.endswith("er") and adjective.pos_ in ("ADJ", "NOUN")


#: The most tokens of a sentence taking a side ("Tom Hale, an economist at Barrow Bank, was blunter.").
_STANCE_LENGTH = 20


def _only_marks(between: str) -> bool:
    """Whether a stretch of one line holds only quote marks, spaces and the punctuation closing a
    quote (no words, no line break)."""
    return "\n" not in between and all(char in QUOTE_CHARS or char in " \t.,!?" for char in between)


def _with_cue_of(quote: DirectQuote, following: DirectQuote) -> DirectQuote:
    """``quote`` with the cue and speaker of the quote that finishes it after the writer's break."""
    return replace(
        quote,
        mode="cue_after",
        cue=following.cue,
        speaker=following.speaker,
        speaker_token=following.speaker_token,
    )
