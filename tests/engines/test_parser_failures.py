"""An article the parser fails on is reported by name, or skipped with --skip-bad; it never takes the
other articles down with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.engines.local import ExtractionError, extract_documents
from quotes.parse import component
from quotes.records import Document

#: A word that makes the (patched) finders fail, standing in for an article nobody expected.
POISON = "Zzyzxquux"

GOOD = "“We will stand with Ukraine,” Ben Wallace said."
BAD = f"{POISON} said the talks went well."


@pytest.fixture
def failing_finders(monkeypatch: pytest.MonkeyPatch):
    real = component.attribute

    def attribute(doc, registry, date=None):
        if POISON in doc.text:
            raise RuntimeError("finder failed")
        return real(doc, registry, date)

    monkeypatch.setattr(component, "attribute", attribute)


def test_the_component_records_a_failure_on_the_doc(nlp, failing_finders) -> None:
    doc = nlp(BAD)
    assert doc._.attributions == []
    assert doc._.attribution_error == "RuntimeError: finder failed"
    assert nlp(GOOD)._.attribution_error is None


def test_extract_documents_names_the_document_or_skips_it(nlp, failing_finders) -> None:
    documents = [Document("good-1", GOOD), Document("bad", BAD), Document("good-2", GOOD)]
    with pytest.raises(ExtractionError, match=r"document 'bad': the parser failed on it \(.*finder failed"):
        list(extract_documents(documents, nlp=nlp))
    skipped: list[tuple[str, str]] = []
    results = list(
        extract_documents(documents, nlp=nlp, on_error=lambda d, e: skipped.append((d.id, str(e))))
    )
    assert [document.id for document, _ in results] == ["good-1", "good-2"]
    assert all(records for _, records in results)
    assert [doc_id for doc_id, _ in skipped] == ["bad"]


def _articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = [{"id": "good-1", "text": GOOD}, {"id": "bad", "text": BAD}, {"id": "good-2", "text": GOOD}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_build_stops_on_it_by_default_and_skips_it_with_skip_bad(
    nlp, failing_finders, tmp_path: Path
) -> None:
    articles = _articles(tmp_path)
    out = tmp_path / "dataset"
    runner = CliRunner()
    stopped = runner.invoke(main, ["build", str(articles), "--out", str(out), "--quiet"])
    assert stopped.exit_code == 1
    assert "Error: document 'bad': the parser failed on it" in stopped.output
    assert not out.exists()

    done = runner.invoke(main, ["build", str(articles), "--out", str(out), "--quiet", "--skip-bad"])
    assert done.exit_code == 0, done.output
    assert "2 documents" in done.output
    summary = json.loads((out / "build_summary.json").read_text(encoding="utf-8"))
    assert [entry["where"] for entry in summary["skipped"]] == ["bad"]


def test_extract_skips_it_with_skip_bad(nlp, failing_finders, tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    done = CliRunner().invoke(main, ["extract", str(articles), "--skip-bad"])
    assert done.exit_code == 0, done.output
    doc_ids = {json.loads(line)["doc_id"] for line in done.stdout.splitlines() if line.startswith("{")}
    assert doc_ids == {"good-1", "good-2"}
    assert "document 'bad'" in done.stderr
