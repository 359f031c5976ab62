"""Build the dataset: read -> extract -> validate -> publish, atomically.

Everything is written into a temporary sibling of the output directory, shard by shard as the
documents stream past, and swapped in only when every record has passed validation: a failed
build leaves the previous dataset exactly as it was. The same input gives byte-identical Parquet
files (input order, spans sorted within a document, no timestamps).

The staging directory, the recovery after a killed build and the refusal to replace a dataset built
from other inputs are in :mod:`quotes.dataset.staging`; the validated, sharded writing of records in
:mod:`quotes.dataset.shards`.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotes.dataset.helper import IN_PROCESS, Helper, build_helper
from quotes.dataset.staging import (
    MARKER,
    SUMMARY,
    BuildError,
    check_out,
    check_same_inputs,
    out_lock,
    staging,
)
from quotes.read.io import swap_in
from quotes.records import CATEGORIES, Attribution, Document

if TYPE_CHECKING:
    from quotes.dataset.counts import Counts
    from quotes.dataset.shards import SkippedArticle

# Validation brings in ``jsonschema``, and the card and Parquet ``datasets`` and ``pyarrow`` (seconds of a
# cold start): they are imported where they are used, the last two in the build's helper process
# (:mod:`quotes.dataset.helper`), not when the command starts.
_LAZY = {"Counts": "quotes.dataset.counts", "SkippedArticle": "quotes.dataset.shards"}


def __getattr__(name: str) -> Any:
    """``build.Counts`` and ``build.SkippedArticle``, imported on first use (see ``_LAZY``)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


CARD = "README.md"
#: Scores predicted attributions against gold ones and returns the report as Markdown.
Scorer = Callable[[list[Attribution], list[Attribution]], str]


#: The ways to run the extraction: this process (with ``workers`` processes), or a Ray Data pipeline.
ENGINES: tuple[str, ...] = ("local", "ray")


@dataclass(frozen=True)
class BuildSummary:
    """What a build produced: where, how many records of each kind, with which model, from what."""

    out: Path
    counts: Counts
    model: dict[str, str]
    inputs: list[str]
    files: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[SkippedArticle] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written to ``build_summary.json`` (no timestamps, so builds compare equal)."""
        return {
            "generator": {"name": "quotes", "version": package_version("quotes")},
            "model": self.model,
            "inputs": self.inputs,
            "counts": self.counts.to_dict(),
            "files": self.files,
            "skipped": [article.to_dict() for article in self.skipped],
        }


@dataclass
class _Finished:
    """What the extraction left in the staging directory, for the card and the summary."""

    counts: Counts
    files: dict[str, list[str]]
    predicted: list[Attribution]


def _finish(
    tmp: Path,
    out: Path,
    finished: _Finished,
    *,
    model: dict[str, str],
    inputs: Sequence[str],
    gold: list[dict[str, Any]] | None,
    scorer: Scorer | None,
    guidelines: str | None,
    benchmark: str | None,
    skipped: list[SkippedArticle],
    license: str | None = None,
    helper: Helper = IN_PROCESS,
) -> BuildSummary:
    """Write the card (through ``helper``), the schemas, the summary and the marker into ``tmp``, then
    swap it in at ``out``."""
    from quotes.dataset.validate import configs

    evaluation = None
    if gold is not None and scorer is not None:
        evaluation = scorer(finished.predicted, [Attribution.from_dict(record) for record in gold])
    card = helper.call(
        "quotes.dataset.card",
        "render_card",
        finished.counts,
        model_name=model["name"],
        model_version=model["version"],
        evaluation=evaluation,
        guidelines=guidelines,
        benchmark=benchmark,
        license=license,
    )
    (tmp / CARD).write_text(card, encoding="utf-8")
    _ship_schemas(tmp)
    summary = BuildSummary(
        out=out,
        counts=finished.counts,
        model=model,
        inputs=list(inputs),
        files={name: finished.files[name] for name in configs(gold=gold is not None)},
        skipped=skipped,
    )
    (tmp / SUMMARY).write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")
    (tmp / MARKER).write_text("written by 'quotes build'; safe for it to replace\n", encoding="utf-8")
    swap_in(tmp, out)
    return summary


def _ship_schemas(tmp: Path) -> None:
    """Copy the JSON Schemas the records were validated against into the dataset, where its card points."""
    from quotes.dataset.validate import KINDS, SCHEMA_DIR, SCHEMA_FOLDER

    (tmp / SCHEMA_FOLDER).mkdir()
    for kind in KINDS:
        name = f"{kind}.schema.json"
        (tmp / SCHEMA_FOLDER / name).write_bytes((SCHEMA_DIR / name).read_bytes())


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
    benchmark: str | None = None,
    progress: Callable[[int], None] | None = None,
    shard_documents: int | None = None,
    skipped: list[SkippedArticle] | None = None,
    force: bool = False,
    license: str | None = None,
    helper: Helper = IN_PROCESS,
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
        benchmark: accuracy figures on other annotated news (Markdown) for the card.
        progress: called with 1 after each document.
        shard_documents: documents per Parquet shard; ``None`` for
            :data:`quotes.dataset.shards.SHARD_DOCUMENTS`.
        skipped: ``None`` to stop at the first invalid document; else a list that invalid
            documents are added to (and that others, e.g. the reader, may add to while ``pairs``
            streams), all listed in the summary.
        force: replace ``out`` even if it is a non-empty directory this package did not write.
        license: the records' licence for the card (``None``: none was given, ``other`` in the card).
        helper: writes the Parquet files and renders the card (:mod:`quotes.dataset.helper`); by
            default in this process.

    Raises:
        BuildError: ``out`` exists and is not a dataset written by this package.
        ValidationError: a record breaks the schema or does not match its article; names it.
    """
    from quotes.dataset.counts import Counts
    from quotes.dataset.shards import SHARD_DOCUMENTS, check_gold, write_configs, write_gold

    shard_documents = SHARD_DOCUMENTS if shard_documents is None else shard_documents
    out = Path(out)
    with staging(out, force=force) as tmp:
        counts = Counts(gold=len(gold) if gold is not None else None)
        gold_docs = {str(record.get("doc_id")) for record in gold or []}
        writers, gold_texts, predicted = write_configs(
            pairs, tmp, counts, gold_docs, progress, shard_documents, skipped, helper
        )
        files = {
            name: [path.relative_to(tmp).as_posix() for path in writer.close()]
            for name, writer in writers.items()
        }
        if gold is not None:
            check_gold(gold, gold_source, gold_texts)
            files["gold"] = write_gold(tmp, gold, helper)
        return _finish(
            tmp,
            out,
            _Finished(counts, files, predicted),
            model=model,
            inputs=inputs,
            gold=gold,
            scorer=scorer,
            guidelines=guidelines,
            benchmark=benchmark,
            skipped=skipped if skipped is not None else [],
            license=license,
            helper=helper,
        )


def publish_with_ray(
    inputs: Sequence[Path],
    out: Path,
    *,
    model: dict[str, str],
    model_name: str | None = None,
    workers: int = 2,
    metadata: Path | None = None,
    gold: list[dict[str, Any]] | None = None,
    gold_source: str = "gold",
    scorer: Scorer | None = None,
    guidelines: str | None = None,
    benchmark: str | None = None,
    force: bool = False,
    license: str | None = None,
) -> BuildSummary:
    """Like :func:`publish`, with the extraction run by :func:`quotes.dataset.ray_build.extract_with_ray`.

    Ray writes ``documents`` and ``attributions`` into the staging directory (its workers validate
    every record); the gold, card, summary and marker are written here and the whole directory is
    swapped in at ``out`` only when everything succeeded, as for a local build. The rows are the
    local build's; their order within the data files is Ray's scheduling order.

    Raises:
        quotes.dataset.ray_build.RayEngineError: Ray is not installed.
        BuildError, ValidationError, quotes.read.io.InputError: as :func:`publish` and the reader.
    """
    from quotes.dataset.ray_build import extract_with_ray
    from quotes.dataset.shards import check_gold, write_gold

    out = Path(out)
    with staging(out, force=force) as tmp:
        run = extract_with_ray(
            [Path(path) for path in inputs],
            tmp / "data",
            model=model_name,
            concurrency=workers,
            metadata=metadata,
        )
        counts = run.counts
        counts.gold = len(gold) if gold is not None else None
        if counts.documents == 0:
            raise BuildError(f"no articles found in {', '.join(str(path) for path in inputs)}")
        files = {config: [f"data/{name}" for name in names] for config, names in run.files.items()}
        predicted: list[Attribution] = []
        if gold is not None:
            gold_docs = {str(record.get("doc_id")) for record in gold}
            texts = {
                row["id"]: row["text"]
                for row in _rows(tmp / "data" / "documents", ["id", "text"])
                if row["id"] in gold_docs
            }
            predicted = [
                Attribution.from_dict(row)
                for row in _rows(tmp / "data" / "attributions", None)
                if row["doc_id"] in gold_docs
            ]
            predicted.sort(key=lambda a: (a.doc_id, a.start, a.end))
            check_gold(gold, gold_source, texts)
            files["gold"] = write_gold(tmp, gold)
        return _finish(
            tmp,
            out,
            _Finished(counts, files, predicted),
            model=model,
            inputs=[Path(path).as_posix() for path in inputs],
            gold=gold,
            scorer=scorer,
            guidelines=guidelines,
            benchmark=benchmark,
            skipped=[],
            license=license,
        )


def _rows(folder: Path, columns: list[str] | None) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    for file in sorted(folder.glob("*.parquet")):
        for batch in pq.ParquetFile(file).iter_batches(columns=columns):
            yield from batch.to_pylist()


def _score(predicted: list[Attribution], gold: list[Attribution]) -> str:
    from quotes.evaluation.evaluate import evaluate

    return str(evaluate(predicted, gold).to_markdown())


def _read_gold(
    gold: Path | None, inputs: Sequence[Path]
) -> tuple[list[dict[str, Any]] | None, str, Path | None]:
    """The gold records, where they came from, and the file whose folder may hold ANNOTATION.md:
    ``gold`` when given, else the ``gold.jsonl`` sidecars of the input directories."""
    from quotes.read.articles import gold_sidecars
    from quotes.read.io import read_records

    sources = [gold] if gold is not None else gold_sidecars(inputs)
    if not sources:
        return None, "gold", None
    records = [record for source in sources for record in read_records(source)]
    return records, ", ".join(str(source) for source in sources), sources[0]


def _holding_out_lock(func: Callable[..., BuildSummary]) -> Callable[..., BuildSummary]:
    """Run a build while holding the lock of its ``out``, so two builds into one directory never race."""

    @functools.wraps(func)
    def locked(inputs: Sequence[Path], out: Path, **options: Any) -> BuildSummary:
        with out_lock(Path(out)):
            return func(inputs, out, **options)

    return locked


@_holding_out_lock
def build(
    inputs: Sequence[Path],
    out: Path,
    *,
    gold: Path | None = None,
    metadata: Path | None = None,
    model: str | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    skip_bad: bool = False,
    force: bool = False,
    engine: str = "local",
    benchmark: Path | None = None,
    license: str | None = None,
    categories: Collection[str] | None = None,
) -> BuildSummary:
    """Read articles, find their attributions, validate everything and publish the dataset at ``out``.

    Args:
        inputs: article files and directories (see :func:`quotes.read.articles.read_documents`); a
            directory's ``metadata.jsonl`` is merged into its articles and its ``gold.jsonl``
            is used as gold when ``gold`` is not given.
        out: the dataset directory; replaced atomically, and only if it is one this package wrote.
        gold: a JSONL file of gold attribution records for some of the input documents; adds the
            ``gold`` config and the evaluation section of the card (``ANNOTATION.md`` next to it,
            when present, becomes the card's annotation guidelines).
        metadata: a JSONL file of document metadata (outlet, title, url, date), merged by id.
        model: the spaCy pipeline to use; ``None`` for the default.
        workers: processes for parsing (Ray actors with the ``ray`` engine).
        progress: called with 1 after each document (local engine only).
        skip_bad: leave out unreadable or invalid articles instead of stopping at the first one;
            they are listed in the summary's ``skipped`` (local engine only).
        force: replace ``out`` even if it is a non-empty directory this package did not write.
        engine: ``"local"`` (this machine, with ``workers`` processes) or ``"ray"``.
        benchmark: a Markdown file of the parser's accuracy on other annotated news (as written by
            ``benchmarks/accuracy.py --markdown``), included in the card beside the gold evaluation.
        license: the records' licence, for the card's front matter and licence section; ``None``
            (the default) says that none was given (``license: other``).
        categories: keep only the attributions of these categories ("assertion", "belief",
            "knowledge", "intention"); ``None`` or empty keeps all (local engine only).

    Raises:
        quotes.read.io.InputError: an input, the metadata or the gold file cannot be read.
        quotes.parse.nlp.ModelNotFoundError: the pipeline cannot be loaded.
        BuildError: ``out`` is not a dataset directory this package wrote, no article was found,
            or the engine is unknown or cannot skip bad articles.
        ValidationError: a record is invalid; the message names it and the JSON path.
        quotes.evaluation.evaluate.EvaluationError: the gold records cannot be scored.
        quotes.dataset.ray_build.RayEngineError: the Ray engine was asked for and Ray is not installed.
    """
    from quotes.read.articles import read_documents
    from quotes.read.io import InputError

    if engine not in ENGINES:
        raise BuildError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if engine == "ray" and skip_bad:
        raise BuildError("the ray engine stops at the first bad article; skipping needs the local engine")
    _check_categories(categories, engine)
    check_out(Path(out), force=force)
    check_same_inputs(Path(out), inputs, force=force)
    gold_records, gold_source, gold_path = _read_gold(gold, inputs)
    skipped: list[SkippedArticle] | None = [] if skip_bad else None

    def skip(error: InputError) -> None:
        from quotes.dataset.shards import SkippedArticle

        assert skipped is not None
        skipped.append(SkippedArticle(error.where, error.message))

    documents = read_documents(inputs, metadata=metadata, on_error=skip if skip_bad else None)
    first = next(documents, None)  # bad paths and metadata fail here, before the model loads
    if first is None:
        from quotes.read.articles import no_articles

        raise BuildError(no_articles(inputs, len(skipped or [])))
    # The Parquet and card work goes to a helper process that imports pyarrow and datasets while
    # this one loads spaCy and parses (about 1.4 s of CPU off the build's path on a second core).
    with build_helper(enabled=engine == "local") as helper:
        from quotes.parse.models import model_info as read_model_info

        model_info = read_model_info(model)  # from the model's meta.json: spaCy is not imported for it
        # One process parses here, so it loads the pipeline now; worker processes (and Ray's actors)
        # load it themselves, side by side, while this process reads the input.
        nlp = None
        if engine == "local" and workers == 1:
            from quotes.parse import nlp as nlp_module

            nlp = nlp_module.load(model)
        guidelines_path = gold_path.parent / "ANNOTATION.md" if gold_path is not None else None
        guidelines = (
            guidelines_path.read_text(encoding="utf-8")
            if guidelines_path is not None and guidelines_path.is_file()
            else None
        )
        if benchmark is not None and not Path(benchmark).is_file():
            raise InputError(
                Path(benchmark),
                "no such benchmark file; expected the Markdown that "
                "'benchmarks/accuracy.py --markdown FILE' writes",
            )
        benchmark_text = Path(benchmark).read_text(encoding="utf-8") if benchmark is not None else None
        if engine == "ray":
            documents.close()
            return publish_with_ray(
                inputs,
                Path(out),
                model=model_info,
                model_name=model,
                workers=workers,
                metadata=metadata,
                gold=gold_records,
                gold_source=gold_source,
                scorer=_score,
                guidelines=guidelines,
                benchmark=benchmark_text,
                force=force,
                license=license,
            )
        from quotes.engines.local import ExtractionError, extract_documents

        def skip_unparsable(document: Document, error: ExtractionError) -> None:
            from quotes.dataset.shards import SkippedArticle

            assert skipped is not None
            skipped.append(SkippedArticle(document.id, str(error)))

        pairs = keep_categories(
            extract_documents(
                itertools.chain([first], documents),
                nlp=nlp,
                model=model,
                n_process=workers,
                on_error=skip_unparsable if skip_bad else None,
            ),
            categories,
        )
        return publish(
            pairs,
            Path(out),
            model=model_info,
            inputs=[Path(path).as_posix() for path in inputs],
            gold=gold_records,
            gold_source=gold_source,
            scorer=_score,
            guidelines=guidelines,
            benchmark=benchmark_text,
            progress=progress,
            skipped=skipped,
            force=force,
            license=license,
            helper=helper,
        )


def _check_categories(categories: Collection[str] | None, engine: str) -> None:
    """Raise BuildError for an unknown category, or a category filter on the ray engine."""
    unknown = sorted(set(categories or ()) - set(CATEGORIES))
    if unknown:
        raise BuildError(f"unknown category {unknown[0]!r}; expected one of {', '.join(CATEGORIES)}")
    if categories and engine != "local":
        raise BuildError("keeping only some categories needs the local engine")


def keep_categories(
    pairs: Iterable[tuple[Document, list[Attribution]]], categories: Collection[str] | None
) -> Iterator[tuple[Document, list[Attribution]]]:
    """Each document with only its attributions of ``categories`` (all of them when ``None`` or empty)."""
    for document, attributions in pairs:
        if categories:
            attributions = [a for a in attributions if a.category in categories]
        yield document, attributions
