"""Tests for the form of a gold content (quotes.evaluation.content_form) and the saying scope built on it."""

from __future__ import annotations

import pytest

from quotes.evaluation import content_form
from quotes.evaluation.content_form import CLAUSE, NOUN_PHRASE, QUOTE
from quotes.evaluation.polnear import GoldAttribution, PolnearDoc, in_saying_scope, with_content_forms


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # clauses: a finite verb, an infinitive, a wh-clause, a participle or gerund with a subject
        ("the new bridge was safe", CLAUSE),
        ("that the council had approved the budget", CLAUSE),
        ("to reopen the library by June", CLAUSE),
        ("how the museum would pay for the repairs", CLAUSE),
        ("the ferry service is running late again", CLAUSE),
        ("the roof had been repaired twice", CLAUSE),
        ("prices would rise, and wages would not", CLAUSE),
        ("Mayor Says Schools Will Reopen Next Week", CLAUSE),  # a capitalised headline, read in lower case
        ("she's delighted to take the job", CLAUSE),
        ("that scrapping the late bus had hurt night workers", CLAUSE),  # "that" parsed as the head
        ("her neighbours that the mayor was right about the park", CLAUSE),  # a recipient, then the clause
        ("what the chef cooked was mostly soup", CLAUSE),
        ("the new rules “lump” all cyclists together", CLAUSE),  # a quoted verb, read without its marks
        # quoted words
        ("“We are ready,” and the town agreed", CLAUSE),
        ("the plan was ''a disaster''", CLAUSE),
        ("“a total disaster for the harbour”", QUOTE),  # quoted words whatever their form
        ("“Ready.” “Willing.”", QUOTE),
        ("''Never again.''", QUOTE),
        ("her praise for the “bold” new stadium", NOUN_PHRASE),  # a scare-quoted word in a noun phrase
        # bare noun phrases: objects of an act, pronouns, prepositional and gerund phrases
        ("the plan", NOUN_PHRASE),
        ("new strike dates", NOUN_PHRASE),
        ("nothing", NOUN_PHRASE),
        ("so", NOUN_PHRASE),
        ("the same thing", NOUN_PHRASE),
        ("to requests for comment", NOUN_PHRASE),
        ("the budget that the council approved last week", NOUN_PHRASE),
        ("using the old tax rules", NOUN_PHRASE),
        ("her support for the new stadium", NOUN_PHRASE),
        ("Ferry Timetables", NOUN_PHRASE),
        ("that observation", NOUN_PHRASE),  # "that" as a determiner
        ("that vote specifically", NOUN_PHRASE),
    ],
)
def test_form_of_a_content(nlp, content: str, expected: str) -> None:
    assert list(content_form.forms(nlp, [content])) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Says Schools Will Reopen", True),
        ("Ferry Timetables", True),
        ("Mayor says schools will reopen", False),
        ("Budget", False),  # one word is no headline
    ],
)
def test_capitalised_headline(text: str, expected: bool) -> None:
    assert content_form.is_capitalised_headline(text) is expected
    assert content_form.reading_text(text) == (text.lower() if expected else text)


def test_reading_text_drops_double_marks() -> None:
    reading = content_form.reading_text("the rules “lump” cyclists together")
    assert reading == "the rules  lump  cyclists together"
    assert content_form.reading_text("''Never again.''") == "Never again."


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("“all of it”", 1.0),
        ("a “big” win", 3 / 7),
        ("''half'' done", 0.5),
        ("no marks", 0.0),
        ("“open to the end", 1.0),
    ],
)
def test_quoted_share(text: str, share: float) -> None:
    assert content_form.quoted_share(text) == pytest.approx(share)


def test_content_in_segments_is_read_as_one_text() -> None:
    text = "Only two firms bid, the ministry said, and neither met the deadline."
    segments = ((0, 18), (38, 67))
    assert content_form.content_text(text, segments) == "Only two firms bid and neither met the deadline"


TEXT = "Ann Roe said the bridge was safe. Tom Hale criticized the plan. A poll shows voters are unhappy."


def _gold(content: str, cue: str) -> GoldAttribution:
    start = TEXT.index(content)
    end = start + len(content)
    return GoldAttribution(start, end, content, ((start, end),), None, (), cue, False)


def test_with_content_forms_reads_every_gold_and_sets_the_scope(nlp) -> None:
    golds = (
        _gold("the bridge was safe", "said"),
        _gold("the plan", "criticized"),
        _gold("voters are unhappy", "shows"),
        _gold("Tom Hale", "said"),  # a cue of saying with a noun-phrase content
    )
    (document,) = with_content_forms([PolnearDoc("d", TEXT, golds)], nlp)
    assert [g.content_form for g in document.attributions] == [CLAUSE, NOUN_PHRASE, CLAUSE, NOUN_PHRASE]
    assert [in_saying_scope(g) for g in document.attributions] == [True, False, False, False]
    assert in_saying_scope(golds[3])  # a form not read counts as a clause
