"""Transcript lines ("PENCE: ...") as direct quotes of their speaker label
(quotes/find/direct/transcripts.py)."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
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


TURN_CASES = [
    # (text, the words of every transcript line found, each with the paragraphs its turn goes on over)
    # positive: a quoted transcript whose turn reopens its mark on each paragraph
    (
        'Tom Hale spoke to Ann Roe.\n\n"ROE: Will you run?\n\n"HALE: Well, I think so.\n\n'
        '"But I want to talk to my family first.\n\n"ROE: Thank you."',
        [
            "Will you run?",
            'Well, I think so.\n\n"But I want to talk to my family first.',
            "Thank you.",
        ],
    ),
    # the closing mark of the quoted transcript's last paragraph is no part of the words
    (
        'Tom Hale spoke to Ann Roe.\n\n"ROE: Will you run?\n\n"HALE: I will.\n\n"You can count on it."',
        ["Will you run?", 'I will.\n\n"You can count on it.'],
    ),
    # negative: a stage direction ends the turn, and so does a paragraph that does not speak
    (
        'Tom Hale spoke to Ann Roe.\n\n"HALE: We will win, I promise.\n\n"(LAUGHTER.)\n\n"ROE: Really?\n\n'
        '"Follow Ann Roe on Twitter."',
        ["We will win, I promise.", "Really?"],
    ),
    # negative: in plain text, the paragraph after a line may be the writer's, between lines or after
    (
        "HOST: Are you running again?\n\nGUEST: Not this time.\n\nSo why won't you say?\n\nHOST: Fair.",
        ["Are you running again?", "Not this time.", "Fair."],
    ),
    (
        "HOST: Are you running again?\n\nGUEST: Not this time.\n\nI asked her again later.",
        ["Are you running again?", "Not this time."],
    ),
    # negative: a plain paragraph does not go on with a quoted transcript's turn
    (
        'Tom Hale spoke to Ann Roe.\n\n"ROE: Will you run?\n\nI think he will.\n\n"HALE: Yes."',
        ["Will you run?", "Yes."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TURN_CASES)
def test_transcript_turns(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [text[q.start : q.end] for q in find_direct_quotes(doc) if q.mode == "label"] == expected


def test_quoted_transcript_is_no_quote_of_its_own(nlp) -> None:
    """The quote marks around a transcript make no quote of the paragraph before them ("Partial
    transcript:"): only its lines are quotes, each its label's."""
    text = 'Tom Hale spoke to Ann Roe.\n\nPartial transcript:\n\n"ROE: Will you run?\n\n"HALE: I will."'
    quotes = find_direct_quotes(nlp(text))
    assert [(q.mode, text[q.start : q.end]) for q in quotes] == [
        ("label", "Will you run?"),
        ("label", "I will."),
    ]
    assert [text[q.speaker[0] : q.speaker[1]] for q in quotes if q.speaker] == ["ROE", "HALE"]


def test_quoted_transcript_records_name_each_turns_speaker(nlp) -> None:
    """Each turn of a quoted transcript is a direct record of its label's person, named in full where
    the article names them, and the paragraph before the transcript is nobody's speaker."""
    text = (
        "Senator Tom Hale spoke to the host Ann Roe on Sunday.\n\nPartial transcript:\n\n"
        '"ROE: Will you run again?\n\n"HALE: Well, I think so.\n\n"But I want to talk to my family first.\n\n'
        '"ROE: Thank you."'
    )
    records = extract(text, nlp=nlp)
    direct = [(r.type, r.text, r.speaker.name) for r in records if r.type == "direct"]
    assert direct == [
        ("direct", "Will you run again?", "Ann Roe"),
        ("direct", 'Well, I think so.\n\n"But I want to talk to my family first.', "Tom Hale"),
        ("direct", "Thank you.", "Ann Roe"),
    ]
    assert not any(r.speaker.mention and "transcript" in r.speaker.mention for r in records)
