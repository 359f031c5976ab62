"""Fit the confidence table of speaker names from measured accuracy on PolNeAR train.

    uv run python benchmarks/fit_confidence.py [--split train] [--out quotes/speakers/data/confidence.json]

Runs the parser over the split, pairs each overlap-matched attribution's record with the gold name
(:mod:`quotes.evaluation.names`), and writes, per record type and resolution, the share of records whose
name is right, shrunk toward the resolution's share over all types when a cell has few records (an
m-estimate with weight ``--prior``), and the resolution's share shrunk toward the overall share likewise.
Fit on train only; the dev figures in ``benchmarks/accuracy.py`` then show whether it holds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from quotes.evaluation import names, polnear, polnear_score

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "polnear"
TABLE = Path(__file__).resolve().parent.parent / "quotes" / "speakers" / "data" / "confidence.json"


def fit(items: Sequence[names.NameItem], prior: float) -> dict[str, object]:
    """The table: ``overall``, ``by_resolution`` and ``by_type`` (type -> resolution -> share), rounded."""
    right = [names.name_right(item) for item in items]
    overall = sum(right) / len(right) if right else 0.5
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    sieves: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item, ok in zip(items, right, strict=True):
        for row in (cells[(item.record_type, item.resolution)], sieves[item.resolution]):
            row[0] += 1
            row[1] += ok
    by_resolution = {r: (k + prior * overall) / (n + prior) for r, (n, k) in sieves.items()}
    by_type: dict[str, dict[str, float]] = defaultdict(dict)
    for (record_type, resolution), (n, k) in cells.items():
        by_type[record_type][resolution] = round((k + prior * by_resolution[resolution]) / (n + prior), 3)
    return {
        "fitted_on": "PolNeAR train, overlap-matched attributions with a gold name annotation",
        "records": len(items),
        "overall": round(overall, 3),
        "by_resolution": {r: round(v, 3) for r, v in sorted(by_resolution.items())},
        "by_type": {t: dict(sorted(v.items())) for t, v in sorted(by_type.items())},
    }


def collect(split: str, data_dir: Path) -> list[names.NameItem]:
    """Extract the split and return its name items."""
    from quotes.engines.local import extract_documents
    from quotes.parse.nlp import load

    gold_docs = list(polnear.load(data_dir / f"polnear_{split}.jsonl"))
    gold_names = names.load_gold_names(data_dir / f"polnear_{split}_speakers.jsonl")
    by_id = {doc.doc_id: doc for doc in gold_docs}
    items: list[names.NameItem] = []
    for document, predicted in extract_documents((doc.to_document() for doc in gold_docs), nlp=load()):
        gold = by_id[document.id]
        match = polnear_score.match_document(gold.text, gold.attributions, predicted)
        items.extend(names.match_items(gold.doc_id, match, gold_names))
    return items


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", choices=("train",), help="fit on train only")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--out", type=Path, default=TABLE)
    parser.add_argument(
        "--prior", type=float, default=10.0, help="m-estimate weight toward the coarser share"
    )
    args = parser.parse_args(argv)
    path = args.data_dir / f"polnear_{args.split}_speakers.jsonl"
    if not path.exists():
        print(f"skipped: PolNeAR {args.split} name annotations not found at {path}")
        return 0
    table = fit(collect(args.split, args.data_dir), args.prior)
    args.out.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {table['records']} records, overall {table['overall']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
