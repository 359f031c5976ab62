"""Check records against the JSON Schemas in ``schema/``, and against their article text.

The schema is the contract; :func:`validate_record` adds the checks a schema cannot express
(``start <= end``, the span's text equals the article's ``text[start:end]``, spans inside the
article). Problems are returned as ``"$.json.path -> message"`` strings and the caller decides
what to do with them; :func:`validate_path` checks a whole dataset directory or JSONL file.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from quotes.dataset.formats import format_checker

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
#: Where the JSON Schemas live: ``schema/`` at the repository root, or inside the package when a
#: wheel ships them there (``quotes/schema``).
SCHEMA_DIR = next(
    (path for path in (_PACKAGE_DIR / "schema", _PACKAGE_DIR.parent / "schema") if path.is_dir()),
    _PACKAGE_DIR.parent / "schema",
)

RecordKind = Literal["attribution", "document"]
KINDS: tuple[str, ...] = ("attribution", "document")

#: Dataset configs, the record kind each holds, and the folder of its Parquet files.
CONFIG_KINDS: dict[str, RecordKind] = {
    "attributions": "attribution",
    "documents": "document",
    "gold": "attribution",
}


#: Where a built dataset carries the JSON Schemas its records were validated against.
SCHEMA_FOLDER = "schema"


def configs(*, gold: bool) -> list[str]:
    """The dataset's config names; ``gold`` only when gold annotations were given."""
    return [name for name in CONFIG_KINDS if gold or name != "gold"]


class ValidationError(ValueError):
    """A record does not match its schema or its article."""


@cache
def load_schema(kind: str) -> dict[str, Any]:
    """Return the JSON Schema for a record kind ("attribution" or "document").

    Raises:
        ValueError: when ``kind`` is not a known record kind.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {', '.join(KINDS)}")
    with (SCHEMA_DIR / f"{kind}.schema.json").open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


@cache
def _validator(kind: str) -> Draft202012Validator:
    schema = load_schema(kind)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=format_checker())


def json_path(parts: Iterable[str | int]) -> str:
    """Format a sequence of keys and indexes as a JSON path: ``$.speaker.kind``, ``$.metadata[0]``."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _leaf_errors(error: SchemaError) -> Iterator[SchemaError]:
    """Descend into ``anyOf`` errors, skipping the ``null`` branch, so messages point at the field."""
    if error.context:
        branches = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
        if branches:
            for branch in branches:
                yield from _leaf_errors(branch)
            return
    yield error


def schema_problems(record: Any, kind: str) -> list[str]:
    """Return the JSON Schema violations of ``record`` as sorted ``"path -> message"`` strings."""
    problems = {
        f"{json_path(leaf.absolute_path)} -> {leaf.message}"
        for error in _validator(kind).iter_errors(record)
        for leaf in _leaf_errors(error)
    }
    return sorted(problems)


def _span_problems(record: dict[str, Any], path: str, text_key: str, article: str | None) -> list[str]:
    """Cross-field checks of one ``{text, start, end}`` span; ``article`` enables the text check."""
    start, end, text = record.get("start"), record.get("end"), record.get(text_key)
    if not isinstance(start, int) or not isinstance(end, int):
        return []
    if start > end:
        return [f"{path}.start -> start {start} is after end {end}"]
    if article is None:
        if isinstance(text, str) and len(text) != end - start:
            return [
                f"{path}.{text_key} -> has {len(text)} characters "
                f"but the span {start}-{end} has {end - start}"
            ]
        return []
    if end > len(article):
        return [f"{path}.end -> {end} is past the end of the article ({len(article)} characters)"]
    if text != article[start:end]:
        return [
            f"{path}.{text_key} -> {text!r} is not the article's text[{start}:{end}] {article[start:end]!r}"
        ]
    return []


def _attribution_problems(record: dict[str, Any], article: str | None) -> list[str]:
    problems = _span_problems(record, "$", "text", article)
    doc_id, start, end = record.get("doc_id"), record.get("start"), record.get("end")
    if record.get("id") != f"{doc_id}:{start}-{end}":
        problems.append(f"$.id -> {record.get('id')!r} is not doc_id:start-end ({doc_id}:{start}-{end})")
    speaker = record.get("speaker")
    if isinstance(speaker, dict):
        if (speaker.get("start") is None) != (speaker.get("end") is None):
            problems.append("$.speaker -> start and end must both be null or both be offsets")
        elif speaker.get("start") is not None:
            if speaker.get("mention") is None:
                problems.append("$.speaker.mention -> is null but the speaker has a span")
            else:
                problems += _span_problems(speaker, "$.speaker", "mention", article)
    cue = record.get("cue")
    if isinstance(cue, dict):
        problems += _span_problems(cue, "$.cue", "text", article)
    return problems


def validate_record(record: Any, kind: str, *, article: str | None = None) -> list[str]:
    """Validate one record against its schema, then check what the schema cannot.

    Args:
        record: the record in ``to_dict`` form.
        kind: "attribution" or "document", or a config name ("attributions", "documents", "gold").
        article: for an attribution, the text of its document; when given, every span
            (quote, speaker mention, cue) must lie inside it and equal ``article[start:end]``.
            Without it, only ``start <= end`` and the span lengths are checked.

    Returns:
        Problems as ``"$.path -> message"`` strings; empty when the record is valid.
    """
    kind = CONFIG_KINDS.get(kind, kind)
    problems = schema_problems(record, kind)
    if problems or kind != "attribution":
        return problems
    return _attribution_problems(record, article)


def describe(source: str, number: int, record: Any, problem: str) -> str:
    """Format one problem as ``"SOURCE: record N (id=...): $.path -> message"``."""
    record_id = record.get("id") if isinstance(record, dict) else None
    return f"{source}: record {number} (id={record_id}): {problem}"


@dataclass
class PathReport:
    """What :func:`check_path` found: how many records it read, and every problem."""

    records: int = 0
    problems: list[str] = field(default_factory=list)
    #: Whether every attribution's text was compared with its article (not only with its span length).
    texts_checked: bool = True


def _parquet_records(path: Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq  # here, not at the top: checking records needs no Arrow

    for batch in pq.ParquetFile(path).iter_batches(batch_size=1000):
        yield from batch.to_pylist()


def _check_records(
    report: PathReport,
    source: str,
    records: Iterable[tuple[int, Any]],
    kind: str,
    seen_ids: set[str],
    articles: dict[str, str] | None,
) -> None:
    """Validate numbered records into ``report``; ``articles`` maps document ids to texts."""
    for number, record in records:
        report.records += 1
        article = None
        if kind == "attribution" and articles is not None and isinstance(record, dict):
            article = articles.get(record.get("doc_id"))  # type: ignore[arg-type]
            if article is None and record.get("doc_id") is not None:
                report.problems.append(
                    describe(source, number, record, f"$.doc_id -> no document with id {record['doc_id']!r}")
                )
        problems = validate_record(record, kind, article=article)
        record_id = record.get("id") if isinstance(record, dict) else None
        if isinstance(record_id, str):
            if record_id in seen_ids:
                problems.append(f"$.id -> duplicate id {record_id!r}")
            seen_ids.add(record_id)
        report.problems += [describe(source, number, record, problem) for problem in problems]


def _check_directory(directory: Path) -> PathReport:
    import pyarrow as pa

    report = PathReport()
    data = directory / "data"
    if not (data / "documents").is_dir():
        report.problems.append(f"{directory}: not a dataset directory (no data/documents/*.parquet)")
        return report
    articles: dict[str, str] = {}
    for config in ("documents", "attributions", "gold"):  # documents first: attributions join to them
        kind = CONFIG_KINDS[config]
        seen_ids: set[str] = set()
        for shard in sorted((data / config).glob("*.parquet")):
            numbered: Iterator[tuple[int, dict[str, Any]]] = enumerate(_parquet_records(shard), start=1)
            if config == "documents":
                numbered = _remember_articles(numbered, articles)
            try:
                _check_records(report, str(shard), numbered, kind, seen_ids, articles)
            except (pa.ArrowException, OSError) as error:  # a truncated or overwritten shard
                report.problems.append(f"{shard}: not a readable Parquet file ({error})")
    for config in ("documents", "attributions"):
        if not any((data / config).glob("*.parquet")):
            report.problems.append(f"{data / config}: no Parquet files; every dataset has this config")
    return report


def _remember_articles(
    numbered: Iterator[tuple[int, dict[str, Any]]], articles: dict[str, str]
) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, record in numbered:
        if isinstance(record.get("id"), str) and isinstance(record.get("text"), str):
            articles.setdefault(record["id"], record["text"])
        yield number, record


def looks_like_document(record: Any) -> bool:
    """True for a record in document form (``id`` and ``text`` but no ``doc_id``)."""
    return isinstance(record, dict) and "text" in record and "doc_id" not in record and "start" not in record


def _check_jsonl(path: Path, articles: dict[str, str] | None = None) -> PathReport:
    report = PathReport()
    opener = gzip.open if path.name.endswith(".gz") else open
    numbered: list[tuple[int, Any]] = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                numbered.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                report.records += 1
                report.problems.append(f"{path}: record {number} (id=None): $ -> invalid JSON: {exc.msg}")
    kind = "document" if numbered and looks_like_document(numbered[0][1]) else "attribution"
    _check_records(report, str(path), numbered, kind, set(), articles if kind == "attribution" else None)
    report.texts_checked = kind != "attribution" or articles is not None
    return report


def check_path(path: Path, articles: dict[str, str] | None = None) -> PathReport:
    """Validate a dataset directory (every config, attributions joined to their documents) or a
    JSONL file (attribution records, or documents when the first record looks like one).

    ``articles`` (document id -> text) are what a records file's spans are checked against; without
    them only the schema and each span's length are checked, and the report says so.

    Raises:
        ValidationError: when ``path`` does not exist or is neither a directory nor a JSONL file.
    """
    if path.is_dir():
        return _check_directory(path)
    if path.is_file() and (path.suffix == ".jsonl" or path.name.endswith(".jsonl.gz")):
        return _check_jsonl(path, articles)
    if path.is_file() and path.suffix == ".parquet":
        report = PathReport()
        kind = "document" if "documents" in path.parts else "attribution"
        numbered = enumerate(_parquet_records(path), start=1)
        _check_records(report, str(path), numbered, kind, set(), articles if kind == "attribution" else None)
        report.texts_checked = kind != "attribution" or articles is not None
        return report
    raise ValidationError(
        f"{path}: cannot validate this path; "
        "expected a dataset directory, a .jsonl(.gz) file or a .parquet file"
    )


def validate_path(path: Path) -> list[str]:
    """Return every problem in a dataset directory or JSONL file, as
    ``"FILE: record N (id=...): $.path -> message"`` strings (empty when all records are valid).

    Raises:
        ValidationError: when ``path`` cannot be validated at all (see :func:`check_path`).
    """
    return check_path(path).problems
