"""Scoring speaker names: is the canonical name a record gives the person the gold says spoke?

The mention scores of :mod:`quotes.evaluation.polnear_score` ask whether the parser pointed at the
right words; these ask whether it named the right person or organisation. Gold names come one per
PolNeAR attribution (``polnear_{split}_speakers.jsonl``: ``doc_id``, ``annotation_id``, ``name`` or
null, ``kind``) and are compared on overlap-matched attributions, with the first (best) prediction
assigned to each:

* **strict**: the normalised full names are equal (case, accents, punctuation, honorifics and a
  possessive "'s" do not count: "Mr. Obama's" and "obama" agree);
* **lenient**: the normalised names end in the same word (the article's "Donald J. Trump" and the
  record's "Donald Trump");
* **unresolved**: named gold whose record gives no name;
* **no name for nameless gold**: gold with a null name ("sources", "a spokesman") whose record gives
  no name either.

Each figure is also broken down by the record's ``resolution`` (the sieve that decided it), and name
correctness (lenient) is set against the record's ``confidence`` as a reliability table and an
expected calibration error. Each bin of the table carries the 95% Wilson interval of its share right, so
that a reader sees which rises and falls between bins a few dozen records can show by chance.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes.evaluation.polnear_score import DocumentMatch
from quotes.lexicon.speakers import HONORIFICS, SPEAKER_TITLE_ABBREVIATIONS
from quotes.speakers.confidence import mention_form

#: Reliability bins of width 0.1, half-open ``[low, high)``; the last one includes 1.0.
RELIABILITY_BINS: tuple[tuple[float, float], ...] = tuple((i / 10, (i + 1) / 10) for i in range(10))

#: Words dropped from the front of a name before comparing: honorifics and abbreviated titles.
_DROPPED = HONORIFICS | frozenset(SPEAKER_TITLE_ABBREVIATIONS) | {"the"}


@dataclass(frozen=True)
class NameItem:
    """One overlap-matched attribution: the gold name and the record's name, how it was decided."""

    gold: str | None
    kind: str
    predicted: str | None
    resolution: str
    confidence: float
    record_type: str = ""  # direct, indirect or mixed
    form: str = ""  # the speaker mention's form (quotes.speakers.confidence.mention_form)


def normalise_name(name: str | None) -> str:
    """A name in comparable form: lower case, no accents, no punctuation, no honorific, no possessive.

    >>> normalise_name("Mr. José Núñez's")
    'jose nunez'
    """
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'")
    words = []
    for word in text.split():
        if word.endswith("'s"):
            word = word[:-2]
        word = "".join(ch for ch in word if ch.isalnum() or ch == "-").strip("-")
        if word:
            words.append(word)
    while len(words) > 1 and words[0] in _DROPPED:
        words = words[1:]
    return " ".join(words)


def strict_match(gold: str | None, predicted: str | None) -> bool:
    """Whether two names are the same full name once normalised."""
    a, b = normalise_name(gold), normalise_name(predicted)
    return bool(a) and a == b


def lenient_match(gold: str | None, predicted: str | None) -> bool:
    """Whether two names end in the same word once normalised ("Hillary Rodham Clinton", "Clinton")."""
    a, b = normalise_name(gold).split(), normalise_name(predicted).split()
    return bool(a) and bool(b) and a[-1] == b[-1]


def name_right(item: NameItem) -> bool:
    """Whether an item's name is right: the same last word as a named gold, no name for nameless gold."""
    return lenient_match(item.gold, item.predicted) if item.gold is not None else item.predicted is None


def load_gold_names(path: str | Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """Read a speaker-name file into ``{(doc_id, annotation_id): (name, kind)}``.

    Raises:
        ValueError: a line is not a JSON object with doc_id, annotation_id, name and kind (the message
            names the file and line).
    """
    names: dict[tuple[str, str], tuple[str | None, str]] = {}
    with Path(path).open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                names[(str(item["doc_id"]), str(item["annotation_id"]))] = (item["name"], item["kind"])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(
                    f"{path}:{line_no}: expected a JSON object with doc_id, annotation_id, name, kind ({exc})"
                ) from exc
    return names


def _share(right: int, total: int) -> float | None:
    return right / total if total else None


def wilson_interval(right: int, total: int, z: float = 1.96) -> tuple[float, float] | None:
    """The Wilson score interval of a share ``right / total`` (95% by default); ``None`` for no records.

    >>> [round(x, 3) for x in wilson_interval(9, 12)]
    [0.468, 0.911]
    """
    if not total:
        return None
    share = right / total
    centre = share + z * z / (2 * total)
    spread = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    denominator = 1 + z * z / total
    return (centre - spread) / denominator, (centre + spread) / denominator


def score_names(items: Iterable[NameItem]) -> dict[str, Any]:
    """Aggregate name items into the figures above.

    Returns:
        ``named`` (count of named gold), ``strict``, ``lenient``, ``unresolved`` (shares of named gold),
        ``nameless`` (count of gold with no name) and ``nameless_no_name`` (share of them with no
        predicted name), ``by_resolution`` (``{resolution: {named, strict, lenient, nameless,
        nameless_no_name}}``), ``reliability`` (one dict a bin: low, high, n, accuracy, confidence, and
        ``interval``, the 95% Wilson interval of the accuracy as ``[low, high]``)
        and ``ece`` (expected calibration error of name correctness against confidence, over all
        items: a nameless gold is right when no name is given).
    """
    totals: dict[str, list[int]] = {}  # resolution -> [named, strict, lenient, unresolved, nameless, silent]
    bins = [[0, 0, 0.0] for _ in RELIABILITY_BINS]  # n, right, sum of confidence
    for item in items:
        row = totals.setdefault(item.resolution, [0, 0, 0, 0, 0, 0])
        if item.gold is not None:
            right = lenient_match(item.gold, item.predicted)
            row[0] += 1
            row[1] += strict_match(item.gold, item.predicted)
            row[2] += right
            row[3] += item.predicted is None
        else:
            right = item.predicted is None
            row[4] += 1
            row[5] += right
        k = min(int(item.confidence * 10), len(RELIABILITY_BINS) - 1)
        bins[k][0] += 1
        bins[k][1] += right
        bins[k][2] += item.confidence
    overall = [sum(row[i] for row in totals.values()) for i in range(6)]
    n_items = overall[0] + overall[4]
    ece = sum(abs(right - conf) for n, right, conf in bins if n) / n_items if n_items else None
    return {
        "named": overall[0],
        "strict": _share(overall[1], overall[0]),
        "lenient": _share(overall[2], overall[0]),
        "unresolved": _share(overall[3], overall[0]),
        "nameless": overall[4],
        "nameless_no_name": _share(overall[5], overall[4]),
        "by_resolution": {
            resolution: {
                "named": row[0],
                "strict": _share(row[1], row[0]),
                "lenient": _share(row[2], row[0]),
                "nameless": row[4],
                "nameless_no_name": _share(row[5], row[4]),
            }
            for resolution, row in sorted(totals.items(), key=lambda kv: -(kv[1][0] + kv[1][4]))
        },
        "reliability": [
            {
                "low": low,
                "high": high,
                "n": n,
                "accuracy": _share(right, n),
                "confidence": conf / n if n else None,
                "interval": list(wilson_interval(right, n) or ()) or None,
            }
            for (low, high), (n, right, conf) in zip(RELIABILITY_BINS, bins, strict=True)
        ],
        "ece": ece,
    }


def match_items(
    doc_id: str, match: DocumentMatch, gold_names: dict[tuple[str, str], tuple[str | None, str]]
) -> list[NameItem]:
    """The name items of one matched document: one per overlap-matched gold attribution that has a
    name annotation, paired with the best prediction assigned to it."""
    items = []
    for gold, assigned in zip(match.gold, match.overlap, strict=True):
        key = (doc_id, gold.annotation_id or "")
        if assigned is None or key not in gold_names:
            continue
        name, kind = gold_names[key]
        record = match.predicted[assigned[0]]
        speaker = record.speaker
        form = mention_form(speaker.mention, speaker.name is not None)
        items.append(
            NameItem(name, kind, speaker.name, speaker.resolution, record.confidence, record.type, form)
        )
    return items
