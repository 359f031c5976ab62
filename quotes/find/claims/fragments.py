"""Quoted fragments no other rule attributes: the last pass of the finders.

A quoted fragment in a sentence's object or complement ("Trump likened the refugees to a “vicious
snake”", "Cruz exhorted Republicans to “vote your conscience”", "his call for “a fresh start”") is
the speaker's words when the parse ties it to someone who can speak: it hangs, through its own
dependents, from a verb whose active subject names a person, a pronoun for one, an organisation, a
group or a role, or from a noun whose possessor does. Each becomes one *mixed* claim (a
:class:`quotes.find.claims.claim.Claim`), shaped like every other mixed record (seeds/ANNOTATION.md).

Span rule: from the verb's first object or complement dependent (after a preposition right after the
verb: "gone after [Trump as a “con artist”]") to the end of the dependent that holds the quoted words,
closing mark included. The writer's adjuncts after that dependent ("in a song about ...", "on
Tuesday") are left out.

Quoted words without a verb and shorter than :data:`MIN_VERBLESS_WORDS` count only inside a content
clause ("tells the crowd he's “brusk”") or as what the speaker casts an object as ("heralded the
deal as a “breakthrough”"): elsewhere a short phrase in marks is as often the writer's label.

Not attributed: titles and scare quotes with no speaker ("a book titled “...”", "known as the
“...”"), passives without a by-agent, negated verbs ("did not address ..."), thanks ("thanks the UK
for the “big support”", a social act), verbs and subjects inside another quote, subjects that cannot
speak ("the sound system played “...”"), and light verbs whose object is a thing rather than words
("has a “plan”").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.find.claims.claim import Claim
from quotes.find.claims.claim_bounds import after_listener_title
from quotes.find.claims.fragment_speakers import (
    agent_of,
    agent_of_noun,
    is_passive,
    saying,
    speaks,
    subject_of,
)
from quotes.find.claims.stranded import stranded_anchor
from quotes.find.direct.marks import DirectQuote, MarkedQuote
from quotes.find.direct.quote_spans import Spans, closed_end, reads_as_title
from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.lexicon.fragments import (
    CLAUSE_DEPS,
    CONTENT_DEPS,
    CONTRAST_MARKS,
    LIGHT_VERBS,
    NOUN_CONTENT_DEPS,
    SCARE_MARKERS,
    SETTING_PREPOSITIONS,
    SETTINGS,
    SPEECH_ACT_NOUNS,
    SPEECH_NOUNS,
    TOPIC_PREPOSITIONS,
    UTTERANCE_VERBS,
)
from quotes.speakers.resolve import Mention, noun_phrase

#: Quoted words without a verb need at least this many words to be taken as someone's words: a
#: short noun phrase in marks ("“respect”", "the “professional left”") is as often the writer's
#: label as a speaker's.
MIN_VERBLESS_WORDS = 6

#: How many heads up from a quoted fragment its verb or noun may stand.
MAX_CLIMB = 10


def _anchor(root: Token, quote_open: int) -> tuple[Token, Token, Token, Token | None] | None:
    """The verb or noun that ties a fragment to a speaker, the dependent of it that holds the
    fragment, the speaker's head token, and where the content starts when a noun of speech under
    the verb carries it ("delivered a defense of [“...”]", "made the point [that ...]"); None when
    the parse ties the fragment to nobody who speaks."""
    token = root
    inner = None
    for _ in range(MAX_CLIMB):
        head = token.head
        if head is token:
            return None
        if token.dep_ == "conj" and head.pos_ == token.pos_:
            token = head  # "to “stop ...” and to “start ...”": the first conjunct holds them both
            continue
        if token.dep_ == "relcl" and token.left_edge.idx < quote_open and _described(token):
            return None  # "the story of Nineveh, which was “...”": the writer's description
        if head.pos_ == "VERB" and token.i > head.i and head.idx < quote_open:
            if any(c.dep_ == "neg" for c in head.children):
                return None
            if token.dep_ not in CONTENT_DEPS and not _object_infinitive(head, token):
                return None
            if (
                head.dep_ == "pcomp"
                and head.head.lower_ in TOPIC_PREPOSITIONS
                and head.head.head.pos_ == "VERB"
            ):
                token = head  # "talked about [continuing the “progress ...”]": the outer verb's topic
                continue
            if head.dep_ in ("xcomp", "ccomp") and head.head.pos_ == "VERB" and subject_of(head) is None:
                token = (
                    head  # "exhorted Republicans to “vote ...”": the infinitive is the outer verb's content
                )
                continue
            if head.lemma_.lower() in LIGHT_VERBS or any(c.dep_ == "prt" for c in head.children):
                return None
            if (
                token.dep_ == "prep"
                and token.lower_ in SETTING_PREPOSITIONS
                and (token.i > head.i + 1 or saying(head))
            ):
                return None  # "said on “Meet the Press”", "spoke at the “Unite” rally": the setting
            speaker = agent_of(head) if is_passive(head) else subject_of(head)
            if (speaker is None or not speaks(speaker)) and _of_speech_noun(head):
                token = head  # "the contention of Ann Lee [that her emails were subjected to “...”]"
                continue
            if speaker is None or not speaks(speaker):
                return None
            return head, token, speaker, inner
        if (
            head.pos_ == "NOUN"
            and token.i > head.i
            and token.dep_ in NOUN_CONTENT_DEPS
            and head.lemma_.lower() in SPEECH_NOUNS
        ):
            owners = [c for c in head.lefts if c.dep_ == "poss"]
            if owners and (speaks(owners[0]) or owners[0].lower_ == "its") and head.idx < quote_open:
                return head, token, owners[0], None
            content = token.dep_ in CLAUSE_DEPS or _that_clause(token)
            agent = agent_of_noun(head) if not owners and content else None
            if agent is not None and agent.i < token.i and head.idx < quote_open:
                return head, token, agent, token.left_edge  # "a report by the Globe [that he “...”]"
            if not owners and head.idx < quote_open:
                if token.dep_ != "prep":
                    inner = head.doc[head.i + 1]  # "the point [that ...]"
                else:
                    objects = [c for c in token.rights if c.dep_ == "pobj"]
                    inner = objects[0].left_edge if objects else inner  # "a defense of [“...”]"
        if head.pos_ == "VERB" and token.i < head.i:
            return None  # a fragment in the subject or before its verb is not the verb's object
        token = head
    return None


def _of_speech_noun(clause: Token) -> bool:
    """Whether a clause is the "that" clause of a noun of speech ("the contention [that ...]"), not a
    clause describing it ("terms [containing words such as “...”]")."""
    noun = clause.head
    return (
        clause.dep_ in NOUN_CONTENT_DEPS
        and clause.left_edge.lower_ == "that"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in SPEECH_NOUNS
    )


def _described(clause: Token) -> bool:
    """Whether a relative clause describes a thing ("which was ...", "that is ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in clause.children)


def _object_infinitive(verb: Token, clause: Token) -> bool:
    """Whether a clause the parse makes adverbial is the infinitive after the verb's object
    ("implored the board [to “stop ...”]")."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.lefts)
        and any(c.dep_ in ("dobj", "dative") and c.i < clause.i for c in verb.children)
    )


def _content_start(doc: Doc, anchor: Token, holder: Token, inner: Token | None) -> int:
    """The first token of the content: the anchor's first content dependent after it, or the object
    of a preposition right after the anchor ("gone after [Trump ...]", "his call for [“...”]"); a
    content clause without the listener before it ("tells the crowd, [he's ...]"); what a noun of
    speech carries ("an impassioned defense of [“...”]")."""
    if inner is not None:
        return inner.i
    listeners = [c for c in anchor.rights if c.i < holder.i and c.dep_ in ("dobj", "dative")]
    if holder.dep_ == "ccomp" and listeners and all(speaks(c) for c in listeners):
        return holder.left_edge.i
    dependents = [
        c
        for c in anchor.rights
        if c.i <= holder.i and (c.dep_ in CONTENT_DEPS or c.dep_ in NOUN_CONTENT_DEPS or c.dep_ == "npadvmod")
    ]
    first = dependents[0] if dependents else holder
    if first.dep_ == "prep" and first.i == anchor.i + 1 and first.n_rights:
        objects = list(first.rights)
        return objects[0].left_edge.i
    if first.dep_ == "prep" and first.i == anchor.i + 1:
        return first.i + 1
    start = first.left_edge.i
    if start <= anchor.i:
        start = anchor.i + 1
    return start


def _claim(
    doc: Doc,
    text: str,
    anchor: Token,
    holder: Token,
    speaker: Token,
    inner: Token | None,
    end: int,
    opens: frozenset[int] = frozenset(),
    quoted: tuple[Spans, int] | None = None,
) -> Claim | None:
    first = _content_start(doc, anchor, holder, inner)
    while first < len(doc) and (doc[first].is_space or (doc[first].is_punct and not doc[first].is_quote)):
        first += 1  # ", he's been ...": the comma after the listener is not content
    if first < len(doc) and quoted is not None:  # 'told “Face the Nation” that ... “...”': the listener
        first = after_listener_title(doc, text, first, quoted[0], quoted[1])
    if first >= len(doc):
        return None
    start = doc[first].idx
    if first > 0 and doc[first - 1].idx in opens:
        start = doc[first - 1].idx  # 'a defense of [“the values ...”]': the opening mark too
    if text.startswith("that ", start) and doc[first].dep_ == "mark":
        start += 5
    while end > start and text[end - 1].isspace():
        end -= 1  # '“stand firm”\u00a0at the rally': a no-break space after the mark is not content
    if end - start < 2:
        return None
    cue_end = anchor.idx + len(anchor.text)
    mention: Mention = noun_phrase(speaker)
    return Claim("mixed", start, end, anchor.text, anchor.lemma_.lower(), anchor.idx, cue_end, mention)


def find_fragment_claims(
    doc: Doc,
    marked: list[MarkedQuote],
    directs: list[DirectQuote],
    claims: list[Claim],
    text: str | None = None,
) -> list[Claim]:
    """Mixed claims for the quoted fragments that no direct quote or claim already covers.

    Args:
        doc: a parsed Doc.
        marked: every marked quote of the text (:func:`quotes.find.direct.marks.find_marked_quotes`).
        directs: the direct quotes found.
        claims: the claims found; a fragment inside or overlapping one is left to it.
        text: ``doc.text``, when already read.

    Returns:
        One mixed claim per verb or noun that holds fragments, in text order; several fragments of
        one verb ("called it “X” and “Y”") make one claim.
    """
    text = doc.text if text is None else text
    taken = Spans([(d.start, d.end) for d in directs] + [(c.start, c.end) for c in claims])
    quoted = Spans((q.open, closed_end(text, q)) for q in marked)
    direct_cues = {d.cue for d in directs if d.cue is not None}
    opens = frozenset(q.open for q in marked)
    by_anchor: dict[int, Claim] = {}
    for quote in marked:
        closed = closed_end(text, quote)
        if quote.close is None or taken.overlaps(quote.open, closed):
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or not len(span) or _scare_quote(doc, span):
            continue
        root = _root(span)
        found = _anchor(root, quote.open)
        stranded = found is None
        if found is None:
            found = stranded_anchor(root)
        if found is None:
            continue
        anchor, holder, speaker, inner = found
        characterised = _characterised(anchor, holder)
        if (
            quote.title or reads_as_title(text[quote.start : quote.end].rstrip(".,;:!? "))
        ) and not characterised:
            continue  # a title ("“Latin History for Dummies,”"), unless the speaker casts someone as it
        if (
            not _wordy(span)
            and not _content_clause(holder, anchor)
            and not characterised
            and not _act_of_speech(anchor, inner)
            and not stranded
            and anchor.lemma_.lower() not in UTTERANCE_VERBS
        ):
            continue  # a short phrase in marks outside a content clause: a label as often as words
        if anchor.i in direct_cues:
            continue  # '“...,” he said on “Meet the Press”': the verb is a direct quote's cue
        if anchor.idx in quoted or speaker.idx in quoted:
            continue  # a verb or subject inside another quote is that quote's own words
        if speaker.lower_ in speaker_lexicon.FIRST_PERSON or (speaker.is_upper and len(speaker) > 1):
            continue  # the writer's "I", or a headline in capitals
        end = min(
            max(closed, holder.right_edge.idx + len(holder.right_edge.text)), _sentence_end(text, anchor)
        )
        end = _trim_after(doc, text, closed, end)
        claim = _claim(doc, text, anchor, holder, speaker, inner, end, opens, (quoted, quote.open))
        previous = by_anchor.get(anchor.i)
        if claim is not None and previous is not None:
            claim = _merged(previous, claim)
        if claim is not None:
            by_anchor[anchor.i] = claim
    candidates = list(by_anchor.values())
    result: list[Claim] = []
    for claim in sorted(candidates, key=lambda c: c.start - c.end):
        if taken.overlaps(claim.start, claim.end) or any(
            claim.start < kept.end and kept.start < claim.end for kept in result
        ):
            continue  # of two verbs holding one fragment, the outer one's content is the longer
        result.append(claim)
    return sorted(result, key=lambda c: (c.start, c.end))


def _merged(first: Claim, second: Claim) -> Claim:
    """One claim over the fragments of one verb ("called it “X” and “Y”")."""
    start, end = min(first.start, second.start), max(first.end, second.end)
    return Claim(
        "mixed", start, end, first.cue_text, first.cue_lemma, first.cue_start, first.cue_end, first.mention
    )


def _content_clause(holder: Token, anchor: Token) -> bool:
    """Whether the dependent holding the quoted words is a content clause ("tells the crowd [he's
    “brusk”]", "her suggestion [that she was “likable enough”]"), or the infinitive a verb of saying
    asks or urges ("asked the actors [to act “whiter”]")."""
    if holder.pos_ not in ("VERB", "AUX"):
        return False
    return (
        holder.dep_ in CLAUSE_DEPS
        or _that_clause(holder)
        or (holder.dep_ == "xcomp" and anchor.pos_ == "VERB" and saying(anchor))
    )


def _that_clause(clause: Token) -> bool:
    """Whether a clause the parse makes relative opens with the "that" of a content clause ("the
    contention of Ann Lee [that her emails were ...]"): a relative "that" is its subject or object."""
    return clause.dep_ == "relcl" and clause.left_edge.dep_ == "mark" and clause.left_edge.lower_ == "that"


def _act_of_speech(anchor: Token, inner: Token | None) -> bool:
    """Whether short quoted words are what an act of speech of the speaker's carries: "his call for
    [“a fresh start”]", "the mayor's broadside against [“reckless spending”]", "delivered a defense
    of [“Ohio values”]" (a noun of such an act, owned by the speaker or the object of their verb)."""
    if inner is None:
        return anchor.pos_ == "NOUN" and anchor.lemma_.lower() in SPEECH_ACT_NOUNS
    nouns = [t for t in anchor.doc[anchor.i + 1 : inner.i] if t.pos_ == "NOUN"]
    return bool(nouns) and nouns[-1].lemma_.lower() in SPEECH_ACT_NOUNS


def _characterised(anchor: Token, holder: Token) -> bool:
    """Whether the quoted words are what the speaker casts an object as: "heralded the deal [as a
    “breakthrough”]", "pronounced him [“a friend”]", "refers to the mayor [as “Tom”]"."""
    referred = anchor.lemma_.lower() == "refer" and holder.lower_ == "as"  # "refers [to] the mayor as"
    objects = [
        c
        for c in anchor.children
        if anchor.i < c.i < holder.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and referred))
    ]
    if not objects:
        return False
    if holder.dep_ == "oprd":
        return True
    # "as a “breakthrough”", not "as part of the “Gang of Eight”"
    return (
        holder.dep_ == "prep"
        and holder.lower_ == "as"
        and any(t.is_quote for t in holder.doc[holder.i + 1 : holder.i + 4])
    )


def _wordy(span: Span) -> bool:
    """Whether quoted words are a speaker's rather than a label: a clause (a verb in it) or a long
    phrase."""
    return any(t.pos_ in ("VERB", "AUX") for t in span) or sum(t.is_alpha for t in span) >= MIN_VERBLESS_WORDS


def _scare_quote(doc: Doc, span: Span) -> bool:
    """Whether a fragment is the writer's label rather than anyone's words: a word after
    "so-called", or a modifier of a noun after it ("the “gun violence” narrative")."""
    before = doc[span.start - 2] if span.start >= 2 else None
    if before is not None and before.lower_ in SCARE_MARKERS:
        return True
    root = _root(span)
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end


def _root(span: Span) -> Token:
    """The fragment's highest token: the one whose head lies outside it."""
    for token in span:
        if not span.start <= token.head.i < span.end or token.head is token:
            return token
    return span.root


def _sentence_end(text: str, token: Token) -> int:
    """The end of ``token``'s sentence, clamped to its paragraph."""
    end = token.sent.end_char
    para_end = text.find("\n", token.idx)
    return end if para_end == -1 else min(end, para_end)


def _trim_after(doc: Doc, text: str, closed: int, end: int) -> int:
    """Where the content ends: after the closing mark, the holder's words run on only until a comma,
    a phrase that sets the scene (a date or time, an occasion or medium: "in a song about ...",
    "on Tuesday") or a clause the writer sets against them ("... “learning on the job” [while his
    rivals ...]"), and never over trailing punctuation."""
    if end > closed:
        span = doc.char_span(closed, end, alignment_mode="contract")
        for token in span if span is not None else ():
            contrast = (  # "while his rivals penned ...", not "while leading the country into war"
                token.dep_ == "mark"
                and token.lower_ in CONTRAST_MARKS
                and any(c.dep_ == "nsubj" for c in token.head.children)
            )
            if token.text in (",", ";", ":", "(", "—", "--") or contrast or _sets_scene(token):
                end = token.idx
                break
    while end > closed and text[end - 1] in lexicon.TRAILING_PUNCTUATION + "([—-":
        end -= 1
    return max(end, closed)


def _sets_scene(token: Token) -> bool:
    """Whether a word opens the writer's setting of an act: a date or time, or a preposition whose
    object is a date, a time or an occasion ("in a song", "at a rally")."""
    if token.ent_type_ in ("DATE", "TIME") and token.ent_iob_ == "B":
        return True
    if token.dep_ != "prep":
        return False
    if token.lower_ in lexicon.SETTING_PREPOSITIONS:
        return True
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in SETTINGS)
        for c in token.children
    )
