"""The category of an attribution (quotes.find.claims.categories): assertion, belief, knowledge or
intention, from the cue's lemma and its complement, never from negation."""

from __future__ import annotations

import pytest

from quotes.find.claims.categories import category_of_cue, category_of_lemma
from quotes.parse.component import attribute
from quotes.speakers.registry import Registry


def categories_of(nlp, text: str) -> list[tuple[str, str, str]]:
    """Each record the component finds in ``text`` as (text, cue text or "", category)."""
    records = attribute(nlp(text), Registry.load())
    return [(r["text"], (r["cue"] or {}).get("text", ""), r["category"]) for r in records]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said the bridge was safe.", ("the bridge was safe", "said", "assertion")),
        ("The mayor warned that the bridge was unsafe.", ("the bridge was unsafe", "warned", "assertion")),
        ("The bridge is safe, according to the mayor.", ("The bridge is safe", "according to", "assertion")),
        ("The mayor promised to repair the bridge.", ("repair the bridge", "promised", "assertion")),
        ("The mayor believes the bridge is safe.", ("the bridge is safe", "believes", "belief")),
        ("Engineers fear the bridge could fail.", ("the bridge could fail", "fear", "belief")),
        ("The mayor expects that the bridge will reopen.", ("the bridge will reopen", "expects", "belief")),
        ("The mayor knows the bridge is unsafe.", ("the bridge is unsafe", "knows", "knowledge")),
        (
            "Engineers discovered that the bridge had cracked.",
            ("the bridge had cracked", "discovered", "knowledge"),
        ),
        ("The mayor plans to close the bridge.", ("to close the bridge", "plans", "intention")),
        ("The council wants to close the bridge.", ("to close the bridge", "wants", "intention")),
    ],
)
def test_the_cue_decides_the_category(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in categories_of(nlp, text)


def test_a_quote_with_no_cue_or_a_cue_of_speech_is_an_assertion(nlp) -> None:
    text = "“The bridge will reopen in May,” the mayor said. “We have checked every bolt.”\n"
    found = categories_of(nlp, text)
    assert [category for _, _, category in found] == ["assertion", "assertion"]
    assert found[1][1] == ""  # the second quote continues without a cue


def test_a_quote_cued_by_a_verb_of_belief_is_a_belief(nlp) -> None:
    found = categories_of(nlp, "“The bridge is safe,” the mayor believes.")
    assert found == [("The bridge is safe,", "believes", "belief")]


@pytest.mark.parametrize(
    ("text", "cue", "category"),
    [
        ("The board decided to raise the fees.", "decided", "intention"),  # an act to do
        ("The judge decided that the fees were unfair.", "decided", "belief"),  # a clause held true
        ("The mayor did not say that the fees would rise.", "say", "assertion"),  # negated: still said
        ("The mayor does not believe the fees will rise.", "believe", "belief"),
        ("The mayor never planned to raise the fees.", "planned", "intention"),
    ],
)
def test_the_complement_decides_and_negation_does_not(nlp, text: str, cue: str, category: str) -> None:
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == cue]
    assert category_of_cue(doc, token.lemma_, token.idx, token.idx + len(token.text)) == category


@pytest.mark.parametrize(
    ("lemma", "category"),
    [
        (None, "assertion"),
        ("say", "assertion"),
        ("point out", "assertion"),
        ("according to", "assertion"),
        ("vow", "assertion"),
        ("think", "belief"),
        ("find out", "knowledge"),
        ("realise", "knowledge"),
        ("intend", "intention"),
    ],
)
def test_lemmas_alone(lemma: str | None, category: str) -> None:
    assert category_of_lemma(lemma) == category
