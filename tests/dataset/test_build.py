"""Publishing: validated records into Parquet shards, deterministic, swapped in atomically; the CLI."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.dataset import build as build_module
from quotes.dataset.build import MARKER, BuildError, publish
from quotes.dataset.features import features_for
from quotes.dataset.validate import ValidationError, validate_path
from quotes.records import Attribution, Cue, Document, Speaker

MODEL = {"name": "en_test", "version": "1.0"}


def _quote(doc_id: str, text: str, words: str, **speaker: Any) -> Attribution:
    start = text.index(words)
    cue_start = text.index("said")
    return Attribution(
        doc_id=doc_id,
        type="direct",
        text=words,
        start=start,
        end=start + len(words),
        speaker=Speaker(**{"name": "Ann Lee", "mention": None, "start": None, "end": None, **speaker}),
        cue=Cue("said", "say", cue_start, cue_start + 4),
        confidence=0.75,
    )


def _corpus(count: int = 3) -> list[tuple[Document, list[Attribution]]]:
    pairs = []
    for index in range(count):
        text = f'Ann Lee said "we will go" and "we will stay {index}".'
        document = Document(f"doc-{index}", text, outlet="Daily", date="2024-05-0" + str(index + 1))
        # out of order on purpose: the build sorts spans within a document
        quotes = [_quote(document.id, text, f"we will stay {index}"), _quote(document.id, text, "we will go")]
        pairs.append((document, quotes))
    return pairs


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def test_publish_writes_every_config(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    gold = [record.to_dict() for record in _corpus(1)[0][1]]
    summary = publish(
        _corpus(), out, model=MODEL, inputs=["a.txt"], gold=gold, scorer=lambda p, g: f"{len(p)}/{len(g)}"
    )
    assert sorted(_snapshot(out)) == [
        MARKER,
        "README.md",
        "build_summary.json",
        "data/attributions/train-00000-of-00001.parquet",
        "data/documents/train-00000-of-00001.parquet",
        "data/gold/train-00000-of-00001.parquet",
        "schema/attribution.schema.json",
        "schema/document.schema.json",
    ]
    assert validate_path(out) == []
    rows = pq.read_table(out / "data/attributions/train-00000-of-00001.parquet").to_pylist()
    assert [(row["doc_id"], row["text"]) for row in rows[:2]] == [
        ("doc-0", "we will go"),
        ("doc-0", "we will stay 0"),
    ]
    written = json.loads((out / "build_summary.json").read_text(encoding="utf-8"))
    assert written == summary.to_dict()
    assert written["model"] == MODEL
    assert written["inputs"] == ["a.txt"]
    assert written["counts"]["documents"] == 3
    assert written["counts"]["attributions"] == 6
    assert written["counts"]["gold"] == 2
    assert written["counts"]["by_type"] == {"direct": 6}
    assert "2/2" in (out / "README.md").read_text(encoding="utf-8")  # the scorer saw gold documents only


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    publish(_corpus(), first, model=MODEL, shard_documents=2)
    publish(_corpus(), second, model=MODEL, shard_documents=2)
    assert _snapshot(first) == _snapshot(second)


def test_records_packed_as_they_stream_give_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotes.dataset import shards

    whole, packed = tmp_path / "whole", tmp_path / "packed"
    publish(_corpus(7), whole, model=MODEL)
    held: list[int] = []
    add = shards.ShardWriter.add

    def watched(writer: shards.ShardWriter, record: dict[str, Any]) -> None:
        add(writer, record)
        held.append(len(writer.rows))

    monkeypatch.setattr(shards, "PACK_ROWS", 3)
    monkeypatch.setattr(shards.ShardWriter, "add", watched)
    publish(_corpus(7), packed, model=MODEL)
    assert max(held) < 3  # never more than PACK_ROWS records held as Python objects
    assert _snapshot(packed) == _snapshot(whole)
    rows = pq.read_table(packed / "data/attributions/train-00000-of-00001.parquet").to_pylist()
    assert len(rows) == 14 and rows[-1]["text"] == "we will stay 6"


def test_parquet_carries_no_varying_metadata(tmp_path: Path) -> None:
    publish(_corpus(), tmp_path / "dataset", model=MODEL)
    meta = pq.ParquetFile(tmp_path / "dataset/data/documents/train-00000-of-00001.parquet").metadata
    assert set(meta.metadata) == {b"huggingface", b"ARROW:schema"}
    assert json.loads(meta.metadata[b"huggingface"])["info"]["features"] == features_for("document").to_dict()
    assert meta.created_by.startswith("parquet-cpp-arrow version")


def test_shards_as_documents_stream(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    publish(_corpus(3), out, model=MODEL, shard_documents=1)
    shards = sorted((out / "data/documents").glob("*.parquet"))
    assert [path.name for path in shards] == [f"train-0000{i}-of-00003.parquet" for i in range(3)]
    ids = [row["id"] for path in shards for row in pq.read_table(path).to_pylist()]
    assert ids == ["doc-0", "doc-1", "doc-2"]
    assert len(list((out / "data/attributions").glob("*.parquet"))) == 3


def test_empty_configs_keep_their_types(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    publish([(Document("doc-0", "No quotes here."), [])], out, model=MODEL, gold=[])
    for config, kind in [("attributions", "attribution"), ("gold", "attribution")]:
        table = pq.read_table(out / f"data/{config}/train-00000-of-00001.parquet")
        assert table.num_rows == 0
        assert table.schema.equals(features_for(kind).arrow_schema)


def test_progress_is_reported_per_document(tmp_path: Path) -> None:
    seen: list[int] = []
    publish(_corpus(3), tmp_path / "dataset", model=MODEL, progress=seen.append)
    assert seen == [1, 1, 1]


def _bad_corpus() -> list[tuple[Document, list[Attribution]]]:
    pairs = _corpus(2)
    document, quotes = pairs[1]
    wrong = Attribution(document.id, "direct", "we will leave", 13, 26, quotes[0].speaker, None, 0.5)
    return [pairs[0], (document, [*quotes, wrong])]


def _failing_stream() -> Iterator[tuple[Document, list[Attribution]]]:
    yield from _corpus(2)
    raise RuntimeError("parser crashed")


@pytest.mark.parametrize(
    ("pairs", "error", "message"),
    [
        (
            _bad_corpus,
            ValidationError,
            r"attribution 1 of document 'doc-1' \(id=doc-1:13-26\): \$\.text -> 'we will leave' is not the "
            r"article's text\[13:26\] '\"we will go\" '",
        ),
        (
            lambda: [_corpus(1)[0], _corpus(1)[0]],
            ValidationError,
            r"document 2 \(id=doc-0\): \$\.id -> duplicate document id 'doc-0'",
        ),
        (
            lambda: [(Document("doc-0", "x", date="May 2024"), [])],
            ValidationError,
            r"document 1 \(id=doc-0\): \$\.date -> 'May 2024' is not a 'date'",
        ),
        (_failing_stream, RuntimeError, "parser crashed"),
    ],
)
def test_failed_build_leaves_the_old_dataset_as_it_was(
    tmp_path: Path, pairs: Any, error: type, message: str
) -> None:
    out = tmp_path / "dataset"
    publish(_corpus(1), out, model=MODEL)
    before = _snapshot(out)
    with pytest.raises(error, match=message):
        publish(pairs(), out, model=MODEL)
    assert _snapshot(out) == before
    assert [path.name for path in tmp_path.iterdir()] == ["dataset"]  # no temporary directory left


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ([{"id": "x"}], r"gold.jsonl: record 1 \(id=x\): \$ -> 'category' is a required property"),
        (
            [_quote("doc-9", 'Ann said "hi".', "hi").to_dict()],
            r"gold.jsonl: record 1 \(id=doc-9:10-12\): \$\.doc_id -> no document 'doc-9' among the inputs",
        ),
        (
            [_corpus(1)[0][1][0].to_dict()] * 2,
            r"gold.jsonl: record 2 \(id=doc-0:31-45\): \$\.id -> duplicate id 'doc-0:31-45'",
        ),
    ],
)
def test_invalid_gold_is_refused(tmp_path: Path, gold: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        publish(_corpus(1), tmp_path / "dataset", model=MODEL, gold=gold, gold_source="gold.jsonl")
    assert list(tmp_path.iterdir()) == []


def test_rebuild_replaces_our_own_dataset(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    publish(_corpus(3), out, model=MODEL, shard_documents=1)
    publish(_corpus(1), out, model=MODEL)
    assert len(list((out / "data/documents").glob("*.parquet"))) == 1
    assert [path.name for path in tmp_path.iterdir()] == ["dataset"]


def test_empty_directory_may_be_replaced(tmp_path: Path) -> None:
    (tmp_path / "dataset").mkdir()
    publish(_corpus(1), tmp_path / "dataset", model=MODEL)
    assert (tmp_path / "dataset" / MARKER).is_file()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda out: (out.mkdir(), (out / "notes.txt").write_text("mine")),
            "exists and was not written by 'quotes build'",
        ),
        (lambda out: out.write_text("a file"), "exists and is not a directory"),
    ],
)
def test_foreign_output_is_never_replaced(tmp_path: Path, make: Any, message: str) -> None:
    out = tmp_path / "dataset"
    make(out)
    before = _snapshot(tmp_path)
    with pytest.raises(BuildError, match=message):
        publish(_corpus(1), out, model=MODEL)
    assert _snapshot(tmp_path) == before


# --- the CLI ---------------------------------------------------------------------------------------


@pytest.fixture
def recorded_build(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace the library build with a recorder, to check what the CLI passes it."""
    calls: list[dict[str, Any]] = []

    def fake_build(inputs: list[Path], out: Path, **options: Any) -> build_module.BuildSummary:
        calls.append({"inputs": inputs, "out": out, **options})
        counts = build_module.Counts(documents=2, gold=None)
        counts.add({"type": "direct", "speaker": {"name": "A", "resolution": "name"}})
        return build_module.BuildSummary(out=out, counts=counts, model=MODEL, inputs=[])

    monkeypatch.setattr(build_module, "build", fake_build)
    return calls


def test_cli_build_defaults_to_the_seeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded_build: list[dict[str, Any]]
) -> None:
    monkeypatch.chdir(tmp_path)
    seeds = Path("seeds")
    seeds.mkdir()
    for name in ["b.txt", "a.txt", "gold.jsonl", "metadata.jsonl", "notes.md"]:
        (seeds / name).write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["build"])
    assert (result.exit_code, result.stdout) == (0, "Built dataset: 2 documents, 1 attributions (direct 1)\n")
    (call,) = recorded_build
    assert call["inputs"] == [Path("seeds")]  # its gold.jsonl and metadata.jsonl are its sidecars
    assert call["out"] == Path("dataset")
    assert (call["gold"], call["metadata"]) == (None, None)
    assert (call["model"], call["workers"]) == (None, 1)
    assert (call["skip_bad"], call["force"], call["engine"], call["progress"].line) == (
        False,
        False,
        "local",
        None,
    )


def test_cli_build_with_explicit_inputs_takes_no_seed_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded_build: list[dict[str, Any]]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("seeds").mkdir()
    Path("seeds/gold.jsonl").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", "news", "more.jsonl", "--out", "out", "--model", "m", "--workers", "3", "--no-cap"]
    )
    assert result.exit_code == 0, result.output
    (call,) = recorded_build
    assert call["inputs"] == [Path("news"), Path("more.jsonl")]
    assert (call["out"], call["gold"], call["metadata"], call["model"], call["workers"]) == (
        Path("out"),
        None,
        None,
        "m",
        3,
    )


@pytest.mark.parametrize(
    ("args", "setup", "exit_code", "message"),
    [
        (["build"], None, 1, "Error: no INPUTS given and no seeds/*.txt articles in the current directory\n"),
        (
            ["build", "a.txt", "--out", "mine"],
            "foreign",
            1,
            "Error: mine: exists and was not written by 'quotes build' (no .quotes-dataset file); "
            "refusing to replace it; choose another --out, remove it, or pass --force\n",
        ),
        (
            ["build", "missing.txt", "--out", "new"],
            None,
            1,
            "Error: missing.txt: no such file or directory\n",
        ),
        (
            ["build", "empty", "--out", "new"],
            "empty",
            1,
            "Error: no articles found in empty; expected .txt, .jsonl, .jsonl.gz or .parquet files, "
            "or directories holding them\n",
        ),
        (["build", "--workers", "0"], None, 2, "Invalid value for '--workers': 0 is not in the range x>=1."),
        (
            ["build", "--gold", "nope.jsonl"],
            None,
            2,
            "Invalid value for '--gold': File 'nope.jsonl' does not exist.",
        ),
    ],
)
def test_cli_build_errors(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    setup: str | None,
    exit_code: int,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("She said so.", encoding="utf-8")
    if setup == "empty":
        Path("empty").mkdir()
    if setup == "foreign":
        Path("mine").mkdir()
        Path("mine/keep.txt").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == exit_code, result.output
    assert message in result.stderr
    if setup == "foreign":
        assert Path("mine/keep.txt").read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize(
    ("args", "terminal", "progress"),
    [([], True, True), (["--quiet"], True, False), ([], False, False), (["-q"], False, False)],
)
def test_cli_build_progress_only_on_a_terminal_and_not_quiet(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    recorded_build: list[dict[str, Any]],
    args: list[str],
    terminal: bool,
    progress: bool,
) -> None:
    from quotes import running

    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    for name in ("a.txt", "b.txt"):
        Path("news", name).write_text("x", encoding="utf-8")
    monkeypatch.setattr(running, "stderr_is_terminal", lambda: terminal)
    result = CliRunner().invoke(main, ["build", "news", *args])
    assert result.exit_code == 0, result.output
    (call,) = recorded_build
    line = call["progress"].line  # the per-document callback always runs; the line only when shown
    assert (line is not None) == progress
    if progress:
        assert line.total == 2  # counted before the build: the line can show time left


def test_cli_build_passes_its_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded_build: list[dict[str, Any]]
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["build", "news", "--skip-bad", "--force", "--engine", "ray", "--workers", "4"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    (call,) = recorded_build
    assert (call["skip_bad"], call["force"], call["engine"], call["workers"]) == (True, True, "ray", 4)


def test_skipped_articles_are_listed_in_the_summary(tmp_path: Path) -> None:
    skipped = [build_module.SkippedArticle("a.jsonl, line 2", "not valid JSON")]
    pairs = [*_corpus(1), (Document("doc-x", "x", date="May 2024"), [])]
    summary = publish(pairs, tmp_path / "dataset", model=MODEL, skipped=skipped)
    written = json.loads((tmp_path / "dataset" / "build_summary.json").read_text(encoding="utf-8"))
    assert written["skipped"][0] == {"where": "a.jsonl, line 2", "reason": "not valid JSON"}
    assert written["skipped"][1]["where"] == "document 'doc-x'"
    assert "$.date -> 'May 2024' is not a 'date'" in written["skipped"][1]["reason"]
    assert summary.counts.documents == 1


def test_force_replaces_a_foreign_directory_but_never_a_file(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    publish(_corpus(1), out, model=MODEL, force=True)
    assert (out / MARKER).is_file() and not (out / "notes.txt").exists()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(BuildError, match="exists and is not a directory"):
        publish(_corpus(1), tmp_path / "file", model=MODEL, force=True)


def test_leftovers_of_a_live_build_are_not_touched(tmp_path: Path) -> None:
    import os

    out = tmp_path / "dataset"
    live = tmp_path / f".dataset.build-{os.getpid()}-inuse"
    live.mkdir()
    publish(_corpus(1), out, model=MODEL)
    assert live.is_dir()


def _seed_corpus(folder: Path, seeds_dir: Path, ids: list[str]) -> Path:
    """A few seed articles with their own lines of the seeds' gold and metadata, and the guidelines."""
    folder.mkdir()
    for doc_id in ids:
        (folder / f"{doc_id}.txt").write_bytes((seeds_dir / f"{doc_id}.txt").read_bytes())
    for sidecar, key in (("gold.jsonl", "doc_id"), ("metadata.jsonl", "id")):
        lines = (seeds_dir / sidecar).read_text(encoding="utf-8").splitlines(keepends=True)
        (folder / sidecar).write_text(
            "".join(line for line in lines if json.loads(line)[key] in ids), encoding="utf-8"
        )
    (folder / "ANNOTATION.md").write_bytes((seeds_dir / "ANNOTATION.md").read_bytes())
    return folder


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning")
def test_ray_engine_builds_the_same_data(tmp_path: Path, seeds_dir: Path, local_ray) -> None:
    from quotes.dataset.build import build

    corpus = _seed_corpus(tmp_path / "corpus", seeds_dir, ["000_da9f7f9f92541ef4", "004_4efca3e10226a97e"])
    out = tmp_path / "out"
    local = build([corpus], out / "local")
    ray = build([corpus], out / "ray", engine="ray", workers=2)
    assert ray.counts.to_dict() == local.counts.to_dict()
    for config in ("documents", "attributions", "gold"):
        tables = [
            sorted(
                (
                    row
                    for file in sorted((folder / "data" / config).glob("*.parquet"))
                    for row in pq.read_table(file).to_pylist()
                ),
                key=lambda row: row["id"],
            )
            for folder in (out / "local", out / "ray")
        ]
        assert tables[0] == tables[1], config
        assert tables[0], config
    assert validate_path(out / "ray") == []
    assert (out / "ray" / MARKER).is_file()
    card = (out / "ray" / "README.md").read_text(encoding="utf-8")
    assert card == (out / "local" / "README.md").read_text(encoding="utf-8")
    assert local.counts.documents == 2 and local.counts.gold == 11  # the seeds' gold of these two articles
    assert sorted(path.name for path in out.iterdir()) == ["local", "ray"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"engine": "spark"}, "unknown engine 'spark'; expected one of local, ray"),
        ({"engine": "ray", "skip_bad": True}, "the ray engine stops at the first bad article"),
    ],
)
def test_build_refuses_engine_options_it_cannot_honour(
    tmp_path: Path, options: dict[str, Any], message: str
) -> None:
    from quotes.dataset.build import build

    (tmp_path / "a.txt").write_text("She said so.", encoding="utf-8")
    with pytest.raises(BuildError, match=message):
        build([tmp_path / "a.txt"], tmp_path / "out", **options)
    assert not (tmp_path / "out").exists()


# --- --category ----------------------------------------------------------------------------------


def test_keep_categories_keeps_only_the_chosen_ones() -> None:
    (document, quotes), *_ = _corpus(1)
    belief = dataclasses.replace(quotes[0], category="belief")
    pairs = [(document, [quotes[1], belief])]
    assert [a.category for _, kept in build_module.keep_categories(pairs, ["belief"]) for a in kept] == [
        "belief"
    ]
    assert [len(kept) for _, kept in build_module.keep_categories(pairs, ())] == [2]


def test_an_unknown_category_or_the_ray_engine_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="unknown category 'opinion'; expected one of assertion, belief"):
        build_module.build([tmp_path], tmp_path / "out", categories=["opinion"])
    with pytest.raises(BuildError, match="needs the local engine"):
        build_module.build([tmp_path], tmp_path / "out", categories=["belief"], engine="ray")


def test_cli_build_passes_each_category(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded_build: list[dict[str, Any]]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "news", "--category", "assertion", "--category", "belief"])
    assert result.exit_code == 0, result.output
    assert recorded_build[0]["categories"] == ("assertion", "belief")
    refused = CliRunner().invoke(main, ["build", "news", "--category", "opinion"])
    assert refused.exit_code == 2 and "'opinion' is not one of" in refused.output
