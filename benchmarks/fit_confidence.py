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

A resolution that decided fewer than ``MIN_RESOLUTION_RECORDS`` named train records is pooled into
``resolution:other`` (listed in the weights file as ``pooled_resolutions``): a weight learnt from a dozen
records, on the articles its rule was written for, does not carry over.

Each model's penalty is chosen by cross-validation that holds out whole groups of articles
(``--group-by``: ``outlet``, the default, one fold an outlet, the first part of the PolNeAR ``doc_id``;
``month``, one fold a month of publication; ``article``, ``--folds`` folds after a fixed shuffle): the one
whose held-out log loss is least. The script then prints, for each grouping, the held-out expected
calibration error of the combined confidence on the named articles, pooled and averaged over the groups
(a group's own ECE shows the shift between outlets or months that the pooled figure hides), and the
reliability table for ``--group-by``. Fit on train only; ``benchmarks/accuracy.py --split dev`` shows
whether it holds.

``--matches FILE`` keeps the matched records (the slow part: parsing all of train) in a JSON lines file:
read from it when it exists, written to it otherwise, so that the fit can be rerun in seconds.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
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
#: A resolution with fewer named train records than this is pooled into ``resolution:other``.
MIN_RESOLUTION_RECORDS = 30
#: The groupings of articles that cross-validation can hold out.
GROUPINGS: tuple[str, ...] = ("outlet", "month", "article")
_MONTH = re.compile(r"\d{4}-\d{2}")


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
    x = np.array([[1.0] + [row.get(k, 0.0) for k in keys] for row in rows]).reshape(len(rows), len(keys) + 1)
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


def group_of(doc_id: str, by: str) -> str:
    """The group an article falls in: its outlet (the ``doc_id`` up to the first "_", as PolNeAR writes
    "nyt_2016-03-01_..."), its month of publication (the first "YYYY-MM" in the ``doc_id``), or the
    article itself; an id without the part asked for is its own group."""
    if by == "outlet" and "_" in doc_id:
        return doc_id.split("_", 1)[0]
    if by == "month" and (found := _MONTH.search(doc_id)):
        return found.group()
    return doc_id


def folds(doc_ids: Sequence[str], k: int, by: str = "article") -> list[set[str]]:
    """The articles held out together: one fold a group (``by`` outlet or month), or, by article,
    ``k`` folds dealt after a fixed shuffle."""
    ids = sorted(set(doc_ids))
    if by != "article":
        groups: dict[str, set[str]] = {}
        for doc_id in ids:
            groups.setdefault(group_of(doc_id, by), set()).add(doc_id)
        return [groups[g] for g in sorted(groups)]
    random.Random(SEED).shuffle(ids)
    return [set(ids[i::k]) for i in range(k)]


def out_of_fold(
    items: Sequence[Item],
    held_out: Sequence[set[str]],
    fit: Callable[[Sequence[Item]], Any],
    predict: Callable[[Any, Item], float],
) -> list[float]:
    """Each item's prediction from a model fitted without its fold's articles (``held_out``)."""
    predictions = [0.0] * len(items)
    for fold in held_out:
        if not any(item.doc_id in fold for item in items):
            continue
        model = fit([item for item in items if item.doc_id not in fold])
        for i, item in enumerate(items):
            if item.doc_id in fold:
                predictions[i] = predict(model, item)
    return predictions


def log_loss(predictions: Sequence[float], labels: Sequence[bool]) -> float:
    eps = 1e-6
    pairs = zip(predictions, labels, strict=True)
    return -sum(math.log(max(p, eps) if y else max(1 - p, eps)) for p, y in pairs) / len(labels)


def choose_penalty(
    items: Sequence[Item], label: Callable[[Item], bool], held_out: Sequence[set[str]]
) -> tuple[float, float]:
    """The penalty with the least held-out log loss (folds ``held_out``), and that loss; with no items,
    the strongest penalty (nothing to learn from)."""
    if not items:
        return PENALTIES[-1], 0.0
    best: tuple[float, float] | None = None
    for penalty in PENALTIES:

        def fitted(train: Sequence[Item], penalty: float = penalty) -> dict[str, float]:
            return fit_logistic([i.features for i in train], [label(i) for i in train], penalty)

        predictions = out_of_fold(
            items, held_out, fitted, lambda weights, item: confidence.probability(weights, item.features)
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
    return [(i, int(n), k / n, s / n) for i, (n, k, s) in enumerate(bins) if n], ece


def pooled_resolutions(items: Sequence[Item], least: int | None = None) -> list[str]:
    """The resolutions that decided fewer than ``least`` (by default :data:`MIN_RESOLUTION_RECORDS`) of
    the named items (each is pooled into ``resolution:other``)."""
    least = MIN_RESOLUTION_RECORDS if least is None else least
    counts: dict[str, int] = {}
    for item in items:
        for key in item.features:
            if key.startswith("resolution:"):
                counts[key] = counts.get(key, 0) + (item.name_right is not None)
    return sorted(key.split(":", 1)[1] for key, n in counts.items() if n < least)


def pool(items: Sequence[Item], pooled: Sequence[str]) -> list[Item]:
    """The items with each pooled resolution read as ``resolution:other``."""
    return [item._replace(features=confidence.pool_resolutions(item.features, pooled)) for item in items]


def fit(
    items: Sequence[Item], k: int, by: str = "outlet"
) -> tuple[dict[str, object], dict[str, tuple[list[float], list[bool], list[str]]]]:
    """The weights file (rare resolutions pooled, penalties chosen by cross-validation holding out the
    groups ``by``) and, for each grouping of :data:`GROUPINGS`, the held-out confidence of the named
    items, their labels and their groups, in the items' order."""
    pooled = pooled_resolutions(items)
    items = pool(items, pooled)
    named = [item for item in items if item.name_right is not None]
    doc_ids = [item.doc_id for item in items]
    chosen = folds(doc_ids, k, by)
    penalties = {
        "mention_right": choose_penalty(items, lambda i: i.mention_right, chosen)[0],
        "right_if_mention_right": choose_penalty(
            [i for i in named if i.mention_right], lambda i: bool(i.name_right), chosen
        )[0],
        "right_if_mention_wrong": choose_penalty(
            [i for i in named if not i.mention_right], lambda i: bool(i.name_right), chosen
        )[0],
    }
    held_out: dict[str, tuple[list[float], list[bool], list[str]]] = {}
    named_at = [i for i, item in enumerate(items) if item.name_right is not None]
    for grouping in GROUPINGS:
        predictions = out_of_fold(
            items, folds(doc_ids, k, grouping), lambda train: fit_models(train, penalties), predict
        )
        held_out[grouping] = (
            [predictions[i] for i in named_at],
            [bool(items[i].name_right) for i in named_at],
            [group_of(items[i].doc_id, grouping) if grouping != "article" else "" for i in named_at],
        )
    models = fit_models(items, penalties)
    table: dict[str, object] = {
        "fitted_on": "PolNeAR train: mention_right on every overlap-matched attribution, the name parts on "
        "those with a gold name annotation",
        "records": len(named),
        "mention_records": len(items),
        "overall": round(sum(bool(i.name_right) for i in named) / len(named), 3) if named else None,
        "penalties_chosen_by": f"held-out {by}" if by != "article" else f"{k} folds by article",
        "pooled_resolutions": pooled,
        "models": {part: {"penalty": penalties[part], "weights": models[part]} for part in confidence.PARTS},
    }
    return table, held_out


def group_ece(predictions: Sequence[float], labels: Sequence[bool], groups: Sequence[str]) -> float:
    """The mean over groups of each group's own expected calibration error."""
    members: dict[str, list[int]] = {}
    for i, group in enumerate(groups):
        members.setdefault(group, []).append(i)
    eces = [reliability([predictions[i] for i in at], [labels[i] for i in at])[1] for at in members.values()]
    return sum(eces) / len(eces)


def matches_from(path: Path) -> list[dict[str, Any]]:
    """The matched records kept by ``--matches`` (one JSON object a line)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def items_from(matches: Sequence[dict[str, Any]], texts: dict[str, str]) -> list[Item]:
    """One item a matched record (``doc_id``, ``record``, ``mention_right``, ``name_right``), its
    features read from the record in its article's text."""
    return [
        Item(
            m["doc_id"],
            confidence.record_features(texts[m["doc_id"]], m["record"]),
            bool(m["mention_right"]),
            m["name_right"],
        )
        for m in matches
    ]


def collect(split: str, data_dir: Path) -> list[dict[str, Any]]:
    """Extract the split and return one match per overlap-matched attribution: its article, its
    record (as a dict) and whether the mention and the name are right."""
    from quotes.engines.local import extract_documents
    from quotes.parse.nlp import load

    gold_docs = list(polnear.load(data_dir / f"polnear_{split}.jsonl"))
    gold_names = names.load_gold_names(data_dir / f"polnear_{split}_speakers.jsonl")
    by_id = {doc.doc_id: doc for doc in gold_docs}
    matches: list[dict[str, Any]] = []
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
            matches.append(
                {
                    "doc_id": gold.doc_id,
                    "record": record.to_dict(),
                    "mention_right": bool(mention_ok),
                    "name_right": name_ok,
                }
            )
    return matches


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", choices=("train",), help="fit on train only")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--out", type=Path, default=TABLE)
    parser.add_argument("--folds", type=int, default=5, help="folds when --group-by article")
    parser.add_argument(
        "--group-by",
        default="outlet",
        choices=GROUPINGS,
        help="the articles cross-validation holds out together",
    )
    parser.add_argument("--matches", type=Path, help="keep the matched records here (read if it exists)")
    args = parser.parse_args(argv)
    path = args.data_dir / f"polnear_{args.split}_speakers.jsonl"
    if not path.exists():
        print(f"skipped: PolNeAR {args.split} name annotations not found at {path}")
        return 0
    texts = {doc.doc_id: doc.text for doc in polnear.load(args.data_dir / f"polnear_{args.split}.jsonl")}
    if args.matches is not None and args.matches.exists():
        matches = matches_from(args.matches)
    else:
        matches = collect(args.split, args.data_dir)
        if args.matches is not None:
            args.matches.write_text("".join(json.dumps(m) + "\n" for m in matches), encoding="utf-8")
    table, held_out = fit(items_from(matches, texts), args.folds, args.group_by)
    args.out.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {table['records']} named records, {table['mention_records']} in all")
    print(f"pooled into resolution:other: {', '.join(table['pooled_resolutions']) or 'nothing'}")  # type: ignore[arg-type]
    print("held-out calibration on the named train records (ECE pooled; mean of each group's own ECE):")
    for grouping, (predictions, labels, groups) in held_out.items():
        ece = reliability(predictions, labels)[1]
        each = (
            f", by {grouping} {group_ece(predictions, labels, groups):.4f}" if grouping != "article" else ""
        )
        unit = f"{args.folds} folds by article" if grouping == "article" else f"one {grouping} at a time"
        print(f"  {unit}: ECE {ece:.4f}{each}")
    predictions, labels, _ = held_out[args.group_by]
    print(f"reliability, held out by {args.group_by}:")
    for i, n, right, mean in reliability(predictions, labels)[0]:
        span = f"[{i / 10:.1f}, {(i + 1) / 10:.1f}{']' if i == 9 else ')'}"
        print(f"  {span}  n={n:<5} mean confidence {mean:.3f}  right {right:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
