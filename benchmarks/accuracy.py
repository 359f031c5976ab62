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

from quotes.evaluation import names, polnear, polnear_score

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
    nlp = load(args.model)
    started = time.perf_counter()
    # The form of every gold content (clause, quote, noun phrase) decides the saying scope.
    gold_docs = polnear.with_content_forms(list(polnear.load(path))[: args.limit], nlp)
    by_id = {doc.doc_id: doc for doc in gold_docs}
    matches, errors, assertion_matches = [], [], []
    gold_names = _gold_names(args)
    name_items: list[names.NameItem] = []
    results = extract_documents((doc.to_document() for doc in gold_docs), nlp=nlp, n_process=args.n_process)
    for document, predicted in results:
        gold = by_id[document.id]
        match = polnear_score.match_document(gold.text, gold.attributions, predicted)
        matches.append(match)
        name_items.extend(names.match_items(gold.doc_id, match, gold_names))
        errors.extend(polnear_score.match_errors(gold.doc_id, gold.text, match))
        assertion_matches.append(assertion_match(gold, predicted))
    scores = polnear_score.score_matches(matches)
    scores.update(assertion_scores(assertion_matches))
    if gold_names:
        scores["names"] = names.score_names(name_items)
    return scores, errors, len(gold_docs), time.perf_counter() - started


# --- the assertion-only view -----------------------------------------------------------------------

#: The views the tables show: (label, score-key prefix, what it is).
VIEWS: tuple[tuple[str, str, str], ...] = (
    (
        "saying",
        "saying",
        "gold whose cue is a verb of saying or claiming and whose content is a clause or quoted words, "
        "no question, request or empty report (this project's scope)",
    ),
    (
        "saying_cue",
        "saying_cue",
        "the previous definition: every gold whose cue is a verb of saying or claiming, noun-phrase "
        'contents ("criticized the plan"), questions, requests and empty reports included',
    ),
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
        tp_pred, tp_gold = (
            counts.get(f"all_n_{metric}_pred_tp", 0),
            counts.get(f"saying_n_{metric}_gold_tp", 0),
        )
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


def exclusion_text(scores: dict[str, Any]) -> str:
    """How many gold the saying scope leaves out, for each reason, and why."""
    excluded, cue = scores.get("saying_n_excluded_gold", 0), scores.get("saying_cue_n_gold", 0)
    share = excluded / cue if cue else 0.0
    by_reason = {reason: scores.get(f"saying_n_excluded_{reason}_gold", 0) for reason in polnear.EXCLUSIONS}
    return (
        f"The saying scope leaves out {excluded} of the {cue} gold attributions whose cue is a verb of "
        f"saying ({share:.1%}), which `seeds/ANNOTATION.md` does not count as claims: "
        f'{by_reason["noun_phrase"]} whose content is a bare noun phrase ("criticized the plan", '
        '"announced new strike dates", "said nothing"; quotes/evaluation/content_form.py), '
        f'{by_reason["question"]} questions and requests ("asked whether ...", "asked the council to '
        f'wait", a content less than half in quote marks) and {by_reason["empty_report"]} empty reports '
        '("would not say when ...", "declined to say whether ..."; quotes/evaluation/speech_acts.py), '
        "each read from the gold content and cue alone. "
        f"{scores.get('saying_n_excluded_pred', 0)} predictions matching or overlapping those gold count "
        "there neither as right nor as wrong. The `saying_cue` rows keep the previous definition (every "
        "gold with a cue of saying), and `all` is PolNeAR's whole scope."
    )


def view_lines(scores: dict[str, Any]) -> list[str]:
    """The saying, whole and assertion-only views as plain-text rows: overlap and exact P/R/F1, direct
    P/R."""
    lines = ["", f"{'view':<11} {'metric':<8} {'P':>6} {'R':>6} {'F1':>6}"]
    for label, prefix, _ in VIEWS:
        for metric in ("overlap", "exact", "direct"):
            p, r, f = (scores[f"{prefix}_{metric}_{x}"] for x in "prf")
            lines.append(f"{label:<11} {metric:<8} {p:6.3f} {r:6.3f} {f:6.3f}")
    return lines


def view_markdown(scores: dict[str, Any]) -> list[str]:
    """The same views as a Markdown table, with what each view is."""
    lines = [
        "",
        "The views: " + "; ".join(f"`{label}`: {what}" for label, _, what in VIEWS) + ".",
        "",
        "| view | metric | P | R | F1 |",
        "| :-- | :-- | --: | --: | --: |",
    ]
    for label, prefix, _ in VIEWS:
        for metric in ("overlap", "exact", "direct"):
            p, r, f = (scores[f"{prefix}_{metric}_{x}"] for x in "prf")
            lines.append(f"| {label} | {metric} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return lines


def _gold_names(args: argparse.Namespace) -> dict[tuple[str, str], tuple[str | None, str]]:
    """The split's speaker-name annotations, or none when the file is absent."""
    path = args.data_dir / f"polnear_{args.split}_speakers.jsonl"
    return names.load_gold_names(path) if path.exists() else {}


#: (label, name-score key, threshold, higher is better) — issue 13's targets for speaker names.
NAME_TARGETS: tuple[tuple[str, str, float, bool], ...] = (
    ("speaker name, lenient", "lenient", 0.90, True),
    ("speaker name, strict", "strict", 0.85, True),
    ("named gold left unresolved", "unresolved", 0.03, False),
    ("no name where article names none", "nameless_no_name", 0.85, True),
    ("name calibration error (ECE)", "ece", 0.05, False),
)


def _met(value: float | None, goal: float, higher: bool) -> bool:
    return value is not None and (value >= goal if higher else value <= goal)


def name_table(figures: dict[str, Any]) -> str:
    """Speaker-name figures as text: the targets, each resolution, and the reliability table."""
    lines = [
        f"speaker names on overlap-matched gold: {figures['named']} named, {figures['nameless']} nameless",
        f"{'target':<36} {'value':>7} {'goal':>7}  result",
    ]
    for label, key, goal, higher in NAME_TARGETS:
        value = figures[key]
        shown = "    -  " if value is None else f"{value:7.3f}"
        lines.append(f"{label:<36} {shown} {goal:>7.2f}  {'PASS' if _met(value, goal, higher) else 'FAIL'}")
    header = f"{'resolution':<20} {'named':>6} {'strict':>7} {'lenient':>8} {'nameless':>9} {'no name':>8}"
    lines += ["", header]
    for resolution, row in figures["by_resolution"].items():
        cells = [_cell(row[k]) for k in ("strict", "lenient")]
        lines.append(
            f"{resolution:<20} {row['named']:>6} {cells[0]:>7} {cells[1]:>8} {row['nameless']:>9} "
            f"{_cell(row['nameless_no_name']):>8}"
        )
    lines += [
        "",
        "name correctness by confidence (nameless gold is right when no name is given; the 95% Wilson "
        "interval of each bin's share right)",
    ]
    if (overall := _overall(figures)) is not None:
        lines.append(
            f"  all         n={overall[0]:<5} mean confidence {overall[1]:.3f}  right {overall[2]:.3f}"
        )
    for span, b in _reliability_bins(figures):
        lines.append(
            f"  {span}  n={b['n']:<5} mean confidence {b['confidence']:.3f}  right {b['accuracy']:.3f}"
            f"  ({_interval(b)})"
        )
    return "\n".join(lines)


def _reliability_bins(figures: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The non-empty confidence bins, each with its interval written out ("[0.9, 1.0]")."""
    return [
        (f"[{b['low']:.1f}, {b['high']:.1f}{']' if b['high'] == 1.0 else ')'}", b)
        for b in figures["reliability"]
        if b["n"]
    ]


def _overall(figures: dict[str, Any]) -> tuple[int, float, float] | None:
    """All the reliability table's records: how many, their mean confidence and the share right."""
    bins = [b for _, b in _reliability_bins(figures)]
    n = sum(b["n"] for b in bins)
    if not n:
        return None
    return n, sum(b["n"] * b["confidence"] for b in bins) / n, sum(b["n"] * b["accuracy"] for b in bins) / n


def _calibration_sentence(figures: dict[str, Any]) -> str:
    """What a record's confidence is, and how it held on these records overall."""
    text = (
        "A record's `confidence` is the chance that its speaker name is right (no name where the article "
        "names nobody), fitted on PolNeAR train (`benchmarks/fit_confidence.py`)."
    )
    if (overall := _overall(figures)) is not None:
        n, confidence, right = overall
        text += f" Here its mean is {confidence:.3f} over {n} records, of which {right:.3f} are right."
    return text


def name_markdown(figures: dict[str, Any]) -> str:
    """Speaker-name figures as Markdown, for the dataset card beside the mention figures."""
    lines = [
        "",
        "Speaker names (issue 13): on overlap-matched attributions, the record's canonical name against the "
        "name a reader gives the source from the whole article; strict is the full name (case, accents, "
        "honorifics and possessive aside), lenient the same last word.",
        "",
        "| name target | value | goal | met |",
        "| :-- | --: | --: | :-: |",
    ]
    for label, key, goal, higher in NAME_TARGETS:
        value = figures[key]
        met = "yes" if _met(value, goal, higher) else "no"
        lines.append(f"| {label} | {_cell(value)} | {goal:.2f} | {met} |")
    lines += [
        "",
        "| resolution | named | strict | lenient | nameless | no name |",
        "| :-- | --: | --: | --: | --: | --: |",
    ]
    for resolution, row in figures["by_resolution"].items():
        lines.append(
            f"| {resolution} | {row['named']} | {_cell(row['strict'])} | {_cell(row['lenient'])} | "
            f"{row['nameless']} | {_cell(row['nameless_no_name'])} |"
        )
    lines += ["", _calibration_sentence(figures)]
    lines += [
        "",
        "| confidence | records | mean confidence | name right | 95% interval of name right |",
        "| :-- | --: | --: | --: | :-- |",
    ]
    for span, b in _reliability_bins(figures):
        lines.append(f"| {span} | {b['n']} | {b['confidence']:.3f} | {b['accuracy']:.3f} | {_interval(b)} |")
    return "\n".join(lines) + "\n"


def _interval(b: dict[str, Any]) -> str:
    """A bin's 95% interval of its share right, as "0.468-0.911"."""
    low, high = b["interval"]
    return f"{low:.3f}-{high:.3f}"


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


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
    lines += ["", exclusion_text(scores)]
    lines += ["", f"{'scope':<11} {'metric':<9} {'P':>6} {'R':>6} {'F1':>6}   gold/pred"]
    for scope in polnear_score.SCOPES:
        for metric in ("overlap", "exact", "direct"):
            p, r, f = (scores[f"{scope}_{metric}_{x}"] for x in "prf")
            n_gold = scores.get(f"{scope}_n_{'direct_gold' if metric == 'direct' else 'gold'}", 0)
            n_pred = scores.get(f"{scope}_n_{'direct_pred' if metric == 'direct' else 'pred'}", 0)
            lines.append(f"{scope:<11} {metric:<9} {p:6.3f} {r:6.3f} {f:6.3f}   {n_gold}/{n_pred}")
        lines.append(
            f"{scope:<11} speaker   acc {scores[f'{scope}_speaker_acc']:.3f} "
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
        "`saying` is the subset whose cue is a verb of saying or claiming and whose content is a clause or "
        "quoted words that claims something (no question, request or empty report), the scope the parser is "
        "built for.",
        "",
        exclusion_text(scores),
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
        text = markdown(scores, args.split, n_docs)
        if "names" in scores:
            text += name_markdown(scores["names"])
        args.markdown.write_text(text, encoding="utf-8")
    if args.json:
        print(json.dumps({"split": args.split, "documents": n_docs, "seconds": seconds, **scores}, indent=2))
    else:
        print(table(scores, args.split, n_docs, seconds))
        if "names" in scores:
            print("\n" + name_table(scores["names"]))
        if args.errors is not None:
            print(f"\n{len(errors)} errors written to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
