"""Worker processes: the same records as one process, in input order, streaming, errors by name."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotes.engines import workers
from quotes.engines.local import ExtractionError, extract_documents
from quotes.engines.workers import attribute_in_workers
from quotes.parse import component
from quotes.records import Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
POISON = "Zzyzxquux"

#: Short articles of the kind a wire service sends, varied so that a mix-up of order would show.
WIRE = [
    "“We will stand with Ukraine for as long as it takes,” Ben Wallace said on Tuesday.",
    "John Healey said the new package would include air defence missiles.",
    "“This is not the moment to waver,” the Nato secretary general, Jens Stoltenberg, told reporters.",
    "David Lammy warned that Russia’s economy was being put on a war footing.",
    "The talks ended without agreement, according to officials in Brussels.",
    "A spokesperson for the Ministry of Defence declined to comment.",
]


def _corpus(size: int) -> list[Document]:
    return [Document(id=f"wire-{i:03d}", text=WIRE[i % len(WIRE)]) for i in range(size)]


def _seed_documents() -> list[Document]:
    metadata = {
        row["id"]: row for row in map(json.loads, (SEEDS / "metadata.jsonl").read_text().splitlines())
    }
    return [
        Document(id=path.stem, text=path.read_bytes().decode("utf-8"), date=metadata[path.stem].get("date"))
        for path in sorted(SEEDS.glob("*.txt"))
    ]


def _dicts(pairs) -> list[tuple[str, list[dict]]]:
    return [(document.id, [record.to_dict() for record in records]) for document, records in pairs]


@pytest.mark.slow
def test_two_workers_give_the_records_of_one_process_in_input_order(nlp) -> None:
    documents = _seed_documents() + _corpus(40)
    one = _dicts(extract_documents(documents, nlp=nlp, n_process=1))
    two = _dicts(extract_documents(documents, nlp=nlp, n_process=2, batch_size=3))
    assert [doc_id for doc_id, _ in two] == [document.id for document in documents]
    assert sum(len(records) for _, records in one) > 40
    assert two == one


@pytest.mark.slow
def test_the_corpus_is_read_a_few_chunks_ahead_not_all_at_once(nlp) -> None:
    read: list[int] = []

    def endless() -> Iterator[Document]:
        for i in itertools.count():
            read.append(i)
            yield Document(id=f"wire-{i}", text=WIRE[i % len(WIRE)])

    results = attribute_in_workers(endless(), nlp, n_process=2, batch_size=4)
    first = [next(results) for _ in range(5)]
    assert [document.id for document, _ in first] == [f"wire-{i}" for i in range(5)]
    # 2 workers x CHUNKS_PER_WORKER chunks of 4 in flight, plus the chunk being filled
    assert len(read) <= (2 * workers.CHUNKS_PER_WORKER + 1) * 4 + 1
    results.close()  # stops the pool; a leaked pool would hang the test run at exit


@pytest.mark.slow
def test_a_document_a_worker_fails_on_is_named_or_skipped(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    real = component.attribute

    def attribute(doc, registry, date=None):
        if POISON in doc.text:
            raise RuntimeError("finder failed")
        return real(doc, registry, date)

    monkeypatch.setattr(component, "attribute", attribute)  # inherited by the forked workers
    documents = _corpus(9)
    documents.insert(5, Document(id="bad", text=f"{POISON} said the talks went well."))
    with pytest.raises(ExtractionError, match=r"document 'bad': the parser failed on it"):
        list(extract_documents(documents, nlp=nlp, n_process=2, batch_size=2))
    skipped: list[str] = []
    kept = list(
        extract_documents(
            documents, nlp=nlp, n_process=2, batch_size=2, on_error=lambda d, e: skipped.append(d.id)
        )
    )
    assert skipped == ["bad"]
    assert [document.id for document, _ in kept] == [d.id for d in documents if d.id != "bad"]


@pytest.mark.parametrize(("n_process", "batch_size"), [(0, 16), (2, 0), (-1, 1)])
def test_processes_and_batches_must_be_positive(nlp, n_process: int, batch_size: int) -> None:
    with pytest.raises(ValueError, match="must be at least 1"):
        list(extract_documents(_corpus(1), nlp=nlp, n_process=n_process, batch_size=batch_size))


def test_chunks_close_at_the_document_count_or_the_character_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workers, "CHUNK_CHARACTERS", 100)
    documents = [Document(id=str(i), text="x" * length) for i, length in enumerate([10, 10, 90, 5, 5, 5, 5])]
    sizes = [[d.id for d in chunk] for chunk in workers._chunks(documents, 3)]
    assert sizes == [["0", "1", "2"], ["3", "4", "5"], ["6"]]
    sizes = [[d.id for d in chunk] for chunk in workers._chunks(documents[:3], 10)]
    assert sizes == [["0", "1", "2"]]
    assert list(workers._chunks([], 3)) == []


@pytest.mark.slow
def test_cli_build_with_two_workers_writes_the_same_bytes(seeds_dir: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quotes.cli import main

    runner = CliRunner()
    for workers_option in ("1", "2"):
        out = tmp_path / f"workers-{workers_option}"
        result = runner.invoke(
            main, ["build", str(seeds_dir), "--out", str(out), "--workers", workers_option, "--quiet"]
        )
        assert result.exit_code == 0, result.output
    files = {
        path.relative_to(tmp_path / "workers-1").as_posix()
        for path in (tmp_path / "workers-1").rglob("*")
        if path.is_file()
    }
    assert any(name.startswith("data/attributions/") for name in files)
    assert {
        path.relative_to(tmp_path / "workers-2").as_posix()
        for path in (tmp_path / "workers-2").rglob("*")
        if path.is_file()
    } == files
    for name in sorted(files):
        assert (tmp_path / "workers-2" / name).read_bytes() == (tmp_path / "workers-1" / name).read_bytes(), (
            name
        )


@pytest.mark.slow
def test_workers_also_start_where_the_platform_cannot_fork(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    monkeypatch.setattr(workers, "_context", lambda: multiprocessing.get_context("spawn"))
    documents = _corpus(6)
    spawned = _dicts(extract_documents(documents, nlp=nlp, n_process=2, batch_size=2))
    assert spawned == _dicts(extract_documents(documents, nlp=nlp, n_process=1))
    assert [len(records) for _, records in spawned][:3] == [1, 1, 1]


@pytest.mark.slow
def test_workers_load_the_model_themselves_and_this_process_never_imports_spacy(nlp) -> None:
    # A fresh interpreter: this test session has spaCy imported and the pipeline loaded already.
    program = (
        "import json, sys\n"
        "from quotes.engines.local import extract_documents\n"
        "from quotes.records import Document\n"
        "texts = json.loads(sys.argv[1])\n"
        "documents = [Document(id=f'wire-{i}', text=text) for i, text in enumerate(texts)]\n"
        "pairs = extract_documents(documents, n_process=2, batch_size=2)\n"
        "rows = [[d.id, [a.to_dict() for a in records]] for d, records in pairs]\n"
        "print(json.dumps({'spacy': 'spacy' in sys.modules, 'rows': rows}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program, json.dumps(WIRE)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout)
    assert found["spacy"] is False
    documents = [Document(id=f"wire-{i}", text=text) for i, text in enumerate(WIRE)]
    expected = [[doc_id, records] for doc_id, records in _dicts(extract_documents(documents, nlp=nlp))]
    assert found["rows"] == expected


@pytest.mark.slow
def test_a_model_the_workers_cannot_load_is_an_error_not_a_hang(tmp_path: Path) -> None:
    from quotes.parse.models import ModelNotFoundError

    broken = tmp_path / "broken-model"  # its meta is readable, the pipeline itself is not there
    broken.mkdir()
    (broken / "meta.json").write_text(json.dumps({"lang": "en", "name": "broken", "version": "0.0.1"}))
    with pytest.raises(ModelNotFoundError, match="broken-model"):
        list(extract_documents(_corpus(4), model=str(broken), n_process=2, batch_size=1))
