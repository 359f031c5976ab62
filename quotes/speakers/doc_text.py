"""A Doc's text, read once per Doc.

spaCy does not keep a Doc's text: ``doc.text`` joins every token's text and whitespace anew on each
access (about a third of a millisecond for a news article), and the speaker look-ups ask for it once a
subject or pronoun, over a thousand times for 84 articles. :func:`text_of` builds it on the first
request for a Doc and hands back the same string after that, for as long as the Doc lives.

A Doc's text never changes once it is made (merging tokens keeps it, and whitespace cannot be set), so
what was read once stays right.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

#: Each live Doc's text; an entry goes when its Doc is freed, so a long corpus keeps none of them.
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, built from the tokens on the first call for ``doc`` only."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
