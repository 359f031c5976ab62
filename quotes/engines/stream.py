"""Attributing documents in this process: the engine under the public API and the worker pool.

Documents go through ``nlp.pipe`` and come back in input order, each with its records sorted by
span, or with the :class:`ExtractionError` that names it. Texts longer than the pipeline's
``max_length`` are cut on paragraph boundaries (a hard cut only when a single paragraph is too
long), and every offset is shifted back so it is exact in the original text.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotes.engines.outcomes import ExtractionError, Outcome
from quotes.parse import component as _component
from quotes.parse.nlp import COMPONENT_NAME
from quotes.records import Attribution, Cue, Document, Speaker
from quotes.speakers.registry import Registry

__all__ = ["ExtractionError", "Outcome", "attribute_stream", "split_text"]

#: A batch for ``nlp.pipe`` closes before this many tokens, even short of ``batch_size`` texts: the
#: models' working arrays grow with the tokens of a batch (a few kB a token), so a run of long articles
#: would otherwise set the peak memory of a whole corpus. 16 news articles of average length fit in it
#: (PolNeAR's average about 1,000 tokens); a longer text goes in a batch of its own. Batching changes
#: no record: each text is parsed on its own.
BATCH_TOKENS = 16_000


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
        category=record.get("category", "assertion"),
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


def attribute_stream(
    documents: Iterable[Document],
    nlp: Language,
    *,
    batch_size: int = 16,
    registry: Registry | None = None,
) -> Iterator[tuple[Document, Outcome]]:
    """Attribute documents in this process: each with its records, or the error that names it.

    The engine under :func:`quotes.engines.local.extract_documents`, which raises or reports the errors.
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
    for doc, (offset, count) in _parsed(nlp, inputs(), batch_size, disable):
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


def _parsed(
    nlp: Language, items: Iterator[tuple[Doc, tuple[int, int]]], batch_size: int, disable: list[str]
) -> Iterator[tuple[Doc, tuple[int, int]]]:
    """``nlp.pipe`` over ``items`` in batches of at most ``batch_size`` texts and :data:`BATCH_TOKENS`."""
    batch: list[tuple[Doc, tuple[int, int]]] = []
    tokens = 0
    for item in items:
        size = len(item[0])
        if batch and (len(batch) >= batch_size or tokens + size > BATCH_TOKENS):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch), disable=disable)
            batch, tokens = [], 0
        batch.append(item)
        tokens += size
    if batch:
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch), disable=disable)
