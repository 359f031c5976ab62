"""A content clause after the listener of "told" (issue 14): "told a meeting in Leeds [she will act while
her rival, Tom Hale, waits]" runs on past the commas of its own clause; it was cut at the first comma as if
it were a list of infinitives ("told them to [stay], ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        (
            "Ann Roe told a union gathering in Leeds she will protect the pensions while her rival, Tom Hale, "
            "wants to “take workers backward.”",
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
