"""Embedding each distinct row of features once gives the models' own vectors, bit for bit."""

from __future__ import annotations

import pickle

import numpy
import pytest
from spacy.language import Language
from thinc.api import Model

from quotes.parse.embeddings import NODE_NAME, embed_distinct_rows
from quotes.parse.nlp import load_base

# Written for these tests: repeated words in other cases and shapes, curly and straight marks, numbers,
# spaces and line breaks, so rows of features repeat within a text and across the batch.
TEXTS = [
    "“The harbour will reopen,” said Orla Brannagh. The harbour board said the harbour was safe.",
    "HARBOUR fees rose 12% in 2024;  harbour-side shops, Harbour Street's cafés, and the ferries’ crews"
    "\n\n"
    "said nothing. Nothing at all, they said.",
    "Mr. Tadeusz Wróbel, 61, told the council on Tuesday that the bridge would cost $4.2m — or more.",
    "",
    "said said said said",
]


@pytest.fixture(scope="module")
def stock() -> Language:
    return load_base()


@pytest.fixture(scope="module")
def distinct() -> Language:
    nlp = load_base()
    assert embed_distinct_rows(nlp) == 2  # the tok2vec pipe's and the NER's own
    return nlp


def _tok2vec(nlp: Language, pipe: str) -> Model:
    model = nlp.get_pipe(pipe).model
    return model if pipe == "tok2vec" else model.get_ref("tok2vec")


@pytest.mark.parametrize("pipe", ["tok2vec", "ner"])
def test_the_same_vectors_bit_for_bit(stock, distinct, pipe) -> None:
    docs = [stock.make_doc(text) for text in TEXTS]
    for batch in (docs, docs[:1], docs[3:4], docs[::-1]):
        expected = _tok2vec(stock, pipe).predict(batch)
        found = _tok2vec(distinct, pipe).predict(batch)
        assert len(found) == len(expected)
        for mine, theirs in zip(found, expected, strict=True):
            assert mine.shape == theirs.shape
            assert numpy.array_equal(mine, theirs)


def test_the_same_annotations(stock, distinct) -> None:
    for mine, theirs in zip(distinct.pipe(TEXTS), stock.pipe(TEXTS), strict=True):
        assert [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in mine] == [
            (t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in theirs
        ]


def test_the_models_are_saved_and_loaded_as_before(stock, distinct) -> None:
    docs = [stock.make_doc(text) for text in TEXTS]
    for pipe in ("tok2vec", "ner"):
        saved = distinct.get_pipe(pipe).model.to_dict()
        own = stock.get_pipe(pipe).model.to_dict()
        assert len(saved["params"]) == len(own["params"])  # the same tree of nodes
        for mine, theirs in zip(saved["params"], own["params"], strict=True):
            assert sorted(mine) == sorted(theirs)
            assert all(numpy.array_equal(mine[name], theirs[name]) for name in mine)
        copy = load_base()  # the stock model loads what the changed one saves
        copy.get_pipe(pipe).model.from_bytes(distinct.get_pipe(pipe).model.to_bytes())
        for mine, theirs in zip(_tok2vec(copy, pipe).predict(docs), _tok2vec(stock, pipe).predict(docs)):
            assert numpy.array_equal(mine, theirs)


def test_a_second_call_changes_nothing(distinct) -> None:
    assert embed_distinct_rows(distinct) == 0
    assert sum(node.name == NODE_NAME for node in _tok2vec(distinct, "ner").walk()) == 1


def test_training_takes_the_models_own_pass(stock) -> None:
    nlp = load_base()  # its own copy: a backward pass leaves gradients behind
    embed_distinct_rows(nlp)
    docs = [nlp.make_doc(text) for text in TEXTS[:2]]
    model = _tok2vec(nlp, "tok2vec")
    vectors, backprop = model.begin_update(docs)
    for mine, theirs in zip(vectors, _tok2vec(stock, "tok2vec").predict(docs), strict=True):
        assert mine.shape == theirs.shape  # not equal: the model's dropout is on in training
    backprop([numpy.ones_like(v) for v in vectors])  # the inference pass has no backward pass: it raises
    step = next(node for node in model.walk() if node.name == NODE_NAME)
    assert any(numpy.any(gradient) for _, gradient in step.get_gradients().values())


def test_pickles(distinct) -> None:
    model = _tok2vec(distinct, "ner")
    copy = pickle.loads(pickle.dumps(model))
    docs = [distinct.make_doc(text) for text in TEXTS]
    for mine, theirs in zip(copy.predict(docs), model.predict(docs), strict=True):
        assert numpy.array_equal(mine, theirs)
