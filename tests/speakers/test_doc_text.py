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


def _doc_with_entity() -> spacy.tokens.Doc:
    from spacy.tokens import Span

    doc = spacy.blank("en")("Ann Roe met Tom Hale in Leeds.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    return doc


def test_entities_are_read_once_inside_the_block_and_afresh_outside() -> None:
    doc = _doc_with_entity()
    with doc_text.entities_read_once(doc):
        first = doc_text.entities_of(doc)
        assert [(e.text, e.label_) for e in first] == [("Ann Roe", "PERSON")]
        assert doc_text.entities_of(doc) is first  # the same Spans, not built anew
    assert doc_text.entities_of(doc) is not first  # outside the block, doc.ents itself
    assert doc_text.entities_of(doc) == first


def test_entities_set_after_the_block_are_the_ones_read() -> None:
    from spacy.tokens import Span

    doc = _doc_with_entity()
    with doc_text.entities_read_once(doc):
        assert len(doc_text.entities_of(doc)) == 1
    doc.ents = [*doc.ents, Span(doc, 3, 5, label="PERSON")]
    assert [e.text for e in doc_text.entities_of(doc)] == ["Ann Roe", "Tom Hale"]
    with doc_text.entities_read_once(doc):
        assert [e.text for e in doc_text.entities_of(doc)] == ["Ann Roe", "Tom Hale"]
