"""Quote-mark styles seen in wire and archive copy, paired: two apostrophes as a double mark (''like
this''), marks that face the wrong way or do not match, nested quotes that close next to the outer
mark."""

from __future__ import annotations

import pytest

from quotes.find.direct.marks import find_marked_quotes

PAIRING_CASES = [
    # (text, the quoted words of every marked quote)
    # two apostrophes open and close a quote; a possessive s' inside does not close it
    ("''The voters' patience is gone,'' Ms. Ortiz said.", ["The voters' patience is gone,"]),
    ("The players'' union met. ''We will strike,'' its head said.", ["We will strike,"]),
    # a nested single quote closes right before the outer mark ('''), or before a space and the mark
    ("''They kept saying, 'Wait your turn,''' Ms. Ortiz recalled.", ["They kept saying, 'Wait your turn,'"]),
    (
        "\"I never liked the label 'swing voter,' \" she told the room.",
        ["I never liked the label 'swing voter,'"],
    ),
    # a nested quote in straight marks does not close an outer curly one
    ('“He called it "a farce" and left,” she said.', ['He called it "a farce" and left,']),
    ("''Get 'em out,'' he said.", ["Get 'em out,"]),
    # mismatched or wrongly facing double marks still pair
    ('"The rules changed overnight,” the clerk said.', ["The rules changed overnight,"]),
    ('“The rules changed overnight," the clerk said.', ["The rules changed overnight,"]),
    ("“Is that the plan?“ the reporter asked.", ["Is that the plan?"]),
    ("”Nobody told us a thing,” wrote one reader.", ["Nobody told us a thing,"]),
    ("\u202a”Stay safe out there!” posted a neighbour.", ["Stay safe out there!"]),
    ("” … and that is the end of it,” she wrote.", ["… and that is the end of it,"]),
    ('Mayor Tran:"We will reopen the bridge."', ["We will reopen the bridge."]),
    # a closing mark set off by a space after the last punctuation
    ("“I regret listening to that advice, ” he said.", ["I regret listening to that advice,"]),
    ("''We built coalitions, '' said Mr. Gunn.", ["We built coalitions,"]),
    ('"Yes. " "No."', ["Yes.", "No."]),
    # negative: a right mark after a word closes nothing when no quote is open; apostrophes stay words
    # the garbled closing mark of archive copy (a full stop, an apostrophe, a full stop, an apostrophe)
    ("(A clerk said, ''The count is over.'.')\n\n''Next,'' he said.", ["The count is over.", "Next,"]),
    ("''She told me, 'Go home.'.'' Then she left.", ["She told me, 'Go home.'."]),
    ("The fund’s ”rescue” plan", ["rescue"]),
    ("It was the '90s, and rock 'n' roll ruled.", []),
    ("Trump’s plan isn't Obama’s.", []),
]


@pytest.mark.parametrize(("text", "expected"), PAIRING_CASES)
def test_mark_pairing(text: str, expected: list[str]) -> None:
    quotes = find_marked_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == expected
    for quote in quotes:  # spans are exact character ranges of the text
        assert (
            quote.start < quote.end and text[quote.start : quote.end].strip() == text[quote.start : quote.end]
        )
