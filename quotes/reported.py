"""Reported claims and mixed quotes: "he said (that) ...", "according to X", "X claims to ...".

A claim is the content clause of a reporting verb or phrase, as a character span: without a leading
"that", without trailing sentence punctuation, and cut before a chained ", saying ..." / ", adding
that ..." (which is a claim of its own). When the content holds quote marks it is a *mixed* quote and
the quoted fragment is not reported separately. Cues inside a direct quote, and content clauses that
are themselves a direct quote ("“...,” he said"), are left to :mod:`quotes.marks`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import NOUN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes import lexicon
from quotes.marks import DirectQuote, MarkedQuote
from quotes.speakers import Mention, characterised_name, mention_before, mention_of_cue, noun_phrase

_MARKDOWN_LINK_END = re.compile(r"\]\([^)]*\)$")
#: A quote mark after a space at the end of a content: it opens a quote, it closes nothing.
_OPENING_MARK_END = re.compile(r"(?<=\s)(?:''|[\"“‘'])$")
#: A quote mark opening a sentence.
_OPENING_MARK_START = re.compile(r"\s*(?:''|[\"“‘'])")
#: A dateline opening a paragraph: "WASHINGTON — ", "LOS ANGELES, Feb. 2 (UPI) — ", "DES MOINES, Iowa
#: (AP) - ". The writer's, not the content of a claim that opens the article.
_DATELINE = re.compile(
    r"[A-Z]{2}[A-Z.'’-]+(?: [A-Z][A-Z.'’-]*)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?"
    r"(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([A-Z]+\))?\s*[—―–-]{1,2}\s+(?=[A-Z“\"'‘])"
)


@dataclass(frozen=True)
class Claim:
    """A reported or mixed claim, its cue, and its speaker mention (if one was found)."""

    type: Literal["indirect", "mixed"]
    start: int
    end: int
    cue_text: str
    cue_lemma: str
    cue_start: int
    cue_end: int
    mention: Mention | None


#: What may stand between a claim and a speaker named after it: ",” the" in '..., ” the FCDO said'.
_CLOSING_MARKS = "”’\"'"

#: Dependencies of a verb embedded in another clause: its object or infinitive is not a claim.
_EMBEDDED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acl", "advcl", "csubj", "amod"})

#: Lemmas of every verb that can be a cue of a claim.
_CUE_LEMMAS = (
    lexicon.REPORTING_VERBS
    | frozenset(lexicon.CLAIM_VERBS)
    | frozenset(lexicon.CLAIM_PREPOSITIONS)
    | frozenset(lexicon.CLAIM_PARTICLES)
)
_GAP = ", \u00a0" + _CLOSING_MARKS
#: Hashes of the words that open a phrase naming the speaker after it ("according").
_SPEAKER_AFTER_FIRST = frozenset(get_string_id(first) for first, _ in lexicon.SPEAKER_AFTER_PHRASES)


class _Spans:
    """Character spans, asked "is this offset inside one?" in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def __contains__(self, offset: int) -> bool:
        k = bisect_right(self.starts, offset)
        return bool(k) and self.reach[k - 1] > offset

    def last_end_between(self, low: int, high: int) -> int | None:
        """The furthest end of the spans lying wholly after ``low`` and before ``high``."""
        furthest = None
        for _, end in self.spans[bisect_right(self.starts, low) : bisect_left(self.starts, high)]:
            if end <= high and (furthest is None or end > furthest):
                furthest = end
        return furthest

    def opening_between(self, low: int, high: int) -> list[tuple[int, int]]:
        """The spans starting at or after ``low`` and before ``high``, in order."""
        return self.spans[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def start_between(self, low: int, high: int) -> bool:
        """Whether a span starts after ``low`` and before ``high``."""
        k = bisect_right(self.starts, low)
        return k < len(self.starts) and self.starts[k] < high


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "that", trailing punctuation, a trailing markdown link target, and a quote mark
    that opens the next sentence's quote ("... to do so. ''There's ...": the sentence ends after it)."""
    while start < end and (text[start].isspace() or text[start] in "[,"):
        start += 1
    if start == 0 or text[start - 1] == "\n":
        dateline = _DATELINE.match(text, start, end)
        if dateline:
            start = dateline.end()
    if text[start : start + 5].lower() == "that ":
        start += 5
    while start < end and (text[start].isspace() or text[start] == "["):
        start += 1
    while True:
        link = _MARKDOWN_LINK_END.search(text[start:end])
        if link:
            end = start + link.start()
        opening = _OPENING_MARK_END.search(text, start, end)
        if opening:
            end = opening.start()
        stripped = end
        while stripped > start and (
            text[stripped - 1] in lexicon.TRAILING_PUNCTUATION + "]" or text[stripped - 1].isspace()
        ):
            stripped -= 1
        if stripped == end:
            break
        end = stripped
    return start, end


def _sentence_bounds(text: str, token: Token) -> tuple[int, int]:
    """The sentence of ``token``, clamped to its paragraph."""
    sent = token.sent
    start, end = sent.start_char, sent.end_char
    para_start = text.rfind("\n", 0, token.idx) + 1
    para_end = text.find("\n", token.idx)
    para_end = len(text) if para_end == -1 else para_end
    return max(start, para_start), min(end, para_end)


def _through_quote(text: str, marked: _Spans, low: int, sent_end: int) -> int:
    """``sent_end``, or further when a quote opening after ``low`` in the sentence runs on past it
    ("insisted that “the budget is balanced. These were hard choices.”"): the content is the
    speaker's up to the closing mark, in the same paragraph."""
    para_end = text.find("\n", sent_end)
    para_end = len(text) if para_end == -1 else para_end
    ends = [end for _, end in marked.opening_between(low, sent_end) if end <= para_end]
    return max([sent_end, *ends])


def _content_end(
    doc: Doc,
    first: int,
    sent_end: int,
    marked: _Spans,
    infinitive: bool = False,
    verb: Token | None = None,
) -> int:
    """Where content starting at token ``first`` ends: the sentence end, a chained claim or cue, a
    clause coordinated with the cue verb ("... and warned that", "but she denied"), or the writer's
    framing of the speech event ("when questioned if ...", ", on Thursday")."""
    for token in doc[first:]:
        if token.idx >= sent_end:
            break
        if token.idx in marked:
            closing = doc[token.i + 1] if token.i + 2 < len(doc) else None
            if token.text == "," and closing is not None and closing.is_quote and _chains(doc[closing.i + 1]):
                return closing.idx + len(closing.text)  # 'could be “messy,” adding, ...': the mark closes
            if (
                token.text == ","
                and closing is not None
                and closing.is_quote
                and closing.i + 1 < len(doc)
                and doc[closing.i + 1].idx < sent_end
                and _dates_or_sets(doc[closing.i + 1])
            ):
                return closing.idx + len(closing.text)  # '... “that crap,” in an interview on Sunday'
            continue
        if (
            verb is not None
            and token.dep_ == "cc"
            and token.i > first + 1
            and _opens_new_claim(doc, token, verb)
        ):
            return token.idx
        if (
            token.lower_ in lexicon.SPEECH_EVENT_FRAMES
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ in lexicon.SPEECH_EVENT_FRAMES[token.lower_]
        ):
            return token.idx
        if token.text != ",":
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is None:
            break
        if _chains(nxt) or _relative_cue(nxt) or _other_speaker(doc, nxt, sent_end):
            return token.idx
        if nxt.pos_ == "VERB" and nxt.lemma_.lower() in lexicon.REPORTING_VERBS and nxt.i > first + 2:
            return token.idx  # "..., reports the BBC": the next cue
        if nxt.dep_ == "prep" and not _has_predicate(doc, first, token.i):
            continue  # "noted that at one of his first meetings, in 1972, he ...": the clause is to come
        if nxt.dep_ == "prep" and token.i + 2 < len(doc) and doc[token.i + 2].ent_type_ == "DATE":
            return token.idx  # ", on Thursday, ...": the writer's dating, not the content
        if nxt.dep_ == "prep" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in lexicon.SPEECH_SETTINGS for c in nxt.children
        ):
            return token.idx  # ", at a gathering of European leaders": the writer's setting of the speech
        if infinitive:
            return token.idx
    return sent_end


def _has_predicate(doc: Doc, first: int, end: int) -> bool:
    """Whether tokens ``first`` to ``end`` hold a verb: a content that has reached its clause."""
    return any(t.pos_ in ("VERB", "AUX") for t in doc[first:end])


def _after_dating(doc: Doc, first: int, verb: Token, sent_end: int) -> int:
    """The first token of a content after the cue's own dating or setting ("said [Tuesday] he ...",
    "told reporters [at a rally in Ohio] she ..."): the writer's, not the content. After a cue in the
    present a date is the content's ("says in 2012 it paid ...")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return first
    for _ in range(3):
        token = doc[first]
        if token.idx >= sent_end or token.right_edge.i + 1 >= len(doc):
            break
        after = doc[token.right_edge.i + 1]
        clause = token.head
        before_subject = (  # "said [Tuesday] his actions were ...": the parse hangs it on the clause
            clause.dep_ == "ccomp"
            and clause.head.i == verb.i
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == after.i for c in clause.lefts)
        )
        if not (clause.i == verb.i or before_subject):
            break
        dated = token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME")
        on_day = token.lower_ == "on" and _dates_or_sets(token)  # "said on Friday she ...", not "in 2012"
        if not (dated or on_day or (clause.i == verb.i and _dates_or_sets(token))):
            break
        first = token.right_edge.i + 1
        if doc[first].text == "," and first + 1 < len(doc):
            first += 1
    return first


def _dates_or_sets(token: Token) -> bool:
    """Whether a word opens a phrase dating the speech or naming its occasion or medium ("on
    Sunday", "in an interview with CNN"): the writer's, after a quote that closes on a comma."""
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and (c.lemma_.lower() in lexicon.SPEECH_SETTINGS or c.ent_type_ in ("DATE", "TIME"))
        for c in token.children
    )


def _chains(token: Token) -> bool:
    """Whether a word after a comma opens a claim chained to the one before: ", saying ...", ",
    according to ..."."""
    return token.lower_ in lexicon.CHAINING_PARTICIPLES or any(
        token.lower_ == first for first, _ in lexicon.SPEAKER_AFTER_PHRASES
    )


#: Conjunctions after a comma that may join a clause of another speaker: "..., while a third said ...".
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "though", "although", "yet"})


def _other_speaker(doc: Doc, conjunction: Token, sent_end: int) -> bool:
    """Whether a conjunction after a comma opens a clause whose verb is a cue with a subject of its
    own: "they trusted the mayor, while a third said they did not" is two attributions."""
    if conjunction.lower_ not in _CLAUSE_CONJUNCTIONS:
        return False
    for token in doc[conjunction.i + 1 : conjunction.i + 9]:
        if token.idx >= sent_end or token.is_punct:
            return False
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() in lexicon.REPORTING_VERBS and any(
                c.dep_ == "nsubj" and c.i > conjunction.i for c in token.lefts
            )
    return False


def _relative_cue(token: Token) -> bool:
    """Whether a relative pronoun opens a clause that ends the sentence with a cue of its own, which
    reports another attribution: "..., which he described as “an open door.”", "..., who said ...".
    A relative clause in the middle of the content ("the announcement, which some have argued was a
    ploy, was an “insult”") stays in it."""
    if token.lower_ not in ("which", "who", "whom"):
        return False
    verb = token.head
    if verb.dep_ != "relcl" or verb.i - token.i > 4:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.REPORTING_VERBS and lemma not in lexicon.CHARACTERISING_VERBS:
        return False
    return all(t.is_punct for t in token.doc[verb.right_edge.i + 1 : token.sent.end])


def _opens_new_claim(doc: Doc, cc: Token, verb: Token) -> bool:
    """Whether a conjunction after content of ``verb`` opens a claim of its own: a saying verb in the
    cue's own tense ("said it was X and warned that ..."; "but she denied it"), not a verb of the
    content ("says he'd sit Putin down and tell him ..."). A verb of characterising counts ("said the
    plan was “reckless” and criticized its author").

    A conjunction the parse coordinates with the cue verb itself ends the content when the verb it
    joins is a cue ("..., and more than 4 in 10 said ...") or a second act in the cue's tense ("said
    they would miss the deadline, and requested another month"): seeds/ANNOTATION.md leaves the
    writer's material after the content out."""
    if cc.head.i == verb.i:
        joined = [c for c in verb.rights if c.dep_ == "conj" and c.i > cc.i]
        if joined:
            lemma = joined[0].lemma_.lower()
            if lemma in lexicon.REPORTING_VERBS or lemma in lexicon.CHARACTERISING_VERBS:
                return True
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in joined[0].lefts)
            if joined[0].pos_ == "VERB" and joined[0].tag_ == verb.tag_ and not own_subject:
                return True
    for token in doc[cc.i + 1 : cc.i + 4]:
        if token.pos_ == "VERB":
            lemma = token.lemma_.lower()
            return (
                token.dep_ == "conj"
                and (lemma in lexicon.REPORTING_VERBS or lemma in lexicon.CHARACTERISING_VERBS)
                and token.tag_ == verb.tag_
                and (token.head.i == verb.i or any(c.dep_ == "nsubj" for c in token.lefts))
            )
    return False


#: Quote marks in a content that make it mixed: double marks of any style, an opening single curly
#: mark, two apostrophes (the New York Times' ''double'' mark), or a straight single mark opening a
#: word (an apostrophe inside or after a word, as in "Trump’s", "voters’" or "it's", is not one).
_MIXED_MARKS = re.compile(r"[\"“”‘«»„]|''|(?:^|\s)'\w")


def _quotes_words(content: str) -> bool:
    """Whether a claim's content holds quoted words, which makes it a mixed quote."""
    return _MIXED_MARKS.search(content) is not None


def _claim(
    text: str, start: int, end: int, cue_start: int, cue_end: int, lemma: str, mention: Mention | None
) -> Claim | None:
    start, end = _trim(text, start, end)
    if end - start < 3:
        return None
    kind: Literal["indirect", "mixed"] = "mixed" if _quotes_words(text[start:end]) else "indirect"
    return Claim(kind, start, end, text[cue_start:cue_end], lemma, cue_start, cue_end, mention)


def _that_clause(doc: Doc, verb: Token, sent_end: int) -> int | None:
    """The first token after a "that" soon after the verb ("told soldiers he met that ...")."""
    for token in doc[verb.i + 1 : min(verb.i + 9, len(doc))]:
        if token.idx >= sent_end or token.text in (",", ".", ";", ":") or token.text in lexicon.QUOTE_CHARS:
            return None
        if token.pos_ == "VERB" and token.lemma_.lower() in _CUE_LEMMAS:
            return None  # "said it was X and warned that ...": the "that" is the next cue's
        if token.lower_ == "that" and token.dep_ == "mark" and _embedded_clause(token.head, verb):
            return None  # "said he was confident that ...": the "that" is inside the content
        if token.lower_ == "that" and token.dep_ == "mark" and _content_clause(token.head, verb):
            return token.i + 1
    return None


def _embedded_clause(clause: Token, verb: Token) -> bool:
    """Whether a "that" clause after cue ``verb`` belongs to a predicate inside the verb's content:
    an adjective or a verb of the content that takes it ("said he was [confident that ...]", "said he
    would [ensure that ...]"). The content then starts before that predicate. A clause the parse
    hangs on a finite verb of another clause ("told soldiers he met that ...") stays the cue's."""
    head = clause.head
    if head.i == verb.i or clause.dep_ != "ccomp":
        return False
    predicate = head.pos_ == "ADJ" or head.dep_ == "acomp" or head.tag_ in ("VB", "VBG")
    if not (predicate or head.lemma_.lower() in _CUE_LEMMAS):
        return False
    token = head
    for _ in range(5):  # up through the complements and coordinations of the content to the cue
        if token.dep_ not in ("ccomp", "xcomp", "acomp", "pcomp", "prep", "conj"):
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _content_clause(clause: Token, verb: Token) -> bool:
    """Whether a "that" clause is the content of cue ``verb``: its complement, or, after a phrase
    placing or dating the speech ("said in a statement that ...", "said following a vote in 2001
    that ..."), a clause the parser hangs on that phrase's noun. A noun's own content clause ("the
    fact that ...", "no evidence that ...") is not the verb's."""
    if clause.dep_ == "ccomp":
        return True
    if clause.dep_ not in ("acl", "relcl"):
        return False
    token = clause.head
    if (
        clause.dep_ == "relcl"
        and token.dep_ in ("dobj", "dative")
        and token.head.i == verb.i
        and any(c.dep_ == "nsubj" for c in clause.lefts)
    ):
        return True  # "told a meeting of leaders that few people understood ...": "that" opens no relative
    for _ in range(4):  # noun <- preposition (<- noun <- preposition) <- verb
        if token.dep_ not in ("pobj", "prep"):
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _forms(verb: Token) -> frozenset[str]:
    """The complement forms that can carry the content of cue verb ``verb``."""
    lemma = verb.lemma_.lower()
    forms = lexicon.CLAIM_VERBS.get(lemma, frozenset())
    if lemma in lexicon.REPORTING_VERBS or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in lexicon.CLAIM_PARTICLES.get(lemma, ())
        for c in verb.children
    ):
        forms = forms | {"that"}
    if lemma in lexicon.INFINITIVE_VERBS:
        forms = forms | {"to"}
    return forms


def _infinitive(verb: Token) -> Token | None:
    """The "to" infinitive complement of ``verb`` after it ("plans to run"), if any. After a dating of
    the promise ("promised Sunday at a rally to end ...") the parser hangs the infinitive as a purpose
    clause; it is the complement when the verb has no object but a date ("pledged $5 million to help"
    keeps its purpose reading)."""
    dated = all(c.ent_type_ in ("DATE", "TIME") for c in verb.rights if c.dep_ in ("dobj", "dative"))
    for child in verb.rights:
        if (child.dep_ == "xcomp" or (child.dep_ == "advcl" and dated)) and any(
            c.lower_ == "to" and c.dep_ == "aux" for c in child.lefts
        ):
            return child
    return None


def _object_end(verb: Token, obj: Token) -> int | None:
    """The last token of an object content, which needs a predicate of the object ("sees Clinton as
    the stronger candidate", "called the plan a disaster"): a bare object ("backed Clinton") reports an
    act, not a claim. Any "for"/"of" phrase after the object belongs to the content."""
    end = obj.right_edge.i
    predicate = False
    for child in verb.rights:
        if child.i <= obj.i:
            continue
        if child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ in ("as", "for", "of")):
            predicate = predicate or child.dep_ == "oprd" or child.lower_ == "as"
            end = max(end, child.right_edge.i)
        elif child.dep_ not in ("advmod", "npadvmod"):
            break
    if not predicate:
        return None
    return end


def _verb_claim(doc: Doc, text: str, verb: Token, marked: _Spans) -> Claim | None:
    lemma = verb.lemma_.lower()
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    sent_start, sent_end = _sentence_bounds(text, verb)
    cue_end = verb.idx + len(verb.text)
    sent_end = _through_quote(text, marked, cue_end, sent_end)
    for child in verb.rights:  # "pointed out that ..."
        if child.i == verb.i + 1 and (
            child.dep_ == "prt" or child.lower_ in lexicon.CLAIM_PARTICLES.get(lemma, ())
        ):  # "shot back that ...": the parse makes "back" an adverb
            cue_end = child.idx + len(child.text)
    cue = (verb.idx, cue_end)
    forms = _forms(verb)
    # "would continue to support Kyiv" is part of a content, "the initiative to support" and "is
    # expected to" have nobody who holds the content: only a content clause makes them cues
    main_clause = verb.dep_ not in _EMBEDDED_DEPS and any(c.dep_ == "nsubj" for c in verb.children)
    if not main_clause:
        forms = forms & ({"that", "to"} if lemma in lexicon.INFINITIVE_VERBS else {"that"})

    def forward(first: int, infinitive: bool = False, cue_end: int = cue[1]) -> Claim | None:
        if first >= len(doc):
            return None  # the cue or its object ends the text: no content follows
        if doc[first].lower_ in lexicon.QUESTION_WORDS and lemma not in lexicon.REPORTING_VERBS:
            return None  # "shows how ...": a topic, not a claim
        for token in doc[first : first + 6]:  # "told reporters [on Saturday that] he ..."
            if token.pos_ in ("VERB", "AUX") or token.idx >= sent_end:
                break
            if token.lower_ == "that" and token.dep_ == "mark" and token.i > first:
                first = token.i + 1
                break
        first = _after_dating(doc, first, verb, sent_end)
        end = _content_end(doc, first, sent_end, marked, infinitive, verb)
        return _claim(text, doc[first].idx, end, cue[0], cue_end, lemma, mention_of_cue(doc, verb.i))

    def phrase(first: int, last: int, cue_end: int = cue[1]) -> Claim | None:
        end = min(doc[last].idx + len(doc[last].text), sent_end)
        return _claim(text, doc[first].idx, end, cue[0], cue_end, lemma, mention_of_cue(doc, verb.i))

    if lemma == "speak":  # "speaking of his previous visit ... when it was “cold”": only with a quote
        preps = [
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in lexicon.SPEAK_PREPOSITIONS and c.i == verb.i + 1
        ]
        if preps and marked.start_between(verb.idx, sent_end):
            prep = preps[0]
            claim = forward(prep.i + 1, cue_end=prep.idx + len(prep.text))
            if claim is not None and claim.type == "mixed":
                return claim
    if "that" in forms:
        that = _that_clause(doc, verb, sent_end)
        if that is not None:
            return forward(that)
    if "to" in forms:
        infinitive = _infinitive(verb)
        if infinitive is not None and infinitive.i > verb.i:
            first = infinitive.left_edge.i
            if lemma in lexicon.INFINITIVE_WITHOUT_TO and doc[first].lower_ == "to":
                first += 1  # "Russia claims to [have foiled ...]" (seeds/ANNOTATION.md)
            return forward(first, infinitive=True)
    if "obj_to" in forms:  # "wants [his players to rest]": parsed as a clause with a subject
        for clause in verb.rights:
            if clause.dep_ == "ccomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.lefts):
                return forward(clause.left_edge.i, infinitive=True)
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "dative")]
    if forms & {"obj_to", "recipient_to"} and objects:
        complement = [c for c in verb.rights if c.dep_ in ("xcomp", "ccomp") and c.i > objects[0].i]
        if complement:  # "wants [voters to know ...]", "told [residents not to drink ...]"
            infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in complement[0].lefts)
            first = (
                objects[0].left_edge.i if "obj_to" in forms or infinitive else objects[-1].right_edge.i + 1
            )
            return forward(first, infinitive=True)
    for prep in verb.rights if main_clause else ():
        if prep.dep_ == "prep" and prep.lower_ in lexicon.CLAIM_PREPOSITIONS.get(lemma, ()):
            if prep.i <= verb.i + 2 and prep.n_rights:
                last = prep.right_edge.i
                for role in verb.rights:  # "referred to the plan [as “a giveaway”]": the role is content
                    if role.i > last and role.dep_ == "prep" and role.lower_ == "as" and role.n_rights:
                        last = role.right_edge.i
                        closing = [t for t in doc[last + 1 : last + 3] if t.text in _CLOSING_MARKS]
                        if closing and all(t.is_punct for t in doc[last + 1 : closing[0].i]):
                            last = closing[0].i  # '... as “a giveaway.”': the mark closes the words
                        break
                return phrase(prep.i + 1, last, cue_end=prep.idx + len(prep.text))
            break
    if "that" in forms:
        claim = _clause_claim(doc, text, verb, forward, (sent_start, sent_end))
        if claim is not None:
            return claim
    if "words" in forms:  # "said yes", "says the movement appeals to ..." (parsed as an object)
        said = [c for c in verb.rights if c.dep_ in ("dobj", "intj") and c.left_edge.i == verb.i + 1]
        if said and said[0].pos_ != "PRON":
            return forward(said[0].left_edge.i)
    if "obj" in forms and objects and objects[0].dep_ == "dobj" and objects[0].i <= verb.i + 3:
        last = _object_end(verb, objects[0])
        if last is not None:
            return phrase(objects[0].left_edge.i, last)
    return None


def _clause_claim(
    doc: Doc,
    text: str,
    verb: Token,
    forward: Callable[[int], Claim | None],
    bounds: tuple[int, int],
) -> Claim | None:
    """A content clause of ``verb`` without "that": after the cue ("said he would wait"), before it
    ("..., the FCDO said."), or around it ("The test, the agency said, was its biggest yet")."""
    sent_start, sent_end = bounds
    lemma = verb.lemma_.lower()
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    after = [c for c in clauses if _clause_after(verb, c)]
    if clauses and clauses[0].i < verb.i and after:
        clauses = after  # "Prices rose; most said [they were worried]": the clause after the cue
    if clauses:
        first = min(t.i for t in clauses[0].subtree)
        if first > verb.i:
            if doc[verb.i + 1].text == "," and first > verb.i + 2:
                first = verb.i + 2  # "says, win or lose, he's staying": all after the comma
            return forward(max(first, verb.i + 1))
        if doc[first].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            # "a wall, which he said Mexico would pay for": the relative clause around the cue
            last = clauses[0].right_edge
            end = min(last.idx + len(last.text), sent_end)
            mention = mention_of_cue(doc, verb.i)
            return _claim(text, doc[first].idx, end, verb.idx, verb.idx + len(verb.text), lemma, mention)
    elif verb.dep_ != "parataxis":
        return None
    # content before the cue: "..., the FCDO said." / "..., reports the British broadcaster BBC."
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i]
    if not subjects and verb.dep_ == "parataxis":  # "..., Mr. Obama often says, ...": the verb's own subject
        subjects = [c for c in verb.lefts if c.dep_ == "nsubj"][-1:]
        if subjects and not _set_off_subject(subjects[0], verb):
            subjects = []
    mention = noun_phrase(subjects[0]) if subjects else mention_before(doc, verb.i)
    before = _subject_before(verb, clauses)
    if before is not None and (
        mention is None
        or not any(char.isalnum() for char in mention.text)
        or not before.left_edge.idx <= mention.start < before.right_edge.idx + len(before.right_edge)
    ):
        mention = noun_phrase(before)  # "..., the union's president, Jane Roe, said"
    if mention is None or not any(char.isalnum() for char in mention.text):
        return None  # a space or a comma before the cue names nobody
    limit = min(mention.start, verb.idx)
    if before is not None:  # '...,” NEA President Jane Roe said': the subject's titles are not content
        limit = min(limit, before.left_edge.idx)
    cut = text.rfind(",", sent_start, limit)
    if cut == -1 or text[cut:limit].strip(_GAP).lower() not in ("", "the", "a", "an"):
        return None
    gap = text[cut:limit]
    marks = [k for k, char in enumerate(gap) if char in _CLOSING_MARKS]
    if before is not None and marks and _OPENING_MARK_START.match(text, sent_start):
        return None  # "''That was a fine speech,'' Ann Lee told him": a direct quote, not a claim
    if not marks and _continues_after(doc, verb, sent_end):
        end = sent_end  # the cue in the middle: the content runs around it
    else:
        end = cut + marks[-1] + 1 if marks else cut  # '...,” he said': the content keeps its closing mark
    return _claim(text, sent_start, end, verb.idx, verb.idx + len(verb.text), lemma, mention)


def _set_off_subject(subject: Token, verb: Token) -> bool:
    """Whether a subject before a parenthetical cue stands after a comma, with only adverbs between it
    and the cue: "Climate change, Mr. Obama often says, is ..."."""
    doc = verb.doc
    first = subject.left_edge.i
    return (
        first > 0
        and doc[first - 1].text == ","
        and all(t.dep_ == "advmod" for t in doc[subject.right_edge.i + 1 : verb.i])
    )


def _subject_before(verb: Token, clauses: list[Token]) -> Token | None:
    """The subject of a cue after its content, when that subject stands wholly between
    the content clause and the cue: "..., NEA President Jane Roe said", "..., the union's president,
    Jane Roe, said"."""
    if not clauses or clauses[0].i > verb.i or verb.dep_ not in ("ROOT", "parataxis"):
        return None
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj" and c.i > clauses[0].right_edge.i]
    if not subjects or any(t.dep_ != "advmod" for t in verb.doc[subjects[-1].right_edge.i + 1 : verb.i]):
        return None  # "..., Trump will accept ...": a cue in a clause of its own
    subject = subjects[-1]
    if any(t.is_quote for t in subject.subtree):
        return None  # "“..., Madam Mayor,” Ann Lee told her": a name addressed inside the quote
    if subject.left_edge.i == 0 or not verb.doc[subject.left_edge.i - 1].is_punct:
        return None  # a subject misparsed inside the content: no comma or mark sets it off
    return subject


def _clause_after(verb: Token, clause: Token) -> bool:
    """Whether a clause after a cue whose subject comes before it is its content: a clause of its own
    subject, not opened by a subordinator ("..., Spencer said, as the fighters trained")."""
    return (
        clause.i > verb.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.lefts)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.lefts)
        and not any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.lefts)
    )


def _continues_after(doc: Doc, verb: Token, sent_end: int) -> bool:
    """Whether the content goes on after a mid-sentence cue: "..., Devine said, by the calendar". A
    subject after the cue and its apposition are not content ("..., said Jane Roe, a senior fellow")."""
    after = verb.i + 1
    for subject in verb.rights:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            after = max(after, subject.right_edge.i + 1)
    for token in doc[after : after + 7]:
        if token.idx >= sent_end or token.pos_ == "VERB":
            return False
        if token.text == ",":
            rest = [t for t in doc[token.i + 1 : token.i + 4] if t.idx < sent_end and not t.is_punct]
            return (
                len(rest) >= 2
                and rest[0].lower_ not in lexicon.CHAINING_PARTICIPLES
                and rest[0].lower_ != "according"
                and rest[0].tag_ != "VBG"
            )
    return False


#: Dependents of a cue verb that are not its content: a clause coordinated with it, set beside it or
#: adverbial to it ("..., applauding the deal"), the agent of a passive, and the verb's own subject
#: and auxiliaries.
_NOT_CONTENT_DEPS = frozenset(
    {"cc", "conj", "advcl", "parataxis", "punct", "mark", "nsubj", "nsubjpass", "aux", "auxpass", "neg"}
    | {"agent"}
)
#: Dependents of a verb of saying that can hold its quoted words: its object or complement. A
#: prepositional phrase of a saying verb is the setting of the speech ("said on CBS's ''Face the
#: Nation''", "wrote under the name “Carlos Danger”"), unless the verb takes its content with that
#: preposition (:data:`quotes.lexicon.CLAIM_PREPOSITIONS`: "warned of a “catastrophe”").
_SAYING_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp"})
#: Clauses in which a verb of saying reports no speech of its own subject ("expects him to announce
#: an “intensification”", "refusing to say “radical Islam”").
_EMBEDDED_SAYING_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "csubj", "acl", "relcl", "amod"})


def _quoted_object(doc: Doc, text: str, verb: Token, fragments: _Spans, saying: bool = False) -> Claim | None:
    """A verb whose object or complement holds the speaker's words in quote marks: "Clinton called
    half of Trump's supporters “deplorables”", "blamed the shootings on “implicit bias”", "stressed
    the need to act under “constant attack” from abroad". A mixed claim.

    Span rule: the content runs from the verb's first dependent after the cue (its object; with a
    relative pronoun as object, that pronoun: "which he described as “an open door”", "what he
    calls “crooked” politics") to the end of the dependent whose subtree holds the quoted words (the
    object, its predicate, a prepositional phrase, a complement clause), closing mark included.
    Dependents after that one ("during a stop in Flint"), coordinated and adverbial clauses are the
    writer's. The quoted words must hang from the verb through its own dependents: quote marks in
    another clause of the sentence are not this verb's. The verb needs a speaker: a subject ("in a
    box labeled “fragile”" has none), in the active voice ("what is called a “debate”" names nobody),
    and no particle ("called off the “Unity Tour”" is another verb).

    With ``saying`` (a verb of saying rather than of characterising, :data:`quotes.lexicon.
    QUOTED_OBJECT_VERBS`), the quoted words must be in its object or complement, the verb must speak
    for its own subject (not "expects him to announce an “intensification”") and the subject must
    name someone who can speak (:func:`_speaker_like`).
    """
    issuer = _medium_issuer(verb) if not saying else None
    described = verb.dep_ in ("amod", "compound", "acl") and characterised_name(verb) is None
    if (described and issuer is None) or any(
        c.dep_ in ("neg", "nsubjpass", "auxpass", "prt") for c in verb.children
    ):
        return None
    if saying and verb.dep_ in _EMBEDDED_SAYING_DEPS:
        return None
    _, sent_end = _sentence_bounds(text, verb)
    cue_end = verb.idx + len(verb.text)
    holder = None
    for start, _ in fragments.opening_between(cue_end, sent_end):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        token = span[0]
        if token.is_quote and token.i + 1 < len(doc):
            token = doc[token.i + 1]  # the first quoted word: the marks hang anywhere in a parse
        for _ in range(_MAX_CLIMB):  # up from the first quoted word to a dependent of the verb
            if token.head.i == verb.i or token.head is token or _own_cue(token):
                break
            token = token.head
        if token.head.i != verb.i or token.i <= verb.i or token.dep_ in _NOT_CONTENT_DEPS:
            continue
        if (
            saying
            and token.dep_ not in _SAYING_OBJECT_DEPS
            and not (
                token.dep_ == "prep"
                and token.lower_ in lexicon.CLAIM_PREPOSITIONS.get(verb.lemma_.lower(), ())
            )
        ):
            continue
        holder = token
    if holder is None:
        return None
    content = [c for c in verb.rights if c.i < holder.i and c.dep_ not in _NOT_CONTENT_DEPS | {"advmod"}]
    first = doc[min(c.left_edge.i for c in [*content, holder])].idx
    relatives = [c for c in verb.lefts if c.tag_ in ("WDT", "WP") and c.dep_ == "dobj"]
    if relatives:  # "a server, which he described as “an open door”": the clause around the cue
        first = relatives[0].idx
    lead = doc[verb.i + 1]
    lemma = verb.lemma_.lower()
    if not relatives and first == lead.idx and _dates_or_sets(lead) and lead.right_edge.i < holder.i:
        lead = doc[
            lead.right_edge.i + 1
        ]  # "called on Tuesday for a “full review”": the dating is the writer's
        first = lead.idx
    cue_preps = lexicon.CLAIM_PREPOSITIONS.get(lemma, frozenset()) | lexicon.CUE_PREPOSITIONS.get(
        lemma, frozenset()
    )
    if (
        not relatives
        and first == lead.idx
        and lead.dep_ == "prep"
        and lead.lower_ in cue_preps
        and lead.i < holder.right_edge.i
        and not _dates_or_sets(lead)
    ):  # "called [for] more “flexibility”", "called [on] voters to “stand up”": the preposition is the cue's
        first = doc[lead.i + 1].idx
        if lead.i == verb.i + 1:
            cue_end = lead.idx + len(lead.text)
    last = holder.right_edge
    for reason in verb.rights:  # "blamed the “fog of war” [for the failure]": the charge's reason is content
        if reason.i > holder.i:
            if reason.dep_ != "prep" or reason.lower_ != "for" or reason.i != last.i + 1:
                break
            last = reason.right_edge
    end = min(last.idx + len(last.text), sent_end)
    closed = first
    for _, close_end in fragments.opening_between(first, end):  # '... “a loser.”': the closing mark too
        closed = max(closed, min(close_end, sent_end))
    end = _before_setting(doc, closed, max(end, closed), last.i)
    mention = mention_of_cue(doc, verb.i if issuer is None else issuer.i)
    if verb.dep_ == "conj" and not (mention and _speaker_like(doc, mention)):
        outer = _outer_cue(verb)
        if outer is not None:
            mention = mention_of_cue(doc, outer.i)
    if mention is None or (saying and not _speaker_like(doc, mention)):
        return None
    claim = _claim(text, first, end, verb.idx, cue_end, verb.lemma_.lower(), mention)
    return claim if claim is not None and claim.type == "mixed" else None


def _passive_quoted(doc: Doc, text: str, verb: Token, fragments: _Spans) -> Claim | None:
    """A characterisation in the passive with its agent: "The plan has been called “a disgrace” by
    Senator Ann Lee" is the senator's mixed claim. The content runs from the subject to the quoted
    predicate, closing mark included; the agent is the speaker."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubjpass"]
    predicates = [c for c in verb.rights if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")]
    if not (subjects and predicates) or any(c.dep_ == "neg" for c in verb.children):
        return None
    predicate = predicates[0]
    agents = [c for c in verb.rights if c.dep_ == "agent" and c.i > predicate.i]
    if not agents:  # '... as “a giveaway” by Ms. Lee': the parse hangs the agent inside the predicate
        agents = [
            t
            for t in predicate.subtree
            if t.lower_ == "by" and t.i > predicate.i and t.i > 0 and doc[t.i - 1].is_quote
        ]
    objects = [c for c in agents[0].children if c.dep_ == "pobj"] if agents else []
    if not objects:
        return None
    last = doc[agents[0].i - 1] if agents[0].i <= predicate.right_edge.i else predicate.right_edge
    end = last.idx + len(last.text)
    quoted = fragments.opening_between(verb.idx + len(verb.text), end)
    if not quoted:
        return None
    end = max(end, min(quoted[-1][1], agents[0].idx))  # '... “a disgrace” by': the closing mark too
    start = subjects[0].left_edge.idx
    mention = noun_phrase(objects[0])
    claim = _claim(text, start, end, verb.idx, verb.idx + len(verb.text), verb.lemma_.lower(), mention)
    return claim if claim is not None and claim.type == "mixed" else None


#: Named entity types of a mention that can speak.
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Head nouns of a mention that can speak, besides people by role and organisations.
_SPEAKER_NOUNS = (
    lexicon.SPEAKER_ROLE_HEADS | lexicon.SPOKESPERSON_HEADS | lexicon.ORGANIZATION_HEADS | lexicon.GROUP_HEADS
)


def _speaker_like(doc: Doc, mention: Mention) -> bool:
    """Whether a mention names someone who speaks: a person, an organisation or group, a pronoun for
    one ("he", "they", "who"), not a thing ("the sound system added ...")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    return (
        head.ent_type_ in _SPEAKER_ENTITIES
        or head.pos_ in ("PRON", "PROPN")
        or head.lower_ in _SPEAKER_NOUNS
        or head.lemma_.lower() in _SPEAKER_NOUNS
    )


def _before_setting(doc: Doc, closed: int, end: int, last: int) -> int:
    """Where a quoted characterisation's content ends: at ``end``, or before a phrase after the last
    closing mark (at ``closed``) that sets the scene of the speech: a date or time ("on Tuesday"), an
    occasion or medium ("in a speech", "during a stop in Flint") (:data:`quotes.lexicon.
    SPEECH_SETTINGS`). Other phrases after the quote stay ("“a historic step” in global efforts")."""
    span = doc.char_span(closed, end, alignment_mode="expand")
    if span is None:
        return end
    for token in span:
        if token.idx < closed or token.i > last or token.dep_ != "prep":
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if token.lower_ in lexicon.SETTING_PREPOSITIONS or any(
            o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in lexicon.SPEECH_SETTINGS for o in objects
        ):
            return token.idx
    return end


def _medium_issuer(verb: Token) -> Token | None:
    """The verb that issued the statement, letter or tweet a characterising participle describes:
    "issued a statement describing the talks as a “positive step”" is the issuers' characterising."""
    medium = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or medium.dep_ != "dobj":
        return None
    if medium.lemma_.lower() not in lexicon.SPEECH_SETTINGS or medium.head.pos_ != "VERB":
        return None
    return medium.head


def _outer_cue(verb: Token) -> Token | None:
    """The cue whose content the parse hangs a coordinated act on, in the same form as that cue:
    "said the budget was late and criticized the council as “asleep”", "saying he had been a pioneer
    in hiring women and calling him “a feminist”". The act is that cue's speaker's, when the clause
    it hangs on has no subject who could speak."""
    token = verb.head
    for _ in range(_MAX_CLIMB):
        lemma = token.lemma_.lower()
        cue = lemma in lexicon.REPORTING_VERBS or lemma in lexicon.CHARACTERISING_VERBS
        if token.pos_ == "VERB" and cue:
            return token if token.tag_ == verb.tag_ else None
        if token.head is token:
            return None
        token = token.head
    return None


def _own_cue(token: Token) -> bool:
    """Whether a verb under a cue verb is a cue of its own, whose quoted object is its own: "attacked
    what he calls the “crooked” process" is his calling."""
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and (
        lemma in lexicon.CHARACTERISING_VERBS or lemma in lexicon.QUOTED_OBJECT_VERBS
    )


#: How far up the parse a quoted word may sit below the verb whose content holds it.
_MAX_CLIMB = 12


def _noun_claim(doc: Doc, text: str, noun: Token, marked: _Spans) -> Claim | None:
    """A claim noun with its content clause or infinitive: "his claim that ...", "a call to ban ..."."""
    clauses = [c for c in noun.rights if c.dep_ in ("acl", "ccomp", "appos") and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return None
    clause = clauses[0]
    marks = [c for c in clause.lefts if c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to")]
    if not marks or marks[0].i != noun.i + 1:
        return None
    _, sent_end = _sentence_bounds(text, noun)
    end = _content_end(doc, marks[0].i, sent_end, marked, infinitive=marks[0].lower_ == "to")
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
    return _claim(text, marks[0].idx, end, noun.idx, cue_end, noun.lemma_.lower(), mention)


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
    if any(
        t.pos_ in ("VERB", "AUX", "ADP", "ADJ")
        for t in doc.char_span(0, colon, alignment_mode="expand") or ()
    ):
        return None  # "Big Win For Bernie: ...": a headline of its own
    start = text.index(name)
    mention = Mention(start, start + len(name), name)
    return _claim(text, colon + 1, line_end, colon, colon + 1, ":", mention)


def _speaker_after(doc: Doc, text: str, token: Token, marked: _Spans) -> Claim | None:
    """A claim whose speaker follows the cue: "Content, according to X." or "According to X, content." """
    to = doc[token.i + 1]
    sent_start, sent_end = _sentence_bounds(text, token)
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    mention = noun_phrase(objects[0]) if objects else None
    cue_start, cue_end = token.idx, to.idx + len(to.text)
    lemma = f"{token.lower_} {to.lower_}"
    if text[sent_start : token.idx].strip():
        return _claim(text, sent_start, token.idx, cue_start, cue_end, lemma, mention)
    after = text.find(",", mention.end if mention else cue_end, sent_end)
    if after == -1:
        return None
    return _claim(text, after + 1, sent_end, cue_start, cue_end, lemma, mention)


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
            (:func:`quotes.marks.find_marked_quotes`).
        directs: the direct quotes; a claim that overlaps one without lying inside it is dropped
            (that is the quote's own cue, as in "“...,” he said").
        text: ``doc.text``, when already read (spaCy rebuilds it from the tokens on each access).
    """
    text = doc.text if text is None else text
    direct_spans = [(d.start, d.end) for d in directs]
    fragments = [
        q for q in marked if not any(q.start <= start and end <= q.end for start, end in direct_spans)
    ]
    fragment_spans = _Spans([(q.open, _closed_end(text, q)) for q in fragments])
    direct_cues = {d.cue for d in directs}  # a verb that introduces a quote has no quoted object too
    speech_spans = _Spans([(q.open, _closed_end(text, q)) for q in fragments if not q.title])
    claims: list[Claim] = []
    headline = _headline_claim(doc, text)
    if headline is not None:
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
            if lemma in lexicon.CHARACTERISING_VERBS and token.i not in direct_cues:
                claim = _quoted_object(doc, text, token, fragment_spans) or _passive_quoted(
                    doc, text, token, fragment_spans
                )
            if claim is None and (lemma in _CUE_LEMMAS):
                claim = _verb_claim(doc, text, token, fragment_spans)
            if claim is None and lemma in lexicon.QUOTED_OBJECT_VERBS and token.i not in direct_cues:
                claim = _quoted_object(doc, text, token, speech_spans, saying=True)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.CLAIM_NOUNS:
            claim = _noun_claim(doc, text, token, fragment_spans)
        if claim is None or _not_a_speaker(claim.mention):
            continue
        for start, end in direct_spans:  # a claim inside a quote ends where the quote ends
            if start <= claim.cue_start < end and (
                claim.cue_lemma not in lexicon.REPORTING_VERBS
                or claim.cue_lemma in lexicon.BELIEF_VERBS
                or claim.mention is None
                or claim.mention.text.lower() in lexicon.PRONOUNS
            ):
                claim = None  # a speaker's "everyone knows that ...", "she wants to ...": their own words
                break
            if start <= claim.cue_start < end and claim.end > end:
                claim = _claim(
                    text, claim.start, end, claim.cue_start, claim.cue_end, claim.cue_lemma, claim.mention
                )
                break
        if claim is None:
            continue
        if any(
            claim.start < end and start < claim.end and not (start <= claim.cue_start and claim.end <= end)
            for start, end in direct_spans
        ):
            continue
        claims.append(claim)
    claims = _split_coordinated(doc, text, claims)
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.start - c.end):  # longest first
        if not any(_same_speaker_overlap(claim, k) for k in kept):
            kept.append(claim)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _closed_end(text: str, quote: MarkedQuote) -> int:
    """Where a marked quote ends, its closing mark included (two apostrophes are one mark)."""
    if quote.close is None:
        return quote.end
    return quote.close + (2 if text.startswith("''", quote.close) else 1)


def _cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that can be a cue: verbs, nouns and the first word of a phrase like
    "according to", read from the token arrays (building every Token object is slow)."""
    if not len(doc):
        return []
    columns = doc.to_array([POS, LOWER])
    phrase_starts: set[int] = set()
    for first in _SPEAKER_AFTER_FIRST:  # compared as arrays: word hashes are slow to make Python ints of
        phrase_starts.update((columns[:, 1] == first).nonzero()[0].tolist())
    return [
        i for i, pos in enumerate(columns[:, 0].tolist()) if pos == VERB or pos == NOUN or i in phrase_starts
    ]


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
                    _claim(
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
    return mention is not None and mention.text.lower() in lexicon.NOT_SPEAKERS


def _same_speaker_overlap(claim: Claim, other: Claim) -> bool:
    """Overlapping claims are both kept only when one nests in the other with another speaker."""
    if not (claim.start < other.end and other.start < claim.end):
        return False
    nested = other.start <= claim.start and claim.end <= other.end
    different = claim.mention is not None and (
        other.mention is None or claim.mention.text.lower() != other.mention.text.lower()
    )
    return not (nested and different and claim.mention.text.lower() not in ("he", "she", "they"))
