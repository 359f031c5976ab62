"""Marked phrases that are not direct quotes (quotes/find/direct/not_speech.py): titles in apposition,
headlines,
quoted phrases that open the writer's own sentence."""

from __future__ import annotations

import pytest

from quotes.find.direct.direct import find_direct_quotes

SPACED_AND_TITLE_CASES = [
    # (text, the quoted words found as direct quotes)
    # a no-break space between the comma and the quote (pasted copy)
    (
        "Campaign spokesman Dan Hale told reporters,\u00a0“We will keep fighting for every vote.”",
        ["We will keep fighting for every vote."],
    ),
    # a title set off by commas, its comma or full stop inside the marks, is not speech
    ("The senator wrote in his memoir, “Steady Hands.” It sold well.", []),
    ("He said it in his book, ''The Long Road Home.'' Then he moved on.", []),
    ("Drama news.\n\n“Midnight Harbor,” which airs on Sundays, was renewed.", []),
    ("Drama news.\n\n''Hawaii Nights,'' the 1970s series, returns in the fall.", []),
    # negative: speech that looks like a title has its cue
    ("“Thank You Ohio,” the senator wrote after the vote.", ["Thank You Ohio,"]),
    ("The senator told reporters, “Thank You Ohio.”", ["Thank You Ohio."]),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_AND_TITLE_CASES)
def test_spaces_before_a_quote_and_titles_in_apposition(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [text[q.start : q.end] for q in find_direct_quotes(doc)] == expected


HEADLINE_CASES = [
    # (text, the quoted words found as direct quotes)
    # a headline that opens with a quote and goes on: no speaker, nothing to continue
    ("'Stay or pay' could reshape trade deals\n\nThe plan was unveiled on Monday.", []),
    ("'We are in shock': A town mourns\n\nThe plant closed on Friday.", []),
    # negative: a quote after an earlier one continues it
    (
        "“We lost,” the coach said.\n\n“Never again” in this stadium.",
        ["We lost,", "Never again"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_quote_opening_a_headline_is_not_speech(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [text[q.start : q.end] for q in find_direct_quotes(doc)] == expected


SUBJECT_FRAGMENT_CASES = [
    # (text, the records as (type, text)): a quoted phrase that opens the writer's sentence and goes
    # on in it is a mixed quote of the whole clause, not a direct quote of the phrase
    (
        "“Boots on the ground” would be the right answer, the senator said on Sunday.",
        [("mixed", "“Boots on the ground” would be the right answer")],
    ),
    (
        "“We are shocked and saddened” by the attack, the mayor said.",
        [("mixed", "“We are shocked and saddened” by the attack")],
    ),
    # negative: a quoted sentence, its last words a nested quote, then its cue
    ("“We’re like ‘salt and pepper,’” he said with a grin.", [("direct", "We’re like ‘salt and pepper,’")]),
    ("“No more delays,” the mayor said.", [("direct", "No more delays,")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_FRAGMENT_CASES)
def test_quoted_phrase_opening_the_writers_sentence(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(a["type"], a["text"]) for a in doc._.attributions] == expected


GLOSS_CASES = [
    # (text, the quoted words found as direct quotes): a translation or gloss is nobody's words
    ("His friends jeered, “Do svidaniya!” - Russian for “goodbye.”", ["Do svidaniya!"]),
    ("The motto above the gate: ''Semper paratus,'' Latin for ''always ready.''", ["Semper paratus,"]),
    # negative: "for" before a quote that is speech
    ("Asked for a comment, the mayor said, “We will rebuild the bridge.”", ["We will rebuild the bridge."]),
]


@pytest.mark.parametrize(("text", "expected"), GLOSS_CASES)
def test_a_gloss_is_not_speech(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [text[q.start : q.end] for q in find_direct_quotes(doc)] == expected


CAPITALS_CASES = [
    # (text, the quoted words found as direct quotes)
    # a quoted headline in capitals opening a digest line is not speech; the quote after it opens a sentence
    (
        "Notes from the week.\n‘VOTERS ASK IF THE RACE IS OVER’ “In two weeks, the campaign has changed,” "
        "the report said.",
        ["In two weeks, the campaign has changed,"],
    ),
    ("Notes from the week.\n\n“MAYOR SEEKS A THIRD TERM”\n\nThe mayor spoke on Monday.", []),
    # negative: speech in capitals ends in punctuation
    ("Outside, the crowd chanted:\n\n“WE WANT A VOTE, NOW!”", ["WE WANT A VOTE, NOW!"]),
    ("The mayor spoke at noon.\n\n“WE WILL NOT MOVE!”", ["WE WILL NOT MOVE!"]),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS_CASES)
def test_a_quoted_headline_in_capitals_is_not_speech(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [text[q.start : q.end] for q in find_direct_quotes(doc)] == expected
