"""Reading record files in, writing records out, and the error every reader raises.

Readers stream: they walk lines (Parquet by record batches) and never hold a whole file in
memory. Errors are :class:`InputError`, which names the file, the line (or byte offset) and what
would be valid. Writers replace their output atomically, so no output is ever left half-written.
Articles are read by :mod:`quotes.read.articles`, on top of the line and row sources here.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

__all__ = [
    "BOM",
    "InputError",
    "InputNote",
    "Item",
    "OutputError",
    "json_error_text",
    "json_lines",
    "json_type",
    "parquet_rows",
    "read_records",
    "swap_in",
    "write_jsonl",
]

#: A UTF-8 byte-order mark: an encoding artefact dropped from the start of a file.
BOM = b"\xef\xbb\xbf"
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


class OutputError(InputError):
    """An output file that cannot be written, named as the user gave it (not its temporary file)."""


class InputNote(UserWarning):
    """Something under an input that is passed over, not read (the command line shows it as a warning)."""


def _rebuild_input_error(
    path: str, message: str, line: int | None, offset: int | None, row: int | None
) -> InputError:
    return InputError(path, message, line=line, offset=offset, row=row)


# --- low-level sources: each yields values or the InputError for one record, lazily ----------------

#: One record read from a file, or the error saying why it could not be read.
Item = dict[str, Any] | InputError


def json_lines(path: Path) -> Iterator[tuple[int, Item]]:
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
                if line_number == 1 and raw.startswith(BOM):
                    raw, start = raw[len(BOM) :], start + len(BOM)
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


def _json_object(path: Path, line: int, start: int, raw: bytes) -> Item:
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
            f"not valid JSON ({json_error_text(error)}); each line must be one JSON object",
            line=line,
        )
    if not isinstance(value, dict):
        return InputError(
            path,
            f"expected a JSON object, got {json_type(value)}; each line must be one JSON object",
            line=line,
        )
    return value


def json_error_text(error: json.JSONDecodeError) -> str:
    """The decoder's message with its column, read as a phrase: "Expecting value at column 5".

    Some messages already end in "at" ("Unterminated string starting at"); they get the column alone.
    """
    joiner = " column" if error.msg.endswith(" at") else " at column"
    return f"{error.msg}{joiner} {error.colno}"


def json_type(value: object) -> str:
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


def parquet_rows(path: Path) -> Iterator[tuple[int, Item]]:
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


def _raise_errors(items: Iterator[tuple[int, Item]]) -> Iterator[dict[str, Any]]:
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
            yield from _raise_errors(parquet_rows(file))
        return
    if not path.name.endswith((".jsonl", ".jsonl.gz")):
        raise InputError(
            path, "unsupported records file; expected a .jsonl or .jsonl.gz file or a dataset directory"
        )
    yield from _raise_errors(json_lines(path))


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
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:  # its message would name the temporary file, not the user's
        raise OutputError(
            path,
            f"cannot write there ({error.strerror or error}); choose a file in a directory you can write to",
        ) from error
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
