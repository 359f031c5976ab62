"""Where a "that" clause of a cue verb starts: which "that" after the cue opens its content ("told
soldiers he met that [...]", "said in a statement that [...]", "told the minister that [it would]"),
and which belongs to a clause inside the content ("said [he was confident that ...]", "said [it is
important that ...]"), where the content starts before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon


def that_clause(doc: Doc, verb: Token, sent_end: int) -> int | None:
    """The first token of the content after a "that" soon after cue ``verb`` ("told soldiers he met
    that [...]"), or None when no "that" there opens the cue's content.

    Args:
        doc: the parsed Doc.
        verb: the cue verb.
        sent_end: where the cue's sentence ends (a "that" after it is another sentence's).
    """
    set_off = _set_off_that(doc, verb, sent_end)
    if set_off is not None:
        return set_off
    skip_to, last = verb.i + 1, verb.i + 8  # a quoted name skipped moves the last token on
    for token in doc[verb.i + 1 : min(verb.i + 9 + _MAX_NAME_WORDS + 2, len(doc))]:
        if token.i < skip_to:
            continue
        if token.i > last or token.idx >= sent_end or token.text in (",", ".", ";", ":"):
            return None
        if token.text in lexicon.QUOTE_CHARS:
            closing = _quoted_name_end(token, sent_end)
            if closing is None:
                return None
            skip_to = closing + 1  # 'told the BBC’s “Today” programme that ...': a title, not a quote
            last += closing + 1 - token.i
            continue
        if token.pos_ == "VERB" and token.lemma_.lower() in claim_lexicon.CUE_LEMMAS:
            return None  # "said it was X and warned that ...": the "that" is the next cue's
        if token.lower_ == "that" and token.dep_ == "mark" and _in_subject_clause(token.head, verb):
            return max(verb.i + 1, min(t.i for t in token.head.head.subtree))  # "said [he hoped that ...]"
        if token.lower_ == "that" and token.dep_ == "mark" and _embedded_clause(token.head, verb):
            return None  # "said he was confident that ...": the "that" is inside the content
        if token.lower_ == "that" and _elliptical_clause(token, verb):
            return token.i + 1
        if token.lower_ == "that" and _complementiser_misparse(token, sent_end):
            return token.i + 1
        if (
            token.lower_ == "that"
            and (token.dep_ == "mark" or _relative_misparse(token))
            and _content_clause(token.head, verb)
        ):
            return token.i + 1
    return None


#: How far after the cue a "that" the parse makes the cue's own complementiser may stand.
_MAX_THAT_REACH = 15
#: Tags of a finite verb or a bare infinitive: a clause of its own between the cue and its "that".
_CLAUSE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})
#: Words opening a clause that frames the speech between the cue and its "that" ("said, as it happens,
#: that ...").
_ASIDE_MARKS = frozenset({"as", "when", "while", "after", "before"})


def _set_off_that(doc: Doc, verb: Token, sent_end: int) -> int | None:
    """The first token of the content after a "that" the parse makes the complementiser of the cue's
    own complement clause, past the writer's words set off between them: "can now say, with the
    benefit of hindsight, that ...", "said — on Twitter, as it happens — that ...", "told an audience
    at a literary festival in Houston last week that ...". None when a quote, a clause of its own
    ("knew it was possible, though not likely, that ..."), another cue or the sentence's end comes
    first."""
    for token in doc[verb.i + 1 : min(verb.i + _MAX_THAT_REACH + 1, len(doc))]:
        if token.idx >= sent_end or token.text in lexicon.QUOTE_CHARS or token.text in (".", ";", ":"):
            return None
        if token.pos_ == "VERB" and token.lemma_.lower() in claim_lexicon.CUE_LEMMAS:
            return None
        if token.pos_ in ("VERB", "AUX") and token.tag_ in _CLAUSE_VERB_TAGS:
            aside = token.left_edge.lower_ in _ASIDE_MARKS and token.left_edge.dep_ == "mark"
            if not aside:
                return None
        if (
            token.lower_ == "that"
            and token.dep_ == "mark"
            and token.head.dep_ == "ccomp"
            and token.head.head.i == verb.i
            and token.i > verb.i + 1
        ):
            return token.i + 1
    return None


#: The most words a quoted name between a cue and its "that" may have ("the “Today” programme").
_MAX_NAME_WORDS = 5


def _quoted_name_end(opening: Token, sent_end: int) -> int | None:
    """The index of the mark closing a short quoted name that opens at ``opening`` (the title of a
    programme, paper or book: 'told the BBC’s “Today” programme that ...', 'told NBC’s “Meet the
    Press” that ...'), or None when the marks hold anything else: words in lower case other than
    the small words of a title ("“we will win”"), punctuation, more than a few words, or no closing
    mark in the sentence."""
    doc = opening.doc
    if opening.whitespace_ or (opening.i > 0 and not doc[opening.i - 1].whitespace_):
        return None  # glued to the word before or to none after: no opening mark
    words = doc[opening.i + 1 : opening.i + _MAX_NAME_WORDS + 2]
    for token in words:
        if token.idx >= sent_end:
            return None
        if token.text in lexicon.QUOTE_CHARS:
            return token.i if token.i > opening.i + 1 else None
        capital = token.is_title or token.is_upper or token.like_num
        if token.is_punct or not (capital or (token.is_stop and token.i > opening.i + 1)):
            return None
    return None


def _object_words(obj: Token, clause: Token) -> list[Token]:
    """The words of the object ``obj`` before its clause ``clause``."""
    return [t for t in obj.subtree if t.i < clause.left_edge.i]


def _complementiser_misparse(that: Token, sent_end: int) -> bool:
    """Whether a "that" the parse makes a preposition or an adverb opens a content clause: it is the
    complementiser ("noting [that] at one point he had trailed by 40 points", the parse reading "that
    at one point" as a phrase) when a verb with a subject of its own follows in the sentence. "that"
    as a pronoun or determiner is tagged otherwise ("said that to reporters", "that story")."""
    if that.tag_ != "IN" or that.dep_ not in ("prep", "advmod", "dep"):
        return False
    for token in that.doc[that.i + 1 : that.i + 16]:
        if token.idx >= sent_end:
            return False
        if token.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > that.i for c in token.lefts
        ):
            return True
    return False


def _elliptical_clause(that: Token, verb: Token) -> bool:
    """Whether a "that" the parse makes the cue's object opens a clause cut short after its auxiliary
    ("told the minister that [it would]."): the parse hangs the clause's subject on "that"."""
    if that.dep_ != "dobj" or that.head.i != verb.i:
        return False
    rest = [t for t in that.subtree if t.i > that.i and not t.is_punct]
    return bool(rest) and rest[-1].pos_ == "AUX" and any(t.dep_ == "nsubj" for t in rest)


def _relative_misparse(that: Token) -> bool:
    """Whether a "that" the parse makes the object of a relative clause opens a content clause: the
    clause has a subject of its own and another object, so "that" is no pronoun in it ("predicted at
    the debate [that Republicans will take every state]"; not "spoke at the rally that he attended")."""
    clause = that.head
    if clause.dep_ != "relcl" or that.dep_ not in ("dobj", "advmod") or clause.left_edge.i != that.i:
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > that.i for c in clause.lefts)
    # "that" as the clause's adverb reads it as "when" ("tweeted in the early hours [that Roe was
    # “lazy”]"); after a cue the clause is what was said when it says something of its subject
    complements = ("dobj", "ccomp", "xcomp", "attr") + (("acomp",) if that.dep_ == "advmod" else ())
    return subject and any(c.dep_ in complements for c in clause.rights)


def _embedded_clause(clause: Token, verb: Token) -> bool:
    """Whether a "that" clause after cue ``verb`` belongs to a predicate inside the verb's content:
    an adjective or a verb of the content that takes it ("said he was [confident that ...]", "said he
    would [ensure that ...]"). The content then starts before that predicate. A clause the parse
    hangs on a finite verb of another clause ("told soldiers he met that ...") stays the cue's."""
    head = clause.head
    if head.i == verb.i or clause.dep_ != "ccomp":
        return False
    predicate = head.pos_ == "ADJ" or head.dep_ == "acomp" or head.tag_ in ("VB", "VBG")
    if not (predicate or head.lemma_.lower() in claim_lexicon.CUE_LEMMAS):
        return False
    token = head
    for _ in range(5):  # up through the complements and coordinations of the content to the cue
        if token.dep_ not in ("ccomp", "xcomp", "acomp", "pcomp", "prep", "conj"):
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _in_subject_clause(clause: Token, verb: Token) -> bool:
    """Whether a "that" clause belongs to a content clause of cue ``verb`` that has a subject of its
    own after the cue, the content then starting at that clause ("said [it is important that ...]",
    "said [the message was that ...]", "said [he hoped that ...]"). After an object of the cue the
    parse makes a relative clause of the recipient the cue's complement ("told soldiers he met
    that ..."): the "that" is the cue's."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.dep_ != "ccomp" or head.head.i != verb.i:
        return False
    subjects = [c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > verb.i]
    if not subjects:
        return False
    return not any(c.dep_ in ("dobj", "dative") and c.i < subjects[0].i for c in verb.rights)


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
        clause.dep_ == "acl"
        and token.dep_ in ("dobj", "dative")
        and token.head.i == verb.i
        and "recipient_to" in claim_lexicon.CLAIM_VERBS.get(verb.lemma_.lower(), ())
        and any(t.pos_ == "PROPN" for t in _object_words(token, clause))
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.lefts)
    ):
        # "told the BBC’s programme that fares would rise": the parse hangs the cue's clause on its
        # listener, named; after what is told it is the noun's ("tells the truth that ...", "tells so
        # many lies that ..."), and after the object of another verb too ("found no evidence that ...")
        return True
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
