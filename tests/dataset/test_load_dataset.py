"""End to end: build the seeds into a dataset directory, then load every config with `datasets`, offline."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.dataset.build import BuildSummary, build
from quotes.dataset.features import features_for

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> tuple[Path, BuildSummary]:
    out = tmp_path_factory.mktemp("build") / "dataset"
    summary = build(  # as `quotes build` does: the seeds directory brings its gold and metadata sidecars
        [seeds_dir],
        out,
        benchmark=seeds_dir.parent / "benchmarks" / "polnear-dev.md",
        license="cc-by-4.0",
    )
    return out, summary


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No hub access: the environment variables, and the flag datasets read when it was imported."""
    import datasets.config

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    return tmp_path / "cache"


@pytest.mark.parametrize(
    ("config", "kind", "count"),
    [
        (None, "attribution", "attributions"),
        ("attributions", "attribution", "attributions"),
        ("documents", "document", "documents"),
        ("gold", "attribution", "gold"),
    ],
)
def test_every_config_loads_with_its_declared_features(
    built: tuple[Path, BuildSummary], offline: Path, config: str | None, kind: str, count: str
) -> None:
    import datasets

    out, summary = built
    dataset = datasets.load_dataset(str(out), config, split="train", cache_dir=str(offline))
    assert dataset.features == features_for(kind)
    assert len(dataset) == getattr(summary.counts, count)
    assert len(dataset) > 0


def test_loaded_spans_are_the_article_text(built: tuple[Path, BuildSummary], offline: Path) -> None:
    import datasets

    out, _ = built
    articles = {
        row["id"]: row["text"]
        for row in datasets.load_dataset(str(out), "documents", split="train", cache_dir=str(offline))
    }
    for config in ("attributions", "gold"):
        for row in datasets.load_dataset(str(out), config, split="train", cache_dir=str(offline)):
            article = articles[row["doc_id"]]
            assert article[row["start"] : row["end"]] == row["text"]
            if row["speaker"]["start"] is not None:
                assert article[row["speaker"]["start"] : row["speaker"]["end"]] == row["speaker"]["mention"]


def test_seed_metadata_reaches_the_documents(built: tuple[Path, BuildSummary], offline: Path) -> None:
    import datasets

    out, summary = built
    documents = datasets.load_dataset(str(out), "documents", split="train", cache_dir=str(offline))
    first = documents[0]
    assert (first["id"], first["outlet"], first["date"]) == ("000_da9f7f9f92541ef4", "GOV.UK", "2022-09-30")
    assert summary.model["name"].startswith("en_core_web_sm")


def test_card_reports_the_evaluation_and_guidelines(built: tuple[Path, BuildSummary]) -> None:
    out, _ = built
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "## Evaluation against gold" in card
    assert "span exact" in card
    assert "## Annotation guidelines" in card


def test_rebuild_is_byte_identical(built: tuple[Path, BuildSummary], tmp_path: Path, seeds_dir: Path) -> None:
    out, _ = built
    again = tmp_path / "again"
    build(
        [seeds_dir],
        again,
        benchmark=seeds_dir.parent / "benchmarks" / "polnear-dev.md",
        license="cc-by-4.0",
    )
    for path in sorted(out.rglob("*")):
        if path.is_file():
            assert (again / path.relative_to(out)).read_bytes() == path.read_bytes(), path


def test_committed_dataset_is_up_to_date(built: tuple[Path, BuildSummary], repo_root: Path) -> None:
    """The committed dataset/ is what the current parser builds from the seeds (regenerate it with
    ``uv run quotes build`` and commit it when this fails)."""
    out, _ = built
    committed = repo_root / "dataset"

    def published(root: Path) -> list[Path]:
        return sorted(p.relative_to(root) for p in root.rglob("*") if p.suffix in (".parquet", ".md"))

    assert published(committed) == published(out)
    stale = [str(n) for n in published(out) if (committed / n).read_bytes() != (out / n).read_bytes()]
    assert stale == [], f"dataset/ is stale ({', '.join(stale)}): run `uv run quotes build`, commit dataset/"
