"""Reliability of ``quotes build`` / ``extract`` / ``validate`` through the CLI: awkward and bad input,
interrupted builds, foreign output directories, determinism, and no network at run time."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from quotes.dataset.build import MARKER

pytestmark = pytest.mark.slow  # runs the statistical pipeline

QUOTE = "“We will not back down,” said Defence Secretary Ben Wallace on Monday."


@pytest.fixture(autouse=True)
def _loaded_pipeline(nlp) -> None:
    """Load the shared pipeline once; every command in this module reuses it (quotes.parse.nlp.load
    caches)."""


def run(*args: str) -> Result:
    from quotes.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def build(*args: str) -> Result:
    return run("build", "--quiet", *args)


def snapshot(directory: Path) -> dict[str, bytes]:
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def rows(out: Path, config: str) -> list[dict[str, Any]]:
    return [
        row
        for file in sorted((out / "data" / config).glob("*.parquet"))
        for row in pq.read_table(file).to_pylist()
    ]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def check_offsets(out: Path) -> list[dict[str, Any]]:
    """Every attribution's span (and speaker mention, cue) reads its article's text exactly."""
    articles = {row["id"]: row["text"] for row in rows(out, "documents")}
    found = rows(out, "attributions")
    for row in found:
        article = articles[row["doc_id"]]
        assert article[row["start"] : row["end"]] == row["text"]
        if row["speaker"]["start"] is not None:
            assert article[row["speaker"]["start"] : row["speaker"]["end"]] == row["speaker"]["mention"]
        if row["cue"] is not None:
            assert article[row["cue"]["start"] : row["cue"]["end"]] == row["cue"]["text"]
    return found


# --- bad input stops the build with an error naming it; the old dataset stays ------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "latin1.txt",
            "Caf\xe9 owner said so.".encode("latin-1"),
            "latin1.txt, byte offset 3: invalid UTF-8 (byte 0xe9); articles must be UTF-8 text",
        ),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "image.txt, byte offset 8: binary file (NUL byte); articles must be UTF-8 text",
        ),
        (
            "lines.jsonl",
            '{"id": "ok", "text": "Fine."}\n{"id": "broken", "text": \n',
            "lines.jsonl, line 2: not valid JSON (Expecting value at column 26); "
            "each line must be one JSON object",
        ),
        (
            "lines.jsonl",
            '{"id": "ok", "text": "Fine."}\n\n{"id": "notext", "body": "Fine."}\n',
            "lines.jsonl, line 3: no 'text'; each article needs a 'text' (a string) and an 'id'",
        ),
        (
            "lines.jsonl",
            b'{"id": "ok", "text": "Fine."}\n{"id": "x", "text": "caf\xe9"}\n',
            "lines.jsonl, line 2, byte offset 54: invalid UTF-8 (byte 0xe9); JSONL files must be UTF-8",
        ),
        (
            "lines.jsonl",
            '{"id": "../../escape", "text": "Fine."}\n',
            "lines.jsonl, line 1: unsafe document id '../../escape'; ids are used as file names",
        ),
        (
            "lines.jsonl",
            '{"id": "a.txt-dup", "text": "One."}\n{"id": "a.txt-dup", "text": "Two."}\n',
            "lines.jsonl, line 2: duplicate document id 'a.txt-dup', first read at ",
        ),
    ],
)
def test_a_bad_article_stops_the_build_and_keeps_the_old_dataset(
    tmp_path: Path, name: str, content: bytes | str, message: str
) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a-good.txt", QUOTE)
    out = tmp_path / "dataset"
    assert build(str(corpus), "--out", str(out)).exit_code == 0
    before = snapshot(out)
    write(corpus / name, content)
    result = build(str(corpus), "--out", str(out))
    assert result.exit_code == 1
    assert f"Error: {corpus / name}" in result.stderr
    assert message in result.stderr
    assert snapshot(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus", "dataset"]


def test_skip_bad_goes_on_and_lists_every_skipped_article(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "good.txt", QUOTE)
    write(corpus / "latin1.txt", "Caf\xe9".encode("latin-1"))
    write(corpus / "binary.txt", b"\x00\x01")
    write(
        corpus / "lines.jsonl",
        '{"id": "fine", "text": "Nothing quoted."}\nnot json\n{"id": "fine", "text": "again"}\n'
        '{"id": "..", "text": "x"}\n{"title": "no text"}\n',
    )
    out = tmp_path / "dataset"
    strict = build(str(corpus), "--out", str(out))
    assert strict.exit_code == 1
    assert not out.exists()
    result = build(str(corpus), "--out", str(out), "--skip-bad")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Built ") and result.stdout.endswith(", 6 skipped\n")
    places = [
        f"{corpus / 'binary.txt'}, byte offset 0",
        f"{corpus / 'latin1.txt'}, byte offset 3",
        *(f"{corpus / 'lines.jsonl'}, line {line}" for line in (2, 3, 4, 5)),
    ]
    listed = result.stderr.splitlines()
    assert listed[0] == "Skipped 6 bad article(s):"
    assert [line.strip().split(": ")[0] for line in listed[1:]] == places
    summary = json.loads((out / "build_summary.json").read_text(encoding="utf-8"))
    assert [entry["where"] for entry in summary["skipped"]] == places
    reasons = [entry["reason"] for entry in summary["skipped"]]
    assert reasons[1].startswith("invalid UTF-8 (byte 0xe9)")
    assert reasons[3].startswith("duplicate document id 'fine'")
    assert reasons[4].startswith("unsafe document id '..'")
    assert [row["id"] for row in rows(out, "documents")] == ["good", "fine"]


# --- awkward but valid text: read exactly, offsets exact ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expect_quote"),
    [
        ("", False),
        ("   \n\t\r\n\u00a0 ", False),
        (
            "Headline\r\n\r\n"
            + QUOTE.replace(" on Monday.", " on Monday.\r\n")
            + "“It works,” he added.\r\n",
            True,
        ),
        ("“We\u00a0will\u00a0not back down,” said\u00a0Ben\u200bWallace.\u200b \u2060He left.", True),
        ("“We will not back down, said Ben Wallace. “Then again.\n\nHe left”” she said. ‘Odd", False),
    ],
    ids=["empty", "whitespace", "crlf", "nbsp-zero-width", "unbalanced-marks"],
)
def test_awkward_text_is_kept_exactly_and_offsets_are_exact(
    tmp_path: Path, text: str, expect_quote: bool
) -> None:
    write(tmp_path / "in" / "article.txt", text)
    out = tmp_path / "dataset"
    result = build(str(tmp_path / "in"), "--out", str(out))
    assert result.exit_code == 0, result.output
    (document,) = rows(out, "documents")
    assert document["text"] == text
    found = check_offsets(out)
    if expect_quote:
        assert any(row["type"] == "direct" for row in found)
    if not text.strip():
        assert found == []


def test_a_file_byte_order_mark_is_dropped_and_a_text_field_kept_as_given(tmp_path: Path) -> None:
    write(tmp_path / "in" / "bom.txt", b"\xef\xbb\xbf" + QUOTE.encode("utf-8"))
    write(
        tmp_path / "in" / "bom.jsonl", "\ufeff" + json.dumps({"id": "line", "text": "\ufeff" + QUOTE}) + "\n"
    )
    out = tmp_path / "dataset"
    assert build(str(tmp_path / "in"), "--out", str(out)).exit_code == 0
    assert [row["text"] for row in rows(out, "documents")] == ["\ufeff" + QUOTE, QUOTE]
    found = check_offsets(out)
    assert {row["doc_id"] for row in found if row["type"] == "direct"} == {"bom", "line"}
    starts = {row["doc_id"]: row["start"] for row in found if row["type"] == "direct"}
    assert starts == {"bom": 1, "line": 2}  # after “, and in the JSONL text after its U+FEFF too


def test_a_5_mb_article_is_parsed_in_pieces_with_exact_offsets(tmp_path: Path) -> None:
    """Longer than spaCy's max_length (1,000,000): extract.py parses it in pieces. Filler paragraphs
    of one long word each keep the parse fast (about 5 s); the quotes sit before, across and after
    the piece boundaries."""
    filler = "x" * 998 + "\n\n"
    paragraphs, quotes = [], []
    for index in range(5000):
        if index % 499 == 0:
            said = f"“Number {index} stands,” said Ben Wallace.\n\n"
            quotes.append(said)
            paragraphs.append(said)
        paragraphs.append(filler)
    text = "".join(paragraphs)
    assert len(text) > 5_000_000
    write(tmp_path / "big.txt", text)
    result = run("extract", str(tmp_path / "big.txt"))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
        if record["speaker"]["start"] is not None:
            assert text[record["speaker"]["start"] : record["speaker"]["end"]] == record["speaker"]["mention"]
    direct = [record for record in records if record["type"] == "direct"]
    assert [record["text"] for record in direct] == [q[1 : q.index("”")] for q in quotes]
    assert max(record["start"] for record in direct) > 4_000_000


# --- sidecars: metadata.jsonl and gold.jsonl in an input directory are not articles ---------------------


def test_seeds_directory_with_sidecars(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "dataset"
    result = build(str(seeds_dir), "--out", str(out))
    assert result.exit_code == 0, result.output
    documents = rows(out, "documents")
    assert [row["id"] for row in documents] == sorted(path.stem for path in seeds_dir.glob("*.txt"))
    assert documents[0]["outlet"] == "GOV.UK"  # from seeds/metadata.jsonl
    assert len(rows(out, "gold")) == sum(1 for line in (seeds_dir / "gold.jsonl").open() if line.strip())
    assert "## Evaluation against gold" in (out / "README.md").read_text(encoding="utf-8")
    extracted = run("extract", str(seeds_dir))
    assert extracted.exit_code == 0, extracted.output
    assert {json.loads(line)["doc_id"] for line in extracted.stdout.splitlines()} == {
        row["id"] for row in documents
    }


# --- the output directory --------------------------------------------------------------------------


def test_out_refuses_a_foreign_directory_unless_forced(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", QUOTE)
    mine = write(tmp_path / "mine" / "thesis.tex", "precious")
    refused = build(str(tmp_path / "in"), "--out", str(mine.parent))
    assert refused.exit_code == 1
    assert "exists and was not written by 'quotes build'" in refused.stderr
    assert mine.read_text() == "precious"
    forced = build(str(tmp_path / "in"), "--out", str(mine.parent), "--force")
    assert forced.exit_code == 0, forced.output
    assert not mine.exists() and (mine.parent / MARKER).is_file()
    (tmp_path / "empty").mkdir()
    for fine in ("empty", "absent"):
        assert build(str(tmp_path / "in"), "--out", str(tmp_path / fine)).exit_code == 0


def test_two_builds_give_byte_identical_data(tmp_path: Path, seeds_dir: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert build(str(seeds_dir), "--out", str(one)).exit_code == 0
    assert build(str(seeds_dir), "--out", str(two)).exit_code == 0
    assert snapshot(one) == snapshot(two)


def test_validate_reports_each_problem_of_a_corrupted_dataset(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "dataset"
    assert build(str(seeds_dir), "--out", str(out)).exit_code == 0
    shard = next((out / "data/attributions").glob("*.parquet"))
    table = pq.read_table(shard).to_pylist()
    table[0]["text"] = table[0]["text"] + " (edited)"
    table[1]["type"] = "rumour"
    pq.write_table(pa.Table.from_pylist(table, schema=pq.read_schema(shard)), shard)
    gold = next((out / "data/gold").glob("*.parquet"))
    gold.write_bytes(gold.read_bytes()[:100])
    result = run("validate", str(out))
    assert result.exit_code == 1
    problems = result.stdout.splitlines()
    assert problems[0].startswith(f"{shard}: record 1 (id={table[0]['id']}): $.text -> ")
    assert problems[1].startswith(
        f"{shard}: record 2 (id={table[1]['id']}): $.type -> 'rumour' is not one of"
    )
    assert problems[2].startswith(f"{gold}: not a readable Parquet file")
    assert len(problems) == 3


# --- interrupted builds ------------------------------------------------------------------------------


def _slow_corpus(directory: Path) -> Path:
    """Enough articles that the build is still parsing a few seconds in."""
    line = json.dumps({"text": (QUOTE + " Then he said the plan was working.\n\n") * 20})
    return write(directory / "slow.jsonl", (line + "\n") * 2000)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=lambda s: s.name)
def test_an_interrupted_build_leaves_the_old_dataset(
    tmp_path: Path, seeds_dir: Path, how: signal.Signals
) -> None:
    out = tmp_path / "dataset"
    assert build(str(seeds_dir), "--out", str(out)).exit_code == 0
    before = snapshot(out)
    corpus = _slow_corpus(tmp_path / "corpus")
    process = subprocess.Popen(
        # --force: the seeds built the dataset being replaced
        [sys.executable, "-m", "quotes.cli", "build", str(corpus), "--out", str(out), "--quiet", "--force"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".dataset.build-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(tmp_path.glob(".dataset.build-*")), "the build never started writing"
    time.sleep(1.0)  # mid-way: parsing and writing shards
    process.send_signal(how)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode != 0, stderr
    assert snapshot(out) == before
    leftovers = sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("."))
    if how == signal.SIGKILL:
        assert leftovers, "SIGKILL cannot be caught: the temporary directory is left for the next build"
        assert build(str(seeds_dir), "--out", str(out)).exit_code == 0  # cleans up what it left
        assert snapshot(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus", "dataset"]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the dropped interrupt
def test_an_interrupt_dropped_by_a_finaliser_stops_the_build_at_the_next_document() -> None:
    """Python drops an exception raised inside a finaliser; the remembered signal is raised again."""
    from quotes.running import TerminateAsInterrupt

    class Finalised:
        def __del__(self) -> None:
            os.kill(os.getpid(), signal.SIGINT)  # the handler's KeyboardInterrupt is lost here

    before = signal.getsignal(signal.SIGINT)
    counted: list[int] = []
    with TerminateAsInterrupt() as stop:
        tick = stop.ticker(counted.append)
        tick(1)
        Finalised()
        with pytest.raises(KeyboardInterrupt):
            for _ in range(1000):  # the next document stops the build
                tick(1)
    assert counted == [1]
    assert signal.getsignal(signal.SIGINT) is before  # the user's handler is back


def test_a_build_killed_mid_swap_is_restored_by_the_next(tmp_path: Path, seeds_dir: Path) -> None:
    """The one window where no dataset is at --out: old moved aside, new not yet in."""
    out = tmp_path / "dataset"
    assert build(str(seeds_dir), "--out", str(out)).exit_code == 0
    before = snapshot(out)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    out.rename(tmp_path / f".dataset.old-{pid}")
    write(tmp_path / f".dataset.build-{pid}-abc123" / "README.md", "half written")
    refused = build(str(tmp_path / "nothing-here"), "--out", str(out))
    assert refused.exit_code == 1
    assert snapshot(out) == before  # restored even though this build failed on its input
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dataset"]


# --- nothing reaches the network; loading needs no remote code ----------------------------------------


def test_build_and_load_offline(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datasets
    import datasets.config

    attempts: list[Any] = []
    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
            attempts.append(address)
            raise OSError(f"network access attempted: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    out = tmp_path / "dataset"
    assert build(str(seeds_dir), "--out", str(out)).exit_code == 0
    assert not list(out.rglob("*.py"))
    for config in ("attributions", "documents", "gold"):
        loaded = datasets.load_dataset(str(out), config, split="train", cache_dir=str(tmp_path / "cache"))
        assert len(loaded) > 0
    assert attempts == []
    with pytest.raises(OSError, match="network access attempted"):  # the guard itself works
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_input_error_crosses_process_boundaries() -> None:
    import pickle

    from quotes.read.io import InputError

    error = pickle.loads(pickle.dumps(InputError("a.jsonl", "not valid JSON", line=3, offset=40)))
    assert (str(error), error.line, error.offset) == (
        "a.jsonl, line 3, byte offset 40: not valid JSON",
        3,
        40,
    )
    if os.name == "posix":
        import multiprocessing

        from quotes.read.article_fields import read_metadata

        with multiprocessing.get_context("spawn").Pool(1) as pool:
            with pytest.raises(InputError, match=r"^missing\.jsonl: no such metadata file"):
                pool.apply(read_metadata, (Path("missing.jsonl"),))
