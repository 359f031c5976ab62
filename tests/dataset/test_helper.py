"""The build's helper process: the same files as in this process, failures raised here, a dead helper
replaced by this process, and the build's own process free of ``datasets`` and ``pyarrow``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.dataset.build import publish
from quotes.dataset.helper import BUILD_MODULES, IN_PROCESS, Helper, build_helper
from quotes.records import Attribution, Cue, Document, Speaker


def _pairs() -> list[tuple[Document, list[Attribution]]]:
    text = "Mara Quint said the bridge would reopen in May. “It is safe,” she added."
    said, added = text.index("said"), text.index("added")
    claim = text.index("the bridge")
    quote = text.index("It is safe,")
    return [
        (
            Document("bridge", text, outlet="Gazette", date="2024-03-02"),
            [
                Attribution(
                    doc_id="bridge",
                    type="indirect",
                    text="the bridge would reopen in May",
                    start=claim,
                    end=claim + len("the bridge would reopen in May"),
                    speaker=Speaker("Mara Quint", "Mara Quint", 0, 10),
                    cue=Cue("said", "say", said, said + 4),
                    confidence=0.9,
                ),
                Attribution(
                    doc_id="bridge",
                    type="direct",
                    text="It is safe,",
                    start=quote,
                    end=quote + len("It is safe,"),
                    speaker=Speaker("Mara Quint", "she", text.index("she"), text.index("she") + 3),
                    cue=Cue("added", "add", added, added + 5),
                    confidence=0.8,
                ),
            ],
        ),
        (Document("empty", "Nothing was said here at all."), []),
    ]


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def test_a_helper_runs_calls_in_another_process_and_stops() -> None:
    with Helper(("json",)) as helper:
        assert helper.running
        assert helper.call("os", "getpid") != os.getpid()
        assert helper.call("json", "dumps", {"b": 1}, sort_keys=True) == json.dumps({"b": 1})
        process = helper._process
    assert not helper.running
    assert process is not None and process.poll() == 0  # it left when told to


def test_without_modules_calls_run_in_this_process() -> None:
    assert not IN_PROCESS.running
    assert IN_PROCESS.call("os", "getpid") == os.getpid()
    with build_helper(enabled=False) as helper:
        assert helper.call("os", "getpid") == os.getpid()


def test_a_process_that_has_datasets_and_pyarrow_already_builds_without_a_helper() -> None:
    import datasets  # noqa: F401
    import pyarrow  # noqa: F401

    with build_helper() as helper:
        assert not helper.running
        assert helper.call("os", "getpid") == os.getpid()


def test_a_failure_in_the_helper_is_raised_here() -> None:
    with Helper(("json",)) as helper:
        with pytest.raises(ValueError, match="unknown record kind 'poem'"):
            helper.call("quotes.dataset.validate", "load_schema", "poem")
        assert helper.running  # and it goes on answering
        assert helper.call("os", "getpid") != os.getpid()


def test_a_dead_helper_leaves_the_work_to_this_process() -> None:
    with Helper(("json",)) as helper:
        process = helper._process
        assert process is not None
        process.kill()
        process.wait()
        assert helper.call("os", "getpid") == os.getpid()
        assert not helper.running


def test_the_helper_writes_the_files_this_process_would(tmp_path: Path) -> None:
    options = {"model": {"name": "en_test", "version": "1.0"}, "inputs": ["news.jsonl"]}
    publish(_pairs(), tmp_path / "here", **options)  # type: ignore[arg-type]
    with Helper(BUILD_MODULES) as helper:
        publish(_pairs(), tmp_path / "there", helper=helper, **options)  # type: ignore[arg-type]
    here, there = _snapshot(tmp_path / "here"), _snapshot(tmp_path / "there")
    assert "data/attributions/train-00000-of-00001.parquet" in here
    assert here == there


@pytest.mark.slow
def test_a_build_imports_neither_datasets_nor_pyarrow_in_its_own_process(tmp_path: Path) -> None:
    articles = tmp_path / "news.jsonl"
    articles.write_text(json.dumps({"id": "bridge", "text": _pairs()[0][0].text}) + "\n", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from quotes.dataset.build import build; "
        f"build([Path({str(articles)!r})], Path({str(tmp_path / 'out')!r})); "
        "print(sorted(m for m in ('datasets', 'pyarrow', 'pandas') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "out" / "README.md").read_text(encoding="utf-8").startswith("---\n")
    assert sorted(path.name for path in (tmp_path / "out" / "data" / "attributions").iterdir()) == [
        "train-00000-of-00001.parquet"
    ]
