"""The speaker-name part of the accuracy benchmark's printout and Markdown."""

from __future__ import annotations

from quotes.evaluation.names import NameItem, score_names
from tests import benchmark_scripts


def _figures() -> dict:
    return score_names(
        [
            NameItem("Ann Carter", "person", "Ann Carter", "name", 0.95),
            NameItem("Tom Hale", "person", None, "unresolved", 0.35),
            NameItem(None, "group", None, "group", 0.95),
        ]
    )


def test_name_markdown_shows_targets_sieves_and_reliability() -> None:
    text = benchmark_scripts.load("accuracy").name_markdown(_figures())
    assert "| speaker name, lenient | 0.500 | 0.90 | no |" in text
    assert "| named gold left unresolved | 0.500 | 0.03 | no |" in text
    assert "| no name where article names none | 1.000 | 0.85 | yes |" in text
    assert "| group | 0 | - | - | 1 | 1.000 |" in text
    # two right of two: the 95% Wilson interval still reaches down to 0.342
    assert "| [0.9, 1.0] | 2 | 0.950 | 1.000 | 0.342-1.000 |" in text
    # the mean confidence against the share right, over all three records: (0.95 + 0.35 + 0.95) / 3
    assert "Here its mean is 0.750 over 3 records, of which 0.667 are right." in text


def test_name_table_prints_pass_and_fail() -> None:
    text = benchmark_scripts.load("accuracy").name_table(_figures())
    assert any(
        line.startswith("speaker name, strict") and line.endswith("FAIL") for line in text.splitlines()
    )
    assert any(line.startswith("name calibration error") for line in text.splitlines())
    assert "  all         n=3     mean confidence 0.750  right 0.667" in text.splitlines()
    assert "  [0.3, 0.4)  n=1     mean confidence 0.350  right 0.000  (0.000-0.793)" in text.splitlines()
