"""Content clauses the parse strands from their verb or noun of speech (quotes/find/claims/stranded.py)."""

from __future__ import annotations

import pytest

from quotes.find.claims.stranded import stranded_anchor


def _anchor(nlp, text: str, quoted: str) -> tuple[str, str, str] | None:
    """(cue, speaker, content start) of the stranded clause holding the first word of ``quoted``."""
    doc = nlp(text)
    start = text.index(quoted)
    span = doc.char_span(start, start + len(quoted), alignment_mode="expand")
    assert span is not None
    root = next(t for t in span if not span.start <= t.head.i < span.end or t.head is t)
    found = stranded_anchor(root)
    if found is None:
        return None
    cue, _, speaker, first = found
    return cue.text, speaker.text, text[first.idx :]


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        pytest.param(
            "The deal comes just three days after Lee told The Boston Globe he was “not quite ready yet”"
            " on backing Cruz.",
            "not quite ready yet",
            ("told", "Lee", "he was “not quite ready yet” on backing Cruz."),
            id="clause-after-the-listener",
        ),
        pytest.param(
            "Multiple outlets reported on Tuesday the police had “more than one meeting” with the mayor.",
            "more than one meeting",
            ("reported", "outlets", "the police had “more than one meeting” with the mayor."),
            id="verb-parsed-as-a-participle-speaks-for-its-noun",
        ),
        pytest.param(
            "He was challenged over his statement on Wednesday that “the council hates us,” but he kept"
            " calm.",
            "the council hates us",
            ("statement", "his", "that “the council hates us,” but he kept calm."),
            id="noun-of-speech-and-a-time",
        ),
    ],
)
def test_stranded_clause_is_its_verb_content(
    nlp, text: str, quoted: str, expected: tuple[str, str, str]
) -> None:
    assert _anchor(nlp, text, quoted) == expected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param(
            "After Lee spoke to reporters, the crowd was “ecstatic about the whole new plan” all night.",
            "ecstatic about",
            id="comma-between",
        ),
        pytest.param(
            "Lee spoke to reporters. The crowd was “ecstatic about the whole new plan” all night.",
            "ecstatic about",
            id="next-sentence",
        ),
        pytest.param(
            "The deal comes three days after Lee did not tell the Globe he was “ready to run for the seat”"
            " again.",
            "ready to run",
            id="negated-verb",
        ),
        pytest.param(
            "The crowd on Friday that “nobody could stop” surged toward the stage.",
            "nobody could stop",
            id="noun-of-no-speech",
        ),
    ],
)
def test_clause_without_a_verb_of_saying_before_it(nlp, text: str, quoted: str) -> None:
    assert _anchor(nlp, text, quoted) is None
