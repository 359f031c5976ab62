"""The public API: article texts in, attribution records out.

The pipeline is loaded once per process that parses (:func:`quotes.parse.nlp.load`). Documents are
attributed in this process (:mod:`quotes.engines.stream`) or in worker processes
(:mod:`quotes.engines.workers`), and come back in input order with the same records either way. With
workers and no loaded pipeline given, this process does not import spaCy: the workers load the model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from quotes.engines.outcomes import ExtractionError, Outcome
from quotes.records import Attribution, Document

if TYPE_CHECKING:
    from spacy.language import Language

    from quotes.speakers.registry import Registry

__all__ = ["ExtractionError", "Outcome", "extract", "extract_documents"]


def extract_documents(
    documents: Iterable[Document],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    registry: Registry | None = None,
    on_error: Callable[[Document, ExtractionError], None] | None = None,
) -> Iterator[tuple[Document, list[Attribution]]]:
    """Attribute every document, streaming: one ``(document, records)`` pair per input, in order.

    With ``n_process`` above 1 the documents go in chunks to that many worker processes, each
    holding the pipeline and returning only the finished records (see :mod:`quotes.engines.workers`); the
    records are the same as with one process. Without ``nlp``, each worker then loads ``model`` itself
    (this process only checks that it exists).

    Args:
        documents: the articles; consumed lazily.
        nlp: a loaded pipeline; ``None`` loads ``model`` (or the default) with the component added, here
            or in each worker.
        model: the spaCy model to load when ``nlp`` is not given.
        n_process: processes that parse.
        batch_size: texts per batch for ``nlp.pipe``, and documents per chunk sent to a worker.
        registry: a speaker registry instead of the packaged one.
        on_error: called with a document the parser fails on, which is then left out; without it
            the failure is raised.

    Raises:
        ExtractionError: the parser failed on a document (and ``on_error`` is not given); the
            message names the document.
        quotes.parse.models.ModelNotFoundError: the model cannot be found or loaded.
        ValueError: ``n_process`` or ``batch_size`` is below 1.
    """
    if n_process < 1 or batch_size < 1:
        raise ValueError(f"n_process and batch_size must be at least 1, got {n_process} and {batch_size}")
    outcomes: Iterable[tuple[Document, Outcome]]
    if n_process == 1:
        from quotes.engines.stream import attribute_stream
        from quotes.parse.nlp import load

        nlp = nlp if nlp is not None else load(model)
        outcomes = attribute_stream(documents, nlp, batch_size=batch_size, registry=registry)
    else:  # the workers start now (and load the model, unless given it), before the first pair is asked for
        from quotes.engines.workers import attribute_in_workers  # multiprocessing's pool: only here

        if nlp is None:
            from quotes.parse.models import model_meta

            model_meta(model)  # a model that is not there fails here, before any worker starts
        outcomes = attribute_in_workers(
            documents, nlp, model=model, n_process=n_process, batch_size=batch_size, registry=registry
        )
    return _pairs(outcomes, on_error)


def _pairs(
    outcomes: Iterable[tuple[Document, Outcome]],
    on_error: Callable[[Document, ExtractionError], None] | None,
) -> Iterator[tuple[Document, list[Attribution]]]:
    for document, outcome in outcomes:
        if isinstance(outcome, ExtractionError):
            if on_error is None:
                raise outcome
            on_error(document, outcome)
        else:
            yield document, outcome


def extract(
    text: str,
    doc_id: str = "doc",
    *,
    nlp: Language | None = None,
    model: str | None = None,
    date: str | None = None,
    registry: Registry | None = None,
) -> list[Attribution]:
    """Attribute one article text: its direct quotes, mixed quotes and reported claims.

    Args:
        text: the article, exactly as given (offsets refer to it).
        doc_id: the document id written into each record.
        nlp: a loaded pipeline; ``None`` loads ``model`` (or the default).
        model: the spaCy model to load when ``nlp`` is not given.
        date: the article date ("YYYY-MM-DD"), used to resolve role mentions ("the PM").
        registry: a speaker registry instead of the packaged one.

    >>> [(a.type, a.speaker.name) for a in extract("“We will not stop,” Ben Wallace said.")]
    [('direct', 'Ben Wallace')]
    """
    if not text.strip():
        return []
    document = Document(id=doc_id, text=text, date=date)
    for _, records in extract_documents([document], nlp=nlp, model=model, registry=registry):
        return records
    return []
