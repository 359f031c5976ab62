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

import gzip
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["InputError", "read_records", "write_jsonl"]


class InputError(ValueError):
    """An input file or record that cannot be read, with where it is and what would be valid."""

    def __init__(self, path: Path | str, message: str, *, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}, line {line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {message}")


def _open_text_lines(path: Path) -> IO[bytes]:
    """Open a JSONL file (plain or gzip) for reading raw byte lines."""
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _iter_json_objects(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, object)`` for each non-blank line of a JSONL file, lazily."""
    try:
        handle = _open_text_lines(path)
    except OSError as error:
        raise InputError(path, f"cannot open: {error.strerror or error}") from error
    with handle:
        line_number = 0
        try:
            for line_number, raw in enumerate(handle, start=1):  # noqa: B007 - used after the loop
                if line_number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                try:
                    decoded = raw.decode("utf-8")
                except UnicodeDecodeError as error:
                    raise InputError(
                        path,
                        f"invalid UTF-8 at byte {error.start} of the line; JSONL must be UTF-8",
                        line=line_number,
                    ) from error
                try:
                    value = json.loads(decoded)
                except json.JSONDecodeError as error:
                    raise InputError(
                        path,
                        f"not valid JSON ({error.msg} at column {error.colno}); "
                        "each line must be one JSON object",
                        line=line_number,
                    ) from error
                if not isinstance(value, dict):
                    raise InputError(
                        path,
                        f"expected a JSON object, got {_json_type(value)}; "
                        "each line must be one JSON object",
                        line=line_number,
                    )
                yield line_number, value
        except (OSError, EOFError) as error:  # a truncated or corrupt gzip stream
            raise InputError(path, f"cannot read after line {line_number}: {error}") from error


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
    return type(value).__name__


def _iter_parquet_rows(path: Path, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield the rows of one Parquet file as dicts, one record batch at a time."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises ArrowInvalid, OSError, ...
        raise InputError(path, f"not a readable Parquet file: {error}") from error
    with parquet:
        for batch in parquet.iter_batches(batch_size=1024, columns=columns):
            yield from batch.to_pylist()


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
        yield from _read_dataset_config(path, config)
        return
    if not _is_jsonl(path):
        raise InputError(
            path, "unsupported records file; expected a .jsonl or .jsonl.gz file or a dataset directory"
        )
    for _, record in _iter_json_objects(path):
        yield record


def _is_jsonl(path: Path) -> bool:
    return path.name.endswith((".jsonl", ".jsonl.gz"))


def _read_dataset_config(directory: Path, config: str) -> Iterator[dict[str, Any]]:
    """Yield the rows of ``<directory>/data/<config>/*.parquet`` in sorted file order."""
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
    for file in files:
        yield from _iter_parquet_rows(file)


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
