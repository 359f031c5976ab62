"""Reported claims and mixed quotes: "he said (that) ...", "according to X", "X claims to ...".

A claim is the content clause of a reporting verb or phrase, as a character span: without a leading
"that", without trailing sentence punctuation, and cut before a chained ", saying ..." / ", adding
that ..." (which is a claim of its own). When the content holds quote marks it is a *mixed* quote and
the quoted fragment is not reported separately. Cues inside a direct quote, and content clauses that
are themselves a direct quote ("“...,” he said"), are left to :mod:`quotes.find.direct.direct`.

:func:`find_claims` tries each candidate cue in turn: verbs (:mod:`quotes.find.claims.verb_claims`), verbs
with
quoted objects (:mod:`quotes.find.claims.quoted_objects`), claim nouns ("his claim that ..."), phrases naming
the
speaker after them ("according to X") and a "Speaker: claim" headline; then it splits coordinated
claims and drops overlapping ones of one speaker. The span rules are in
:mod:`quotes.find.claims.claim_bounds`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import takewhile

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import NOUN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes.find.claims.claim import Claim, make_claim
from quotes.find.claims.claim_bounds import clause_start, sentence_bounds, through_quote
from quotes.find.claims.content_ends import content_end
from quotes.find.claims.quoted_objects import passive_quoted, quoted_object
from quotes.find.claims.verb_claims import verb_claim
from quotes.find.direct.marks import DirectQuote, MarkedQuote
from quotes.find.direct.quote_spans import Spans, closed_end
from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.datelines import dateline_end
from quotes.speakers.resolve import Mention, mention_of_cue, noun_phrase
from quotes.speakers.token_arrays import hashes_where, holding

__all__ = ["Claim", "SpanIndex", "absorbs", "find_claims"]

#: Hashes of the words that open a phrase naming the speaker after it ("according").
_SPEAKER_AFTER_FIRST = frozenset(get_string_id(first) for first, _ in lexicon.SPEAKER_AFTER_PHRASES)


def _noun_claim(doc: Doc, text: str, noun: Token, marked: Spans) -> Claim | None:
    """A claim noun with its content clause or infinitive: "his claim that ...", "a call to ban ..."."""
    clauses = [c for c in noun.rights if c.dep_ in ("acl", "ccomp", "appos") and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return None
    clause = clauses[0]
    marks = [c for c in clause.lefts if c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to")]
    if not marks or marks[0].i != noun.i + 1:
        return None
    _, sent_end = sentence_bounds(text, noun)
    end = content_end(doc, marks[0].i, sent_end, marked, infinitive=marks[0].lower_ == "to")
    owners = [c for c in noun.lefts if c.dep_ == "poss"]
    if owners:
        mention = noun_phrase(owners[0])
    elif noun.head.pos_ == "VERB" and noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        mention = mention_of_cue(doc, noun.head.i) if noun.dep_ == "dobj" else None
    else:
        mention = None
    if mention is None:  # "amid speculation that ...": nobody's claim
        return None
    cue_end = noun.idx + len(noun.text)
    if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in claim_lexicon.CLAIM_HANDLING_VERBS:
        verb = noun.head  # "dismissed [concerns that ...]": the verb is the cue, the noun is content
        verb_end = verb.idx + len(verb.text)
        return make_claim(text, noun.left_edge.idx, end, verb.idx, verb_end, verb.lemma_.lower(), mention)
    return make_claim(text, marks[0].idx, end, noun.idx, cue_end, noun.lemma_.lower(), mention)


def _headline_claim(doc: Doc, text: str) -> Claim | None:
    """A headline "Speaker: claim" ("McCain: Populist Anger Appeals to ‘Bad Angels’"): the first line,
    a short name before the colon and no verb in it."""
    line_end = text.find("\n")
    line_end = len(text) if line_end == -1 else line_end
    colon = text.find(": ", 0, line_end)
    if colon == -1 or len(text[:line_end].split()) > 30:
        return None
    name = text[:colon].strip()
    words = name.split()
    if not 1 <= len(words) <= 6 or not all(w[0].isupper() for w in words if w[0].isalpha()):
        return None
    if name.lower() in lexicon.NOT_SPEAKER_LABELS or words[0].lower() in ("the", "a", "an"):
        return None  # "UPDATE: ...", "The Latest: ...": a label, not a speaker
    if any(ch.isdigit() for ch in name):
        return None  # "Budget 2024: Live updates", "Euro 2028: ...": an event's name, no speaker's
    if name.isupper() and re.search(rf"\b{re.escape(name.title())}\b", text) is None:
        return None  # "ENERGY: Oil fell ...", "ANALYSIS: ...": a section label, named nowhere else
    lead = text[:line_end].rstrip()[-1:] == "."  # a sentence, where a headline has no full stop
    if lead and dateline_end(text, 0, line_end) is not None:
        return None  # "New Delhi: Union Minister Amit Shah said ... region.": a dateline, the writer's place
    if any(
        t.pos_ in ("VERB", "AUX", "ADP", "ADJ")
        for t in doc.char_span(0, colon, alignment_mode="expand") or ()
    ):
        return None  # "Big Win For Bernie: ...": a headline of its own
    start = text.index(name)
    mention = Mention(start, start + len(name), name)
    return make_claim(text, colon + 1, line_end, colon, colon + 1, ":", mention)


def _only_a_direct_quote(text: str, claim: Claim, direct_spans: list[tuple[int, int]]) -> bool:
    """Whether a claim's content is a direct quote and nothing else but its marks ("Jane Roe: ‘We Are
    Going To Win.’" is that quote, not a mixed claim besides it)."""
    for start, end in direct_spans:
        if claim.start <= start and end <= claim.end:
            outside = text[claim.start : start] + text[end : claim.end]
            if not outside.strip(" \u00a0\"'‘’“”«».,!?"):
                return True
    return False


def _content_after_phrase(doc: Doc, token: Token, marked: Spans, sent_end: int) -> int | None:
    """Where a content goes on after an "according to X" set off in its sentence: "[Only two firms
    bid, according to the ministry, and neither met the deadline]", "[Prices fell, according to the
    survey, because demand slowed]". The clause after the phrase is the same claim's; a noun phrase
    after it is the writer's note ("..., according to the filings, a record for the firm"). None when
    nothing but that follows the phrase."""
    last = token.right_edge.i
    if last + 2 >= len(doc) or doc[last + 1].text != "," or doc[last + 2].idx >= sent_end:
        return None
    rest = list(takewhile(lambda t: t.idx < sent_end, doc[last + 2 :]))  # not on to the doc's end
    if rest[0].pos_ not in ("SCONJ", "CCONJ") and not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    end = content_end(doc, last + 2, sent_end, marked)
    if end <= doc[last + 2].idx:
        return None
    return end


def _speaker_after(doc: Doc, text: str, token: Token, marked: Spans) -> Claim | None:
    """A claim whose speaker follows the cue: "Content, according to X." or "According to X, content." """
    to = doc[token.i + 1]
    sent_start, sent_end = sentence_bounds(text, token)
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    mention = noun_phrase(_source(objects[0])) if objects else None
    cue_start, cue_end = token.idx, to.idx + len(to.text)
    lemma = f"{token.lower_} {to.lower_}"
    if text[sent_start : token.idx].strip():
        inside = _interrupted_clause(doc, text, token, marked, (sent_start, sent_end))
        if inside is not None:
            return make_claim(text, inside[0], inside[1], cue_start, cue_end, lemma, mention)
        start = clause_start(doc, sent_start, token.i, marked)
        end = token.idx
        end = _content_after_phrase(doc, token, marked, sent_end) or end
        if doc[token.i - 1].lower_ in ("’s", "'s", "is", "was") and doc[token.i - 1].idx > start:
            end = doc[token.i - 1].idx  # "[That]’s according to the filings"
        return make_claim(text, start, end, cue_start, cue_end, lemma, mention)
    after = text.find(",", mention.end if mention else cue_end, sent_end)
    if after == -1:
        return None
    return make_claim(text, after + 1, sent_end, cue_start, cue_end, lemma, mention)


def _agent(verb: Token) -> Token | None:
    """The agent of a cue in the passive ("as first reported by [the Ledger]"), or None."""
    if verb.tag_ != "VBN":
        return None
    for child in verb.rights:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def _as_aside(doc: Doc, text: str, verb: Token, marked: Spans) -> Claim | None:
    """A cue in a clause opened by "as" that sets off the writer's sentence as the speaker's: "As the
    senator has pointed out, [the budget is a fantasy]." or "[The talks have stalled], as the minister
    noted.", or in the passive: "As first reported by the Ledger, [...]". The "as" clause says nothing
    itself (no object or clause of its own)."""
    first = verb.left_edge
    if not (
        verb.dep_ == "advcl"
        and first.lower_ == "as"
        and first.dep_ == "mark"
        and (any(c.dep_ == "nsubj" for c in verb.lefts) or _agent(verb) is not None)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "neg", "attr", "acomp") for c in verb.children)
    ):
        return None
    sent_start, sent_end = sentence_bounds(text, verb)
    cue_end = verb.idx + len(verb.text)
    for child in verb.rights:  # "pointed out"
        if child.i == verb.i + 1 and child.dep_ == "prt":
            cue_end = child.idx + len(child.text)
    agent = _agent(verb)  # "As reported by [the Ledger], ...": the parse gives the cue no subject
    mention = noun_phrase(_source(agent)) if agent is not None else mention_of_cue(doc, verb.i)
    lemma = verb.lemma_.lower()
    after = verb.right_edge.i + 1
    clause = verb.head.left_edge  # the clause the "as" clause sets off, without a leading "But"/"And"
    while clause.i < first.i and (clause.dep_ == "cc" or clause.is_punct):
        clause = doc[clause.i + 1]
    start = max(clause.idx, sent_start)
    rest = [t for t in doc[after : verb.sent.end] if t.idx < sent_end and not t.is_punct]
    if rest:  # the content runs on after the "as" clause
        if doc[after - 1].text == "," and after - 1 > verb.i:
            after -= 1  # the parse hangs the comma on the cue
        if doc[after].text != ",":
            return None
        if all(_discourse_word(t) for t in doc[clause.i : first.i]):
            start = doc[after].idx + 1  # "(However,) as X noted, [...]"; not "[The part, as X notes, is]"
        end = content_end(doc, after + 1, through_quote(text, marked, start, sent_end), marked)
        return make_claim(text, start, end, verb.idx, cue_end, lemma, mention)
    if first.i == 0 or doc[first.i - 1].text != ",":
        return None
    return make_claim(text, start, doc[first.i - 1].idx, verb.idx, cue_end, lemma, mention)


def _discourse_word(token: Token) -> bool:
    """Whether a word before an "as" clause only links the sentence to the one before: "However,",
    "Of course,", "Still," (no part of the content it sets off)."""
    return (
        token.is_punct
        or token.dep_ == "cc"
        or (token.dep_ == "advmod" and not token.n_lefts and not token.n_rights)
        or token.lower_ in ("of", "course")
    )


def _interrupted_clause(
    doc: Doc, text: str, token: Token, marked: Spans, bounds: tuple[int, int]
) -> tuple[int, int] | None:
    """The content of an "according to X" set off inside the clause it attributes: the clause around it
    ("[The talks, according to the minister, have stalled]"), or the clause after it when only a
    conjunction stands before it ("He will attend, because, according to aides, [the party would
    ...]"). None when the phrase ends its clause ("[...], according to X.")."""
    sent_start, sent_end = bounds
    last = token.right_edge.i
    head = token.head
    if last + 2 >= len(doc) or doc[last + 1].text not in (",", "—", "–", "-") or head.i <= last:
        return None
    if not any(not t.is_punct and t.idx < sent_end for t in doc[last + 2 : head.right_edge.i + 1]):
        return None
    after = doc[last + 2].idx
    end = content_end(doc, last + 2, through_quote(text, marked, after, sent_end), marked)
    lead = [t for t in doc[head.left_edge.i : token.i] if not (t.is_punct or t.dep_ in ("mark", "cc"))]
    if not lead or " ".join(t.lower_ for t in lead) in claim_lexicon.DISCOURSE_OPENERS:
        return after, end  # "because, according to X, [...]", "In addition, according to X, [...]"
    if head.left_edge.idx < sent_start:
        return after, end
    return clause_start(doc, head.left_edge.idx, token.i, marked), end


def _source(document: Token) -> Token:
    """Who stands behind a document a claim is credited to: "according to an analysis [by the Pew
    Research Center]", "a report from X", "interviews with X". Any other noun is its own source."""
    if document.lemma_.lower() not in claim_lexicon.SOURCE_DOCUMENTS:
        return document
    for prep in document.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "with"):
            agents = [c for c in prep.children if c.dep_ == "pobj"]
            if agents:
                return agents[0]
    return document


def find_claims(
    doc: Doc, marked: list[MarkedQuote], directs: list[DirectQuote], text: str | None = None
) -> list[Claim]:
    """Reported and mixed claims of a parsed Doc, in text order.

    A claim nested in a direct quote or in another claim is kept when it has a speaker of its own
    ("“The Prime Minister reiterated that ...,” a Downing Street spokesman said"); a speaker's own
    "I think"/"we believe" is not a claim.

    Args:
        doc: a parsed Doc.
        marked: every marked quote of the text, fragments included
            (:func:`quotes.find.direct.marks.find_marked_quotes`).
        directs: the direct quotes; a claim that overlaps one without lying inside it is dropped
            (that is the quote's own cue, as in "“...,” he said").
        text: ``doc.text``, when already read (spaCy rebuilds it from the tokens on each access).
    """
    text = doc.text if text is None else text
    direct_spans = [(d.start, d.end) for d in directs]
    in_quotes = SpanIndex(direct_spans)
    fragments = [q for q in marked if not in_quotes.any_inside(q.start, q.end)]
    fragment_spans = Spans([(q.open, closed_end(text, q)) for q in fragments])
    direct_cues = {d.cue for d in directs}  # a verb that introduces a quote has no quoted object too
    speech_spans = Spans([(q.open, closed_end(text, q)) for q in fragments if not q.title])
    claims: list[Claim] = []
    headline = _headline_claim(doc, text)
    if headline is not None and not _only_a_direct_quote(text, headline, direct_spans):
        claims.append(headline)
    for token in map(doc.__getitem__, _cue_candidates(doc)):
        if token.idx in fragment_spans:
            continue
        claim = None
        if (
            token.i + 1 < len(doc)
            and (token.lower_, doc[token.i + 1].lower_) in lexicon.SPEAKER_AFTER_PHRASES
        ):
            claim = _speaker_after(doc, text, token, fragment_spans)
        elif token.pos_ == "VERB" and token.dep_ not in ("amod", "compound"):
            lemma = token.lemma_.lower()
            if lemma in claim_lexicon.ASIDE_VERBS and token.dep_ == "advcl":
                claim = _as_aside(doc, text, token, fragment_spans)
            if claim is None and lemma in lexicon.CHARACTERISING_VERBS and token.i not in direct_cues:
                claim = quoted_object(doc, text, token, fragment_spans) or passive_quoted(
                    doc, text, token, fragment_spans
                )
            if claim is None and (lemma in _CLAIM_CUE_LEMMAS):
                claim = verb_claim(doc, text, token, fragment_spans)
            if claim is None and lemma in lexicon.QUOTED_OBJECT_VERBS and token.i not in direct_cues:
                claim = quoted_object(doc, text, token, speech_spans, saying=True)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in claim_lexicon.CLAIM_NOUNS:
            claim = _noun_claim(doc, text, token, fragment_spans)
        if claim is None or _not_a_speaker(claim.mention):
            continue
        for start, end in in_quotes.holding(claim.cue_start):  # a claim inside a quote ends where it ends
            if start <= claim.cue_start < end and (
                claim.cue_lemma not in lexicon.REPORTING_VERBS
                or claim.cue_lemma in claim_lexicon.BELIEF_VERBS
                or claim.mention is None
                or claim.mention.text.lower() in speaker_lexicon.PRONOUNS
                or claim.mention.text.lower() in speaker_lexicon.FIRST_PERSON
            ):
                claim = None  # a speaker's "everyone knows that ...", "she wants to ...": their own words
                break
            if start <= claim.cue_start < end and claim.end > end:
                claim = make_claim(
                    text, claim.start, end, claim.cue_start, claim.cue_end, claim.cue_lemma, claim.mention
                )
                break
        if claim is None:
            continue
        if any(
            claim.start < end
            and start < claim.end
            # inside the quote, its cue too; a claim opening before the quote's words and ending in
            # them ('"...'nested,' " said Roe': the opening mark taken in) only overlaps it
            and not (start <= claim.start and start <= claim.cue_start and claim.end <= end)
            and not absorbs(doc, claim, directs[number], text)
            and not nests(doc, claim, directs[number])
            for number, (start, end) in in_quotes.overlapping(claim.start, claim.end)
        ):
            continue
        claims.append(claim)
    claims = _split_coordinated(doc, text, claims)
    kept: list[Claim] = []
    by_start: list[Claim] = []  # the kept claims again, by start, to look up only those that can overlap
    starts: list[int] = []
    for claim in sorted(claims, key=lambda c: c.start - c.end):  # longest first
        # A kept claim is no longer than the first one kept, so one starting more than that length
        # before this claim ends before it starts.
        reach = kept[0].end - kept[0].start if kept else 0
        nearby = by_start[bisect_left(starts, claim.start - reach) : bisect_left(starts, claim.end)]
        if not any(_same_speaker_overlap(claim, k) for k in nearby):
            kept.append(claim)
            at = bisect_right(starts, claim.start)
            starts.insert(at, claim.start)
            by_start.insert(at, claim)
    return sorted(kept, key=lambda c: (c.start, c.end))


class SpanIndex:
    """Look-ups in the direct quotes' spans by offset, with the answers (and order) of a scan of them all.

    Direct quotes come in text order and rarely nest, so a binary search over the starts, with the
    running maximum of the ends (how far back a span can still reach) and the minimum of the ends
    from each span on, finds the few candidates; spans out of order fall back to the scan.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [start for start, _ in spans]
        self.ordered = all(self.starts[i] <= self.starts[i + 1] for i in range(len(spans) - 1))
        self.reach: list[int] = []  # reach[i]: the largest end of spans[: i + 1]
        for _, end in spans:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)
        self.least_end: list[int] = [0] * len(spans)  # least_end[i]: the smallest end of spans[i:]
        for i in range(len(spans) - 1, -1, -1):
            end = spans[i][1]
            self.least_end[i] = min(end, self.least_end[i + 1]) if i + 1 < len(spans) else end

    def any_inside(self, start: int, end: int) -> bool:
        """Whether a span lies within ``[start, end)``."""
        if not self.ordered:
            return any(start <= s and e <= end for s, e in self.spans)
        i = bisect_left(self.starts, start)
        return i < len(self.spans) and self.least_end[i] <= end

    def _reaching(self, before: int, offset: int) -> list[int]:
        """Indices below ``before`` of the spans ending after ``offset``, in order."""
        found = []
        i = before - 1
        while i >= 0 and self.reach[i] > offset:
            if self.spans[i][1] > offset:
                found.append(i)
            i -= 1
        return found[::-1]

    def holding(self, offset: int) -> list[tuple[int, int]]:
        """The spans with ``start <= offset < end``, in order."""
        if not self.ordered:
            return [(s, e) for s, e in self.spans if s <= offset < e]
        return [self.spans[i] for i in self._reaching(bisect_right(self.starts, offset), offset)]

    def overlapping(self, start: int, end: int) -> list[tuple[int, tuple[int, int]]]:
        """``(index, span)`` of the spans that start before ``end`` and end after ``start``, in order."""
        if not self.ordered:
            return [(i, (s, e)) for i, (s, e) in enumerate(self.spans) if s < end and start < e]
        return [(i, self.spans[i]) for i in self._reaching(bisect_left(self.starts, end), start)]


def absorbs(doc: Doc, claim: Claim, direct: DirectQuote, text: str | None = None) -> bool:
    """Whether a claim's content runs on into a quote of its own cue, which is then part of one mixed
    quote (as in PolNeAR): "said this was a “fatal miscalculation” and that she has learned her lesson:
    “They are fortified ...”". The claim must say something before the quote opens.

    A content that runs around its own cue takes in the quote before the cue as well ("“Only the
    council,” she said, could approve it": the quote opens the clause the cue interrupts).

    ``text`` is ``doc.text`` when already read (spaCy rebuilds it from the tokens on each access)."""
    if (
        direct.cue is not None
        and claim.start <= direct.start
        and direct.end <= claim.cue_start < claim.end
        and doc[direct.cue].idx == claim.cue_start
    ):
        return True
    if not (  # the offsets first: they rule out almost every pair without building a Token
        direct.cue is not None
        and claim.start + 3 < direct.start
        and direct.end <= claim.end + 2
        and claim.cue_end <= claim.start
        and claim.cue_lemma != "ask"
        and doc[direct.cue].idx == claim.cue_start
    ):
        return False
    text = doc.text if text is None else text
    lead_in = text[claim.start : direct.start].rstrip(" \u00a0" + "".join(lexicon.QUOTE_CHARS))
    if not lead_in.endswith(":"):
        return False  # only a quote the content introduces with a colon
    span = doc.char_span(claim.start, direct.start, alignment_mode="contract")
    speech = lexicon.REPORTING_VERBS | lexicon.DIRECT_QUOTE_VERBS
    return span is not None and not any(  # "Asked whether ..., Mr. Smith shot back: “...”": another cue
        t.pos_ == "VERB" and t.lemma_.lower() in speech for t in span
    )


def nests(doc: Doc, claim: Claim, direct: DirectQuote) -> bool:
    """Whether a claim reports, as part of its content, a quote that another cue in it introduces
    ("During his term, Mr. Hale said, most voters have come to believe “that the plan works.”": Hale
    reports what voters believe): the quote and its cue lie inside the content, the claim's own cue
    outside the quote. Both are recorded (seeds/ANNOTATION.md, "Nested attributions")."""
    if direct.cue is None or not (claim.start <= direct.start and direct.end <= claim.end):
        return False
    quote_cue = doc[direct.cue].idx
    if quote_cue == claim.cue_start or not claim.start <= quote_cue < direct.start:
        return False
    return (
        not direct.start <= claim.cue_start < direct.end and not claim.cue_start <= quote_cue < claim.cue_end
    )


def _cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that can be a cue: verbs and nouns whose lemma one of :func:`find_claims`'s
    tests looks for, and the first word of a phrase like "according to", read from the token arrays
    (building every Token object is slow, and most verbs and nouns are no cue)."""
    if not len(doc):
        return []
    columns = doc.to_array([POS, LOWER, LEMMA])
    verbs, nouns = columns[:, 0] == VERB, columns[:, 0] == NOUN
    lemmas = columns[:, 2]  # each distinct lemma lower-cased once, as the tests read it (``lemma_.lower()``)
    verb_cues = hashes_where(doc, lemmas, lambda lemma: lemma.lower() in _VERB_CUE_LEMMAS)
    noun_cues = hashes_where(doc, lemmas, lambda lemma: lemma.lower() in claim_lexicon.CLAIM_NOUNS)
    keep = (verbs & holding(lemmas, verb_cues)) | (nouns & holding(lemmas, noun_cues))
    keep |= holding(columns[:, 1], _SPEAKER_AFTER_FIRST)  # the first word of "according to"
    return keep.nonzero()[0].tolist()


#: The lemmas of a verb whose content clause may be a claim: the cues, and verbs of hearing with a
#: body that hears evidence as their subject ("the court heard that ...").
_CLAIM_CUE_LEMMAS = claim_lexicon.CUE_LEMMAS | speaker_lexicon.HEARING_VERBS

#: The lemmas a verb needs for any test of :func:`find_claims` (an aside, a characterising verb, a cue
#: of a claim, a verb of hearing, a verb with a quoted object).
_VERB_CUE_LEMMAS = (
    speaker_lexicon.HEARING_VERBS
    | claim_lexicon.ASIDE_VERBS
    | lexicon.CHARACTERISING_VERBS
    | claim_lexicon.CUE_LEMMAS
    | lexicon.QUOTED_OBJECT_VERBS
)


def _split_coordinated(doc: Doc, text: str, claims: list[Claim]) -> list[Claim]:
    """A claim whose content runs over the cue of a coordinated claim sharing its subject ends before
    that cue's clause: "found Trump “very charming” [and called his standing “unheard of”]" is two
    claims."""
    starts = sorted(c.cue_start for c in claims)
    result = []
    for claim in claims:
        k = bisect_right(starts, claim.start)
        for cue_start in starts[k : bisect_left(starts, claim.end)]:
            span = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
            cue = span[0] if span is not None and len(span) else None
            if cue is None or cue.dep_ != "conj" or cue.i < 2 or any(c.dep_ == "nsubj" for c in cue.children):
                continue  # "..., but defence sources say ...": a speaker of its own may nest
            before = doc[cue.i - 1] if doc[cue.i - 1].dep_ == "cc" else doc[cue.i]
            if before.idx > claim.start:
                claim = (
                    make_claim(
                        text,
                        claim.start,
                        before.idx,
                        claim.cue_start,
                        claim.cue_end,
                        claim.cue_lemma,
                        claim.mention,
                    )
                    or claim
                )
            break
        result.append(claim)
    return result


def _not_a_speaker(mention: Mention | None) -> bool:
    return mention is not None and mention.text.lower() in speaker_lexicon.NOT_SPEAKERS


def _same_speaker_overlap(claim: Claim, other: Claim) -> bool:
    """Overlapping claims are both kept only when one nests in the other with another speaker."""
    if not (claim.start < other.end and other.start < claim.end):
        return False
    nested = other.start <= claim.start and claim.end <= other.end
    different = claim.mention is not None and (
        other.mention is None or claim.mention.text.lower() != other.mention.text.lower()
    )
    return not (nested and different and claim.mention.text.lower() not in ("he", "she", "they"))
