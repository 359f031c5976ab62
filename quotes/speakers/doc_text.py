"""A Doc's text and named entities, read once per Doc.

spaCy does not keep a Doc's text: ``doc.text`` joins every token's text and whitespace anew on each
access (about a third of a millisecond for a news article), and the speaker look-ups ask for it once a
subject or pronoun, over a thousand times for 84 articles. :func:`text_of` builds it on the first
request for a Doc and hands back the same string after that, for as long as the Doc lives.

A Doc's text never changes once it is made (merging tokens keeps it, and whitespace cannot be set), so
what was read once stays right.

``doc.ents`` likewise builds a new Span for every entity on each access, and the entity model and the
sieves scan the entities a dozen times an article. The entities, unlike the text, can be set anew;
so they are read once only within :func:`entities_read_once` (the component's run over a Doc, during
which nothing sets them), and :func:`entities_of` reads ``doc.ents`` afresh anywhere else.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span

#: Each live Doc's text; an entry goes when its Doc is freed, so a long corpus keeps none of them.
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
#: The named entities of each Doc inside :func:`entities_read_once`.
_ENTITIES: weakref.WeakKeyDictionary[Doc, tuple[Span, ...]] = weakref.WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, built from the tokens on the first call for ``doc`` only."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``: the Spans read on entering :func:`entities_read_once`, inside it."""
    entities = _ENTITIES.get(doc)
    return entities if entities is not None else doc.ents


@contextmanager
def entities_read_once(doc: Doc) -> Iterator[None]:
    """Read ``doc.ents`` once for the block: the entities must not be set inside it."""
    _ENTITIES[doc] = doc.ents
    try:
        yield
    finally:
        _ENTITIES.pop(doc, None)
