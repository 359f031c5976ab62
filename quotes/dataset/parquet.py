"""Parquet files of records, with each record kind's fixed Arrow schema.

The schema comes from the kind's ``datasets`` features (:mod:`quotes.dataset.features`), so every file
of a config declares the same types, an empty one included. This module imports ``pyarrow`` and
``datasets``; a build runs it in its helper process (:mod:`quotes.dataset.helper`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from quotes.dataset.features import features_for


@cache
def arrow_schema(kind: str) -> pa.Schema:
    """The Arrow schema of a record kind ("attribution" or "document")."""
    return features_for(kind).arrow_schema


def write_table(kind: str, rows: list[dict[str, Any]], path: str | Path) -> None:
    """Write records (in ``to_dict`` form) of one kind as a zstd-compressed Parquet file at ``path``."""
    table = pa.Table.from_pylist(rows, schema=arrow_schema(kind))
    pq.write_table(table, path, compression="zstd")
