"""Cues the parse hangs in a clause whose subject is not their speaker (quotes/speakers/wrong_clauses.py,
through :func:`quotes.speakers.mentions.mention_of_cue`): a participle after a relative clause, a
participle going on from "X said", a conjunct past quoted words, a subject inside quoted words, two
subjects around a participle's phrase, "someone like X"."""

from __future__ import annotations

import pytest

from quotes.speakers.mentions import mention_of_cue
from quotes.speakers.wrong_clauses import in_quoted_words

CUE_CASES = [
    # (text, the cue word, the speaker mention; None for none)
    # a participle after a relative clause goes on from the main clause, not the relative clause
    ("Hale refused to pay a builder who said he was cheated, saying, “Maybe he was lazy.”", "saying", "Hale"),
    ("Tom Hale fired a builder who worked on his farm, saying the work was poor.", "saying", "Tom Hale"),
    # a relative clause with a subject of its own keeps it for the participle after it
    (
        "Tom Hale spoke at a rally in which Ann Roe kept up her attack, mocking the plan.",
        "mocking",
        "Ann Roe",
    ),
    # the relative clause's own cue stays the noun's
    ("Hale hired a builder who said he was cheated.", "said", "a builder"),
    # a participle right after "X said," that the parse hangs on the quoted clause after it
    (
        '"The plan is a mess," Tom Hale said, going on to say that the town has spent "years fighting waste, '
        'and young people do not want to see that."',
        "say",
        "Tom Hale",
    ),
    (
        '"The plan is a mess," said Tom Hale, going on to say that the town has spent "years fighting waste, '
        'and young people do not want to see that."',
        "say",
        "Tom Hale",
    ),
    # a coordination that quoted words interrupt: the second half goes with the first
    (
        "Ms. Lopez hardly settled the question, taking the charge as praise -- ''That shows I am careful'' "
        "-- and, when questioned after the debate, asserting, ''Of course, I pay my bills.''",
        "asserting",
        "Ms. Lopez",
    ),
    # a subject inside quoted words is not the speaker of a cue outside them
    (
        "Ms. Lopez barely explained the matter, treating Mr. Hale's jab first as flattery -- “That makes me "
        "clever” -- and, when questioned after the hearing, insisting, “Of course, I pay state taxes.”",
        "insisting",
        None,
    ),
    # two subjects around a participle's phrase: the one the phrase follows
    (
        "Senator Tom Hale, R-Ohio, despite admitting that he had doubts about “lawyers getting rich,” the "
        "families “need their day in court.”",
        "admitting",
        "Tom Hale",
    ),
    ("Despite admitting that he had doubts, Tom Hale voted for the bill.", "admitting", "Tom Hale"),
    # "someone like X" stands for X; a group "like X" stays the group
    ("Why would someone like Ms. Roe want to buy a failing mine?", "want", "Ms. Roe"),
    ("People like Ms. Roe say that the mine is failing.", "say", "People"),
    # a cue after an aside the parse took for the main verb ("Hale, asked about ..., had said")
    (
        "Mr. Hale, asked about the deaths of reporters under Mr. Roe, had said, ''I think our town does "
        "plenty of harm too.''",
        "said",
        "Mr. Hale",
    ),
    # a verb of saying the parse hangs on the name before it as a clause, but finite or ending in a colon
    (
        "Tom Hale, the 2012 Republican nominee, tweeted in response: ''Important point: the plan is bad.''",
        "tweeted",
        "Tom Hale",
    ),
    (
        "Tom Hale, who is running for mayor, tweeted on Friday to say he had never backed the tax.",
        "say",
        "Tom Hale",
    ),
    ("Jane Roe, called “the kingmaker” by her staff, left the party.", "called", None),
    # a participle set off by a comma after an object goes on from the verb, not from the object
    (
        "Mr. Hale made a third attempt to deflect Mr. Roe's criticism, writing on Twitter that the real "
        "issue was safety.",
        "writing",
        "Mr. Hale",
    ),
    # a participle of saying set off right after the subject it describes
    (
        "Hale, later alleging - again falsely - that Roe wanted to hire 250 new staff, said he would fire "
        "them.",
        "alleging",
        "Hale",
    ),
]


@pytest.mark.parametrize(("text", "cue", "mention"), CUE_CASES)
def test_cue_hung_in_another_clause(nlp, text: str, cue: str, mention: str | None) -> None:
    doc = nlp(text)
    [index] = [t.i for t in doc if t.text == cue]
    found = mention_of_cue(doc, index)
    assert (found.text if found is not None else None) == mention
    if found is not None:
        assert text[found.start : found.end] == found.text


def test_participle_on_an_object_without_a_comma_is_not_the_subjects(nlp) -> None:
    doc = nlp("Hale met a voter saying that the plan was good.")
    [saying] = [t.i for t in doc if t.text == "saying"]
    found = mention_of_cue(doc, saying)
    assert found is None or found.text != "Hale"


def test_quote_after_a_relative_clause_is_the_main_subjects(nlp) -> None:
    text = (
        "Maria Lopez was defensive when pressed about not paying a painter who said he was cheated, "
        "saying, “Maybe he did not do a good job.”"
    )
    [record] = [r for r in nlp(text)._.attributions if r["type"] == "direct"]
    assert record["speaker"]["mention"] == "Maria Lopez"


def test_going_on_to_say_after_said(nlp) -> None:
    text = (
        '"We are tired of it," Tom Hale said, going on to say that the town has spent "years on this, and '
        'young people do not want to hear it again."'
    )
    records = nlp(text)._.attributions
    assert [r["speaker"]["mention"] for r in records] == ["Tom Hale", "Tom Hale"]


QUOTED_WORD_CASES = [
    # (text, a word, whether it is inside quoted words)
    ("Hale said, ''That is fine'' and left.", "That", True),
    ("Hale said, ''That is fine'' and left.", "left", False),
    ('Hale said, "That is fine" and left.', "That", True),
    ('Hale said, "That is fine" and left.', "left", False),
    ("Hale said, “That is fine” and left.", "fine", True),
    ("“That is fine,” Hale said.", "Hale", False),
    ("The plan is fine, Hale said.", "Hale", False),
]


@pytest.mark.parametrize(("text", "word", "inside"), QUOTED_WORD_CASES)
def test_in_quoted_words(nlp, text: str, word: str, inside: bool) -> None:
    doc = nlp(text)
    [token] = [t for t in doc if t.text == word]
    assert in_quoted_words(token) is inside
