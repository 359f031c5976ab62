"""Where a claim's content ends: at its sentence's end (clamped to its paragraph and any closing quote mark),
or before what is not the speaker's: a chained claim (", saying ...", ", according to ..."), a clause of
another speaker or cue ("... and one in four said"), a coordinated verb of the same subject ("said the
offer was fair and urged doctors to return"), the writer's gloss (", citing ...") and others who said
the same (", as did the mayor"). The start of a content is in :mod:`quotes.find.claims.claim_bounds`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.find.claims.speech_settings import dates_or_sets, ends_at_closing_mark
from quotes.find.direct.quote_spans import Spans
from quotes.find.direct.tokens import FINITE_TAGS
from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon


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
    relative = subject_relative_end(verb) if verb is not None else None
    if relative is not None and relative[1] in marked:
        relative = None  # the clause ends inside a quote that goes on: the parse is not to be trusted
    for token in doc[first:]:
        if token.idx >= sent_end:
            break
        if main is not None and token.i >= main > first:
            return _end_before(doc, main)
        if relative is not None and token.i > relative[0] and token.i > first:
            return relative[1]  # "The man who said [the plan would fail] was right"
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


#: How many heads up from a cue the verb of a main clause after it is looked for.
_MAIN_CLAUSE_HOPS = 7


def main_clause_after(verb: Token) -> int | None:
    """The first token of the main clause after a cue set in a subordinate clause before it: the
    subject of the verb the cue's clause hangs on ("While Ramos said journalists must stay neutral,
    [he] appears uneasy", "After saying he was nervous, [the man] ended up ..."). That clause is
    the writer's, not the content. None when the cue's clause is the main one. The climb reaches a
    cue deep in an opening phrase ("As someone who ... and who came out the other side knowing that
    ..., [I] tell myself ...")."""
    doc = verb.doc
    node = verb
    for _ in range(_MAIN_CLAUSE_HOPS):
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


def subject_relative_end(verb: Token) -> tuple[int, int] | None:
    """The last token of a relative clause a cue heads on the subject of a verb after it, set off by
    commas, and the offset its content ends at: "The coach, who said [his team would win], resigned",
    "The rule, which he said [would cost jobs], was dropped". What follows the clause is the writer's
    sentence about the noun. A closing quote mark after the clause, with the punctuation before it, stays
    with the content ('who called it “a disgrace,” was ...'). None when the cue heads no such clause (a
    coordinated "said the plan would fail and was right", a clause that ends the sentence). A
    restrictive clause, without a comma before it, ends there too ("The man who said [the plan would
    fail] was right", "Voters who said [the economy was weak] backed Hale"): seeds/ANNOTATION.md,
    "Speech in a relative clause"."""
    doc = verb.doc
    noun = verb.head
    if verb.dep_ != "relcl" or noun.i >= verb.i or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    last = verb.right_edge.i
    if noun.head.i <= last or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    between = doc[last + 1 : noun.head.i]
    opens = any(t.is_quote and doc[t.i - 1].whitespace_ for t in between)
    words = [t for t in between if not t.is_punct]
    if opens or not all(t.head.i == noun.head.i and t.dep_ in _MAIN_VERB_LEFTS for t in words):
        return None  # a quote opens, or words stand, between the clause and the verb: a doubtful parse
    end = _end_before(doc, last + 1)
    for token in between:  # '“a disgrace,”': the closing mark and what it holds stay
        if not token.is_punct:
            break
        if token.is_quote:
            end, last = token.idx + len(token.text), token.i
    return last, end


#: Dependencies of the words that may stand between a relative clause and the verb of its noun ("who
#: said ... [has also] been", "[was not]").
_MAIN_VERB_LEFTS = frozenset({"aux", "auxpass", "neg", "advmod"})


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
        if token.pos_ in ("VERB", "AUX") and token.tag_ in FINITE_TAGS:
            return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.lefts)
    return False


def _comparison_of_cue(token: Token, verb: Token) -> bool:
    """Whether "compared" after a comma is a comparison the parse hangs on the cue itself, not on
    the content: "[52 percent] said they trust her, compared with 41 percent last month"."""
    return token.lower_ == "compared" and token.head.i == verb.i


def _has_predicate(doc: Doc, first: int, end: int) -> bool:
    """Whether tokens ``first`` to ``end`` hold a verb: a content that has reached its clause."""
    return any(t.pos_ in ("VERB", "AUX") for t in doc[first:end])


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
