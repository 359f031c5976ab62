"""A user's files are safe through the CLI: outputs never overwrite or feed back into inputs, text fields
are kept exactly as given, a build does not silently replace another corpus's dataset, and two builds
into one directory do not race."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

pytestmark = pytest.mark.slow  # runs the statistical pipeline

QUOTE = "\u201cThe bridge will reopen in May,\u201d said Transport Minister Alice Varga on Tuesday.\n"


@pytest.fixture(autouse=True)
def _loaded_pipeline(nlp) -> None:
    """Load the shared pipeline once; every command here reuses it (quotes.parse.nlp.load caches)."""


def run(*args: str) -> Result:
    from quotes.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def records_of(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


# --- U+FEFF at the start of a text field is the user's text ------------------------------------


def test_a_jsonl_text_starting_with_feff_is_kept_and_offsets_index_it(tmp_path: Path) -> None:
    text = "\ufeff" + QUOTE
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"id": "bom", "text": text}) + "\n", encoding="utf-8")
    result = run("extract", "--quiet", str(source))
    assert result.exit_code == 0, result.output
    [direct] = [r for r in records_of(result.stdout) if r["type"] == "direct"]
    assert direct["start"] == 2  # after U+FEFF and the opening mark
    assert text[direct["start"] : direct["end"]] == direct["text"] == "The bridge will reopen in May,"


def test_a_parquet_text_starting_with_feff_is_kept_and_offsets_index_it(tmp_path: Path) -> None:
    text = "\ufeff" + QUOTE
    source = tmp_path / "articles.parquet"
    pq.write_table(pa.table({"id": ["bom"], "text": [text]}), source)
    result = run("extract", "--quiet", str(source))
    assert result.exit_code == 0, result.output
    [direct] = [r for r in records_of(result.stdout) if r["type"] == "direct"]
    assert text[direct["start"] : direct["end"]] == direct["text"]
    speaker = direct["speaker"]
    assert text[speaker["start"] : speaker["end"]] == speaker["mention"]


# --- an output path that is an input -----------------------------------------------------------


def test_extract_refuses_to_overwrite_an_input_article(tmp_path: Path) -> None:
    article = tmp_path / "mine" / "article.txt"
    article.parent.mkdir()
    article.write_text(QUOTE, encoding="utf-8")
    result = run("extract", str(article), "-o", str(article))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: --output {article} is the input {article}; writing there would overwrite it; "
        "choose a path outside the inputs\n"
    )
    assert article.read_text(encoding="utf-8") == QUOTE


def test_extract_refuses_an_output_inside_an_input_directory(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "article.txt").write_text(QUOTE, encoding="utf-8")
    for output in (folder / "article.txt", folder / "records.jsonl"):
        result = run("extract", str(folder), "-o", str(output))
        assert result.exit_code == 1
        assert result.stderr == (
            f"Error: --output {output} is inside the input directory {folder}, which is read for "
            "articles; writing there would overwrite an article or be read back as one; "
            "choose a path outside the inputs\n"
        )
    assert sorted(p.name for p in folder.iterdir()) == ["article.txt"]
    assert (folder / "article.txt").read_text(encoding="utf-8") == QUOTE


def test_show_refuses_to_overwrite_its_article(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(QUOTE, encoding="utf-8")
    result = run("show", str(article), "-o", str(article))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: --output {article} is the input {article}; writing there")
    assert article.read_text(encoding="utf-8") == QUOTE


# --- attribution-record files are never read as articles ---------------------------------------


def _articles(folder: Path) -> Path:
    folder.mkdir()
    for name, speaker in (("a", "Alice Varga"), ("b", "Tomas Reyes"), ("c", "Mina Osei")):
        text = f"\u201cWe will finish the work,\u201d said {speaker}.\n\n{speaker} spoke in the city.\n"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_records_file_in_an_input_directory_is_skipped_with_a_note(tmp_path: Path) -> None:
    arts = _articles(tmp_path / "arts")
    first = run("extract", "--quiet", str(arts), "-o", str(tmp_path / "records.jsonl"))
    assert first.exit_code == 0, first.output
    (tmp_path / "records.jsonl").rename(arts / "records.jsonl")  # where a user might keep it
    again = run("extract", "--quiet", str(arts))
    assert again.exit_code == 0, again.output
    assert records_of(again.stdout) == records_of((arts / "records.jsonl").read_text(encoding="utf-8"))
    note = (
        f"Warning: {arts / 'records.jsonl'} holds attribution records (its lines have doc_id, start, end, "
        "type), not articles; skipped\n"
    )
    assert again.stderr == note
    built = run("build", "--quiet", str(arts), "--out", str(tmp_path / "ds"))
    assert built.exit_code == 0, built.output
    assert built.stdout.startswith(f"Built {tmp_path / 'ds'}: 3 documents, ")
    assert note in built.stderr


def test_a_records_file_given_as_input_is_refused(tmp_path: Path) -> None:
    arts = _articles(tmp_path / "arts")
    records = tmp_path / "records.jsonl"
    assert run("extract", "--quiet", str(arts), "-o", str(records)).exit_code == 0
    result = run("build", "--quiet", str(records), "--out", str(tmp_path / "ds"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {records}: holds attribution records (its lines have doc_id, start, end, type), "
        "not articles; pass the articles they were found in\n"
    )
