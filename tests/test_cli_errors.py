"""Errors a person can act on: each is one `Error:` line (or a `Warning:`) that names the path, the
option or the record and says what would work, through the command line."""

from __future__ import annotations

import json
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


# --- inputs that hold no article: extract and build agree ---------------------------------------


@pytest.mark.parametrize("content", [None, "notes.md"], ids=["empty", "no-articles"])
def test_extract_and_build_give_the_same_error_for_inputs_without_articles(
    tmp_path: Path, content: str | None
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    if content is not None:
        (folder / content).write_text("Some notes, not an article.\n", encoding="utf-8")
    message = (
        f"Error: no articles found in {folder}; expected .txt, .jsonl, .jsonl.gz or .parquet files, "
        "or directories holding them\n"
    )
    extracted = run("extract", "--quiet", str(folder), "-o", str(tmp_path / "records.jsonl"))
    built = run("build", "--quiet", str(folder), "--out", str(tmp_path / "ds"))
    assert (extracted.exit_code, extracted.stderr) == (1, message)
    assert (built.exit_code, built.stderr) == (1, message)
    assert not (tmp_path / "records.jsonl").exists()


# --- evaluate with no document in common ------------------------------------------------------


def test_evaluate_with_no_document_in_common_says_so(tmp_path: Path) -> None:
    article = tmp_path / "varga.txt"
    article.write_text(QUOTE, encoding="utf-8")
    predicted = tmp_path / "predicted.jsonl"
    assert run("extract", "--quiet", str(article), "-o", str(predicted)).exit_code == 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text(predicted.read_text(encoding="utf-8").replace('"varga"', '"other-article"'))
    result = run("evaluate", str(predicted), "--gold", str(gold))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "Error: no document in common: the gold annotates 'other-article' and the predictions hold "
        "documents 'varga'; nothing to score (are both from the same articles, with the same ids?)\n"
    )
    same = run("evaluate", str(predicted), "--gold", str(predicted))
    assert same.exit_code == 0, same.output


# --- symbolic links ---------------------------------------------------------------------------


def test_a_dangling_link_is_skipped_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "varga.txt").write_text(QUOTE, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    result = run("build", "--quiet", str(folder), "--out", str(tmp_path / "ds"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Built {tmp_path / 'ds'}: 1 documents")
    assert result.stderr == (
        f"Warning: {folder / 'gone.txt'}: dangling symbolic link (to {tmp_path / 'deleted.txt'}, which "
        "does not exist); skipped\n"
    )


def test_a_link_to_itself_is_named_a_loop(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "varga.txt").write_text(QUOTE, encoding="utf-8")
    (folder / "loop.parquet").symlink_to("loop.parquet")
    result = run("build", "--quiet", str(folder), "--out", str(tmp_path / "ds"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {folder / 'loop.parquet'}: symbolic link loop (to loop.parquet, which leads back to "
        "itself); remove the link\n"
    )
    named = run("extract", "--quiet", str(folder / "loop.parquet"))
    assert named.exit_code == 1
    assert named.stderr == result.stderr


def test_a_link_to_a_directory_above_it_is_named_a_loop(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "varga.txt").write_text(QUOTE, encoding="utf-8")
    (folder / "sub" / "up").symlink_to("..")
    result = run("extract", "--quiet", str(folder))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {folder / 'sub' / 'up'}: symbolic link loop (to .., a directory that holds the link, so "
        "walking it never ends); remove the link\n"
    )


# --- --model names only what is installed ----------------------------------------------------


def test_an_unknown_model_lists_the_installed_pipelines(tmp_path: Path) -> None:
    import spacy.util

    article = tmp_path / "varga.txt"
    article.write_text(QUOTE, encoding="utf-8")
    installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
    result = run("extract", str(article), "--model", "nonexistent")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: cannot load spaCy model 'nonexistent': it is neither an installed pipeline package nor a "
        f"pipeline directory (installed pipelines: {installed})\n"
    )
    from importlib.util import find_spec

    if find_spec("en_core_web_sm") is None:
        assert "en_core_web_sm," not in result.stderr and "en_core_web_sm)" not in result.stderr


# --- JSON errors read as a sentence -------------------------------------------------------------


def test_a_json_error_has_no_doubled_words(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text('{"id": "a", "text": "unterminated}\n', encoding="utf-8")
    result = run("extract", "--quiet", str(source))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {source}, line 1: not valid JSON (Unterminated string starting at column 21); "
        "each line must be one JSON object\n"
    )


# --- --workers above the CPU count ------------------------------------------------------------


@pytest.fixture
def two_cpus_and_a_spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Two CPUs, and the worker counts the parser is started with (it then runs in this process)."""
    import quotes.engines.local as local

    real = local.extract_documents
    started: list[int] = []

    def spy(documents, *, n_process: int = 1, **options):  # type: ignore[no-untyped-def]
        started.append(n_process)
        return real(documents, n_process=1, **options)

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(local, "extract_documents", spy)
    return started


@pytest.mark.parametrize("command", ["extract", "build"])
def test_workers_above_the_cpu_count_are_capped_with_a_warning(
    tmp_path: Path, two_cpus_and_a_spy: list[int], command: str
) -> None:
    article = tmp_path / "varga.txt"
    article.write_text(QUOTE, encoding="utf-8")
    out = ["--out", str(tmp_path / "ds")] if command == "build" else []
    capped = run(command, "--quiet", str(article), "--workers", "64", *out)
    assert capped.exit_code == 0, capped.output
    assert capped.stderr == (
        "Warning: --workers 64 is more than the 2 CPUs here; using 2 (pass --no-cap to start 64 anyway)\n"
    )
    insisted = run(command, "--quiet", str(article), "--workers", "64", "--no-cap", *out)
    assert (insisted.exit_code, insisted.stderr) == (0, "")
    assert two_cpus_and_a_spy == [2, 64]


# --- validate says what it could not check ----------------------------------------------------


def test_validate_checks_record_texts_against_articles_or_says_it_did_not(tmp_path: Path) -> None:
    article = tmp_path / "varga.txt"
    article.write_text(QUOTE, encoding="utf-8")
    records = tmp_path / "records.jsonl"
    assert run("extract", "--quiet", str(article), "-o", str(records)).exit_code == 0
    count = len(records.read_text(encoding="utf-8").splitlines())
    unchecked = run("validate", str(records))
    assert (unchecked.exit_code, unchecked.stdout) == (
        0,
        f"{count} records valid against the schema; their texts and offsets were not checked against the "
        "articles (pass --articles FILE to check them)\n",
    )
    checked = run("validate", str(records), "--articles", str(article))
    assert (checked.exit_code, checked.stdout) == (0, f"{count} records valid\n")
    # the same records against an edited article: the shifted words no longer match
    edited = tmp_path / "edited" / "varga.txt"
    edited.parent.mkdir()
    edited.write_text("Update: " + QUOTE, encoding="utf-8")
    wrong = run("validate", str(records), "--articles", str(edited))
    assert wrong.exit_code == 1
    first = json.loads(records.read_text(encoding="utf-8").splitlines()[0])
    start, end = first["start"], first["end"]
    expected = (
        f"{records}: record 1 (id={first['id']}): $.text -> {first['text']!r} is not the article's "
        f"text[{start}:{end}] {('Update: ' + QUOTE)[start:end]!r}"
    )
    assert expected in wrong.stdout.splitlines()
