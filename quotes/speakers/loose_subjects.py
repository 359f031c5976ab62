"""Speakers the parse did not hang on their cue as its subject.

When a main verb of saying comes out of the parse with no subject, the speaker is usually still
right beside it: a name after an inverted cue ("“...,” said Jane Roe, half joking"), a name set off by
commas before it and hung as an apposition of an earlier noun, or a name hung as a conjunct. Each
function here reads one of these misparses; :func:`quotes.speakers.mentions.mention_of_cue` tries them
in turn. A name run on from an organisation's at the end of a phrase before the verb ("In a meeting
with the Acme Post Tom Hale said") is :func:`name_after_organisation`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import cues as lexicon
from quotes.lexicon import documents as document_lexicon
from quotes.lexicon import names as name_lexicon
from quotes.speakers.noun_phrases import (
    SUBJECT_DEPS,
    Mention,
    noun_phrase,
    same_paragraph,
)


def inverted_after(doc: Doc, verb: Token) -> Mention | None:
    """The speaker right after an inverted cue the parser left without a subject ("“...,” said Jane
    Roe, half joking.", "said the nurse, half joking"): the parse makes it the subject of the adjunct
    after it. Only after a comma or a closing mark: "Yesterday said Jane Roe was leaving" is content."""
    if verb.i == 0 or verb.i + 1 >= len(doc):
        return None
    i = verb.i - 1
    while i > 0 and doc[i].is_space:  # '”\u00a0added Jane Roe.'
        i -= 1
    before = doc[i]
    if not (before.text == "," or before.text in lexicon.QUOTE_CHARS or before.tag_ == "''"):
        return None
    name = doc[verb.i + 1]
    while name.dep_ in ("compound", "flat", "det", "amod", "poss", "case") and name.head.i > name.i:
        name = name.head
    as_object = (  # '“...,” added Jane Roe.': the parse takes the name for the verb's object
        name.dep_ == "dobj"
        and name.head.i == verb.i
        and name.ent_type_ in ("PERSON", "ORG")
        and name.i + 1 < len(doc)
        and doc[name.i + 1].text in (".", ",")
    )
    after_quote = before.text != "," or (i > 0 and (doc[i - 1].tag_ == "''" or doc[i - 1].text in "”’\"'"))
    content = name.head.dep_ == "ccomp" and not after_quote  # "..., said the message was that ..."
    if name.pos_ not in ("PROPN", "NOUN") or not (
        as_object or (name.dep_ in SUBJECT_DEPS and name.head.head.i == verb.i and not content)
    ):
        return None
    if not same_paragraph(doc, name.i, verb.i):
        return None
    return noun_phrase(name)


def appositive_before(doc: Doc, verb: Token) -> Mention | None:
    """The name set off by commas right before a verb the parser left without a subject ("..., her
    adviser, Jane Roe, said: ..."): the parse hangs the speaker as an apposition of an earlier noun."""
    i = verb.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    name = doc[i - 1]
    for _ in range(4):  # "Col. Jane Roe, a spokeswoman in Baghdad, said": up from "Baghdad" to the name
        if name.dep_ == "appos" or name.head.i >= verb.i or name.head is name:
            break
        name = name.head
    if name.dep_ == "appos" and name.pos_ == "NOUN" and name.head.pos_ == "PROPN" and name.head.i < name.i:
        name = name.head  # the role in apposition to the name
    if name.dep_ != "appos" or name.pos_ != "PROPN" or not same_paragraph(doc, name.i, verb.i):
        return None
    return noun_phrase(name)


#: How the parse hangs a speaker it did not take for the subject: on an earlier noun.
_HUNG_DEPS = frozenset({"appos", "conj", "dep"})


def _subject_of_relative(clause: Token) -> Token | None:
    """The noun a relative clause set off by commas describes, where the parse made that noun the
    subject of the clause's verb ("One aide, who like others spoke on condition of anonymity, said":
    "aide" the subject of "spoke")."""
    doc = clause.doc
    for subject in clause.lefts:
        if (
            subject.dep_ in SUBJECT_DEPS
            and subject.pos_ in ("NOUN", "PROPN")
            and any(t.lower_ in ("who", "whom") for t in doc[subject.i + 1 : clause.i])
        ):
            return subject
    return None


def hung_name_before(doc: Doc, verb: Token) -> Mention | None:
    """The speaker ending right before a main verb the parse left without a subject, hung instead as
    an apposition or a conjunct of an earlier noun: "In Ohio, Senator Jane Roe, the minority
    leader, said ..." ("Roe" a conjunct of "Ohio"), "Jane Roe and Tom Hale, both from Ohio, have
    said ...", "On a radio show with the hosts, the party's nominee stated ..."."""
    i = verb.i - 1
    while (
        i > verb.sent.start
        and doc[i].head.i == verb.i
        and doc[i].dep_ in ("aux", "neg", "advmod")
        and doc[i].pos_ not in ("PROPN", "NOUN")
    ):
        i -= 1
    comma = doc[i].text == ","
    if comma:
        i -= 1
    if i < verb.sent.start:
        return None
    token = doc[i]
    for _ in range(6):  # "Jane Roe, a spokeswoman in Ohio, said", "an aide who spoke to us said":
        if token.dep_ in _HUNG_DEPS and token.pos_ in ("NOUN", "PROPN"):  # up to the hung noun
            break
        head = token.head
        if head.i >= verb.i or head is token or head.right_edge.i != i:
            break
        token = head
    if comma and token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        token = token.head  # the role set off by commas names the name before it
    if comma and token.pos_ in ("VERB", "AUX") and token.head.i == verb.i:
        relative = _subject_of_relative(token)
        if relative is not None:
            return noun_phrase(relative)
    hung_on_verb = token.dep_ in ("advmod", "npadvmod") and token.head.i == verb.i and token.pos_ == "PROPN"
    if (
        (token.dep_ not in _HUNG_DEPS and not hung_on_verb)
        or token.pos_ not in ("NOUN", "PROPN")
        or token.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "CARDINAL", "PERCENT", "MONEY")
        or token.i < verb.sent.start
        or not same_paragraph(doc, token.i, verb.i)
    ):
        return None
    return noun_phrase(token)


#: Last words of organisations' names, which no person's name ends in ("the Acme Post", "Vale Holdings").
_ORGANISATION_LAST_WORDS = (
    document_lexicon.NEWSPAPER_NAME_ENDS
    | name_lexicon.ORGANISATION_NAME_WORDS
    | name_lexicon.COMPANY_LAST_WORDS
    | name_lexicon.INSTITUTION_LAST_WORDS
)


def organisation_end(token: Token) -> bool:
    """Whether a capitalised word ends an organisation's name: a last word of one, or an acronym."""
    word = token.text
    return word.lower() in _ORGANISATION_LAST_WORDS or (len(word) > 1 and word.isalpha() and word.isupper())


def name_after_organisation(doc: Doc, verb: Token) -> Mention | None:
    """The person's name the parse ran on from an organisation's at the end of a phrase before a main
    verb it left without a subject ("In a meeting with the editors of the Acme Post Tom Hale said ...",
    "After an interview with CNN Hale said ...": one proper noun run, the object of the phrase): the
    words after the organisation's last word, one to three capitalised words of no organisation."""
    i = verb.i - 1
    if i < 1 or doc[i].pos_ != "PROPN" or doc[i].dep_ != "pobj":
        return None
    start = i
    while start > verb.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i > start - 1:
        start -= 1
    ends = [k for k in range(start, i) if organisation_end(doc[k])]
    if not ends:
        return None
    words = doc[ends[-1] + 1 : i + 1]
    if len(words) > 3 or any(not t.is_title or not t.is_alpha or organisation_end(t) for t in words):
        return None
    if not same_paragraph(doc, words.start, verb.i):
        return None
    return Mention(words.start_char, words.end_char, words.text)
