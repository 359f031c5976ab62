"""The remembered lemmatizer gives exactly the lemmas of spaCy's English lemmatizer, and is saved and
loaded like it."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

from quotes.parse import lemmas as lemmas_module
from quotes.parse.lemmas import FACTORY_NAME, RememberedLemmatizer, remember_lemmas
from quotes.parse.nlp import load_base

# Written for these tests: plurals and singulars, every verb form, comparatives, names, numbers,
# contractions, odd punctuation, and the same forms again in other roles.
TEXTS = [
    "The councillors argued that the bridges were safer than the older crossings had been.",
    "“We are hoping the ferries run again,” said Orla Brannagh, who chairs the harbour board. "
    "She has said so before; her deputies say it too.",
    "Leaves fell. He leaves at six, leaving his better boots; the best ones were left behind.",
    "Mice, geese and oxen crossed 3 fields in 1999 — or 2,400 metres, roughly.",
    "Isn't it odd? They'd spoken, she'd written, and we've been told nothing since Tuesday's meeting.",
    "The running costs ran higher; runners run, and the race was run twice over.",
]


@pytest.fixture(scope="module")
def base() -> Language:
    """The model's own pipeline, its lemmatizer untouched."""
    return load_base()


def _before_lemmas(nlp: Language, text: str) -> Doc:
    """``text`` through every pipe before the lemmatizer, as bytes-copied Docs can be lemmatized twice."""
    names = nlp.pipe_names
    doc = nlp.make_doc(text)
    for name in names[: names.index("lemmatizer")]:
        doc = nlp.get_pipe(name)(doc)
    return doc


def _copy(doc: Doc) -> Doc:
    return Doc(doc.vocab).from_bytes(doc.to_bytes())


def _remembered(base: Language) -> RememberedLemmatizer:
    own = base.get_pipe("lemmatizer")
    remembered = RememberedLemmatizer(base.vocab, None, mode=own.mode, overwrite=own.overwrite)
    remembered.use_tables(own.lookups)
    return remembered


def test_the_same_lemmas_as_spacys_lemmatizer(base) -> None:
    own = base.get_pipe("lemmatizer")
    assert type(own) is EnglishLemmatizer
    remembered = _remembered(base)
    for _ in range(2):  # the second time every answer is remembered
        for text in TEXTS:
            doc = _before_lemmas(base, text)
            expected = [t.lemma_ for t in own(_copy(doc))]
            assert [t.lemma_ for t in remembered(_copy(doc))] == expected
    assert remembered._lemmas  # it did remember


def test_lemmas_set_before_are_kept_unless_it_overwrites(base) -> None:
    doc = _before_lemmas(base, "The geese were crossing.")
    doc[1].lemma_ = "flock"
    kept = _remembered(base)(_copy(doc))
    assert kept[1].lemma_ == "flock"
    overwriting = RememberedLemmatizer(base.vocab, None, overwrite=True)
    overwriting.use_tables(base.get_pipe("lemmatizer").lookups)
    assert overwriting(_copy(doc))[1].lemma_ == "goose"


def test_a_full_memory_is_emptied_and_answers_stay_the_same(base, monkeypatch) -> None:
    monkeypatch.setattr(lemmas_module, "MAX_REMEMBERED", 3)
    own, remembered = base.get_pipe("lemmatizer"), _remembered(base)
    for text in TEXTS:
        doc = _before_lemmas(base, text)
        assert [t.lemma_ for t in remembered(_copy(doc))] == [t.lemma_ for t in own(_copy(doc))]
        assert len(remembered._lemmas) <= 3 + len(doc)


def test_load_remembers_lemmas(nlp) -> None:
    assert isinstance(nlp.get_pipe("lemmatizer"), RememberedLemmatizer)
    names = nlp.pipe_names
    assert names[names.index("lemmatizer") - 1 : names.index("lemmatizer") + 2] == [
        "attribute_ruler",
        "lemmatizer",
        "verb_lemmas",
    ]


def test_only_the_english_rule_or_lookup_lemmatizer_is_replaced() -> None:
    assert not remember_lemmas(spacy.blank("en"))  # no lemmatizer
    plain = spacy.blank("xx")
    plain.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not remember_lemmas(plain)  # not the English one: its rules may read more of a token
    assert type(plain.get_pipe("lemmatizer")).__name__ == "Lemmatizer"
    english = spacy.blank("en")
    english.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert remember_lemmas(english)
    assert english.get_pipe("lemmatizer").mode == "lookup"
    with pytest.raises(ValueError, match="not remembered"):
        RememberedLemmatizer(english.vocab, None, mode="pos_lookup")


def test_saved_and_loaded_with_its_tables(base, tmp_path: Path) -> None:
    nlp = load_base()
    assert remember_lemmas(nlp)
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert isinstance(again.get_pipe("lemmatizer"), RememberedLemmatizer)
    for text in TEXTS:
        assert [t.lemma_ for t in again(text)] == [t.lemma_ for t in base(text)]


def test_pickles(base) -> None:
    remembered = _remembered(base)
    copy = pickle.loads(pickle.dumps(remembered))
    doc = _before_lemmas(base, TEXTS[2])
    assert [t.lemma_ for t in copy(_copy(doc))] == [t.lemma_ for t in remembered(_copy(doc))]


def test_entry_point_is_declared() -> None:
    from importlib.metadata import entry_points

    [point] = [e for e in entry_points(group="spacy_factories") if e.name == FACTORY_NAME]
    assert point.value == "quotes.parse.lemmas:make_remembered_lemmatizer"
