"""A definite description of a publication ("the journal", "the top Irish medical journal", "the
website") is the one publication of that kind the article names: a name that ends in the kind word
("the Irish Medical Journal") or that the article writes beside it ("the website Acme Daily", "Acme
Daily, a conservative website,"), wherever in the article, and whether or not the entity model tagged
it an organisation. Several such names, or none, leave the description unresolved (a wrong name is
worse than none)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import names as name_lexicon
from quotes.speakers import document_index
from quotes.speakers.doc_text import text_of
from quotes.speakers.resolved import ResolvedSpeaker
from quotes.speakers.sieves import Decision, MentionView

#: Entity labels of a capitalised run that is no publication's name ("the website Trump visited").
_NOT_PUBLICATIONS = frozenset({"PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL"})

#: Openers of a definite description ("the journal", "this website").
_DEFINITE = frozenset({"the", "this", "that"})

#: Determiners a capitalised name's run stops at ("The Irish Medical Journal" is "Irish Medical Journal").
_OPENERS = _DEFINITE | {"a", "an", "its", "his", "her", "their"}


def _definite_kind(doc: Doc, seen: MentionView) -> str | None:
    """The kind of publication ("website") a definite singular description names by its head ("the
    top British medical journal"), the head not itself a named entity; ``None`` for any other mention
    ("a website" is one the reader has not met)."""
    head = seen.head
    if head is None or not seen.lower or head.tag_ in ("NNS", "NNPS") or head.ent_type_:
        return None
    kind = seen.lower[-1]
    if kind not in name_lexicon.PUBLICATION_HEADS or head.lower_ != kind:
        return None
    return kind if doc[head.left_edge.i].lower_ in _DEFINITE else None


def named_publication(doc: Doc, seen: MentionView) -> Decision | None:
    """The publication a definite description whose head is a kind of publication
    (:data:`quotes.lexicon.names.PUBLICATION_HEADS`) stands for: the one name of that kind the article
    gives (:func:`publications_of_kind`) that holds every capitalised modifier of the description
    ("British" of "the top British medical journal"); ``None`` when the description is indefinite or
    plural, or the article names no such publication or several."""
    kind = _definite_kind(doc, seen)
    if kind is None:
        return None
    proper = {w for w in seen.words[:-1] if w[:1].isupper()}
    found = {name for name in publications_of_kind(doc, kind) if proper <= set(name.split())}
    if len(found) != 1:
        return None
    return Decision(found.pop(), "organization", "organization")


def publications_of_kind(doc: Doc, kind: str) -> set[str]:
    """The names the article gives publications of ``kind`` ("journal"), outside its headline: a
    capitalised name ending in the kind word ("Irish Medical Journal"), a name after the kind word
    ("the website Acme Daily"), and a name the kind word stands in apposition to ("Acme Daily, a
    website,"; "the website, Acme Daily,")."""
    found: set[str] = set()
    for token in doc:
        if token.lower_ != kind or document_index.in_headline(token):
            continue
        if token.text[:1].isupper() and token.pos_ == "PROPN":
            name = _run_before(token)
            if name:
                found.add(" ".join(t.text for t in [*name, token]))
            continue
        if token.pos_ != "NOUN":
            continue
        runs = [_run_from(token.nbor())] if token.i + 1 < len(doc) else []
        runs += [_run_ending(c) for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
            runs.append(_run_ending(token.head))
        found |= {" ".join(t.text for t in run) for run in runs if run}
    return found


def _publication_word(token: Token) -> bool:
    """Whether a token may be a word of a publication's name: capitalised, a proper noun, no person's
    or place's name."""
    return token.text[:1].isupper() and token.pos_ == "PROPN" and token.ent_type_ not in _NOT_PUBLICATIONS


def _run_before(token: Token) -> list[Token]:
    """The capitalised words right before a capitalised kind word ("Irish Medical" of "Irish Medical
    Journal"), which may be adjectives; empty when there are none."""
    run: list[Token] = []
    i = token.i - 1
    while i >= token.sent.start and token.doc[i].text[:1].isupper() and token.doc[i].lower_ not in _OPENERS:
        run.insert(0, token.doc[i])
        i -= 1
    return run


def _run_from(token: Token) -> list[Token]:
    """The name that starts at ``token`` ("Acme Daily" of "the website Acme Daily said"); empty when
    ``token`` starts none."""
    run: list[Token] = []
    doc = token.doc
    i = token.i
    while i < len(doc) and _publication_word(doc[i]):
        run.append(doc[i])
        i += 1
    return run


def _run_ending(token: Token) -> list[Token]:
    """The name whose last word is ``token`` ("Acme Daily" for "Daily" of "Acme Daily, a website,")."""
    if not _publication_word(token):
        return []
    run = [token]
    i = token.i - 1
    while i >= 0 and _publication_word(token.doc[i]):
        run.insert(0, token.doc[i])
        i -= 1
    return run


def last_source(doc: Doc, seen: MentionView, last: ResolvedSpeaker | None) -> Decision | None:
    """A definite publication description ("The website noted ...") where the article names no
    publication of its kind: the speaker of the record just before, when that is a named source that is
    no person ("Acme Daily asked, “...” The website noted ...") and spoke in the description's paragraph
    or the one before; ``None`` otherwise."""
    kind = _definite_kind(doc, seen)
    if kind is None or publications_of_kind(doc, kind):
        return None  # a named publication of the kind: that one or none (:func:`named_publication`)
    if last is None or last.name is None or last.start is None:
        return None
    if last.kind not in ("organization", "unknown"):
        return None  # "Tom Hale asked ... The website noted" is not Hale
    if last.start >= seen.start or not last.name[:1].isupper():
        return None
    if last.start < _paragraph_before(text_of(doc), seen.start):
        return None  # a source quoted further back: the description may be another's
    return Decision(last.name, "organization", "organization")


def _paragraph_before(text: str, offset: int) -> int:
    """Where the paragraph before the one holding ``offset`` starts (0 at the article's start)."""
    start = text.rfind("\n", 0, offset)
    while start > 0 and text[start - 1] in "\n \t":
        start -= 1
    return text.rfind("\n", 0, start) + 1 if start > 0 else 0
