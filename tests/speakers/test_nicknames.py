"""A nickname in quote marks inside a name ('Maria "Ria" Lopez'), on sentences written for these tests: the
marks quote nobody, so the quotes around the name keep their cue and speaker, and the name is the person's
name without the nickname ("Maria Lopez"), however the model cut it."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.speakers import entities


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the cue after a quote is reached over a nickname in the speaker's name
        (
            '"We have a plan," said Ann Roe.\n\n"We will win," Robert "Bob" Hale told reporters on Monday.',
            ["Ann Roe", "Robert Hale"],
        ),
        ("“It is our year,” Maria ‘Ria’ Lopez said.", ["Maria Lopez"]),
        # a description with the name in apposition, the parse's head in the brackets after it
        (
            "Tom Hale spoke first.\n\n"
            '"This is a big year for our next senator, Tom Hale!" Hale\'s niece, state Del. Maria "Ria" '
            'Lopez (D-Acme), shouted to the crowd. "The state is watching."',
            ["Maria Lopez", "Maria Lopez"],
        ),
        (
            "Tom Hale spoke first.\n\n"
            '"It is a big year," his niece, state Del. Maria Lopez (D-Acme), told the crowd.',
            ["Maria Lopez"],
        ),
        # ... but not a name that only completes the description ("a friend of Rep. Tom Hale")
        (
            'Ann Roe spoke first.\n\n"It is a big year," her aide, a friend of Rep. Tom Hale (D-Acme), told '
            "the crowd.",
            [None],
        ),
        (
            'Ann Roe spoke first.\n\n"It is a big year," her niece, the former aide to Sen. Tom Hale '
            "(R-Ohio), told the crowd.",
            [None],
        ),
        # a nickname inside the quoted words is part of them
        ('"I back Robert "Bobby" Hale," Ann Roe said.', ["Ann Roe"]),
    ],
)
def test_a_nickname_in_marks_quotes_nobody(text: str, speakers: list[str | None]) -> None:
    records = [r for r in extract(text) if r.type == "direct"]
    assert [r.speaker.name for r in records] == speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('State Del. Marcia "Cia" Dorsey opened the session.', "Marcia Dorsey"),
        ("Rep. Robert C. “Bobby” Fenwick opened the session.", "Robert C. Fenwick"),
        ('Mayor Linda "Lin" Okafor opened the session.', "Linda Okafor"),
        ("Nurse Ann ‘Nan’ Okafor opened the session.", "Ann Okafor"),
    ],
)
def test_a_name_cut_at_its_nickname_is_one_person(nlp, text: str, name: str) -> None:
    model = entities.build(nlp(text))
    surname = name.split()[-1]
    assert [e.name for e in model.persons if e.name.endswith(surname)] == [name]
    assert model.person([name.split()[0], surname]).name == name


def test_a_word_in_marks_after_a_common_word_is_no_nickname(nlp) -> None:
    model = entities.build(nlp('The senator called the plan "Project" Hale on Monday. Tom Hale spoke.'))
    assert all(not e.name.startswith("Project") for e in model.persons)
