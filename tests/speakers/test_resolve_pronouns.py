"""Pronoun antecedents (quotes/speakers/resolve.py), on sentences written for these tests."""

from __future__ import annotations

from quotes.engines.local import extract


def _speakers(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(r.speaker.mention, r.speaker.name) for r in extract(text, nlp=nlp)]


def test_a_subject_comes_before_a_possessor_of_the_same_sentence(nlp) -> None:
    # the claim "to build a new jail" is Jim Hale's, yet "He" is the sentence's subject, Tom Roe
    text = (
        "Earlier, Sheriff Tom Roe vouched for Jim Hale's proposal to build a new jail. "
        "He said, “The jail will be built.”"
    )
    assert _speakers(nlp, text)[-1] == ("He", "Tom Roe")


def test_the_latest_subject_stays_first_when_it_is_a_subject(nlp) -> None:
    text = "Tom Roe spoke first. After lunch, Jim Hale took the stage. “It went well,” he said."
    assert _speakers(nlp, text)[-1] == ("he", "Jim Hale")
