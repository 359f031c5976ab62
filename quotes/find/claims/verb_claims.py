"""Claims whose cue is a verb: "said (that) ...", "claims to ...", "wants voters to know ...",
"warned of ...", "called the plan a disaster", and content before or around the cue ("...,
the FCDO said.", "The test, the agency said, was its biggest yet").

The verb's complement forms (:data:`quotes.lexicon.claims.CLAIM_VERBS`) say which of its dependents can
carry the content: a "that" clause, an infinitive, an object with an infinitive, a preposition,
an object with a predicate, or the words said.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotes.find.claims.claim import Claim, make_claim, quoted_share
from quotes.find.claims.claim_bounds import (
    after_dating,
    after_listener_title,
    clause_start,
    condition_before,
    gerund_subject,
    lost_subject,
    quote_sentence_start,
    sentence_bounds,
    through_quote,
)
from quotes.find.claims.content_ends import content_end
from quotes.find.claims.extraposed import extraposed_quote
from quotes.find.claims.mid_cues import continues_after, interrupts_quoted
from quotes.find.claims.speech_settings import speaker_description
from quotes.find.claims.that_clauses import that_clause
from quotes.find.direct.marks import looks_like_title
from quotes.find.direct.quote_spans import Spans
from quotes.lexicon import categories
from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon
from quotes.speakers.mentions import heard_by_body
from quotes.speakers.resolve import Mention, mention_before, mention_of_cue, noun_phrase

#: A quote mark opening a sentence.
_OPENING_MARK_START = re.compile(r"\s*(?:''|[\"“‘'])")
#: What may stand between a claim and a speaker named after it: ",” the" in '..., ” the FCDO said'.
_CLOSING_MARKS = "”’\"'"

#: Dependencies of a verb embedded in another clause: its object or infinitive is not a claim.
_EMBEDDED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acl", "advcl", "csubj", "amod"})

_GAP = ", \u00a0" + _CLOSING_MARKS


def _forms(verb: Token) -> frozenset[str]:
    """The complement forms that can carry the content of cue verb ``verb``."""
    lemma = verb.lemma_.lower()
    forms = claim_lexicon.CLAIM_VERBS.get(lemma, frozenset())
    if lemma in lexicon.REPORTING_VERBS or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in claim_lexicon.CLAIM_PARTICLES.get(lemma, ())
        for c in verb.children
    ):
        forms = forms | {"that"}
    if lemma in lexicon.INFINITIVE_VERBS:
        forms = forms | {"to"}
    if heard_by_body(verb):  # "the court heard that ...": evidence someone unnamed gave
        forms = forms | {"that"}
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


def _aside(clause: Token) -> bool:
    """Whether a clause the parse hangs before the cue is a subject's participle aside set off by commas:
    "Mr. Hale, [asked about the mine,] said ..." (the parse makes "Hale" the participle's subject and
    leaves the cue without one; the tagger often reads the participle as a past tense)."""
    doc = clause.doc
    if clause.dep_ not in ("ccomp", "advcl") or clause.tag_ not in ("VBN", "VBD") or clause.i == 0:
        return False
    before, after = doc[clause.i - 1], doc[clause.right_edge.i]
    return (
        before.text == ","
        and after.text == ","
        and clause.right_edge.i < clause.head.i
        and any(c.dep_ == "nsubj" and c.i < before.i for c in clause.children)
    )


def _subject_over_aside(verb: Token) -> bool:
    """Whether the cue's subject sits before a participle aside (:func:`_aside`)."""
    return any(_aside(child) for child in verb.lefts)


def _asked_of(verb: Token) -> bool:
    """Whether a cue is the participle of a question put to the clause's subject, opening its sentence:
    "(When) asked whether he would run, Mr. Lee said ...": the question is nobody's named."""
    if verb.lemma_.lower() != "ask" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = verb.doc[verb.sent.start : verb.i]
    return all(t.is_punct or t.is_space or t.lower_ in ("when", "if", "once", "after") for t in before)


def verb_claim(doc: Doc, text: str, verb: Token, marked: Spans) -> Claim | None:
    """The claim of cue verb ``verb``, in the first complement form it takes that the parse holds.

    Args:
        doc: the parsed Doc.
        text: ``doc.text``.
        verb: a verb whose lemma is a cue (:data:`quotes.lexicon.claims.CUE_LEMMAS`).
        marked: the quoted fragments of the text, closing marks included.
    """
    lemma = verb.lemma_.lower()
    if any(child.dep_ == "neg" for child in verb.children) or _idiom(verb) or _kind_of_speaker(verb):
        return None
    sent_start, sent_end = sentence_bounds(text, verb)
    cue_end = verb.idx + len(verb.text)
    sent_end = through_quote(text, marked, cue_end, sent_end)
    for child in verb.rights:  # "pointed out that ..."
        if child.i == verb.i + 1 and (
            child.dep_ == "prt" or child.lower_ in claim_lexicon.CLAIM_PARTICLES.get(lemma, ())
        ):  # "shot back that ...": the parse makes "back" an adverb
            cue_end = child.idx + len(child.text)
    cue = (verb.idx, cue_end)
    forms = _forms(verb)
    # "would continue to support Kyiv" is part of a content, "the initiative to support" and "is
    # expected to" have nobody who holds the content: only a content clause makes them cues
    main_clause = verb.dep_ not in _EMBEDDED_DEPS and (
        any(c.dep_ == "nsubj" for c in verb.children) or _subject_over_aside(verb)
    )
    if not main_clause:
        forms = forms & ({"that", "to"} if lemma in lexicon.INFINITIVE_VERBS else {"that"})
    if lemma in lexicon.REPORTING_VERBS:  # '“It is wise,” he added, to wait': the quote and the clause after
        extraposed = extraposed_quote(doc, text, verb, sent_end, marked)
        if extraposed is not None:
            return extraposed

    def forward(first: int, infinitive: bool = False, cue_end: int = cue[1]) -> Claim | None:
        if first >= len(doc):
            return None  # the cue or its object ends the text: no content follows
        if doc[first].lower_ in claim_lexicon.QUESTION_WORDS and lemma not in lexicon.REPORTING_VERBS:
            return None  # "shows how ...": a topic, not a claim
        first = after_listener_title(doc, text, first, marked, sent_end)  # 'told “Meet the Press” ...'
        for token in doc[first : first + 6]:  # "told reporters [on Saturday that] he ..."
            if token.pos_ in ("VERB", "AUX") or token.idx >= sent_end:
                break
            if token.lower_ == "that" and token.dep_ == "mark" and token.i > first:
                first = token.i + 1
                break
        first = after_dating(doc, first, verb, sent_end)
        end = content_end(doc, first, sent_end, marked, infinitive, verb)
        mention = None if _asked_of(verb) else mention_of_cue(doc, verb.i) or _hung_subject(verb)
        return make_claim(text, doc[first].idx, end, cue[0], cue_end, lemma, mention)

    def phrase(first: int, last: int, cue_end: int = cue[1]) -> Claim | None:
        end = min(doc[last].idx + len(doc[last].text), sent_end)
        mention = None if _asked_of(verb) else mention_of_cue(doc, verb.i) or _hung_subject(verb)
        return make_claim(text, doc[first].idx, end, cue[0], cue_end, lemma, mention)

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
        that = that_clause(doc, verb, sent_end)
        if that is not None:
            return forward(that)
    if "to" in forms:
        infinitive = _infinitive(verb)
        if infinitive is not None and infinitive.i > verb.i:
            first = infinitive.left_edge.i
            if lemma in claim_lexicon.INFINITIVE_WITHOUT_TO and doc[first].lower_ == "to":
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
            if infinitive and lemma in claim_lexicon.DIRECTIVE_WITH_INFINITIVE:
                claim = forward(objects[0].left_edge.i, infinitive=True)
                # "told residents to stay indoors" is a request (seeds/ANNOTATION.md), no claim; the
                # speaker's quoted words in it stay ("told them to “stay calm”")
                if claim is None or quoted_share(text[claim.start : claim.end]) < 0.5:
                    return None
                return claim
            first = (
                objects[0].left_edge.i if "obj_to" in forms or infinitive else objects[-1].right_edge.i + 1
            )
            # a clause after the listener ("told a meeting in Leeds [she will act while her rival, Tom
            # Hale, waits]") runs on past its commas; only a list of infinitives stops at one
            return forward(first, infinitive=infinitive)
    for prep in verb.rights if main_clause else ():
        if prep.dep_ == "prep" and prep.lower_ in claim_lexicon.CLAIM_PREPOSITIONS.get(lemma, ()):
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
        claim = _clause_claim(doc, text, verb, forward, (sent_start, sent_end), marked)
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
    relative = _relative_before(verb)
    if relative is not None:  # "the plan, which she said [would fail]": the relative clause around the cue
        end = content_end(doc, verb.i + 1, sent_end, marked, verb=verb)
        return make_claim(text, doc[relative].idx, end, cue[0], cue[1], lemma, noun_phrase(doc[verb.i - 1]))
    return None


#: Cues that hold a content only as beliefs, knowledge or intentions: not said in a relative clause.
_NOT_SAYING = (
    categories.BELIEF_CUES
    | categories.KNOWLEDGE_CUES
    | categories.INTENTION_CUES
    | categories.INTENTION_WITH_INFINITIVE
)


def _quoted_title(text: str, clause: Token, marked: Spans) -> bool:
    """Whether the "clause" the parse found is the quoted title of a work after a phrase that sets the
    scene: its head in quote marks, the words before the marks a prepositional phrase, the quoted words
    in Title Case."""
    words = [t for t in clause.subtree if not t.is_punct]
    if not words or words[0].dep_ != "prep" or words[0].idx in marked or clause.idx not in marked:
        return False
    quoted = [t for t in words if t.idx in marked]
    return looks_like_title(text[quoted[0].idx : quoted[-1].idx + len(quoted[-1].text)])


def _idiom(verb: Token) -> bool:
    """Whether ``verb`` is the verb of a set phrase that reports nobody's words: "it goes without
    saying that ...", "needless to say" (:data:`quotes.lexicon.claims.SAYING_IDIOMS`)."""
    head = verb.head
    word = head.lower_
    if word not in _IDIOM_WORDS:  # read once: most verbs hang on no idiom's word
        return False
    return any(
        word == idiom and (not governor or head.head.lemma_.lower() == governor)
        for idiom, governor in claim_lexicon.SAYING_IDIOMS
    )


#: The words the verb of a :data:`quotes.lexicon.claims.SAYING_IDIOMS` phrase hangs on.
_IDIOM_WORDS = frozenset(word for word, _ in claim_lexicon.SAYING_IDIOMS)


def _kind_of_speaker(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause that tells what someone would say, or what anyone or
    no one says ("critics who will say ...", "any candidate who says ...", "is not a mayor who says
    ..."): it names a kind of speaker, and nobody said the content (seeds/ANNOTATION.md, "Speech in a
    relative clause")."""
    if verb.dep_ != "relcl":
        return False
    if any(c.dep_ == "aux" and c.text in claim_lexicon.HYPOTHETICAL_MODALS for c in verb.children):
        return True
    noun = verb.head
    if noun.lower_ in claim_lexicon.ANY_SPEAKER_WORDS:
        return True
    if any(c.dep_ == "det" and c.lower_ in claim_lexicon.ANY_SPEAKER_WORDS for c in noun.children):
        return True
    return noun.dep_ == "attr" and any(c.dep_ == "neg" for c in noun.head.children)


def _relative_before(verb: Token) -> int | None:
    """The relative word opening a clause whose subject is the content of the cue set inside it: "the
    plan, [which] she said would fail", "adapt to [what] he said is a growing demand", "a charity [that]
    prosecutors said was a front" (the relative word, the cue's subject, the cue, then the verb the
    relative word is the subject of). Only cues of saying: "what he believes is ..." stays the writer's
    description. None when the cue is not set so."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.REPORTING_VERBS or lemma in _NOT_SAYING or not 2 <= verb.i < len(doc) - 1:
        return None
    after = doc[verb.i + 1]
    if after.pos_ not in ("VERB", "AUX") or after.tag_ not in ("VBZ", "VBD", "VBP", "MD", "VBN"):
        return None
    first = verb.i - 1  # the cue's subject: a pronoun or a short noun phrase
    if doc[first].tag_ not in ("PRP", "NN", "NNS", "NNP", "NNPS"):
        return None
    while first > max(verb.i - 5, 1) and doc[first - 1].tag_ in _SUBJECT_TAGS:
        first -= 1
    word = doc[first - 1]
    return word.i if word.lower_ in claim_lexicon.RELATIVE_OPENERS else None


#: Tags of the words of a short subject noun phrase ("many analysts", "the state's lawyers").
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "DT", "JJ", "PRP$", "POS", "CD"})


def _clause_claim(
    doc: Doc,
    text: str,
    verb: Token,
    forward: Callable[[int], Claim | None],
    bounds: tuple[int, int],
    marked: Spans,
) -> Claim | None:
    """A content clause of ``verb`` without "that": after the cue ("said he would wait"), before it
    ("..., the FCDO said."; without a leading "Still," or "In fact,", see
    :func:`quotes.find.claims.claim_bounds.clause_start`), or around it ("The test, the agency said, was its
    biggest
    yet")."""
    sent_start, sent_end = bounds
    lemma = verb.lemma_.lower()
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not _aside(c)] or gerund_subject(verb)
    after = [c for c in clauses if _clause_after(verb, c)]
    if clauses and clauses[0].i < verb.i and after:
        clauses = after  # "Prices rose; most said [they were worried]": the clause after the cue
    if clauses:
        first = min(t.i for t in clauses[0].subtree)
        if first > verb.i:
            if doc[verb.i + 1].text == "," and speaker_description(doc, first, sent_end):
                return None  # '“...,” he said, [eyes welling]': the writer's picture of the speaker
            if doc[verb.i + 1].text == "," and first > verb.i + 2:
                first = verb.i + 2  # "says, win or lose, he's staying": all after the comma
            first = lost_subject(verb, clauses[0], first)
            first = condition_before(verb, first)
            return forward(max(first, verb.i + 1))
        if doc[first].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            # "a wall, which he said Mexico would pay for": the relative clause around the cue
            last = clauses[0].right_edge
            end = min(last.idx + len(last.text), sent_end)
            mention = mention_of_cue(doc, verb.i)
            return make_claim(text, doc[first].idx, end, verb.idx, verb.idx + len(verb.text), lemma, mention)
    elif verb.dep_ != "parataxis" and not _asyndetic(verb):
        return None
    if clauses and clauses[0].i < verb.i and _quoted_title(text, clauses[0], marked):
        return None  # "In his book, ''Save Like a Miser,'' Lutz suggested ...": a title, no clause
    # content before the cue: "..., the FCDO said." / "..., reports the British broadcaster BBC."
    sent_start = quote_sentence_start(doc, text, marked, sent_start)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i]
    if not subjects and verb.dep_ in ("parataxis", "conj"):  # "..., Mr. Obama often says, ...": its own
        subjects = [c for c in verb.lefts if c.dep_ == "nsubj"][-1:]
        if subjects and not _set_off_subject(subjects[0], verb):
            subjects = []
    mention = noun_phrase(subjects[0]) if subjects else mention_before(doc, verb.i)
    before = _subject_before(verb, clauses)
    if before is None and not clauses and verb.dep_ == "conj":
        before = _hung_apposition(verb)
    if before is None and subjects and verb.dep_ == "conj":
        before = subjects[0]  # "..., Defense Secretary Ash Carter told a panel": the titles are no content
    if before is not None and (
        mention is None
        or not any(char.isalnum() for char in mention.text)
        or not before.left_edge.idx <= mention.start < before.right_edge.idx + len(before.right_edge)
        or _in_modifier_phrase(doc, mention, before)
    ):
        mention = noun_phrase(before)  # "..., the union's president, Jane Roe, said"
    if mention is None or not any(char.isalnum() for char in mention.text):
        return None  # a space or a comma before the cue names nobody
    limit = min(mention.start, verb.idx)
    if before is not None:  # '...,” NEA President Jane Roe said': the subject's titles are not content
        limit = min(limit, before.left_edge.idx)
    elif subjects and subjects[0].i < verb.i and subjects[0].left_edge.idx < limit:
        limit = subjects[0].left_edge.idx  # 'Despite his “charm,” public defender Ann Roe wrote, ...'
    cut = text.rfind(",", sent_start, limit)
    if cut == -1 or text[cut:limit].strip(_GAP).lower() not in ("", "the", "a", "an"):
        return None
    gap = text[cut:limit]
    marks = [k for k, char in enumerate(gap) if char in _CLOSING_MARKS]
    around = bool(marks) and interrupts_quoted(doc, text, verb, sent_end)
    if before is not None and marks and _OPENING_MARK_START.match(text, sent_start) and not around:
        return None  # "''That was a fine speech,'' Ann Lee told him": a direct quote, not a claim
    if around or (not marks and continues_after(doc, verb, sent_end)):
        end = sent_end  # the cue in the middle: the content runs around it
    else:
        end = cut + marks[-1] + 1 if marks else cut  # '...,” he said': the content keeps its closing mark
    content = doc.char_span(sent_start, end, alignment_mode="expand")
    if content is not None and len(content) and end < verb.idx:  # "Still, [...], he said."
        sent_start = clause_start(doc, sent_start, min(content.end, verb.i), marked)
    return make_claim(text, sent_start, end, verb.idx, verb.idx + len(verb.text), lemma, mention)


#: Verbs that name a source after its clause with no conjunction ("..., Ash Carter told a panel").
_ASYNDETIC_CUES = frozenset(
    {"say", "tell", "write", "report", "note", "add", "insist", "find", "explain", "argue", "warn", "claim"}
)


def _asyndetic(verb: Token) -> bool:
    """Whether a cue the parse coordinates with the clause before it, with no conjunction, follows
    that clause as its source: "This includes a special force, Defense Secretary Ash Carter told a
    panel." (its subject set off by the comma)."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.lemma_.lower() not in _ASYNDETIC_CUES:
        return False
    if any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        return False
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subjects:  # "Prices will rise by May, the regulator, Ofgem, said", the noun hung on "May"
        return verb.i > 0 and _hung_apposition(verb) is not None
    return _set_off_subject(subjects[-1], verb)


def _set_off_subject(subject: Token, verb: Token) -> bool:
    """Whether a subject before a parenthetical cue stands after a comma, with only adverbs between it
    and the cue: "Climate change, Mr. Obama often says, is ..."."""
    doc = verb.doc
    first = subject.left_edge.i
    if first > 1 and doc[first - 1].is_quote and doc[first - 2].text == ",":
        first -= 1  # 'Despite its “bold promises,” Mayor Ann Lee said, ...': the comma inside the mark
    return (
        first > 0
        and doc[first - 1].text == ","
        and all(t.dep_ == "advmod" for t in doc[subject.right_edge.i + 1 : verb.i])
    )


def _in_modifier_phrase(doc: Doc, mention: Mention, subject: Token) -> bool:
    """Whether a mention found before the cue lies in a phrase that modifies the subject rather than
    naming it: "..., the chief executive of Centrica said" is the chief executive speaking, not
    Centrica; "..., a spokesman for the council said" is the spokesman. An apposition ("..., the union's
    president, Jane Roe, said") names the subject and stays."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    while token.i != subject.i and token.head.i != token.i:  # Tokens are views: compare indices
        if token.dep_ == "prep":
            return True
        token = token.head
    return False


def _subject_before(verb: Token, clauses: list[Token]) -> Token | None:
    """The subject of a cue after its content, when that subject stands wholly between
    the content clause and the cue: "..., NEA President Jane Roe said", "..., the union's president,
    Jane Roe, said"."""
    if not clauses or clauses[0].i > verb.i or verb.dep_ not in ("ROOT", "parataxis"):
        return None
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj" and c.i > clauses[0].right_edge.i]
    if not subjects and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        hung = _hung_apposition(verb)
        return hung if hung is not None and clauses[0].left_edge.i < hung.left_edge.i else None
    between = verb.doc[subjects[-1].right_edge.i + 1 : verb.i] if subjects else []
    if not subjects or any(t.dep_ not in _BEFORE_CUE for t in between):
        return None  # "..., Trump will accept ...": a cue in a clause of its own
    subject = subjects[-1]
    if any(t.is_quote for t in subject.subtree):
        return None  # "“..., Madam Mayor,” Ann Lee told her": a name addressed inside the quote
    if subject.left_edge.i == 0 or not verb.doc[subject.left_edge.i - 1].is_punct:
        return None  # a subject misparsed inside the content: no comma or mark sets it off
    return subject


#: Dependencies of the words a subject set off before its cue may have between them ("..., the
#: regulator, Ofgem, [has] said"; "..., Ann Roe [also] said").
_BEFORE_CUE = frozenset({"advmod", "aux"})


def _hung_apposition(verb: Token) -> Token | None:
    """The subject of a cue after its content that the parse hung on the content, its name in
    apposition: "Prices will rise, the UK's energy regulator, Ofgem, said" (the parse makes "regulator"
    the object of "rise" and leaves "said" with no subject). The noun is set off by a comma from the
    content and its apposition ends right before the cue, with only a comma, auxiliaries or adverbs
    between."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    i = verb.i - 1
    while i > 0 and (doc[i].text == "," or doc[i].dep_ in _BEFORE_CUE):
        i -= 1
    name = doc[i]
    noun = name.head
    if name.dep_ != "appos" or noun.i >= name.i or noun.pos_ != "NOUN" or name.pos_ != "PROPN":
        return None  # "“...,” Ramos, 58, told AFP": an age after a name is no role with a name
    first = noun.left_edge.i
    if first == 0 or doc[first - 1].text != "," or name.right_edge.i != i:
        return None
    return noun


def _clause_after(verb: Token, clause: Token) -> bool:
    """Whether a clause after a cue whose subject comes before it is its content: a clause of its own
    subject, not opened by a subordinator ("..., Spencer said, as the fighters trained")."""
    return (
        clause.i > verb.i
        and (
            any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.lefts)
            or _lost_subject_cue(verb, clause)
        )
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.lefts)
        and not any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.lefts)
    )


def _lost_subject_cue(verb: Token, clause: Token) -> bool:
    """Whether a clause right after a cue with no subject is its content, the parse having hung the
    speaker on a clause before the cue: "Ann Roe, a nurse [helping] run the clinic, said [she was
    tired]" (the tagger reads a word of the description as a verb and gives it the subject).

    The clause starts right after the cue and has one subject of its own, not a relative pronoun
    (after "..., said Jane Roe, who ..." the name is the cue's subject, not content); the cue follows
    a word or a comma, not a quote it closes ('...,” said Jane Roe, ...').
    """
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i == 0 or clause.left_edge.i != verb.i + 1:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    subjects = [c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ in ("WP", "WDT"):
        return False
    before = verb.i - 1
    while before > 0 and doc[before].dep_ == "advmod":  # "..., also said", "..., then says"
        before -= 1
    if doc[before].text == ",":
        return not doc[before - 1].is_quote
    return not (doc[before].is_punct or doc[before].is_space)


def _hung_subject(verb: Token) -> Mention | None:
    """The speaker of a cue with no subject, which the parse hung on a clause before the cue: the
    noun opening the sentence as that clause's subject ("Ann Roe, a nurse [helping] ..., said")."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.lefts:
        if clause.dep_ in ("ccomp", "advcl", "conj") and clause.pos_ in ("VERB", "AUX"):
            for subject in clause.lefts:
                if (
                    subject.dep_ == "nsubj"
                    and subject.pos_ in ("PROPN", "NOUN")
                    and subject.left_edge.i == verb.sent.start
                ):
                    return noun_phrase(subject)
    return None
