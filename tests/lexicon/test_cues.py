"""The word lists are well-formed data: lower-case lemmas, known complement forms, no stray spaces."""

from __future__ import annotations

import pytest

from quotes.lexicon import claims as claim_lexicon
from quotes.lexicon import cues as lexicon

KNOWN_FORMS = {"that", "to", "obj", "obj_to", "recipient_to", "words"}


@pytest.mark.parametrize("lemma", sorted(claim_lexicon.CLAIM_VERBS))
def test_claim_verb_lemmas_and_forms(lemma: str) -> None:
    assert lemma == lemma.strip().lower() and lemma.isalpha()
    forms = claim_lexicon.CLAIM_VERBS[lemma]
    assert forms and forms <= KNOWN_FORMS, f"{lemma}: {sorted(forms - KNOWN_FORMS)}"


@pytest.mark.parametrize(
    "table",
    [claim_lexicon.CLAIM_PREPOSITIONS, claim_lexicon.CLAIM_PARTICLES],
    ids=["prepositions", "particles"],
)
def test_prepositions_and_particles_are_single_words(table: dict[str, frozenset[str]]) -> None:
    for lemma, words in table.items():
        assert lemma.isalpha() and lemma.islower(), lemma
        assert words and all(w.isalpha() and w.islower() for w in words), (lemma, words)


@pytest.mark.parametrize(
    "words",
    [
        claim_lexicon.CLAIM_NOUNS,
        claim_lexicon.QUESTION_WORDS,
        lexicon.REPORTING_VERBS,
        lexicon.CHARACTERISING_VERBS,
        claim_lexicon.BELIEF_VERBS,
        claim_lexicon.INFINITIVE_WITHOUT_TO,
    ],
    ids=["claim nouns", "question words", "reporting verbs", "characterising verbs", "belief", "without to"],
)
def test_word_sets_are_lower_case_words(words: frozenset[str]) -> None:
    assert words and all(w.isalpha() and w.islower() for w in words), sorted(words)


@pytest.mark.parametrize(
    ("lemma", "form", "expected"),
    [
        ("believe", "that", True),
        ("show", "that", True),
        ("plan", "to", True),
        ("urge", "recipient_to", True),
        ("want", "obj_to", True),
        ("see", "obj", True),
        ("plan", "that", False),  # "plans that ..." is not how plans are reported
        ("support", "that", False),
        ("believe", "to", False),
    ],
)
def test_complement_forms(lemma: str, form: str, expected: bool) -> None:
    assert (form in claim_lexicon.CLAIM_VERBS[lemma]) is expected


def test_act_verbs_are_no_cues() -> None:
    """Verbs that report an act, not content (seeds/ANNOTATION.md), stay out of the claim lexicon."""
    for lemma in ("discuss", "refuse", "decline", "thank", "arrive"):
        assert lemma not in claim_lexicon.CLAIM_VERBS and lemma not in lexicon.REPORTING_VERBS, lemma


def test_infinitives_without_to_take_an_infinitive() -> None:
    for lemma in claim_lexicon.INFINITIVE_WITHOUT_TO:
        assert (
            "to" in claim_lexicon.CLAIM_VERBS.get(lemma, frozenset()) or lemma in lexicon.INFINITIVE_VERBS
        ), lemma


@pytest.mark.parametrize(
    "words",
    [lexicon.QUOTED_OBJECT_VERBS, lexicon.SPEECH_SETTINGS, lexicon.SETTING_PREPOSITIONS],
    ids=["quoted object verbs", "speech settings", "setting prepositions"],
)
def test_quoted_object_lists_are_lower_case_words(words: frozenset[str]) -> None:
    assert words and all(w.replace("-", "").isalpha() and w.islower() for w in words), sorted(words)


def test_quoted_object_verbs_are_saying_verbs() -> None:
    """Verbs of belief and asking take a topic as object, not the speaker's words."""
    assert lexicon.QUOTED_OBJECT_VERBS < lexicon.REPORTING_VERBS
    for lemma in ("think", "believe", "hope", "ask", "continue"):
        assert lemma not in lexicon.QUOTED_OBJECT_VERBS, lemma


def test_thanks_are_no_characterisation() -> None:
    """Thanks report a social act (seeds/ANNOTATION.md): never a cue of quoted words."""
    assert "thank" not in lexicon.CHARACTERISING_VERBS and "thank" not in lexicon.QUOTED_OBJECT_VERBS
