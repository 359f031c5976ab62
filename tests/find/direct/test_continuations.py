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


def _cued(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """Each direct quote's words, mode and cue word."""
    from quotes.find.direct.direct import find_direct_quotes

    doc = nlp(text)
    return [
        (text[q.start : q.end], q.mode, doc[q.cue].text if q.cue is not None else None)
        for q in find_direct_quotes(doc)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double hyphen, the quote opening the article: both parts are the cued speaker's
        (
            "“I doubt the old rule” -- that renters never vote -- “will hold this year,” she says.",
            [("I doubt the old rule", "cue_after", "says"), ("will hold this year,", "cue_after", "says")],
        ),
        # em dashes set off by spaces
        (
            "“The bridge” — closed since the floods — “will reopen in May,” the mayor said.",
            [("The bridge", "cue_after", "said"), ("will reopen in May,", "cue_after", "said")],
        ),
        # em dashes with no spaces
        (
            "“The rent”—due every Friday—“keeps going up,” a tenant told the council.",
            [("The rent", "cue_after", "told"), ("keeps going up,", "cue_after", "told")],
        ),
        # mid-paragraph, after the writer's sentence: the first part is a quote all the same
        (
            'Her pollster, Ann Roe, says he has money. "I doubt the old rule" -- that renters never vote '
            '-- "will hold," she says.',
            [("I doubt the old rule", "cue_after", "says"), ("will hold,", "cue_after", "says")],
        ),
        # after another speaker's quote: the first part is not a continuation of Tom Hale's words
        (
            "“We will not give up,” Tom Hale said. “The pool” -- shut for a year -- “must open,” "
            "Ann Roe said.",
            [
                ("We will not give up,", "cue_after", "said"),
                ("The pool", "cue_after", "said"),
                ("must open,", "cue_after", "said"),
            ],
        ),
    ],
)
def test_a_quote_interrupted_by_a_dash_aside_takes_the_cue_of_its_second_part(
    nlp, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _cued(nlp, text) == expected


def test_the_first_part_takes_the_second_parts_speaker_not_the_previous_one(nlp) -> None:
    from quotes.find.direct.direct import find_direct_quotes

    text = "“We will not give up,” Tom Hale said. “The pool” -- shut for a year -- “must open,” Ann Roe said."
    doc = nlp(text)
    hale, first, second = find_direct_quotes(doc)
    assert first.cue == second.cue != hale.cue
    assert doc[first.cue].idx > text.index("Ann Roe")


@pytest.mark.parametrize(
    "text",
    [
        # the aside is itself another person's quoted words: no parenthesis of the writer's
        "“The deal” — “a total disaster,” Tom Hale called it — “is dead,” Ann Roe said.",
        # the first part is a whole sentence, closed by its stop
        "“We lost.” — a rare admission — “We will try again,” Ann Roe said.",
        # the aside runs over a paragraph break
        "“The deal” — signed in March\n\nand never kept — “is dead,” Ann Roe said.",
    ],
)
def test_no_dash_aside_gives_the_first_part_the_later_cue(nlp, text: str) -> None:
    first = _cued(nlp, text)[0]
    assert first[0] in ("The deal", "We lost.") and first[2] is None


def test_a_quoted_phrase_before_an_aside_with_no_second_part_is_no_quote(nlp) -> None:
    text = 'Ann Roe spoke on Monday. "The deal" -- signed in March -- is dead. Nobody knows why.'
    assert _cued(nlp, text) == []


def test_dashes_with_no_quotes_on_both_sides_are_no_direct_quote(nlp) -> None:
    assert _cued(nlp, "The deal — signed in March — is dead, Ann Roe said.") == []
    assert _cued(nlp, "The deal -- signed in March -- is dead, the board said, and it was.") == []
