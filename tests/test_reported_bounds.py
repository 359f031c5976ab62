"""Where a claim's content starts and ends: the writer's material around it is left out
(seeds/ANNOTATION.md, "Material added by the writer after the content is left out")."""

from __future__ import annotations

import pytest

from quotes.marks import find_direct_quotes, find_marked_quotes
from quotes.reported import find_claims


def claims_of(nlp, text: str) -> list[tuple[str, str, str, str | None]]:
    doc = nlp(text)
    marked = find_marked_quotes(text)
    claims = find_claims(doc, marked, find_direct_quotes(doc, marked))
    return [
        (c.type, text[c.start : c.end], c.cue_text, c.mention.text if c.mention else None) for c in claims
    ]


#: A speaker named after the cue, with an apposition: the apposition is the speaker's, not content.
SPEAKER_AFTER_CUE_CASES = [
    (
        "Inflation will ease by summer, said Mara Ellis, an economist at the Ridge Institute.",
        [("indirect", "Inflation will ease by summer", "said", "Mara Ellis")],
    ),
    (
        "Nor are tariffs likely to bring those jobs back, said Dana Lutz, a professor at Ohio State.",
        [("indirect", "Nor are tariffs likely to bring those jobs back", "said", "Dana Lutz")],
    ),
    (  # negative: content after a cue in mid-sentence still runs on
        "The plan is dead, Devine said, by the calendar.",
        [("indirect", "The plan is dead, Devine said, by the calendar", "said", "Devine")],
    ),
]

#: A conjunction the parse coordinates with the cue verb: a second cue or a second act of the speaker
#: ends the content; a coordination inside the content stays.
COORDINATED_WITH_CUE_CASES = [
    (
        "Most residents said the water tasted bad, and a third said it smelled of bleach.",
        [
            ("indirect", "the water tasted bad", "said", "Most residents"),
            ("indirect", "it smelled of bleach", "said", "a third"),
        ],
    ),
    (
        "The clerk said the count was complete, but the county denied it.",
        [("indirect", "the count was complete", "said", "The clerk")],
    ),
    (  # a clause of another speaker after a comma and a conjunction
        "Two-thirds said they trusted the mayor, while a third said they did not.",
        [
            ("indirect", "they trusted the mayor", "said", "Two-thirds"),
            ("indirect", "they did not", "said", "a third"),
        ],
    ),
    (
        "The company said it would cut 200 jobs, and more than half of the staff said they would leave.",
        [
            ("indirect", "it would cut 200 jobs", "said", "The company"),
            ("indirect", "they would leave", "said", "more than half"),
        ],
    ),
    (  # negative: a clause of the content after "but" stays
        "The clerk said the count was late, but the ballots were fine.",
        [("indirect", "the count was late, but the ballots were fine", "said", "The clerk")],
    ),
    (  # negative: a second "that" clause of the same cue stays
        "She said the mayor lied, and that the police knew it.",
        [("indirect", "the mayor lied, and that the police knew it", "said", "She")],
    ),
    (  # negative: a clause of the content with a subject of its own stays
        "The board said the firm had paid its taxes, and the auditors found no errors.",
        [("indirect", "the firm had paid its taxes, and the auditors found no errors", "said", "The board")],
    ),
    (  # negative: coordinated objects stay
        "He said the plan would need more money and more staff.",
        [("indirect", "the plan would need more money and more staff", "said", "He")],
    ),
]

#: A "that" after the cue that belongs to a predicate of the content: the content keeps the predicate.
EMBEDDED_THAT_CASES = [
    (
        "She said she was sure that the vote was fair.",
        [("indirect", "she was sure that the vote was fair", "said", "She")],
    ),
    (
        "The mayor says she is convinced that the bridge will open in May.",
        [("indirect", "she is convinced that the bridge will open in May", "says", "The mayor")],
    ),
    (
        "The senator said he would ensure that every veteran gets a hearing.",
        [("indirect", "he would ensure that every veteran gets a hearing", "said", "The senator")],
    ),
    (  # negative: the cue's own "that" after its recipient
        "Mr. Wallace told soldiers he met that Britain would continue to support Kyiv.",
        [("indirect", "Britain would continue to support Kyiv", "told", "Mr. Wallace")],
    ),
    (  # negative: the cue's own "that" after the time of the telling
        "She told the paper on Saturday that she voted for the mayor.",
        [("indirect", "she voted for the mayor", "told", "She")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_AFTER_CUE_CASES)
def test_speaker_after_cue(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), COORDINATED_WITH_CUE_CASES)
def test_coordinated_with_cue(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), EMBEDDED_THAT_CASES)
def test_embedded_that(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected
