"""Content clauses the parse hides after a cue (issue 14). After the listener of "told", "told a meeting
in Leeds [she will act while her rival, Tom Hale, waits]" runs on past the commas of its own clause; it was
cut at the first comma as if it were a list of infinitives ("told them to [stay], ..."). After a phrase
dating the speech, "tweeted in the early hours [that Roe was “lazy”]" is the cue's content, though the
parse reads "that" as a time relative. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            "Ann Roe told a union gathering in Leeds she will protect the pensions while her rival, "
            "Tom Hale, wants to “take workers backward.”",
            "she will protect the pensions while her rival, Tom Hale, wants to “take workers backward.”",
            "mixed",
        ),
        (
            "The senator told reporters he feels good about the vote in Ohio, and \"we'll see what it brings "
            "next week.\"",
            "he feels good about the vote in Ohio, and \"we'll see what it brings next week.\"",
            "mixed",
        ),
        (
            "The mayor told the council the bridge, which opened in May, had cost too much.",
            "the bridge, which opened in May, had cost too much",
            "indirect",
        ),
    ],
)
def test_a_clause_after_the_listener_runs_past_its_commas(text: str, content: str, kind: str) -> None:
    records = [(r.type, r.text) for r in extract(text) if r.cue is not None and r.cue.text == "told"]
    assert records == [(kind, content)]


def test_a_list_of_infinitives_after_the_listener_still_ends_at_the_writers_clause() -> None:
    text = "Tom Hale told voters to stay calm, keep their receipts and vote, aides said."
    told = [r.text for r in extract(text) if r.cue is not None and r.cue.text == "told"]
    assert all("aides" not in content for content in told)


def test_a_that_clause_the_parse_reads_as_a_time_relative_after_a_cue_is_its_content() -> None:
    text = "Hale tweeted in the early hours that Roe was “lazy” and “a fraud.”"
    records = [(r.type, r.text, r.speaker.mention) for r in extract(text)]
    assert records == [("mixed", "Roe was “lazy” and “a fraud.”", "Hale")]


def test_a_relative_clause_after_a_cue_with_no_complement_is_no_content() -> None:
    assert not [r for r in extract("He said on the day that he resigned.") if r.text == "he resigned"]
