"""The public API: article texts in, attribution records out.

The pipeline is loaded once per process (:func:`quotes.nlp.load`). Documents stream through
``nlp.pipe``, in this process or in worker processes (:mod:`quotes.workers`), and come back in
input order, each with its records sorted by span. Texts longer than the pipeline's ``max_length``
are cut on paragraph boundaries (a hard cut only when a single paragraph is too long), and every
offset is shifted back so it is exact in the original text.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotes import component as _component
from quotes.nlp import COMPONENT_NAME, load
from quotes.records import Attribution, Cue, Document, Speaker
from quotes.registry import Registry


class ExtractionError(RuntimeError):
    """The parser could not attribute a document: it failed on it, or gave a span off its text."""


#: What attributing one document gives: its records, or the error that names it.
Outcome = list[Attribution] | ExtractionError


def split_text(text: str, max_length: int) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` pieces no longer than ``max_length``.

    Cuts fall after a newline where possible, else after a space, else anywhere. The pieces joined
    give back ``text`` exactly.
    """
    if max_length < 1:
        raise ValueError(f"max_length must be at least 1, got {max_length}")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_length:
        window = text[start : start + max_length]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1 or max_length
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _shift(record: dict[str, Any], offset: int) -> dict[str, Any]:
    if offset == 0:
        return record
    shifted = dict(record, start=record["start"] + offset, end=record["end"] + offset)
    speaker = dict(record["speaker"])
    if speaker.get("start") is not None:
        speaker["start"] += offset
        speaker["end"] += offset
    shifted["speaker"] = speaker
    if record.get("cue") is not None:
        shifted["cue"] = dict(
            record["cue"], start=record["cue"]["start"] + offset, end=record["cue"]["end"] + offset
        )
    return shifted


def _attribution(doc_id: str, text: str, record: dict[str, Any]) -> Attribution:
    start, end = record["start"], record["end"]
    if text[start:end] != record["text"]:
        raise ExtractionError(
            f"document {doc_id!r}: record span {start}-{end} reads {text[start:end]!r}, "
            f"not {record['text']!r}; spans must index the original text"
        )
    cue = record.get("cue")
    return Attribution(
        doc_id=doc_id,
        type=record["type"],
        text=record["text"],
        start=start,
        end=end,
        speaker=Speaker.from_dict(record["speaker"]),
        cue=Cue.from_dict(cue) if cue is not None else None,
        confidence=float(record["confidence"]),
    )


def _records(doc_id: str, text: str, records: list[dict[str, Any]]) -> list[Attribution]:
    """Records as Attributions, sorted by span, one per span (ids stay unique)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for record in sorted(records, key=lambda r: (r["start"], r["end"], -r["confidence"])):
        key = (record["start"], record["end"])
        if key in seen or not text[record["start"] : record["end"]].strip():
            continue
        seen.add(key)
        out.append(_attribution(doc_id, text, record))
    return out


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
    holding the pipeline and returning only the finished records (see :mod:`quotes.workers`); the
    records are the same as with one process.

    Args:
        documents: the articles; consumed lazily.
        nlp: a loaded pipeline; ``None`` loads ``model`` (or the default) with the component added.
        model: the spaCy model to load when ``nlp`` is not given.
        n_process: processes that parse.
        batch_size: texts per batch for ``nlp.pipe``, and documents per chunk sent to a worker.
        registry: a speaker registry instead of the packaged one.
        on_error: called with a document the parser fails on, which is then left out; without it
            the failure is raised.

    Raises:
        ExtractionError: the parser failed on a document (and ``on_error`` is not given); the
            message names the document.
        ValueError: ``n_process`` or ``batch_size`` is below 1.
    """
    if n_process < 1 or batch_size < 1:
        raise ValueError(f"n_process and batch_size must be at least 1, got {n_process} and {batch_size}")
    nlp = nlp if nlp is not None else load(model)
    if n_process == 1:
        outcomes = attribute_stream(documents, nlp, batch_size=batch_size, registry=registry)
    else:
        from quotes.workers import attribute_in_workers

        outcomes = attribute_in_workers(
            documents, nlp, n_process=n_process, batch_size=batch_size, registry=registry
        )
    for document, outcome in outcomes:
        if isinstance(outcome, ExtractionError):
            if on_error is None:
                raise outcome
            on_error(document, outcome)
        else:
            yield document, outcome


def attribute_stream(
    documents: Iterable[Document],
    nlp: Language,
    *,
    batch_size: int = 16,
    registry: Registry | None = None,
) -> Iterator[tuple[Document, Outcome]]:
    """Attribute documents in this process: each with its records, or the error that names it.

    The engine under :func:`extract_documents`, which raises or reports the errors.
    """
    in_pipe = COMPONENT_NAME in nlp.pipe_names and registry is None
    if not in_pipe:
        registry = registry if registry is not None else Registry.load()
    disable = [COMPONENT_NAME] if COMPONENT_NAME in nlp.pipe_names and not in_pipe else []
    pending: deque[Document] = deque()

    def inputs() -> Iterator[tuple[Doc, tuple[int, int]]]:
        for document in documents:
            pending.append(document)
            pieces = split_text(document.text, nlp.max_length)
            for offset, piece in pieces:
                doc = nlp.make_doc(piece)
                doc._.article_date = document.date
                yield doc, (offset, len(pieces))

    collected: list[dict[str, Any]] = []
    failures: list[str] = []
    done = 0
    for doc, (offset, count) in nlp.pipe(inputs(), as_tuples=True, batch_size=batch_size, disable=disable):
        records = doc._.attributions if in_pipe else None
        if doc._.attribution_error is not None:
            failures.append(f"at character {offset}: {doc._.attribution_error}")
        elif records is None:
            assert registry is not None
            try:
                records = _component.attribute(doc, registry, doc._.article_date)
            except Exception as error:  # noqa: BLE001  (reported per document, like the component's)
                failures.append(f"at character {offset}: {type(error).__name__}: {error}")
        collected.extend(_shift(record, offset) for record in records or [])
        done += 1
        if done == count:
            document = pending.popleft()
            outcome: Outcome
            if failures:
                outcome = ExtractionError(
                    f"document {document.id!r}: the parser failed on it ({'; '.join(failures)})"
                )
            else:
                try:
                    outcome = _records(document.id, document.text, collected)
                except ExtractionError as error:
                    outcome = error
            yield document, outcome
            collected, failures, done = [], [], 0


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
