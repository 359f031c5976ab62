"""The throughput benchmark's profile counts every parser module as quote logic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests import benchmark_scripts

ROOT = Path(__file__).resolve().parents[1]


def test_every_listed_quote_logic_path_exists() -> None:
    throughput = benchmark_scripts.load("throughput")
    missing = [path for path in throughput.QUOTE_LOGIC_PATHS if not (ROOT / "quotes" / path).exists()]
    assert missing == []


def test_every_module_the_component_imports_is_quote_logic() -> None:
    """A module split out of the parser must not drop out of the profile's "quote logic" share."""
    # A fresh interpreter, so modules other tests imported do not count.
    listing = subprocess.run(
        [sys.executable, "-c", "import sys, quotes.parse.component; print(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.split()
    throughput = benchmark_scripts.load("throughput")
    files = [
        str(ROOT / (name.replace(".", "/") + ".py"))
        for name in listing
        if name.startswith("quotes.") and (ROOT / (name.replace(".", "/") + ".py")).is_file()
    ]
    not_parser = {"quotes/parse/nlp.py", "quotes/parse/fastrules.py", "quotes/records.py"}
    unlisted = [
        f for f in files if throughput._category(f) != "quote logic" and not f.endswith(tuple(not_parser))
    ]
    assert files and unlisted == []
    assert throughput._category(str(ROOT / "quotes" / "find" / "claims" / "verb_claims.py")) == "quote logic"
    assert throughput._category(str(ROOT / "quotes" / "dataset" / "build.py")) == "publishing"
    assert throughput._category("spacy/tokens/doc.pyx") == "spaCy parse"
