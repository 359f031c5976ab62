"""The JSON Schemas: well-formed, strict, in step with quotes.records, and accepting exactly to_dict()."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from quotes import records
from quotes.dataset.validate import SCHEMA_DIR, load_schema, schema_problems
from quotes.records import Attribution, Cue, Document, Speaker

TEXT = 'Mr Wallace said "we will not stop" on Friday.'
ATTRIBUTION = Attribution(
    doc_id="doc-1",
    type="direct",
    text="we will not stop",
    start=17,
    end=33,
    speaker=Speaker("Ben Wallace", "Mr Wallace", 0, 10, "person", "honorific", "Q4888"),
    cue=Cue("said", "say", 11, 15),
    confidence=0.9,
)
DOCUMENT = Document(
    id="doc-1",
    text=TEXT,
    title="Wallace speaks",
    url="https://www.gov.uk/news/a",
    outlet="GOV.UK",
    date="2022-09-30",
    date_estimated=True,
    metadata={"section": "defence", "author": "Press office"},
)


def _objects(node: Any, path: str = "$") -> list[tuple[str, dict[str, Any]]]:
    """Every subschema with ``properties`` in a schema document."""
    found = []
    if isinstance(node, dict):
        if "properties" in node:
            found.append((path, node))
        for key, value in node.items():
            found += _objects(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _objects(value, f"{path}[{index}]")
    return found


@pytest.mark.parametrize("kind", ["attribution", "document"])
def test_schema_is_valid_draft_2020_12_with_id_and_defs(kind: str) -> None:
    schema = load_schema(kind)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"]
    assert schema["$defs"]


@pytest.mark.parametrize("kind", ["attribution", "document"])
def test_every_object_is_closed_and_requires_every_property(kind: str) -> None:
    objects = _objects(load_schema(kind))
    assert objects
    for path, node in objects:
        assert node.get("additionalProperties") is False, path
        assert sorted(node["required"]) == sorted(node["properties"]), path


def test_schema_files_are_the_ones_loaded() -> None:
    assert sorted(path.name for path in SCHEMA_DIR.glob("*.json")) == [
        "attribution.schema.json",
        "document.schema.json",
    ]
    for kind in ("attribution", "document"):
        assert json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8")) == load_schema(
            kind
        )


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(
        ValueError, match="unknown record kind 'quote'; expected one of attribution, document"
    ):
        load_schema("quote")


@pytest.mark.parametrize(
    ("pointer", "values"),
    [
        (("properties", "type", "enum"), records.TYPES),
        (("$defs", "speaker", "properties", "kind", "enum"), records.SPEAKER_KINDS),
        (("$defs", "speaker", "properties", "resolution", "enum"), records.RESOLUTIONS),
    ],
)
def test_schema_enums_equal_the_record_enums(pointer: tuple[str, ...], values: tuple[str, ...]) -> None:
    node: Any = load_schema("attribution")
    for key in pointer:
        node = node[key]
    assert list(node) == list(values)


def test_record_literals_equal_their_tuples() -> None:
    from typing import get_args

    assert get_args(records.AttributionType) == records.TYPES
    assert get_args(records.SpeakerKind) == records.SPEAKER_KINDS
    assert get_args(records.Resolution) == records.RESOLUTIONS


@pytest.mark.parametrize(
    "attribution",
    [
        ATTRIBUTION,
        Attribution("d", "indirect", "x", 0, 1, Speaker(None, None, None, None), None, 0.0),
        Attribution(
            "d", "mixed", "x", 0, 1, Speaker("A", None, None, None, "group", "continuation"), None, 1
        ),
    ],
)
def test_attribution_to_dict_is_valid(attribution: Attribution) -> None:
    assert schema_problems(attribution.to_dict(), "attribution") == []


@pytest.mark.parametrize("document", [DOCUMENT, Document("d", "")])
def test_document_to_dict_is_valid(document: Document) -> None:
    assert schema_problems(document.to_dict(), "document") == []


def _set(record: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(record)
    node = changed
    for key in path[:-1]:
        node = node[key]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return changed


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("type",), "quote", "$.type -> 'quote' is not one of ['direct', 'indirect', 'mixed']"),
        (("speaker", "kind"), "animal", "$.speaker.kind -> 'animal' is not one of"),
        (("speaker", "resolution"), "guess", "$.speaker.resolution -> 'guess' is not one of"),
        (("speaker", "wikidata_id"), "4888", "$.speaker.wikidata_id -> '4888' does not match"),
        (("speaker", "start"), -1, "$.speaker.start -> -1 is less than the minimum of 0"),
        (("speaker", "name"), _DELETE, "$.speaker -> 'name' is a required property"),
        (("cue", "start"), "11", "$.cue.start -> '11' is not of type 'integer'"),
        (("cue", "lemma"), _DELETE, "$.cue -> 'lemma' is a required property"),
        (("cue",), "said", "$.cue -> 'said' is not of type 'object'"),
        (("confidence",), 1.5, "$.confidence -> 1.5 is greater than the maximum of 1"),
        (("confidence",), None, "$.confidence -> None is not of type 'number'"),
        (("start",), -3, "$.start -> -3 is less than the minimum of 0"),
        (("end",), 3.5, "$.end -> 3.5 is not of type 'integer'"),
        (("id",), "doc-1", "$.id -> 'doc-1' does not match"),
        (("text",), "", "$.text -> '' should be non-empty"),
        (("speaker",), None, "$.speaker -> None is not of type 'object'"),
        (("extra",), 1, "$ -> Additional properties are not allowed ('extra' was unexpected)"),
        (("speaker", "extra"), 1, "$.speaker -> Additional properties are not allowed"),
        (("doc_id",), _DELETE, "$ -> 'doc_id' is a required property"),
    ],
)
def test_bad_attribution_is_rejected_at_its_path(path: tuple[str, ...], value: Any, expected: str) -> None:
    problems = schema_problems(_set(ATTRIBUTION.to_dict(), path, value), "attribution")
    assert any(problem.startswith(expected) for problem in problems), problems


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("date",), "2022-13-01", "$.date -> '2022-13-01' is not a 'date'"),
        (("date",), "30/09/2022", "$.date -> '30/09/2022' is not a 'date'"),
        (("url",), "not a url", "$.url -> 'not a url' is not a 'uri'"),
        (("date_estimated",), "yes", "$.date_estimated -> 'yes' is not of type 'boolean'"),
        (("metadata", 0, "value"), 3, "$.metadata[0].value -> 3 is not of type 'string'"),
        (("metadata",), {"a": "b"}, "$.metadata -> {'a': 'b'} is not of type 'array'"),
        (("id",), "", "$.id -> '' should be non-empty"),
        (("title",), _DELETE, "$ -> 'title' is a required property"),
    ],
)
def test_bad_document_is_rejected_at_its_path(path: tuple[str | int, ...], value: Any, expected: str) -> None:
    problems = schema_problems(_set(DOCUMENT.to_dict(), path, value), "document")
    assert any(problem.startswith(expected) for problem in problems), problems


def test_gold_records_match_the_attribution_schema(seeds_dir: Path) -> None:
    gold = seeds_dir / "gold.jsonl"
    lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines
    for line in lines:
        assert schema_problems(json.loads(line), "attribution") == []


_offsets = st.integers(min_value=0, max_value=10_000)
_optional_text = st.none() | st.text(min_size=1, max_size=20)


@given(
    doc_id=st.text(min_size=1, max_size=20),
    type_=st.sampled_from(records.TYPES),
    text=st.text(min_size=1, max_size=50),
    start=_offsets,
    kind=st.sampled_from(records.SPEAKER_KINDS),
    resolution=st.sampled_from(records.RESOLUTIONS),
    name=_optional_text,
    cue=st.none()
    | st.builds(Cue, st.text(min_size=1, max_size=10), st.text(max_size=10), _offsets, _offsets),
    confidence=st.floats(min_value=0, max_value=1),
)
def test_any_attribution_to_dict_is_valid(
    doc_id: str,
    type_: str,
    text: str,
    start: int,
    kind: str,
    resolution: str,
    name: str | None,
    cue: Cue | None,
    confidence: float,
) -> None:
    speaker = Speaker(name, name, None, None, kind, resolution)  # type: ignore[arg-type]
    attribution = Attribution(doc_id, type_, text, start, start + len(text), speaker, cue, confidence)  # type: ignore[arg-type]
    assert schema_problems(attribution.to_dict(), "attribution") == []
