"""What form a gold content takes: quoted words, a clause, or a bare noun phrase.

The project records speech and claims (``seeds/ANNOTATION.md``, "A record needs content: a clause or
quoted words"): "said [the offer was fair]" and "promised [to end the war]" are claims, while
"criticized [the plan]", "announced [new strike dates]", "said [nothing]" or "admitted [using the
tax code]" report an act whose object is a thing, not a proposition. PolNeAR annotates both, so the
benchmark's saying scope reads the form of each gold content and leaves the noun phrases out.

The form is decided from the words of the content alone, parsed by the project's pipeline, so that
neither the article's parse nor the parser under test has a say in what it is scored on:

* a content is a clause when one of its sentences is headed by a finite or base-form verb ("the offer
  was fair", "to end the war", "how it would work"), or by any word with a subject, an auxiliary or a
  clausal complement of its own (a participle or gerund with its subject, "crops withering", but not
  "using the tax code"; a clause the tagger misread, "she's thrilled"), or with a clause opened by
  "that", "whether" or "if" that has a subject ("told [her neighbours that the mayor was right]");
* a content that is no clause quotes words when at least half of its letters stand between double quote
  marks (or the two apostrophes some outlets quote with): "“a disaster”", "“poison pill” measures";
* anything else is a noun phrase (pronouns, "so", prepositional phrases such as "to requests for
  comment" included), a noun phrase with a scare-quoted word too ("her praise for the “bold” stadium":
  `seeds/ANNOTATION.md` counts no label in marks as a claim).

The words are parsed without their double quote marks (the tagger takes a quoted verb for a noun), and a
headline in capitals on every word ("Mayor Says Schools Will Reopen") in lower case, where the tagger
knows its verbs from its nouns. The parse of a fragment is the small model's guess: a noun phrase with a
participle or relative clause ("a letter mocking the council") is sometimes read as a clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from quotes.find.claims.claim import DOUBLE_MARK, quoted_share
from quotes.parse.nlp import COMPONENT_NAME

QUOTE = "quote"
CLAUSE = "clause"
NOUN_PHRASE = "noun_phrase"
#: The forms a content can take; the saying scope keeps the first two.
FORMS: tuple[str, ...] = (QUOTE, CLAUSE, NOUN_PHRASE)

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Children that make their head a clause whatever the tagger called it: a subject, an auxiliary, a
#: clausal complement.
_CLAUSE_CHILDREN = _SUBJECTS | {"aux", "auxpass", "ccomp"}
#: Words that open a complement clause when the parse hangs one on a noun ("their neighbours that
#: the mayor was right").
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})
#: Verb tags that head a clause on their own: past, present, modal, base form (infinitives and
#: imperatives). Participles (VBN) and gerunds (VBG) need a subject or an auxiliary.
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def has_quote_marks(text: str) -> bool:
    """Whether the content quotes words: double marks, or two apostrophes used as marks."""
    return DOUBLE_MARK.search(text) is not None


def is_clause_head(token: Token) -> bool:
    """Whether a sentence headed by ``token`` is a clause rather than a phrase (see the module)."""
    if any(child.dep_ in _CLAUSE_CHILDREN or _is_complement_clause(child) for child in token.children):
        return True
    return token.pos_ in {"VERB", "AUX"} and token.tag_ in _CLAUSE_TAGS


def _is_complement_clause(token: Token) -> bool:
    """A clause with a subject opened by "that", "whether" or "if", wherever the parse hung it."""
    children = list(token.children)
    return any(child.dep_ == "mark" and child.lower_ in _COMPLEMENTISERS for child in children) and any(
        child.dep_ in _SUBJECTS for child in children
    )


def form_of(doc: Doc, text: str | None = None) -> str:
    """The form of a content parsed on its own: :data:`QUOTE`, :data:`CLAUSE` or :data:`NOUN_PHRASE`.

    Args:
        doc: the content as parsed (:func:`reading_text` of it).
        text: the content as written, with its quote marks; ``doc.text`` when not given.
    """
    text = doc.text if text is None else text
    if any(is_clause_head(head) for sentence in doc.sents for head in _heads(sentence.root)):
        return CLAUSE
    if has_quote_marks(text) and quoted_share(text) >= 0.5:
        return QUOTE
    return NOUN_PHRASE


def _heads(root: Token) -> list[Token]:
    """The root, and its dependents too when the root is a complementiser the parse left on top ("that
    scrapping the bus had hurt them", with "that" as the head)."""
    if root.lower_ in _COMPLEMENTISERS and root.pos_ in {"SCONJ", "ADP"}:
        return [root, *root.children]
    return [root]


def is_capitalised_headline(text: str) -> bool:
    """Whether every word of two or more starts with a capital ("Mayor Says Schools Will Reopen")."""
    words = _WORD.findall(text)
    return len(words) >= 2 and all(word[0].isupper() for word in words)


def reading_text(text: str) -> str:
    """The text to parse for the form: without double quote marks (the tagger takes a quoted verb for a
    noun: 'the rules “lump” all cyclists together'), and a capitalised headline in lower case."""
    text = DOUBLE_MARK.sub(" ", text).strip()
    return text.lower() if is_capitalised_headline(text) else text


def content_text(text: str, segments: Sequence[tuple[int, int]]) -> str:
    """The words of a content in several segments, joined by single spaces."""
    return " ".join(text[start:end].strip() for start, end in segments)


def forms(nlp: Language, contents: Iterable[str], batch_size: int = 64) -> Iterator[str]:
    """The form of each content text, parsed by ``nlp`` without the quote component."""
    disable = [COMPONENT_NAME] if COMPONENT_NAME in nlp.pipe_names else []
    pairs = ((reading_text(text), text) for text in contents)
    for doc, text in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, disable=disable):
        yield form_of(doc, text)
