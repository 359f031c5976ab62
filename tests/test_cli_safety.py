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
