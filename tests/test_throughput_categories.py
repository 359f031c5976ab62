"""The throughput benchmark's profile counts every parser module as quote logic."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _throughput_module():
    spec = importlib.util.spec_from_file_location("throughput", ROOT / "benchmarks" / "throughput.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_listed_quote_logic_module_exists() -> None:
    throughput = _throughput_module()
    missing = [m for m in throughput.QUOTE_LOGIC_MODULES if not (ROOT / "quotes" / f"{m}.py").exists()]
    assert missing == []


def test_every_module_the_component_imports_is_quote_logic() -> None:
    """A module split out of the parser must not drop out of the profile's "quote logic" share."""
    # A fresh interpreter, so modules other tests imported do not count.
    listing = subprocess.run(
        [sys.executable, "-c", "import sys, quotes.component; print(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.split()
    loaded = {name.split(".", 1)[1] for name in listing if name.startswith("quotes.")}
    not_parser = {"nlp", "fastrules", "records", "validate", "extract", "progress", "features"}
    throughput = _throughput_module()
    unlisted = sorted(loaded - not_parser - set(throughput.QUOTE_LOGIC_MODULES))
    assert unlisted == []
    assert throughput._category(str(ROOT / "quotes" / "verb_claims.py")) == "quote logic"
    assert throughput._category("spacy/tokens/doc.pyx") == "spaCy parse"
