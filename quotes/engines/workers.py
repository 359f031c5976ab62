"""Attribution in several worker processes, each holding the pipeline.

spaCy's own ``nlp.pipe(n_process=N)`` sends every parsed ``Doc`` back to the parent, which then
deserialises tokens, parse and entities it never reads; with two workers on two cores the parent
becomes the bottleneck. Here a worker runs the whole extraction (parse, quote logic, records) on a
chunk of documents and sends back only the records, a few hundred bytes an article.

The parent keeps the documents it has sent in order and never reads further ahead than a few
chunks a worker, so a corpus of any size streams through in bounded memory. Given a loaded pipeline,
the workers inherit it where the platform can fork (no second load, no pickling); elsewhere it is
pickled to them once, when they start. Given only the model's name, each worker imports spaCy and
loads the model itself, at once and side by side, while the parent reads the input: the parent
then never imports spaCy, and nothing serial stands before the parse.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from typing import TYPE_CHECKING

from quotes.engines.outcomes import Outcome
from quotes.records import Document

if TYPE_CHECKING:  # spaCy is imported by the workers, not by the process that starts them
    from spacy.language import Language

    from quotes.speakers.registry import Registry

#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
CHUNKS_PER_WORKER = 2
#: A chunk closes at this many characters (one to three news articles) even before ``batch_size``
#: documents: small chunks keep both workers busy to the end of a corpus (the parse costs the same
#: per article in batches of 2 or 16: 16.5 s of CPU either way for 120 PolNeAR articles).
CHUNK_CHARACTERS = 10_000

# The pipeline and registry of a worker process, set once by :func:`_start_worker`, or why the
# pipeline could not be loaded there (raised again for every chunk, so the parent sees it).
_worker_nlp: Language | None = None
_worker_registry: Registry | None = None
_worker_error: Exception | None = None


def _start_worker(nlp: Language | None, model: str | None, registry: Registry | None) -> None:
    """Keep (or load) the pipeline for this worker; leave interrupts to the parent, which stops the pool.

    A failure to load is kept rather than raised: a pool replaces a worker whose start fails, for ever.
    """
    global _worker_nlp, _worker_registry, _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if nlp is None:
        try:
            from quotes.parse.nlp import load

            nlp = load(model)
        except Exception as error:  # noqa: BLE001  (given to the parent with the first chunk)
            _worker_error = error
    _worker_nlp, _worker_registry = nlp, registry


def _attribute_chunk(documents: list[Document], batch_size: int) -> list[Outcome]:
    """Attribute one chunk in a worker: the records (or the error) of each document, in order."""
    from quotes.engines.stream import attribute_stream

    if _worker_error is not None:
        raise _worker_error
    assert _worker_nlp is not None, "worker started without a pipeline"
    stream = attribute_stream(documents, _worker_nlp, batch_size=batch_size, registry=_worker_registry)
    return [outcome for _, outcome in stream]


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    characters = 0
    for document in documents:
        chunk.append(document)
        characters += len(document.text)
        if len(chunk) >= size or characters >= CHUNK_CHARACTERS:
            yield chunk
            chunk, characters = [], 0
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def attribute_in_workers(
    documents: Iterable[Document],
    nlp: Language | None = None,
    *,
    model: str | None = None,
    n_process: int,
    batch_size: int = 16,
    registry: Registry | None = None,
) -> Iterator[tuple[Document, Outcome]]:
    """Attribute documents in ``n_process`` worker processes; pairs come back in input order.

    Each pair holds the document and its records, or the :class:`~quotes.engines.stream.ExtractionError`
    that names it; the caller decides whether to raise. The pool is stopped when the iterator is
    exhausted, closed, or interrupted.

    Args:
        documents: the articles; read lazily, at most ``2 * n_process`` chunks ahead.
        nlp: the loaded pipeline (with the quote component, or ``registry`` given); ``None``: each
            worker loads ``model`` itself.
        model: the spaCy model the workers load when ``nlp`` is ``None`` (``None``: the default).
        n_process: worker processes, at least 1.
        batch_size: documents per chunk, and texts per ``nlp.pipe`` batch in a worker.
        registry: a speaker registry instead of the component's.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    # The workers start, and get their first chunks, now rather than at the first ``next``: a caller
    # that has other work before it reads the records (a build importing its Parquet writer) does it
    # while the workers parse.
    pool: Pool = _context().Pool(n_process, initializer=_start_worker, initargs=(nlp, model, registry))
    in_flight: deque[tuple[list[Document], AsyncResult[list[Outcome]]]] = deque()
    chunks = _chunks(documents, batch_size)
    try:
        for chunk in itertools.islice(chunks, n_process * CHUNKS_PER_WORKER - 1):
            in_flight.append((chunk, pool.apply_async(_attribute_chunk, (chunk, batch_size))))
    except BaseException:
        pool.terminate()
        raise
    return _results(pool, chunks, in_flight, n_process, batch_size)


def _results(
    pool: Pool,
    chunks: Iterator[list[Document]],
    in_flight: deque[tuple[list[Document], AsyncResult[list[Outcome]]]],
    n_process: int,
    batch_size: int,
) -> Iterator[tuple[Document, Outcome]]:
    """The pairs of the chunks in flight and of the rest, in input order; stops the pool at the end."""
    try:
        for chunk in chunks:
            in_flight.append((chunk, pool.apply_async(_attribute_chunk, (chunk, batch_size))))
            if len(in_flight) >= n_process * CHUNKS_PER_WORKER:
                yield from _finish(*in_flight.popleft())
        while in_flight:
            yield from _finish(*in_flight.popleft())
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def _finish(chunk: list[Document], result: AsyncResult[list[Outcome]]) -> Iterator[tuple[Document, Outcome]]:
    yield from zip(chunk, result.get(), strict=True)
