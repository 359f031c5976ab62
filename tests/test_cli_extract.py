"""Tests for ``quotes extract``: records out, exit codes and error text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main

pytestmark = pytest.mark.slow  # runs the statistical pipeline

ARTICLE = (
    "Headline\r\n\r\n"
    "\u201cWe will not back down,\u201d said\u00a0Defence Secretary Ben Wallace on Monday.\r\n"
    "\u201cThe plan is working,\u201d he added.\n"
)


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def _loaded_pipeline(nlp) -> None:
    """Load the shared pipeline once, so each command reuses it (quotes.parse.nlp.load caches)."""


def records_of(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_txt_to_stdout(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "wallace.txt").write_bytes(ARTICLE.encode("utf-8"))
    result = runner.invoke(main, ["extract", str(tmp_path / "wallace.txt")])
    assert result.exit_code == 0, result.output
    records = records_of(result.stdout)
    assert records, "expected at least one attribution"
    for record in records:
        assert record["doc_id"] == "wallace"
        assert ARTICLE[record["start"] : record["end"]] == record["text"]
    assert any(record["type"] == "direct" for record in records)


def test_jsonl_to_output_file_matches_stdout(runner: CliRunner, tmp_path: Path) -> None:
    lines = [
        {"id": "one", "text": ARTICLE, "outlet": "Example"},
        {"id": "empty", "text": ""},
        {"id": "two", "text": "Nothing is quoted here.\n"},
    ]
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    to_file = runner.invoke(main, ["extract", str(source), "--output", str(out)])
    to_stdout = runner.invoke(main, ["extract", str(source)])
    assert (to_file.exit_code, to_stdout.exit_code) == (0, 0)
    assert to_file.stdout == ""
    assert out.read_text(encoding="utf-8") == to_stdout.stdout
    records = records_of(to_stdout.stdout)
    assert {record["doc_id"] for record in records} == {"one"}


@pytest.fixture(scope="module")
def seed_output(runner: CliRunner, seeds_dir: Path, nlp) -> str:
    """``quotes extract`` over the seed .txt files (seeds/ also holds gold and metadata JSONL)."""
    result = runner.invoke(main, ["extract", *map(str, sorted(seeds_dir.glob("*.txt")))])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_seed_articles(seed_output: str, seed_texts: dict[str, str]) -> None:
    records = records_of(seed_output)
    assert {record["doc_id"] for record in records} == set(seed_texts)  # every seed has attributions
    for record in records:
        assert seed_texts[record["doc_id"]][record["start"] : record["end"]] == record["text"]


def test_metadata_dates_reach_the_parser(
    runner: CliRunner, seeds_dir: Path, seed_texts: dict[str, str], seed_output: str
) -> None:
    # Role mentions ("the Prime Minister") resolve by the article's date, which comes from metadata.
    seeds = [str(path) for path in sorted(seeds_dir.glob("*.txt"))]
    dated = runner.invoke(main, ["extract", *seeds, "--metadata", str(seeds_dir / "metadata.jsonl")])
    assert dated.exit_code == 0, dated.output
    assert dated.stdout != seed_output
    for record in records_of(dated.stdout):
        assert seed_texts[record["doc_id"]][record["start"] : record["end"]] == record["text"]


def test_bad_metadata_file(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("He said it.")
    (tmp_path / "meta.jsonl").write_text('{"id": "a", "date": "31/12/2024"}\n')
    result = runner.invoke(
        main, ["extract", str(tmp_path / "a.txt"), "--metadata", str(tmp_path / "meta.jsonl")]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path / 'meta.jsonl'}, line 1: "
        "'date' must be an ISO 8601 date (YYYY-MM-DD) or date-time, got '31/12/2024'\n"
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("bad.txt", b"caf\xe9", "bad.txt, byte offset 3: invalid UTF-8 (byte 0xe9)"),
        ("bad.txt", b"\x00\x01", "bad.txt, byte offset 0: binary file (NUL byte)"),
        ("bad.jsonl", b'{"id": "x"}\n', "bad.jsonl, line 1: no 'text'"),
        ("bad.jsonl", b'{"id": "../x", "text": "t"}\n', "bad.jsonl, line 1: unsafe document id '../x'"),
        ("bad.csv", b"id,text\n", "bad.csv: unsupported file type; expected .txt, .jsonl, .jsonl.gz"),
    ],
)
def test_bad_input_is_an_error(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    (tmp_path / name).write_bytes(content)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    result = runner.invoke(main, ["extract", str(tmp_path / name), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert expected in result.stderr
    assert out.read_text() == "previous\n"  # no half-written output


def test_missing_input(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_no_inputs_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["extract"])
    assert result.exit_code == 2
    assert "Missing argument 'INPUTS...'" in result.stderr


def test_skip_bad_goes_on_and_lists_skipped(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(b"\xff")
    (tmp_path / "c.jsonl").write_text('{"id": "a", "text": "duplicate"}\n{"id": "c", "text": "ok"}\n')
    result = runner.invoke(main, ["extract", str(tmp_path), "--skip-bad"])
    assert result.exit_code == 0, result.output
    assert {record["doc_id"] for record in records_of(result.stdout)} == {"a"}
    assert result.stderr == (
        "Skipped 2 bad article(s):\n"
        f"  {tmp_path / 'b.txt'}, byte offset 0: invalid UTF-8 (byte 0xff); articles must be UTF-8 text\n"
        f"  {tmp_path / 'c.jsonl'}, line 1: duplicate document id 'a', first read at {tmp_path / 'a.txt'}\n"
    )


def test_unknown_model(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("He said it.")
    result = runner.invoke(main, ["extract", str(tmp_path / "a.txt"), "--model", "no_such_model_xyz"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot load spaCy model 'no_such_model_xyz'")


def test_workers_must_be_positive(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("He said it.")
    result = runner.invoke(main, ["extract", str(tmp_path / "a.txt"), "--workers", "0"])
    assert result.exit_code == 2
    assert "Invalid value for '--workers'" in result.stderr


def test_workers_auto_is_every_cpu_the_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from quotes.running import Workers, usable_cpus

    if hasattr(os, "sched_getaffinity"):
        assert usable_cpus() == len(os.sched_getaffinity(0))
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 3, 5})
    assert Workers().convert("auto", None, None) == usable_cpus()
    if hasattr(os, "sched_getaffinity"):
        assert usable_cpus() == 3
    assert Workers().convert("2", None, None) == 2


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5"])
def test_workers_must_be_a_positive_number_or_auto(tmp_path: Path, value: str) -> None:
    (tmp_path / "a.txt").write_text("She said so.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--workers", value])
    assert result.exit_code == 2
    assert "Invalid value for '--workers'" in result.stderr and "or 'auto'" in result.stderr


def test_category_keeps_only_the_chosen_ones(runner: CliRunner, tmp_path: Path) -> None:
    text = "The mayor said the bridge was safe. Engineers fear the bridge could fail.\n"
    (tmp_path / "bridge.txt").write_text(text, encoding="utf-8")
    every = records_of(runner.invoke(main, ["extract", str(tmp_path / "bridge.txt")]).stdout)
    assert {r["category"] for r in every} == {"assertion", "belief"}
    result = runner.invoke(main, ["extract", str(tmp_path / "bridge.txt"), "--category", "belief"])
    assert result.exit_code == 0, result.output
    assert [(r["text"], r["category"]) for r in records_of(result.stdout)] == [
        ("the bridge could fail", "belief")
    ]
