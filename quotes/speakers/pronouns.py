"""Where the sentence itself tells what a pronoun stands for, before recency does.

:class:`quotes.speakers.resolve.SpeakerResolver` keeps the article's foreground (the latest subjects
and speakers) and resolves a pronoun to it; these functions read the pronoun's own sentence and the
one before it for the stronger evidence the parse gives:

* a "he"/"she" inside a relative clause about a named person is that person ("Tom Hale, the
  congressman who became known when he said ...");
* a "he"/"she" after a named subject of its own sentence is that subject ("Ann Roe weighed in,
  telling a host, “It is dead,” she said"), whatever the sentences before were about;
* a "they" whose nearest plural subject is named people joined by "and" is that group ("As Ann Roe
  and Tom Hale toured the state, they said").

Subjects inside quote marks are the quoted speaker's words, never antecedents. Each function takes
the pronoun's token and the article's entity model and returns an entity, a name, or ``None``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.doc_text import text_of
from quotes.speakers.entities import ArticleEntities, Entity
from quotes.speakers.mentions import SUBJECT_DEPS

#: Whether a person's entity agrees with the pronoun (its gender is the pronoun's or unknown).
Agrees = Callable[[Entity], bool]


def inside_quote_marks(text: str) -> bool:
    """Whether the end of ``text`` (a sentence up to a word) is inside a quotation: more opening than
    closing curly marks, an odd number of straight ones, or of doubled apostrophes (''...'')."""
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1 or text.count("''") % 2 == 1


def quoted(token: Token) -> bool:
    """Whether a token of a sentence stands inside quote marks opened in that sentence."""
    return inside_quote_marks(text_of(token.doc)[token.sent.start_char : token.idx])


def relative_antecedent(token: Token, entities: ArticleEntities, agrees: Agrees) -> Entity | None:
    """The person a "he"/"she" (``token``) stands for when it is inside a relative clause about that
    person whose subject is the relative pronoun ("Tom Hale, the Ohio congressman who became known
    when he said ...", "Ann Roe, who said she ..."): the clause is about that person."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return None
    relative = speaker_lexicon.RELATIVE_PRONOUNS
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in relative for c in clause.children):
        return None
    noun = clause.head
    named = [noun] if noun.ent_type_ == "PERSON" else []
    named += [noun.head] if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" else []
    named += [c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    for name in named:
        entity = entities.by_token.get(name.i)
        if entity is not None and entity.kind == "person" and agrees(entity):
            return entity
    return None


def subject_before(token: Token, entities: ArticleEntities, agrees: Agrees) -> Entity | None:
    """The person a "he"/"she" (``token``) stands for when its own sentence names one as the subject
    of a clause before it, the possessor of a subject or the topic it opens with, outside quote marks:
    "Ann Roe weighed in, telling a host, “It is dead,” she said", "Roe's fate is unclear, but she
    said" and "As for Roe, she said" are Roe. Of several, the one of the outermost clause; none that
    disagrees."""
    candidates = []
    for subject in token.doc[token.sent.start : token.i]:
        if subject.ent_type_ != "PERSON" and not _untagged_surname(subject, entities):
            continue
        possessor = subject.dep_ == "poss" and subject.head.dep_ in SUBJECT_DEPS  # "Roe's fate is unclear"
        if not (subject.dep_ in SUBJECT_DEPS or possessor or _topic(subject)):
            continue
        if quoted_in_paragraph(subject):  # also a quote opened sentences before: “A. B Roe did,” he said
            continue
        entity = entities.by_token.get(subject.i)
        if entity is None and subject.ent_type_ != "PERSON":
            entity = entities.person([subject.text], subject.idx)  # "Roe’s advice" the model left untagged
        if entity is not None and entity.kind == "person" and agrees(entity):
            candidates.append((sum(1 for _ in subject.ancestors), subject.i, entity))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def _untagged_surname(token: Token, entities: ArticleEntities) -> bool:
    """Whether a word the model tagged no entity is a surname the article gives a person ("Roe’s
    advice", the possessive read as a plain proper noun)."""
    return not token.ent_type_ and token.pos_ == "PROPN" and token.lower_ in entities.by_surname


def named_just_before(
    token: Token, entities: ArticleEntities, agrees: Agrees, gender: str
) -> Entity | None:
    """The person a "he"/"she" (``token``) stands for when the sentence right before it names one
    person who agrees as an argument of its main clause (subject, object, or after a preposition of
    the main verb), and no pronoun of that gender before the name: "Officers arrested Dean Whitlock at
    his home. He told reporters ..." is Whitlock, whoever spoke before; "The polls show him trailing
    Jim Roe. He said" keeps the one "him" refers to, and "The push yielded one victory: forcing Roe to
    reverse. He said" the person in the foreground (``None``). Names inside quote marks, also of a
    quote opened sentences before in the paragraph, do not count. The caller uses it only when its
    antecedent from the foreground is named before that sentence."""
    if token.sent.start == 0:
        return None
    before = token.doc[token.sent.start - 1].sent
    found: list[Entity] = []
    for word in before:
        if quoted_in_paragraph(word):
            continue
        if speaker_lexicon.GENDERED_PRONOUN_FORMS.get(word.lower_) == gender and not found:
            return None  # someone of that gender is referred to already: the earlier one stays salient
        entity = entities.by_token.get(word.i) if word.ent_type_ == "PERSON" else None
        if entity is None and word.pos_ == "PROPN" and word.lower_ in entities.by_surname:
            entity = entities.person([word.text], word.idx)  # "Trump’s" read as something else
        if entity is None or entity.kind != "person" or not agrees(entity) or entity in found:
            continue
        if not _main_argument(word):
            return None  # a person inside a subordinate clause or a description: no clear centre
        found.append(entity)
    return found[0] if len(found) == 1 else None


def introduced_just_before(token: Token, entities: ArticleEntities, agrees: Agrees) -> Entity | None:
    """The person a "he"/"she" (``token``) stands for when the sentence right before it introduces one:
    names a person for the first time in the article, in full and with a description in apposition
    ("..., which worries Tom Hale, president of the Acme Caucus."), while its main clause has no
    person as its subject. News introduces a source and then quotes them; a person who is the main
    subject ("Ann Roe met Tom Hale, a farmer, on Monday") keeps the pronoun open to the usual rules.
    ``None`` when no person, or more than one, is so introduced."""
    before = _sentence_before_quote(token)
    if before is None:
        return None
    for subject in (c for c in before.root.children if c.dep_ in SUBJECT_DEPS):
        if subject.ent_type_ == "PERSON" or subject.lower_ in speaker_lexicon.GENDERED_PRONOUN_FORMS:
            return None
    found: list[Entity] = []
    for word in before:
        entity = entities.by_token.get(word.i) if word.ent_type_ == "PERSON" else None
        if entity is None or entity.kind != "person" or entity in found or not agrees(entity):
            continue
        if len(entity.name.split()) < 2 or entity.offsets[0] < before.start_char or quoted_in_paragraph(word):
            continue  # a surname, a person the reader met before, or a name in someone's quoted words
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in word.children):
            found.append(entity)
    return found[0] if len(found) == 1 else None


def _sentence_before_quote(token: Token) -> Span | None:
    """The sentence before ``token``'s; when ``token`` follows a quote that opens its paragraph (“...
    ... ,” he said), the last sentence of the paragraph before, whatever number of sentences the
    quote runs to. ``None`` at the start of the article."""
    doc, text = token.doc, text_of(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    opened = text[start : token.idx].lstrip()[:1] in _OPENING_MARKS
    first = token.sent.start
    if opened:  # back to the paragraph's first token
        first = token.i
        while first > 0 and doc[first - 1].idx >= start:
            first -= 1
    i = first - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].sent if i >= 0 else None


_OPENING_MARKS = frozenset({"“", '"', "‘", "'"})


def _main_argument(word: Token) -> bool:
    """Whether a name is an argument of its sentence's main verb: its subject or object ("Officers
    arrested Dean Whitlock"), after a preposition of it ("With Mayor Tom Lacey, there is little
    chance"), or the possessor or apposition of one."""
    head = word
    while head.dep_ in ("compound", "poss", "appos", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        head = head.head
    return head.head.i == head.sent.root.i and head.dep_ not in _CLAUSE_DEPS


#: Dependencies of a clause of its own under the main verb: a name inside one is not the main clause's.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "acl", "relcl", "conj", "parataxis", "csubj", "ROOT"})


def quoted_in_paragraph(token: Token) -> bool:
    """Whether a token stands inside quote marks opened in its paragraph (a quote may run over several
    sentences: “The law is clear. Judge Roe got it wrong,” he said)."""
    text = text_of(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    return inside_quote_marks(text[start : token.idx])


def _topic(token: Token) -> bool:
    """Whether a name is the topic a sentence opens with: "As for Ann Roe, she ..."."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "for":
        return False
    return prep.i > 0 and token.doc[prep.i - 1].lower_ == "as"


def named_pair(token: Token, entities: ArticleEntities) -> str | None:
    """The people a "they" (``token``) stands for when the nearest plural subject before it, in its
    sentence or the one before and outside quote marks, is named people joined by "and" ("As Ann Roe
    and Tom Hale toured the state, they said ..."): "Ann Roe and Tom Hale"; ``None`` when that subject
    is a plural noun ("voters") or there is none. An earlier "they" stands for the same people."""
    for subject in reversed(token.doc[previous_sentence_start(token) : token.i]):
        if subject.dep_ not in SUBJECT_DEPS or quoted(subject):
            continue
        members = [subject, *(c for c in subject.subtree if c.dep_ == "conj" and c.head.i == subject.i)]
        if len(members) < 2:
            if subject.tag_ in ("NNS", "NNPS") and subject.lower_ != "they":
                return None  # "voters": the nearest plural names nobody
            continue
        names = [person_at(m, entities) for m in members]
        if all(names) and len(set(names)) == len(names):
            return " and ".join(n for n in names if n)
        return None
    return None


def person_at(token: Token, entities: ArticleEntities) -> str | None:
    """The fullest name of the person a name's head token stands for, or ``None``; a surname the
    article gives a person counts whatever the model tagged it ("Roe and Hale", "Hale" an
    organisation)."""
    entity = entities.by_token.get(token.i)
    if (entity is None or entity.kind != "person") and token.pos_ == "PROPN" and token.text[:1].isupper():
        entity = entities.person([token.text], token.idx)
    return entity.name if entity is not None and entity.kind == "person" else None


def named_outside_quotes(doc: Doc, entity: Entity, before: int) -> bool:
    """Whether the article names ``entity`` before the offset ``before`` at least once outside quote
    marks: a person named only inside quoted words is in the quoted speaker's story, no antecedent
    of the writer's pronouns."""
    for offset in entity.offsets:
        if offset >= before:
            break
        token = token_at(doc, offset, offset + 1)
        if token is None or not quoted_in_paragraph(token):
            return True
    return False


def previous_sentence_start(token: Token) -> int:
    """The index of the first token of the sentence before ``token``'s (its own when it is first)."""
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else start


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The head token of the characters ``start``-``end``, or ``None``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
