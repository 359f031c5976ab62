"""Who "I" is outside quotes (:mod:`quotes.speakers.narrator`), on articles written for these tests: the
writer an opinion piece signs off with, the interviewee of a question-and-answer piece, and nobody
where the article names no narrator."""

from __future__ import annotations

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers import entities
from quotes.speakers.narrator import Narrator

OPINION = """Why the plan will work;
Cities need new ideas.

Critics are shocked that the plan is popular. I think the critics are wrong about the costs.

In the meantime, I believe voters will back it.

Ann Roe is the mayor of Springfield."""

INTERVIEW = """Tom Hale talks about his new book on rivers. He sat down with us this week.

Q: Why rivers?

A: I think rivers tell us how cities grew.

Most towns began at a ford. I suspect most readers never noticed that.

Q: What comes next?

A: I believe the next book will be about roads."""


def _first_person(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker.name, a.speaker.resolution) for a in extract(text) if a.speaker.mention == "I"]


def test_the_writer_an_opinion_piece_signs_off_with_is_its_i() -> None:
    assert _first_person(OPINION) == [("Ann Roe", "pronoun"), ("Ann Roe", "pronoun")]


def test_an_answer_and_the_paragraphs_it_runs_on_over_are_the_interviewee_s() -> None:
    assert _first_person(INTERVIEW) == [("Tom Hale", "pronoun")] * 3


def test_no_sign_off_and_no_answers_leave_i_unresolved() -> None:
    text = "Critics are shocked that the plan is popular. I think the critics are wrong about the costs."
    assert _first_person(text) == [(None, "unresolved")]


def test_an_i_inside_a_quote_is_not_the_narrator() -> None:
    text = OPINION.replace("In the meantime, I believe", "A neighbour told me: “Honestly, I believe")
    text = text.replace("voters will back it.", "voters will back it.”")
    doc = load()(text)
    narrator = Narrator(doc, entities.build(doc))
    inside = text.index("Honestly, I") + len("Honestly, ")
    outside = text.index("I think")
    assert (narrator.of(outside).name, narrator.of(inside)) == ("Ann Roe", None)


def test_a_closing_line_of_news_is_no_sign_off() -> None:
    text = OPINION.replace("Ann Roe is the mayor of Springfield.", "Ann Roe is expected to testify today.")
    assert _first_person(text) == [(None, "unresolved"), (None, "unresolved")]
