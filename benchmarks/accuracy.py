"""Accuracy of the quote parser on PolNeAR, against the issue's targets.

    uv run python benchmarks/accuracy.py [--split dev|train] [--limit N] [--json] [--errors FILE]

Runs :func:`quotes.engines.local.extract_documents` over a PolNeAR split from ``../shared`` and prints
the scores of :mod:`quotes.evaluation.polnear_score` with PASS/FAIL per target. When the data is absent it
prints
``skipped: ...`` and exits 0: the benchmark is a measurement, not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotes.evaluation import polnear, polnear_score

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "polnear"

#: (label, score key, threshold) — the targets: issue 14's in the saying scope (the project's), and
#: speaker mention accuracy over all of PolNeAR.
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("saying: direct quote recall", "saying_direct_r", 0.98),
    ("saying: direct quote precision", "saying_direct_p", 0.98),
    ("saying: overlap F1", "saying_overlap_f", 0.93),
    ("saying: exact F1", "saying_exact_f", 0.85),
    ("speaker mention accuracy", "all_speaker_acc", 0.90),
)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", type=Path, default=None, help="write missed/false attributions (JSONL)")
    parser.add_argument("--model", default=None, help="spaCy pipeline to use (default: the project's)")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument(
        "--markdown",
        type=Path,
        default=None,
        help="also write the figures as Markdown, for the dataset card (quotes build --benchmark FILE)",
    )
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> tuple[dict[str, Any], list[dict[str, Any]], int, float]:
    """Extract and score; return (scores, errors, number of documents, seconds)."""
    from quotes.engines.local import extract_documents
    from quotes.parse.nlp import load

    path = args.data_dir / f"polnear_{args.split}.jsonl"
    gold_docs = list(polnear.load(path))[: args.limit]
    by_id = {doc.doc_id: doc for doc in gold_docs}
    nlp = load(args.model)
    started = time.perf_counter()
    matches, errors, assertion_matches = [], [], []
    results = extract_documents((doc.to_document() for doc in gold_docs), nlp=nlp, n_process=args.n_process)
    for document, predicted in results:
        gold = by_id[document.id]
        match = polnear_score.match_document(gold.text, gold.attributions, predicted)
        matches.append(match)
        errors.extend(polnear_score.match_errors(gold.doc_id, gold.text, match))
        assertion_matches.append(assertion_match(gold, predicted))
    scores = polnear_score.score_matches(matches)
    scores.update(assertion_scores(assertion_matches))
    return scores, errors, len(gold_docs), time.perf_counter() - started


# --- the assertion-only view -----------------------------------------------------------------------

#: The views the tables show: (label, score-key prefix, what it is).
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("saying", "saying", "gold whose cue is a verb of saying or claiming (this project's scope)"),
    ("all", "all", "every PolNeAR attribution (beliefs, polls, bare objects too)"),
    (
        "assertion",
        "assertion",
        "only records of category assertion: precision over all of them, recall over saying gold",
    ),
)


def assertion_match(gold: polnear.PolnearDoc, predicted: Sequence[Any]) -> polnear_score.DocumentMatch:
    """One document matched with only the parser's assertion records (``quotes build --category
    assertion``)."""
    kept = [record for record in predicted if record.category == "assertion"]
    return polnear_score.match_document(gold.text, gold.attributions, kept)


def assertion_scores(matches: Sequence[polnear_score.DocumentMatch]) -> dict[str, float]:
    """``assertion_{overlap,exact,direct}_{p,r,f}`` of assertion records alone.

    Precision counts every assertion record, right when it matches any PolNeAR attribution (a record
    of speech matched to a gold PolNeAR files outside its saying list is still right); recall counts
    the saying-scope gold, the attributions an assertion-only dataset should hold.
    """
    counts = polnear_score.score_matches(matches)
    scores: dict[str, float] = {}
    for metric in ("overlap", "exact", "direct"):
        pred = "direct_pred" if metric == "direct" else "pred"
        gold = "direct_gold" if metric == "direct" else "gold"
        tp_pred, tp_gold = counts.get(f"all_n_{metric}_pred_tp", 0), counts.get(f"saying_n_{metric}_gold_tp", 0)
        n_pred, n_gold = counts.get(f"all_n_{pred}", 0), counts.get(f"saying_n_{gold}", 0)
        p = tp_pred / n_pred if n_pred else 0.0
        r = tp_gold / n_gold if n_gold else 0.0
        scores.update(
            {
                f"assertion_{metric}_p": p,
                f"assertion_{metric}_r": r,
                f"assertion_{metric}_f": 2 * p * r / (p + r) if p + r else 0.0,
                f"assertion_n_{pred}": n_pred,
                f"assertion_n_{gold}": n_gold,
            }
        )
    return scores


def view_lines(scores: dict[str, Any]) -> list[str]:
    """The saying, whole and assertion-only views as plain-text rows: overlap and exact P/R/F1, direct
    P/R."""
    lines = ["", f"{'view':<10} {'metric':<8} {'P':>6} {'R':>6} {'F1':>6}"]
    for label, prefix, _ in VIEWS:
        for metric in ("overlap", "exact", "direct"):
            p, r, f = (scores[f"{prefix}_{metric}_{x}"] for x in "prf")
            lines.append(f"{label:<10} {metric:<8} {p:6.3f} {r:6.3f} {f:6.3f}")
    return lines


def view_markdown(scores: dict[str, Any]) -> list[str]:
    """The same views as a Markdown table, with what each view is."""
    lines = [
        "",
        "The three views: " + "; ".join(f"`{label}`: {what}" for label, _, what in VIEWS) + ".",
        "",
        "| view | metric | P | R | F1 |",
        "| :-- | :-- | --: | --: | --: |",
    ]
    for label, prefix, _ in VIEWS:
        for metric in ("overlap", "exact", "direct"):
            p, r, f = (scores[f"{prefix}_{metric}_{x}"] for x in "prf")
            lines.append(f"| {label} | {metric} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return lines


def table(scores: dict[str, Any], split: str, n_docs: int, seconds: float) -> str:
    lines = [
        f"PolNeAR {split}: {n_docs} documents, {scores['all_n_gold']} gold attributions, "
        f"{scores['all_n_pred']} predicted ({seconds:.1f} s)",
        "",
    ]
    lines.append(f"{'target':<32} {'value':>7} {'goal':>7}  result")
    for label, key, goal in TARGETS:
        value = scores[key]
        lines.append(f"{label:<32} {value:7.3f} {goal:>7.2f}  {'PASS' if value >= goal else 'FAIL'}")
    lines += ["", f"{'scope':<8} {'metric':<9} {'P':>6} {'R':>6} {'F1':>6}   gold/pred"]
    for scope in polnear_score.SCOPES:
        for metric in ("overlap", "exact", "direct"):
            p, r, f = (scores[f"{scope}_{metric}_{x}"] for x in "prf")
            n_gold = scores.get(f"{scope}_n_{'direct_gold' if metric == 'direct' else 'gold'}", 0)
            n_pred = scores.get(f"{scope}_n_{'direct_pred' if metric == 'direct' else 'pred'}", 0)
            lines.append(f"{scope:<8} {metric:<9} {p:6.3f} {r:6.3f} {f:6.3f}   {n_gold}/{n_pred}")
        lines.append(
            f"{scope:<8} speaker   acc {scores[f'{scope}_speaker_acc']:.3f} "
            f"on {scores.get(f'{scope}_n_speaker_n', 0)} overlap-matched"
        )
    lines += view_lines(scores)
    lines += ["", "confidence calibration (end to end: span overlap + speaker mention + directness)"]
    for b in scores["calibration"]:
        accuracy = "   -  " if b["accuracy"] is None else f"{b['accuracy']:.3f}"
        closing = "]" if b["high"] == 1.0 else ")"
        lines.append(f"  [{b['low']:.2f}, {b['high']:.2f}{closing}  n={b['n']:<5} accuracy {accuracy}")
    return "\n".join(lines)


def markdown(scores: dict[str, Any], split: str, n_docs: int) -> str:
    """The figures as Markdown: the targets, each scope, and accuracy by confidence."""
    lines = [
        f"### PolNeAR {split}",
        "",
        f"PolNeAR (Newell et al., LREC 2018), hand-annotated US political news from 2016: {n_docs} articles, "
        f"{scores['all_n_gold']} gold attributions, {scores['all_n_pred']} predicted. PolNeAR names speakers "
        "as mentions, so the speaker is right when the predicted mention overlaps the gold source span. Its "
        'scope is wider than this project\'s (beliefs, polls, bare objects such as "criticized the act"): '
        "`saying` is the subset whose cue is a verb of saying or claiming, the scope the parser is "
        "built for.",
        "",
        "| target | value | goal | met |",
        "| :-- | --: | --: | :-: |",
    ]
    for label, key, goal in TARGETS:
        value = scores[key]
        lines.append(f"| {label} | {value:.3f} | {goal:.2f} | {'yes' if value >= goal else 'no'} |")
    lines += ["", "| scope | metric | P | R | F1 |", "| :-- | :-- | --: | --: | --: |"]
    for scope in polnear_score.SCOPES:
        for metric in ("overlap", "exact", "direct"):
            p, r, f = (scores[f"{scope}_{metric}_{x}"] for x in "prf")
            lines.append(f"| {scope} | {metric} | {p:.3f} | {r:.3f} | {f:.3f} |")
        lines.append(f"| {scope} | speaker accuracy | | | {scores[f'{scope}_speaker_acc']:.3f} |")
    lines += view_markdown(scores)
    lines += [
        "",
        "Accuracy by confidence (a record is right when its span overlaps a gold attribution, its speaker "
        "mention is right and its directness agrees):",
        "",
        "| confidence | records | accuracy |",
        "| :-- | --: | --: |",
    ]
    for b in scores["calibration"]:
        accuracy = "-" if b["accuracy"] is None else f"{b['accuracy']:.3f}"
        closing = "]" if b["high"] == 1.0 else ")"
        lines.append(f"| [{b['low']:.2f}, {b['high']:.2f}{closing} | {b['n']} | {accuracy} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    path = args.data_dir / f"polnear_{args.split}.jsonl"
    if not path.exists():
        print(f"skipped: PolNeAR {args.split} split not found at {path}")
        return 0
    scores, errors, n_docs, seconds = run(args)
    if args.errors is not None:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        with args.errors.open("w", encoding="utf-8") as handle:
            for error in errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
    if args.markdown is not None:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown(scores, args.split, n_docs), encoding="utf-8")
    if args.json:
        print(json.dumps({"split": args.split, "documents": n_docs, "seconds": seconds, **scores}, indent=2))
    else:
        print(table(scores, args.split, n_docs, seconds))
        if args.errors is not None:
            print(f"\n{len(errors)} errors written to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
