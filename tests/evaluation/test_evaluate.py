"""Scoring predicted attributions against gold: hand-made cases with known figures, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from quotes.cli import main
from quotes.evaluation.evaluate import PRF, EvaluationError, evaluate, speaker_key
from quotes.records import Attribution, Cue, Speaker

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "seeds" / "gold.jsonl"


def lines(table: str) -> list[str]:
    """The table's lines with runs of spaces made one, so tests do not depend on column widths."""
    return [" ".join(line.split()) for line in table.splitlines()]


def rec(
    start: int,
    end: int,
    *,
    doc: str = "d1",
    type: str = "direct",
    speaker: str | None = "Ben Wallace",
    kind: str = "person",
) -> dict[str, Any]:
    """A minimal attribution dict (text is irrelevant to scoring)."""
    return {
        "id": f"{doc}:{start}-{end}",
        "doc_id": doc,
        "type": type,
        "text": "x" * (end - start),
        "start": start,
        "end": end,
        "speaker": {
            "name": speaker,
            "mention": None,
            "start": None,
            "end": None,
            "kind": kind,
            "resolution": "none",
            "wikidata_id": None,
        },
        "cue": None,
        "confidence": 1.0,
    }


# --- PRF -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f"),
    [
        (0, 0, 0, 0.0, 0.0, 0.0),
        (1, 0, 0, 1.0, 1.0, 1.0),
        (1, 1, 0, 0.5, 1.0, 2 / 3),
        (1, 0, 3, 1.0, 0.25, 0.4),
        (0, 2, 2, 0.0, 0.0, 0.0),
    ],
)
def test_prf(tp: int, fp: int, fn: int, p: float, r: float, f: float) -> None:
    prf = PRF(tp, fp, fn)
    assert (prf.p, prf.r) == pytest.approx((p, r))
    assert prf.f == pytest.approx(f)
    assert prf.to_dict("x") == {"x_p": prf.p, "x_r": prf.r, "x_f": prf.f, "x_tp": tp, "x_fp": fp, "x_fn": fn}


# --- span matching ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "exact", "overlap"),
    [
        ((0, 10), (0, 10), 1, 1),  # same span
        ((0, 9), (0, 10), 0, 1),  # one character short: overlap only
        ((0, 30), (5, 15), 0, 1),  # covers the gold and more
        ((5, 20), (0, 10), 0, 1),  # covers exactly half: at the threshold
        ((6, 20), (0, 10), 0, 0),  # covers 4 of 10: just below
        ((4, 20), (0, 9), 0, 1),  # 5 of 9 characters
        ((5, 20), (0, 9), 0, 0),  # 4 of 9 characters: below half
        ((10, 20), (0, 10), 0, 0),  # touching, no overlap
        ((3, 4), (0, 2), 0, 0),  # disjoint
        ((0, 1), (0, 2), 0, 1),  # 1 of 2 characters
    ],
)
def test_exact_and_overlap(
    predicted: tuple[int, int], gold: tuple[int, int], exact: int, overlap: int
) -> None:
    report = evaluate([rec(*predicted)], [rec(*gold)])
    assert report.span_exact.tp == exact
    assert report.span_overlap.tp == overlap
    assert (report.span_overlap.fp, report.span_overlap.fn) == (1 - overlap, 1 - overlap)


def test_doc_ids_are_kept_apart() -> None:
    report = evaluate([rec(0, 10, doc="a")], [rec(0, 10, doc="b")])
    assert (report.span_exact.tp, report.span_overlap.tp) == (0, 0)
    assert (report.span_overlap.fp, report.span_overlap.fn) == (1, 1)
    assert report.documents == 2


def test_matching_is_one_to_one() -> None:
    # two identical predictions of one gold span: one true positive, one false positive
    report = evaluate([rec(0, 10), rec(0, 10)], [rec(0, 10)])
    assert (report.span_exact.tp, report.span_exact.fp, report.span_exact.fn) == (1, 1, 0)
    assert (report.span_overlap.tp, report.span_overlap.fp, report.span_overlap.fn) == (1, 1, 0)
    # one prediction covering two gold spans matches only one of them
    report = evaluate([rec(0, 20)], [rec(0, 10), rec(10, 20)])
    assert (report.span_overlap.tp, report.span_overlap.fp, report.span_overlap.fn) == (1, 0, 1)


def test_greedy_matching_takes_the_largest_overlap_first() -> None:
    # P1 overlaps G1 by 10 and G2 by 5; P2 overlaps G2 by 9 and G1 by 5: both pairs are found
    report = evaluate([rec(0, 10), rec(5, 14)], [rec(0, 10), rec(5, 15)])
    assert report.span_overlap.tp == 2
    assert report.span_exact.tp == 1


def test_the_closest_prediction_wins_a_tie() -> None:
    # both predictions cover the whole gold span; the exact one is matched, the longer one is not
    predicted = [rec(0, 20, speaker="Right Name"), rec(0, 10, speaker="Wrong Name")]
    report = evaluate(predicted, [rec(0, 10, speaker="Right Name")])
    assert report.span_overlap.tp == 1
    assert report.speaker_correct == 0


# --- speakers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "gold", "gold_kind", "right"),
    [
        ("Ben Wallace", "Ben Wallace", "person", True),
        ("ben  WALLACE ", "Ben Wallace", "person", True),  # case and whitespace do not matter
        ("Ben Wallace", "John Healey", "person", False),
        ("Wallace", "Ben Wallace", "person", False),  # a surname is not the canonical name
        (None, "Ben Wallace", "person", False),
        ("Ben Wallace", None, "unknown", False),
        (None, None, "unknown", True),  # both missing, and the gold says it is unknown
        (None, None, "person", False),  # both missing, but the gold knows there is a person
    ],
)
def test_speaker_accuracy(predicted: str | None, gold: str | None, gold_kind: str, right: bool) -> None:
    report = evaluate([rec(0, 10, speaker=predicted)], [rec(0, 10, speaker=gold, kind=gold_kind)])
    assert report.speaker_total == 1
    assert report.speaker_accuracy == (1.0 if right else 0.0)
    assert report.end_to_end.tp == int(right)
    assert report.span_overlap.tp == 1


def test_end_to_end_needs_span_and_speaker() -> None:
    gold = [rec(0, 10), rec(20, 30), rec(40, 50, speaker="John Healey")]
    predicted = [rec(0, 9), rec(20, 30, speaker="John Healey"), rec(60, 70)]
    report = evaluate(predicted, gold)
    assert (report.span_overlap.tp, report.span_overlap.fp, report.span_overlap.fn) == (2, 1, 1)
    assert (report.end_to_end.tp, report.end_to_end.fp, report.end_to_end.fn) == (1, 2, 2)
    assert report.speaker_accuracy == 0.5
    assert report.end_to_end.p == pytest.approx(1 / 3)


def test_by_speaker_scores_each_canonical_name() -> None:
    gold = [rec(0, 10), rec(20, 30), rec(40, 50, speaker="John Healey")]
    predicted = [rec(0, 10, speaker="BEN WALLACE"), rec(20, 30, speaker="John Healey")]
    by_speaker = evaluate(predicted, gold).by_speaker
    assert list(by_speaker) == ["Ben Wallace", "John Healey"]  # gold spelling; most gold records first
    wallace, healey = by_speaker["Ben Wallace"], by_speaker["John Healey"]
    assert (wallace.tp, wallace.fp, wallace.fn) == (1, 0, 1)
    assert (healey.tp, healey.fp, healey.fn) == (0, 1, 1)


@pytest.mark.parametrize(("name", "key"), [("  Ben\u00a0 Wallace ", "ben wallace"), ("", None), (None, None)])
def test_speaker_key(name: str | None, key: str | None) -> None:
    assert speaker_key(name) == key


# --- types -----------------------------------------------------------------------------------------


def test_types_are_labels_in_by_type() -> None:
    gold = [rec(0, 10, type="mixed"), rec(20, 30, type="indirect")]
    predicted = [rec(0, 10, type="direct"), rec(20, 30, type="indirect")]
    report = evaluate(predicted, gold)
    assert report.span_exact.tp == 2
    assert (report.type_correct, report.type_total) == (1, 2)
    direct, indirect, mixed = (report.by_type[name].span_overlap for name in ("direct", "indirect", "mixed"))
    assert (direct.tp, direct.fp, direct.fn) == (0, 1, 0)  # predicted type decides precision
    assert (mixed.tp, mixed.fp, mixed.fn) == (0, 0, 1)  # gold type decides recall
    assert (indirect.tp, indirect.fp, indirect.fn) == (1, 0, 0)
    assert (report.by_type["mixed"].gold, report.by_type["direct"].predicted) == (1, 1)


# --- inputs ----------------------------------------------------------------------------------------


def test_empty_inputs_give_zeros() -> None:
    for predicted, gold in (([], []), ([rec(0, 5)], []), ([], [rec(0, 5)])):
        report = evaluate(predicted, gold)
        flat = report.to_dict()
        assert flat["span_exact_f"] == flat["span_overlap_p"] == flat["end_to_end_r"] == 0.0
        assert flat["speaker_accuracy"] == flat["type_accuracy"] == 0.0
        assert "span exact" in report.format_table()
        assert report.to_markdown().count("| span exact ") == 1


def test_attribution_objects_are_accepted() -> None:
    attribution = Attribution(
        doc_id="d1",
        type="direct",
        text="x" * 10,
        start=0,
        end=10,
        speaker=Speaker("Ben Wallace", "he", 12, 14, kind="person", resolution="pronoun"),
        cue=Cue(text="said", lemma="say", start=15, end=19),
        confidence=0.9,
    )
    report = evaluate([attribution], [rec(0, 10)])
    assert report.end_to_end.tp == 1


def test_documents_limits_what_is_scored() -> None:
    predicted = [rec(0, 10, doc="a"), rec(0, 10, doc="unannotated")]
    report = evaluate(predicted, [rec(0, 10, doc="a")], documents={"a"})
    assert (report.span_exact.tp, report.span_exact.fp, report.documents) == (1, 0, 1)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start": None}, "predicted record 0 (id 'd1:0-10'): start must be a non-negative integer"),
        ({"start": -1}, "start must be a non-negative integer, got -1"),
        ({"end": True}, "end must be a non-negative integer, got True"),
        ({"start": 12}, "start 12 is after end 10"),
        ({"type": "quote"}, "type 'quote' is not one of direct, indirect, mixed"),
        ({"speaker": "Ben Wallace"}, "speaker must be an object or null, got str"),
    ],
)
def test_bad_records_raise(change: dict[str, Any], message: str) -> None:
    with pytest.raises(EvaluationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        evaluate([{**rec(0, 10), **change}], [])


def test_a_missing_field_is_named_with_its_side() -> None:
    bad = rec(0, 10)
    del bad["doc_id"]
    with pytest.raises(EvaluationError, match=r"gold record 1 \(id 'd1:0-10'\): missing field 'doc_id'"):
        evaluate([], [rec(0, 10), bad])
    with pytest.raises(EvaluationError, match="expected an Attribution or a dict, got list"):
        evaluate([[0, 10]], [])  # type: ignore[list-item]


spans = st.lists(
    st.tuples(st.sampled_from(["a", "b"]), st.integers(0, 40), st.integers(1, 15)).map(
        lambda t: rec(t[1], t[1] + t[2], doc=t[0])
    ),
    max_size=8,
)


@given(predicted=spans, gold=spans)
def test_counts_are_consistent(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
    report = evaluate(predicted, gold)
    for prf in (report.span_exact, report.span_overlap, report.end_to_end):
        assert prf.tp + prf.fp == len(predicted)
        assert prf.tp + prf.fn == len(gold)
    assert report.end_to_end.tp <= report.span_overlap.tp
    assert report.span_exact.tp <= report.span_overlap.tp
    assert sum(s.gold for s in report.by_type.values()) == len(gold)


def test_gold_scored_against_itself_is_perfect() -> None:
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    flat = evaluate(gold, gold).to_dict()
    for key in ("span_exact_f", "span_overlap_f", "end_to_end_f", "speaker_accuracy", "type_accuracy"):
        assert flat[key] == 1.0, key
    assert flat["counts"]["gold"] == flat["counts"]["predicted"] == len(gold)
    assert set(flat["by_type"]) == {"direct", "indirect", "mixed"}
    assert flat["by_speaker"]["Ben Wallace"]["tp"] == 10


# --- the report's forms ----------------------------------------------------------------------------


def test_to_dict_has_flat_keys() -> None:
    flat = evaluate([rec(0, 10)], [rec(0, 10)]).to_dict()
    for prefix in ("span_exact", "span_overlap", "end_to_end"):
        for suffix in ("p", "r", "f", "tp", "fp", "fn"):
            assert f"{prefix}_{suffix}" in flat
    assert flat["by_type"]["direct"]["span_exact_f"] == 1.0
    assert flat["by_speaker"] == {"Ben Wallace": {"p": 1.0, "r": 1.0, "f": 1.0, "tp": 1, "fp": 0, "fn": 0}}
    assert flat["counts"] == {
        "documents": 1,
        "gold": 1,
        "predicted": 1,
        "matched_exact": 1,
        "matched_overlap": 1,
    }
    json.dumps(flat)


def test_format_table_and_markdown() -> None:
    report = evaluate([rec(0, 9), rec(20, 30)], [rec(0, 10)])
    table = lines(report.format_table())
    assert "span exact 0.000 0.000 0.000 0 2 1" in table
    assert "span overlap 0.500 1.000 0.667 1 1 0" in table
    assert "speaker accuracy 1.000 1/1" in table
    markdown = lines(report.to_markdown())
    assert "| span overlap | 0.500 | 1.000 | 0.667 | 1 | 1 | 0 |" in markdown
    assert "| direct | 1 | 2 | 0.000 | 0.500 | 1.000 | 0.667 | 1.000 | 0.667 |" in markdown
    assert "| Ben Wallace | 0.500 | 1.000 | 0.667 | 1 | 1 | 0 |" in markdown
    assert any(line.startswith("**By type") for line in markdown)


# --- the command line ------------------------------------------------------------------------------


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_cli_evaluate_table(tmp_path: Path) -> None:
    predicted = _write_jsonl(tmp_path / "predicted.jsonl", [rec(0, 9), rec(0, 5, doc="unannotated")])
    gold = _write_jsonl(tmp_path / "gold.jsonl", [rec(0, 10)])
    result = CliRunner().invoke(main, ["evaluate", str(predicted), "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    # the unannotated document is left out
    assert "Overall (1 documents, 1 gold, 1 predicted)" in result.output
    assert "span overlap 1.000 1.000 1.000 1 0 0" in lines(result.output)
    result = CliRunner().invoke(main, ["evaluate", str(predicted), "--gold", str(gold), "--all-docs"])
    assert "span overlap 0.500 1.000 0.667 1 1 0" in lines(result.output)


def test_cli_evaluate_json_and_markdown(tmp_path: Path) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", [rec(0, 10)])
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["end_to_end_f"] == 1.0
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--gold", str(gold), "--markdown"])
    assert result.exit_code == 0 and result.output.startswith("**Overall")


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["missing.jsonl", "--gold", "{gold}"], "Error: missing.jsonl: no such file or directory"),
        (["{gold}", "--gold", "missing.jsonl"], "Error: missing.jsonl: no such file or directory"),
        (["missing.jsonl"], "Error: missing.jsonl: no such file or directory"),
        (["{gold}"], "--gold is required when PREDICTED"),
        (["{bad}", "--gold", "{gold}"], "Error: {bad}, line 1: not valid JSON"),
        (["{wrong}", "--gold", "{gold}"], "Error: predicted record 0 (id 'd1:5-2'): start 5 is after end 2"),
        (["{gold}", "--gold", "{gold}", "--json", "--markdown"], "cannot be used together"),
    ],
)
def test_cli_evaluate_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], error: str
) -> None:
    wrong = {**rec(0, 10), "id": "d1:5-2", "start": 5, "end": 2}
    paths = {
        "gold": str(_write_jsonl(tmp_path / "gold.jsonl", [rec(0, 10)])),
        "wrong": str(_write_jsonl(tmp_path / "wrong.jsonl", [wrong])),
        "bad": str(tmp_path / "bad.jsonl"),
    }
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # "missing.jsonl" is relative
    result = CliRunner().invoke(main, ["evaluate", *(arg.format(**paths) for arg in args)])
    assert result.exit_code != 0
    assert error.format(**paths) in result.output


def test_cli_evaluate_reads_a_dataset_directory(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    dataset = tmp_path / "dataset"
    for config, records in (("attributions", [rec(0, 9)]), ("gold", [rec(0, 10)])):
        (dataset / "data" / config).mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(records), dataset / "data" / config / "part-0.parquet")
    result = CliRunner().invoke(main, ["evaluate", str(dataset)])
    assert result.exit_code == 0, result.output
    assert "span exact 0.000 0.000 0.000 0 1 1" in lines(result.output)
    assert "span overlap 1.000 1.000 1.000 1 0 0" in lines(result.output)
    (dataset / "data" / "gold" / "part-0.parquet").unlink()
    result = CliRunner().invoke(main, ["evaluate", str(dataset)])
    assert result.exit_code != 0
    assert "no Parquet files for config 'gold'" in result.output


# --- categories --------------------------------------------------------------------------------------


def test_categories_are_scored_as_labels() -> None:
    gold = [{**rec(0, 10), "category": "assertion"}, {**rec(20, 30), "category": "belief"}]
    predicted = [{**rec(0, 10), "category": "assertion"}, {**rec(20, 30), "category": "intention"}]
    report = evaluate(predicted, gold)
    assert (report.category_correct, report.category_total) == (1, 2)
    assert report.by_category["assertion"].span_exact.f == 1.0
    assert (report.by_category["belief"].gold, report.by_category["belief"].predicted) == (1, 0)
    assert report.by_category["intention"].span_overlap.fp == 1
    assert report.span_overlap.f == 1.0  # the spans themselves are right
    figures = report.to_dict()
    assert figures["category_accuracy"] == 0.5
    assert figures["by_category"]["belief"]["span_overlap_r"] == 0.0
    assert "By category" in report.format_table() and "| belief " in report.to_markdown()


def test_a_category_with_no_gold_and_no_prediction_shows_no_figures() -> None:
    """Nothing to score is not a score of zero."""
    report = evaluate([{**rec(0, 10), "category": "assertion"}], [{**rec(0, 10), "category": "assertion"}])
    rows = {line.split()[0]: line.split()[1:] for line in lines(report.format_table()) if line.strip()}
    assert rows["knowledge"] == ["0", "0", "-", "-", "-", "-", "-", "-"]
    assert rows["assertion"][:3] == ["1", "1", "1.000"]


def test_a_record_without_a_category_is_an_assertion_and_an_unknown_one_is_an_error() -> None:
    report = evaluate([rec(0, 10)], [{**rec(0, 10), "category": "assertion"}])
    assert report.category_accuracy == 1.0
    with pytest.raises(EvaluationError, match=r"predicted record 0 .*category 'opinion' is not one of"):
        evaluate([{**rec(0, 10), "category": "opinion"}], [rec(0, 10)])
