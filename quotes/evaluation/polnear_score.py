"""Scoring predicted attributions against PolNeAR gold (read by :mod:`quotes.evaluation.polnear`).

How scoring is done, and why:

* **Content spans are normalised** on both sides before comparing: whitespace, quote marks and
  punctuation are stripped from both ends, and so is a leading complementiser ``that`` (or
  ``that,``); exact matching also ignores a leading infinitive ``to``. Annotation conventions
  differ on exactly these characters (``“We will,” he said`` vs ``We will``; ``said that X`` vs
  ``said X``; ``promised to X`` vs ``promised to [X]``) and neither side is wrong; the words inside
  are what is measured.
* **Exact match**: a predicted span equals a gold segment, or the gold attribution's whole span,
  after normalisation. Segments on one line with only quote marks, punctuation and spaces between
  them may be matched as one stretch (PolNeAR sometimes stores a quote one segment per sentence).
  **Overlap match**: the predictions assigned to a gold attribution cover at
  least half of its (normalised) content characters. Matching is one-to-one, greedy by the number
  of shared characters, with two exceptions. A gold attribution in several segments (``“A,” he
  said. “B.”``) may take one prediction per segment, because a record has a single contiguous span
  and splitting such a quote in two is not an error. And one segment that wholly contains several
  records of one speaker (the same speaker mention, or a continuation of it, with no other
  speaker's cue between them; none nested in another) may take each of them: PolNeAR sometimes
  stores ``“A,” Rep. Tom Hale said. “B.”`` or ``said X and concluded Y`` as one segment, cue and
  all, where ``seeds/ANNOTATION.md`` makes each separately closed quote, and each claim up to the
  same subject's next verb of speech, a record of its own (``match_document(...,
  join_same_speaker=False)`` turns this off). Precision counts predictions, recall counts gold
  attributions.
* **Direct**: in PolNeAR ``direct`` is true exactly when the content contains double quotation
  marks, so it includes what this project calls mixed quotes; content quoted with two apostrophes
  or in single quote marks counts as direct too (:func:`is_direct`). A prediction counts as direct
  when its type is ``direct`` or ``mixed``. Direct P/R is overlap matching restricted to those two
  sets.
* **Speaker mention** (on overlap-matched gold): right when a prediction assigned to it has a
  speaker mention span overlapping any gold speaker span (a quote over several paragraphs is one
  PolNeAR attribution with one segment a paragraph, while the parser names the speaker once and
  lets the other paragraphs inherit it); for gold with no source, right when no assigned
  prediction has a mention span.
* **Scopes**: ``all`` attributions; ``saying_cue``: gold whose cue contains a verb of saying or
  claiming (:data:`quotes.evaluation.polnear.SAYING_LEMMAS`, matched through its inflection table) or
  is "according to"; and ``saying``, the project's scope: those of them whose content is a clause or
  quoted words, not a bare noun phrase ("criticized the plan"; see
  :mod:`quotes.evaluation.content_form`), and no question, request or empty report ("asked whether
  ...", "would not say when ..."; see :mod:`quotes.evaluation.speech_acts`). A matched prediction
  takes its gold's scopes; an unmatched one the scope of its own cue, except that one overlapping a
  gold left out of ``saying`` counts in ``saying`` neither as right nor as wrong.
* **Calibration**: a prediction is correct end to end when it is overlap-matched, its speaker
  mention is right and its directness agrees with the gold; accuracy is reported per confidence bin.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from quotes.evaluation.polnear import (
    STRIP_CHARS,
    GoldAttribution,
    PolnearDoc,
    exact_form,
    exclusion,
    in_saying_scope,
    is_direct,
    is_saying_cue,
    normalize_span,
)
from quotes.records import Attribution

#: Confidence bins, as half-open ``[low, high)`` intervals; the last one includes 1.0.
CONFIDENCE_BINS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.0))

#: Every gold; gold with a cue of saying; and those of them with a clause or quoted words (the project's).
SCOPES: tuple[str, ...] = ("all", "saying_cue", "saying")
DIRECT_TYPES: frozenset[str] = frozenset({"direct", "mixed"})


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# --- matching one document --------------------------------------------------------------------


@dataclass
class _Gold:
    attribution: GoldAttribution
    units: list[tuple[int, int]]  # normalised non-empty segments
    outer: tuple[int, int]  # normalised whole span
    scopes: tuple[str, ...]
    excluded: str | None  # a cue of saying, but no claim: why it is out of the saying scope (EXCLUSIONS)
    runs: list[tuple[int, int]]  # units joined where only punctuation and spaces, no line break, part them


@dataclass
class DocumentMatch:
    """How the predictions of one document line up with its gold attributions.

    Lists are indexed like ``gold`` and ``predicted``; ``None`` means unmatched.
    """

    gold: Sequence[GoldAttribution]
    predicted: Sequence[Attribution]
    #: For each gold: indices of the predictions assigned to it by overlap (best first), if matched.
    overlap: list[list[int] | None] = field(default_factory=list)
    #: For each gold: whether it is exactly matched.
    exact: list[bool] = field(default_factory=list)
    #: For each prediction: the gold index it is overlap-matched to, or ``None``.
    pred_overlap: list[int | None] = field(default_factory=list)
    #: For each prediction: the gold index it is exactly matched to, or ``None``.
    pred_exact: list[int | None] = field(default_factory=list)
    #: For each gold: the scopes it is in (:data:`SCOPES`); for each prediction likewise.
    gold_scopes: list[tuple[str, ...]] = field(default_factory=list)
    pred_scopes: list[tuple[str, ...]] = field(default_factory=list)
    #: For each gold: why its cue is of saying but it is out of the saying scope
    #: (:data:`quotes.evaluation.polnear.EXCLUSIONS`), or ``None``.
    gold_excluded: list[str | None] = field(default_factory=list)
    #: For each prediction: whether it left the saying scope for matching or overlapping such a gold.
    pred_excluded: list[bool] = field(default_factory=list)
    #: For each overlap-matched gold: whether the speaker mention is right (else ``None``).
    speaker_right: list[bool | None] = field(default_factory=list)
    #: Direct-only overlap matching: gold index -> matched?, prediction index -> matched?
    direct_gold: dict[int, bool] = field(default_factory=dict)
    direct_pred: dict[int, bool] = field(default_factory=dict)


def match_document(
    text: str,
    gold: Sequence[GoldAttribution],
    predicted: Sequence[Attribution],
    join_same_speaker: bool = True,
) -> DocumentMatch:
    """Match the predicted attributions of one article to its gold attributions.

    Args:
        text: the article text both sides' offsets refer to.
        gold: the gold attributions.
        predicted: the predicted attributions.
        join_same_speaker: let one gold segment take several records of one speaker that it wholly
            contains (:class:`_SameSpeaker`); ``False`` gives the stricter one-per-segment matching.
    """
    golds = [_prepare_gold(text, g) for g in gold]
    spans = [normalize_span(text, p.start, p.end) for p in predicted]
    match = DocumentMatch(gold=gold, predicted=predicted)
    joins = _SameSpeaker(predicted, spans) if join_same_speaker else None
    match.overlap, match.pred_overlap = _overlap_match(
        golds, spans, range(len(golds)), range(len(spans)), joins
    )
    match.exact, match.pred_exact = _exact_match(golds, [exact_form(text, span) for span in spans], text)
    match.gold_scopes = [g.scopes for g in golds]
    match.gold_excluded = [g.excluded for g in golds]
    excluded_units = [unit for g in golds if g.excluded is not None for unit in g.units]
    match.pred_scopes, match.pred_excluded = [], []
    for p, span, g in zip(predicted, spans, match.pred_overlap, strict=True):
        if g is not None:
            scopes, excluded = golds[g].scopes, golds[g].excluded is not None
        else:
            scopes = _scopes(is_saying_cue(_pred_cue(p)), True)
            excluded = "saying" in scopes and any(_shared(unit, span) for unit in excluded_units)
            if excluded:
                scopes = _scopes(True, False)
        match.pred_scopes.append(scopes)
        match.pred_excluded.append(excluded)
    match.speaker_right = [
        _speaker_right(g, [predicted[j] for j in assigned]) if assigned else None
        for g, assigned in zip(gold, match.overlap, strict=True)
    ]
    direct_golds = [i for i, g in enumerate(gold) if is_direct(g)]
    direct_preds = [j for j, p in enumerate(predicted) if p.type in DIRECT_TYPES]
    overlap, pred_overlap = _overlap_match(golds, spans, direct_golds, direct_preds, joins)
    match.direct_gold = {i: overlap[i] is not None for i in direct_golds}
    match.direct_pred = {j: pred_overlap[j] is not None for j in direct_preds}
    return match


def _pred_cue(prediction: Attribution) -> str | None:
    if prediction.cue is None:
        return None
    return f"{prediction.cue.lemma} {prediction.cue.text}"


def _prepare_gold(text: str, gold: GoldAttribution) -> _Gold:
    units = [normalize_span(text, s, e) for s, e in gold.segments]
    units = [u for u in units if u[1] > u[0]] or [normalize_span(text, gold.start, gold.end)]
    outer = normalize_span(text, gold.start, gold.end)
    scopes = _scopes(is_saying_cue(gold.cue), in_saying_scope(gold))
    excluded = exclusion(gold)
    return _Gold(gold, units, outer, scopes, excluded, _runs(text, units))


def _unit_of(gold: _Gold, span: tuple[int, int]) -> int:
    """The segment of ``gold`` a predicted span shares most characters with."""
    return max(range(len(gold.units)), key=lambda u: _shared(gold.units[u], span))


class _SameSpeaker:
    """Which records of one article one gold segment may take together.

    ``seeds/ANNOTATION.md`` makes each separately closed quote its own record, and ends a claim where
    the same subject's next verb of speech starts; PolNeAR sometimes stores such a stretch, cue and
    all, as ONE segment (``“A,” Rep. Tom Hale said. “B.”``). A segment may then take every record it
    wholly contains when they are one speaker's: the same speaker mention, or a continuation of it
    (a record with no mention continues the record before it), and no record of another speaker
    has its cue between them.
    """

    def __init__(self, predicted: Sequence[Attribution], spans: Sequence[tuple[int, int]]) -> None:
        self.spans = spans
        self.keys: list[object] = [None] * len(predicted)
        order = sorted(range(len(predicted)), key=lambda j: (predicted[j].start, -predicted[j].end))
        previous: int | None = None
        for j in order:
            speaker = predicted[j].speaker
            if speaker.start is not None:
                self.keys[j] = (speaker.start, speaker.end)
            elif speaker.resolution == "continuation" and previous is not None:
                self.keys[j] = self.keys[previous]
            else:
                self.keys[j] = ("record", j)  # no mention and continuing nothing: a speaker of its own
            if previous is None or not _inside(spans[j], spans[previous]):
                previous = j  # a record nested in the one before is not what the next one continues
        self.cues = [(p.cue.start, self.keys[j]) for j, p in enumerate(predicted) if p.cue is not None]

    def joins(self, unit: tuple[int, int], taken: Sequence[int], j: int) -> bool:
        """Whether ``unit``, which already took the records ``taken``, may take record ``j`` too."""
        inside = [*taken, j]
        if any(not _inside(self.spans[k], unit) for k in inside):
            return False
        if any(self.keys[k] != self.keys[j] or _shared(self.spans[k], self.spans[j]) for k in taken):
            return False  # another speaker's, or one nested in the other (a speaker's own "I think")
        start = min(self.spans[k][1] for k in inside)
        end = max(self.spans[k][0] for k in inside)
        return not any(start <= cue < end and key != self.keys[j] for cue, key in self.cues)


def _overlap_match(
    golds: Sequence[_Gold],
    spans: Sequence[tuple[int, int]],
    gold_ids: Iterable[int],
    pred_ids: Iterable[int],
    joins: _SameSpeaker | None = None,
) -> tuple[list[list[int] | None], list[int | None]]:
    gold_ids, pred_ids = list(gold_ids), list(pred_ids)
    pairs = []
    for i in gold_ids:
        for j in pred_ids:
            shared = sum(_shared(unit, spans[j]) for unit in golds[i].units)
            if shared:
                # Most shared characters first; on a tie, the prediction with less outside the gold.
                outside = spans[j][1] - spans[j][0] - shared
                pairs.append((-shared, outside, i, j))
    pairs.sort()
    assigned: dict[int, list[int]] = {i: [] for i in gold_ids}
    taken_units: dict[int, dict[int, list[int]]] = {i: {} for i in gold_ids}
    pred_gold: dict[int, int] = {}
    for _, _, i, j in pairs:
        if j in pred_gold:
            continue
        gold = golds[i]
        # A prediction spanning several segments fills all of them; otherwise the one it overlaps most.
        units = {u for u, unit in enumerate(gold.units) if _shared(unit, spans[j]) * 2 >= unit[1] - unit[0]}
        units = units or {_unit_of(gold, spans[j])}
        taken = taken_units[i]
        if units & taken.keys():
            # A taken segment takes one more record only when it wholly holds it with its speaker's others.
            u = min(units)
            if len(units) > 1 or joins is None or not joins.joins(gold.units[u], taken[u], j):
                continue
        for u in units:
            taken.setdefault(u, []).append(j)
        assigned[i].append(j)
        pred_gold[j] = i
    gold_result: list[list[int] | None] = [None] * len(golds)
    pred_result: list[int | None] = [None] * len(spans)
    for i in gold_ids:
        covered = _covered(golds[i].units, [spans[j] for j in assigned[i]])
        total = sum(e - s for s, e in golds[i].units)
        if assigned[i] and covered * 2 >= total:
            gold_result[i] = assigned[i]
            for j in assigned[i]:
                pred_result[j] = i
    return gold_result, pred_result


def _covered(units: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> int:
    covered = set()
    for s, e in units:
        for span in spans:
            covered.update(range(max(s, span[0]), min(e, span[1])))
    return len(covered)


def _exact_match(
    golds: Sequence[_Gold], spans: Sequence[tuple[int, int]], text: str
) -> tuple[list[bool], list[int | None]]:
    """Exact matches between gold and predicted spans, both in :func:`exact_form`."""
    pred_result: list[int | None] = [None] * len(spans)
    gold_result = [False] * len(golds)
    free = {j for j, span in enumerate(spans) if span[1] > span[0]}

    def exact(parts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        return [exact_form(text, part) for part in parts]

    for i, gold in enumerate(golds):
        chosen = _exact_cover(exact([gold.outer]), spans, free)
        if chosen is None:
            chosen = _exact_cover(exact(gold.units), spans, free)
        if chosen is None and gold.runs != gold.units:
            chosen = _exact_cover(exact(gold.runs), spans, free)
        if chosen is None:
            continue
        gold_result[i] = True
        for j in chosen:
            pred_result[j] = i
            free.discard(j)
    return gold_result, pred_result


def _exact_cover(
    parts: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]], free: set[int]
) -> list[int] | None:
    """One free prediction equal to each of ``parts``, or ``None`` if some part has none."""
    chosen: list[int] = []
    for part in parts:
        j = next((j for j in sorted(free - set(chosen)) if spans[j] == part), None)
        if j is None:
            return None
        chosen.append(j)
    return chosen


def _runs(text: str, units: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Units in text order, joined where only quote marks, punctuation and spaces lie between them.

    PolNeAR's tool stores a quote as one segment per sentence (``“A. | B. | C.”``): those segments
    are one contiguous stretch of text. A line break, or any word between two segments (a cue:
    ``“A,” he said, “B”``), keeps them apart.
    """
    runs: list[tuple[int, int]] = []
    for start, end in sorted(units):
        if runs and runs[-1][1] <= start:
            gap = text[runs[-1][1] : start]
            if "\n" not in gap and all(char in STRIP_CHARS for char in gap):
                runs[-1] = (runs[-1][0], end)
                continue
        runs.append((start, end))
    return runs


def _speaker_right(gold: GoldAttribution, predictions: Sequence[Attribution]) -> bool:
    mentions = [
        (p.speaker.start, p.speaker.end)
        for p in predictions
        if p.speaker.start is not None and p.speaker.end is not None
    ]
    if not gold.speaker_spans:
        return not mentions
    return any(_overlaps(mention, span) for mention in mentions for span in gold.speaker_spans)


def _direct_agrees(gold: GoldAttribution, prediction: Attribution) -> bool:
    return is_direct(gold) == (prediction.type in DIRECT_TYPES)


# --- scores ----------------------------------------------------------------------------------


def _prf(correct_pred: int, n_pred: int, correct_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = correct_pred / n_pred if n_pred else 0.0
    r = correct_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_matches(matches: Iterable[DocumentMatch]) -> dict[str, Any]:
    """Aggregate document matches into flat scores: ``{scope}_{metric}_{p,r,f}``, counts, calibration."""
    counts: dict[str, dict[str, int]] = {scope: {} for scope in SCOPES}

    def add(scope: str, key: str, value: int | bool) -> None:
        counts[scope][key] = counts[scope].get(key, 0) + int(value)

    calibration = [[0, 0, 0.0] for _ in CONFIDENCE_BINS]  # n, correct, sum of confidences
    for match in matches:
        for i, gold in enumerate(match.gold):
            reason = match.gold_excluded[i]
            add("saying", "excluded_gold", reason is not None)
            if reason is not None:
                add("saying", f"excluded_{reason}_gold", 1)
            for scope in match.gold_scopes[i]:
                add(scope, "gold", 1)
                add(scope, "overlap_gold_tp", match.overlap[i] is not None)
                add(scope, "exact_gold_tp", match.exact[i])
                if match.overlap[i] is not None:
                    add(scope, "speaker_n", 1)
                    add(scope, "speaker_right", bool(match.speaker_right[i]))
                if is_direct(gold):
                    add(scope, "direct_gold", 1)
                    add(scope, "direct_gold_tp", match.direct_gold[i])
        for j, pred in enumerate(match.predicted):
            g = match.pred_overlap[j]
            add("saying", "excluded_pred", match.pred_excluded[j])
            for scope in match.pred_scopes[j]:
                add(scope, "pred", 1)
                add(scope, "overlap_pred_tp", g is not None)
                add(scope, "exact_pred_tp", match.pred_exact[j] is not None)
                if j in match.direct_pred:
                    add(scope, "direct_pred", 1)
                    add(scope, "direct_pred_tp", match.direct_pred[j])
            correct = g is not None and bool(match.speaker_right[g]) and _direct_agrees(match.gold[g], pred)
            b = _confidence_bin(pred.confidence)
            calibration[b][0] += 1
            calibration[b][1] += int(correct)
            calibration[b][2] += pred.confidence
    scores: dict[str, Any] = {}
    for scope in SCOPES:
        c = counts[scope]
        n_gold, n_pred = c.get("gold", 0), c.get("pred", 0)
        for mode in ("overlap", "exact"):
            p, r, f = _prf(c.get(f"{mode}_pred_tp", 0), n_pred, c.get(f"{mode}_gold_tp", 0), n_gold)
            scores.update({f"{scope}_{mode}_p": p, f"{scope}_{mode}_r": r, f"{scope}_{mode}_f": f})
        p, r, f = _prf(
            c.get("direct_pred_tp", 0),
            c.get("direct_pred", 0),
            c.get("direct_gold_tp", 0),
            c.get("direct_gold", 0),
        )
        scores.update({f"{scope}_direct_p": p, f"{scope}_direct_r": r, f"{scope}_direct_f": f})
        n_speaker = c.get("speaker_n", 0)
        scores[f"{scope}_speaker_acc"] = c.get("speaker_right", 0) / n_speaker if n_speaker else 0.0
        scores.update({f"{scope}_n_{key}": value for key, value in sorted(c.items())})
        scores[f"{scope}_n_gold"], scores[f"{scope}_n_pred"] = n_gold, n_pred
    scores["calibration"] = [
        {
            "low": low,
            "high": high,
            "n": n,
            "correct": correct,
            "accuracy": correct / n if n else None,
            "mean_confidence": total / n if n else None,
        }
        for (low, high), (n, correct, total) in zip(CONFIDENCE_BINS, calibration, strict=True)
    ]
    return scores


def score(pairs: Iterable[tuple[PolnearDoc, Sequence[Attribution]]]) -> dict[str, Any]:
    """Score predicted attributions against PolNeAR gold, document by document.

    Args:
        pairs: ``(gold document, predicted attributions for that document)``.

    Returns:
        Flat scores (see :func:`score_matches`), e.g. ``all_overlap_f``, ``saying_exact_p``,
        ``all_direct_r``, ``all_speaker_acc``, counts under ``{scope}_n_*``, and ``calibration``.
    """
    return score_matches(match_document(doc.text, doc.attributions, predicted) for doc, predicted in pairs)


def _scopes(saying_cue: bool, clause: bool) -> tuple[str, ...]:
    """The scopes of an attribution with (or without) a cue of saying and a clause or quote content."""
    if not saying_cue:
        return SCOPES[:1]
    return SCOPES if clause else SCOPES[:2]


def _confidence_bin(confidence: float) -> int:
    for index, (low, high) in enumerate(CONFIDENCE_BINS):
        if low <= confidence < high:
            return index
    return len(CONFIDENCE_BINS) - 1 if confidence >= CONFIDENCE_BINS[-1][0] else 0


# --- errors ----------------------------------------------------------------------------------


def match_errors(doc_id: str, text: str, match: DocumentMatch, context: int = 80) -> list[dict[str, Any]]:
    """The disagreements in one document, for reading: missed gold, false predictions, wrong speakers.

    Each error is a dict with ``kind`` (``missed``, ``false``, ``speaker``, ``direct``, or
    ``boundary``: overlap-matched with the right speaker and directness but not an exact match), the
    document id, the span(s) involved and ``context``: the text around the span with the span
    itself in ``[[...]]``. A boundary error also has ``gold_text`` and ``pred_text``, the two spans
    as normalised for exact matching.
    """

    def around(start: int, end: int) -> str:
        left = text[max(0, start - context) : start]
        right = text[end : end + context]
        return f"{left}[[{text[start:end]}]]{right}".replace("\n", " / ")

    def gold_info(gold: GoldAttribution) -> dict[str, Any]:
        return {
            "gold_span": [gold.start, gold.end],
            "gold_segments": [list(s) for s in gold.segments],
            "gold_speaker": gold.speaker,
            "gold_cue": gold.cue,
            "gold_direct": is_direct(gold),
        }

    def pred_info(pred: Attribution) -> dict[str, Any]:
        return {
            "pred_span": [pred.start, pred.end],
            "pred_type": pred.type,
            "pred_speaker": pred.speaker.mention,
            "pred_speaker_span": [pred.speaker.start, pred.speaker.end],
            "pred_name": pred.speaker.name,
            "pred_cue": pred.cue.text if pred.cue is not None else None,
            "confidence": pred.confidence,
        }

    errors: list[dict[str, Any]] = []
    for i, gold in enumerate(match.gold):
        base = {"doc_id": doc_id, **gold_info(gold), "context": around(gold.start, gold.end)}
        assigned = match.overlap[i]
        if assigned is None:
            errors.append({"kind": "missed", **base})
            continue
        best = match.predicted[assigned[0]]
        if not match.speaker_right[i]:
            errors.append({"kind": "speaker", **base, **pred_info(best)})
        elif not _direct_agrees(gold, best):
            errors.append({"kind": "direct", **base, **pred_info(best)})
        elif not match.exact[i]:
            gold_start, gold_end = normalize_span(text, gold.start, gold.end)
            pred_start, pred_end = normalize_span(text, best.start, best.end)
            texts = {"gold_text": text[gold_start:gold_end], "pred_text": text[pred_start:pred_end]}
            errors.append({"kind": "boundary", **base, **pred_info(best), **texts})
    for j, pred in enumerate(match.predicted):
        if match.pred_overlap[j] is None:
            errors.append(
                {
                    "kind": "false",
                    "doc_id": doc_id,
                    **pred_info(pred),
                    "context": around(pred.start, pred.end),
                }
            )
    return errors
