"""The compiled attribute ruler sets exactly what spaCy's AttributeRuler sets, or leaves it to spaCy."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from quotes.parse.fastrules import (
    FACTORY_NAME,
    CompiledAttributeRuler,
    CompiledRules,
    UnsupportedPatternError,
    compile_attribute_ruler,
)


def token_attributes(doc: Doc) -> list[tuple[object, ...]]:
    """Everything a rule can set or a later pipe can read, token by token."""
    return [
        (
            t.text,
            t.pos_,
            t.tag_,
            str(t.morph),
            t.lemma_,
            t.dep_,
            t.norm_,
            t.head.i,
            t.ent_iob_,
            t.is_sent_start,
        )
        for t in doc
    ]


def before_ruler(nlp: Language, text: str, name: str = "attribute_ruler") -> Doc:
    """``text`` run through the pipes before the ruler (without changing the shared pipeline)."""
    doc = nlp.make_doc(text)
    for pipe_name, pipe in nlp.pipeline:
        if pipe_name == name:
            break
        doc = pipe(doc)
    return doc


def both_ways(spacy_ruler: AttributeRuler, compiled: CompiledRules, doc: Doc) -> tuple[Doc, Doc]:
    """Copies of ``doc``: one annotated by spaCy's ruler, one by the compiled rules."""
    by_spacy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    by_tables = Doc(doc.vocab).from_bytes(doc.to_bytes())
    spacy_ruler(by_spacy)
    compiled.apply(by_tables)
    return by_spacy, by_tables


# --- the model's own patterns --------------------------------------------------------------------


@pytest.fixture(scope="module")
def model_rulers(nlp) -> tuple[AttributeRuler, CompiledRules]:
    """spaCy's ruler and the compiled rules, both built from the loaded model's patterns."""
    patterns = nlp.get_pipe("attribute_ruler").patterns
    spacy_ruler = AttributeRuler(nlp.vocab)
    spacy_ruler.add_patterns(patterns)
    return spacy_ruler, CompiledRules.from_ruler(spacy_ruler)


def test_load_uses_the_compiled_ruler(nlp) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, CompiledAttributeRuler)
    assert ruler.compiled is not None, ruler.unsupported
    assert len(ruler.patterns) > 100  # the model's own patterns, all of them


def test_seed_articles_are_annotated_identically(nlp, model_rulers, seed_texts) -> None:
    assert seed_texts
    for doc_id, text in seed_texts.items():
        by_spacy, by_tables = both_ways(*model_rulers, before_ruler(nlp, text))
        assert token_attributes(by_tables) == token_attributes(by_spacy), doc_id
        assert all(token.pos_ for token in by_tables), doc_id  # the rules did run


TRICKY_TEXTS = [
    "I can't, you won't, she'd've, they're, we'll, it's, I'm, y'all, ain't, 'em.",
    "He ain't going. Ain't nobody got time. She ain't't.",
    "We're gonna win, we gotta try. Let's go! C'mon, y' all know it.",
    "Trump's plan: it's what he's said it's been. Let's see. The boss's car's red.",
    "There is hope; there's a way. There are reasons and there were doubts.",
    "Nothin' doin', goin' home, somethin' else, ol' times, 'nuff said.",
    "Something, anyone, nobody and everybody did it. I did it to me, you to you, it to it.",
    "That is that. This one, those that remain, the ones which stay.",
    "But he left. It was but a dream. If and when, whether or not.",
    "Hello  world.\n\nNew paragraph\n \t with\u00a0odd   spaces .\r\n",
    "  ",
    "\n",
    "A",
    "I",
    "UPPER CASE: I CAN'T DO IT, GONNA TRY.",
    "Don't you dare! Do it. Does he? Did they? Had we? Have you done it? He had had enough.",
    "“We’re gonna do it,” he said, “and we won’t stop.” Isn’t it?",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_tricky_texts_are_annotated_identically(nlp, model_rulers, text: str) -> None:
    by_spacy, by_tables = both_ways(*model_rulers, before_ruler(nlp, text))
    assert token_attributes(by_tables) == token_attributes(by_spacy)


MULTI_TOKEN_CASES = [
    # (text, token, attribute, value the two-token pattern gives it)
    ("We're gonna win.", "gon", "lemma_", "go"),  # "gon" "na": index 0
    ("We're gonna win.", "na", "lemma_", "to"),  # and index 1
    ("We gotta try.", "ta", "lemma_", "to"),
    ("Let's go home.", "'s", "lemma_", "us"),
]


@pytest.mark.parametrize(("text", "word", "attribute", "value"), MULTI_TOKEN_CASES)
def test_multi_token_patterns_set_their_target(nlp, model_rulers, text, word, attribute, value) -> None:
    by_spacy, by_tables = both_ways(*model_rulers, before_ruler(nlp, text))
    [token] = [t for t in by_tables if t.text == word]
    assert getattr(token, attribute) == value
    assert getattr(by_spacy[token.i], attribute) == value


def test_rule_order_is_kept(nlp, model_rulers) -> None:
    """A later rule overrides an earlier one: "that" as a subordinating conjunction, then as a mark."""
    by_spacy, by_tables = both_ways(*model_rulers, before_ruler(nlp, "He said that it was over."))
    that = next(t for t in by_tables if t.lower_ == "that")
    assert that.tag_ == "IN" and that.pos_ == "SCONJ"
    assert token_attributes(by_tables) == token_attributes(by_spacy)


# --- hand-made patterns on a blank pipeline -------------------------------------------------------

#: Rules that overlap on purpose: later ones override earlier ones attribute by attribute, including
#: two-token rules ranked between one-token rules and matches that overlap one another.
HAND_PATTERNS: list[dict[str, object]] = [
    {"patterns": [[{"IS_SPACE": False}]], "attrs": {"POS": "X", "LEMMA": "any"}},
    {"patterns": [[{"LOWER": "a"}], [{"ORTH": "B"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": "b"}, {"LOWER": "a"}]], "attrs": {"POS": "VERB", "TAG": "VB"}, "index": -1},
    {
        "patterns": [[{"LOWER": {"IN": ["a", "c"]}}, {"TEXT": {"REGEX": "^[abc]$"}}]],
        "attrs": {"LEMMA": "pair"},
    },
    {"patterns": [[{"LOWER": {"NOT_IN": ["a", "b", ""]}, "IS_PUNCT": False}]], "attrs": {"MORPH": "_"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "DEP": "dep"}},
    {"patterns": [[{"lower": {"regex": "^c+$"}}, {}, {"LOWER": "a"}]], "attrs": {"NORM": "cxa"}, "index": 1},
    {"patterns": [[{"ORTH": "a", "IS_ALPHA": True}]], "attrs": {"LEMMA": "little a"}},
]

WORDS = ["a", "A", "b", "B", "c", "cc", "d", ".", " ", "\n", "ab"]


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def hand_rulers(nlp: Language, patterns: list[dict[str, object]]) -> tuple[AttributeRuler, CompiledRules]:
    spacy_ruler = AttributeRuler(nlp.vocab)
    spacy_ruler.add_patterns(patterns)  # type: ignore[arg-type]
    return spacy_ruler, CompiledRules.from_ruler(spacy_ruler)


@pytest.mark.parametrize(
    "words",
    [
        ["b", "a", "a", "c", "a"],
        ["c", "c", "a", "cc", "b", "a"],
        ["B", "A", " ", "a", "\n", "d", "."],
        ["a"],
        [" "],
        ["cc", "d", "a", "b", "a", "c", "b"],
    ],
)
def test_hand_patterns_are_applied_identically(blank, words: list[str]) -> None:
    doc = Doc(blank.vocab, words=words, spaces=[False] * len(words))
    by_spacy, by_tables = both_ways(*hand_rulers(blank, HAND_PATTERNS), doc)
    assert token_attributes(by_tables) == token_attributes(by_spacy)


@pytest.mark.parametrize(
    "patterns",
    [
        [{"patterns": [[{"ORTH": "a"}]], "attrs": {"TAG": "X"}}],  # one attribute read, the one set
        [{"patterns": [[{"TAG": ""}]], "attrs": {"TAG": "Y"}}],  # an unset value is the empty string
        [
            {"patterns": [[{}]], "attrs": {"LEMMA": "w"}},
            {"patterns": [[{"TAG": "Y"}]], "attrs": {"LEMMA": "y"}},
        ],
    ],
)
def test_small_rule_sets_are_applied_identically(blank, patterns: list[dict[str, object]]) -> None:
    doc = Doc(blank.vocab, words=["a", "b", "a"])
    by_spacy, by_tables = both_ways(*hand_rulers(blank, patterns), doc)
    assert token_attributes(by_tables) == token_attributes(by_spacy)
    assert token_attributes(by_tables) != token_attributes(doc)


def test_hand_patterns_precedence(blank) -> None:
    """'b a': rule 1 makes the 'a' a NOUN, rule 2 (index -1) a VERB; rule 7 overrides rule 0's lemma."""
    doc = Doc(blank.vocab, words=["b", "a"], spaces=[True, False])
    _, compiled = hand_rulers(blank, HAND_PATTERNS)
    compiled.apply(doc)
    assert [(t.pos_, t.tag_, t.lemma_) for t in doc] == [("X", "", "any"), ("VERB", "VB", "little a")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
def test_random_word_sequences_are_applied_identically(words: list[str]) -> None:
    nlp = _BLANK
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    by_spacy, by_tables = both_ways(*_HAND, doc)
    assert token_attributes(by_tables) == token_attributes(by_spacy)


_BLANK = spacy.blank("en")
_HAND = hand_rulers(_BLANK, HAND_PATTERNS)


# --- what the compiler refuses, and the fall-back to spaCy ----------------------------------------

UNSUPPORTED = [
    # (pattern rule, words of the message)
    ({"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "X"}}, "'OP'"),
    ({"patterns": [[{"_": {"flag": True}}]], "attrs": {"POS": "X"}}, "'_'"),
    ({"patterns": [[{"LENGTH": {">=": 2}}]], "attrs": {"POS": "X"}}, "LENGTH"),
    ({"patterns": [[{"LOWER": {">=": "a"}}]], "attrs": {"POS": "X"}}, "'>='"),
    ({"patterns": [[{"LOWER": {"FUZZY": "abc"}}]], "attrs": {"POS": "X"}}, "FUZZY"),
    ({"patterns": [[{"MORPH": {"IS_SUBSET": ["Number=Sing"]}}]], "attrs": {"POS": "X"}}, "MORPH"),
    ({"patterns": [[{"LOWER": {"REGEX": {"IN": ["^a"]}}}]], "attrs": {"POS": "X"}}, "REGEX"),
    ({"patterns": [[{"IS_SPACE": {"REGEX": "1"}}]], "attrs": {"POS": "X"}}, "REGEX"),
    ({"patterns": [[{"LOWER": "a"}]], "attrs": {"ENT_TYPE": "ORG"}}, "sets"),
    ({"patterns": [[{"LOWER": "a"}]], "attrs": {"LOWER": "b"}}, "sets"),
    ({"patterns": [[{"LOWER": "a"}, {"LOWER": "b"}]], "attrs": {"POS": "X"}, "index": 2}, "index 2"),
]


@pytest.mark.parametrize(("rule", "words"), UNSUPPORTED)
def test_unsupported_patterns_are_refused(blank, rule: dict[str, object], words: str) -> None:
    spacy_ruler = AttributeRuler(blank.vocab)
    spacy_ruler.add_patterns([rule])  # type: ignore[list-item]
    with pytest.raises(UnsupportedPatternError, match="rule 0") as error:
        CompiledRules.from_ruler(spacy_ruler)
    assert words in str(error.value)


@pytest.mark.parametrize("rule", [UNSUPPORTED[0][0], UNSUPPORTED[2][0]])
def test_unsupported_pattern_falls_back_to_spacy(blank, rule: dict[str, object]) -> None:
    patterns = [*HAND_PATTERNS, rule]
    ruler = CompiledAttributeRuler(blank.vocab)
    ruler.add_patterns(patterns)  # type: ignore[arg-type]
    assert ruler.compiled is None and ruler.unsupported and "rule 8" in ruler.unsupported
    spacy_ruler = AttributeRuler(blank.vocab)
    spacy_ruler.add_patterns(patterns)  # type: ignore[arg-type]
    words = ["b", "a", "aa", "c", " "]
    by_fallback = ruler(Doc(blank.vocab, words=words))
    by_spacy = spacy_ruler(Doc(blank.vocab, words=words))
    assert token_attributes(by_fallback) == token_attributes(by_spacy)
    assert by_fallback[0].pos_ == "X" and by_fallback[1].tag_ == "VB"


def test_compile_attribute_ruler_replaces_only_what_it_can_compile() -> None:
    supported = spacy.blank("en")
    supported.add_pipe("attribute_ruler").add_patterns(HAND_PATTERNS)
    assert compile_attribute_ruler(supported)
    ruler = supported.get_pipe("attribute_ruler")
    assert isinstance(ruler, CompiledAttributeRuler) and ruler.patterns == AttributeRuler.patterns.fget(ruler)
    assert supported.get_pipe_meta("attribute_ruler").factory == FACTORY_NAME
    assert not compile_attribute_ruler(supported)  # already compiled

    unsupported = spacy.blank("en")
    unsupported.add_pipe("attribute_ruler").add_patterns([*HAND_PATTERNS, UNSUPPORTED[0][0]])
    assert not compile_attribute_ruler(unsupported)
    assert type(unsupported.get_pipe("attribute_ruler")) is AttributeRuler
    assert not compile_attribute_ruler(spacy.blank("en"))  # no ruler at all


def test_adding_patterns_recompiles(blank) -> None:
    ruler = CompiledAttributeRuler(blank.vocab)
    ruler.add([[{"LOWER": "a"}]], {"POS": "NOUN"})
    assert ruler(Doc(blank.vocab, words=["a"]))[0].pos_ == "NOUN"
    ruler.add([[{"LOWER": "a"}]], {"POS": "VERB"})
    assert ruler(Doc(blank.vocab, words=["a"]))[0].pos_ == "VERB"
    ruler.clear()
    assert ruler.compiled is not None
    assert ruler(Doc(blank.vocab, words=["a"]))[0].pos_ == ""


def test_pickles(blank) -> None:
    ruler = CompiledAttributeRuler(blank.vocab)
    ruler.add_patterns(HAND_PATTERNS)  # type: ignore[arg-type]
    ruler(Doc(blank.vocab, words=["a"]))  # compiled
    copy = pickle.loads(pickle.dumps(ruler))
    words = ["b", "a", "c", "a"]
    assert token_attributes(copy(Doc(blank.vocab, words=words))) == token_attributes(
        ruler(Doc(blank.vocab, words=words))
    )


# --- the factory, by entry point ------------------------------------------------------------------


def test_entry_point_is_declared() -> None:
    from importlib.metadata import entry_points

    [point] = [e for e in entry_points(group="spacy_factories") if e.name == FACTORY_NAME]
    assert point.value == "quotes.parse.fastrules:make_compiled_attribute_ruler"


@pytest.mark.slow
def test_saved_pipeline_reloads_in_a_fresh_process(tmp_path: Path) -> None:
    """Nothing in the child imports quotes: spaCy finds the factory through the entry point."""
    nlp = spacy.blank("en")
    nlp.add_pipe(FACTORY_NAME, name="attribute_ruler").add_patterns(HAND_PATTERNS)
    nlp.to_disk(tmp_path / "pipeline")
    code = (
        "import sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "assert 'quotes.parse.fastrules' in sys.modules, 'spaCy did not load the entry point'\n"
        "ruler = nlp.get_pipe('attribute_ruler')\n"
        "assert ruler.compiled is not None, ruler.unsupported\n"
        "print(type(ruler).__name__, [(t.pos_, t.lemma_) for t in nlp('b a')])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "pipeline")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    expected = [(t.pos_, t.lemma_) for t in nlp("b a")]
    assert result.stdout.strip() == f"CompiledAttributeRuler {expected}"
