"""A quote paragraph after a paragraph of someone taking a side (quotes/find/direct/continuations.py)."""

from __future__ import annotations

import pytest

from quotes.find.direct import continuations


def _subject(nlp, text: str) -> str | None:
    doc = nlp(text)
    start = text.rindex("“")
    token = continuations.stance_subject(doc, text, start)
    return token.text if token is not None else None


@pytest.mark.parametrize(
    "sentence",
    ["Tom Hale disagreed.", "Tom Hale, an economist, was blunter.", "Tom Hale was more cautious."],
)
def test_a_paragraph_of_one_person_taking_a_side_names_the_next_quotes_speaker(nlp, sentence: str) -> None:
    text = f"“Prices will rise,” said Ann Roe.\n{sentence}\n“Families will feel it.”"
    assert _subject(nlp, text) == "Hale"


@pytest.mark.parametrize(
    "text",
    [
        # a description of the person, no side taken
        "“Prices will rise,” said Ann Roe.\nTom Hale was a lawyer before he ran.\n“Families will feel it.”",
        # the quote does not open its paragraph
        "“Prices will rise,” said Ann Roe.\nTom Hale disagreed.\nBut “families will feel it.”",
        # the side is taken by no named person
        "“Prices will rise,” said Ann Roe.\nOthers disagreed.\n“Families will feel it.”",
    ],
)
def test_other_paragraphs_name_no_speaker(nlp, text: str) -> None:
    assert _subject(nlp, text) is None


def _quotes(nlp, text: str) -> list[tuple[str, str | None]]:
    from quotes.engines.local import extract

    return [(r.text, r.speaker.name) for r in extract(text, nlp=nlp)]


@pytest.mark.parametrize("gesture", ["Dana Cole shook her head.", "Dana Cole shrugged.", "She smiled."])
def test_a_gesture_before_a_whole_quoted_sentence_is_its_cue(nlp, gesture: str) -> None:
    text = f"Dana Cole runs the shelter on Mill Lane.\n{gesture} “We have never turned anyone away.”"
    assert _quotes(nlp, text) == [("We have never turned anyone away.", "Dana Cole")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The news shook the town.",  # no head is shaken: no gesture
        "The talks paused.",  # no person makes it
    ],
)
def test_other_short_sentences_are_no_cue(nlp, sentence: str) -> None:
    text = f"Dana Cole runs the shelter on Mill Lane.\n{sentence} “We have never turned anyone away.”"
    assert _quotes(nlp, text) == []
