"""Build the dataset: read -> extract -> validate -> publish, atomically.

Everything is written into a temporary sibling of the output directory, shard by shard as the
documents stream past, and swapped in only when every record has passed validation: a failed
build leaves the previous dataset exactly as it was. The same input gives byte-identical Parquet
files (input order, spans sorted within a document, no timestamps).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from datasets import Features

from quotes.card import Counts, configs, render_card
from quotes.features import features_for
from quotes.records import Attribution, Document
from quotes.validate import CONFIG_KINDS, ValidationError, validate_record

#: A file in the dataset root that says "this directory was written by ``quotes build``".
MARKER = ".quotes-dataset"
SUMMARY = "build_summary.json"
CARD = "README.md"
#: Documents per Parquet shard: memory stays flat however large the corpus.
SHARD_DOCUMENTS = 1000
#: Scores predicted attributions against gold ones and returns the report as Markdown.
Scorer = Callable[[list[Attribution], list[Attribution]], str]


class BuildError(Exception):
    """The dataset could not be built; the previous output is untouched."""


@dataclass(frozen=True)
class BuildSummary:
    """What a build produced: where, how many records of each kind, with which model, from what."""

    out: Path
    counts: Counts
    model: dict[str, str]
    inputs: list[str]
    files: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written to ``build_summary.json`` (no timestamps, so builds compare equal)."""
        return {
            "generator": {"name": "quotes", "version": package_version("quotes")},
            "model": self.model,
            "inputs": self.inputs,
            "counts": self.counts.to_dict(),
            "files": self.files,
        }


class ShardWriter:
    """Write one config's records as numbered Parquet shards with a fixed Arrow schema."""

    def __init__(self, directory: Path, features: Features) -> None:
        self.directory = directory
        self.schema = features.arrow_schema
        self.rows: list[dict[str, Any]] = []
        self.shards: list[Path] = []
        directory.mkdir(parents=True, exist_ok=True)

    def add(self, record: dict[str, Any]) -> None:
        """Buffer one record (in ``to_dict`` form) for the current shard."""
        self.rows.append(record)

    def flush(self) -> None:
        """Write the buffered records as a shard, if there are any."""
        if self.rows:
            self._write(self.rows)
            self.rows = []

    def _write(self, rows: list[dict[str, Any]]) -> None:
        path = self.directory / f"part-{len(self.shards):05d}.parquet"
        table = pa.Table.from_pylist(rows, schema=self.schema)
        pq.write_table(table, path, compression="zstd")
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


def _check_out(out: Path) -> None:
    """Refuse to replace anything that is not a dataset this package wrote (or an empty dir)."""
    if not out.exists():
        return
    if not out.is_dir():
        raise BuildError(f"{out}: exists and is not a directory; choose another --out")
    if any(out.iterdir()) and not (out / MARKER).is_file():
        raise BuildError(
            f"{out}: exists and was not written by 'quotes build' (no {MARKER} file); "
            "refusing to replace it; choose another --out or remove it"
        )


def _swap_in(new: Path, out: Path) -> None:
    """Put ``new`` at ``out``: rename the old output aside, rename the new one in, drop the old."""
    old = out.with_name(f".{out.name}.old-{os.getpid()}") if out.exists() else None
    if old is not None:
        out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        if old is not None:
            old.rename(out)
        raise
    if old is not None:
        shutil.rmtree(old)


def _invalid(where: str, record: dict[str, Any], problems: list[str]) -> ValidationError:
    shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
    return ValidationError(f"{where} (id={record.get('id')}): {shown}")


def _write_configs(
    pairs: Iterable[tuple[Document, list[Attribution]]],
    root: Path,
    counts: Counts,
    gold_docs: set[str],
    progress: Callable[[int], None] | None,
    shard_documents: int,
) -> tuple[dict[str, ShardWriter], dict[str, str], list[Attribution]]:
    """Stream documents and their attributions into shards; return the writers, the texts of the
    gold documents and the predictions on them (both small: gold covers a few articles)."""
    writers = {
        name: ShardWriter(root / "data" / name, features_for(CONFIG_KINDS[name]))
        for name in ("documents", "attributions")
    }
    doc_ids: set[str] = set()
    attribution_ids: set[str] = set()
    gold_texts: dict[str, str] = {}
    predicted: list[Attribution] = []
    for document, attributions in pairs:
        record = document.to_dict()
        problems = validate_record(record, "document")
        if document.id in doc_ids:
            problems.append(f"$.id -> duplicate document id {document.id!r}")
        if problems:
            raise _invalid(f"document {counts.documents + 1}", record, problems)
        doc_ids.add(document.id)
        writers["documents"].add(record)
        for number, attribution in enumerate(sorted(attributions, key=lambda a: (a.start, a.end, a.id)), 1):
            row = attribution.to_dict()
            problems = validate_record(row, "attribution", article=document.text)
            if attribution.doc_id != document.id:
                problems.append(
                    f"$.doc_id -> {attribution.doc_id!r} is not the document's id {document.id!r}"
                )
            if attribution.id in attribution_ids:
                problems.append(f"$.id -> duplicate attribution id {attribution.id!r}")
            if problems:
                raise _invalid(f"attribution {number} of document {document.id!r}", row, problems)
            attribution_ids.add(attribution.id)
            writers["attributions"].add(row)
            counts.add(row)
            if document.id in gold_docs:
                predicted.append(attribution)
        if document.id in gold_docs:
            gold_texts[document.id] = document.text
        counts.documents += 1
        if progress is not None:
            progress(1)
        if counts.documents % shard_documents == 0:
            for writer in writers.values():
                writer.flush()
    return writers, gold_texts, predicted


def _check_gold(gold: list[dict[str, Any]], source: str, texts: dict[str, str]) -> None:
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


def publish(
    pairs: Iterable[tuple[Document, list[Attribution]]],
    out: Path,
    *,
    model: dict[str, str],
    inputs: Sequence[str] = (),
    gold: list[dict[str, Any]] | None = None,
    gold_source: str = "gold",
    scorer: Scorer | None = None,
    guidelines: str | None = None,
    progress: Callable[[int], None] | None = None,
    shard_documents: int = SHARD_DOCUMENTS,
) -> BuildSummary:
    """Validate and write documents with their attributions (and gold) as the dataset at ``out``.

    Args:
        pairs: each document with its attributions, streamed.
        out: the dataset directory, replaced atomically when everything is valid.
        model: ``{"name", "version"}`` of the pipeline that produced the attributions.
        inputs: the input paths, as recorded in the summary.
        gold: gold attribution records (``to_dict`` form); they become the ``gold`` config.
        gold_source: where the gold came from, for error messages.
        scorer: scores predictions against gold (Markdown for the card).
        guidelines: the annotation guidelines (Markdown) for the card.
        progress: called with 1 after each document.
        shard_documents: documents per Parquet shard.

    Raises:
        BuildError: ``out`` exists and is not a dataset written by this package.
        ValidationError: a record breaks the schema or does not match its article; names it.
    """
    out = Path(out)
    _check_out(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
    try:
        tmp.chmod(0o755)
        counts = Counts(gold=len(gold) if gold is not None else None)
        gold_docs = {str(record.get("doc_id")) for record in gold or []}
        writers, gold_texts, predicted = _write_configs(
            pairs, tmp, counts, gold_docs, progress, shard_documents
        )
        if gold is not None:
            _check_gold(gold, gold_source, gold_texts)
            writers["gold"] = ShardWriter(tmp / "data" / "gold", features_for("attribution"))
            for record in sorted(gold, key=lambda r: (r["doc_id"], r["start"], r["end"], r["id"])):
                writers["gold"].add(record)
        files = {
            name: [path.relative_to(tmp).as_posix() for path in writers[name].close()]
            for name in configs(gold=gold is not None)
        }
        evaluation = None
        if gold is not None and scorer is not None:
            evaluation = scorer(predicted, [Attribution.from_dict(record) for record in gold])
        card = render_card(
            counts,
            model_name=model["name"],
            model_version=model["version"],
            evaluation=evaluation,
            guidelines=guidelines,
        )
        (tmp / CARD).write_text(card, encoding="utf-8")
        summary = BuildSummary(out=out, counts=counts, model=model, inputs=list(inputs), files=files)
        (tmp / SUMMARY).write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")
        (tmp / MARKER).write_text("written by 'quotes build'; safe for it to replace\n", encoding="utf-8")
        _swap_in(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return summary


def _score(predicted: list[Attribution], gold: list[Attribution]) -> str:
    from quotes.evaluate import evaluate

    return str(evaluate(predicted, gold).to_markdown())


def build(
    inputs: Sequence[Path],
    out: Path,
    *,
    gold: Path | None = None,
    metadata: Path | None = None,
    model: str | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> BuildSummary:
    """Read articles, find their attributions, validate everything and publish the dataset at ``out``.

    Args:
        inputs: article files and directories (see :func:`quotes.io.read_documents`).
        out: the dataset directory; replaced atomically, and only if it is one this package wrote.
        gold: a JSONL file of gold attribution records for some of the input documents; adds the
            ``gold`` config and the evaluation section of the card (``ANNOTATION.md`` next to it,
            when present, becomes the card's annotation guidelines).
        metadata: a JSONL file of document metadata (outlet, title, url, date), merged by id.
        model: the spaCy pipeline to use; ``None`` for the default.
        workers: processes for parsing.
        progress: called with 1 after each document.

    Raises:
        quotes.io.InputError: an input, the metadata or the gold file cannot be read.
        quotes.nlp.ModelNotFoundError: the pipeline cannot be loaded.
        BuildError: ``out`` is not a dataset directory this package wrote, or no article was found.
        ValidationError: a record is invalid; the message names it and the JSON path.
        quotes.evaluate.EvaluationError: the gold records cannot be scored.
    """
    from quotes import nlp as nlp_module
    from quotes.io import read_documents, read_records

    _check_out(Path(out))
    gold_records = list(read_records(gold)) if gold is not None else None
    documents = read_documents(inputs, metadata=metadata)
    first = next(documents, None)  # bad paths and metadata fail here, before the model loads
    if first is None:
        raise BuildError(
            f"no articles found in {', '.join(str(path) for path in inputs) or 'no inputs'}; "
            "expected .txt, .jsonl, .jsonl.gz or .parquet files, or directories holding them"
        )
    from quotes.extract import extract_documents

    nlp = nlp_module.load(model)
    model_info = {"name": f"{nlp.meta['lang']}_{nlp.meta['name']}", "version": str(nlp.meta["version"])}
    pairs = extract_documents(
        itertools.chain([first] if first is not None else [], documents), nlp=nlp, n_process=workers
    )
    guidelines_path = gold.parent / "ANNOTATION.md" if gold is not None else None
    guidelines = (
        guidelines_path.read_text(encoding="utf-8")
        if guidelines_path is not None and guidelines_path.is_file()
        else None
    )
    return publish(
        pairs,
        Path(out),
        model=model_info,
        inputs=[Path(path).as_posix() for path in inputs],
        gold=gold_records,
        gold_source=str(gold),
        scorer=_score,
        guidelines=guidelines,
        progress=progress,
    )
