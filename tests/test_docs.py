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


def _layout() -> str:
    match = re.search(r"## Layout\n.*?```\n(.*?)```", README, re.DOTALL)
    assert match, "README.md has no '## Layout' code block"
    return match.group(1)


def _layout_paths() -> list[str]:
    """The files and folders the Layout's tree names under ``quotes/``, as paths ("find/direct/marks.py")."""
    paths: list[str] = []
    folders: list[str] = []
    lines = _layout().splitlines()
    assert lines[0].strip() == "quotes/", "the Layout's tree starts at quotes/"
    for line in lines[1:]:
        indent = len(line) - len(line.lstrip(" "))
        if indent == 0:  # the tree of quotes/ has ended (schema/, seeds/, ...)
            break
        name = line.split()[0]
        folders = folders[: indent // 2 - 1]
        paths.append("/".join([*folders, name.rstrip("/")]))
        if name.endswith("/"):
            folders.append(name.rstrip("/"))
    return paths


PACKAGE_MODULES = sorted(
    str(p.relative_to(ROOT / "quotes")) for p in (ROOT / "quotes").rglob("*.py") if p.name != "__init__.py"
)


@pytest.mark.parametrize("module", PACKAGE_MODULES)
def test_every_module_is_in_the_readme_layout(module: str) -> None:
    assert module in _layout_paths(), f"README.md's Layout does not list quotes/{module}"


def test_the_layout_lists_no_module_that_is_gone() -> None:
    listed = _layout_paths()
    assert len(listed) > len(PACKAGE_MODULES)
    assert [path for path in listed if not (ROOT / "quotes" / path).exists()] == []
