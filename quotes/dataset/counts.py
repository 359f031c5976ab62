"""What a build counts: records by type, speaker, resolution and category, for the card and summary.

Kept apart from the card (:mod:`quotes.dataset.card`, which imports ``datasets``) so that a build
counts its records without importing it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Counts:
    """Record counts of one build, for the card and the summary file."""

    documents: int = 0
    attributions: int = 0
    gold: int | None = None
    by_type: dict[str, int] = field(default_factory=dict)
    by_speaker: dict[str, int] = field(default_factory=dict)
    by_resolution: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)

    def add(self, record: Mapping[str, Any]) -> None:
        """Count one attribution record (in ``to_dict`` form)."""
        self.attributions += 1
        speaker = record["speaker"]
        for table, key in (
            (self.by_type, record["type"]),
            (self.by_speaker, speaker["name"] or "(unresolved)"),
            (self.by_resolution, speaker["resolution"]),
        ):
            table[key] = table.get(key, 0) + 1
        _count_category(self.by_category, record)

    def to_dict(self) -> dict[str, Any]:
        """Return the counts with each table sorted by count, then key (deterministic)."""
        return {
            "documents": self.documents,
            "attributions": self.attributions,
            "gold": self.gold,
            "by_type": _ranked(self.by_type),
            "by_speaker": _ranked(self.by_speaker),
            "by_resolution": _ranked(self.by_resolution),
            "by_category": _ranked(self.by_category),
        }


def _count_category(table: dict[str, int], record: Mapping[str, Any]) -> None:
    """Count one record under its category (assertion, belief, knowledge, intention)."""
    category = record.get("category", "assertion")
    table[category] = table.get(category, 0) + 1


def _ranked(table: Mapping[str, int]) -> dict[str, int]:
    return dict(sorted(table.items(), key=lambda item: (-item[1], item[0])))
