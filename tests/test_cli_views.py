"""What the tools show a user: the dataset card of `quotes build` and the page of `quotes show`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

pytestmark = pytest.mark.slow  # runs the statistical pipeline


@pytest.fixture(autouse=True)
def _loaded_pipeline(nlp) -> None:
    """Load the shared pipeline once; every command here reuses it (quotes.parse.nlp.load caches)."""


def run(*args: str) -> Result:
    from quotes.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- `quotes build seeds/` is `quotes build` ---------------------------------------------------


def test_build_of_the_seeds_dir_writes_the_card_and_summary_of_the_default_build(
    tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_root)
    named = run("build", "--quiet", "seeds/", "--out", str(tmp_path / "named"))
    default = run("build", "--quiet", "--out", str(tmp_path / "default"))
    assert (named.exit_code, default.exit_code) == (0, 0), named.output + default.output
    card = (tmp_path / "named" / "README.md").read_text(encoding="utf-8")
    assert card == (tmp_path / "default" / "README.md").read_text(encoding="utf-8")
    assert "\n## Accuracy on news the parser was not written against\n" in card
    assert "\n## Evaluation against gold\n" in card
    summaries = [
        json.loads((tmp_path / name / "build_summary.json").read_text()) for name in ("named", "default")
    ]
    assert summaries[0] == summaries[1]
    assert summaries[0]["inputs"] == ["seeds"]
