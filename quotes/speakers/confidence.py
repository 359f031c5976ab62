"""How sure a record's speaker name is: the share of names found right on PolNeAR train for records of
the same type whose speaker the same sieve decided.

The table (``quotes/speakers/data/confidence.json``) is data, written by ``benchmarks/fit_confidence.py``
from measured accuracy; it is read once, on first use. A pair the table lacks takes the sieve's figure
over all types, then the overall figure.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

#: The packaged table's file name, in :mod:`quotes.speakers.data`.
TABLE_FILE = "confidence.json"


@cache
def _table() -> dict[str, Any]:
    text = resources.files("quotes.speakers.data").joinpath(TABLE_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def name_confidence(record_type: str, resolution: str) -> float:
    """The measured chance that a record of ``record_type`` whose speaker ``resolution`` decided has
    the right name (no name, when the article names nobody)."""
    table = _table()
    by_type = table["by_type"].get(record_type, {})
    if resolution in by_type:
        return float(by_type[resolution])
    return float(table["by_resolution"].get(resolution, table["overall"]))
