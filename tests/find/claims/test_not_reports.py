"""Words that look like a report but report nobody's words: set phrases with a verb of saying, and a
height written in feet and inches inside a content (seeds/ANNOTATION.md, "What does not count")."""

from __future__ import annotations

import pytest

from quotes.find.claims.claim import quotes_words
from quotes.find.direct.marks import find_marked_quotes
from tests.find.claims.claim_helpers import claims_of

CASES = [
    ("It goes without saying that raising taxes on the rich is popular with voters.", []),
    ("It went without saying that the vote would be close.", []),
    ("Needless to say, the council's plan would cost more than promised.", []),
    # a title after a phrase that sets the scene is no clause before the cue
    ("In his 2019 book, ''Save Like a Miser,'' Mr. Lutz suggested cutting the cable bill first.", []),
    (  # negative: a clause before the cue still is one
        "In his view, the cable bill should go first, Mr. Lutz suggested.",
        [("indirect", "In his view, the cable bill should go first", "suggested", "Mr. Lutz")],
    ),
    (  # negative: "saying" as a cue is still one
        "She left without saying that the vote would be close.",
        [("indirect", "the vote would be close", "saying", "She")],
    ),
    (  # negative: "goes on to say" reports
        "The mayor goes on to say that the bridge will reopen in May.",
        [("indirect", "the bridge will reopen in May", "say", "The mayor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_set_phrases_report_nothing(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("content", "mixed"),
    [
        ("Hale is 6'3\" tall and weighs 210 pounds", False),
        ("the guard, at 5'11'', is the shortest starter", False),
        ('Hale is 6\' 3" tall and called the court "his home"', True),  # a quote beside the height
        ('the plan was "dead on arrival"', True),
    ],
)
def test_a_height_is_no_quote(content: str, mixed: bool) -> None:
    assert quotes_words(content) is mixed


def test_inches_sign_opens_no_quote() -> None:
    text = 'Hale is 6\'3" tall, the team said. Roe called him "the best passer in the league."'
    quotes = [text[q.start : q.end] for q in find_marked_quotes(text)]
    assert quotes == ["the best passer in the league."]


RELATIVE_CASES = [
    # speech a relative clause tells as said: its noun is the speaker
    (
        "The man who said the plan would fail was right.",
        [("indirect", "the plan would fail", "said", "The man")],
    ),
    (
        "Voters who say the economy is weak have backed Hale since May.",
        [("indirect", "the economy is weak", "say", "Voters")],
    ),
    (
        "Those who said the economy was their top issue split evenly between the two candidates.",
        [("indirect", "the economy was their top issue", "said", "Those")],
    ),
    (
        "Tom Hale, who said the plan would fail, resigned on Monday.",
        [("indirect", "the plan would fail", "said", "Tom Hale")],
    ),
    # a kind of speaker: what someone would say, or anyone or no one says
    ("Critics who will say the plan is too costly should read the audit first.", []),
    ("Any candidate who says taxes will fall next year is not being honest.", []),
    ("Anyone who claims the bridge is safe has not seen it.", []),
    ("She is not a mayor who says the budget is balanced.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CASES)
def test_speech_in_a_relative_clause(
    nlp, text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert claims_of(nlp, text) == expected
