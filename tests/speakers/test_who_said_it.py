"""Speakers the parse hides from their cue (issue 13, "who said it"): the agent of a passive cue, the one a
verb of giving hands a chance to speak, and a name the model ran on from an organisation's name before
a verb it left without a subject, the evidence a participle of showing describes and the one who cites
it (quotes/speakers/mentions.py, wrong_clauses.py, loose_subjects.py), and a claim that reports another
cue's quote (quotes/find/claims/reported.py)."""

from __future__ import annotations

import pytest

from quotes.speakers.mentions import mention_of_cue

MENTION_CASES = [
    # (text, the cue word, the speaker mention; None for none)
    # a passive cue: its by-agent speaks, not its subject
    (
        "The problem is summed up by this finding: “Nine firms filed two sets of accounts.”",
        "summed",
        "this finding",
    ),
    ("It was announced by the ministry that taxes would rise.", "announced", "the ministry"),
    # ... but one quoted by a paper is still the one who speaks
    ("Tom Hale was quoted by the paper as saying that taxes would rise.", "saying", "Tom Hale"),
    # a verb of giving a chance to speak: the one given it speaks, not the giver
    ("The radio show offered Tom Hale a platform to say that he feels young.", "say", "Tom Hale"),
    (
        "The council gave Maria Lopez the chance to explain that the budget was balanced.",
        "explain",
        "Maria Lopez",
    ),
    # ... with the article missing, the name hung on the chance noun
    (
        "But for Hale, the show offered Tom Hale platform to offer up whatever he wanted, from saying that "
        "he feels young to playing up his stamina.",
        "saying",
        "Tom Hale",
    ),
    # a name run on from an organisation's name at the end of a phrase before a verb with no subject
    (
        "In a May meeting with the board of the Boston Globe Maria Lopez said that the tax would rise.",
        "said",
        "Maria Lopez",
    ),
    ("After an interview with CNN Hale said that the tax would rise.", "said", "Hale"),
    # ... and an organisation alone is nobody's name
    ("In a meeting with the Acme Corp board said that the tax would rise.", "said", None),
    # evidence that someone cites or discusses: they state what it shows
    (
        "Tom Hale went on to discuss several polls, including ones showing that the mayor led in Ohio.",
        "showing",
        "Tom Hale",
    ),
    ("Tom Hale cited a report showing that the mayor was leading in Ohio.", "showing", "Tom Hale"),
    # ... but the words of a statement they cite are the statement's, its owner unnamed; and polls they
    # dispute are no claim of theirs but the polls'
    ("Tom Hale cited a statement saying that the mayor was leading in Ohio.", "saying", None),
    ("Tom Hale disputed polls showing that the mayor was leading.", "showing", "polls"),
    # an event of speech says nothing itself: the one who spoke at it did
    (
        "We will win, she said at a recent news conference announcing that her office was suing the state.",
        "announcing",
        "she",
    ),
    # a participle of saying or showing right after the noun it hangs on: the noun speaks
    (
        "Despite polls showing that she was well behind, Maria Lopez campaigned in the state.",
        "showing",
        "polls",
    ),
    ("She met a voter saying that the tax was unfair.", "saying", "a voter"),
    # ... set off by a comma, it goes on from the clause's subject
    ("She met a voter, saying that the tax was unfair.", "saying", "She"),
    # knowing hung on an object that knows nothing: the one who came out knows, and an opening "as"
    # phrase describes the main clause's subject
    (
        "As someone who grew up on a farm and who came out the other side knowing that hard work pays, "
        "I tell myself that the mayor will lose.",
        "knowing",
        "I",
    ),
    (
        "As a mother who believes that schools matter, Maria Lopez said the plan was wrong.",
        "believes",
        "Maria Lopez",
    ),
    # ... a "who" clause coordinated past a relative clause on a thing is the person's
    (
        "A mayor who ordered the audit that found the fraud and who hoped to say the books were clean "
        "resigned.",
        "say",
        "A mayor",
    ),
    # ... while a relative clause with no "as" phrase stays its noun's
    ("Tom Hale, who said the plan would fail, resigned.", "said", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "cue", "mention"), MENTION_CASES)
def test_speaker_the_parse_hides(nlp, text: str, cue: str, mention: str | None) -> None:
    doc = nlp(text)
    [index] = [t.i for t in doc if t.text == cue]
    found = mention_of_cue(doc, index)
    assert (found.text if found is not None else None) == mention
    if found is not None:
        assert text[found.start : found.end] == found.text


NAME_CASES = [
    # (text, the record's speaker name): the name after an organisation's is a person's, not the organisation
    (
        "In a May meeting with the board of the Boston Globe Maria Lopez said that the tax would rise.",
        "Maria Lopez",
    ),
    ("After an interview with CNN Hale said that the tax would rise.", "Hale"),
]


@pytest.mark.parametrize(("text", "name"), NAME_CASES)
def test_name_run_on_from_an_organisation_is_a_person(nlp, text: str, name: str) -> None:
    [record] = nlp(text)._.attributions
    assert record["speaker"]["name"] == name and record["speaker"]["kind"] == "person"


def test_a_claim_reporting_another_cues_quote_is_kept(nlp) -> None:
    text = (
        "During his seven years in office, Mr. Hale said, a majority of voters have come to believe "
        '"that the tax is fair and we should keep it."'
    )
    records = nlp(text)._.attributions
    by_cue = {r["cue"]["text"]: r for r in records}
    assert set(by_cue) == {"said", "believe"}
    outer = by_cue["said"]
    assert outer["speaker"]["mention"] == "Mr. Hale" and "a majority of voters" in outer["text"]
    assert by_cue["believe"]["speaker"]["mention"] == "a majority"


def test_a_quote_of_the_claims_own_cue_is_not_nested(nlp) -> None:
    text = "“The plan is dead,” Tom Hale said."
    records = nlp(text)._.attributions
    assert [(r["type"], r["speaker"]["mention"]) for r in records] == [("direct", "Tom Hale")]


def test_content_in_an_opening_phrase_ends_before_the_main_clause(nlp) -> None:
    text = (
        "As someone who grew up on a farm and who came out the other side knowing that hard work pays, "
        "I tell myself that the mayor will lose."
    )
    records = {r["cue"]["text"]: r for r in nlp(text)._.attributions}
    assert records["knowing"]["text"] == "hard work pays"
    assert records["tell"]["text"] == "the mayor will lose"
