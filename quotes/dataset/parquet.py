"""Parquet files of records, with each record kind's fixed Arrow schema.

The schema comes from the kind's ``datasets`` features (:mod:`quotes.dataset.features`), so every file
of a config declares the same types, an empty one included. This module imports ``pyarrow`` and
``datasets``; a build runs it in its helper process (:mod:`quotes.dataset.helper`).
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
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


def write_table(
    kind: str, rows: list[dict[str, Any]], path: str | Path, packed: Sequence[bytes] = ()
) -> None:
    """Write records (in ``to_dict`` form) of one kind as a zstd-compressed Parquet file at ``path``.

    Args:
        kind: the record kind ("attribution" or "document").
        rows: the records, after those of ``packed``.
        path: the file to write.
        packed: earlier records of the file, as pickled lists (:class:`quotes.dataset.shards.ShardWriter`
            keeps a large shard so); each becomes Arrow on its own, so the records are never all
            Python objects at once. The file is the same bytes as from all the rows in one list.
    """
    schema = arrow_schema(kind)
    batches = [pa.RecordBatch.from_pylist(pickle.loads(chunk), schema=schema) for chunk in packed]
    batches.append(pa.RecordBatch.from_pylist(rows, schema=schema))
    table = pa.Table.from_batches(batches, schema=schema).combine_chunks()  # one chunk, as from one list
    pq.write_table(table, path, compression="zstd")
