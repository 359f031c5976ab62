"""Speaker-name scoring on small made-up records."""

from __future__ import annotations

import json

import pytest

from quotes.evaluation import names
from quotes.evaluation.names import NameItem


def test_normalise_drops_case_accents_honorifics_and_possessive() -> None:
    assert names.normalise_name("Mr. José Núñez's") == "jose nunez"
    assert names.normalise_name("Sen. Ann Carter") == "ann carter"
    assert names.normalise_name("the Acme Union") == "acme union"
    assert names.normalise_name(None) == ""


def test_strict_needs_the_full_name_and_lenient_the_last_word() -> None:
    assert names.strict_match("Ann Carter", "ann CARTER")
    assert not names.strict_match("Ann B. Carter", "Ann Carter")
    assert names.lenient_match("Ann B. Carter", "Ann Carter")
    assert not names.lenient_match("Ann Carter", "Tom Carver")
    assert not names.lenient_match("Ann Carter", None)
    assert not names.strict_match(None, None)


def test_scores_by_resolution_and_nameless_gold() -> None:
    items = [
        NameItem("Ann Carter", "person", "Ann Carter", "name", 0.95),
        NameItem("Ann B. Carter", "person", "Ann Carter", "surname", 0.95),
        NameItem("Tom Hale", "person", None, "unresolved", 0.15),
        NameItem(None, "group", None, "unresolved", 0.85),
        NameItem(None, "person", "Tom Hale", "pronoun", 0.85),
    ]
    figures = names.score_names(items)
    assert figures["named"] == 3
    assert figures["strict"] == pytest.approx(1 / 3)
    assert figures["lenient"] == pytest.approx(2 / 3)
    assert figures["unresolved"] == pytest.approx(1 / 3)
    assert figures["nameless"] == 2
    assert figures["nameless_no_name"] == pytest.approx(0.5)
    unresolved = figures["by_resolution"]["unresolved"]
    assert (unresolved["named"], unresolved["lenient"], unresolved["nameless_no_name"]) == (1, 0.0, 1.0)
    assert figures["by_resolution"]["surname"]["strict"] == 0.0


def test_reliability_and_calibration_error() -> None:
    # bin [0.9, 1.0]: two right at 0.95 -> |2 - 1.9| = 0.1; bin [0.1, 0.2): one wrong at 0.15 -> 0.15;
    # bin [0.8, 0.9): one right, one wrong at 0.85 each -> |1 - 1.7| = 0.7; over five items
    items = [
        NameItem("Ann Carter", "person", "Ann Carter", "name", 0.95),
        NameItem("Ann Carter", "person", "Ann Carter", "name", 0.95),
        NameItem("Tom Hale", "person", None, "unresolved", 0.15),
        NameItem(None, "group", None, "unresolved", 0.85),
        NameItem(None, "person", "Tom Hale", "pronoun", 0.85),
    ]
    figures = names.score_names(items)
    assert figures["ece"] == pytest.approx((0.1 + 0.15 + 0.7) / 5)
    by_low = {round(b["low"], 1): b for b in figures["reliability"]}
    assert by_low[0.9]["n"] == 2 and by_low[0.9]["accuracy"] == 1.0
    assert by_low[0.8]["accuracy"] == 0.5
    assert by_low[0.5]["n"] == 0 and by_low[0.5]["accuracy"] is None
    assert by_low[0.5]["interval"] is None
    low, high = by_low[0.8]["interval"]
    assert low < 0.5 < high and high - low > 0.8  # one right of two says almost nothing


def test_wilson_interval() -> None:
    # 24 right of 35: the interval is wide enough to hold 0.75, the share of 9 of 12
    low, high = names.wilson_interval(24, 35)
    assert low == pytest.approx(0.5202, abs=1e-3) and high == pytest.approx(0.8145, abs=1e-3)
    assert names.wilson_interval(0, 0) is None
    low, high = names.wilson_interval(10, 10)
    assert high == pytest.approx(1.0) and 0.69 < low < 0.73


def test_load_gold_names_and_a_bad_line(tmp_path) -> None:
    path = tmp_path / "names.jsonl"
    rows = [
        {"doc_id": "d1", "annotation_id": "E1", "name": "Ann Carter", "kind": "person"},
        {"doc_id": "d1", "annotation_id": "E2", "name": None, "kind": "group"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    expected = {("d1", "E1"): ("Ann Carter", "person"), ("d1", "E2"): (None, "group")}
    assert names.load_gold_names(path) == expected
    path.write_text('{"doc_id": "d1"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":1:"):
        names.load_gold_names(path)
