"""Where a claim's content starts, and the span rules shared by every kind of cue.

A content runs from after its cue (or from its sentence's start) to the end of its sentence, clamped
to its paragraph. It starts after the writer's dating, setting and framing of the speech ("on
Tuesday", "at a rally", "when questioned if ...") and a listener's title ("told CBS's “Face the
Nation” that"), or at the sentence that opened its quote; where it ends is
:func:`quotes.find.claims.content_ends.content_end`. :func:`trim` then drops a leading "that",
trailing punctuation and a dateline.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.find.claims.speech_settings import dates_or_sets
from quotes.find.direct.quote_spans import Spans, reads_as_title
from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon

_MARKDOWN_LINK_END = re.compile(r"\]\([^)]*\)$")
#: A quote mark after a space at the end of a content: it opens a quote, it closes nothing.
_OPENING_MARK_END = re.compile(r"(?<=\s)(?:''|[\"“‘'])$")
#: A dateline opening a paragraph: "WASHINGTON — ", "LOS ANGELES, Feb. 2 (UPI) — ", "DES MOINES, Iowa
#: (AP) - ". The writer's, not the content of a claim that opens the article.
_DATELINE = re.compile(
    r"[A-Z]{2}[A-Z.'’-]+(?: [A-Z][A-Z.'’-]*)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?"
    r"(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([A-Z]+\))?\s*[—―–-]{1,2}\s+(?=[A-Z“\"'‘])"
)


#: Opening double marks and the mark that closes each.
_CLOSING_OF = {"\u201c": "\u201d", '"': '"', "''": "''"}


def _with_opening_mark(text: str, start: int, end: int) -> int:
    """``start`` moved back over a double mark that opens right before it and closes inside the content,
    before its last word: 'said [“dozens” of emails were lost]' keeps the mark its quoted fragment opens
    with (the parse puts the content's first word after it), as a mixed span holds its marks
    (seeds/ANNOTATION.md). A content quoted to its end is left to the quote finders."""
    last_word = max((i for i in range(start, end) if text[i].isalnum()), default=start)
    for opening, closing in _CLOSING_OF.items():
        at = start - len(opening)
        if at < 0 or text[at:start] != opening:
            continue
        if at > 0 and not (text[at - 1].isspace() or text[at - 1] in "(["):
            continue  # glued to a word: no opening mark
        if -1 < text.find(closing, start, end) < last_word:
            return at
    return start


def trim(text: str, start: int, end: int) -> tuple[int, int]:
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
    start = _with_opening_mark(text, start, end)
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


def sentence_bounds(text: str, token: Token) -> tuple[int, int]:
    """The sentence of ``token``, clamped to its paragraph."""
    sent = token.sent
    start, end = sent.start_char, sent.end_char
    para_start = text.rfind("\n", 0, token.idx) + 1
    para_end = text.find("\n", token.idx)
    para_end = len(text) if para_end == -1 else para_end
    return max(start, para_start), min(end, para_end)


def quote_sentence_start(doc: Doc, text: str, marked: Spans, sent_start: int) -> int:
    """``sent_start``, or earlier when it falls inside a quote that opened in the middle of an earlier
    sentence of its paragraph ("The plan is “a disaster. Nobody asked us,” said Ann Roe"): the content
    then starts where the sentence that opened the quote starts, the writer's lead-in included. A quote
    that opens its own sentence is left alone: that is a direct quote, not a claim."""
    para_start = text.rfind("\n", 0, sent_start) + 1
    holding = [span for span in marked.opening_between(para_start, sent_start) if span[1] > sent_start]
    if not holding:
        return sent_start
    opening = holding[0][0]
    mark = doc.char_span(opening, opening + 1, alignment_mode="expand")
    if mark is None or not len(mark):
        return sent_start
    start = max(mark[0].sent.start_char, para_start)
    if start >= opening or not text[start:opening].strip(" \u00a0\"'‘’“”«»"):
        return opening if _closes_in_sentence(doc, sent_start, holding[0][1]) else sent_start
    return start


def _closes_in_sentence(doc: Doc, sent_start: int, closed: int) -> bool:
    """Whether a quote that opened its own sentence before ``sent_start`` closes inside the sentence
    starting there: '“Budgets are tight. They have no choice” but to raise fees, says Ann Roe' is one
    mixed record from the opening mark (a quote closing right before its cue stays a direct quote)."""
    first = doc.char_span(sent_start, sent_start + 1, alignment_mode="expand")
    return first is not None and len(first) > 0 and closed < first[0].sent.end_char


def through_quote(text: str, marked: Spans, low: int, sent_end: int) -> int:
    """``sent_end``, or further when a quote opening after ``low`` in the sentence runs on past it
    ("insisted that “the budget is balanced. These were hard choices.”"): the content is the
    speaker's up to the closing mark, in the same paragraph."""
    para_end = text.find("\n", sent_end)
    para_end = len(text) if para_end == -1 else para_end
    ends = [end for _, end in marked.opening_between(low, sent_end) if end <= para_end]
    return max([sent_end, *ends])


def after_dating(doc: Doc, first: int, verb: Token, sent_end: int) -> int:
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
        on_day = token.lower_ == "on" and dates_or_sets(token)  # "said on Friday she ...", not "in 2012"
        if not (dated or on_day or (clause.i == verb.i and dates_or_sets(token))):
            break
        first = token.right_edge.i + 1
        if doc[first].text == "," and first + 1 < len(doc):
            first += 1
    return first


def after_listener_title(doc: Doc, text: str, first: int, marked: Spans, limit: int) -> int:
    """Token ``first``, or the first token of the clause after a quoted title that opens the content
    there: the programme or paper the speaker told it to ("told [CBS’s “Face the Nation”] on Sunday
    that voters were angry", "told “Meet the Press” the plan had failed"). A title is quoted words
    capitalised like one; the clause is a "that" (content after it) or a subject with its verb after
    the title, before ``limit`` (a character offset: where the quoted words of the content open, or
    the sentence's end). Anything else leaves ``first`` alone.
    """
    k = first
    if k > 0 and doc[k - 1].is_quote and marked.opening_between(doc[k - 1].idx, doc[k].idx):
        k -= 1  # the content starts after the title's opening mark
    while k < len(doc) and doc[k].idx < limit and (doc[k].pos_ == "PROPN" or doc[k].tag_ == "POS"):
        k += 1  # "CBS’s": the title's owner
    if k >= len(doc) or doc[k].idx >= limit or not doc[k].is_quote:
        return first
    spans = [span for span in marked.opening_between(doc[k].idx, doc[k].idx + 1) if span[1] <= limit]
    if not spans:
        return first
    opened, closed = spans[0]
    words = text[opened:closed].strip("“”\"'‘’ ")
    if words.endswith(",") or not reads_as_title(words.rstrip(".")):
        return first  # '“Who’s Who in the CIA,” that ...': a title in apposition, no listener
    for token in doc[k:]:
        if token.idx < closed:
            continue
        if token.idx >= limit or token.text in (".", ";", ":"):
            break
        if token.lower_ == "that" and token.dep_ == "mark":
            clause = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.head.children)
            return token.i + 1 if clause else first
        subject = token.dep_ in ("nsubj", "nsubjpass", "expl") and token.head.i > token.i
        if subject and token.left_edge.idx >= closed:
            return token.left_edge.i
    return first


def clause_start(doc: Doc, sent_start: int, cue: int, marked: Spans) -> int:
    """Where a content before its cue starts ("[...], according to X", "[...], he said"): at its
    sentence's start, after
    a word linking the sentence to the one before ("Still,", "In fact,"), a concession ("Despite the
    attacks,") or a lead-in before a colon ("Superdelegates: ..."). The writer's dating or placing of
    the fact stays ("In 2007, ..."), as in PolNeAR.

    Args:
        doc: the parsed Doc.
        sent_start: where the sentence (or the content's paragraph) starts.
        cue: the index of the cue's first token.
        marked: the quoted fragments of the text (a colon inside one leads in to nothing).
    """
    span = doc.char_span(sent_start, doc[cue].idx, alignment_mode="expand")
    if span is None or not len(span):
        return sent_start
    first = span.start
    for token in doc[first:cue]:  # "Superdelegates: [Clinton is backed by ...]"
        if token.text != ":" or token.idx in marked:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in doc[token.i + 1 : cue]):
            first = token.i + 1
    while first < cue:
        token = doc[first]
        if token.is_punct and not token.is_quote:
            first += 1
            continue
        comma = next((t.i for t in doc[first : min(first + 5, cue)] if t.text == ","), None)
        opener = comma is not None and doc[first:comma].text.lower() in claim_lexicon.DISCOURSE_OPENERS
        concession = token.lower_ in claim_lexicon.CONCESSIVE_PREPOSITIONS and token.dep_ == "prep"
        if concession:
            after = token.right_edge.i + 1
            comma = after if after < cue and doc[after].text == "," else None
        if comma is None or not (opener or concession):
            break
        first = comma + 1
    return max(doc[first].idx, sent_start) if first < cue else sent_start


def lost_subject(verb: Token, clause: Token, first: int) -> int:
    """Where a content clause with no subject of its own starts: at a noun the parse hangs on the cue
    between it and the clause, which is the clause's subject ("said [the days when the nation had
    one story] are gone"). A clause with its subject starts at ``first``."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.lefts):
        return first
    nouns = [c for c in verb.rights if c.dep_ in ("npadvmod", "dobj") and c.i < first and c.pos_ != "PRON"]
    if not nouns:
        return first
    dating = nouns[0].ent_type_ in ("DATE", "TIME") and not any(  # "said Tuesday", not "the days when"
        c.dep_ in ("relcl", "acl") for c in nouns[0].children
    )
    return first if dating else nouns[0].left_edge.i


#: Words opening a clause between a cue and its content that frame the speech event ("said, as he
#: left, ...", "said when asked ..."): the writer's, not a condition of the content.
_FRAMING_OPENERS = frozenset({"when", "while", "as", "after", "before", "during", "until", "upon", "since"})


def condition_before(verb: Token, first: int) -> int:
    """Where a content starts that a condition the parse hangs on the cue comes before: "says [no
    matter what action the president takes,] “his word ...”", "said [if elected] she would ...". A clause
    framing the speech ("said, as he left, ...") is the writer's."""
    for child in verb.rights:
        if child.i >= first:
            break
        if (
            child.dep_ in ("advmod", "advcl")
            and child.left_edge.lower_ not in _FRAMING_OPENERS
            and any(t.pos_ in ("VERB", "AUX") for t in child.subtree)
        ):
            return child.left_edge.i
    return first


def gerund_subject(verb: Token) -> list[Token]:
    """A content clause whose gerund subject the parse makes the cue's complement: "said [legalizing
    it could put thousands to work]" (the gerund right after the cue, with the clause under it)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return []
    gerund = doc[verb.i + 1]
    if gerund.head.i != verb.i or gerund.dep_ != "xcomp" or gerund.tag_ != "VBG":
        return []
    if any(c.dep_ == "ccomp" and any(s.dep_ == "nsubj" for s in c.lefts) for c in gerund.rights):
        return [gerund]
    return []
