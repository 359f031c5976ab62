"""A pipeline with the project's components survives to_disk / spacy.load in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

TEXT = "“We will stand with Ukraine,” Mr Wallace said.\n\nHe added: “For as long as it takes.”"


@pytest.mark.slow
def test_saved_pipeline_loads_by_entry_points_and_gives_the_same_records(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    expected = nlp(TEXT)._.attributions
    assert expected, "the example must have attributions for this test to mean anything"
    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "print(json.dumps({'pipes': nlp.pipe_names, 'records': nlp(sys.argv[2])._.attributions}))\n"
    )
    # A fresh interpreter: nothing of quotes is imported except through spaCy's entry points.
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "pipeline"), TEXT],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = json.loads(done.stdout)
    assert loaded["pipes"] == nlp.pipe_names
    assert "quote_sentences" in loaded["pipes"] and "quote_attribution" in loaded["pipes"]
    assert loaded["records"] == json.loads(json.dumps(expected))
