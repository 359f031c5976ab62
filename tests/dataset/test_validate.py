"""Record validation: schema problems with JSON paths, cross-field checks, files and dataset directories."""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from quotes.cli import main
from quotes.dataset.build import publish
from quotes.dataset.validate import ValidationError, check_path, json_path, validate_path, validate_record
from quotes.records import Attribution, Cue, Document, Speaker

ARTICLE = 'Mr Wallace said "we will not stop" on Friday.'
QUOTE = Attribution(
    doc_id="doc-1",
    type="direct",
    text="we will not stop",
    start=17,
    end=33,
    speaker=Speaker("Ben Wallace", "Mr Wallace", 0, 10, "person", "honorific"),
    cue=Cue("said", "say", 11, 15),
    confidence=0.9,
)
DOCUMENT = Document("doc-1", ARTICLE, url="https://www.gov.uk/a", date="2022-09-30")


def _with(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    changed = copy.deepcopy(record)
    for dotted, value in changes.items():
        node = changed
        *parents, last = dotted.split("__")
        for key in parents:
            node = node[key]
        node[last] = value
    return changed


@pytest.mark.parametrize(
    ("parts", "expected"),
    [((), "$"), (("speaker", "kind"), "$.speaker.kind"), (("metadata", 0, "key"), "$.metadata[0].key")],
)
def test_json_path(parts: tuple[str | int, ...], expected: str) -> None:
    assert json_path(parts) == expected


def test_valid_records_have_no_problems() -> None:
    assert validate_record(QUOTE.to_dict(), "attribution", article=ARTICLE) == []
    assert validate_record(QUOTE.to_dict(), "gold", article=ARTICLE) == []
    assert validate_record(QUOTE.to_dict(), "attribution") == []
    assert validate_record(DOCUMENT.to_dict(), "document") == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"start": 20, "id": "doc-1:20-17", "end": 17}, "$.start -> start 20 is after end 17"),
        (
            {"text": "we will stop"},
            "$.text -> 'we will stop' is not the article's text[17:33] 'we will not stop'",
        ),
        (
            {"end": 60, "start": 44, "text": ".", "id": "doc-1:44-60"},
            "$.end -> 60 is past the end of the article (45",
        ),
        ({"id": "doc-1:0-1"}, "$.id -> 'doc-1:0-1' is not doc_id:start-end (doc-1:17-33)"),
        ({"speaker__mention": "Wallace"}, "$.speaker.mention -> 'Wallace' is not the article's text[0:10]"),
        ({"speaker__end": None}, "$.speaker -> start and end must both be null or both be offsets"),
        ({"speaker__mention": None}, "$.speaker.mention -> is null but the speaker has a span"),
        ({"cue__start": 12}, "$.cue.text -> 'said' is not the article's text[12:15] 'aid'"),
        ({"cue__start": 16, "cue__end": 15}, "$.cue.start -> start 16 is after end 15"),
        ({"speaker__kind": "robot"}, "$.speaker.kind -> 'robot' is not one of"),
    ],
)
def test_cross_field_problems_with_the_article(changes: dict[str, Any], expected: str) -> None:
    problems = validate_record(_with(QUOTE.to_dict(), **changes), "attribution", article=ARTICLE)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_without_the_article_span_lengths_are_still_checked() -> None:
    problems = validate_record(_with(QUOTE.to_dict(), text="we will stop"), "attribution")
    assert problems == ["$.text -> has 12 characters but the span 17-33 has 16"]


def test_schema_problems_come_before_cross_field_checks() -> None:
    record = _with(QUOTE.to_dict(), start="17")
    assert validate_record(record, "attribution", article=ARTICLE) == [
        "$.start -> '17' is not of type 'integer'"
    ]


def _jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_jsonl_of_attributions(tmp_path: Path) -> None:
    bad = _with(QUOTE.to_dict(), speaker__kind="robot")
    path = _jsonl(tmp_path / "quotes.jsonl", [QUOTE.to_dict(), bad, QUOTE.to_dict()])
    assert validate_path(path) == [
        f"{path}: record 2 (id=doc-1:17-33): $.speaker.kind -> 'robot' is not one of "
        "['person', 'organization', 'group', 'unknown']",
        f"{path}: record 2 (id=doc-1:17-33): $.id -> duplicate id 'doc-1:17-33'",
        f"{path}: record 3 (id=doc-1:17-33): $.id -> duplicate id 'doc-1:17-33'",
    ]


def test_jsonl_of_documents_is_recognised(tmp_path: Path) -> None:
    bad = _with(DOCUMENT.to_dict(), id="doc-2", date="2022-02-30")
    path = _jsonl(tmp_path / "docs.jsonl", [DOCUMENT.to_dict(), bad])
    report = check_path(path)
    assert report.records == 2
    assert report.problems == [f"{path}: record 2 (id=doc-2): $.date -> '2022-02-30' is not a 'date'"]


def test_gzipped_jsonl_and_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(QUOTE.to_dict()) + "\n\n{not json\n")
    assert validate_path(path) == [
        f"{path}: record 3 (id=None): $ -> invalid JSON: Expecting property name enclosed in double quotes"
    ]


@pytest.mark.parametrize("name", ["notes.txt", "missing.jsonl"])
def test_path_that_cannot_be_validated(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("x", encoding="utf-8")
    with pytest.raises(ValidationError, match="cannot validate this path; expected a dataset directory"):
        validate_path(path)


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    out = tmp_path / "dataset"
    publish(
        [(DOCUMENT, [QUOTE]), (Document("doc-2", "Nothing quoted."), [])],
        out,
        model={"name": "m", "version": "1"},
    )
    return out


def _corrupt(shard: Path, row: int, **changes: Any) -> None:
    table = pq.read_table(shard)
    rows = table.to_pylist()
    rows[row] = _with(rows[row], **changes)
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), shard)


def test_dataset_directory_is_valid(dataset: Path) -> None:
    report = check_path(dataset)
    assert (report.records, report.problems) == (3, [])


def test_corrupted_dataset_is_rejected_with_the_json_path(dataset: Path) -> None:
    shard = next((dataset / "data" / "attributions").glob("*.parquet"))
    _corrupt(shard, 0, speaker__kind="robot", cue__text="says")
    assert validate_path(dataset) == [
        f"{shard}: record 1 (id=doc-1:17-33): $.speaker.kind -> 'robot' is not one of "
        "['person', 'organization', 'group', 'unknown']",
    ]
    _corrupt(shard, 0, speaker__kind="person")
    assert validate_path(dataset) == [
        f"{shard}: record 1 (id=doc-1:17-33): $.cue.text -> 'says' is not the article's text[11:15] 'said'",
    ]


def test_attribution_of_a_missing_document_is_reported(dataset: Path) -> None:
    shard = next((dataset / "data" / "attributions").glob("*.parquet"))
    _corrupt(shard, 0, doc_id="doc-9", id="doc-9:17-33")
    assert validate_path(dataset) == [
        f"{shard}: record 1 (id=doc-9:17-33): $.doc_id -> no document with id 'doc-9'"
    ]


def test_directory_without_documents_is_not_a_dataset(tmp_path: Path) -> None:
    assert validate_path(tmp_path) == [f"{tmp_path}: not a dataset directory (no data/documents/*.parquet)"]


def test_cli_validate_valid_dataset(dataset: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(dataset)])
    assert (result.exit_code, result.output) == (0, "3 records valid\n")


def test_cli_validate_rejects_corrupted_dataset(dataset: Path) -> None:
    shard = next((dataset / "data" / "documents").glob("*.parquet"))
    _corrupt(shard, 1, url="not a url")
    result = CliRunner().invoke(main, ["validate", str(dataset)])
    assert result.exit_code == 1
    assert result.stdout == f"{shard}: record 2 (id=doc-2): $.url -> 'not a url' is not a 'uri'\n"
    assert result.stderr == "1 problem in 3 records\n"


def test_cli_validate_rejects_bad_jsonl(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "gold.jsonl", [_with(QUOTE.to_dict(), confidence=2)])
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert (
        result.stdout
        == f"{path}: record 1 (id=doc-1:17-33): $.confidence -> 2 is greater than the maximum of 1\n"
    )


@pytest.mark.parametrize(
    ("name", "exit_code", "message"),
    [
        ("missing", 2, "Error: Invalid value for 'PATH': Path"),
        (
            "notes.txt",
            1,
            "Error: {path}: cannot validate this path; expected a dataset directory, a .jsonl(.gz) "
            "file or a .parquet file\n",
        ),
    ],
)
def test_cli_validate_errors(tmp_path: Path, name: str, exit_code: int, message: str) -> None:
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == exit_code
    assert message.format(path=path) in result.stderr


def test_single_parquet_shard(dataset: Path) -> None:
    documents = next((dataset / "data" / "documents").glob("*.parquet"))
    attributions = next((dataset / "data" / "attributions").glob("*.parquet"))
    assert (check_path(documents).records, check_path(documents).problems) == (2, [])
    _corrupt(attributions, 0, text="we will")
    assert validate_path(attributions) == [
        f"{attributions}: record 1 (id=doc-1:17-33): $.text -> has 7 characters but the span 17-33 has 16"
    ]


@given(article=st.text(min_size=1, max_size=200), data=st.data())
def test_any_span_of_the_article_is_valid(article: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(article) - 1))
    end = data.draw(st.integers(min_value=start + 1, max_value=len(article)))
    nobody = Speaker(None, None, None, None)
    quote = Attribution("d", "direct", article[start:end], start, end, nobody, None, 0.5)
    assert validate_record(quote.to_dict(), "attribution", article=article) == []
    shifted = _with(quote.to_dict(), text=article[start:end] + "x")
    assert validate_record(shifted, "attribution", article=article) != []


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown record kind 'quote'"):
        validate_record({}, "quote")
