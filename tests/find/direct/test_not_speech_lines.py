"""Lines that are not speech (quotes/find/direct/not_speech_lines.py): link lines, captions and
credits, bylines, quoted subheads and headlines that report an act produce no records; the same
words in prose, or a headline that reports a claim, still do."""

from __future__ import annotations

import pytest

from quotes.find.direct.not_speech_lines import byline, credit_line, headline_line, link_line
from quotes.parse.component import attribute
from quotes.speakers.registry import Registry


def records_of(nlp, text: str) -> list[tuple[str, str]]:
    return [(r["type"], r["text"]) for r in attribute(nlp(text), Registry.load())]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("READ MORE: Minister says schools will reopen", True),
        ("WATCH: Mayor says the bridge is safe", True),
        ("RELATED: Council says fees will rise", True),
        ("[Related: Council says fees will rise]", True),
        ("Minister says schools will reopen", False),
        ("More than half say they will vote: a poll", False),
    ],
)
def test_link_lines(line: str, expected: bool) -> None:
    assert link_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The mayor opens the bridge on Monday. Photograph: Jane Roe/City Times", True),
        ("(AP Photo/Ann Lee)", True),
        ("Picture: Getty Images", True),
        ("Workers leave the site. Credit: Tom Lee", True),
        ("He posted a photo of the beach and said it was his favourite.", False),
        ("The picture was clear, she said.", False),
    ],
)
def test_credit_lines(line: str, expected: bool) -> None:
    assert credit_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Roe, Political Correspondent", True),
        ("By JANE ROE and TOM LEE", True),
        ("By Monday the council said it would decide.", False),
        ("By the end of the year, the plan will be finished, the mayor said.", False),
    ],
)
def test_bylines(line: str, expected: bool) -> None:
    assert byline(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Junior doctors announce new strike dates", True),
        ("The union said talks had failed.", False),
        ("“We will not give up,” she said", True),  # short and unpunctuated: a headline's shape
    ],
)
def test_headline_lines(line: str, expected: bool) -> None:
    assert headline_line(line) is expected


@pytest.mark.parametrize(
    "text",
    [
        "READ MORE: Minister says schools will reopen\n\nThe vote is on Monday.\n",
        "WATCH: Mayor says the bridge is safe\n\nRELATED: Council says fees will rise\n",
        "Workers leave the site on Monday. Photograph: The mayor says it is safe/City Times\n",
        "Junior doctors announce new strike dates\n\nThe dispute began in March.\n",
        "“We will not give up”\n\nThe dispute began in March.\n",
    ],
)
def test_lines_that_are_not_speech_give_no_records(nlp, text: str) -> None:
    assert records_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the same claim in a sentence of prose
            "The minister says schools will reopen.\n",
            ("indirect", "schools will reopen"),
        ),
        (  # a headline that reports a claim, not an act
            "Minister says schools will reopen\n\nThe vote is on Monday.\n",
            ("indirect", "schools will reopen"),
        ),
        (  # a headline whose cue can take an object, with a clause of its own
            "Union announces strikes will begin in May\n\nThe dispute began in March.\n",
            ("indirect", "strikes will begin in May"),
        ),
        (  # a quote paragraph that ends its sentence is speech
            "The union's leader spoke on Monday.\n\n“We will not give up.”\n",
            ("direct", "We will not give up."),
        ),
    ],
)
def test_the_same_words_as_speech_still_count(nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in records_of(nlp, text)
