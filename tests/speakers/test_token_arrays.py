"""Which tokens hold one of a set of words, read from the token arrays (quotes/speakers/token_arrays.py),
on sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys

import numpy
import spacy
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id

from quotes.speakers import token_arrays


def test_holding_marks_exactly_the_hashes_asked_for() -> None:
    doc = spacy.blank("en")("Mr. Roe met Dr Hale, and Mr. Roe left.")
    column = doc.to_array(ORTH)
    mask = token_arrays.holding(column, [get_string_id("Roe"), get_string_id("left")])
    assert [t.text for t, hit in zip(doc, mask.tolist()) if hit] == ["Roe", "Roe", "left"]
    assert not token_arrays.holding(column, []).any()
    assert not token_arrays.holding(column, [get_string_id("absent")]).any()
    # hashes above and below every word's, at the ends of the sorted search
    assert not token_arrays.holding(column, [0, 2**64 - 1]).any()
    assert token_arrays.holding(numpy.zeros(0, dtype="uint64"), [1]).shape == (0,)


def test_indices_of_words_tests_each_distinct_word_once() -> None:
    doc = spacy.blank("en")("Mr. Roe met Dr Hale, and MR. Roe left; mrs Lee stayed.")
    asked: list[str] = []

    def honorific(word: str) -> bool:
        asked.append(word)
        return word.rstrip(".") in {"mr", "mrs", "dr"}

    found = token_arrays.indices_of_words(doc, LOWER, honorific)
    assert [doc[i].text for i in found] == ["Mr.", "Dr", "MR", "mrs"]
    assert sorted(asked) == sorted(set(asked))  # "mr." and "roe" asked about once, not twice
    assert token_arrays.indices_of_words(spacy.blank("en")(""), LOWER, honorific) == []


def test_the_look_ups_import_no_masked_arrays() -> None:
    code = (
        "import sys, spacy; from spacy.attrs import LOWER; from quotes.speakers import token_arrays; "
        "doc = spacy.blank('en')('Mr. Roe said so.'); "
        "token_arrays.indices_of_words(doc, LOWER, lambda w: w == 'mr.'); print('numpy.ma' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
