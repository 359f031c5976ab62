"""Reading articles and records in, writing records out.

Readers stream: they walk files and lines (Parquet by record batches) and never hold a whole
corpus in memory. Article text is decoded as UTF-8 exactly as given, because every offset in the
dataset points into it: newlines (``\\r\\n`` stays), non-breaking and zero-width spaces are kept.
The one change is that a leading UTF-8 byte-order mark is dropped: it is an encoding artefact,
not part of the article, and no offset can point into it.

Errors are :class:`InputError`, which names the file, the line (or byte offset) and what would
be valid. Writers replace their output atomically, so no output is ever left half-written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

from quotes.records import Document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "InputError",
    "check_document_id",
    "count_documents",
    "gold_sidecars",
    "read_documents",
    "read_records",
    "write_jsonl",
]

#: File types read as articles; a directory is read by walking it for these.
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".jsonl", ".jsonl.gz", ".parquet")
#: In an input directory, the document metadata of its articles (merged by id), never an article.
METADATA_SIDECAR = "metadata.jsonl"
#: In an input directory, gold annotations of its articles (for ``quotes build``), never an article.
GOLD_SIDECAR = "gold.jsonl"
SIDECARS: tuple[str, ...] = (METADATA_SIDECAR, GOLD_SIDECAR)
#: Input fields that map onto :class:`~quotes.records.Document` fields (all others become metadata).
DOCUMENT_FIELDS: tuple[str, ...] = ("id", "text", "title", "url", "outlet", "date", "date_estimated")
MAX_ID_LENGTH = 200
_BOM = b"\xef\xbb\xbf"
_PARQUET_BATCH_ROWS = 256


class InputError(ValueError):
    """An input file or record that cannot be read, with where it is and what would be valid."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        line: int | None = None,
        offset: int | None = None,
        row: int | None = None,
    ) -> None:
        self.path = Path(path)
        self.line = line
        self.offset = offset
        self.row = row
        self.message = message
        super().__init__(f"{self.where}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by constructor arguments, so the error crosses processes (Ray, multiprocessing)."""
        return (
            _rebuild_input_error,
            (str(self.path), self.message, self.line, self.offset, self.row),
        )

    @property
    def where(self) -> str:
        """The file and, where known, the line, row or byte offset: ``"a.jsonl, line 3"``."""
        parts = [str(self.path)]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.offset is not None:
            parts.append(f"byte offset {self.offset}")
        return ", ".join(parts)


def _rebuild_input_error(
    path: str, message: str, line: int | None, offset: int | None, row: int | None
) -> InputError:
    return InputError(path, message, line=line, offset=offset, row=row)


# --- low-level sources: each yields values or the InputError for one record, lazily ----------------

_Item = dict[str, Any] | InputError


def _json_lines(path: Path) -> Iterator[tuple[int, _Item]]:
    """Yield ``(line number, object or error)`` for each non-blank line of a JSONL file.

    A bad line yields its error and reading goes on; a file that cannot be opened or read on
    (a corrupt gzip stream, binary data) yields one error and stops.
    """
    try:
        handle = cast(IO[bytes], gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb"))
    except OSError as error:
        yield 0, InputError(path, f"cannot open: {error.strerror or error}")
        return
    with handle:
        offset = 0
        line_number = 0
        try:
            for line_number, raw in enumerate(handle, start=1):  # noqa: B007 - used in the except
                start, offset = offset, offset + len(raw)
                if line_number == 1 and raw.startswith(_BOM):
                    raw, start = raw[len(_BOM) :], start + len(_BOM)
                if b"\x00" in raw:
                    yield (
                        line_number,
                        InputError(
                            path,
                            "binary data (NUL byte); expected UTF-8 JSON lines",
                            line=line_number,
                            offset=start + raw.index(b"\x00"),
                        ),
                    )
                    return
                if raw.strip():
                    yield line_number, _json_object(path, line_number, start, raw)
        except (OSError, EOFError) as error:  # a truncated or corrupt gzip stream
            yield line_number + 1, InputError(path, f"cannot read past line {line_number}: {error}")


def _json_object(path: Path, line: int, start: int, raw: bytes) -> _Item:
    """Decode one JSONL line into a dict, or the error saying why it is not one."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputError(
            path,
            f"invalid UTF-8 (byte 0x{raw[error.start]:02x}); JSONL files must be UTF-8",
            line=line,
            offset=start + error.start,
        )
    try:
        value = json.loads(decoded.rstrip("\r\n"))  # so an error at the end is on this line
    except json.JSONDecodeError as error:
        return InputError(
            path,
            f"not valid JSON ({error.msg} at column {error.colno}); each line must be one JSON object",
            line=line,
        )
    if not isinstance(value, dict):
        return InputError(
            path,
            f"expected a JSON object, got {_json_type(value)}; each line must be one JSON object",
            line=line,
        )
    return value


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _parquet_rows(path: Path) -> Iterator[tuple[int, _Item]]:
    """Yield ``(row number, row dict)`` from one Parquet file, one record batch at a time."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises ArrowInvalid, OSError, ...
        yield 0, InputError(path, f"not a readable Parquet file ({error})")
        return
    with parquet:
        row = 0
        for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
            for record in batch.to_pylist():
                row += 1
                yield row, record


def _raise_errors(items: Iterator[tuple[int, _Item]]) -> Iterator[dict[str, Any]]:
    for _, item in items:
        if isinstance(item, InputError):
            raise item
        yield item


# --- records -------------------------------------------------------------------------------------


def read_records(path: Path, config: str = "attributions") -> Iterator[dict[str, Any]]:
    """Read record dicts from a JSONL file or from one config of a dataset directory.

    Args:
        path: A JSONL file (``.jsonl`` or ``.jsonl.gz``, one object per line; blank lines are
            skipped), or a dataset directory laid out as ``<dir>/data/<config>/*.parquet``.
        config: Which config of a dataset directory to read (``"attributions"``,
            ``"documents"``, ...). Ignored for a JSONL file.

    Yields:
        One dict per record, in file order (Parquet files in sorted name order). Document
        records from a dataset keep ``metadata`` as published: a list of ``{key, value}``.

    Raises:
        InputError: The path is missing, a line is not a JSON object (naming file and line),
            or the dataset directory has no Parquet files for ``config``.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file or directory")
    if path.is_dir():
        for file in _config_files(path, config):
            yield from _raise_errors(_parquet_rows(file))
        return
    if not path.name.endswith((".jsonl", ".jsonl.gz")):
        raise InputError(
            path, "unsupported records file; expected a .jsonl or .jsonl.gz file or a dataset directory"
        )
    yield from _raise_errors(_json_lines(path))


def _config_files(directory: Path, config: str) -> list[Path]:
    """The Parquet files of ``<directory>/data/<config>/``, sorted; an error if there are none."""
    config_dir = directory / "data" / config
    files = sorted(config_dir.glob("*.parquet")) if config_dir.is_dir() else []
    if not files:
        data_dir = directory / "data"
        available = sorted(p.name for p in data_dir.iterdir() if p.is_dir()) if data_dir.is_dir() else []
        raise InputError(
            directory,
            f"no Parquet files for config {config!r} (expected data/{config}/*.parquet); "
            f"configs found: {', '.join(available) or 'none'}",
        )
    return files


# --- documents -----------------------------------------------------------------------------------


def read_documents(
    paths: Sequence[Path],
    *,
    metadata: Path | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Read articles as :class:`~quotes.records.Document` objects, lazily and in a fixed order.

    Inputs, read in the order given:

    - ``.txt``: one article; its id is the file stem.
    - ``.jsonl`` / ``.jsonl.gz``: one article per line, an object with ``text`` and ``id``.
      A line without ``id`` (or with ``"id": null``) gets ``"<name>-<line number>"``, where
      ``<name>`` is the file name without ``.jsonl``/``.jsonl.gz`` (physical line numbers, so the
      id is stable while the file is). An integer id is read as its decimal string.
    - ``.parquet``: one article per row, the same columns, read a record batch at a time.
    - a ``datasets`` directory: one written by ``Dataset.save_to_disk`` (every split, in saved
      order), or a hub-style directory with ``data/**/*.parquet`` (its ``documents`` config
      when it has several).
    - any other directory: walked in sorted name order, recursively, reading the files above
      (hidden entries and other file types are passed over). Two names are reserved there:
      ``metadata.jsonl`` is the directory's metadata sidecar, merged by id into the articles
      under it (as ``metadata`` below, which wins where both give a value; a nested directory's
      sidecar wins over its parent's), and ``gold.jsonl``
      holds gold annotations (see :func:`gold_sidecars`); neither is read as articles.

    ``title``, ``url``, ``outlet``, ``date`` and ``date_estimated`` fill the Document fields;
    every other field is kept in ``metadata`` as a string (non-strings as JSON text; nulls
    dropped). ``date`` is an ISO 8601 date or date-time, of which the date is kept; an empty
    ``url`` or ``date`` is read as null. Text is kept exactly as given, except that a leading
    byte-order mark (U+FEFF) is stripped. Empty and whitespace-only articles are read like any
    other.

    Args:
        paths: Files and directories to read.
        metadata: An optional JSONL file of ``{"id", "outlet", "title", "url", "date",
            "date_estimated", ...}`` objects, merged into the documents with the same id: its
            non-null values replace the article's own.
        on_error: Called with each bad article's error, which is then skipped. Without it the
            first bad article raises.

    Yields:
        One Document per article.

    Raises:
        InputError: A path is missing or of an unsupported type, or the metadata file is bad
            (these always raise, before any document is read); and, without ``on_error``, the
            first bad article: invalid UTF-8 (with the byte offset), a binary file, a JSONL line
            that is not an object with a string ``text``, an unsafe or duplicate id.
    """
    paths = [Path(path) for path in paths]
    for path in paths:
        _check_input_path(path)
    extra = _read_metadata(Path(metadata)) if metadata is not None else {}
    seen: dict[str, _Place] = {}
    for path in paths:
        for where, item in _documents_under(path):
            if isinstance(item, Document):
                item = _checked(item, where, seen)
            if isinstance(item, InputError):
                if on_error is None:
                    raise item
                on_error(item)
                continue
            if item.id in extra:
                item = _merge(item, extra[item.id])
            yield item


def _check_input_path(path: Path) -> None:
    if not path.exists():
        raise InputError(path, "no such file or directory")
    if path.is_file() and not path.name.endswith(SUPPORTED_SUFFIXES):
        raise InputError(
            path, f"unsupported file type; expected {', '.join(SUPPORTED_SUFFIXES)} or a directory"
        )


def _checked(document: Document, where: _Place, seen: dict[str, _Place]) -> Document | InputError:
    """The document if its id is safe and new and its text valid Unicode, else why not."""
    problem = check_document_id(document.id)
    if problem is not None:
        return where.error(problem)
    try:
        document.text.encode("utf-8")  # JSON can escape a lone surrogate, which cannot be written
    except UnicodeEncodeError as error:
        return where.error(
            f"text has an unpaired surrogate (U+{ord(document.text[error.start]):04X}) at character "
            f"{error.start}; text must be valid Unicode",
        )
    if document.id in seen:
        return where.error(f"duplicate document id {document.id!r}, first read at {seen[document.id]}")
    seen[document.id] = where  # a small object sharing its file's Path: the ids are all that is kept
    return document


def check_document_id(doc_id: str) -> str | None:
    """Why ``doc_id`` is not a safe document id, or ``None`` when it is.

    Ids may be used as file names, so they must be 1-200 characters, with no ``/`` or ``\\``,
    no control characters, no leading or trailing whitespace, and not ``.`` or ``..``.
    """
    rule = (
        f"ids are used as file names, so they must be 1-{MAX_ID_LENGTH} characters with no '/' or "
        "'\\', no control characters, no leading or trailing whitespace, and not '.' or '..'"
    )
    if not doc_id:
        return f"empty document id; {rule}"
    if len(doc_id) > MAX_ID_LENGTH:
        return f"document id {doc_id[:40]!r}... is {len(doc_id)} characters long; {rule}"
    if "/" in doc_id or "\\" in doc_id or doc_id in (".", ".."):
        return f"unsafe document id {doc_id!r}; {rule}"
    if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in doc_id):
        return f"document id {doc_id!r} has a control character; {rule}"
    if doc_id != doc_id.strip():
        return f"document id {doc_id!r} has leading or trailing whitespace; {rule}"
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class _Place:
    """Where one article is: a file, and its line (JSONL) or row (Parquet, datasets)."""

    path: Path
    line: int | None = None
    row: int | None = None

    def error(self, message: str, *, offset: int | None = None) -> InputError:
        return InputError(self.path, message, line=self.line, row=self.row, offset=offset)

    def __str__(self) -> str:
        return self.error("").where


_Located = tuple[_Place, Document | InputError]


_Sidecars = tuple[dict[str, dict[str, Any]], ...]


def _documents_under(path: Path, sidecars: _Sidecars = ()) -> Iterator[_Located]:
    """Yield ``(location, document or error)`` for every article under ``path``, in order.

    ``sidecars`` are the metadata sidecars of the directories above ``path``, outermost first:
    each is merged in turn, so the nearest directory's values win.
    """
    if path.is_dir() and not _is_saved_dataset(path) and not _is_hub_dataset(path):
        sidecar = path / METADATA_SIDECAR
        if sidecar.is_file():
            sidecars = (*sidecars, _read_metadata(sidecar))
        for child in _article_entries(path):
            yield from _documents_under(child, sidecars)
        return
    for where, item in _documents_in(path):
        if isinstance(item, Document):
            for extra in sidecars:
                if item.id in extra:
                    item = _merge(item, extra[item.id])
        yield where, item


def _documents_in(path: Path) -> Iterator[_Located]:
    """Yield ``(location, document or error)`` for the articles of one file or dataset directory."""
    if _is_saved_dataset(path):
        yield from _saved_dataset_documents(path)
    elif _is_hub_dataset(path):
        for file in _hub_document_files(path):
            yield from _parquet_documents(file)
    elif path.name.endswith(".txt"):
        yield _Place(path), _text_document(path)
    elif path.name.endswith((".jsonl", ".jsonl.gz")):
        yield from _jsonl_documents(path)
    else:
        yield from _parquet_documents(path)


def _article_entries(directory: Path) -> list[Path]:
    """The entries of a plain input directory that may hold articles, in sorted name order."""
    return [
        child
        for child in sorted(directory.iterdir(), key=lambda p: p.name)
        if not child.name.startswith(".")
        and not (child.is_file() and (child.name in SIDECARS or not child.name.endswith(SUPPORTED_SUFFIXES)))
    ]


def gold_sidecars(paths: Sequence[Path]) -> list[Path]:
    """The ``gold.jsonl`` files directly inside the given input directories, in input order."""
    found = []
    for path in paths:
        gold = Path(path) / GOLD_SIDECAR
        if Path(path).is_dir() and gold.is_file():
            found.append(gold)
    return found


def count_documents(paths: Sequence[Path]) -> int | None:
    """How many articles :func:`read_documents` would read, counted cheaply, or ``None`` if unknown.

    ``.txt`` files count one each, JSONL files their non-blank lines (a byte scan, no JSON
    parsing), Parquet files and saved datasets the row counts in their metadata. Bad articles
    are counted too. Returns ``None`` when a path cannot be counted (missing, unreadable).
    """
    total = 0
    try:
        for path in paths:
            total += _count_under(Path(path))
    except Exception:  # counting is only for a progress bar: never fail the run over it
        return None
    return total


def _count_under(path: Path) -> int:
    if path.is_dir():
        if _is_saved_dataset(path):
            import datasets

            loaded = datasets.load_from_disk(str(path))
            if isinstance(loaded, datasets.DatasetDict):
                return sum(loaded.num_rows.values())
            return int(loaded.num_rows)
        if _is_hub_dataset(path):
            import pyarrow.parquet as pq

            return sum(pq.ParquetFile(file).metadata.num_rows for file in _hub_document_files(path))
        return sum(_count_under(child) for child in _article_entries(path))
    if path.name.endswith(".txt"):
        return 1
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    if path.name.endswith(".parquet"):
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    raise ValueError(f"{path}: not an article file")


def _text_document(path: Path) -> Document | InputError:
    """One article from a .txt file: UTF-8 exactly as stored, without a leading byte-order mark."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return InputError(path, f"cannot read: {error.strerror or error}")
    skip = len(_BOM) if data.startswith(_BOM) else 0
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return InputError(path, "UTF-16 text (byte-order mark); articles must be UTF-8 text", offset=0)
    if b"\x00" in data:
        return InputError(
            path, "binary file (NUL byte); articles must be UTF-8 text", offset=data.index(b"\x00")
        )
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        bad = skip + error.start
        return InputError(
            path, f"invalid UTF-8 (byte 0x{data[bad]:02x}); articles must be UTF-8 text", offset=bad
        )
    return Document(id=path.stem, text=text)


def _jsonl_documents(path: Path) -> Iterator[_Located]:
    stem = path.name.removesuffix(".gz").removesuffix(".jsonl")
    for line, item in _json_lines(path):
        where = _Place(path, line=line)
        if isinstance(item, InputError):
            yield where, item
        else:
            yield where, _document_from_fields(item, where, default_id=f"{stem}-{line}")


def _parquet_documents(path: Path) -> Iterator[_Located]:
    for row, item in _parquet_rows(path):
        where = _Place(path, row=row)
        if isinstance(item, InputError):
            yield where, item
        else:
            yield where, _document_from_fields(item, where, default_id=None)


def _is_saved_dataset(directory: Path) -> bool:
    """Whether ``directory`` was written by ``Dataset.save_to_disk`` or ``DatasetDict.save_to_disk``."""
    if (directory / "dataset_dict.json").is_file():
        return True
    return (directory / "state.json").is_file() and (directory / "dataset_info.json").is_file()


def _is_hub_dataset(directory: Path) -> bool:
    return (directory / "data").is_dir() and any((directory / "data").rglob("*.parquet"))


def _hub_document_files(directory: Path) -> list[Path]:
    """The Parquet files holding documents in a hub-style dataset directory, sorted."""
    data = directory / "data"
    configs = sorted(p for p in data.iterdir() if p.is_dir() and any(p.rglob("*.parquet")))
    top = sorted(data.glob("*.parquet"))
    if top:
        return top
    chosen = [p for p in configs if p.name == "documents"] or (configs if len(configs) == 1 else [])
    if not chosen:
        raise InputError(
            directory,
            "dataset directory has several configs and none is named 'documents' "
            f"(found: {', '.join(p.name for p in configs)}); pass the config's folder instead",
        )
    return sorted(chosen[0].rglob("*.parquet"))


def _saved_dataset_documents(directory: Path) -> Iterator[_Located]:
    """Documents from a directory written by ``save_to_disk``: each split in saved order."""
    import datasets

    try:
        loaded = datasets.load_from_disk(str(directory))
    except Exception as error:  # datasets raises FileNotFoundError, ArrowInvalid, ...
        yield _Place(directory), InputError(directory, f"cannot load saved dataset ({error})")
        return
    splits = loaded.items() if isinstance(loaded, datasets.DatasetDict) else [("", loaded)]
    for split, dataset in splits:
        place = directory / split if split else directory
        for row, record in enumerate(dataset, start=1):
            where = _Place(place, row=row)
            yield where, _document_from_fields(dict(record), where, default_id=None)


def _document_from_fields(
    fields: dict[str, Any], where: _Place, *, default_id: str | None
) -> Document | InputError:
    """A Document from one input record's fields, or the error naming the bad field."""
    doc_id = fields.get("id")
    if doc_id is None:
        if default_id is None:
            return where.error("no 'id'; each article needs an 'id' (a string) and a 'text'")
        doc_id = default_id
    elif isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str):
        return where.error(f"'id' must be a string, got {_json_type(doc_id)}")
    if "text" not in fields:
        return where.error("no 'text'; each article needs a 'text' (a string) and an 'id'")
    text = fields["text"]
    if not isinstance(text, str):
        return where.error(f"'text' must be a string, got {_json_type(text)}")
    if text.startswith("\ufeff"):
        text = text[1:]
    values = _known_fields(fields, where)
    if isinstance(values, InputError):
        return values
    return Document(id=doc_id, text=text, metadata=_other_fields(fields), **values)


def _known_fields(fields: dict[str, Any], where: _Place) -> dict[str, Any] | InputError:
    """The optional Document fields (title, url, outlet, date, date_estimated), checked."""
    values: dict[str, Any] = {}
    for name in ("title", "url", "outlet", "date"):
        value = fields.get(name)
        if name == "date" and isinstance(value, (dt.date, str)):
            value = _iso_date(value)
            if value is None:
                return where.error(
                    f"'date' must be an ISO 8601 date (YYYY-MM-DD) or date-time, got {fields[name]!r}"
                )
        if value is not None and not isinstance(value, str):
            return where.error(f"{name!r} must be a string or null, got {_json_type(value)}")
        values[name] = value or None if name in ("url", "date") else value
    estimated = fields.get("date_estimated")
    if estimated is not None and not isinstance(estimated, bool):
        return where.error(f"'date_estimated' must be true, false or null, got {_json_type(estimated)}")
    values["date_estimated"] = bool(estimated)
    return values


def _iso_date(value: dt.date | str) -> str | None:
    """``YYYY-MM-DD`` for a date, a date-time or their ISO 8601 text ("" stays ""); else ``None``.

    A date-time keeps only its date: the Document field is a publication date.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not value.strip():
        return ""
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
        if value[10:11] in ("T", " "):
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None
    return None


def _other_fields(fields: dict[str, Any]) -> dict[str, str]:
    """Every field that is not a Document field, as strings; ``metadata`` pairs are spread out."""
    extra: dict[str, str] = {}
    for key, value in fields.items():
        if key in DOCUMENT_FIELDS or value is None:
            continue
        if key == "metadata" and isinstance(value, dict):
            extra.update({str(k): _as_text(v) for k, v in value.items() if v is not None})
        elif key == "metadata" and _is_key_value_list(value):
            extra.update({str(p["key"]): _as_text(p["value"]) for p in value if p["value"] is not None})
        else:
            extra[str(key)] = _as_text(value)
    return extra


def _is_key_value_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(p, dict) and set(p) == {"key", "value"} for p in value)


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _read_metadata(path: Path) -> dict[str, dict[str, Any]]:
    """Read the metadata file into ``{id: fields}``; any bad line raises."""
    if not path.is_file():
        raise InputError(path, 'no such metadata file; expected a JSONL file of {"id", "outlet", ...}')
    by_id: dict[str, dict[str, Any]] = {}
    lines: dict[str, int] = {}
    for line, item in _json_lines(path):
        if isinstance(item, InputError):
            raise item
        where = _Place(path, line=line)
        doc_id = item.get("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str):
            raise where.error(
                f"'id' must be a string, got {_json_type(doc_id)}; each line needs the document's id"
            )
        if doc_id in by_id:
            raise where.error(f"duplicate metadata for id {doc_id!r}, first at line {lines[doc_id]}")
        values = _known_fields(item, where)
        if isinstance(values, InputError):
            raise values
        if item.get("date_estimated") is None:
            del values["date_estimated"]
        values = {k: v for k, v in values.items() if v is not None}
        extra = _other_fields(item)
        if extra:
            values["metadata"] = extra
        by_id[doc_id], lines[doc_id] = values, line
    return by_id


def _merge(document: Document, values: dict[str, Any]) -> Document:
    """The document with the metadata file's values in place of its own."""
    if "metadata" in values:
        values = {**values, "metadata": {**document.metadata, **values["metadata"]}}
    return dataclasses.replace(document, **values)


# --- writing -------------------------------------------------------------------------------------


def swap_in(new: Path, target: Path) -> None:
    """Put the directory ``new`` at ``target``: move the old one aside, move the new one in, drop the old.

    Either rename can fail; the old directory is then put back, so ``target`` is never lost. A
    process killed between the renames leaves ``.<name>.old-<pid>`` beside ``target`` for the next
    build to restore.
    """
    import shutil

    old = target.with_name(f".{target.name}.old-{os.getpid()}") if target.exists() else None
    if old is not None:
        target.rename(old)
    try:
        new.rename(target)
    except BaseException:
        if old is not None:
            old.rename(target)
        raise
    if old is not None:
        shutil.rmtree(old)


def write_jsonl(records: Iterable[dict[str, Any]], path: Path | None) -> int:
    """Write records as JSON lines, to standard output or atomically to a file.

    A file is written to a temporary file beside it and moved into place only when every record
    has been written: if anything fails (including the ``records`` iterator raising), the
    temporary file is removed and an existing file at ``path`` is left as it was.

    Args:
        records: The record dicts, written in order, one per line, keys in their given order,
            non-ASCII text as is.
        path: The output file, or ``None`` for standard output.

    Returns:
        The number of records written.
    """
    if path is None:
        return _write_lines(records, sys.stdout)
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        os.chmod(temp_name, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            count = _write_lines(records, handle)
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    return count


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_lines(records: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    count = 0
    for record in records:
        handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False))
        handle.write("\n")
        count += 1
    return count
