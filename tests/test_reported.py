"""Reported claims and mixed quotes: each cue form, span boundaries, and sentences that are not claims."""

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


CASES = [
    (
        "He said that with winter around the corner, Britain would increase its support.",
        [("indirect", "with winter around the corner, Britain would increase its support", "said", "He")],
    ),
    (
        "Healy said he would wait to hear Trump’s plans.",
        [("indirect", "he would wait to hear Trump’s plans", "said", "Healy")],
    ),
    (
        "Mr. Wallace told soldiers he met that Britain would continue to support Kyiv.",
        [("indirect", "Britain would continue to support Kyiv", "told", "Mr. Wallace")],
    ),
    (
        "Downing Street also confirmed on Tuesday that Rishi Sunak will travel to Munich.",
        [("indirect", "Rishi Sunak will travel to Munich", "confirmed", "Downing Street")],
    ),
    (
        "Nato secretary-general Jens Stoltenberg warned this week that the alliance sees no sign of peace.",
        [("indirect", "the alliance sees no sign of peace", "warned", "Jens Stoltenberg")],
    ),
    (
        "Russia is losing slowly in its war, according to UK Defence Secretary Ben Wallace.",
        [("indirect", "Russia is losing slowly in its war", "according to", "Ben Wallace")],
    ),
    (
        "Russia claims to have foiled a major offensive in Donetsk, with a grainy video as evidence.",
        [("indirect", "have foiled a major offensive in Donetsk", "claims", "Russia")],
    ),
    (
        "Mr Cleverly reassured Mr Zelensky of battlefield support, the Foreign, Commonwealth and Development "
        "Office (FCDO) said.",
        [
            (
                "indirect",
                "Mr Cleverly reassured Mr Zelensky of battlefield support",
                "said",
                "Foreign, Commonwealth and Development Office",
            )
        ],
    ),
    (
        "Defence sources say that one of the options is to send troops.",
        [("indirect", "one of the options is to send troops", "say", "Defence sources")],
    ),
    (
        "But he said he had discussed the plan, saying this would require more weapons.",
        [
            ("indirect", "he had discussed the plan", "said", "he"),
            ("indirect", "this would require more weapons", "saying", "he"),
        ],
    ),
    # mixed: a quoted fragment inside the content clause
    (
        "Mr Wallace said that Western allies would continue to “stand in solidarity” with the country.",
        [
            (
                "mixed",
                "Western allies would continue to “stand in solidarity” with the country",
                "said",
                "Mr Wallace",
            )
        ],
    ),
    (
        "Russia is “losing slowly” in its war, according to Ben Wallace.",
        [("mixed", "Russia is “losing slowly” in its war", "according to", "Ben Wallace")],
    ),
    # content that ends inside a quote, the speaker after it
    (
        "With thousands of systems, “there is no single point of failure,” he said.",
        [("mixed", "With thousands of systems, “there is no single point of failure,”", "said", "he")],
    ),
    # a claim nested in a direct quote, with a speaker of its own
    (
        "“The Prime Minister reiterated that allies must stand with Ukraine,” "
        "a Downing Street spokesman said.",
        [("indirect", "allies must stand with Ukraine", "reiterated", "The Prime Minister")],
    ),
    # the writer's framing of the speech event is not content
    (
        "Mr. Wallace responded that he would take each budget “as it comes” when questioned if he stays.",
        [("mixed", "he would take each budget “as it comes”", "responded", "Mr. Wallace")],
    ),
    (
        "He said the man died after being shot.",
        [("indirect", "the man died after being shot", "said", "He")],
    ),
    # a relative-pronoun subject stands for the noun its clause hangs on
    (
        "He released a letter that says he is in good health.",
        [("indirect", "he is in good health", "says", "a letter")],
    ),
    # a characterising verb whose object carries the speaker's quoted words
    (
        "Clinton called half of Trump’s supporters “deplorables.”",
        [("mixed", "half of Trump’s supporters “deplorables.”", "called", "Clinton")],
    ),
    (
        "Bill Clinton criticized the act as a “crazy system” during a stop in Flint.",
        [("mixed", "the act as a “crazy system”", "criticized", "Bill Clinton")],
    ),
    ("Bill Clinton criticized the act during a stop in Flint.", []),
    # negative cases
    ("Do you think the war will end soon?", []),
    ("Healey refused to give specific details.", []),
    ("Trump has not said how he will do it.", []),
    ("They spoke about how UK equipment has been used.", []),
    ("We believe quality journalism should be available to everyone.", []),
    ("“It is critical that allies step up,” he added.", []),
    ("The Ukrainian President thanks the UK for the “big support” it has given.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


def test_claim_spans_exclude_that_and_final_stop(nlp) -> None:
    text = "Mr. Wallace responded that he would take each budget as it comes."
    [(kind, content, cue, mention)] = claims_of(nlp, text)
    assert not content.startswith("that") and not content.endswith(".")
