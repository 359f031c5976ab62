"""The README documents every command, and its quick-start commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotes.cli import main

ROOT = Path(__file__).resolve().parent.parent

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert re.search(rf"quotes {command}\b", README), f"README.md does not show `quotes {command}`"


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "uv run pytest" in README
    assert re.search(r"^uv run pytest\s*$", ci, re.MULTILINE), ".ci/run must run the README's test command"


def test_readme_build_command_uses_the_default_paths() -> None:
    assert "uv run quotes build" in README
    build = main.commands["build"]
    defaults = {param.name: param.default for param in build.params}
    assert str(defaults["out"]) == "dataset"
