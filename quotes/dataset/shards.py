"""Writing a build's records: validated document by document, streamed into Parquet shards.

Each config is written as numbered shards of :data:`SHARD_DOCUMENTS` documents with the config's
fixed Arrow schema, so memory stays flat however large the corpus, and a config with no records
still declares its types. The records are validated and gathered here; each shard is written by
:func:`quotes.dataset.parquet.write_table` through a :class:`~quotes.dataset.helper.Helper`, in the
build's helper process when it has one, so this module imports neither ``pyarrow`` nor ``datasets``. A record that breaks its schema, or whose span does not match its
article, raises a :class:`~quotes.dataset.validate.ValidationError` naming it (or, when skipping, the
document is left out and listed).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes.dataset.counts import Counts
from quotes.dataset.helper import IN_PROCESS, Helper
from quotes.dataset.validate import CONFIG_KINDS, RecordKind, ValidationError, validate_record
from quotes.records import Attribution, Document

__all__ = ["SHARD_DOCUMENTS", "ShardWriter", "SkippedArticle", "check_gold", "write_configs", "write_gold"]

#: Documents per Parquet shard: memory stays flat however large the corpus.
SHARD_DOCUMENTS = 1000
#: Records a shard keeps as Python objects before it packs them (pickled, about 15 times smaller): a
#: shard of 1,000 news articles and their records is some 100 MB of dicts, 10 MB packed.
PACK_ROWS = 1000


@dataclass(frozen=True)
class SkippedArticle:
    """An article left out of a build (``skip_bad``): where it was and why."""

    where: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        """The JSON form listed in ``build_summary.json``."""
        return {"where": self.where, "reason": self.reason}

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ShardWriter:
    """Write one config's records as numbered Parquet shards with its kind's fixed Arrow schema."""

    def __init__(self, directory: Path, kind: RecordKind, helper: Helper = IN_PROCESS) -> None:
        """Write the records of ``kind`` into ``directory``, each shard through ``helper``."""
        self.directory = directory
        self.kind = kind
        self.helper = helper
        self.rows: list[dict[str, Any]] = []
        self.packed: list[bytes] = []  # earlier records of this shard, PACK_ROWS a list, pickled
        self.shards: list[Path] = []
        directory.mkdir(parents=True, exist_ok=True)

    def add(self, record: dict[str, Any]) -> None:
        """Buffer one record (in ``to_dict`` form) for the current shard."""
        self.rows.append(record)
        if len(self.rows) >= PACK_ROWS:
            self.packed.append(pickle.dumps(self.rows, protocol=pickle.HIGHEST_PROTOCOL))
            self.rows = []

    def flush(self) -> None:
        """Write the buffered records as a shard, if there are any."""
        if self.rows or self.packed:
            self._write(self.rows, self.packed)
            self.rows, self.packed = [], []

    def _write(self, rows: list[dict[str, Any]], packed: list[bytes] | None = None) -> None:
        path = self.directory / f"part-{len(self.shards):05d}.parquet"
        self.helper.call("quotes.dataset.parquet", "write_table", self.kind, rows, str(path), packed or [])
        self.shards.append(path)

    def close(self) -> list[Path]:
        """Write the last shard (an empty one when the config has no records, so its types are
        still declared) and name the shards ``train-0000i-of-0000n.parquet``."""
        self.flush()
        if not self.shards:
            self._write([])
        total = len(self.shards)
        named = []
        for index, path in enumerate(self.shards):
            target = path.with_name(f"train-{index:05d}-of-{total:05d}.parquet")
            path.rename(target)
            named.append(target)
        self.shards = named
        return named


def _invalid(where: str, record: dict[str, Any], problems: list[str]) -> ValidationError:
    shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
    return ValidationError(f"{where} (id={record.get('id')}): {shown}")


def _document_problems(
    document: Document,
    attributions: list[Attribution],
    doc_ids: set[str],
    attribution_ids: set[str],
    position: int,
) -> tuple[dict[str, Any], list[dict[str, Any]], ValidationError | None]:
    """One document's record, its attribution records sorted by span, and what is wrong with them."""
    record = document.to_dict()
    problems = validate_record(record, "document")
    if document.id in doc_ids:
        problems.append(f"$.id -> duplicate document id {document.id!r}")
    if problems:
        return record, [], _invalid(f"document {position}", record, problems)
    rows = []
    ids: set[str] = set()
    for number, attribution in enumerate(sorted(attributions, key=lambda a: (a.start, a.end, a.id)), 1):
        row = attribution.to_dict()
        problems = validate_record(row, "attribution", article=document.text)
        if attribution.doc_id != document.id:
            problems.append(f"$.doc_id -> {attribution.doc_id!r} is not the document's id {document.id!r}")
        if attribution.id in attribution_ids or attribution.id in ids:
            problems.append(f"$.id -> duplicate attribution id {attribution.id!r}")
        if problems:
            return record, [], _invalid(f"attribution {number} of document {document.id!r}", row, problems)
        ids.add(attribution.id)
        rows.append(row)
    return record, rows, None


def write_configs(
    pairs: Iterable[tuple[Document, list[Attribution]]],
    root: Path,
    counts: Counts,
    gold_docs: set[str],
    progress: Callable[[int], None] | None,
    shard_documents: int,
    skipped: list[SkippedArticle] | None,
    helper: Helper = IN_PROCESS,
) -> tuple[dict[str, ShardWriter], dict[str, str], list[Attribution]]:
    """Stream documents and their attributions into shards; return the writers, the texts of the
    gold documents and the predictions on them (both small: gold covers a few articles).

    An invalid document (or one with an invalid attribution) raises, or with ``skipped`` given is
    left out and listed there. Each shard is written through ``helper``."""
    writers = {
        name: ShardWriter(root / "data" / name, CONFIG_KINDS[name], helper)
        for name in ("documents", "attributions")
    }
    doc_ids: set[str] = set()
    attribution_ids: set[str] = set()
    gold_texts: dict[str, str] = {}
    predicted: list[Attribution] = []
    for position, (document, attributions) in enumerate(pairs, 1):
        if progress is not None:
            progress(1)
        record, rows, error = _document_problems(document, attributions, doc_ids, attribution_ids, position)
        if error is not None:
            if skipped is None:
                raise error
            skipped.append(SkippedArticle(f"document {document.id!r}", str(error)))
            continue
        doc_ids.add(document.id)
        writers["documents"].add(record)
        for row in rows:
            attribution_ids.add(row["id"])
            writers["attributions"].add(row)
            counts.add(row)
        if document.id in gold_docs:
            gold_texts[document.id] = document.text
            predicted.extend(sorted(attributions, key=lambda a: (a.start, a.end, a.id)))
        counts.documents += 1
        if counts.documents % shard_documents == 0:
            for writer in writers.values():
                writer.flush()
    return writers, gold_texts, predicted


def check_gold(gold: list[dict[str, Any]], source: str, texts: dict[str, str]) -> None:
    """Validate gold records against the input articles; the first bad one raises, named by number."""
    seen: set[str] = set()
    for number, record in enumerate(gold, 1):
        article = texts.get(record.get("doc_id"))  # type: ignore[arg-type]
        problems = validate_record(record, "attribution", article=article)
        if article is None:
            problems.append(f"$.doc_id -> no document {record.get('doc_id')!r} among the inputs")
        if record.get("id") in seen:
            problems.append(f"$.id -> duplicate id {record.get('id')!r}")
        seen.add(record.get("id"))  # type: ignore[arg-type]
        if problems:
            raise _invalid(f"{source}: record {number}", record, problems)


def write_gold(tmp: Path, gold: list[dict[str, Any]], helper: Helper = IN_PROCESS) -> list[str]:
    """Write gold records as the ``gold`` config of ``tmp`` (through ``helper``); return their files,
    relative to ``tmp``."""
    writer = ShardWriter(tmp / "data" / "gold", "attribution", helper)
    for record in sorted(gold, key=lambda r: (r["doc_id"], r["start"], r["end"], r["id"])):
        writer.add(record)
    return [path.relative_to(tmp).as_posix() for path in writer.close()]
