"""A Doc's text read once per Doc (quotes/speakers/doc_text.py), on sentences written for these tests."""

from __future__ import annotations

import gc

import spacy

from quotes.speakers import doc_text


def test_text_of_is_the_docs_text_built_once() -> None:
    nlp = spacy.blank("en")
    doc = nlp("“We will build it,” Ann Roe said.\n\nTom Hale  disagreed. ")
    first = doc_text.text_of(doc)
    assert first == doc.text
    assert doc_text.text_of(doc) is first  # the same string, not rebuilt from the tokens


def test_each_doc_has_its_own_text_and_a_freed_doc_keeps_none() -> None:
    nlp = spacy.blank("en")
    one, two = nlp("Ann Roe said so."), nlp("Tom Hale said no, twice.")
    assert doc_text.text_of(one) == "Ann Roe said so."
    assert doc_text.text_of(two) == "Tom Hale said no, twice."
    held = len(doc_text._TEXTS)
    del one
    gc.collect()
    assert len(doc_text._TEXTS) == held - 1
    assert doc_text.text_of(two) == "Tom Hale said no, twice."


def test_a_span_made_a_doc_reads_its_own_text() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Ann Roe said so. Tom Hale said no.")
    assert doc_text.text_of(doc) == doc.text
    part = doc[5:].as_doc()
    assert doc_text.text_of(part) == "Tom Hale said no."
