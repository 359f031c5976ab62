"""The accuracy benchmark's Markdown, which the seed build puts in the dataset card."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import benchmark_scripts

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "benchmarks" / "polnear-dev.md"


def _scores(value: float) -> dict:
    from quotes.evaluation import polnear_score

    scores: dict = {"all_n_gold": 10, "all_n_pred": 8, "calibration": []}
    for scope in (*polnear_score.SCOPES, "assertion"):
        for metric in ("overlap", "exact", "direct"):
            for x in "prf":
                scores[f"{scope}_{metric}_{x}"] = value
        scores[f"{scope}_speaker_acc"] = value
    scores["calibration"] = [
        {"low": 0.0, "high": 0.5, "n": 3, "accuracy": 0.25},
        {"low": 0.5, "high": 1.0, "n": 0, "accuracy": None},
    ]
    return scores


@pytest.mark.parametrize(("value", "met"), [(0.99, "yes"), (0.10, "no")])
def test_markdown_says_whether_each_target_is_met(value: float, met: str) -> None:
    accuracy = benchmark_scripts.load("accuracy")
    text = accuracy.markdown(_scores(value), "dev", 2)
    target_rows = [line for line in text.splitlines() if line.startswith("| saying: direct quote recall")]
    assert target_rows == [f"| saying: direct quote recall | {value:.3f} | 0.98 | {met} |"]
    assert "| [0.00, 0.50) | 3 | 0.250 |" in text
    assert "| [0.50, 1.00] | 0 | - |" in text


def test_the_seed_build_cites_the_committed_figures() -> None:
    card = (ROOT / "dataset" / "README.md").read_text(encoding="utf-8")
    figures = COMMITTED.read_text(encoding="utf-8")
    assert "## Accuracy on news the parser was not written against" in card
    for row in (line for line in figures.splitlines() if line.startswith("| all |")):
        assert row in card, row
    summary = json.loads((ROOT / "dataset" / "build_summary.json").read_text(encoding="utf-8"))
    assert summary["counts"]["documents"] == 5


def test_the_assertion_view_keeps_only_assertion_records() -> None:
    from quotes.evaluation.polnear import GoldAttribution, PolnearDoc
    from quotes.records import Attribution, Speaker

    accuracy = benchmark_scripts.load("accuracy")
    text = "Ann Lee said the plan works. Ann Lee believes it will rain. Ann Lee went home."

    def gold(words: str, cue: str) -> GoldAttribution:
        start = text.index(words)
        span = (start, start + len(words))
        return GoldAttribution(*span, words, (span,), "Ann Lee", ((0, 7),), cue, False)

    def predicted(words: str, category: str) -> Attribution:
        start = text.index(words)
        speaker = Speaker("Ann Lee", "Ann Lee", 0, 7, "person", "name")
        return Attribution("d", "indirect", words, start, start + len(words), speaker, None, 0.8, category)

    document = PolnearDoc("d", text, (gold("the plan works", "said"), gold("it will rain", "believes")))
    records = [
        predicted("the plan works", "assertion"),
        predicted("it will rain", "belief"),
        predicted("went home", "assertion"),
    ]
    scores = accuracy.assertion_scores([accuracy.assertion_match(document, records)])
    # two assertion records, one right; the one saying gold found; the belief left out of both
    assert (scores["assertion_overlap_p"], scores["assertion_overlap_r"]) == (0.5, 1.0)
    assert (scores["assertion_n_pred"], scores["assertion_n_gold"]) == (2, 1)
    table = accuracy.view_markdown({**_scores(0.5), **scores})
    assert "| assertion | overlap | 0.500 | 1.000 | 0.667 |" in table
