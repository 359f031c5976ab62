"""Article fields: turning one input record into a Document, and merging metadata files.

``title``, ``url``, ``outlet``, ``date`` and ``date_estimated`` fill the Document fields; every
other field is kept in ``metadata`` as a string. Each check names the file, the line or row and
what would be valid, through the :class:`Place` an article was read from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from quotes.read.io import InputError, json_lines, json_type
from quotes.records import Document

__all__ = ["DOCUMENT_FIELDS", "Place", "document_from_fields", "merge_metadata", "read_metadata"]

#: Input fields that map onto :class:`~quotes.records.Document` fields (all others become metadata).
DOCUMENT_FIELDS: tuple[str, ...] = ("id", "text", "title", "url", "outlet", "date", "date_estimated")


@dataclasses.dataclass(frozen=True, slots=True)
class Place:
    """Where one article is: a file, and its line (JSONL) or row (Parquet, datasets)."""

    path: Path
    line: int | None = None
    row: int | None = None

    def error(self, message: str, *, offset: int | None = None) -> InputError:
        """The error ``message`` at this place."""
        return InputError(self.path, message, line=self.line, row=self.row, offset=offset)

    def __str__(self) -> str:
        return self.error("").where


def document_from_fields(
    fields: dict[str, Any], where: Place, *, default_id: str | None
) -> Document | InputError:
    """A Document from one input record's fields, or the error naming the bad field."""
    doc_id = fields.get("id")
    if doc_id is None:
        if default_id is None:
            return where.error("no 'id'; each article needs an 'id' (a string) and a 'text'")
        doc_id = default_id
    elif isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str):
        return where.error(f"'id' must be a string, got {json_type(doc_id)}")
    if "text" not in fields:
        return where.error("no 'text'; each article needs a 'text' (a string) and an 'id'")
    text = fields["text"]
    if not isinstance(text, str):
        return where.error(f"'text' must be a string, got {json_type(text)}")
    values = _known_fields(fields, where)
    if isinstance(values, InputError):
        return values
    return Document(id=doc_id, text=text, metadata=_other_fields(fields), **values)


def _known_fields(fields: dict[str, Any], where: Place) -> dict[str, Any] | InputError:
    """The optional Document fields (title, url, outlet, date, date_estimated), checked."""
    values: dict[str, Any] = {}
    for name in ("title", "url", "outlet", "date"):
        value = fields.get(name)
        if name == "date" and isinstance(value, (dt.date, str)):
            value = _iso_date(value)
            if value is None:
                return where.error(
                    f"'date' must be an ISO 8601 date (YYYY-MM-DD) or date-time, got {fields[name]!r}"
                )
        if value is not None and not isinstance(value, str):
            return where.error(f"{name!r} must be a string or null, got {json_type(value)}")
        values[name] = value or None if name in ("url", "date") else value
    estimated = fields.get("date_estimated")
    if estimated is not None and not isinstance(estimated, bool):
        return where.error(f"'date_estimated' must be true, false or null, got {json_type(estimated)}")
    values["date_estimated"] = bool(estimated)
    return values


def _iso_date(value: dt.date | str) -> str | None:
    """``YYYY-MM-DD`` for a date, a date-time or their ISO 8601 text ("" stays ""); else ``None``.

    A date-time keeps only its date: the Document field is a publication date.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not value.strip():
        return ""
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
        if value[10:11] in ("T", " "):
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None
    return None


def _other_fields(fields: dict[str, Any]) -> dict[str, str]:
    """Every field that is not a Document field, as strings; ``metadata`` pairs are spread out."""
    extra: dict[str, str] = {}
    for key, value in fields.items():
        if key in DOCUMENT_FIELDS or value is None:
            continue
        if key == "metadata" and isinstance(value, dict):
            extra.update({str(k): _as_text(v) for k, v in value.items() if v is not None})
        elif key == "metadata" and _is_key_value_list(value):
            extra.update({str(p["key"]): _as_text(p["value"]) for p in value if p["value"] is not None})
        else:
            extra[str(key)] = _as_text(value)
    return extra


def _is_key_value_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(p, dict) and set(p) == {"key", "value"} for p in value)


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def read_metadata(path: Path) -> dict[str, dict[str, Any]]:
    """Read the metadata file into ``{id: fields}``; any bad line raises."""
    if not path.is_file():
        raise InputError(path, 'no such metadata file; expected a JSONL file of {"id", "outlet", ...}')
    by_id: dict[str, dict[str, Any]] = {}
    lines: dict[str, int] = {}
    for line, item in json_lines(path):
        if isinstance(item, InputError):
            raise item
        where = Place(path, line=line)
        doc_id = item.get("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str):
            raise where.error(
                f"'id' must be a string, got {json_type(doc_id)}; each line needs the document's id"
            )
        if doc_id in by_id:
            raise where.error(f"duplicate metadata for id {doc_id!r}, first at line {lines[doc_id]}")
        values = _known_fields(item, where)
        if isinstance(values, InputError):
            raise values
        if item.get("date_estimated") is None:
            del values["date_estimated"]
        values = {k: v for k, v in values.items() if v is not None}
        extra = _other_fields(item)
        if extra:
            values["metadata"] = extra
        by_id[doc_id], lines[doc_id] = values, line
    return by_id


def merge_metadata(document: Document, values: dict[str, Any]) -> Document:
    """The document with the metadata file's values in place of its own."""
    if "metadata" in values:
        values = {**values, "metadata": {**document.metadata, **values["metadata"]}}
    return dataclasses.replace(document, **values)
