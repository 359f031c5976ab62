"""Tests for quotes.read.io: record files read in order, errors that say where, atomic writes."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quotes.read.io import InputError, read_records, write_jsonl
from tests.read.file_helpers import write_lines

# --- read_records --------------------------------------------------------------------------------


def test_read_records_jsonl_in_order_skipping_blank_lines(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "records.jsonl", ['{"id": "a", "n": 1}', "", "  ", '{"id": "b", "n": 2}'])
    assert list(read_records(path)) == [{"id": "a", "n": 1}, {"id": "b", "n": 2}]


def test_read_records_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write('{"id": "a"}\n{"id": "b"}\n')
    assert [r["id"] for r in read_records(path)] == ["a", "b"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("{not json", "records.jsonl, line 2: not valid JSON"),
        ("[1, 2]", "records.jsonl, line 2: expected a JSON object, got an array"),
        ('"text"', "records.jsonl, line 2: expected a JSON object, got a string"),
        ("null", "records.jsonl, line 2: expected a JSON object, got null"),
    ],
)
def test_read_records_bad_line_names_file_and_line(tmp_path: Path, line: str, expected: str) -> None:
    path = write_lines(tmp_path / "records.jsonl", ['{"id": "a"}', line])
    records = read_records(path)
    assert next(records) == {"id": "a"}  # streamed: the good line comes before the error
    with pytest.raises(InputError, match="each line must be one JSON object") as info:
        next(records)
    assert expected in str(info.value)
    assert info.value.line == 2
    assert info.value.path == path


def test_read_records_dataset_dir_reads_parquet_files_in_sorted_order(tmp_path: Path) -> None:
    config_dir = tmp_path / "dataset" / "data" / "documents"
    config_dir.mkdir(parents=True)
    metadata_type = pa.list_(pa.struct([("key", pa.string()), ("value", pa.string())]))
    schema = pa.schema([("id", pa.string()), ("metadata", metadata_type)])
    pq.write_table(
        pa.table({"id": ["c"], "metadata": [[]]}, schema=schema), config_dir / "train-00001.parquet"
    )
    pq.write_table(
        pa.table({"id": ["a", "b"], "metadata": [[{"key": "k", "value": "v"}], []]}, schema=schema),
        config_dir / "train-00000.parquet",
    )
    rows = list(read_records(tmp_path / "dataset", config="documents"))
    assert rows == [
        {"id": "a", "metadata": [{"key": "k", "value": "v"}]},
        {"id": "b", "metadata": []},
        {"id": "c", "metadata": []},
    ]


def test_read_records_missing_config_lists_the_ones_found(tmp_path: Path) -> None:
    (tmp_path / "dataset" / "data" / "documents").mkdir(parents=True)
    with pytest.raises(InputError, match=r"config 'attributions'.*configs found: documents"):
        list(read_records(tmp_path / "dataset"))


@pytest.mark.parametrize("name", ["missing.jsonl", "missing-dir"])
def test_read_records_missing_path(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match=f"{name}: no such file or directory"):
        list(read_records(tmp_path / name))


def test_read_records_unsupported_file(tmp_path: Path) -> None:
    path = tmp_path / "records.csv"
    path.write_text("id\n")
    with pytest.raises(InputError, match=r"expected a \.jsonl or \.jsonl\.gz file or a dataset directory"):
        list(read_records(path))


def test_input_error_pickles() -> None:
    import pickle

    error = InputError("a.jsonl", "bad", line=2, row=None, offset=7)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.path, copy.line, copy.offset, copy.row) == (
        InputError,
        "a.jsonl, line 2, byte offset 7: bad",
        Path("a.jsonl"),
        2,
        7,
        None,
    )


# --- write_jsonl -----------------------------------------------------------------------------------

RECORDS = [{"id": "a", "text": "\u201cNo,\u201d\u00a0she said.\r\n"}, {"b": 1, "a": 2}]


def test_write_jsonl_to_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    assert write_jsonl(iter(RECORDS), path) == 2
    assert path.read_text(encoding="utf-8") == (
        '{"id": "a", "text": "\u201cNo,\u201d\u00a0she said.\\r\\n"}\n{"b": 1, "a": 2}\n'
    )
    assert list(read_records(path)) == RECORDS
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_write_jsonl_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert write_jsonl(RECORDS, None) == 2
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == RECORDS


def test_write_jsonl_failure_leaves_existing_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("old\n")

    def records():
        yield {"id": "new"}
        raise InputError(tmp_path / "in.jsonl", "boom", line=3)

    with pytest.raises(InputError, match="boom"):
        write_jsonl(records(), path)
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
