"""The public API on real text: the seed articles, long texts, streaming order, several processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.engines.local import extract, extract_documents
from quotes.engines.stream import split_text
from quotes.records import RESOLUTIONS, SPEAKER_KINDS, TYPES, Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_documents() -> list[Document]:
    dates = {}
    metadata = SEEDS / "metadata.jsonl"
    if metadata.exists():
        dates = {row["id"]: row.get("date") for row in map(json.loads, metadata.read_text().splitlines())}
    return [
        Document(id=path.stem, text=path.read_bytes().decode("utf-8"), date=dates.get(path.stem))
        for path in sorted(SEEDS.glob("*.txt"))
    ]


@pytest.fixture(scope="module")
def seed_results(nlp):
    return list(extract_documents(_seed_documents(), nlp=nlp))


def test_every_seed_record_indexes_its_text(seed_results) -> None:
    assert len(seed_results) == 5
    for document, records in seed_results:
        assert records, document.id
        for record in records:
            assert document.text[record.start : record.end] == record.text
            assert record.doc_id == document.id
            assert record.type in TYPES
            assert record.speaker.kind in SPEAKER_KINDS and record.speaker.resolution in RESOLUTIONS
            assert 0.0 <= record.confidence <= 1.0
            if record.speaker.start is not None:
                assert document.text[record.speaker.start : record.speaker.end] == record.speaker.mention
            if record.cue is not None:
                assert document.text[record.cue.start : record.cue.end] == record.cue.text
        assert [(r.start, r.end) for r in records] == sorted((r.start, r.end) for r in records)
        assert len({r.id for r in records}) == len(records)


SEED_CASES = [
    # (seed prefix, record text starts with, type, speaker name, resolution)
    ("000", "I was delighted", "direct", "Ben Wallace", "name"),
    ("000", "Our support to their fight", "direct", "Ben Wallace", "continuation"),
    ("000", "this amount would be matched", "indirect", "Liz Truss", "role"),
    ("001", "he has not ruled out", "indirect", None, "group"),
    ("001", "The details of our joint", "direct", "John Healey", "pronoun"),
    ("001", "he would wait to hear", "indirect", "John Healey", "surname"),
    ("001", "the discussion would focus", "mixed", "David Lammy", "name"),
    ("001", "allies must stand with Ukraine", "indirect", "Keir Starmer", "role"),
    ("002", "Russia is “losing slowly”", "mixed", "Ben Wallace", "name"),
    ("002", "The other mistake he made", "direct", "Jens Stoltenberg", "continuation"),
    ("002", "Britain would continue to support", "indirect", "Ben Wallace", "honorific"),
    ("003", "During the meeting", "direct", "Volodymyr Zelensky", "pronoun"),
    ("003", "But this time I can see", "direct", "James Cleverly", "continuation"),
    ("003", "have foiled a major", "indirect", "Russia", "organization"),
    ("004", "I am very pleased", "direct", "Ben Wallace", "pronoun"),
    ("004", "the West would stand", "indirect", "Boris Johnson", "name"),
]


@pytest.mark.parametrize(("seed", "prefix", "kind", "name", "resolution"), SEED_CASES)
def test_seed_records(seed_results, seed: str, prefix: str, kind: str, name: str, resolution: str) -> None:
    [records] = [records for document, records in seed_results if document.id.startswith(seed)]
    [record] = [r for r in records if r.text.startswith(prefix)]
    assert (record.type, record.speaker.name, record.speaker.resolution) == (kind, name, resolution)


@pytest.mark.parametrize(
    ("seed", "text"),
    [("004", "The A Word"), ("004", "stand in solidarity"), ("003", "big support"), ("002", "as it comes")],
)
def test_seed_non_quotes(seed_results, seed: str, text: str) -> None:
    """Titles and fragments inside a claim are never records of their own."""
    [records] = [records for document, records in seed_results if document.id.startswith(seed)]
    assert text not in [r.text for r in records]


def test_seeds_against_gold(seed_results) -> None:
    gold_path = SEEDS / "gold.jsonl"
    if not gold_path.exists():
        pytest.skip("seeds/gold.jsonl not written yet")
    from quotes.evaluation.evaluate import evaluate

    predicted = [r.to_dict() for _, records in seed_results for r in records]
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    report = evaluate(predicted, gold)
    assert report.end_to_end.f >= 0.95, report.format_table()


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text(nlp, text: str) -> None:
    assert extract(text, nlp=nlp) == []


def test_empty_document_keeps_its_place(nlp) -> None:
    documents = [Document("a", "“One,” he said."), Document("b", ""), Document("c", "“Two,” she said.")]
    results = list(extract_documents(iter(documents), nlp=nlp))
    assert [(d.id, len(r)) for d, r in results] == [("a", 1), ("b", 0), ("c", 1)]


@pytest.mark.parametrize(
    ("text", "max_length"),
    [("ab\ncd\nef", 3), ("one two three", 5), ("abcdefgh", 3), ("short", 100), ("a\n\nb", 1)],
)
def test_split_text_rejoins(text: str, max_length: int) -> None:
    pieces = split_text(text, max_length)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= max_length for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)


def test_long_text_offsets_are_exact(nlp) -> None:
    paragraph = (
        "“We will stand with Ukraine,” Ben Wallace said. Defence sources say that more help is coming.\n\n"
    )
    text = paragraph * 40
    short = extract(paragraph, nlp=nlp)
    saved = nlp.max_length
    nlp.max_length = 1000
    try:
        records = extract(text, nlp=nlp)
    finally:
        nlp.max_length = saved
    assert len(records) == 40 * len(short)
    for record in records:
        assert text[record.start : record.end] == record.text
        assert text[record.speaker.start : record.speaker.end] == record.speaker.mention
    assert records[-1].start > 1000


@pytest.mark.slow
def test_two_processes_give_the_same_records(nlp) -> None:
    documents = _seed_documents()
    one = [
        [r.to_dict() for r in records] for _, records in extract_documents(documents, nlp=nlp, n_process=1)
    ]
    two = [
        [r.to_dict() for r in records] for _, records in extract_documents(documents, nlp=nlp, n_process=2)
    ]
    assert one == two


def test_docstring_example() -> None:
    import doctest

    import quotes.engines.local

    failures, tried = doctest.testmod(quotes.engines.local, verbose=False)
    assert tried > 0 and failures == 0


class _CountingPipeline:
    """Stands in for ``nlp`` in :func:`quotes.engines.stream._parsed`: notes each batch it is given."""

    def __init__(self) -> None:
        self.batches: list[list[int]] = []

    def pipe(self, batch, *, as_tuples, batch_size, disable):
        assert as_tuples and batch_size == len(batch)
        self.batches.append([len(doc) for doc, _ in batch])
        return iter(batch)


def test_batches_close_at_the_token_budget(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes.engines import stream

    monkeypatch.setattr(stream, "BATCH_TOKENS", 20)
    words = ["one two three", "four five six seven eight nine ten eleven", "a " * 30, "b c", "d e f"]
    items = [(nlp.make_doc(text), (0, 1)) for text in words]
    counting = _CountingPipeline()
    assert list(stream._parsed(counting, iter(items), 16, [])) == items  # every text, in order
    assert counting.batches == [[3, 8], [30], [2, 3]]  # the long text alone; none over 20 tokens else
    counting = _CountingPipeline()
    list(stream._parsed(counting, iter(items), 2, []))
    assert [len(batch) for batch in counting.batches] == [2, 1, 2]


@pytest.mark.slow
def test_small_batches_give_the_same_records(nlp, seed_results, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes.engines import stream

    monkeypatch.setattr(stream, "BATCH_TOKENS", 1500)  # under the length of most seed articles
    budgeted = list(extract_documents(_seed_documents(), nlp=nlp))
    assert [[r.to_dict() for r in records] for _, records in budgeted] == [
        [r.to_dict() for r in records] for _, records in seed_results
    ]
