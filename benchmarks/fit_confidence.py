"""Fit the confidence model of speaker names from measured accuracy on PolNeAR train.

    uv run python benchmarks/fit_confidence.py [--folds 5] [--out quotes/speakers/data/confidence.json]

Runs the parser over every PolNeAR train article and pairs each overlap-matched attribution with its
record. Three logistic models over the record's features
(:func:`quotes.speakers.confidence.record_features`) are fitted, with an L2 penalty on every weight but
the bias:

* ``mention_right``: whether the speaker mention is right, on every train article (all have mention
  gold);
* ``right_if_mention_right`` and ``right_if_mention_wrong``: whether the name is right (lenient; no name
  for nameless gold), on the articles with name annotations, split by the mention.

Each model's penalty is chosen by cross-validation grouped by article (``--folds``, a fixed shuffle):
the one whose out-of-fold log loss is least. The script then prints the out-of-fold reliability table
and expected calibration error of the combined confidence on the named articles: the figure to trust
before looking at dev, since the resolution rules were tuned on those same articles and their in-sample
accuracy is optimistic. Fit on train only; ``benchmarks/accuracy.py --split dev`` shows whether it holds.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from quotes.evaluation import names, polnear, polnear_score
from quotes.speakers import confidence

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "polnear"
TABLE = Path(__file__).resolve().parent.parent / "quotes" / "speakers" / "data" / "confidence.json"

#: The L2 penalties tried for each model.
PENALTIES: tuple[float, ...] = (0.3, 1.0, 3.0, 10.0, 30.0)
SEED = 13


class Item(NamedTuple):
    """One overlap-matched attribution: its article, its record's features and what was right."""

    doc_id: str
    features: dict[str, float]
    mention_right: bool
    name_right: bool | None  # None where the article has no name annotations


def fit_logistic(
    rows: Sequence[dict[str, float]], labels: Sequence[bool], penalty: float
) -> dict[str, float]:
    """Weights of an L2-penalised logistic regression (Newton's method; the bias is not penalised)."""
    import numpy as np

    keys = sorted({k for row in rows for k in row})
    x = np.array([[1.0] + [row.get(k, 0.0) for k in keys] for row in rows])
    y = np.array(labels, dtype=float)
    reg = np.full(len(keys) + 1, penalty)
    reg[0] = 1e-6
    w = np.zeros(len(keys) + 1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + reg * w
        hessian = (x * (p * (1.0 - p))[:, None]).T @ x + np.diag(reg)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    weights = {"bias": round(float(w[0]), 4)}
    weights.update({k: round(float(v), 4) for k, v in zip(keys, w[1:], strict=True)})
    return weights


def folds(doc_ids: Sequence[str], k: int) -> list[set[str]]:
    """Articles dealt into ``k`` folds after a fixed shuffle."""
    ids = sorted(set(doc_ids))
    random.Random(SEED).shuffle(ids)
    return [set(ids[i::k]) for i in range(k)]


def out_of_fold(
    items: Sequence[Item],
    k: int,
    fit: Callable[[Sequence[Item]], Any],
    predict: Callable[[Any, Item], float],
) -> list[float]:
    """Each item's prediction from a model fitted without its article's fold."""
    predictions = [0.0] * len(items)
    for fold in folds([item.doc_id for item in items], k):
        model = fit([item for item in items if item.doc_id not in fold])
        for i, item in enumerate(items):
            if item.doc_id in fold:
                predictions[i] = predict(model, item)
    return predictions


def log_loss(predictions: Sequence[float], labels: Sequence[bool]) -> float:
    eps = 1e-6
    pairs = zip(predictions, labels, strict=True)
    return -sum(math.log(max(p, eps) if y else max(1 - p, eps)) for p, y in pairs) / len(labels)


def choose_penalty(items: Sequence[Item], label: Callable[[Item], bool], k: int) -> tuple[float, float]:
    """The penalty with the least out-of-fold log loss, and that loss."""
    best: tuple[float, float] | None = None
    for penalty in PENALTIES:
        predictions = out_of_fold(
            items,
            k,
            lambda train, p=penalty: fit_logistic([i.features for i in train], [label(i) for i in train], p),
            lambda weights, item: confidence.probability(weights, item.features),
        )
        loss = log_loss(predictions, [label(item) for item in items])
        if best is None or loss < best[1]:
            best = (penalty, loss)
    assert best is not None
    return best


def fit_models(items: Sequence[Item], penalties: dict[str, float]) -> dict[str, dict[str, float]]:
    """The three models' weights, fitted on ``items`` with the given penalties."""
    named = [item for item in items if item.name_right is not None]
    subsets = {
        "mention_right": (items, lambda i: i.mention_right),
        "right_if_mention_right": ([i for i in named if i.mention_right], lambda i: bool(i.name_right)),
        "right_if_mention_wrong": ([i for i in named if not i.mention_right], lambda i: bool(i.name_right)),
    }
    return {
        part: fit_logistic([i.features for i in rows], [label(i) for i in rows], penalties[part])
        for part, (rows, label) in subsets.items()
    }


def predict(models: dict[str, dict[str, float]], item: Item) -> float:
    m, a, b = (confidence.probability(models[part], item.features) for part in confidence.PARTS)
    return confidence.combine(m, a, b)


def reliability(
    predictions: Sequence[float], labels: Sequence[bool]
) -> tuple[list[tuple[int, int, float, float]], float]:
    """Bins of width 0.1 (n, right share, mean confidence), and the expected calibration error."""
    bins = [[0, 0, 0.0] for _ in range(10)]
    for p, y in zip(predictions, labels, strict=True):
        b = bins[min(int(p * 10), 9)]
        b[0] += 1
        b[1] += y
        b[2] += p
    ece = sum(abs(k - s) for n, k, s in bins if n) / len(labels)
    return [(i, n, k / n, s / n) for i, (n, k, s) in enumerate(bins) if n], ece


def fit(items: Sequence[Item], k: int) -> tuple[dict[str, object], list[float]]:
    """The weights file (penalties chosen by grouped cross-validation) and the out-of-fold confidence
    of the named items, in their order."""
    named = [item for item in items if item.name_right is not None]
    penalties = {
        "mention_right": choose_penalty(items, lambda i: i.mention_right, k)[0],
        "right_if_mention_right": choose_penalty(
            [i for i in named if i.mention_right], lambda i: bool(i.name_right), k
        )[0],
        "right_if_mention_wrong": choose_penalty(
            [i for i in named if not i.mention_right], lambda i: bool(i.name_right), k
        )[0],
    }
    held_out = out_of_fold(
        named, k, lambda train: fit_models(_with_unnamed(train, items, named), penalties), predict
    )
    models = fit_models(items, penalties)
    table: dict[str, object] = {
        "fitted_on": "PolNeAR train: mention_right on every overlap-matched attribution, the name parts on "
        "those with a gold name annotation",
        "records": len(named),
        "mention_records": len(items),
        "overall": round(sum(bool(i.name_right) for i in named) / len(named), 3) if named else None,
        "models": {part: {"penalty": penalties[part], "weights": models[part]} for part in confidence.PARTS},
    }
    return table, held_out


def _with_unnamed(train: Sequence[Item], items: Sequence[Item], named: Sequence[Item]) -> list[Item]:
    """A named fold's training items plus every article without names (for the mention model)."""
    named_docs = {item.doc_id for item in named}
    return list(train) + [item for item in items if item.doc_id not in named_docs]


def collect(split: str, data_dir: Path) -> list[Item]:
    """Extract the split and return one item per overlap-matched attribution."""
    from quotes.engines.local import extract_documents
    from quotes.parse.nlp import load

    gold_docs = list(polnear.load(data_dir / f"polnear_{split}.jsonl"))
    gold_names = names.load_gold_names(data_dir / f"polnear_{split}_speakers.jsonl")
    by_id = {doc.doc_id: doc for doc in gold_docs}
    items: list[Item] = []
    for document, predicted in extract_documents((doc.to_document() for doc in gold_docs), nlp=load()):
        gold = by_id[document.id]
        match = polnear_score.match_document(gold.text, gold.attributions, predicted)
        for g, assigned, mention_ok in zip(match.gold, match.overlap, match.speaker_right, strict=True):
            if assigned is None:
                continue
            record = match.predicted[assigned[0]]
            key = (gold.doc_id, g.annotation_id or "")
            name_ok = None
            if key in gold_names:
                name, kind = gold_names[key]
                speaker = record.speaker
                name_ok = names.name_right(
                    names.NameItem(name, kind, speaker.name, speaker.resolution, record.confidence)
                )
            features = confidence.record_features(gold.text, record.to_dict())
            items.append(Item(gold.doc_id, features, bool(mention_ok), name_ok))
    return items


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", choices=("train",), help="fit on train only")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--out", type=Path, default=TABLE)
    parser.add_argument("--folds", type=int, default=5, help="article-grouped cross-validation folds")
    args = parser.parse_args(argv)
    path = args.data_dir / f"polnear_{args.split}_speakers.jsonl"
    if not path.exists():
        print(f"skipped: PolNeAR {args.split} name annotations not found at {path}")
        return 0
    items = collect(args.split, args.data_dir)
    table, held_out = fit(items, args.folds)
    args.out.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {table['records']} named records, {table['mention_records']} in all")
    named = [item for item in items if item.name_right is not None]
    bins, ece = reliability(held_out, [bool(item.name_right) for item in named])
    print(f"out-of-fold ({args.folds} folds by article) on the named train records: ECE {ece:.4f}")
    for i, n, right, mean in bins:
        span = f"[{i / 10:.1f}, {(i + 1) / 10:.1f}{']' if i == 9 else ')'}"
        print(f"  {span}  n={n:<5} mean confidence {mean:.3f}  right {right:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
