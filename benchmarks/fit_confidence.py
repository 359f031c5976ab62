"""Fit the confidence table of speaker names from measured accuracy on PolNeAR train.

    uv run python benchmarks/fit_confidence.py [--split train] [--out quotes/speakers/data/confidence.json]

Runs the parser over the split, pairs each overlap-matched attribution's record with the gold name
(:mod:`quotes.evaluation.names`), and writes the share of records whose name is right per resolution, per
form of the speaker mention within it ("a spokesman", "the senator", "he":
:func:`quotes.speakers.confidence.mention_form`) and per record type within that; each cell is shrunk toward
the one above it when it has few records (an m-estimate with weight ``--prior``), the resolution's toward
the overall share.
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
    """The table, rounded: ``overall``, ``by_resolution`` (resolution -> share), ``by_form`` (resolution
    -> mention form -> share) and ``by_type`` (record type -> resolution -> mention form -> share); each
    cell shrunk toward the one above it."""
    right = [names.name_right(item) for item in items]
    overall = sum(right) / len(right) if right else 0.5
    counts: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
    for item, ok in zip(items, right, strict=True):
        for key in (
            (item.resolution,),
            (item.resolution, item.form),
            (item.resolution, item.form, item.record_type),
        ):
            counts[key][0] += 1
            counts[key][1] += ok
    shares: dict[tuple[str, ...], float] = {}
    for key in sorted(counts, key=len):  # a parent before its children
        n, k = counts[key]
        parent = shares[key[:-1]] if len(key) > 1 else overall
        shares[key] = (k + prior * parent) / (n + prior)
    by_form: dict[str, dict[str, float]] = defaultdict(dict)
    by_type: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for key, share in shares.items():
        if len(key) == 2:
            by_form[key[0]][key[1]] = round(share, 3)
        elif len(key) == 3:
            by_type[key[2]][key[0]][key[1]] = round(share, 3)
    return {
        "fitted_on": "PolNeAR train, overlap-matched attributions with a gold name annotation",
        "records": len(items),
        "overall": round(overall, 3),
        "by_resolution": {key[0]: round(v, 3) for key, v in sorted(shares.items()) if len(key) == 1},
        "by_form": {r: dict(sorted(v.items())) for r, v in sorted(by_form.items())},
        "by_type": {
            t: {r: dict(sorted(f.items())) for r, f in sorted(v.items())} for t, v in sorted(by_type.items())
        },
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
