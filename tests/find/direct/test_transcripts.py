"""Transcript lines ("PENCE: ...") as direct quotes of their speaker label
(quotes/find/direct/transcripts.py)."""

from __future__ import annotations

import pytest

from quotes.find.direct.direct import find_direct_quotes

LABEL_CASES = [
    # (text, the words of every transcript line found)
    ("Mike Pence spoke to Chris Wallace.\nPENCE: She will not attend.", ["She will not attend."]),
    ("WALLACE: Will she be there?\nPENCE: She will not.", ["Will she be there?", "She will not."]),
    # negative: a lone label nobody in the article is named by is a heading or a rubric
    ("EXCLUSIVE: Council plans to sell the old depot.\n\nThe council met on Monday.", []),
    ("The vote is on Monday.\n\nBYLINE: Ann Lee.\n\nMore news.\n\nBYLINE: Ann Lee.", []),
    # negative: section labels and market-wrap headings report in the third person and name nobody
    ("ENERGY: Oil fell for a third day as stockpiles grew.\n\nMETALS: Gold rose as the dollar slipped.", []),
    ("ANALYSIS: Experts say the budget will not balance.\n\nOPINION: The plan has failed.", []),
    # positive: labels of people not named elsewhere, speaking as or to someone
    ("MORRIS: We tried everything.\n\nLEE: So did we.", ["We tried everything.", "So did we."]),
    ("HOST: Are you running again?\n\nGUEST: Not this time.", ["Are you running again?", "Not this time."]),
    # positive: a third-person line of a speaker the article names
    (
        "Ann Morris and Tom Lee debated on Monday.\n\nMORRIS: The plan has failed.\n\nLEE: It has not.",
        ["The plan has failed.", "It has not."],
    ),
    # positive: a dialogue with labels in mixed case, one a name the article uses outside its labels
    (
        "The novelist Amara Osei spoke to us.\n\nInterviewer: What comes next?\n\nOsei: A long rest, I hope.",
        ["What comes next?", "A long rest, I hope."],
    ),
    # negative: one mixed-case label (a headline's speaker), or labels of a list or schedule
    ("Osei: My Book Is Done\n\nThe novelist Amara Osei spoke to us.", []),
    ("Rain is due in Leeds.\n\nMonday: Rain, then sun.\n\nTuesday: Dry. See you on Monday!", []),
    # negative: labels that take turns but name nobody the article mentions elsewhere
    ("Pros: Light and cheap.\n\nCons: Do you want a battery that lasts an hour?", []),
    # negative: a tally and a profile's fields, though the article names the people elsewhere
    ("Ann Roe leads Tom Hale.\n\nRoe: 1,769.\n\nHale: 1,501.\n\nRoe spoke on Monday.", []),
    ("Meet Ann Roe.\n\nName: Ann Roe\n\nAge: 27\n\nRoe: I work two jobs.", []),
    # negative: a dateline before a colon is the writer's place, even where the story names the city again
    ("Strike goes on\n\nSYDNEY: Nurses walked out on Monday.\n\nWards in western Sydney shut.", []),
    # positive: a speaker named elsewhere whose label is no place
    ("Ann Roe spoke in Sydney.\n\nROE: We will win.", ["We will win."]),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_CASES)
def test_transcript_labels(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [text[q.start : q.end] for q in find_direct_quotes(doc) if q.mode == "label"] == expected
