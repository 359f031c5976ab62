"""The Ray engine gives exactly the records of the local engine, and fails the way it does."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

pytest.importorskip("ray", reason="the Ray engine needs the optional dependency quotes[ray]")

from quotes.dataset.ray_build import RayEngineError, extract_with_ray, import_ray  # noqa: E402
from quotes.engines.local import extract_documents  # noqa: E402
from quotes.read.articles import read_documents  # noqa: E402
from quotes.read.io import InputError  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

#: Short articles written for this test: quotes with and without marks, a claim, and one with none.
EXTRA_ARTICLES: list[dict[str, Any]] = [
    {
        "id": "extra-1",
        "text": "“We will rebuild the bridge by spring,” the mayor, Anna Kowalski, said on Monday.\n\n"
        "She added that the council had found the money.",
        "date": "2024-03-04",
        "outlet": "Test Gazette",
    },
    {"text": "Officials said the plant would close next year, according to a statement from the company."},
    {"id": "extra-3", "text": "The river rose by two metres overnight. Nobody was hurt.", "source": "wire"},
]


def _table_rows(folder: Path) -> list[dict[str, Any]]:
    files = sorted(folder.glob("*.parquet"))
    assert files, f"no Parquet files in {folder}"
    return [row for file in files for row in pq.read_table(file).to_pylist()]


def _key(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> list[Path]:
    extra = tmp_path_factory.mktemp("inputs") / "extra.jsonl"
    extra.write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in EXTRA_ARTICLES), encoding="utf-8"
    )
    return [*sorted(seeds_dir.glob("*.txt"))[:2], extra]  # a few documents: Ray's own start dominates


@pytest.fixture(scope="module")
def ray_run(local_ray, inputs: list[Path], seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    data_dir = tmp_path_factory.mktemp("dataset") / "data"
    (data_dir / "attributions").mkdir(parents=True)
    (data_dir / "attributions" / "stale.parquet").write_bytes(b"replaced by the run")
    summary = extract_with_ray(
        inputs, data_dir, concurrency=2, batch_size=2, metadata=seeds_dir / "metadata.jsonl"
    )
    return summary, data_dir


def test_same_records_as_the_local_engine(ray_run, inputs: list[Path], seeds_dir: Path, nlp) -> None:
    summary, data_dir = ray_run
    local_documents, local_attributions = [], []
    for document, attributions in extract_documents(
        read_documents(inputs, metadata=seeds_dir / "metadata.jsonl"), nlp=nlp
    ):
        local_documents.append(document.to_dict())
        local_attributions += [attribution.to_dict() for attribution in attributions]

    ray_attributions = _table_rows(data_dir / "attributions")
    ray_documents = _table_rows(data_dir / "documents")
    assert len(local_attributions) > 10  # the comparison means something only if there are records
    assert sorted(map(_key, ray_attributions)) == sorted(map(_key, local_attributions))
    assert sorted(map(_key, ray_documents)) == sorted(map(_key, local_documents))
    assert summary.counts.documents == len(local_documents) == 5
    assert summary.counts.attributions == len(local_attributions)
    assert sum(summary.counts.by_type.values()) == len(local_attributions)


def test_offsets_index_the_published_text(ray_run) -> None:
    _, data_dir = ray_run
    texts = {row["id"]: row["text"] for row in _table_rows(data_dir / "documents")}
    for row in _table_rows(data_dir / "attributions"):
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["text"]


def test_replaces_the_config_folders_and_leaves_no_staging(ray_run) -> None:
    summary, data_dir = ray_run
    assert not (data_dir / "attributions" / "stale.parquet").exists()
    assert sorted(p.name for p in data_dir.iterdir()) == ["attributions", "documents"]
    listed = [data_dir / name for names in summary.files.values() for name in names]
    assert listed and all(path.is_file() for path in listed)


@pytest.mark.parametrize(
    ("make_inputs", "error", "message"),
    [
        (lambda d: [d / "missing.txt"], InputError, "missing.txt: no such file or directory"),
        (
            lambda d: [_write(d / "a.jsonl", '{"id": "x", "text": "A."}\n{"id": 3}\n')],
            InputError,
            "line 2: no 'text'",
        ),
        (
            lambda d: [_write(d / "x.txt", "One."), _write(d / "b.jsonl", '{"id": "x", "text": "Two."}\n')],
            InputError,
            "duplicate document id 'x'",
        ),
    ],
    ids=["missing-input", "bad-jsonl-line", "duplicate-id-across-inputs"],
)
def test_bad_inputs_raise_the_readers_error_and_keep_old_output(
    local_ray, tmp_path: Path, make_inputs: Any, error: type[Exception], message: str
) -> None:
    data_dir = tmp_path / "data"
    (data_dir / "documents").mkdir(parents=True)
    (data_dir / "documents" / "old.parquet").write_bytes(b"previous output")
    with pytest.raises(error, match=message):
        extract_with_ray(make_inputs(tmp_path), data_dir, concurrency=1)
    assert sorted(p.name for p in data_dir.iterdir()) == ["documents"]
    assert (data_dir / "documents" / "old.parquet").read_bytes() == b"previous output"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"concurrency": 0}, "concurrency=0"), ({"batch_size": 0}, "batch_size=0")],
)
def test_rejects_bad_settings(tmp_path: Path, seeds_dir: Path, kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(RayEngineError, match=message):
        extract_with_ray(sorted(seeds_dir.glob("*.txt")), tmp_path / "data", **kwargs)


def test_refuses_to_replace_a_folder_it_did_not_write(tmp_path: Path, seeds_dir: Path) -> None:
    (tmp_path / "data" / "documents").mkdir(parents=True)
    (tmp_path / "data" / "documents" / "notes.md").write_text("mine", encoding="utf-8")
    with pytest.raises(RayEngineError, match="notes.md"):
        extract_with_ray(sorted(seeds_dir.glob("*.txt")), tmp_path / "data")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("module", ["ray", "ray.data"])
def test_missing_ray_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # makes ``import <module>`` raise ImportError
    with pytest.raises(RayEngineError, match=r"pip install 'quotes\[ray\]'"):
        import_ray()
