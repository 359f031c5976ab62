"""A description of a body by a noun its name lacks ("the bloc" for the European Union), also in the
headline, before the article names it (:func:`quotes.speakers.organisations.referred_ahead`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers.document_index import in_heading


def _speaker(text: str, mention: str) -> str | None:
    records = [r for r in extract(text) if (r.speaker.mention or "").lower().endswith(mention)]
    assert records, [r.speaker.mention for r in extract(text)]
    return records[0].speaker.name


_HEADLINE = "Trade talks stall\n\nAfter the vote, bloc says it will act on steel\n\n"


@pytest.mark.parametrize(
    "text",
    [
        _HEADLINE + "BRUSSELS - Ministers met on Friday after Britain voted to leave the European Union in "
        "June, as talks on new tariffs on steel from abroad stalled for a third week in a row.",
        "Britain voted to leave the European Union in June. The bloc said it would act on steel.",
    ],
)
def test_the_bloc_is_the_one_bloc_the_article_names(text: str) -> None:
    assert _speaker(text, "bloc") == "European Union"


def test_two_blocs_leave_the_bloc_unnamed() -> None:
    text = _HEADLINE + (
        "BRUSSELS - Ministers met on Friday after Britain voted to leave the European Union in June, as talks "
        "with the African Union on new tariffs on steel from abroad stalled for a third week."
    )
    assert _speaker(text, "bloc") is None


def test_the_heading_is_the_short_lines_before_the_body() -> None:
    body = "GENEVA - Leaders met on Friday to weigh new tariffs on steel from abroad, as talks stalled. " * 3
    text = f"Talks stall\n\nBloc to act on steel\n\n{body}\n\nA short line after the body.\n"
    doc = load()(text)
    first_body = text.index("GENEVA")
    assert in_heading(doc[0]) and in_heading(doc[3])
    assert not any(in_heading(t) for t in doc if t.idx >= first_body)
