"""Reported questions, requests and empty reports are no records (quotes.find.claims.questions).

Every sentence is written for these tests. The records are the whole pipeline's (the filter runs in the
component, after the fragment finder), as (type, content, cue, speaker mention).
"""

from __future__ import annotations

import pytest

from quotes.find.claims import questions
from quotes.find.claims.claim import Claim


def _records(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = nlp(text)
    return [
        (a["type"], a["text"], (a["cue"] or {}).get("text"), a["speaker"]["mention"])
        for a in doc._.attributions
    ]


#: A question or a request reported without quote marks: asked, not claimed (seeds/ANNOTATION.md,
#: "Directives and questions are not claims").
NO_RECORD = [
    "The senator asked whether the budget would pass before the recess.",
    "Reporters asked the mayor if she would run again.",
    "Jones asked who would pay for the repairs.",
    "The judge asked what the defendant had meant by the remark.",
    "The union asked members to vote against the offer.",
    "Campaigners have asked the council to reconsider the closure.",
    "The governor urged residents to stay indoors.",
    "The president called on Congress to pass the bill.",
    # "told/warned/advised/reminded X to ...": a directive with an addressee and an infinitive
    "The mayor told residents to stay indoors.",
    "She warned him not to drive at night.",
    "Doctors advised the minister to rest for a week.",
    "Aides reminded the senator to call the governor.",
    "The director held an audition and asked the actors to act “whiter.”",  # a label in marks, no speech
    # empty reports: a question word after a negated or refused cue
    "The mayor has not said how she will pay for the scheme.",
    "The company did not say when the plant would reopen.",
    "The minister would not say whether talks had stalled.",
    "He declined to say whether he would run.",
    "She refused to say how much she paid for the flat.",
    "The minister has yet to say when the hospital will open.",
    "The mayor was unwilling to say who would replace her.",
    # an adverb narrowing the question word leaves the report as empty
    "She declined to say exactly how many people were hurt.",
    "He refused to say just what the deal would cost.",
    "The company declined to say exactly how many jobs would go.",
]


@pytest.mark.parametrize("text", NO_RECORD)
def test_question_request_or_empty_report_is_no_record(nlp, text: str) -> None:
    assert _records(nlp, text) == []


#: What stays: quotes in marks after a cue of asking, requests whose content is mostly the speaker's
#: quoted words, claims beside a question, and reports that are not negated.
RECORDS = [
    ("“Is it fair?” she asked.", [("direct", "Is it fair?", "asked", "she")]),
    ("She asked, “Is it fair to the families?”", [("direct", "Is it fair to the families?", "asked", "She")]),
    (
        "Asked whether he would resign, the chairman said he had no plans to leave.",
        [("indirect", "he had no plans to leave", "said", "the chairman")],
    ),
    (
        "The governor urged the families waiting outside to “stay calm and keep the roads clear.”",
        [
            (
                "mixed",
                "the families waiting outside to “stay calm and keep the roads clear.”",
                "urged",
                "The governor",
            )
        ],
    ),
    (
        "The chairman told reporters that the vote would go ahead.",
        [("indirect", "the vote would go ahead", "told", "The chairman")],
    ),
    (
        "The coach told the players to “keep your heads up and finish the job.”",
        [
            (
                "mixed",
                "the players to “keep your heads up and finish the job.”",
                "told",
                "The coach",
            )
        ],
    ),
    (
        "She warned that the bridge would close in May.",
        [("indirect", "the bridge would close in May", "warned", "She")],
    ),
    (
        "He told reporters he wanted to win the seat.",
        [("indirect", "he wanted to win the seat", "told", "He")],
    ),
    (
        "She explained how the new tax would work.",
        [("indirect", "how the new tax would work", "explained", "She")],
    ),
    (
        "She did not say whether she had read the report, but she said that it was late.",
        [("indirect", "it was late", "said", "she")],
    ),
    (
        "She said exactly how many people were hurt was still unclear.",
        [("indirect", "exactly how many people were hurt was still unclear", "said", "She")],
    ),
    (
        "The mayor promised to reopen the library by June.",
        [("indirect", "reopen the library by June", "promised", "The mayor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECORDS)
def test_speech_and_claims_stay(nlp, text: str, expected) -> None:
    assert _records(nlp, text) == expected


def _claim(text: str, content: str, cue: str, lemma: str) -> Claim:
    start, cue_start = text.index(content), text.index(cue)
    return Claim(
        "indirect", start, start + len(content), cue, lemma, cue_start, cue_start + len(cue), None
    )


@pytest.mark.parametrize(
    ("text", "content", "cue", "lemma", "expected"),
    [
        ("She asked whether it was safe.", "whether it was safe", "asked", "ask", True),
        ("He wondered how it would end.", "how it would end", "wondered", "wonder", True),
        ("They demanded that the mayor resign.", "the mayor resign", "demanded", "demand", True),
        ("He called on voters to turn out.", "voters to turn out", "called on", "call", True),
        ("He called the plan a disaster.", "the plan a disaster", "called", "call", False),
        ("She said it was safe.", "it was safe", "said", "say", False),
        # mostly quoted words: the speaker's own, kept
        ("She asked them to “stand together for the town.”", "them to “stand together for the town.”",
         "asked", "ask", False),
    ],
)  # fmt: skip
def test_asks_or_directs(text: str, content: str, cue: str, lemma: str, expected: bool) -> None:
    assert questions.asks_or_directs(_claim(text, content, cue, lemma), text) is expected


@pytest.mark.parametrize(
    ("text", "content", "cue", "expected"),
    [
        ("He would not say whether he would run.", "whether he would run", "say", True),
        ("He declined to say whether he would run.", "whether he would run", "say", True),
        ("He has yet to say when it opens.", "when it opens", "say", True),
        ("He did not say that it was closed.", "it was closed", "say", False),  # a claim all the same
        ("He said how much he admired them.", "how much he admired them", "said", False),  # not negated
        ("He agreed to say whether he would run.", "whether he would run", "say", False),
    ],
)
def test_empty_report(nlp, text: str, content: str, cue: str, expected: bool) -> None:
    doc = nlp(text)
    assert questions.empty_report(doc, _claim(text, content, cue, "say"), text) is expected
