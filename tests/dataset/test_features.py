"""The datasets Features derived from the JSON Schemas: they agree with the schema field by field."""

from __future__ import annotations

from typing import Any

import pytest
from datasets import Features, List, Value

from quotes.dataset.features import (
    SCALAR_DTYPES,
    SchemaFeatureError,
    features_for,
    non_null,
    schema_to_feature,
)
from quotes.dataset.validate import load_schema


def _schema_leaves(node: dict[str, Any], root: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Map every dotted field path in a schema to its JSON type (``[]`` marks array items)."""
    leaves: dict[str, str] = {}
    for name, child in node["properties"].items():
        path = f"{prefix}{name}"
        resolved = non_null(child, root, path)
        kind = resolved["type"]
        leaves[path] = kind
        if kind == "object":
            leaves.update(_schema_leaves(resolved, root, f"{path}."))
        elif kind == "array":
            items = non_null(resolved["items"], root, path)
            leaves.update(_schema_leaves(items, root, f"{path}[]."))
    return leaves


def _feature_leaves(features: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Map every dotted field path in a Features tree to the JSON type it stands for."""
    dtype_to_json = {dtype: json_type for json_type, dtype in SCALAR_DTYPES.items()}
    leaves: dict[str, str] = {}
    for name, feature in features.items():
        path = f"{prefix}{name}"
        if isinstance(feature, Value):
            leaves[path] = dtype_to_json[feature.dtype]
        elif isinstance(feature, dict):
            leaves[path] = "object"
            leaves.update(_feature_leaves(feature, f"{path}."))
        elif isinstance(feature, (List, list)):
            leaves[path] = "array"
            inner = feature.feature if isinstance(feature, List) else feature[0]
            leaves.update(_feature_leaves(inner, f"{path}[]."))
        else:  # pragma: no cover - a failure message, not a branch the features take
            raise AssertionError(f"unexpected feature at {path}: {feature!r}")
    return leaves


@pytest.mark.parametrize("kind", ["attribution", "document"])
def test_features_and_schema_have_the_same_fields_and_types(kind: str) -> None:
    schema = load_schema(kind)
    assert _feature_leaves(features_for(kind)) == _schema_leaves(schema, schema)


@pytest.mark.parametrize("kind", ["attribution", "document"])
def test_features_keep_the_schema_field_order(kind: str) -> None:
    assert list(features_for(kind)) == list(load_schema(kind)["properties"])


def test_attribution_features() -> None:
    features = features_for("attribution")
    assert isinstance(features, Features)
    assert features["start"] == Value("int64")
    assert features["confidence"] == Value("float64")
    assert features["speaker"]["start"] == Value("int64")  # nullable integer -> int64
    assert features["cue"] == {  # anyOf [cue, null] -> the cue struct
        "text": Value("string"),
        "lemma": Value("string"),
        "start": Value("int64"),
        "end": Value("int64"),
    }


def test_document_metadata_is_a_list_of_structs() -> None:
    features = features_for("document")
    assert features["date_estimated"] == Value("bool")
    assert features["metadata"] == List({"key": Value("string"), "value": Value("string")})
    assert features.to_dict()["metadata"]["_type"] == "List"


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string"}, Value("string")),
        ({"type": ["integer", "null"]}, Value("int64")),
        ({"type": "number"}, Value("float64")),
        ({"type": "boolean"}, Value("bool")),
        ({"anyOf": [{"type": "null"}, {"type": "boolean"}]}, Value("bool")),
        ({"oneOf": [{"$ref": "#/$defs/n"}, {"type": "null"}]}, Value("float64")),
        ({"type": "array", "items": {"type": "string"}}, List(Value("string"))),
        (
            {"type": "array", "items": {"type": "object", "properties": {"a": {"type": "integer"}}}},
            [{"a": Value("int64")}],
        ),
        ({"type": "object", "properties": {"a": {"$ref": "#/$defs/n"}}}, {"a": Value("float64")}),
    ],
)
def test_schema_to_feature(schema: dict[str, Any], expected: Any) -> None:
    root = {"$defs": {"n": {"type": "number"}}}
    assert schema_to_feature(schema, root) == expected


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"type": ["string", "integer"]}, r"\$\.x: type must be one JSON type or that type and null"),
        ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, r"\$\.x: anyOf must be one schema or null"),
        ({"type": "object"}, r"\$\.x: an object needs 'properties'"),
        ({"type": "null"}, r"\$\.x: JSON type 'null' has no feature"),
        ({}, r"\$\.x: JSON type None has no feature"),
        ({"$ref": "other.json#/a"}, r"only local \$refs"),
    ],
)
def test_schema_without_a_feature_is_refused(schema: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaFeatureError, match=message):
        schema_to_feature(schema, {}, "$.x")
