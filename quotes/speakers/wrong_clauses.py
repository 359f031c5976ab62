"""Cues the parse hangs in a clause whose subject is not their speaker.

:func:`quotes.speakers.mentions.mention_of_cue` climbs from a cue to the verb whose subject speaks. Where
the parse hangs the cue, or a verb on the way up, in the wrong clause, that climb ends at someone else:
a participle set off after a relative clause hung on that clause's verb ("paid a builder who said he
was cheated, saying ...": not the builder), a participle going on from "X said" hung on the clause after
it (that clause's subject), a conjunct hung on the verb of quoted words set between its two halves
("treating it as praise -- “That makes me smart” -- and asserting ...": not "That"), a subject inside
quoted words for a cue outside them, a participle set off after an object ("made an attempt to answer them,
writing ...") or right after the subject it describes ("Hale, later alleging ..., said"), an infinitive
of saying on a chance someone is given ("offered Hale a platform to say ...": Hale, not the giver), a
participle of saying or showing on the noun it describes ("polls showing ...": the polls; but "cited
polls showing ...": the one who cites them; "said at a news conference announcing ...": the one who
said), and a participle of knowing on an object that knows nothing ("came out the other side knowing
..."). Each function here reads one of these.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon
from quotes.lexicon import documents as document_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.noun_phrases import SUBJECT_DEPS

#: Double quote marks as tokens ("''" and "``" are how some papers write them).
_DOUBLE_MARKS = frozenset({'"', "“", "”", "''", "``", "„"})
#: How far back a quote mark is looked for (a quoted passage longer than this is rare in a sentence).
_MARK_REACH = 120


def in_quoted_words(token: Token) -> bool:
    """Whether a token lies inside quoted words of its paragraph: the nearest double quote mark before
    it opens a quote."""
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - _MARK_REACH), -1):
        word = doc[i]
        if "\n" in word.text or "\n" in word.whitespace_:
            return False  # a paragraph break: quoted words run on from it only when marked again
        if word.text in _DOUBLE_MARKS:
            return _opens(word)
    return False


def _opens(mark: Token) -> bool:
    """Whether a double quote mark opens quoted words: a curly opening mark, or a straight one (``"``,
    ``''``) with a space or a dash before it and none after, as the words it opens follow it."""
    if mark.text in ("“", "``", "„"):
        return True
    if mark.text == "”":
        return False
    doc = mark.doc
    before = doc[mark.i - 1] if mark.i > 0 else None
    spaced = before is None or bool(before.whitespace_) or before.text in ("(", "[", "—", "–")
    return spaced and not mark.whitespace_


def quoted_apart(subject: Token, cue: Token) -> bool:
    """Whether a subject lies inside quoted words and the cue outside them ("... -- “That makes me
    smart” -- and asserting": "That" is the quoted speaker's word, not the one who asserts)."""
    return in_quoted_words(subject) and not in_quoted_words(cue)


def past_relative_clause(participle: Token) -> Token | None:
    """The verb a participle set off by a comma after a relative clause goes on from, where the parse
    hangs it on the relative clause's verb ("Hale refused to pay a builder who said he was cheated,
    saying ...": Hale speaks, not the builder): the verb the clause's noun belongs to. ``None`` for any
    other token."""
    head = participle.head
    doc = participle.doc
    if (
        participle.tag_ != "VBG"
        or participle.dep_ != "advcl"
        or head.dep_ != "relcl"
        or head.i > participle.i
        or doc[participle.i - 1].text != ","
    ):
        return None
    if not _goes_on_saying(participle):
        return None  # "hired a builder who quit, prompting him to say": the one prompted speaks
    if any(
        c.dep_ in SUBJECT_DEPS and c.lower_ not in speaker_lexicon.RELATIVE_PRONOUNS for c in head.children
    ):
        return None  # "a news conference in which he went on, mocking ...": the clause's own subject speaks
    noun = head.head
    if noun.head is noun or noun.head.i > participle.i:
        return None
    return noun.head


def went_on_from(participle: Token) -> Token | None:
    """The verb of saying right before a participle that goes on from it ("..., Hale said, going on to
    say that ...", "..., said Hale, adding ..."), where the parse hangs the participle on the clause
    after it: that verb, whose subject speaks. ``None`` where no such verb ends right before the
    participle's comma."""
    doc = participle.doc
    i = participle.i - 1
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.head.i < participle.i:
        return None
    if not _goes_on_saying(participle):
        return None
    if i < 1 or doc[i].text != ",":
        return None
    before = doc[i - 1]
    if before.dep_ in SUBJECT_DEPS and before.head.i < before.i:
        before = before.head  # "..., said Hale, adding ...": the inverted verb
    if before.pos_ != "VERB" or before.lemma_.lower() not in lexicon.REPORTING_VERBS:
        return None
    if before.head.i != participle.head.i and before.head is not before:
        return None  # the verb and the participle must both hang on the clause the parse made main
    if not any(c.dep_ in SUBJECT_DEPS for c in before.children):
        return None
    return before


def past_object(participle: Token) -> Token | None:
    """The verb a participle set off by a comma goes on from, where the parse hangs it on that verb's
    object ("Hale made a third attempt to answer the critics, writing on Twitter that ...": Hale
    writes, not the attempt): the verb. Without the comma the object speaks ("met a voter saying ...").
    ``None`` for any other token."""
    noun = participle.head
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.dep_ != "acl" or noun.dep_ != "dobj" or noun.i > participle.i:
        return None
    if doc[participle.i - 1].text != "," or not _goes_on_saying(participle):
        return None
    if any(t.text == "," for t in doc[noun.i : participle.i - 1]):
        return None  # "met Roe, a voter, saying": the comma may close an aside on the object
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def participle_on_subject(participle: Token) -> Token | None:
    """The subject a participle set off by a comma right after it describes, where the parse hangs the
    participle on that noun ("Hale, later alleging that ..., said": Hale alleges): the noun. ``None``
    for any other token."""
    noun = participle.head
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.dep_ not in ("appos", "acl") or noun.i > participle.i:
        return None
    if noun.dep_ not in SUBJECT_DEPS or noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(doc):
        return None
    if doc[noun.i + 1].text != "," or not _speech_lemma(participle):
        return None
    words = doc[noun.i + 2 : participle.i]
    return noun if all(w.dep_ == "advmod" and w.head.i == participle.i for w in words) else None


def _goes_on_saying(participle: Token) -> bool:
    """Whether a participle is itself one of saying ("saying", "calling it ...") or goes on to one
    with no one else made to speak ("going on to say"; not "prompting Roe to say")."""
    if _speech_lemma(participle):
        return True
    if any(c.dep_ == "dobj" for c in participle.children):
        return False
    return any(c.dep_ == "xcomp" and _speech_lemma(c) for c in participle.children)


def _speech_lemma(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in lexicon.REPORTING_VERBS or lemma in lexicon.CHARACTERISING_VERBS


def conjunct_before_quote(conjunct: Token) -> Token | None:
    """The first half of a coordination that quoted words interrupt, where the parse hangs the second
    half on the quoted words' verb ("treating the remark as praise -- “That makes me smart” -- and,
    when asked, asserting ...": "treating"): the nearest verb of the same form before the quote, in the
    sentence. ``None`` for a conjunct hung on a verb outside quoted words."""
    head = conjunct.head
    if conjunct.dep_ != "conj" or head.i > conjunct.i:
        return None
    if not in_quoted_words(head) or in_quoted_words(conjunct):
        return None
    doc = conjunct.doc
    i = head.i - 1
    while i >= conjunct.sent.start and (in_quoted_words(doc[i]) or doc[i].text in _DOUBLE_MARKS):
        i -= 1  # back to the quote's opening mark
    for j in range(i, conjunct.sent.start - 1, -1):
        word = doc[j]
        if word.tag_ == conjunct.tag_ and word.pos_ == "VERB" and not in_quoted_words(word):
            return word
    return None


def given_the_chance(infinitive: Token) -> Token | None:
    """The one a verb of giving hands a chance to speak, where the infinitive of saying hangs on that
    chance or on the giving verb ("the show offered Tom Hale a platform to say ...", "gave Roe the
    chance to explain that ..."): the giver's dative, or a name the parse hung on the chance noun as a
    compound ("offered Hale platform to say", an article missing). ``None`` for any other token, and
    for a chance given to no one named ("offered a platform to say")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.lefts):
        return None
    head = infinitive.head
    if infinitive.dep_ in ("relcl", "acl") and head.dep_ == "dobj":
        giver, chances = head.head, [head]
    elif infinitive.dep_ in ("advcl", "xcomp") and head.i < infinitive.i:
        giver, chances = head, [c for c in head.children if c.dep_ == "dobj"]
    else:
        return None
    if giver.lemma_.lower() not in speaker_lexicon.GIVING_VERBS:
        return None
    if not any(c.lemma_.lower() in speaker_lexicon.CHANCE_NOUNS for c in chances):
        return None
    datives = [c for c in giver.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if datives:
        return datives[0]
    names = [c for c in chances[0].lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
    return names[-1] if names else None


def participle_on_noun(participle: Token) -> Token | None:
    """The noun a participle of saying or showing hangs on right after it, with no subject of its own
    and no comma between ("met a voter saying ...", "emails showing that ...", "polls showing Hale
    ahead"): the noun, which speaks. ``None`` for any other token, and for an event of speech, which
    says nothing itself ("said at a news conference announcing that ...": see :func:`event_of_speech`)."""
    noun = participle.head
    doc = participle.doc
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.i > participle.i or noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in _NOT_NOUN_SPEAKERS:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in participle.children):
        return None
    before = participle.i - 1
    while before > noun.i and doc[before].is_space:
        before -= 1
    if doc[before].i != noun.right_edge.i and doc[before].i != noun.i:
        return None  # "a voter from Ohio who ... saying": the participle hangs on a phrase, not the noun
    if doc[before].text == "," or not _speech_or_evidence(participle) or _speech_event(noun):
        return None
    return noun


def _speech_event(noun: Token) -> bool:
    word = noun.lemma_.lower()
    return word in lexicon.SPEECH_SETTINGS and word not in document_lexicon.DOCUMENT_HEADS


def event_of_speech(participle: Token) -> Token | None:
    """The verb a phrase of a speech event hangs on, where a participle of saying describes the event
    ("she said at a news conference announcing that ...", "spoke at a rally saying ..."): the verb, whose
    subject speaks. ``None`` for any other token."""
    noun = participle.head
    if (
        participle.dep_ != "acl"
        or participle.tag_ != "VBG"
        or noun.i > participle.i
        or not _speech_event(noun)
    ):
        return None
    if noun.dep_ != "pobj" or not _speech_or_evidence(participle):
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


#: Nouns a participle hangs on that name nobody ("something saying", "anything showing").
_NOT_NOUN_SPEAKERS = frozenset({"something", "anything", "nothing", "everything"})


def _speech_or_evidence(participle: Token) -> bool:
    return _speech_lemma(participle) or participle.lemma_.lower() in speaker_lexicon.EVIDENCE_VERBS


def cited_by(participle: Token) -> Token | None:
    """The verb of citing or discussing whose object holds the evidence or document a participle of
    showing or saying describes ("Hale cited a poll showing ...", "went on to discuss polls, including
    ones showing ...", "cited a report saying ..."): the verb. ``None`` for a noun no verb of citing
    holds ("disputed polls showing ...")."""
    noun = participle.head
    for _ in range(4):
        if noun.dep_ in ("conj", "appos") and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
            continue
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in speaker_lexicon.CITING_PREPOSITIONS:
            if head.head.pos_ in ("NOUN", "PROPN"):  # "polls, including ones showing ..."
                noun = head.head
                continue
            head = head.head  # "pointed to data showing ..."
        elif noun.dep_ != "dobj":
            return None
        is_citing = head.pos_ == "VERB" and head.lemma_.lower() in speaker_lexicon.CITING_VERBS
        return head if is_citing else None
    return None


def belief_past_object(participle: Token) -> Token | None:
    """The verb whose object a participle of knowing or believing hangs on, where that object is no one
    who could know ("who came out the other side knowing that ...": the one who came out knows): the
    verb, whose subject holds the belief. ``None`` for any other token, and for an object that may be
    a person, group, body or document ("met a voter believing ...")."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or noun.dep_ != "dobj" or noun.i > participle.i:
        return None
    if participle.lemma_.lower() not in claim_lexicon.BELIEF_VERBS:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in participle.children) or not _lifeless(noun):
        return None
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def _lifeless(noun: Token) -> bool:
    """Whether a common noun names no one who could speak or know: not a name, nor a person's role, a
    group, a body or a document."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    return noun.lemma_.lower() not in _SPEAKING_HEADS and noun.lower_ not in _SPEAKING_HEADS


#: Head nouns of someone who could speak or know: a person's role, a group, a body or a document.
_SPEAKING_HEADS = (
    speaker_lexicon.SPEAKER_ROLE_HEADS
    | speaker_lexicon.GROUP_HEADS
    | speaker_lexicon.ORGANIZATION_HEADS
    | speaker_lexicon.ANONYMOUS_HEADS
    | document_lexicon.DOCUMENT_HEADS
)
