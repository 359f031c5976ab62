"""The first person outside quotes: who "I" is in an opinion piece or an interview.

An "I" outside any quote speaks for the article's own narrator. The article names that person in two
common layouts: an opinion piece signs off with a line about its writer ("Ann Roe is the mayor of
Springfield."), and a question-and-answer interview gives the answers in paragraphs that open with
"A:", the interviewee being the person the article introduces first. Elsewhere the narrator is a
reporter the article does not name, and "I" stays unresolved.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.speakers.doc_text import text_of
from quotes.speakers.entities import ArticleEntities, Entity

#: A paragraph that opens an answer ("A: ...", "A. ...", "ANSWER: ...") or a question ("Q: ...", "QWhy ...").
_ANSWER = re.compile(r"(?:A|ANSWER)\s*[:.\-–—]\s")
_QUESTION = re.compile(r"(?:Q|QUESTION)\s*[:.\-–—]?\s*[A-Z“\"']")

#: Words a sign-off line may run to ("Ann Roe is the mayor of Springfield and the author of ...").
_SIGN_OFF_WORDS = 40

#: Quote marks that open or close a quote, to tell whether an offset is inside one.
_QUOTE_MARKS = frozenset("\"“”")


class Narrator:
    """Who the first person outside quotes is in one article, found once."""

    def __init__(self, doc: Doc, entities: ArticleEntities) -> None:
        self.text = text_of(doc)
        self.paragraphs = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", self.text)]
        self.writer = _signed_by(doc, entities, self.paragraphs)
        questions = sum(1 for _, p in self.paragraphs if _QUESTION.match(p.lstrip()))
        answers = sum(1 for _, p in self.paragraphs if _ANSWER.match(p.lstrip()))
        first = min(
            (e for e in entities.persons if e.offsets and len(e.name.split()) >= 2),
            key=lambda e: e.offsets[0],
            default=None,
        )
        self.interviewee = first if questions and answers >= 2 else None

    def of(self, offset: int) -> Entity | None:
        """The person an "I" at ``offset`` stands for, or ``None`` (inside a quote, or no narrator named)."""
        start, paragraph = self._paragraph(offset)
        if sum(ch in _QUOTE_MARKS for ch in paragraph[: offset - start]) % 2:
            return None  # inside a quote: the quoted speaker's "I"
        if self.interviewee is not None and self._in_answer(offset):
            return self.interviewee
        return self.writer

    def _paragraph(self, offset: int) -> tuple[int, str]:
        for start, paragraph in reversed(self.paragraphs):
            if start <= offset:
                return start, paragraph
        return 0, ""

    def _in_answer(self, offset: int) -> bool:
        """Whether ``offset`` is in an answer: the latest question or answer paragraph at or before it
        opens an answer (an answer may run on over several paragraphs)."""
        for start, paragraph in reversed(self.paragraphs):
            if start > offset:
                continue
            if _ANSWER.match(paragraph.lstrip()):
                return True
            if _QUESTION.match(paragraph.lstrip()):
                return False
        return False


def _signed_by(doc: Doc, entities: ArticleEntities, paragraphs: list[tuple[int, str]]) -> Entity | None:
    """The writer a closing line names ("Ann Roe is the mayor of Springfield."): a short last
    paragraph whose subject is a person who "is" someone or "writes" ("Tom Hale is expected to
    testify" is news, no sign-off)."""
    if not paragraphs:
        return None
    start, last = paragraphs[-1]
    if len(last.split()) > _SIGN_OFF_WORDS:
        return None
    span = doc.char_span(start, start + len(last), alignment_mode="expand")
    if span is None:
        return None
    for ent in span.ents:
        verb = ent.root.head
        says_who = verb.lemma_ == "write" or (  # "is the mayor", not "is expected to testify"
            verb.lemma_ == "be" and any(child.dep_ == "attr" for child in verb.children)
        )
        if ent.label_ == "PERSON" and ent.start == span.start and ent.root.dep_ == "nsubj" and says_who:
            return entities.by_token.get(ent.root.i) or entities.person(ent.text.split())
    return None
