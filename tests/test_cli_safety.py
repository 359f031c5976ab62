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


def test_build_refuses_an_out_inside_an_input_directory(tmp_path: Path) -> None:
    arts = _articles(tmp_path / "arts")
    result = run("build", "--quiet", str(arts), "--out", str(arts / "ds"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: --out {arts / 'ds'} is inside the input directory {arts}, which is read for "
        "articles; writing there would overwrite an article or be read back as one; "
        "choose a path outside the inputs\n"
    )
    assert not (arts / "ds").exists()


def test_a_dataset_built_earlier_inside_an_input_directory_is_not_read_back(tmp_path: Path) -> None:
    arts = _articles(tmp_path / "arts")
    first = run("build", "--quiet", str(arts), "--out", str(tmp_path / "ds"))
    assert first.exit_code == 0, first.output
    (tmp_path / "ds").rename(arts / "ds")  # a user moves the dataset beside its articles
    note = (
        f"Warning: {arts / 'ds'} is a dataset 'quotes build' wrote (it has .quotes-dataset), not "
        "articles; skipped\n"
    )
    again = run("build", "--quiet", str(arts), "--out", str(tmp_path / "ds2"))
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith(f"Built {tmp_path / 'ds2'}: 3 documents, ")
    assert note in again.stderr
    extracted = run("extract", "--quiet", str(arts))
    assert extracted.exit_code == 0, extracted.output
    assert {record["doc_id"] for record in records_of(extracted.stdout)} == {"a", "b", "c"}
    assert extracted.stderr == note


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


# --- a build does not silently replace a dataset built from other inputs ------------------------


def test_build_replaces_a_dataset_of_other_inputs_only_with_force(tmp_path: Path) -> None:
    first, second = _articles(tmp_path / "first"), _articles(tmp_path / "second")
    out = tmp_path / "ds"
    assert run("build", "--quiet", str(first), "--out", str(out)).exit_code == 0
    before = (out / "build_summary.json").read_bytes()
    refused = run("build", "--quiet", str(second), "--out", str(out))
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"Error: {out}: holds a dataset built from {first.as_posix()}, not from {second.as_posix()}; "
        "pass --force to replace it, or choose another --out\n"
    )
    assert (out / "build_summary.json").read_bytes() == before
    assert run("build", "--quiet", str(first), "--out", str(out)).exit_code == 0  # same inputs: rebuilt
    by_file = [str(path) for path in sorted(first.glob("*.txt"))]  # the same articles, named one by one
    assert run("build", "--quiet", *by_file, "--out", str(out)).exit_code == 0
    forced = run("build", "--quiet", str(second), "--out", str(out), "--force")
    assert forced.exit_code == 0, forced.output
    assert json.loads((out / "build_summary.json").read_text())["inputs"] == [second.as_posix()]


def test_build_of_a_corpus_does_not_replace_the_seed_dataset(
    tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`quotes build corpus/` writes ./dataset by default: the seeds' dataset there is kept."""
    corpus = _articles(tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    for seed in sorted((repo_root / "seeds").iterdir())[:2]:  # two seed articles
        (tmp_path / "seeds" / seed.name).write_bytes(seed.read_bytes())
    assert run("build", "--quiet").exit_code == 0
    refused = run("build", "--quiet", str(corpus))
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"Error: dataset: holds a dataset built from seeds, not from {corpus.as_posix()}; "
        "pass --force to replace it, or choose another --out\n"
    )


# --- two builds into one --out -------------------------------------------------------------------


def test_a_second_build_into_the_same_out_fails_at_once_naming_the_first(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    arts = _articles(tmp_path / "arts")
    out = tmp_path / "ds"
    holder = subprocess.Popen(  # a build in progress: it holds the lock of --out
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from quotes.dataset.staging import out_lock\n"
            "with out_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(60)",
            str(out),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        started = time.monotonic()
        result = run("build", "--quiet", str(arts), "--out", str(out))
        assert time.monotonic() - started < 5  # at once, not after a parse
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {out}: another 'quotes build' (process {holder.pid}) is writing it; wait for it to "
        f"finish, or choose another --out (lock file {tmp_path / '.ds.lock'})\n"
    )
    assert not out.exists()


def test_a_stale_lock_of_a_killed_build_is_taken_over(tmp_path: Path) -> None:
    import subprocess
    import sys

    arts = _articles(tmp_path / "arts")
    out = tmp_path / "ds"
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    (tmp_path / ".ds.lock").write_text(gone.stdout)  # what a build killed outright leaves
    result = run("build", "--quiet", str(arts), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Built {out}: 3 documents")
    assert not (tmp_path / ".ds.lock").exists()
