"""Errors a person can act on: each is one `Error:` line (or a `Warning:`) that names the path, the
option or the record and says what would work, through the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

pytestmark = pytest.mark.slow  # runs the statistical pipeline

QUOTE = "\u201cThe bridge will reopen in May,\u201d said Transport Minister Alice Varga on Tuesday.\n"
NOBODY = 65534


@pytest.fixture(autouse=True)
def _loaded_pipeline(nlp) -> None:
    """Load the shared pipeline once; every command here reuses it (quotes.parse.nlp.load caches)."""


def run(*args: str) -> Result:
    from quotes.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- an output directory without write permission, as a user who cannot write there ----------------

#: Run the CLI as an unprivileged user. The interpreter and its standard library may sit where that
#: user cannot read (a root-only home), so the modules the commands need are imported first, as
#: root, and only then does the process give up root for good.
_AS_NOBODY = """
import importlib, os, sys
for name in sys.argv[1].split(","):
    importlib.import_module(name)
if os.geteuid() == 0:
    os.setgroups([])
    os.setgid(int(sys.argv[2]))
    os.setuid(int(sys.argv[2]))
from quotes.cli import main
main(sys.argv[3:], prog_name="quotes")
"""
_PRELOAD = (
    "quotes.cli,quotes.dataset.build,quotes.dataset.validate,quotes.engines.local,quotes.parse.nlp,"
    "quotes.read.articles,quotes.read.io,quotes.show,quotes.evaluation.evaluate,quotes.progress"
)


def _can_drop_root() -> str | None:
    """Why the test cannot run a command as a user without write permission, or None if it can."""
    if os.geteuid() != 0:
        return None  # already unprivileged: the permission bits apply
    probe = subprocess.run(
        [sys.executable, "-c", f"import os; os.setgroups([]); os.setgid({NOBODY}); os.setuid({NOBODY})"],
        capture_output=True,
    )
    if probe.returncode != 0:
        return "running as root and cannot drop to an unprivileged user here (no setuid)"
    return None


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory the unprivileged user can read (pytest's own tmp_path is root-only)."""
    path = Path(tempfile.mkdtemp(prefix="quotes-nobody-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def run_unprivileged(*args: str) -> subprocess.CompletedProcess[str]:
    reason = _can_drop_root()
    if reason is not None:
        pytest.skip(reason)
    return subprocess.run(
        [sys.executable, "-c", _AS_NOBODY, _PRELOAD, str(NOBODY), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": "/nonexistent"},
        timeout=120,
    )


@pytest.mark.parametrize(
    ("command", "target", "message"),
    [
        (
            ["build", "{article}", "--quiet", "--out"],
            "ds",
            "Error: {target}: cannot write there (Permission denied); "
            "choose an --out in a directory you can write to\n",
        ),
        (
            ["extract", "{article}", "--quiet", "-o"],
            "records.jsonl",
            "Error: {target}: cannot write there (Permission denied); "
            "choose a file in a directory you can write to\n",
        ),
        (
            ["show", "{article}", "-o"],
            "page.html",
            "Error: {target}: cannot write there (Permission denied); "
            "choose an --output in a directory you can write to\n",
        ),
    ],
    ids=["build", "extract", "show"],
)
def test_an_unwritable_output_directory_is_one_error_line_naming_the_path(
    shared_dir: Path, command: list[str], target: str, message: str
) -> None:
    article = shared_dir / "article.txt"
    article.write_text(QUOTE, encoding="utf-8")
    article.chmod(0o644)
    locked = shared_dir / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    path = locked / target
    result = run_unprivileged(*[part.format(article=article) for part in command], str(path))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == message.format(target=path)
    assert list(locked.iterdir()) == []
