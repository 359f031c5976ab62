"""Quoted words in a verb's object or complement, and quoted characterisations in the passive.

"Clinton called half of Trump's supporters “deplorables”", "blamed the shootings on “implicit
bias”", "The plan has been called “a disgrace” by Senator Ann Lee": each is a *mixed* claim of the
verb's speaker (its subject, or the passive's agent), whose content holds the quoted words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.find.claims.claim import Claim, make_claim
from quotes.find.claims.claim_bounds import sentence_bounds
from quotes.find.claims.speech_settings import before_setting, dates_or_sets
from quotes.find.direct.quote_spans import Spans, reads_as_title
from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.lexicon.fragments import SPEAKER_NOUNS
from quotes.speakers.resolve import Mention, characterised_name, mention_of_cue, noun_phrase

#: How far up the parse a quoted word may sit below the verb whose content holds it.
_MAX_CLIMB = 12

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
#: preposition (:data:`quotes.lexicon.claims.CLAIM_PREPOSITIONS`: "warned of a “catastrophe”").
_SAYING_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp"})
#: Quote marks and spaces, stripped to see how quoted words end.
_MARKS_AND_SPACE = "".join(sorted(lexicon.QUOTE_CHARS)) + " "
#: Dashes that set off an aside after quoted words.
_DASHES = ("-", "–", "—")
#: Clauses in which a verb of saying reports no speech of its own subject ("expects him to announce
#: an “intensification”", "refusing to say “radical Islam”").
_EMBEDDED_SAYING_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "csubj", "acl", "relcl", "amod"})


def quoted_object(doc: Doc, text: str, verb: Token, fragments: Spans, saying: bool = False) -> Claim | None:
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
    and no particle ("called off the “Unity Tour”" is another verb). A finite verb the parse hangs
    as a participle on its subject ("one lawmaker [called] Hale “the king of ...”") takes that noun as
    its speaker, and its quoted predicate may hang on the noun (:func:`_subject_of_misparsed`). A
    comma inside the last closing mark ends the content ("“racist,” an extraordinary rebuke"), and so
    does a dash right after it ("“the next Lincoln” – the president he admires").

    With ``saying`` (a verb of saying rather than of characterising, :data:`quotes.lexicon.cues.
    QUOTED_OBJECT_VERBS`), the quoted words must be in its object or complement, the verb must speak
    for its own subject (not "expects him to announce an “intensification”") and the subject must
    name someone who can speak (:func:`_speaker_like`).
    """
    issuer = _medium_issuer(verb) if not saying else None
    misparsed = _subject_of_misparsed(verb, fragments, text) if not saying else None
    described = (
        verb.dep_ in ("amod", "compound", "acl") and characterised_name(verb) is None and misparsed is None
    )
    if (described and issuer is None) or any(
        c.dep_ in ("neg", "nsubjpass", "auxpass", "prt") for c in verb.children
    ):
        return None
    if saying and verb.dep_ in _EMBEDDED_SAYING_DEPS:
        return None
    _, sent_end = sentence_bounds(text, verb)
    cue_end = verb.idx + len(verb.text)
    holder = None
    for start, _ in fragments.opening_between(cue_end, sent_end):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        token = span[0]
        if token.is_quote and token.i + 1 < len(doc):
            token = doc[token.i + 1]  # the first quoted word: the marks hang anywhere in a parse
        owners = (verb.i,) if misparsed is None else (verb.i, misparsed.i)
        for _ in range(_MAX_CLIMB):  # up from the first quoted word to a dependent of the verb
            if token.head.i in owners or token.head is token or _own_cue(token):
                break
            token = token.head
        if token.head.i not in owners or token.i <= verb.i:
            continue  # with a misparse, the quoted predicate may hang on the subject noun after the verb
        if token.head.i == verb.i and token.dep_ in _NOT_CONTENT_DEPS:
            continue
        if (
            saying
            and token.dep_ not in _SAYING_OBJECT_DEPS
            and not (
                token.dep_ == "prep"
                and token.lower_ in claim_lexicon.CLAIM_PREPOSITIONS.get(verb.lemma_.lower(), ())
            )
        ):
            continue
        holder = token
    if holder is None:
        return None
    content = [c for c in verb.rights if c.i < holder.i and c.dep_ not in _NOT_CONTENT_DEPS | {"advmod"}]
    first = doc[min(c.left_edge.i for c in [*content, holder])].idx
    relatives = [
        c
        for c in verb.lefts
        if c.tag_ in ("WDT", "WP") and (c.dep_ == "dobj" or (c.dep_ == "mark" and verb.dep_ == "relcl"))
    ]
    if relatives:  # "a server, which he described as “an open door”", "a country that he called “...”"
        first = relatives[0].idx
    lead = doc[verb.i + 1]
    lemma = verb.lemma_.lower()
    if not relatives and first == lead.idx and dates_or_sets(lead) and lead.right_edge.i < holder.i:
        lead = doc[
            lead.right_edge.i + 1
        ]  # "called on Tuesday for a “full review”": the dating is the writer's
        first = lead.idx
    cue_preps = claim_lexicon.CLAIM_PREPOSITIONS.get(lemma, frozenset()) | claim_lexicon.CUE_PREPOSITIONS.get(
        lemma, frozenset()
    )
    if (
        not relatives
        and first == lead.idx
        and lead.dep_ == "prep"
        and lead.lower_ in cue_preps
        and lead.i < holder.right_edge.i
        and not dates_or_sets(lead)
    ):  # "called [for] more “flexibility”", "called [on] voters to “stand up”": the preposition is the cue's
        first = doc[lead.i + 1].idx
        if lead.i == verb.i + 1:
            cue_end = lead.idx + len(lead.text)
    stray = holder.dep_ == "npadvmod" or (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)
    )
    opened = _with_opening_mark(text, first, fragments, stray)
    if opened is None:
        return None
    first = opened
    last = holder.right_edge
    completed = False
    for extra in verb.rights:  # what the parse sets beside the quoted words but completes them
        if extra.i <= holder.i or extra.is_quote or extra.dep_ == "cc":
            continue
        gap = doc[last.i + 1 : extra.left_edge.i]
        if not _completes(extra, gap):
            break
        last, completed = extra.right_edge, True
    end = min(last.idx + len(last.text), sent_end)
    closed = first
    for _, close_end in fragments.opening_between(first, end):  # '... “a loser.”': the closing mark too
        closed = max(closed, min(close_end, sent_end))
    end = before_setting(doc, closed, max(end, closed), last.i)
    cast = misparsed is not None or _cast_as(verb, holder)
    if (
        end > closed > first
        and cast
        and not completed
        and text[first:closed].rstrip(_MARKS_AND_SPACE).endswith(",")
    ):
        end = closed  # 'called the remarks “racist,” an extraordinary rebuke': the comma in the marks ends it
    if end > closed > first and text[closed:end].lstrip()[:1] in _DASHES:
        end = closed  # 'praised his “deep faith” - “faith that ...,” he said': a dash sets off an aside
    mention = mention_of_cue(doc, verb.i if issuer is None else issuer.i)
    if misparsed is not None:
        mention = noun_phrase(misparsed)
    if verb.dep_ == "conj" and not (mention and _speaker_like(doc, mention)):
        outer = _outer_cue(verb)
        if outer is not None:
            mention = mention_of_cue(doc, outer.i)
    if mention is None or (saying and not _speaker_like(doc, mention)):
        return None
    claim = make_claim(text, first, end, verb.idx, cue_end, verb.lemma_.lower(), mention)
    return claim if claim is not None and claim.type == "mixed" else None


def passive_quoted(doc: Doc, text: str, verb: Token, fragments: Spans) -> Claim | None:
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
    claim = make_claim(text, start, end, verb.idx, verb.idx + len(verb.text), verb.lemma_.lower(), mention)
    return claim if claim is not None and claim.type == "mixed" else None


#: Head nouns of a mention that can speak, besides people by role and organisations.
_SPEAKER_NOUNS = (
    speaker_lexicon.SPEAKER_ROLE_HEADS
    | speaker_lexicon.SPOKESPERSON_HEADS
    | speaker_lexicon.ORGANIZATION_HEADS
    | speaker_lexicon.GROUP_HEADS
)


def _speaker_like(doc: Doc, mention: Mention) -> bool:
    """Whether a mention names someone who speaks: a person, an organisation or group, a pronoun for
    one ("he", "they", "who"), not a thing ("the sound system added ...")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    return (
        head.ent_type_ in speaker_lexicon.SPEAKER_ENTITIES
        or head.pos_ in ("PRON", "PROPN")
        or head.lower_ in _SPEAKER_NOUNS
        or head.lemma_.lower() in _SPEAKER_NOUNS
    )


def _subject_of_misparsed(verb: Token, fragments: Spans, text: str) -> Token | None:
    """The subject of a finite verb of characterising that the parse hangs as a participle on the
    noun before it: "Sanders' campaign called AP's report a “rush to judgment”", "Ann Lee, a
    council member, on Tuesday called the plan “reckless”". A true participle names with the quoted
    words themselves ("a group called the “Friends of the Park”"); the finite verb sets an object of
    its own between itself and the quoted words. None when the verb is no such misparse or its noun
    cannot speak. ``text`` is ``doc.text``, read once by the caller (spaCy rebuilds it on each access)."""
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ not in ("VBN", "VBD"):
        return None
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass", "mark")
        or c.lower_ in speaker_lexicon.RELATIVE_PRONOUNS
        for c in verb.children
    ):
        return None
    noun = verb.head
    if noun.i > verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = verb.doc
    _, sent_end = sentence_bounds(text, verb)
    quoted = fragments.opening_between(verb.idx + len(verb.text), sent_end)
    if not quoted:
        return None
    between = doc.char_span(verb.idx + len(verb.text), quoted[0][0], alignment_mode="contract")
    if between is None or not any(
        t.pos_ in ("NOUN", "PROPN", "PRON") and not dates_or_sets(t.head) for t in between
    ):
        return None
    if not (_speaker_like(doc, noun_phrase(noun)) or noun.lemma_.lower() in SPEAKER_NOUNS):
        return None
    return noun


def _with_opening_mark(text: str, first: int, fragments: Spans, stray: bool) -> int | None:
    """Where content starts when quoted words open it: the parse hangs their opening mark on the verb
    ("condemned [“such a cowardly attack”]", "citing [''the unique energy of the city'']"), so the
    object's first word comes after the mark, which belongs to the content. None when the words in
    marks are a title ("praised “The Long Road Home”": a title, not anyone's words), or when the words
    are ``stray``: an adverbial phrase of the verb ("were calling “every 15 minutes”"), or the object
    of a past form the parse hangs as an adverbial clause without a subject of its own, which
    describes a noun ("messages later deemed “top secret”") and names no speaker."""
    for start, end in fragments.opening_between(first - 2, first):
        if text[start:first].strip(_MARKS_AND_SPACE):
            continue
        if stray:
            return None
        if reads_as_title(text[first:end].strip(_MARKS_AND_SPACE + ".,;:!?")):
            return None
        return start
    return first


def _completes(extra: Token, gap: Span) -> bool:
    """Whether a dependent the parse hangs on the verb after the quoted words completes them: the
    charge's reason ("blamed the “fog of war” [for the failure]", "called the plan “a mistake”
    [because it costs too much]"), the second term of a comparison ("called the law “much better”
    [than the old one]"), or a second predicate ("called him “a liar” and [a cheat who ...]"). Only
    closing marks, and before a second predicate its "and" or comma, may stand between."""
    if extra.dep_ == "conj":
        predicate = extra.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")
        return predicate and all(t.is_quote or t.dep_ == "cc" for t in gap)
    if extra.dep_ == "prep" and extra.lower_ == "for":
        return not len(gap)  # '“bad luck” [for the most part]' is the writer's
    if not all(t.is_quote for t in gap):
        return False
    if extra.dep_ == "prep":
        return extra.lower_ == "than"
    return extra.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "because" for c in extra.children)


def _cast_as(verb: Token, holder: Token) -> bool:
    """Whether the quoted words are what the verb casts its object as: "called [him] a “moderate”"."""
    return any(c.dep_ in ("dobj", "oprd") and verb.i < c.i < holder.i for c in verb.children)


def _medium_issuer(verb: Token) -> Token | None:
    """The verb that issued the statement, letter or tweet a characterising participle describes:
    "issued a statement describing the talks as a “positive step”" is the issuers' characterising;
    likewise the verb whose prepositional phrase the parse hangs the participle on ("spoke at a rally
    calling the plan “a gift”", "at one point calling the mayor a “liar”")."""
    medium = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    if medium.dep_ == "pobj" and medium.head.dep_ == "prep" and medium.head.head.pos_ == "VERB":
        return medium.head.head  # "clashed with him, at one point calling the mayor a “liar”"
    if medium.dep_ != "dobj":
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
    what he calls the “crooked” process" is his calling. A participle describing a noun with no
    speaker of its own is not ("urging those [calling] for a withdrawal to “give him time”": the
    urging holds the quoted words)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or not (
        lemma in lexicon.CHARACTERISING_VERBS or lemma in lexicon.QUOTED_OBJECT_VERBS
    ):
        return False
    described = token.dep_ in ("amod", "compound", "acl") and characterised_name(token) is None
    return not described or _medium_issuer(token) is not None
