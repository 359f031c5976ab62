"""Who speaks in a fragment's sentence (quotes/find/claims/fragment_speakers.py)."""

from __future__ import annotations

import pytest

from quotes.find.claims.fragment_speakers import (
    agent_of,
    agent_of_noun,
    is_passive,
    saying,
    speaks,
    subject_of,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe spoke.", True),
        ("The committee met.", True),
        ("They met.", True),
        ("Multiple outlets reported it.", True),
        ("The loudspeakers boomed.", False),
        ("The weather turned.", False),
    ],
)
def test_speaks(nlp, text: str, expected: bool) -> None:
    doc = nlp(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert speaks(subject) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        pytest.param("Jane Roe likened the tax to a “hand in every pocket.”", "likened", "Roe", id="own"),
        pytest.param(
            "Jane Roe arrived late and implored the board to act.", "implored", "Roe", id="first-conjunct"
        ),
        pytest.param(
            "The mayor, whom Ann Lee called “a fraud,” left early.", "called", "Lee", id="relative-clause"
        ),
        pytest.param("The plan was called “a disgrace.”", "called", None, id="passive-has-no-active-subject"),
    ],
)
def test_subject_of(nlp, text: str, verb: str, expected: str | None) -> None:
    doc = nlp(text)
    subject = subject_of(next(t for t in doc if t.text == verb))
    assert (subject.text if subject is not None else None) == expected


def test_passive_with_its_agent(nlp) -> None:
    doc = nlp("The plan was branded a “disgrace” by the senator.")
    verb = next(t for t in doc if t.text == "branded")
    assert is_passive(verb)
    agent = agent_of(verb)
    assert agent is not None and agent.text == "senator"


@pytest.mark.parametrize(("word", "expected"), [("said", True), ("told", True), ("ate", False)])
def test_saying(nlp, word: str, expected: bool) -> None:
    doc = nlp(f"Jane Roe {word} it.")
    assert saying(doc[2]) is expected


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        pytest.param("They doubted a report by the Globe that he lied.", "report", "Globe", id="by"),
        pytest.param(
            "It buttresses the contention of Governor Ann Lee that the emails were fine.",
            "contention",
            "Lee",
            id="of-a-name",
        ),
        pytest.param("They doubted the idea of reform that the mayor pushed.", "idea", None, id="of-a-thing"),
        pytest.param("They read the report by the river on Monday.", "report", None, id="by-a-place"),
    ],
)
def test_agent_of_noun(nlp, text: str, noun: str, expected: str | None) -> None:
    doc = nlp(text)
    agent = agent_of_noun(next(t for t in doc if t.text == noun))
    assert (agent.text if agent is not None else None) == expected
