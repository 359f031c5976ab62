"""Speaker mentions: from a cue to the words that name its speaker.

:func:`mention_of_cue` finds the subject of a reporting verb, climbing through "saying"/"to warn"
chains and over the parser's usual misparses (a name hung as a compound, an aside between subject
and cue, a participle describing a document that someone issued); a main verb the parse left with no
subject at all is :mod:`quotes.speakers.loose_subjects`, and a cue the parse hung in a clause whose
subject is someone else (after a relative clause, on quoted words, on a noun) is
:mod:`quotes.speakers.wrong_clauses`. A passive cue's by-agent speaks ("is summed up by this finding:"),
and a relative clause in an opening "as" phrase describes the main clause's subject ("As someone who
knows ..., I ...").
The mention as written around the head token it finds (:func:`noun_phrase`, :func:`mention_before`) is
:mod:`quotes.speakers.noun_phrases`; resolving a mention to a canonical speaker is
:mod:`quotes.speakers.resolve`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import cues as lexicon
from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.datelines import dateline_end, paragraph_start
from quotes.speakers.doc_text import text_of
from quotes.speakers.entities import given_name_gender
from quotes.speakers.loose_subjects import (
    appositive_before,
    hung_name_before,
    inverted_after,
    name_after_organisation,
)
from quotes.speakers.noun_phrases import (
    NAME_HONORIFICS,
    SUBJECT_DEPS,
    Mention,
    mention_before,
    noun_phrase,
    same_paragraph,
)
from quotes.speakers.wrong_clauses import (
    belief_past_object,
    cited_by,
    conjunct_before_quote,
    event_of_speech,
    given_the_chance,
    participle_on_noun,
    participle_on_subject,
    past_object,
    past_relative_clause,
    quoted_apart,
    went_on_from,
)

#: Re-exported: the mention as written lives in :mod:`quotes.speakers.noun_phrases`.
__all__ = [
    "NAME_HONORIFICS",
    "SUBJECT_DEPS",
    "Mention",
    "addressed",
    "characterised_name",
    "heard_by_body",
    "mention_before",
    "mention_of_cue",
    "noun_phrase",
]

#: Dependencies a cue climbs over to the verb whose subject speaks ("sings ... before asking her").
_CLIMB_DEPS = {"advcl", "xcomp", "conj", "pcomp", "acl", "prep", "advmod"}


def _left_noun(token: Token) -> Token | None:
    """The noun right before a verb, over adverbials ("the PM last week [announced", "UK promises")."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and (doc[i].dep_ in ("npadvmod", "amod", "advmod", "aux", "neg") or doc[i].text in "[("):
        if "\n" in doc[i].text_with_ws and doc[i].i != token.i - 1:
            return None
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].ent_type_ in ("DATE", "TIME"):
        return None
    if (doc[i].dep_ in ("pobj", "dobj", "poss", "attr") and i != token.i - 1) or "\n" in doc[i].whitespace_:
        return None
    if doc[i].dep_ == "pobj" and doc[i].head.lower_ in _SETTING_PREPOSITIONS:
        return None  # "and in a statement credited him ...": the statement is where, not who
    return doc[i]


#: Prepositions whose object sets the scene of a verb right after it, never its speaker.
_SETTING_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before", "since", "through"})


def mention_of_cue(doc: Doc, cue: int) -> Mention | None:
    """The speaker mention of a reporting verb: its subject, climbing through "saying"/"to warn" chains.

    The subject must sit in the verb's paragraph (sentence splits can run across headings); of
    several, the nearest before the verb wins.
    """
    token = doc[cue]
    cue_token = token
    if addressed(token):
        return None
    characterised = characterised_name(token)
    if characterised is not None:
        return noun_phrase(characterised)
    agent = _passive_agent(token)
    if agent is not None:
        return noun_phrase(agent)
    quoted = _quoted_as_saying(token)
    if quoted is not None:
        return noun_phrase(quoted)
    issuer = _issuing_verb(token)
    token = issuer or token
    token = _reporting_verb_of_participle(token)
    token = _past_distributive(token)
    for _ in range(5):
        spoken = participle_on_subject(token) or given_the_chance(token)
        if spoken is not None:
            return noun_phrase(spoken)
        if token is not cue_token and (characterised := characterised_name(token)) is not None:
            return noun_phrase(characterised)
        subjects = [
            c
            for c in token.children
            if (c.dep_ in SUBJECT_DEPS or _name_as_compound(c, token))
            and same_paragraph(doc, c.i, cue_token.i)
            and not _participle_subject(c)
            and not _date_subject(c)
            and not quoted_apart(c, cue_token)
        ]
        subjects = [c for c in map(_past_dateline, subjects) if c is not None]
        if subjects and all(_distributive(c) for c in subjects) and _subjects_of(token.head, token):
            token = token.head  # "Roe and Hale sparred, each warning that ...": the clause's subjects speak
            continue
        relative = [c for c in subjects if c.lower_ in speaker_lexicon.RELATIVE_PRONOUNS]
        described = _relative_noun(token) if relative else None
        if described is not None:  # "a letter from his doctor that says ..."
            return noun_phrase(_maker_of_remark(described) or _as_subject(described) or described)
        if subjects:
            subject = _nearest_subject(subjects, token, cue_token)
            return (
                _name_after_office(subject)
                or _role_after_name(subject)
                or noun_phrase(_named_example(subject) or _titled_name(subject))
            )
        aside = _subject_before_aside(token) if token is cue_token else None
        if aside is not None:
            return noun_phrase(aside)
        if token.dep_ in ("conj", "advcl") and not _object_of_head(token):
            left = _left_noun(token)
            if left is not None:
                return noun_phrase(left)
        event = event_of_speech(token) if token is cue_token else None
        if event is not None:  # "said at a news conference announcing that ...": who said it
            token = event
            continue
        if token is cue_token and participle_on_noun(token) is not None:
            cited = cited_by(token)
            if cited is None:
                return noun_phrase(token.head)  # "emails showing that ...": the evidence speaks
            if token.lemma_.lower() not in speaker_lexicon.EVIDENCE_VERBS:
                return None  # "cited a report saying ...": its words, and no one named them
            token = cited  # "cited polls showing ...": the one who cites them states what they show
            continue
        if (token.dep_ in _CLIMB_DEPS or _speaker_adjective(token)) and token.head is not token:
            token = _climb(token, cue_token)
            continue
        if token.dep_ == "ROOT" and token is cue_token:
            return (
                appositive_before(doc, cue_token)
                or inverted_after(doc, cue_token)
                or hung_name_before(doc, cue_token)
                or name_after_organisation(doc, cue_token)
            )
        if token.dep_ == "ROOT" and token is issuer:  # "Black Lives Matter issued a statement saying"
            return hung_name_before(doc, token)
        return None
    return None


def _relative_noun(clause: Token) -> Token | None:
    """The noun a relative clause describes: its head, or the head of the relative clause it is
    coordinated with ("someone who lost a son and who came out knowing ..."); a "who" clause goes with
    a "who" clause, past one on a thing it hangs on ("a president who ordered the raid that killed him
    and who hoped ...": the president)."""
    if clause.dep_ == "relcl":
        return clause.head
    if clause.dep_ != "conj" or clause.head.dep_ != "relcl":
        return None
    personal = _relative_word(clause) in _PERSONAL_RELATIVES
    node = clause.head
    for _ in range(4):
        if node.dep_ == "relcl" and (not personal or _relative_word(node) in _PERSONAL_RELATIVES):
            return node.head
        if node.head is node:
            return None
        node = node.head
    return None


#: Relative pronouns of people.
_PERSONAL_RELATIVES = frozenset({"who", "whom"})


def _relative_word(clause: Token) -> str | None:
    """The relative pronoun that is a clause's subject, lower-cased."""
    words = [c.lower_ for c in clause.children if c.dep_ in SUBJECT_DEPS]
    relative = [w for w in words if w in speaker_lexicon.RELATIVE_PRONOUNS]
    return relative[0] if relative else None


def _as_subject(noun: Token) -> Token | None:
    """The subject of the clause an "as" phrase opens, which the phrase's noun describes ("As someone
    who knows that ..., I think ...": "I"); ``None`` for a noun in no such phrase."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.i != noun.sent.start:
        return None
    subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > noun.i]
    return subjects[0] if subjects else None


def _nearest_subject(subjects: list[Token], verb: Token, cue: Token) -> Token:
    """The subject of ``verb`` that speaks for ``cue``: the nearest before the verb; where the parse gives
    the verb two subjects around a phrase of the cue ("Tom Hale, despite admitting that ..., the victims
    need ..."), the nearest before the cue, whose phrase describes it."""
    before = [c for c in subjects if c.i < verb.i]
    if cue.i < verb.i:
        before_cue = [c for c in before if c.i < cue.i]
        if before_cue and len(before) > len(before_cue):
            return max(before_cue, key=lambda c: c.i)
    return max(before, key=lambda c: c.i) if before else subjects[0]


def _climb(token: Token, cue: Token) -> Token:
    """The next verb up from ``token`` whose subject may speak for ``cue``: past a clause the parse hung
    it in wrongly (:mod:`quotes.speakers.wrong_clauses`), else on from a chaining participle
    (:func:`_chained_cue`) or to the head."""
    wrong = past_relative_clause(token) or went_on_from(token) or past_object(token)
    wrong = wrong or conjunct_before_quote(token) or belief_past_object(token)
    if wrong is not None:
        return wrong
    return _chained_cue(token) if token is cue else token.head


def _distributive(token: Token) -> bool:
    """A bare "each", "both" or "all" standing for a clause's subjects (not "each of the firms")."""
    return token.lower_ in speaker_lexicon.DISTRIBUTIVES and not any(c.dep_ == "prep" for c in token.children)


#: How the parse hangs a distributive with a participle on its clause's verb.
_DISTRIBUTIVE_DEPS = frozenset({"npadvmod", "advmod", "appos", "dep"})


def _subjects_of(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` hangs on ``verb`` by a dependency a cue climbs and ``verb`` has a subject that is
    no distributive ("Both are quick to praise teachers, and both advocate ...": the second "both" has no
    other subject to stand for)."""
    if clause.dep_ not in _CLIMB_DEPS or verb is clause:
        return False
    return any(c.dep_ in SUBJECT_DEPS and not _distributive(c) for c in verb.children)


def _past_distributive(participle: Token) -> Token:
    """The verb whose subjects a distributive with a participle of saying stands for ("Roe and Hale
    clashed on Monday, each saying ...", where the parse hangs "saying" on "each"): the subjects of
    that verb speak. Any other token is returned unchanged."""
    word = participle.head
    if participle.dep_ == "acl" and _distributive(word) and word.dep_ in _DISTRIBUTIVE_DEPS:
        return word.head
    return participle


def _name_after_office(subject: Token) -> Mention | None:
    """The name at the end of an office's title ("The Minister for Health Stephen Donnelly said", where the
    parse makes "Minister" the subject and the name part of its "for" phrase): from the first word after the
    portfolio that is a given name, or that the model tags a person, to the end of the phrase. An office "for"
    a person ("the Secretary for Tom Hale") is none."""
    if _title_word(subject) in speaker_lexicon.OFFICE_HEADS:
        linking = ("for", "of")
    elif _title_word(subject) in speaker_lexicon.SPOKESPERSON_HEADS:
        linking = ("on",)  # "DA spokesperson on energy Kevin Roe"; one "for" someone is another person
    else:
        return None  # "A spokesman for Hillary Clinton", "a lawyer for Mayor Tom Hale": another person
    for prep in (c for c in subject.rights if c.dep_ == "prep" and c.lower_ in linking):
        objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if not objects:
            continue
        last = objects[0]
        words = [w for w in last.lefts if w.dep_ == "compound"]
        for word in words[1:]:  # the portfolio first ("Health"), then the name ("Stephen Donnelly")
            if word.ent_type_ == "PERSON" or given_name_gender(word.text) is not None:
                span = last.doc[word.i : last.i + 1]
                return Mention(span.start_char, span.end_char, span.text)
    return None


def _role_after_name(subject: Token) -> Mention | None:
    """A description whose head noun follows a name with "of" in it ("the Match of the Day pundit", "the
    University of Leeds professor"), where the parse makes the name's first word the subject: the whole
    description, a person's role, not the name."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return None
    for prep in (c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for role in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            word = role.lower_.split("-")[-1]
            if word in speaker_lexicon.SPEAKER_ROLE_HEADS or word in name_lexicon.EPITHET_HEADS:
                if subject.right_edge.i == role.i:  # the role ends the subject's phrase
                    span = subject.doc[subject.left_edge.i : role.i + 1]
                    return Mention(span.start_char, span.end_char, span.text)
    return None


#: Pronouns for one person, whom a "like" phrase names ("someone like Tom Hale").
_ONE_PERSON_PRONOUNS = frozenset({"someone", "somebody", "anyone", "anybody"})


def _named_example(subject: Token) -> Token | None:
    """The person an indefinite pronoun stands for with a "like" phrase ("Why would someone like Tom Hale
    want to ...": Hale); ``None`` for any other subject, and for a group ("people like Hale")."""
    if subject.lower_ not in _ONE_PERSON_PRONOUNS:
        return None
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "like"):
        for name in prep.children:
            if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", ""):
                return name
    return None


def _title_word(token: Token) -> str:
    word = token.lower_.rstrip(".")
    return speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS.get(word, word)


def _passive_agent(cue: Token) -> Token | None:
    """The by-agent of a passive cue, who did what its subject only undergoes ("The risk is summed up by
    this finding: ...", "it was announced by the ministry that ..."): the agent's noun. ``None`` for an
    active cue, and for a verb of quoting ("Roe was quoted by the paper as saying": Roe speaks)."""
    if cue.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    if cue.lemma_.lower() in lexicon.QUOTING_VERBS:
        return None
    for agent in (c for c in cue.children if c.dep_ == "agent"):
        nouns = [c for c in agent.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if nouns:
            return nouns[0]
    return None


def _quoted_as_saying(cue: Token) -> Token | None:
    """The person a news agency or paper quotes ("TASS quoted a Kremlin source as saying that ...", "the
    paper cited Ann Roe as saying"): the object of the quoting verb, not its subject, who only reports."""
    if cue.dep_ != "pcomp" or cue.head.lower_ != "as":
        return None
    verb = cue.head.head
    if verb.lemma_.lower() not in lexicon.QUOTING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects[0] if objects else None


def _past_dateline(token: Token) -> Token | None:
    """A subject that is the place of its paragraph's dateline ("BERLIN (AP) — German Chancellor Olaf Scholz
    said", parsed with "BERLIN" the subject and the name its apposition): the apposition after the dateline,
    or nothing. Any other token is returned unchanged."""
    if not token.text[:1].isupper() or token.dep_ not in SUBJECT_DEPS:
        return token
    text = text_of(token.doc)
    start = paragraph_start(text, token.idx)
    ends = dateline_end(text, start)
    if ends is None or token.idx >= ends:
        return token
    after = [c for c in token.rights if c.dep_ == "appos" and c.idx >= ends]
    return after[0] if after else None


def _reporting_verb_of_participle(token: Token) -> Token:
    """A participle of saying the parse hangs on the reported clause rather than on its reporting
    verb ("Roe said that the plan failed, noting that ..."): the reporting verb, whose subject speaks.
    Any other token is returned unchanged."""
    head = token.head
    if (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and head.dep_ == "ccomp"
        and head.head.i < head.i < token.i
        and head.head.lemma_.lower() in lexicon.REPORTING_VERBS
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    ):
        return head.head
    return token


def _speaker_adjective(token: Token) -> bool:
    """An adjective between a subject and its to-infinitive of saying that keeps the subject the
    speaker ("voters were more likely to say", "Roe was quick to point out"); not "unable to
    determine" or "it's worth pointing out"."""
    return token.dep_ == "acomp" and token.lower_ in speaker_lexicon.SPEAKER_ADJECTIVES


def _titled_name(subject: Token) -> Token:
    """The name a title subject is coordinated with, which the parse split off as a conjunct ("GOP
    contender and former neurosurgeon Ben Carson responded": "Carson"); else the subject itself."""
    if subject.ent_type_ == "PERSON" or subject.pos_ not in ("NOUN", "PROPN"):
        return subject
    for child in subject.rights:
        if child.dep_ == "conj" and child.ent_type_ == "PERSON" and child.pos_ == "PROPN":
            return child
    return subject


def _date_subject(token: Token) -> bool:
    """A day or date the parse takes for the subject, over the scene after it ("Saturday at the
    convention Sen. Jane Roe said"): no speaker."""
    return (
        token.pos_ == "PROPN" and token.ent_type_ == "DATE" and any(c.dep_ == "prep" for c in token.children)
    )


def _participle_subject(token: Token) -> bool:
    """A past participle the parse takes for a subject ("Alarmed by the riots, Jane Roe, the
    whip, said"): no speaker, unless it has a subject of its own ("Roe, ... come November, said")."""
    return token.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in token.children)


#: Verbs whose passive subject is the one spoken to, not the speaker ("Roe was asked, “...?”").
_ADDRESSING_VERBS = frozenset({"ask", "tell", "question"})


def addressed(verb: Token) -> bool:
    """Whether a cue is a passive verb of addressing (``Roe was asked, “...?”``, ``we were told``) or
    a body hearing evidence (``the court heard that ...``): its subject heard the words; the speaker
    goes unnamed."""
    if verb.lemma_.lower() in _ADDRESSING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return heard_by_body(verb)


def heard_by_body(verb: Token) -> bool:
    """Whether a verb of hearing has a body that hears evidence as its subject ("The High Court heard
    that ...", "the inquest heard", "MPs on the committee heard"); "I heard that ..." is no report."""
    if verb.lemma_.lower() not in speaker_lexicon.HEARING_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lower_ in speaker_lexicon.HEARING_BODIES for s in subjects)


#: Verbs of putting out a document whose words then speak for the one who put it out ("issued a
#: statement saying", "blasted out an email to supporters stating").
_ISSUING_VERBS = frozenset(
    {"issue", "release", "send", "post", "publish", "put", "blast", "email", "tweet", "circulate"}
    | {"air", "run"}
)


#: Documents that speak for whoever the sentence has doing something with them ("fired back a
#: response saying"), unless they only took them in ("cited a statement saying": someone else's).
_OWN_DOCUMENTS = frozenset({"statement", "response", "email", "letter", "article", "tweet", "memo", "op-ed"})
_TAKING_VERBS = frozenset({"cite", "quote", "read", "receive", "obtain", "see", "get", "review", "find"})


#: Words of one's own that someone makes or gives, whose relative clause of saying speaks for them
#: ("made a comment that described ...", "gave a speech that warned ..."); a document ("released a
#: letter that says") stays the mention, and the document sieves find its owner.
_REMARKS = frozenset({"comment", "remark", "speech", "post", "joke", "quip", "address"})
_MAKING_VERBS = _ISSUING_VERBS | frozenset({"make", "give", "deliver", "write", "offer", "pen"})


def _maker_of_remark(noun: Token) -> Token | None:
    """The one who made a remark that a relative clause of saying describes ("Roe made a comment that
    described the plan as ..."; "the vote prompted Roe to make a comment that ..."): the subject of the
    verb of making, or the object of the verb that has them make it; ``None`` for other nouns and for a
    remark whose phrase names its author ("a letter from his doctor")."""
    if noun.lemma_.lower() not in _REMARKS or noun.dep_ != "dobj":
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for c in noun.children):
        return None  # "released a letter from his doctor that says": the doctor's words, not his
    verb = noun.head
    if verb.lemma_.lower() not in _MAKING_VERBS:
        return None
    relative = speaker_lexicon.RELATIVE_PRONOUNS
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in relative]
    if subjects:
        return subjects[0]
    if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]  # "prompted Roe to make"
        return objects[0] if objects else None
    return None


def _issuing_verb(participle: Token) -> Token | None:
    """The verb of issuing a document that a participle of saying describes (``she released a
    statement saying, “...”``: "released"), whose subject is the speaker; the parse hangs the
    participle on the document or on the people it went to."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or participle.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = participle.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ in ("prep", "dative"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma not in _ISSUING_VERBS and (
        noun.lemma_.lower() not in _OWN_DOCUMENTS or lemma in _TAKING_VERBS
    ):  # "revised her statement explaining", "shot back in an article stating": their own document
        return None
    return verb


def _subject_before_aside(verb: Token) -> Token | None:
    """The subject of a cue after a participle aside set off by commas, where the parse takes the
    participle for the main verb and hangs the cue on it (``Mr. Hale, asked about the mine, had said,
    “...”``: "asked" with "Hale" as its subject, "said" a loose dependent): the subject right before
    the aside's comma."""
    if verb.dep_ in ("parataxis", "dep", "conj", "ccomp") and verb.head.i < verb.i:
        head = verb.head
    else:  # or the parse makes the aside a clause of the cue ("[Hale asked about the mine], said")
        clauses = [c for c in verb.lefts if c.dep_ in ("ccomp", "advcl", "parataxis")]
        if not clauses:
            return None
        head = clauses[-1]
    if head.tag_ not in ("VBD", "VBN", "VBG"):  # "asked about ...", "exasperated", "noting ..."
        return None
    subjects = [c for c in head.lefts if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    subject = subjects[-1]
    doc = verb.doc
    if doc[head.i - 1].text != "," or subject.i >= head.i - 1:
        return None
    before = verb.i - 1
    while before > head.i and doc[before].dep_ == "advmod" and doc[before].pos_ == "ADV":
        before -= 1  # "Roe, exasperated, famously responded"
    if doc[before].text not in (",", "had", "has"):
        return None
    if not any(t.text == "," for t in doc[head.i + 1 : verb.i]):
        return None  # "Roe asked about it and said ...": no aside closed by a comma
    return subject


def _object_of_head(participle: Token) -> bool:
    """Whether the noun right before a participle is the object of the verb it hangs on (``she sent
    an email saying, “...”``: the email is what she sent, not the speaker)."""
    i = participle.i - 1
    doc = participle.doc
    if participle.tag_ != "VBG" or i < 0:
        return False
    noun = doc[i]
    return noun.dep_ in ("dobj", "pobj") and participle.head.i < noun.i and participle.head in noun.ancestors


def _name_as_compound(child: Token, verb: Token) -> bool:
    """A name the parse hangs on a verb as a compound ("Beck joked" with "Beck" a compound of
    "joked"): a verb has no compounds, so the name right before it is its subject."""
    return (
        child.dep_ == "compound"
        and child.pos_ == "PROPN"
        and child.i == verb.i - 1
        and verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
    )


def _is_speech_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in lexicon.REPORTING_VERBS or lemma in lexicon.CHARACTERISING_VERBS


def _chained_cue(participle: Token) -> Token:
    """The verb a chaining participle goes on from ("said the process could be “messy,” adding, ...":
    "said"): the parse hangs the participle, set off by a comma, on the content clause before it,
    whose subject is not the speaker. A participle the parse hangs on a verb after it (the quote's
    own) goes on from the sentence's main verb. Any other token climbs to its head."""
    head = participle.head
    root = participle.sent.root
    if (
        participle.tag_ == "VBG"
        and participle.dep_ == "advcl"
        and head.i > participle.i
        and root.i < participle.i
    ):
        return root  # "Roe seemed ready to joke, telling the crowd, “Some people ...”": not the quote's verb
    if (
        participle.lower_ in lexicon.SPEAKER_CHAINING_PARTICIPLES
        and participle.dep_ == "advcl"
        and head.dep_ == "ccomp"
        and head.i < participle.i
        and head.head.i < participle.i  # not the verb of the quote after it ('“A lot,” she said')
        and head.head.pos_ == "VERB"
        and any(t.text == "," for t in participle.doc[max(head.i, participle.i - 3) : participle.i])
    ):
        return head.head
    if (
        participle.lower_ in lexicon.SPEAKER_CHAINING_PARTICIPLES
        and participle.dep_ == "advcl"
        and head.i < participle.i
        and participle.doc[participle.i - 1].text == ","
    ):  # "Roe said Hale will have to choose, saying, “...”": up the content clause to "said"
        node = head
        for _ in range(4):
            if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head is node:
                break
            if node.dep_ == "ccomp" and _is_speech_verb(node.head) and node.head.i < node.i:
                return node.head
            node = node.head
    if (
        participle.dep_ == "conj"
        and head.dep_ == "ccomp"
        and head.i < participle.i
        and participle.lemma_.lower() in lexicon.REPORTING_VERBS  # not "... and called it “a farce”"
        and _is_speech_verb(head.head)
        and head.head.i < head.i
    ):
        return head.head  # "Roe said it was late but added, “...”": "added" goes on from "said"
    return head


def _finite_report(verb: Token) -> bool:
    """A verb of saying the tagger reads as finite, or whose phrase a colon ends, with no agent: the name's
    own act ("Jane Roe, the nominee, tweeted on Friday to say ...", "..., wrote in response: “...”")."""
    if verb.lemma_.lower() not in lexicon.REPORTING_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return False
    after = verb.right_edge.i + 1
    return verb.tag_ == "VBD" or (after < len(verb.doc) and verb.doc[after].text == ":")


def characterised_name(verb: Token) -> Token | None:
    """The speaker of a past-tense verb of saying that the parse makes a clause on the subject noun
    right before it ("a man yelled “Stay there!”"), or of a verb of saying or characterising that it
    makes a clause on a name set off by commas ("Jane Roe, speaking on a radio show, called the plan a
    “disaster”"): the verb is the name's own act when it has an object of its own (a passive
    participle, "Jane Roe, called “the kingmaker” by her staff, ...", does not)."""
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ not in ("VBD", "VBN"):
        return None
    name = verb.head
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if (
        verb.tag_ == "VBD"
        and (lemma in lexicon.REPORTING_VERBS or lemma in lexicon.DIRECT_QUOTE_VERBS)
        and name.i == verb.i - 1
        and name.pos_ in ("NOUN", "PROPN")
        and name.dep_ in SUBJECT_DEPS
        and not any(
            c.dep_ in SUBJECT_DEPS or c.lower_ in speaker_lexicon.RELATIVE_PRONOUNS for c in verb.children
        )
    ):
        return name  # "a man yelled “Stay there!”": a finite verb is no clause on the noun before it
    if not _is_speech_verb(verb):
        return None
    if name.i > verb.i or name.ent_type_ != "PERSON" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("agent", "auxpass", "aux", "mark", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if any(c.lower_ in speaker_lexicon.RELATIVE_PRONOUNS for c in verb.lefts):
        return None
    acts = (
        any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
        or any(
            c.dep_ == "oprd" and any(g.dep_ in ("dobj", "oprd", "attr", "appos") for g in c.children)
            for c in verb.children
        )
        or _finite_report(verb)
    )
    if not acts or "," not in doc[name.i : verb.i - 1].text:
        return None
    return name
