"""Confidence of speaker names: the mention's form, the table's finest cell, and the fit behind it."""

from __future__ import annotations

import pytest

from quotes.evaluation.names import NameItem
from quotes.speakers import confidence
from tests import benchmark_scripts


@pytest.mark.parametrize(
    ("mention", "named", "form"),
    [
        ("she", True, "pronoun"),
        ("I", False, "pronoun, no name"),
        ("a spokeswoman for the county", False, "indefinite, no name"),
        ("Two aides", False, "indefinite, no name"),
        ("the retired surgeon", False, "definite, no name"),
        ("the senator", True, "definite"),
        ("his lawyer", False, "possessive, no name"),
        ("Acme Union's statement", True, "possessive"),
        ("the teachers' union", True, "possessive"),
        ("Ann Roe", True, "proper"),
        ("police", True, "common"),
        (None, True, "none"),
        ("", False, "none, no name"),
    ],
)
def test_mention_form(mention: str | None, named: bool, form: str) -> None:
    assert confidence.mention_form(mention, named) == form


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> None:
    fitted = {
        "overall": 0.8,
        "by_resolution": {"unresolved": 0.6},
        "by_form": {"unresolved": {"indefinite, no name": 0.9, "definite, no name": 0.2}},
        "by_type": {"direct": {"unresolved": {"definite, no name": 0.1}}},
    }
    monkeypatch.setattr(confidence, "_table", lambda: fitted)


@pytest.mark.usefixtures("table")
def test_name_confidence_takes_the_finest_cell() -> None:
    assert confidence.name_confidence("direct", "unresolved", "definite, no name") == 0.1
    assert confidence.name_confidence("indirect", "unresolved", "definite, no name") == 0.2
    assert confidence.name_confidence("direct", "unresolved", "indefinite, no name") == 0.9
    assert confidence.name_confidence("direct", "unresolved", "pronoun, no name") == 0.6
    assert confidence.name_confidence("direct", "name", "proper") == 0.8


def test_fit_splits_a_resolution_by_mention_form() -> None:
    fit = benchmark_scripts.load("fit_confidence").fit
    items = [NameItem(None, "person", None, "unresolved", 0.5, "indirect", "indefinite, no name")] * 30
    items += [NameItem("Ann Roe", "person", None, "unresolved", 0.5, "indirect", "definite, no name")] * 10
    table = fit(items, prior=10.0)
    forms = table["by_form"]["unresolved"]
    assert table["by_resolution"]["unresolved"] == pytest.approx(0.75, abs=0.01)
    assert forms["indefinite, no name"] > 0.9 > 0.5 > forms["definite, no name"]
    assert table["by_type"]["indirect"]["unresolved"]["definite, no name"] < forms["definite, no name"] + 0.01
