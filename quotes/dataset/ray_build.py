"""The extraction as a Ray Data pipeline, for corpora larger than one process can hold or parse.

Two streaming passes over the inputs, each ending in ``write_parquet`` into the dataset's data
folder::

    input paths -> read (quotes.read.articles.read_documents, one task per path) -> documents/*.parquet
    input paths -> read -> map_batches(AttributionExtractor, actor pool) -> attributions/*.parquet

Why the inputs are read by this package's own reader inside Ray tasks, rather than by
``ray.data.read_json``/``read_parquet``: the records must be exactly those of the local engine, and
the ids, metadata, byte-order-mark and error rules live in :func:`quotes.read.articles.read_documents`.
Arrow's JSON reader infers types (an ISO date string becomes a timestamp, fields missing from
some lines change the schema), which would change documents. So only the list of input paths
goes through the object store; each read task streams one path (a file, or a directory walked
as ``read_documents`` walks it) and emits small blocks of documents, which the actor pool parses
while later blocks are still being read. Nothing ever holds the corpus: memory is bounded by
Ray Data's backpressure, not by the input size. Reading twice is cheap next to parsing (one
pass is I/O and UTF-8 decoding; the other is the spaCy parse).

Each actor loads the pipeline once in ``__init__``: a loaded ``nlp`` cannot be shipped through
``ray.put`` (its buffers come back read-only), and the class lives in this installed module
(not in ``__main__``) so that workers can import it.

Output is written into hidden staging folders beside the configs and swapped in only when both
passes have finished and every record has passed validation, so a failed run leaves the
previous ``attributions``/``documents`` folders as they were.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from quotes.read.io import swap_in

if TYPE_CHECKING:
    import pyarrow as pa

    from quotes.dataset.counts import Counts

__all__ = ["AttributionExtractor", "RayEngineError", "RayRunSummary", "extract_with_ray"]

#: The configs this engine writes, as folders of ``data_dir``.
CONFIGS: tuple[str, ...] = ("documents", "attributions")
#: Documents per table a read task yields; Ray gathers them into blocks of up to
#: :data:`TARGET_BLOCK_BYTES`, and each block goes to one actor.
READ_BLOCK_DOCUMENTS = 64
#: Upper bound, in bytes, of a block between operators: about 200 news articles, so that every
#: actor gets work soon, even from a single large file (Ray's default, 128 MiB, would hand one
#: actor some 25,000 articles at a time).
TARGET_BLOCK_BYTES = 1024 * 1024
#: Rows per written Parquet file at least (fewer only in the last file of a write task).
MIN_ROWS_PER_FILE = 10_000

_INSTALL_HINT = (
    "the Ray engine needs the optional dependency: pip install 'quotes[ray]' (or uv sync --extra ray)"
)


class RayEngineError(RuntimeError):
    """The Ray engine cannot run (Ray missing, or an output folder it must not replace)."""


@dataclass(frozen=True)
class RayRunSummary:
    """What a Ray run wrote: the data folder, the record counts and the Parquet files per config."""

    data_dir: Path
    counts: Counts
    files: dict[str, list[str]] = field(default_factory=dict)


def import_ray() -> ModuleType:
    """Import Ray, or raise :class:`RayEngineError` saying how to install it.

    ``RAY_ENABLE_UV_RUN_RUNTIME_ENV`` defaults to off here: under ``uv run`` Ray would otherwise
    package the working directory and build a fresh virtual environment for its workers (tens of
    seconds per start), although local workers share this interpreter and its installed packages.
    Set the variable to ``1`` to get Ray's behaviour back (e.g. for a remote cluster).
    """
    os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    try:
        import ray
        import ray.data  # noqa: F401  (the data extra: pyarrow, pandas, fsspec)
    except ImportError as error:
        raise RayEngineError(f"{_INSTALL_HINT} ({error})") from error
    return ray


def _start_ray(ray: ModuleType, *, address: str | None, num_cpus: int) -> bool:
    """Connect to ``address``, or start a quiet local Ray; return whether this call started it."""
    if ray.is_initialized():
        return False
    if address is not None:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
    else:
        ray.init(
            num_cpus=num_cpus,
            include_dashboard=False,
            ignore_reinit_error=True,
            logging_level=logging.WARNING,
            log_to_driver=False,
        )
    return True


class AttributionExtractor:
    """A Ray Data actor: loads the pipeline once, then turns batches of documents into attribution rows.

    Input batches are Arrow tables of document records (the ``documents`` config's schema);
    output is an Arrow table of attribution records (the ``attributions`` config's schema), each
    validated against the JSON Schema and its article text, sorted by span within a document.
    """

    def __init__(
        self,
        model: str | None = None,
        registry_path: str | None = None,
        batch_size: int = 16,
        schema: pa.Schema | None = None,
    ) -> None:
        from quotes.parse import nlp as nlp_module
        from quotes.speakers.registry import Registry

        with _portable_errors():
            self.nlp = nlp_module.load(model)
            self.registry = Registry.load(Path(registry_path)) if registry_path is not None else None
        self.batch_size = batch_size
        self.schema = schema if schema is not None else _arrow_schema("attribution")

    def __call__(self, batch: pa.Table) -> pa.Table:
        import pyarrow as pa

        from quotes.engines.local import extract_documents
        from quotes.records import Document

        documents = [Document.from_dict(row) for row in batch.to_pylist()]
        rows: list[dict[str, Any]] = []
        with _portable_errors():
            pairs = extract_documents(
                documents, nlp=self.nlp, batch_size=self.batch_size, registry=self.registry
            )
            for document, attributions in pairs:
                for attribution in sorted(attributions, key=lambda a: (a.start, a.end, a.id)):
                    rows.append(_checked_attribution(attribution.to_dict(), document.id, document.text))
        return pa.Table.from_pylist(rows, schema=self.schema)


def _checked_attribution(row: dict[str, Any], doc_id: str, text: str) -> dict[str, Any]:
    """The row, if it is valid for its article; else the :class:`ValidationError` naming it."""
    from quotes.dataset.validate import ValidationError, validate_record

    problems = validate_record(row, "attribution", article=text)
    if row["doc_id"] != doc_id:
        problems.append(f"$.doc_id -> {row['doc_id']!r} is not the document's id {doc_id!r}")
    if problems:
        raise ValidationError(
            f"attribution {row.get('id')!r} of document {doc_id!r}: {'; '.join(problems[:5])}"
        )
    return row


def _arrow_schema(kind: str) -> pa.Schema:
    """The Arrow schema of a record kind, as the local build writes it."""
    from quotes.dataset.features import features_for  # imports ``datasets``: seconds per worker start

    return features_for(kind).arrow_schema


def read_path_documents(
    batch: dict[str, Any],
    metadata: str | None = None,
    schema: pa.Schema | None = None,
    block_documents: int = READ_BLOCK_DOCUMENTS,
) -> Iterator[pa.Table]:
    """Ray Data read step: the documents under each path in ``batch["path"]``, as validated blocks.

    A generator, so a large file leaves the task in blocks of ``block_documents`` documents while
    the rest is still being read.
    """
    import pyarrow as pa

    from quotes.dataset.validate import ValidationError, validate_record
    from quotes.read.articles import read_documents

    schema = schema if schema is not None else _arrow_schema("document")
    metadata_path = Path(metadata) if metadata is not None else None
    for path in batch["path"]:
        rows: list[dict[str, Any]] = []
        with _portable_errors():
            for document in read_documents([Path(str(path))], metadata=metadata_path):
                record = document.to_dict()
                problems = validate_record(record, "document")
                if problems:
                    raise ValidationError(f"{path}: document {document.id!r}: {'; '.join(problems[:5])}")
                rows.append(record)
                if len(rows) == block_documents:
                    yield pa.Table.from_pylist(rows, schema=schema)
                    rows = []
        if rows:
            yield pa.Table.from_pylist(rows, schema=schema)


def extract_with_ray(
    inputs: Sequence[Path],
    data_dir: Path,
    *,
    model: str | None = None,
    concurrency: int = 2,
    batch_size: int = 16,
    registry_path: Path | None = None,
    metadata: Path | None = None,
    address: str | None = None,
) -> RayRunSummary:
    """Extract attributions from articles with Ray Data and write both configs as Parquet.

    Writes ``data_dir/documents/*.parquet`` and ``data_dir/attributions/*.parquet`` with the
    dataset's Arrow schemas, replacing those two folders only when the whole run succeeded.
    The records are the same as the local engine's for the same inputs; the order of rows and
    files is not (each file is sorted by nothing but the run's scheduling).

    Args:
        inputs: article files and directories, as for :func:`quotes.read.articles.read_documents`. Every
            Ray node must see them at the same paths.
        data_dir: the dataset's ``data`` folder.
        model: the spaCy pipeline each actor loads; ``None`` for the default.
        concurrency: the number of extraction actors (each takes one CPU).
        batch_size: documents per batch given to an actor and to ``nlp.pipe``.
        registry_path: a speaker registry file; ``None`` for the packaged one.
        metadata: a JSONL file of document metadata merged by id (see ``read_documents``).
        address: a running Ray cluster to use; without it (and with no Ray already initialised
            in this process) a local Ray is started with ``max(concurrency, CPUs)`` CPUs and
            shut down at the end.

    Returns:
        The data folder, the record counts (for the card) and the files written per config.

    Raises:
        RayEngineError: Ray is not installed, ``concurrency``/``batch_size`` is below 1, or an
            existing config folder holds something other than Parquet files.
        quotes.read.io.InputError: an input cannot be read, or two inputs share a document id.
        quotes.dataset.validate.ValidationError: a record breaks the schema or does not match its article.
        quotes.parse.nlp.ModelNotFoundError: the pipeline cannot be loaded.
    """
    if concurrency < 1 or batch_size < 1:
        raise RayEngineError(
            "concurrency and batch_size must be at least 1, "
            f"got concurrency={concurrency}, batch_size={batch_size}"
        )
    _check_inputs([Path(path) for path in inputs], metadata)
    paths = [Path(path).resolve() for path in inputs]  # workers may run in another directory
    data_dir = Path(data_dir)
    for config in CONFIGS:
        _check_replaceable(data_dir / config)
    ray = import_ray()
    started = _start_ray(ray, address=address, num_cpus=max(concurrency, os.cpu_count() or 1))
    staging = data_dir / f".ray-{uuid.uuid4().hex[:12]}"
    try:
        with _quiet_data_context(ray):
            _run(ray, paths, staging, model, concurrency, batch_size, registry_path, metadata)
        counts = _count(staging)
        for config in CONFIGS:
            swap_in(staging / config, data_dir / config)
    except Exception as error:
        shutil.rmtree(staging, ignore_errors=True)
        cause = _user_error(error)
        if cause is not None and cause is not error:
            raise cause from None
        raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if started:
            ray.shutdown()
    shutil.rmtree(staging, ignore_errors=True)
    files = {
        config: sorted(p.relative_to(data_dir).as_posix() for p in (data_dir / config).glob("*.parquet"))
        for config in CONFIGS
    }
    return RayRunSummary(data_dir=data_dir, counts=counts, files=files)


def _check_inputs(paths: list[Path], metadata: Path | None) -> None:
    """Fail before starting Ray on a missing input, as the local reader would."""
    from quotes.read.io import InputError

    for path in [*paths, *([Path(metadata)] if metadata is not None else [])]:
        if not path.exists():
            raise InputError(path, "no such file or directory")


def _check_replaceable(folder: Path) -> None:
    """Refuse to replace a config folder holding anything but Parquet files."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise RayEngineError(f"{folder}: exists and is not a folder; choose another data folder")
    others = sorted(p.name for p in folder.iterdir() if not (p.is_file() and p.name.endswith(".parquet")))
    if others:
        raise RayEngineError(
            f"{folder}: holds more than Parquet files ({', '.join(others[:3])}); "
            "refusing to replace it; choose another data folder or remove it"
        )


class _quiet_data_context:  # noqa: N801  (used as a context manager)
    """Ray Data settings for one run (no progress bars, small blocks), restored afterwards."""

    def __init__(self, ray: ModuleType) -> None:
        self.context = ray.data.DataContext.get_current()
        self.saved: dict[str, Any] = {}

    def __enter__(self) -> None:
        for name, value in (("enable_progress_bars", False), ("target_max_block_size", TARGET_BLOCK_BYTES)):
            self.saved[name] = getattr(self.context, name)
            setattr(self.context, name, value)
        logger = logging.getLogger("ray.data")
        self.saved["log_level"] = logger.level
        logger.setLevel(logging.CRITICAL)  # worker errors are re-raised to the caller

    def __exit__(self, *exc: object) -> None:
        logging.getLogger("ray.data").setLevel(self.saved.pop("log_level"))
        for name, value in self.saved.items():
            setattr(self.context, name, value)


def _run(
    ray: ModuleType,
    paths: list[Path],
    staging: Path,
    model: str | None,
    concurrency: int,
    batch_size: int,
    registry_path: Path | None,
    metadata: Path | None,
) -> None:
    """Build and execute the two pipelines, writing into ``staging/{documents,attributions}``."""
    # Schemas are made here and shipped, so that workers need not import ``datasets``.
    document_schema = _arrow_schema("document")

    def documents(block_documents: int = READ_BLOCK_DOCUMENTS) -> Any:
        # Read tasks take no CPU slot: they are light next to parsing, and the actors hold one
        # each; a CPU-less read step also stays a separate operator instead of fusing into the actors.
        return ray.data.from_items(
            [{"path": str(p)} for p in paths], override_num_blocks=len(paths)
        ).map_batches(
            read_path_documents,
            batch_size=1,
            batch_format="numpy",
            fn_kwargs={
                "metadata": str(metadata) if metadata is not None else None,
                "schema": document_schema,
                "block_documents": block_documents,
            },
            num_cpus=0,
            compute=ray.data.TaskPoolStrategy(size=max(1, min(len(paths), concurrency))),
        )

    write_args: dict[str, Any] = {"min_rows_per_file": MIN_ROWS_PER_FILE, "ray_remote_args": {"num_cpus": 0}}
    documents().write_parquet(str(staging / "documents"), **write_args)
    _check_unique_ids(staging / "documents")  # before the costly pass: a clash fails fast
    # A block goes to one actor: blocks of one batch each let every actor take a share of even a
    # small file (84 articles in blocks of 64 kept one actor busy while the other waited).
    attributions = documents(batch_size).map_batches(
        AttributionExtractor,
        fn_constructor_kwargs={
            "model": model,
            "registry_path": str(registry_path) if registry_path is not None else None,
            "batch_size": batch_size,
            "schema": _arrow_schema("attribution"),
        },
        batch_size=batch_size,
        batch_format="pyarrow",
        num_cpus=1,
        compute=ray.data.ActorPoolStrategy(size=concurrency),
    )
    attributions.write_parquet(str(staging / "attributions"), **write_args)
    for config in CONFIGS:  # a config with no records still declares its types
        folder = staging / config
        folder.mkdir(parents=True, exist_ok=True)
        if not any(folder.glob("*.parquet")):
            _write_empty(folder, "document" if config == "documents" else "attribution")


def _write_empty(folder: Path, kind: str) -> None:
    import pyarrow.parquet as pq

    pq.write_table(_arrow_schema(kind).empty_table(), folder / "empty.parquet")


def _check_unique_ids(folder: Path) -> None:
    """Two inputs may each be fine alone and still share a document id: check the written ids."""
    import pyarrow.parquet as pq

    from quotes.read.io import InputError

    seen: set[str] = set()
    for file in sorted(folder.glob("*.parquet")):
        for batch in pq.ParquetFile(file).iter_batches(columns=["id"]):
            for doc_id in batch.column("id").to_pylist():
                if doc_id in seen:
                    raise InputError(
                        folder, f"duplicate document id {doc_id!r} across the inputs; ids must be unique"
                    )
                seen.add(doc_id)


def _count(staging: Path) -> Counts:
    """The run's counts, streamed from the written files."""
    import pyarrow.parquet as pq

    from quotes.dataset.counts import Counts

    counts = Counts()
    for file in sorted((staging / "documents").glob("*.parquet")):
        counts.documents += pq.ParquetFile(file).metadata.num_rows
    for file in sorted((staging / "attributions").glob("*.parquet")):
        for batch in pq.ParquetFile(file).iter_batches(columns=["type", "category", "speaker"]):
            for row in batch.to_pylist():
                counts.add(row)
    return counts


def _project_errors() -> tuple[type[BaseException], ...]:
    from quotes.dataset.validate import ValidationError
    from quotes.parse.models import ModelNotFoundError
    from quotes.read.io import InputError

    return (InputError, ValidationError, ModelNotFoundError, RayEngineError)


class _WorkerError(Exception):
    """Carries one of the project's exceptions from a Ray worker back to the driver.

    Ray pickles a worker's exception as ``cls(*args)``, which fails for exceptions whose
    ``__init__`` takes other arguments than their message (``InputError(path, message, line=...)``):
    the driver then sees only "Failed to deserialize exception". This carrier pickles the
    original's class, ``args`` and attributes instead, and :func:`_user_error` rebuilds it.
    """

    def __init__(self, original: BaseException) -> None:
        super().__init__(str(original))
        self.original = original

    def __reduce__(self) -> tuple[Any, ...]:
        original = self.original
        return (_rebuild_worker_error, (type(original), original.args, dict(vars(original))))


def _rebuild_worker_error(
    cls: type[BaseException], args: tuple[Any, ...], attributes: dict[str, Any]
) -> _WorkerError:
    original = cls.__new__(cls)
    original.args = args
    vars(original).update(attributes)
    return _WorkerError(original)


class _portable_errors:  # noqa: N801  (used as a context manager)
    """Inside a worker: re-raise the project's own exceptions as :class:`_WorkerError`."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: object) -> None:
        if error is not None and isinstance(error, _project_errors()):
            raise _WorkerError(error) from None


def _user_error(error: BaseException) -> BaseException | None:
    """The project's own exception inside a Ray error chain (raised in a worker), if any."""
    ours = _project_errors()
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        # Ray may re-raise as a class mixing RayTaskError into ours; the plain instance is its ``cause``.
        original = vars(current).get("original")
        if isinstance(current, _WorkerError) and isinstance(original, BaseException):
            return original
        if isinstance(current, ours) and not isinstance(vars(current).get("cause"), BaseException):
            return current
        current = getattr(current, "cause", None) or current.__cause__ or current.__context__
    return None
