"""The dataset card: ``README.md`` with YAML front matter generated from the features and configs.

The ``configs:`` block comes from ``MetadataConfigs`` and ``dataset_info:`` from
``DatasetInfosDict(...).to_dataset_card_data``, so the loader reads exactly the features the
JSON Schemas define. The prose sections are filled from the build's counts and evaluation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from datasets.info import DatasetInfo, DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCardData

from quotes.dataset.counts import Counts
from quotes.dataset.features import features_for, non_null, resolve_ref
from quotes.dataset.validate import CONFIG_KINDS, SCHEMA_FOLDER, configs, load_schema

PRETTY_NAME = "Quotes: who said what in English news"
#: How many speakers the card lists by name.
TOP_SPEAKERS = 25
#: The licence a card gives when the builder named none: the records' terms are unknown to this tool.
UNKNOWN_LICENSE = "other"


def category_counts_section(summary: Mapping[str, Any]) -> str:
    """The card's "By category" table: records by what the source did (said, believes, knows, means
    to do), most first."""
    return "\n\n### By category\n\n" + _table(
        ("category", "records"), list(summary.get("by_category", {}).items())
    )


def data_files_pattern(config: str) -> str:
    """The ``data_files`` glob of a config, relative to the dataset root."""
    return f"data/{config}/*.parquet"


def size_category(count: int) -> str:
    """The Hugging Face ``size_categories`` value for a number of records."""
    bounds = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")]
    for bound, label in bounds:
        if count < bound:
            return label
    return "1M<n<10M" if count < 10_000_000 else "n>10M"


def card_metadata(counts: Counts, license: str = UNKNOWN_LICENSE) -> DatasetCardData:
    """Build the YAML front matter: licence, language, tasks, configs and features."""
    names = configs(gold=counts.gold is not None)
    card_data = DatasetCardData(
        license=license,
        language=["en"],
        pretty_name=PRETTY_NAME,
        task_categories=["token-classification", "text-classification"],
        size_categories=[size_category(counts.attributions)],
        tags=["quotation-attribution", "news", "speaker-attribution"],
    )
    MetadataConfigs(
        {
            name: {
                "data_files": [{"split": "train", "path": data_files_pattern(name)}],
                **({"default": True} if name == "attributions" else {}),
            }
            for name in names
        }
    ).to_dataset_card_data(card_data)
    DatasetInfosDict(
        {name: DatasetInfo(features=features_for(CONFIG_KINDS[name])) for name in names}
    ).to_dataset_card_data(card_data)
    return card_data


def field_rows(kind: str) -> Iterator[tuple[str, str, str]]:
    """Yield ``(field, type, description)`` for every field of a record kind, nested fields dotted."""
    schema = load_schema(kind)

    def walk(node: dict[str, Any], prefix: str) -> Iterator[tuple[str, str, str]]:
        for name, child in node.get("properties", {}).items():
            path = f"{prefix}{name}"
            direct = resolve_ref(child, schema)
            raw_types = direct.get("type")
            nullable = "null" in raw_types if isinstance(raw_types, list) else "anyOf" in direct
            resolved = non_null(child, schema, path)
            kind_name = resolved.get("type", "?")
            if "enum" in resolved:
                kind_name += " (" + " \\| ".join(resolved["enum"]) + ")"
            description = child.get("description") or resolved.get("description", "")
            yield path, kind_name + (" or null" if nullable else ""), description
            if resolved.get("type") == "object":
                yield from walk(resolved, f"{path}.")
            elif resolved.get("type") == "array":
                yield from walk(non_null(resolved.get("items", {}), schema, path), f"{path}[].")

    yield from walk(schema, "")


def _table(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def demote_headings(markdown: str, levels: int = 2) -> str:
    """Push every Markdown heading down ``levels`` levels (outside fenced code), to nest a document."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        heading = re.match(r"(#{1,6}) ", line)
        if not fenced and heading:
            depth = min(len(heading.group(1)) + levels, 6)  # Markdown has six heading levels
            line = "#" * depth + line[len(heading.group(1)) :]
        out.append(line)
    return "\n".join(out).strip()


def render_card(
    counts: Counts,
    *,
    model_name: str,
    model_version: str,
    evaluation: str | None = None,
    guidelines: str | None = None,
    benchmark: str | None = None,
    license: str | None = None,
) -> str:
    """Return the whole ``README.md``: generated YAML front matter, then the card's sections.

    Args:
        counts: what the build produced.
        model_name: the spaCy pipeline used, e.g. ``en_core_web_sm``.
        model_version: its version.
        evaluation: the evaluation report as Markdown (parser vs. gold), when gold was given.
        guidelines: the gold annotation guidelines (Markdown), when available.
        benchmark: the parser's accuracy on other annotated news (Markdown), when available.
        license: the records' licence as the builder gave it; ``None`` (``other`` in the card) when
            none was given.
    """
    license = license or UNKNOWN_LICENSE
    summary = counts.to_dict()
    speakers = list(summary["by_speaker"].items())[:TOP_SPEAKERS]
    sections = [
        f"# {PRETTY_NAME}",
        "## What it is\n\n"
        "Every direct quote, mixed quote and reported claim found in a set of English news articles, one "
        'record each: the words, their exact character span in the article, the cue ("said", "warned '
        'that", "according to") and the speaker, resolved to one canonical name even where the sentence '
        'only says "he", a role title or a surname. Offsets are Python string indexes into the article '
        "text as published in the `documents` config: `text == article[start:end]` holds for every "
        "record.\n\n"
        + _table(
            ("config", "what", "records"),
            [
                ("`attributions` (default)", "quotes and claims found by the parser", counts.attributions),
                ("`documents`", "the articles, text exactly as given", counts.documents),
                *(
                    [("`gold`", "hand-checked annotations of the articles they name", counts.gold)]
                    if counts.gold is not None
                    else []
                ),
            ],
        )
        + "\n\n```python\nfrom datasets import load_dataset\n\n"
        'quotes = load_dataset("path/to/dataset", "attributions", split="train")\n'
        'articles = load_dataset("path/to/dataset", "documents", split="train")\n```',
        "## How it was made\n\n"
        f"Built with the `quotes` package: articles are parsed with the spaCy pipeline `{model_name}` "
        f"(version {model_version}) plus the project's rule-based quote attribution component, which finds "
        'quote spans (all quote-mark styles, unclosed multi-paragraph quotes, "X said:" blocks), reported '
        "claims and mixed quotes, then the cue and the speaker mention, and resolves pronouns, role titles "
        "and surnames to a canonical speaker. Every record was validated against the JSON Schemas in "
        f"`{SCHEMA_FOLDER}/` (shipped in this directory) and against its article text before publishing.",
        "## Schema\n\n### attributions (and gold)\n\n"
        + _table(("field", "type", "description"), list(field_rows("attribution")))
        + "\n\n### documents\n\n"
        + _table(("field", "type", "description"), list(field_rows("document"))),
        "## Counts\n\n### By type\n\n"
        + _table(("type", "records"), list(summary["by_type"].items()))
        + category_counts_section(summary)
        + "\n\n### By how the speaker was resolved\n\n"
        + _table(("resolution", "records"), list(summary["by_resolution"].items()))
        + f"\n\n### By speaker (top {TOP_SPEAKERS})\n\n"
        + _table(("speaker", "records"), speakers),
    ]
    if evaluation is not None:
        sections.append(
            "## Evaluation against gold\n\nThe parser's output on the gold articles compared with the "
            "hand-checked annotations in the `gold` config.\n\n" + demote_headings(evaluation, 2)
        )
    if benchmark is not None:
        sections.append(
            "## Accuracy on news the parser was not written against\n\n"
            "These figures come from `benchmarks/accuracy.py`, which runs the same parser over "
            "hand-annotated news it was not written against and scores it there.\n\n"
            + demote_headings(benchmark, 2)
        )
    if guidelines is not None:
        sections.append("## Annotation guidelines\n\n" + demote_headings(guidelines, 2))
    sections += [
        "## Limitations\n\n"
        "- The attributions are produced by rules over a small statistical English model; expect missed "
        f"and wrong quotes, and wrong speakers, {_measured(evaluation, benchmark)}\n"
        "- Speaker resolution works within one article; the same person may appear under different names "
        "across articles when no registry entry links them.\n"
        "- Only English news prose was targeted; other genres and languages are out of scope.",
        "## License\n\n" + _license_text(license),
        "## How to cite\n\n```bibtex\n@misc{quotes_dataset,\n"
        f"  title = {{{PRETTY_NAME}}},\n"
        f"  note = {{Built with the quotes package and the spaCy pipeline {model_name} {model_version}}}\n"
        "}\n```",
    ]
    return "---\n" + card_metadata(counts, license).to_yaml() + "\n---\n\n" + "\n\n".join(sections) + "\n"


def _measured(evaluation: str | None, benchmark: str | None) -> str:
    """Where the card's accuracy figures are, said only of figures it holds."""
    if evaluation is not None:
        return (
            "at the rates measured above on the gold articles. Gold covers only the articles it names, "
            "so the figures are indicative, not a benchmark."
        )
    if benchmark is not None:
        return "at about the rates measured above on news the parser was not written against."
    return (
        "their rate was not measured on these articles, since the build was given no gold annotations "
        "of them."
    )


def _license_text(license: str) -> str:
    """The licence section: the licence the builder gave, or that none was given."""
    articles = (
        "The article texts in the `documents` config, and the quoted words in the records, belong to "
        "their publishers and remain under the publishers' terms."
    )
    if license == UNKNOWN_LICENSE:
        return (
            "No licence was given when this dataset was built (`license: other`): ask whoever built it "
            f"on what terms the records may be used. {articles}"
        )
    if license == "cc-by-4.0":
        return (
            "The annotations (attribution records, gold labels, counts) are released under CC-BY-4.0. "
            f"{articles} They are included for research on attribution only."
        )
    released = f"The annotations (attribution records, gold labels, counts) are released under {license}."
    return f"{released} {articles}"
