"""Quoted words that open a clause with an anticipatory "it" whose real subject follows the cue.

In '“It is the better choice,” he added, to wait until spring' the quoted words are not a sentence of
their own: "it" stands for the infinitive after the cue ("to wait until spring is the better choice").
The quote and the writer's words after the cue are one content, so one mixed record runs from the
quote to the end of that infinitive or "that" clause (seeds/ANNOTATION.md, mixed: a reported clause
that holds quoted words is one record). A quote that is complete in itself ("“It is over,” she said,
to cheers") stays a direct quote.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.find.claims.claim import Claim, make_claim
from quotes.find.claims.content_ends import content_end
from quotes.find.direct.quote_spans import Spans
from quotes.speakers.resolve import mention_of_cue

#: Heads of an anticipatory "it" that take a subject clause after them: "it is (wise) to", "it seems
#: that", "it makes sense to", "it takes courage to".
_ANTICIPATORY_HEADS = frozenset({"be", "seem", "appear", "make", "take"})

#: Closing marks, each with the mark that opens its quote.
_OPENING_OF = {"”": "“", '"': '"', "''": "''"}

#: Words that may stand before the opening mark in the same sentence: a linking word, not a clause of
#: the writer's ("But “it is ...”", "And yet “it was ...”").
_LINKING_WORDS = frozenset({"but", "and", "yet", "still", "so", "or"})


def extraposed_quote(doc: Doc, text: str, verb: Token, sent_end: int, marked: Spans) -> Claim | None:
    """The mixed claim of a quote with an anticipatory "it" completed after its cue ``verb``, or None.

    Args:
        doc: the parsed Doc.
        text: ``doc.text``.
        verb: a cue verb of saying set after a closing mark.
        sent_end: where the cue's sentence ends.
        marked: the quoted fragments of the text, closing marks included.
    """
    first = _subject_after(doc, verb)
    if first is None:
        return None
    start = _quote_before(doc, text, verb)
    if start is None:
        return None
    content_first = first.i if first.lower_ == "to" else first.i + 1
    # the infinitive is the quote's subject, not an act of the speaker's: read as a clause, so that
    # "to pursue a system, including a levy" keeps its participle phrase
    end = content_end(doc, content_first, sent_end, marked, False, verb)
    if end <= first.idx:
        return None
    mention = mention_of_cue(doc, verb.i)
    return make_claim(text, start, end, verb.idx, verb.idx + len(verb.text), verb.lemma_.lower(), mention)


def _subject_after(doc: Doc, verb: Token) -> Token | None:
    """The "to" or "that" opening the clause after the cue, its subject and a comma: "he added, [to]
    wait", "said Ann Roe, [that] the storm hit". None when anything else follows ("said, to cheers")."""
    after = verb.i + 1
    for child in verb.rights:
        if child.dep_ in ("nsubj", "nsubjpass"):
            after = max(after, child.right_edge.i + 1)
    if after + 2 >= len(doc) or doc[after].text != ",":
        return None
    first, second = doc[after + 1], doc[after + 2]
    if first.lower_ == "to" and second.tag_ == "VB":
        return first
    if first.lower_ == "that" and first.dep_ == "mark" and not second.is_punct:
        return first
    return None


def _quote_before(doc: Doc, text: str, verb: Token) -> int | None:
    """Where the content starts, when the cue (with any subject before it)
    follows a quote closed with a comma whose words open with an anticipatory "it" and leave its
    subject clause out ('“It is the better choice,” he added'); None otherwise."""
    left = verb.i
    for child in verb.lefts:
        if child.dep_ in ("nsubj", "nsubjpass"):
            left = min(left, child.left_edge.i)
    lead = text[: doc[left].idx].rstrip(" \u00a0")
    closing = next((mark for mark in _OPENING_OF if lead.endswith(mark)), None)
    if closing is None:
        return None
    close_at = len(lead) - len(closing)
    if not lead[:close_at].rstrip().endswith(","):
        return None  # the quote must leave its sentence open with a comma
    paragraph = text.rfind("\n", 0, close_at) + 1
    open_at = text.rfind(_OPENING_OF[closing], paragraph, close_at)
    if open_at < 0:
        return None
    inside = text[open_at + len(_OPENING_OF[closing]) : close_at]
    if any(stop in inside for stop in (". ", "? ", "! ")):
        return None  # more than one sentence: a quote of its own
    span = doc.char_span(open_at + len(_OPENING_OF[closing]), close_at, alignment_mode="contract")
    if span is None or not len(span):
        return None
    it = next((t for t in span if not t.is_punct and not t.is_space), None)
    if it is None or it.lower_ != "it" or it.head.lemma_.lower() not in _ANTICIPATORY_HEADS:
        return None
    if any(t.lower_ in ("to", "that") and t.dep_ in ("aux", "mark") for t in span):
        return None  # "“It is time to go,” she said": the subject clause is inside the quote
    sentence_start = max(min(it.sent.start_char, verb.sent.start_char), paragraph)
    before = doc.char_span(sentence_start, open_at, alignment_mode="contract")
    if before is not None and any(not t.is_punct and t.lower_ not in _LINKING_WORDS for t in before):
        return None  # 'She said that “it was ...,”': a fragment of the writer's sentence
    return sentence_start
