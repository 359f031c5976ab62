"""Score predicted attributions against gold annotations.

Shaped like spaCy's scorer: every score is a :class:`PRF` of true positive, false positive and false
negative counts, and :meth:`EvaluationReport.to_dict` gives flat ``*_p``/``*_r``/``*_f`` keys.

Matching is done per document (``doc_id``) and is one-to-one:

- *exact*: a predicted span with the same ``start`` and ``end`` as a gold span.
- *overlap*: a predicted span that overlaps a gold span and covers at least half of the gold span's
  characters. Pairs are chosen greedily, largest overlap first (then the pair whose spans differ least),
  so each prediction and each gold record is used at most once.

On the overlap-matched pairs, the *speaker* is right when the canonical names agree (case-insensitive,
whitespace-normalised); two missing names agree only when the gold speaker's kind is ``unknown``, or
``group`` (people the article does not name, "defence sources") and the prediction is a group too.
*End to end* counts a prediction as correct when it is overlap-matched and its speaker is right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from quotes.records import CATEGORIES, TYPES, Attribution

__all__ = ["PRF", "EvaluationError", "EvaluationReport", "evaluate", "no_common_documents", "speaker_key"]

#: The ``by_speaker`` key for records whose speaker has no canonical name.
NO_SPEAKER = "(no name)"


class EvaluationError(ValueError):
    """A predicted or gold record that cannot be scored (a missing or invalid field)."""


@dataclass
class PRF:
    """True positive, false positive and false negative counts, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        """Precision: ``tp / (tp + fp)``, 0.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        """Recall: ``tp / (tp + fn)``, 0.0 when there is nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        """F1, the harmonic mean of precision and recall; 0.0 when both are 0."""
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self, prefix: str) -> dict[str, float | int]:
        """Flat keys ``<prefix>_p``, ``_r``, ``_f``, ``_tp``, ``_fp``, ``_fn``."""
        return {
            f"{prefix}_p": self.p,
            f"{prefix}_r": self.r,
            f"{prefix}_f": self.f,
            f"{prefix}_tp": self.tp,
            f"{prefix}_fp": self.fp,
            f"{prefix}_fn": self.fn,
        }


def _ratio(correct: int, total: int) -> float:
    return correct / total if total else 0.0


@dataclass
class Scores:
    """Span, speaker and end-to-end scores for one slice of the data (all of it, or one type)."""

    span_exact: PRF = field(default_factory=PRF)
    span_overlap: PRF = field(default_factory=PRF)
    end_to_end: PRF = field(default_factory=PRF)
    speaker_correct: int = 0
    #: Overlap-matched pairs the speaker accuracy is computed on.
    speaker_total: int = 0
    gold: int = 0
    predicted: int = 0

    @property
    def speaker_accuracy(self) -> float:
        """Share of overlap-matched pairs whose speaker is right (0.0 when there are none)."""
        return _ratio(self.speaker_correct, self.speaker_total)

    def to_dict(self) -> dict[str, Any]:
        """Flat keys: ``span_exact_*``, ``span_overlap_*``, ``end_to_end_*``, ``speaker_accuracy``, counts."""
        return {
            **self.span_exact.to_dict("span_exact"),
            **self.span_overlap.to_dict("span_overlap"),
            "speaker_accuracy": self.speaker_accuracy,
            **self.end_to_end.to_dict("end_to_end"),
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass
class EvaluationReport(Scores):
    """All scores of one evaluation; see the module docstring for what they mean.

    ``by_type`` scores each type as a label: a prediction counts against the precision of its
    *predicted* type, a gold record against the recall of its *gold* type, and a pair matches only
    when both types agree (a matched pair with different types is a false positive for the predicted
    type and a false negative for the gold type). ``type_accuracy`` is the share of overlap-matched
    pairs whose types agree. ``by_category`` and ``category_accuracy`` do the same with the category
    (assertion, belief, knowledge, intention). ``by_speaker`` is end to end per canonical speaker name:
    precision over predictions naming that speaker, recall over gold records of that speaker.
    """

    type_correct: int = 0
    type_total: int = 0
    documents: int = 0
    by_type: dict[str, Scores] = field(default_factory=dict)
    by_speaker: dict[str, PRF] = field(default_factory=dict)
    category_correct: int = 0
    category_total: int = 0
    by_category: dict[str, Scores] = field(default_factory=dict)

    @property
    def category_accuracy(self) -> float:
        """Share of overlap-matched pairs whose predicted category equals the gold category."""
        return _ratio(self.category_correct, self.category_total)

    @property
    def type_accuracy(self) -> float:
        """Share of overlap-matched pairs whose predicted type equals the gold type."""
        return _ratio(self.type_correct, self.type_total)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: flat score keys, ``by_type``, ``by_speaker`` and ``counts``."""
        flat = super().to_dict()
        counts = {
            "documents": self.documents,
            "gold": flat.pop("gold"),
            "predicted": flat.pop("predicted"),
            "matched_exact": self.span_exact.tp,
            "matched_overlap": self.span_overlap.tp,
        }
        return {
            **flat,
            "type_accuracy": self.type_accuracy,
            "by_type": {name: scores.to_dict() for name, scores in self.by_type.items()},
            "category_accuracy": self.category_accuracy,
            "by_category": {name: scores.to_dict() for name, scores in self.by_category.items()},
            "by_speaker": {
                name: {"p": prf.p, "r": prf.r, "f": prf.f, "tp": prf.tp, "fp": prf.fp, "fn": prf.fn}
                for name, prf in self.by_speaker.items()
            },
            "counts": counts,
        }

    def format_table(self) -> str:
        """The scores as fixed-width plain-text tables (overall, by type, by speaker)."""
        return "\n\n".join(_plain(title, rows) for title, rows in self._tables())

    def to_markdown(self) -> str:
        """The scores as Markdown pipe tables, for the dataset card."""
        return "\n\n".join(_markdown(title, rows) for title, rows in self._tables())

    def _tables(self) -> list[tuple[str, list[list[str]]]]:
        head = ["", "P", "R", "F1", "TP", "FP", "FN"]
        overall = [
            head,
            _prf_row("span exact", self.span_exact),
            _prf_row("span overlap", self.span_overlap),
            _prf_row("end to end", self.end_to_end),
            _accuracy_row("speaker accuracy", self.speaker_correct, self.speaker_total),
            _accuracy_row("type accuracy", self.type_correct, self.type_total),
            _accuracy_row("category accuracy", self.category_correct, self.category_total),
        ]
        by_type = _label_rows("type", self.by_type)
        by_category = _label_rows("category", self.by_category)
        by_speaker = [["speaker", "P", "R", "F1", "TP", "FP", "FN"]]
        by_speaker += [_prf_row(name, prf) for name, prf in self.by_speaker.items()]
        counts = f"{self.documents} documents, {self.gold} gold, {self.predicted} predicted"
        return [
            (f"Overall ({counts})", overall),
            ("By type (end to end and spans scored with the type as a label)", by_type),
            ("By category (spans scored with the category as a label)", by_category),
            ("By speaker (end to end)", by_speaker),
        ]


def _label_rows(label: str, slices: Mapping[str, Scores]) -> list[list[str]]:
    """One table row a label (a type or a category): counts, span P/R/F1, speaker, end to end."""
    rows = [[label, "gold", "pred", "exact F1", "overlap P", "overlap R", "overlap F1", "speaker", "e2e F1"]]
    for name, s in slices.items():
        if s.gold == 0 and s.predicted == 0:  # nothing to score: no figure rather than a false 0.000
            rows.append([name, "0", "0", *["-"] * 6])
            continue
        figures = (s.span_exact.f, s.span_overlap.p, s.span_overlap.r, s.span_overlap.f)
        rows.append(
            [name, str(s.gold), str(s.predicted), *map(_num, figures)]
            + [_num(s.speaker_accuracy), _num(s.end_to_end.f)]
        )
    return rows


def _num(value: float) -> str:
    return f"{value:.3f}"


def _prf_row(label: str, prf: PRF) -> list[str]:
    return [label, _num(prf.p), _num(prf.r), _num(prf.f), str(prf.tp), str(prf.fp), str(prf.fn)]


def _accuracy_row(label: str, correct: int, total: int) -> list[str]:
    return [label, "", "", _num(_ratio(correct, total)), f"{correct}/{total}", "", ""]


def _widths(rows: list[list[str]]) -> list[int]:
    return [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]


def _cells(row: list[str], widths: list[int]) -> list[str]:
    # the first column is a label (left-aligned); the others are figures (right-aligned)
    figures = zip(row[1:], widths[1:], strict=True)
    return [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in figures]


def _plain(title: str, rows: list[list[str]]) -> str:
    widths = _widths(rows)
    lines = [title, "  ".join(_cells(rows[0], widths)).rstrip()]
    lines.append("  ".join("-" * width for width in widths))
    lines += ["  ".join(_cells(row, widths)).rstrip() for row in rows[1:]]
    return "\n".join(lines)


def _markdown(title: str, rows: list[list[str]]) -> str:
    widths = [max(width, 3) for width in _widths(rows)]
    rule = [":" + "-" * (widths[0] - 1)] + ["-" * (width - 1) + ":" for width in widths[1:]]
    lines = [f"**{title}**", ""]
    lines += ["| " + " | ".join(cells) + " |" for cells in (_cells(rows[0], widths), rule)]
    lines += ["| " + " | ".join(_cells(row, widths)) + " |" for row in rows[1:]]
    return "\n".join(lines)


# --- records -> spans ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    """What scoring needs of one record."""

    doc_id: str
    start: int
    end: int
    type: str
    category: str
    speaker: str | None  # the normalised canonical name
    speaker_name: str | None  # the name as given, for display
    speaker_kind: str

    def overlap(self, other: _Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


def speaker_key(name: str | None) -> str | None:
    """The comparable form of a speaker name: case-folded, runs of whitespace made one space."""
    if name is None:
        return None
    key = " ".join(name.split()).casefold()
    return key or None


def _span(record: Attribution | Mapping[str, Any], side: str, index: int) -> _Span:
    data = record.to_dict() if isinstance(record, Attribution) else record
    where = f"{side} record {index}"
    if not isinstance(data, Mapping):
        raise EvaluationError(f"{where}: expected an Attribution or a dict, got {type(data).__name__}")
    if isinstance(data.get("id"), str):
        where += f" (id {data['id']!r})"
    for key in ("doc_id", "type", "start", "end"):
        if key not in data:
            raise EvaluationError(f"{where}: missing field {key!r}")
    start, end = data["start"], data["end"]
    for key, value in (("start", start), ("end", end)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise EvaluationError(f"{where}: {key} must be a non-negative integer, got {value!r}")
    if start > end:
        raise EvaluationError(f"{where}: start {start} is after end {end}")
    if data["type"] not in TYPES:
        raise EvaluationError(f"{where}: type {data['type']!r} is not one of {', '.join(TYPES)}")
    # a record written before categories existed is an assertion, what every such record was
    category = data.get("category", "assertion")
    if category not in CATEGORIES:
        raise EvaluationError(f"{where}: category {category!r} is not one of {', '.join(CATEGORIES)}")
    speaker = data.get("speaker") or {}
    if not isinstance(speaker, Mapping):
        raise EvaluationError(f"{where}: speaker must be an object or null, got {type(speaker).__name__}")
    name = speaker.get("name")
    if name is not None and not isinstance(name, str):
        raise EvaluationError(f"{where}: speaker.name must be a string or null, got {name!r}")
    return _Span(
        doc_id=str(data["doc_id"]),
        start=start,
        end=end,
        type=data["type"],
        category=category,
        speaker=speaker_key(name),
        speaker_name=" ".join(name.split()) if name else None,
        speaker_kind=str(speaker.get("kind") or "unknown"),
    )


# --- matching --------------------------------------------------------------------------------------


def covers_half(predicted: _Span, gold: _Span) -> bool:
    """True when the spans overlap and the prediction covers at least half of the gold characters."""
    overlap = predicted.overlap(gold)
    return overlap > 0 and 2 * overlap >= gold.end - gold.start


def _overlap_pairs(predicted: list[_Span], gold: list[_Span]) -> list[tuple[int, int]]:
    """One-to-one ``(predicted index, gold index)`` pairs, greedily by largest overlap."""
    by_doc: dict[str, list[int]] = {}
    for j, g in enumerate(gold):
        by_doc.setdefault(g.doc_id, []).append(j)
    candidates = []
    for i, p in enumerate(predicted):
        for j in by_doc.get(p.doc_id, ()):
            g = gold[j]
            if covers_half(p, g):
                overlap = p.overlap(g)
                difference = (p.end - p.start) + (g.end - g.start) - 2 * overlap
                candidates.append((-overlap, difference, i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _exact_matches(predicted: list[_Span], gold: list[_Span]) -> int:
    """How many predictions have a gold record with the same span, each gold used once."""
    gold_spans = Counter((g.doc_id, g.start, g.end) for g in gold)
    predicted_spans = Counter((p.doc_id, p.start, p.end) for p in predicted)
    return sum((gold_spans & predicted_spans).values())


def speaker_right(predicted: _Span, gold: _Span) -> bool:
    """Whether a matched prediction names the gold speaker (see the module docstring)."""
    if gold.speaker is None and predicted.speaker is None:
        if gold.speaker_kind == "group":
            return predicted.speaker_kind == "group"
        return gold.speaker_kind == "unknown"
    return predicted.speaker == gold.speaker


def _score(predicted: list[_Span], gold: list[_Span], scores: Scores) -> list[tuple[int, int]]:
    """Fill the span, speaker and end-to-end scores; return the overlap-matched pairs."""
    pairs = _overlap_pairs(predicted, gold)
    exact = _exact_matches(predicted, gold)
    right = sum(speaker_right(predicted[i], gold[j]) for i, j in pairs)
    scores.gold, scores.predicted = len(gold), len(predicted)
    scores.span_exact = PRF(exact, len(predicted) - exact, len(gold) - exact)
    scores.span_overlap = PRF(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
    scores.end_to_end = PRF(right, len(predicted) - right, len(gold) - right)
    scores.speaker_correct, scores.speaker_total = right, len(pairs)
    return pairs


def evaluate(
    predicted: Iterable[Attribution | Mapping[str, Any]],
    gold: Iterable[Attribution | Mapping[str, Any]],
    *,
    documents: Collection[str] | None = None,
) -> EvaluationReport:
    """Score predicted attributions against gold ones.

    Args:
        predicted: Attributions or their dicts (``Attribution.to_dict()`` form; only ``doc_id``,
            ``type``, ``start``, ``end`` and ``speaker.name``/``speaker.kind`` are used).
        gold: The gold attributions, in the same form.
        documents: Score only records of these document ids (for instance the documents that were
            annotated); ``None`` scores every record of both inputs.

    Returns:
        The report; every score is 0.0, never an error, when an input is empty. In ``by_type`` the
        gold type decides recall and the predicted type decides precision (types are labels).

    Raises:
        EvaluationError: A record lacks ``doc_id``, ``type``, ``start`` or ``end``, or one of them is
            invalid; the message names the side ("predicted"/"gold"), the record's index and id.
    """
    keep = None if documents is None else set(documents)
    p_spans = [s for i, r in enumerate(predicted) if _kept(s := _span(r, "predicted", i), keep)]
    g_spans = [s for i, r in enumerate(gold) if _kept(s := _span(r, "gold", i), keep)]

    report = EvaluationReport()
    pairs = _score(p_spans, g_spans, report)
    report.documents = len({s.doc_id for s in p_spans} | {s.doc_id for s in g_spans})
    report.type_total = report.category_total = len(pairs)
    report.type_correct = sum(p_spans[i].type == g_spans[j].type for i, j in pairs)
    report.category_correct = sum(p_spans[i].category == g_spans[j].category for i, j in pairs)
    report.by_type = _by_label(p_spans, g_spans, "type", TYPES)
    report.by_category = _by_label(p_spans, g_spans, "category", CATEGORIES)
    report.by_speaker = _by_speaker(p_spans, g_spans, pairs)
    return report


def _by_label(
    p_spans: list[_Span], g_spans: list[_Span], field: str, labels: Sequence[str]
) -> dict[str, Scores]:
    """Spans scored once a label of ``field`` (``type`` or ``category``), the label part of the match."""
    scores = {}
    for name in labels:
        scores[name] = Scores()
        _score(
            [s for s in p_spans if getattr(s, field) == name],
            [s for s in g_spans if getattr(s, field) == name],
            scores[name],
        )
    return scores


def _kept(span: _Span, keep: set[str] | None) -> bool:
    return keep is None or span.doc_id in keep


def _by_speaker(predicted: list[_Span], gold: list[_Span], pairs: list[tuple[int, int]]) -> dict[str, PRF]:
    """End-to-end P/R/F per canonical speaker, keyed by the name as written in the gold (else predicted)."""
    labels: dict[str | None, str] = {}
    for span in [*gold, *predicted]:
        labels.setdefault(span.speaker, span.speaker_name or NO_SPEAKER)
    scores = {key: PRF() for key in labels}
    right_p: set[int] = set()
    right_g: set[int] = set()
    for i, j in pairs:
        if speaker_right(predicted[i], gold[j]):
            right_p.add(i)
            right_g.add(j)
            scores[gold[j].speaker].tp += 1
    for i, span in enumerate(predicted):
        if i not in right_p:
            scores[span.speaker].fp += 1
    for j, span in enumerate(gold):
        if j not in right_g:
            scores[span.speaker].fn += 1
    # most gold records first, then alphabetically
    ordered = sorted(scores.items(), key=lambda kv: (-(kv[1].tp + kv[1].fn), labels[kv[0]].casefold()))
    return {labels[key]: prf for key, prf in ordered}


def no_common_documents(predicted_ids: Collection[str], gold_ids: Collection[str]) -> str | None:
    """Why predictions and gold cannot be compared at all (no document in common), or ``None``.

    Scores over disjoint documents are all zero and say nothing about the parser: the usual cause
    is predictions from other articles, or the same articles under other ids.
    """
    if not gold_ids or set(predicted_ids) & set(gold_ids):
        return None
    held = f"documents {_some(predicted_ids)}" if predicted_ids else "no records"
    return (
        f"no document in common: the gold annotates {_some(gold_ids)} and the predictions hold {held}; "
        "nothing to score (are both from the same articles, with the same ids?)"
    )


def _some(ids: Collection[str]) -> str:
    names = sorted(ids)
    shown = ", ".join(repr(name) for name in names[:3])
    return f"{shown} and {len(names) - 3} more" if len(names) > 3 else shown
