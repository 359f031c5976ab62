"""The dataset card: generated YAML the datasets library reads back, and the sections a reader needs."""

from __future__ import annotations

import pytest
import yaml
from datasets.info import DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCard

from quotes.dataset.card import Counts, demote_headings, field_rows, render_card, size_category
from quotes.dataset.features import features_for


def _counts(*, gold: int | None = None) -> Counts:
    counts = Counts(documents=2, gold=gold)
    for kind, name, resolution in [
        ("direct", "Ben Wallace", "name"),
        ("indirect", None, "none"),
        ("direct", "Ben Wallace", "pronoun"),
    ]:
        counts.add({"type": kind, "speaker": {"name": name, "resolution": resolution}})
    return counts


def _card(**kwargs: object) -> str:
    defaults: dict[str, object] = {"model_name": "en_core_web_sm", "model_version": "3.8.0"}
    return render_card(_counts(gold=kwargs.pop("gold", None)), **{**defaults, **kwargs})  # type: ignore[arg-type]


def _front_matter(card: str) -> dict:
    assert card.startswith("---\n")
    return yaml.safe_load(card.split("---\n")[1])


def test_counts_are_ranked() -> None:
    assert _counts().to_dict() == {
        "documents": 2,
        "attributions": 3,
        "gold": None,
        "by_type": {"direct": 2, "indirect": 1},
        "by_speaker": {"Ben Wallace": 2, "(unresolved)": 1},
        "by_resolution": {"name": 1, "none": 1, "pronoun": 1},
        "by_category": {"assertion": 3},
    }


@pytest.mark.parametrize(
    ("gold", "configs"), [(None, ["attributions", "documents"]), (4, ["attributions", "documents", "gold"])]
)
def test_yaml_configs_and_features_read_back(gold: int | None, configs: list[str]) -> None:
    card = DatasetCard(_card(gold=gold))
    metadata_configs = MetadataConfigs.from_dataset_card_data(card.data)
    assert list(metadata_configs) == configs
    assert metadata_configs.get_default_config_name() == "attributions"
    assert metadata_configs["documents"]["data_files"] == [
        {"split": "train", "path": "data/documents/*.parquet"}
    ]
    infos = DatasetInfosDict.from_dataset_card_data(card.data)
    assert list(infos) == configs
    for name in configs:
        expected = features_for("document" if name == "documents" else "attribution")
        assert infos[name].features == expected
        assert infos[name].splits is None  # no sizes declared, so none can be wrong


def test_yaml_card_fields() -> None:
    assert _front_matter(_card())["license"] == "other"  # none given
    meta = _front_matter(_card(license="cc-by-4.0"))
    assert meta["license"] == "cc-by-4.0"
    assert meta["language"] == ["en"]
    assert meta["pretty_name"]
    assert meta["task_categories"] == ["token-classification", "text-classification"]
    assert meta["size_categories"] == ["n<1K"]


def test_sections_and_counts() -> None:
    card = _card()
    for heading in [
        "## What it is",
        "## How it was made",
        "## Schema",
        "## Counts",
        "## Limitations",
        "## License",
        "## How to cite",
    ]:
        assert f"\n{heading}\n" in card
    assert "`en_core_web_sm` (version 3.8.0)" in card
    assert "| Ben Wallace | 2 |" in card
    assert "| (unresolved) | 1 |" in card
    assert "| direct | 2 |" in card
    assert "belong to their publishers" in card
    assert "## Evaluation against gold" not in card
    assert "## Annotation guidelines" not in card


def test_evaluation_and_guidelines_are_included_and_nested() -> None:
    card = _card(
        gold=3, evaluation="## Spans\n\n| P | R |\n", guidelines="# Guide\n\n```\n# not a heading\n```"
    )
    assert "## Evaluation against gold\n" in card
    assert "\n#### Spans\n" in card
    assert "## Annotation guidelines\n\n### Guide\n" in card
    assert "\n# not a heading\n" in card


def test_schema_table_lists_every_field() -> None:
    rows = {name: (kind, description) for name, kind, description in field_rows("attribution")}
    assert rows["speaker.kind"][0] == "string (person \\| organization \\| group \\| unknown)"
    assert rows["speaker.start"][0] == "integer or null"
    assert rows["cue"][0] == "object or null"
    assert rows["cue.lemma"][0] == "string"
    assert all(description for description in (d for _, d in rows.values()))
    documents = {name for name, _, _ in field_rows("document")}
    assert {"metadata", "metadata[].key", "metadata[].value", "date"} <= documents


@pytest.mark.parametrize(
    ("count", "label"),
    [
        (0, "n<1K"),
        (999, "n<1K"),
        (1_000, "1K<n<10K"),
        (99_999, "10K<n<100K"),
        (100_000, "100K<n<1M"),
        (5_000_000, "1M<n<10M"),
        (10_000_000, "n>10M"),
    ],
)
def test_size_category(count: int, label: str) -> None:
    assert size_category(count) == label


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("# A\ntext", "### A\ntext"),
        ("#hashtag", "#hashtag"),
        ("```\n# code\n```", "```\n# code\n```"),
        ("#### Deep", "###### Deep"),
        ("###### Deep", "###### Deep"),
    ],
)
def test_demote_headings(markdown: str, expected: str) -> None:
    assert demote_headings(markdown) == expected


def test_benchmark_figures_sit_after_the_gold_evaluation() -> None:
    card = _card(gold=3, evaluation="## Spans\n", benchmark="### PolNeAR dev\n\n| target | value |\n")
    assert "## Accuracy on news the parser was not written against\n" in card
    assert "\n##### PolNeAR dev\n" in card
    assert card.index("## Evaluation against gold") < card.index("## Accuracy on news the parser")
    assert "## Accuracy on news" not in _card(gold=3, evaluation="## Spans\n")


def test_counts_by_category() -> None:
    counts = Counts()
    for category in ["belief", "assertion", "assertion"]:
        speaker = {"name": "A", "resolution": "name"}
        counts.add({"type": "indirect", "category": category, "speaker": speaker})
    assert counts.to_dict()["by_category"] == {"assertion": 2, "belief": 1}
    card = render_card(counts, model_name="en_core_web_sm", model_version="3.8.0")
    section = card.split("### By category")[1].split("###")[0]
    assert "| assertion | 2 |" in section and "| belief | 1 |" in section
