"""Where a claim's content starts and ends: the span rules shared by every kind of cue.

A content runs from after its cue (or from its sentence's start) to the end of its sentence, clamped
to its paragraph, and is cut before what is not the speaker's: a chained claim (", saying ...",
", according to ..."), a clause of another speaker or cue, and the writer's dating, setting and framing
of the speech ("on Tuesday", "at a rally", "when questioned if ..."). :func:`trim` then drops a
leading "that", trailing punctuation and a dateline.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.find.claims.speech_settings import dates_or_sets, ends_at_closing_mark
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


def content_end(
    doc: Doc,
    first: int,
    sent_end: int,
    marked: Spans,
    infinitive: bool = False,
    verb: Token | None = None,
) -> int:
    """Where content starting at token ``first`` ends: the sentence end, a chained claim or cue, a
    clause coordinated with the cue verb ("... and warned that", "but she denied"), or the writer's
    framing of the speech event ("when questioned if ...", ", on Thursday"), the main clause after a
    cue in a clause of its own ("After saying he was nervous, [the man ended up ...]"), a sentence of
    its own after a semicolon, or a comparison the parse hangs on the cue (", compared with ...")."""
    main = main_clause_after(verb) if verb is not None else None
    if main is not None and doc[main].idx in marked:
        main = None  # a subject inside a quote is the speaker's
    for token in doc[first:]:
        if token.idx >= sent_end:
            break
        if main is not None and token.i >= main > first:
            return _end_before(doc, main)
        if token.idx in marked:
            closing = doc[token.i + 1] if token.i + 2 < len(doc) else None
            if (
                token.text == ","
                and closing is not None
                and closing.is_quote
                and (_chains(doc[closing.i + 1]) or _participle_of_cue(doc[closing.i + 1], first))
            ):
                return closing.idx + len(closing.text)  # 'could be “messy,” adding, ...': the mark closes
            if (
                token.text == ","
                and closing is not None
                and closing.is_quote
                and closing.i + 1 < len(doc)
                and doc[closing.i + 1].idx < sent_end
                and dates_or_sets(doc[closing.i + 1])
            ):
                return closing.idx + len(closing.text)  # '... “that crap,” in an interview on Sunday'
            if (
                token.is_quote
                and token.i > first
                and token.i + 1 < len(doc)
                and doc[token.i + 1].idx not in marked
                and ends_at_closing_mark(doc, first, token, sent_end)
            ):
                return token.idx + len(token.text)  # '“...” — asserting that ...': the writer's
            continue
        if (
            verb is not None
            and token.dep_ == "cc"
            and token.i > first + 1
            and (_opens_new_claim(doc, token, verb) or _other_speaker(doc, token, sent_end, coordinated=True))
        ):
            return token.idx  # "... and warned that ...", "... and one in four said ...": another claim
        if (
            token.lower_ in lexicon.SPEECH_EVENT_FRAMES
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ in lexicon.SPEECH_EVENT_FRAMES[token.lower_]
        ):
            return token.idx
        if token.text == ";" and token.i > first + 1 and _clause_follows(doc, token.i + 1, sent_end):
            return token.idx  # "... with donors; 26 percent say ...": a sentence of its own
        if token.text != ",":
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is None:
            break
        if token.i == first and not _chains(nxt):
            continue  # "finds that, while most say ..., few expect ...": the comma opens the content
        if verb is not None and token.i > first + 1 and _comparison_of_cue(nxt, verb):
            return token.idx  # "said they trust her, compared with 41 percent ...": the writer's figure
        if _chains(nxt) or _relative_cue(nxt) or _other_speaker(doc, nxt, sent_end):
            return token.idx
        if token.i > first + 1 and _others_alike(doc, nxt, sent_end):
            return token.idx  # "..., as have her rivals": the writer's note of others who said the same
        if token.i > first + 1 and _speech_participle(nxt) and not marked.start_between(token.idx, sent_end):
            return token.idx  # "said the plan would fail, pointing to the deficit": the speaker's next act
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
        if infinitive and not _listed_infinitive(nxt, first):
            return token.idx
    return sent_end


def _listed_infinitive(token: Token, first: int) -> bool:
    """Whether a verb after a comma is the next of a list of infinitives the content starts
    ("pledged to cut taxes, [fix] the “broken” courts and end the war"): a bare verb the parse
    coordinates with a verb inside the content."""
    return token.tag_ == "VB" and token.dep_ == "conj" and first <= token.head.i < token.i


#: What sets a main clause off from a subordinate clause before it.
_MAIN_CLAUSE_SEPARATORS = (",", "-", "–", "—", "--")


def main_clause_after(verb: Token) -> int | None:
    """The first token of the main clause after a cue set in a subordinate clause before it: the
    subject of the verb the cue's clause hangs on ("While Ramos said journalists must stay neutral,
    [he] appears uneasy", "After saying he was nervous, [the man] ended up ..."). That clause is
    the writer's, not the content. None when the cue's clause is the main one."""
    doc = verb.doc
    node = verb
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if head.i > verb.i:
            if node.dep_ in ("ccomp", "parataxis", "conj") and (
                node.i != verb.i or head.lemma_.lower() in lexicon.REPORTING_VERBS
            ):
                # "X went on offense, saying ..., his view is ...": a misparsed root; "They know that
                # ..., Ms. Lee said": the clause of the cue is the later speaker's content
                return None
            subjects = [c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > verb.i]
            if not subjects:
                return None
            first = subjects[0].left_edge.i  # set off by a comma; a colon leads in to more content
            before = doc[first - 1]
            if before.is_quote and before.i > 0 and doc[before.i - 1].text == ",":
                return first  # '... on “CBS This Morning,” Sanders said'
            return first if before.text in _MAIN_CLAUSE_SEPARATORS else None
        node = head
    return None


def _end_before(doc: Doc, i: int) -> int:
    """Where a content ends that stops before token ``i``: after the last word before it, leaving
    out the commas and dashes between (a closing quote mark stays)."""
    k = i - 1
    while k > 0 and doc[k].is_punct and not doc[k].is_quote and doc[k].text not in ")]":
        k -= 1
    return doc[k].idx + len(doc[k].text)


def _clause_follows(doc: Doc, i: int, sent_end: int) -> bool:
    """Whether a clause with a subject and a finite verb of its own starts at token ``i``."""
    for token in doc[i : i + 10]:
        if token.idx >= sent_end or token.is_punct:
            return False
        if token.pos_ in ("VERB", "AUX") and token.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.lefts)
    return False


def _comparison_of_cue(token: Token, verb: Token) -> bool:
    """Whether "compared" after a comma is a comparison the parse hangs on the cue itself, not on
    the content: "[52 percent] said they trust her, compared with 41 percent last month"."""
    return token.lower_ == "compared" and token.head.i == verb.i


def _has_predicate(doc: Doc, first: int, end: int) -> bool:
    """Whether tokens ``first`` to ``end`` hold a verb: a content that has reached its clause."""
    return any(t.pos_ in ("VERB", "AUX") for t in doc[first:end])


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


def _participle_of_cue(token: Token, first: int) -> bool:
    """Whether a participle after a quote closed on its comma chains a claim of its own to the cue,
    the parse hanging it on the cue or before the content that starts at token ``first``: 'said the
    system was “corrupt,” [noting that ...]', '“New York values,” [stating that ...]'. Another
    participle goes on with the content or describes it ('“the best of both worlds,” giving states
    more power', '“important people,” looking for weak spots')."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("advcl", "xcomp", "conj")
        and token.head.i < first
        and token.lemma_.lower() in claim_lexicon.CUE_LEMMAS
    )


def _chains(token: Token) -> bool:
    """Whether a word after a comma opens a claim chained to the one before: ", saying ...", ",
    according to ..."."""
    return token.lower_ in lexicon.CHAINING_PARTICIPLES or any(
        token.lower_ == first for first, _ in lexicon.SPEAKER_AFTER_PHRASES
    )


#: Conjunctions after a comma that may join a clause of another speaker: "..., while a third said ...".
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "though", "although", "yet"})


def _other_speaker(doc: Doc, conjunction: Token, sent_end: int, coordinated: bool = False) -> bool:
    """Whether a conjunction after a comma opens a clause whose verb is a cue with a subject of its
    own: "they trusted the mayor, while a third said they did not" is two attributions.

    With ``coordinated`` (a conjunction with no comma before it, "... and one in four said ..."), the
    cue must be a verb of speech, not of belief, that the parse coordinates with a clause before it:
    "and its readers think [is important]" or "because he denied ..." go on with the content."""
    if conjunction.lower_ not in _CLAUSE_CONJUNCTIONS:
        return False
    if conjunction.i + 1 < len(doc) and doc[conjunction.i + 1].lower_ == "that":
        return False  # "found that A and that few said B": a second content clause of the same cue
    for token in doc[conjunction.i + 1 : conjunction.i + 9]:
        if token.idx >= sent_end or (token.is_punct and not _inside_word(token)):
            return False
        if token.pos_ in ("VERB", "AUX"):
            lemma = token.lemma_.lower()
            if coordinated and (token.dep_ != "conj" or lemma in claim_lexicon.BELIEF_VERBS):
                return False
            return lemma in lexicon.REPORTING_VERBS and any(
                c.dep_ == "nsubj" and c.i > conjunction.i for c in token.lefts
            )
    return False


def _inside_word(token: Token) -> bool:
    """Whether a punctuation token joins the words either side of it with no space ("three-quarters")."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ and not token.whitespace_


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
    if (
        token.lower_ in ("who", "whom")
        and any(c.dep_ == "nsubj" and c.i > token.i for c in verb.lefts)
        and any(c.lower_ == "as" for c in verb.rights)
    ):
        return True  # "..., whom he described as “peaceful,” for ...": his act on the person named
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
        if joined and any(t.is_quote for t in doc[cc.i + 1 : joined[0].i]):
            return False  # 'said the agency “came out broke,” and “struggled to pay”': the quote goes on
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
                and (
                    token.head.i == verb.i
                    or any(c.dep_ == "nsubj" for c in token.lefts)
                    or _content_verb_of(token.head, verb)
                )
            )
    return False


#: Auxiliaries that stand for the cue in an elliptical "as" clause ("..., as have her rivals"). Forms
#: of "be" are left out: "as is tradition", "as was the case" are no other speakers.
_ELLIPTICAL_AUXILIARIES = frozenset({"has", "have", "had", "did", "do", "does"})


def _others_alike(doc: Doc, word: Token, sent_end: int) -> bool:
    """Whether a word after a comma opens an "as" clause cut short to an auxiliary and its subject:
    "[they will not back him], as have two former governors", "..., as did the mayor". It stands for
    the cue again with other speakers: the writer's note, not content."""
    if word.lower_ != "as" or word.i + 2 >= len(doc) or doc[word.i + 1].lower_ not in _ELLIPTICAL_AUXILIARIES:
        return False
    subject = doc[word.i + 2]
    return subject.idx < sent_end and subject.pos_ in ("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM")


def _speech_participle(token: Token) -> bool:
    """Whether a word after a comma is the participle of a verb of speech, characterising or glossing
    ("..., pointing to the deficit", "..., calling it a mistake", "..., referring to the vote"): the
    speaker's act, set beside the content by the writer. The caller keeps it when a quote follows
    ("..., calling it an “area of contention”": PolNeAR keeps the speaker's own words in the content).
    A participle of any other verb may be the content's own ("the storm hit the coast, killing three")."""
    if token.tag_ != "VBG":
        return False
    lemma = token.lemma_.lower()
    return (
        lemma in lexicon.REPORTING_VERBS
        or lemma in lexicon.CHARACTERISING_VERBS
        or lemma in lexicon.GLOSSING_VERBS
    )


def _content_verb_of(head: Token, verb: Token) -> bool:
    """Whether ``head`` is the verb of ``verb``'s content clause: a verb of speech with no subject of its
    own that the parse coordinates with it is the speaker's next act ("said the offer was fair and
    [urged doctors to return]"), since a content's own subject rarely urges or warns."""
    return head.dep_ == "ccomp" and head.head.i == verb.i


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
