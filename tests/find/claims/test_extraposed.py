"""A quote with an anticipatory "it" completed after its cue (quotes.find.claims.extraposed): one mixed
record from the quote to the end of the clause after the cue; a quote complete in itself stays direct."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract

CASES = [
    (
        "But “it is the better choice,” he added, to wait until spring.",
        [("mixed", "But “it is the better choice,” he added, to wait until spring", "added")],
    ),
    (
        "“It was our bad luck,” the farmer said, that the storm hit on a Sunday.",
        [("mixed", "“It was our bad luck,” the farmer said, that the storm hit on a Sunday", "said")],
    ),
    (
        "And ''it makes sense,'' said Ann Roe, to build the new school first.",
        [("mixed", "And ''it makes sense,'' said Ann Roe, to build the new school first", "said")],
    ),
    (  # the infinitive is the quote's subject, not the cue's next act: its participle phrase stays
        "But “it is the cheaper way,” she said, to build a mixed system, including a small levy on land.",
        [
            (
                "mixed",
                "But “it is the cheaper way,” she said, to build a mixed system, including a small levy on land",
                "said",
            )
        ],
    ),
    (  # negative: "to" opens no infinitive, the quote is whole
        "“It is over,” she said, to cheers from the crowd.",
        [("direct", "It is over,", "said")],
    ),
    (  # negative: the infinitive is inside the quote
        "“It is wise to wait,” she said, to calm the room.",
        [("direct", "It is wise to wait,", "said")],
    ),
    (  # negative: no anticipatory "it"
        "“We are ready,” said Ann Roe, to start at once.",
        [("direct", "We are ready,", "said")],
    ),
    (  # negative: two sentences in the quote
        "“We lost. It is a shame,” he said, to lose so late.",
        [("direct", "We lost. It is a shame,", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_anticipatory_it_quote(nlp, text, expected):
    found = [(r.type, r.text, r.cue.text if r.cue else None) for r in extract(text, nlp=nlp)]
    assert found == expected
