"""Tests for quotes.read.articles: every input format, exact text, errors that say where."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from quotes.read.articles import check_document_id, count_documents, gold_sidecars, read_documents
from quotes.read.io import InputError
from quotes.records import Document
from tests.read.file_helpers import write_lines

# --- read_documents: formats -----------------------------------------------------------------------

# Text with everything that must survive reading unchanged: CRLF, NBSP, zero-width space, curly quotes.
AWKWARD = "Headline\r\n\r\n\u201cWe will\u00a0not,\u201d said Ms\u200bSmith.\r\nEnd \u2028 here.\n"


def read_all(*paths: Path, **kwargs) -> list[Document]:
    return list(read_documents(list(paths), **kwargs))


def test_txt_is_read_exactly_as_stored(tmp_path: Path) -> None:
    path = tmp_path / "article-1.txt"
    path.write_bytes(AWKWARD.encode("utf-8"))
    [document] = read_all(path)
    assert document == Document(id="article-1", text=AWKWARD)
    assert document.text.encode("utf-8") == path.read_bytes()


def test_file_byte_order_mark_is_dropped_and_a_text_field_kept_as_given(tmp_path: Path) -> None:
    text = "Said \ufeffhe."  # a U+FEFF inside the text is content, not an encoding mark
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "bom.jsonl").write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"id": "j", "text": "\ufeff" + text}).encode("utf-8") + b"\n"
    )
    # the file's BOM is encoding; the one opening the JSONL text field is the user's text
    assert [(d.id, d.text) for d in read_all(tmp_path)] == [("j", "\ufeff" + text), ("bom", text)]


@pytest.mark.parametrize("text", ["", " ", "\r\n\t\u00a0\n"])
def test_empty_and_whitespace_articles_are_documents(tmp_path: Path, text: str) -> None:
    (tmp_path / "blank.txt").write_bytes(text.encode("utf-8"))
    write_lines(tmp_path / "blank.jsonl", [json.dumps({"id": "j", "text": text})])
    assert [(d.id, d.text) for d in read_all(tmp_path)] == [("j", text), ("blank", text)]


def test_jsonl_fields_map_to_document_and_metadata(tmp_path: Path) -> None:
    record = {
        "id": "a1",
        "text": AWKWARD,
        "title": "T",
        "url": "https://example.org/a1",
        "outlet": "Example",
        "date": "2024-05-01",
        "date_estimated": True,
        "section": "politics",
        "words": 12,
        "tags": ["x", "y"],
        "byline": None,
    }
    path = write_lines(tmp_path / "articles.jsonl", [json.dumps(record, ensure_ascii=False)])
    [document] = read_all(path)
    assert document == Document(
        id="a1",
        text=AWKWARD,
        title="T",
        url="https://example.org/a1",
        outlet="Example",
        date="2024-05-01",
        date_estimated=True,
        metadata={"section": "politics", "words": "12", "tags": '["x", "y"]'},
    )


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2024-05-01", "2024-05-01"),
        ("2024-05-01T23:30:00Z", "2024-05-01"),  # a date-time keeps its date, as written
        ("2024-05-01 10:00:00+02:00", "2024-05-01"),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_iso_dates(tmp_path: Path, date: str | None, expected: str | None) -> None:
    path = write_lines(tmp_path / "in.jsonl", [json.dumps({"id": "a", "text": "t", "date": date, "url": ""})])
    [document] = read_all(path)
    assert (document.date, document.url) == (expected, None)


@pytest.mark.parametrize("date", ["12/05/2024", "2024-13-01", "2024", "yesterday", "20240501"])
def test_dates_that_are_not_iso_are_errors(tmp_path: Path, date: str) -> None:
    path = write_lines(tmp_path / "in.jsonl", [json.dumps({"id": "a", "text": "t", "date": date})])
    expected = f"in.jsonl, line 1: 'date' must be an ISO 8601 date (YYYY-MM-DD) or date-time, got {date!r}"
    with pytest.raises(InputError) as info:
        read_all(path)
    assert expected in str(info.value)


def test_jsonl_ids_missing_or_integer(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "feed.jsonl.gz.jsonl",
        ['{"text": "one"}', "", '{"id": 7, "text": "two"}', '{"id": null, "text": "three"}'],
    )
    assert [d.id for d in read_all(path)] == ["feed.jsonl.gz-1", "7", "feed.jsonl.gz-4"]


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "g", "text": AWKWARD, "outlet": "O"}) + "\n" + '{"text": "x"}\n')
    assert [(d.id, d.text, d.outlet) for d in read_all(path)] == [("g", AWKWARD, "O"), ("feed-2", "x", None)]


def document_table(rows: list[dict]) -> pa.Table:
    metadata_type = pa.list_(pa.struct([("key", pa.string()), ("value", pa.string())]))
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("text", pa.string()),
            ("title", pa.string()),
            ("date", pa.date32()),
            ("date_estimated", pa.bool_()),
            ("metadata", metadata_type),
        ]
    )
    return pa.Table.from_pylist(rows, schema=schema)


PARQUET_ROWS = [
    {
        "id": "p1",
        "text": AWKWARD,
        "title": "One",
        "date": dt.date(2024, 5, 1),
        "date_estimated": False,
        "metadata": [{"key": "section", "value": "news"}],
    },
    {"id": "p2", "text": "", "title": None, "date": None, "date_estimated": None, "metadata": None},
]
PARQUET_DOCUMENTS = [
    Document(id="p1", text=AWKWARD, title="One", date="2024-05-01", metadata={"section": "news"}),
    Document(id="p2", text=""),
]


def test_parquet_file(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    pq.write_table(document_table(PARQUET_ROWS), path)
    assert read_all(path) == PARQUET_DOCUMENTS


def test_hub_style_dataset_dir_reads_its_documents_config(tmp_path: Path) -> None:
    dataset = tmp_path / "dataset"
    (dataset / "data" / "documents").mkdir(parents=True)
    (dataset / "data" / "attributions").mkdir(parents=True)
    (dataset / "README.md").write_text("---\n---\n")
    pq.write_table(document_table(PARQUET_ROWS[1:]), dataset / "data" / "documents" / "train-00001.parquet")
    pq.write_table(document_table(PARQUET_ROWS[:1]), dataset / "data" / "documents" / "train-00000.parquet")
    pq.write_table(pa.table({"id": ["p1:0-1"]}), dataset / "data" / "attributions" / "train-0.parquet")
    assert read_all(dataset) == PARQUET_DOCUMENTS


def test_hub_style_dataset_dir_with_several_configs_and_no_documents(tmp_path: Path) -> None:
    for config in ("a", "b"):
        (tmp_path / "data" / config).mkdir(parents=True)
        pq.write_table(document_table(PARQUET_ROWS), tmp_path / "data" / config / "x.parquet")
    with pytest.raises(InputError, match=r"none is named 'documents' \(found: a, b\)"):
        read_all(tmp_path)


def test_save_to_disk_dataset_dir(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    rows = [
        {"id": "s1", "text": AWKWARD, "outlet": "O", "extra": 3},
        {"id": "s2", "text": " ", "outlet": None, "extra": None},
    ]
    datasets.Dataset.from_list(rows).save_to_disk(str(tmp_path / "saved"))
    assert read_all(tmp_path / "saved") == [
        Document(id="s1", text=AWKWARD, outlet="O", metadata={"extra": "3"}),
        Document(id="s2", text=" "),
    ]


def test_save_to_disk_dataset_dict_reads_every_split(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    splits = datasets.DatasetDict(
        {
            "train": datasets.Dataset.from_list([{"id": "t", "text": "train text"}]),
            "test": datasets.Dataset.from_list([{"id": "u", "text": "test text"}]),
        }
    )
    splits.save_to_disk(str(tmp_path / "saved"))
    assert [d.id for d in read_all(tmp_path / "saved")] == ["t", "u"]


def test_directory_is_walked_in_sorted_order(tmp_path: Path) -> None:
    # Created out of order; hidden entries and other file types are passed over.
    (tmp_path / "b" / "inner").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "inner" / "z.txt").write_text("z")
    (tmp_path / "c.txt").write_text("c")
    (tmp_path / "a.txt").write_text("a")
    write_lines(tmp_path / "b" / "m.jsonl", ['{"id": "m", "text": "m"}'])
    (tmp_path / ".hidden" / "h.txt").write_text("h")
    (tmp_path / ".h.txt").write_text("h")
    (tmp_path / "README.md").write_text("# notes")
    first = [d.id for d in read_all(tmp_path)]
    assert first == ["a", "z", "m", "c"]
    assert [d.id for d in read_all(tmp_path)] == first


def test_directory_sidecars_are_metadata_and_gold_not_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("A")
    (corpus / "sub" / "b.txt").write_text("B")
    write_lines(corpus / "c.jsonl", ['{"id": "c", "text": "C", "title": "Own"}'])
    write_lines(
        corpus / "metadata.jsonl",
        [
            '{"id": "a", "outlet": "Paper"}',
            '{"id": "b", "date": "2024-01-02", "outlet": "Far"}',
            '{"id": "c", "title": "T"}',
        ],
    )
    write_lines(corpus / "sub" / "metadata.jsonl", ['{"id": "b", "title": "Inner", "outlet": "Near"}'])
    write_lines(corpus / "gold.jsonl", ['{"id": "a:0-1", "doc_id": "a"}'])
    overrides = write_lines(tmp_path / "meta.jsonl", ['{"id": "c", "title": "Given"}'])
    assert read_all(corpus) == [
        Document(id="a", text="A", outlet="Paper"),
        Document(id="c", text="C", title="T"),
        Document(id="b", text="B", title="Inner", outlet="Near", date="2024-01-02"),  # nearest wins
    ]
    assert read_all(corpus, metadata=overrides)[1].title == "Given"  # --metadata wins over the sidecar
    assert count_documents([corpus]) == 3
    assert gold_sidecars([corpus, corpus / "sub", corpus / "a.txt"]) == [corpus / "gold.jsonl"]
    # Named explicitly, the files are read as what they are given as.
    assert [d.id for d in read_all(corpus / "c.jsonl")] == ["c"]


def test_bad_metadata_sidecar_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A")
    write_lines(tmp_path / "metadata.jsonl", ['{"id": "a", "date": "May"}'])
    with pytest.raises(InputError, match=r"metadata\.jsonl, line 1: 'date' must be an ISO 8601 date"):
        read_all(tmp_path, on_error=lambda error: None)


def test_count_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("")
    write_lines(tmp_path / "b.jsonl", ['{"text": "x"}', "", '{"text": "y"}', "not json"])
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write('{"text": "z"}\n')
    pq.write_table(pa.table({"id": ["p", "q"], "text": ["P", "Q"]}), tmp_path / "d.parquet")
    assert count_documents([tmp_path]) == 1 + 3 + 1 + 2
    assert count_documents([tmp_path / "missing"]) is None


def test_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    assert [d.id for d in read_all(tmp_path / "b.txt", tmp_path / "a.txt")] == ["b", "a"]


def test_metadata_file_fills_and_overrides_document_fields(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A text")
    write_lines(
        tmp_path / "in" / "b.jsonl", ['{"id": "b", "text": "B", "title": "Own", "url": "u", "k": "1"}']
    )
    metadata = write_lines(
        tmp_path / "meta.jsonl",
        [
            '{"id": "a", "outlet": "The Paper", "title": "A", "url": "https://x/a", "date": "2024-01-02",'
            ' "date_estimated": true}',
            '{"id": "b", "title": "New", "url": null, "desk": "foreign"}',
            '{"id": "not-read", "title": "unused"}',
        ],
    )
    assert read_all(tmp_path / "in", metadata=metadata) == [
        Document(
            id="a",
            text="A text",
            title="A",
            url="https://x/a",
            outlet="The Paper",
            date="2024-01-02",
            date_estimated=True,
        ),
        Document(id="b", text="B", title="New", url="u", metadata={"k": "1", "desk": "foreign"}),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"title": "no id"}', "meta.jsonl, line 1: 'id' must be a string, got null"),
        ('{"id": "a", "date_estimated": "yes"}', "meta.jsonl, line 1: 'date_estimated' must be true"),
        ('{"id": "a", "title": 3}', "meta.jsonl, line 1: 'title' must be a string or null, got a number"),
        ("[]", "meta.jsonl, line 1: expected a JSON object, got an array"),
    ],
)
def test_bad_metadata_file_raises_before_reading(tmp_path: Path, line: str, expected: str) -> None:
    (tmp_path / "a.txt").write_text("A")
    metadata = write_lines(tmp_path / "meta.jsonl", [line])
    with pytest.raises(InputError) as info:
        read_all(tmp_path / "a.txt", metadata=metadata, on_error=lambda error: None)
    assert expected in str(info.value)


def test_duplicate_metadata_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A")
    metadata = write_lines(tmp_path / "meta.jsonl", ['{"id": "a"}', '{"id": "a"}'])
    with pytest.raises(InputError, match="line 2: duplicate metadata for id 'a', first at line 1"):
        read_all(tmp_path / "a.txt", metadata=metadata)


# --- read_documents: streaming ---------------------------------------------------------------------


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"d{i}", "text": "x" * 1000}) for i in range(2000)] + ["{broken"]
    path = write_lines(tmp_path / "big.jsonl", lines)
    documents = read_documents([path])
    assert next(documents).id == "d0"  # yielded before the broken last line is reached
    with pytest.raises(InputError, match="line 2001: not valid JSON"):
        list(documents)


def test_parquet_is_streamed_by_batches(tmp_path: Path) -> None:
    rows = [{"id": f"p{i}", "text": "x"} for i in range(1000)] + [{"id": "bad", "text": None}]
    path = tmp_path / "big.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=100)
    documents = read_documents([path])
    assert next(documents).id == "p0"
    with pytest.raises(InputError, match="row 1001: 'text' must be a string, got null"):
        list(documents)


def test_nothing_is_read_until_iterated(tmp_path: Path) -> None:
    documents = read_documents([tmp_path / "missing.txt"])  # a generator: no error yet
    with pytest.raises(InputError, match="missing.txt: no such file or directory"):
        next(documents)


# --- read_documents: errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"ok \xff bad", "bad.txt, byte offset 3: invalid UTF-8 (byte 0xff); articles must be UTF-8 text"),
        (b"\xef\xbb\xbfab\xc3", "bad.txt, byte offset 5: invalid UTF-8 (byte 0xc3)"),
        (
            b"PK\x03\x04\x00\x00",
            "bad.txt, byte offset 4: binary file (NUL byte); articles must be UTF-8 text",
        ),
        ("UTF-16".encode("utf-16"), "bad.txt, byte offset 0: UTF-16 text (byte-order mark)"),
    ],
)
def test_bad_text_file(tmp_path: Path, content: bytes, expected: str) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    with pytest.raises(InputError) as info:
        read_all(tmp_path / "bad.txt")
    assert expected in str(info.value)
    assert info.value.path == tmp_path / "bad.txt"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("{oops", "in.jsonl, line 2: not valid JSON (Expecting property name"),
        ('["id", "text"]', "in.jsonl, line 2: expected a JSON object, got an array"),
        ('{"id": "b"}', "in.jsonl, line 2: no 'text'; each article needs a 'text' (a string) and an 'id'"),
        ('{"id": "b", "text": 5}', "in.jsonl, line 2: 'text' must be a string, got a number"),
        ('{"id": "b", "text": null}', "in.jsonl, line 2: 'text' must be a string, got null"),
        ('{"id": "b", "text": ["a"]}', "in.jsonl, line 2: 'text' must be a string, got an array"),
        ('{"id": true, "text": "t"}', "in.jsonl, line 2: 'id' must be a string, got a boolean"),
        (
            '{"id": "b", "text": "t", "url": 1}',
            "in.jsonl, line 2: 'url' must be a string or null, got a number",
        ),
        ('{"id": "b", "text": "t", "date_estimated": 1}', "in.jsonl, line 2: 'date_estimated' must be true"),
        ('{"id": "b", "text": "\\ud800"}', "in.jsonl, line 2: text has an unpaired surrogate (U+D800)"),
        ('{"id": "a", "text": "again"}', "in.jsonl, line 2: duplicate document id 'a', first read at "),
    ],
)
def test_bad_jsonl_line_names_file_and_line(tmp_path: Path, line: str, expected: str) -> None:
    path = write_lines(tmp_path / "in.jsonl", ['{"id": "a", "text": "fine"}', line])
    documents = read_documents([path])
    assert next(documents).id == "a"
    with pytest.raises(InputError) as info:
        next(documents)
    assert expected in str(info.value)
    assert (info.value.path, info.value.line) == (path, 2)


def test_invalid_utf8_in_jsonl_gives_line_and_file_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a", "text": "fine"}\n{"id": "b", "text": "\xe9"}\n')
    with pytest.raises(InputError, match=r"in.jsonl, line 2, byte offset 49: invalid UTF-8 \(byte 0xe9\)"):
        read_all(path)


def test_binary_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\x00\x01\x02")
    with pytest.raises(InputError, match="line 1, byte offset 0: binary data"):
        read_all(path)


def test_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match="in.jsonl.gz.*cannot read past line 0"):
        read_all(path)


def test_duplicate_ids_across_files_name_both_places(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    write_lines(tmp_path / "b.jsonl", ['{"id": "x", "text": "t"}', '{"id": "a", "text": "two"}'])
    with pytest.raises(InputError) as info:
        read_all(tmp_path)
    assert str(info.value) == (
        f"{tmp_path / 'b.jsonl'}, line 2: duplicate document id 'a', first read at {tmp_path / 'a.txt'}"
    )


@pytest.mark.parametrize(
    ("doc_id", "problem"),
    [
        ("", "empty document id"),
        ("../etc/passwd", "unsafe document id '../etc/passwd'"),
        ("a/b", "unsafe document id 'a/b'"),
        ("a\\b", "unsafe document id 'a\\\\b'"),
        ("..", "unsafe document id '..'"),
        (".", "unsafe document id '.'"),
        ("a\nb", "has a control character"),
        ("a\x00b", "has a control character"),
        ("a\u2028b", "has a control character"),
        (" padded", "has leading or trailing whitespace"),
        ("x" * 201, "is 201 characters long"),
    ],
)
def test_unsafe_ids_are_rejected(tmp_path: Path, doc_id: str, problem: str) -> None:
    assert problem in (check_document_id(doc_id) or "")
    path = write_lines(tmp_path / "in.jsonl", [json.dumps({"id": doc_id, "text": "t"})])
    with pytest.raises(
        InputError, match="ids are used as file names, so they must be 1-200 characters"
    ) as info:
        read_all(path)
    assert problem in str(info.value)


@pytest.mark.parametrize("doc_id", ["a", "x" * 200, "2024-05-01_bbc:17", "a..b", "Ünïcode id", "a.b"])
def test_safe_ids_are_accepted(doc_id: str) -> None:
    assert check_document_id(doc_id) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "notes.csv",
            "notes.csv: unsupported file type; expected .txt, .jsonl, .jsonl.gz, .parquet or a directory",
        ),
        ("missing.txt", "missing.txt: no such file or directory"),
    ],
)
def test_bad_paths_always_raise(tmp_path: Path, name: str, expected: str) -> None:
    (tmp_path / "notes.csv").write_text("id,text\n")
    (tmp_path / "good.txt").write_text("fine")
    with pytest.raises(InputError) as info:  # before any document, even with on_error
        next(read_documents([tmp_path / "good.txt", tmp_path / name], on_error=lambda error: None))
    assert str(info.value) == f"{tmp_path}/{expected}"


def test_unreadable_parquet(tmp_path: Path) -> None:
    (tmp_path / "x.parquet").write_bytes(b"not parquet")
    with pytest.raises(InputError, match="x.parquet: not a readable Parquet file"):
        read_all(tmp_path / "x.parquet")


def test_parquet_without_id_column(tmp_path: Path) -> None:
    pq.write_table(pa.table({"text": ["t"]}), tmp_path / "x.parquet")
    with pytest.raises(InputError, match="x.parquet, row 1: no 'id'"):
        read_all(tmp_path / "x.parquet")


def test_on_error_skips_bad_articles_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("good a")
    (tmp_path / "b.txt").write_bytes(b"\xff")
    write_lines(
        tmp_path / "c.jsonl",
        [
            '{"id": "c1", "text": "good"}',
            "{bad",
            '{"id": "a", "text": "dup"}',
            '{"id": "../x", "text": "t"}',
            '{"id": "c5", "text": "good"}',
        ],
    )
    errors: list[InputError] = []
    documents = read_all(tmp_path, on_error=errors.append)
    assert [d.id for d in documents] == ["a", "c1", "c5"]
    assert [(e.path.name, e.line, e.offset) for e in errors] == [
        ("b.txt", None, 0),
        ("c.jsonl", 2, None),
        ("c.jsonl", 3, None),
        ("c.jsonl", 4, None),
    ]
