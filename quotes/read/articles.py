"""Reading articles: ``.txt``, JSONL and Parquet files, ``datasets`` directories and folders of them.

Readers stream: they walk files and lines (Parquet by record batches) and never hold a whole
corpus in memory. Article text is decoded as UTF-8 exactly as given, because every offset in the
dataset points into it: newlines (``\\r\\n`` stays), non-breaking and zero-width spaces are kept.
The one change is that a UTF-8 byte-order mark at the start of a *file* (a ``.txt`` article,
or before the first JSONL line) is dropped: it is an encoding artefact, not part of the article.
A ``text`` field of a JSONL line or Parquet row is kept exactly as given, U+FEFF included.

Errors are :class:`~quotes.read.io.InputError`, which names the file, the line (or byte offset) and
what would be valid.
"""

from __future__ import annotations

import gzip
import os
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from quotes.read.article_fields import Place, document_from_fields, merge_metadata, read_metadata
from quotes.read.io import BOM, InputError, InputNote, json_lines, parquet_rows
from quotes.records import Document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "check_document_id",
    "count_documents",
    "gold_sidecars",
    "holds_records",
    "no_articles",
    "output_clash",
    "read_documents",
]

#: File types read as articles; a directory is read by walking it for these.
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".jsonl", ".jsonl.gz", ".parquet")
#: In an input directory, the document metadata of its articles (merged by id), never an article.
METADATA_SIDECAR = "metadata.jsonl"
#: In an input directory, gold annotations of its articles (for ``quotes build``), never an article.
GOLD_SIDECAR = "gold.jsonl"
SIDECARS: tuple[str, ...] = (METADATA_SIDECAR, GOLD_SIDECAR)
#: Fields every attribution record has and no article needs: a JSONL file whose first line has them
#: all holds records (``quotes extract`` output, gold), which are never read as articles.
RECORD_FIELDS: tuple[str, ...] = ("doc_id", "start", "end", "type")
#: The file ``quotes build`` leaves in every dataset directory it writes: such a directory found while
#: walking an input directory is the output of an earlier build, never read back as articles.
DATASET_MARKER = ".quotes-dataset"
MAX_ID_LENGTH = 200


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
    ``url`` or ``date`` is read as null. Text is kept exactly as given; only a byte-order mark at
    the start of a ``.txt`` file (or of a JSONL file) is encoding and dropped, never one in a
    ``text`` field. Empty and whitespace-only articles are read like any
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
    extra = read_metadata(Path(metadata)) if metadata is not None else {}
    seen: dict[str, Place] = {}
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
                item = merge_metadata(item, extra[item.id])
            yield item


def _check_input_path(path: Path) -> None:
    link = _broken_link(path)
    if link is not None:
        raise InputError(path, link[1])
    if not path.exists():
        raise InputError(path, "no such file or directory")
    if path.is_file() and not path.name.endswith(SUPPORTED_SUFFIXES):
        raise InputError(
            path, f"unsupported file type; expected {', '.join(SUPPORTED_SUFFIXES)} or a directory"
        )


def _checked(document: Document, where: Place, seen: dict[str, Place]) -> Document | InputError:
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


_Located = tuple[Place, Document | InputError]


_Sidecars = tuple[dict[str, dict[str, Any]], ...]


def _documents_under(path: Path, sidecars: _Sidecars = ()) -> Iterator[_Located]:
    """Yield ``(location, document or error)`` for every article under ``path``, in order.

    ``sidecars`` are the metadata sidecars of the directories above ``path``, outermost first:
    each is merged in turn, so the nearest directory's values win.
    """
    if path.is_dir() and not _is_saved_dataset(path) and not _is_hub_dataset(path):
        sidecar = path / METADATA_SIDECAR
        if sidecar.is_file():
            sidecars = (*sidecars, read_metadata(sidecar))
        for child in _article_entries(path):
            link = _broken_link(child, inside=path)
            if link is not None and link[0] == "dangling":
                warnings.warn(f"{child}: {link[1]}; skipped", InputNote, stacklevel=2)
                continue
            if link is not None:
                yield Place(child), InputError(child, link[1])
                continue
            if holds_records(child):
                warnings.warn(_records_note(child), InputNote, stacklevel=2)
                continue
            if (child / DATASET_MARKER).is_file():
                warnings.warn(
                    f"{child} is a dataset 'quotes build' wrote (it has {DATASET_MARKER}), "
                    "not articles; skipped",
                    InputNote,
                    stacklevel=2,
                )
                continue
            yield from _documents_under(child, sidecars)
        return
    for where, item in _documents_in(path):
        if isinstance(item, Document):
            for extra in sidecars:
                if item.id in extra:
                    item = merge_metadata(item, extra[item.id])
        yield where, item


def _documents_in(path: Path) -> Iterator[_Located]:
    """Yield ``(location, document or error)`` for the articles of one file or dataset directory."""
    if _is_saved_dataset(path):
        yield from _saved_dataset_documents(path)
    elif _is_hub_dataset(path):
        for file in _hub_document_files(path):
            yield from _parquet_documents(file)
    elif path.name.endswith(".txt"):
        yield Place(path), _text_document(path)
    elif holds_records(path):
        yield Place(path), InputError(path, _records_note(path, skipped=False))
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


def _broken_link(path: Path, inside: Path | None = None) -> tuple[str, str] | None:
    """``("dangling" | "loop", what is wrong)`` for a symbolic link that leads to no article, else None.

    A loop is a link that resolves back to itself, or (``inside`` the directory being walked) a
    link to a directory that holds it, which a walk would follow for ever.
    """
    if not path.is_symlink():
        return None
    target = os.readlink(path)
    try:
        resolved = path.resolve(strict=True)
    except FileNotFoundError:
        return "dangling", f"dangling symbolic link (to {target}, which does not exist)"
    except (OSError, RuntimeError):  # ELOOP; Python before 3.13 raises RuntimeError
        return "loop", f"symbolic link loop (to {target}, which leads back to itself); remove the link"
    if inside is not None and resolved.is_dir() and inside.resolve().is_relative_to(resolved):
        return "loop", (
            f"symbolic link loop (to {target}, a directory that holds the link, so walking it never ends); "
            "remove the link"
        )
    return None


def holds_records(path: Path) -> bool:
    """Whether ``path`` is a JSONL file of attribution records: its first line has :data:`RECORD_FIELDS`."""
    if not path.name.endswith((".jsonl", ".jsonl.gz")) or not path.is_file():
        return False
    first = next(json_lines(path), None)
    return first is not None and isinstance(first[1], dict) and all(key in first[1] for key in RECORD_FIELDS)


def _records_note(path: Path, *, skipped: bool = True) -> str:
    fields = ", ".join(RECORD_FIELDS)
    if skipped:
        return f"{path} holds attribution records (its lines have {fields}), not articles; skipped"
    return (
        f"holds attribution records (its lines have {fields}), not articles; "
        "pass the articles they were found in"
    )


def no_articles(paths: Sequence[Path], skipped: int = 0) -> str:
    """The message for inputs that hold no article (``skipped`` bad ones left out), for every command."""
    found = f" ({skipped} bad, skipped)" if skipped else ""
    return (
        f"no articles found in {', '.join(str(path) for path in paths) or 'no inputs'}{found}; "
        "expected .txt, .jsonl, .jsonl.gz or .parquet files, or directories holding them"
    )


def output_clash(output: Path, inputs: Sequence[Path], *, directories: bool = True) -> str | None:
    """How writing ``output`` would harm an input, or ``None`` when it would not.

    It harms one when it is an input file, or (with ``directories``) when it lies inside an input
    directory, which is walked for articles: it would overwrite one, or be read back as one.
    """
    target = Path(output).resolve()
    for path in inputs:
        source = Path(path).resolve()
        if target == source:
            return f"is the input {path}; writing there would overwrite it"
        if directories and source.is_dir() and target.is_relative_to(source):
            return (
                f"is inside the input directory {path}, which is read for articles; "
                "writing there would overwrite an article or be read back as one"
            )
    return None


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
        return sum(
            _count_under(child)
            for child in _article_entries(path)
            if not holds_records(child) and not (child / DATASET_MARKER).is_file()
        )
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
    skip = len(BOM) if data.startswith(BOM) else 0
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
    for line, item in json_lines(path):
        where = Place(path, line=line)
        if isinstance(item, InputError):
            yield where, item
        else:
            yield where, document_from_fields(item, where, default_id=f"{stem}-{line}")


def _parquet_documents(path: Path) -> Iterator[_Located]:
    for row, item in parquet_rows(path):
        where = Place(path, row=row)
        if isinstance(item, InputError):
            yield where, item
        else:
            yield where, document_from_fields(item, where, default_id=None)


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
        yield Place(directory), InputError(directory, f"cannot load saved dataset ({error})")
        return
    splits = loaded.items() if isinstance(loaded, datasets.DatasetDict) else [("", loaded)]
    for split, dataset in splits:
        place = directory / split if split else directory
        for row, record in enumerate(dataset, start=1):
            where = Place(place, row=row)
            yield where, document_from_fields(dict(record), where, default_id=None)
