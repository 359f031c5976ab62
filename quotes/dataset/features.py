"""The dataset's typed ``datasets.Features``, derived from the JSON Schemas rather than written twice.

JSON types map to Arrow types: string -> ``string``, integer -> ``int64``, number -> ``float64``,
boolean -> ``bool``; a nullable type (``["string", "null"]`` or ``anyOf`` with ``null``) maps to
its non-null type, since features cannot say "non-null" (the schema is the stricter gate);
objects map to dicts of features, and arrays to lists (``[{...}]`` for a list of objects).
"""

from __future__ import annotations

from typing import Any

from datasets import Features, List, Value

from quotes.dataset.validate import load_schema

#: JSON Schema scalar type -> ``datasets.Value`` dtype.
SCALAR_DTYPES: dict[str, str] = {
    "string": "string",
    "integer": "int64",
    "number": "float64",
    "boolean": "bool",
}


class SchemaFeatureError(ValueError):
    """A JSON Schema construct has no ``datasets`` feature equivalent."""


def resolve_ref(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """Follow local ``$ref``s (``#/$defs/name``) to the schema they point at."""
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise SchemaFeatureError(f"only local $refs ('#/...') are supported, got {ref!r}")
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def non_null(node: dict[str, Any], root: dict[str, Any], where: str) -> dict[str, Any]:
    """Strip ``null`` from a nullable schema: ``anyOf``/``oneOf`` branches or a type list."""
    node = resolve_ref(node, root)
    for keyword in ("anyOf", "oneOf"):
        if keyword in node:
            branches = [b for b in node[keyword] if resolve_ref(b, root).get("type") != "null"]
            if len(branches) != 1:
                raise SchemaFeatureError(
                    f"{where}: {keyword} must be one schema or null, got {node[keyword]}"
                )
            return non_null(branches[0], root, where)
    types = node.get("type")
    if isinstance(types, list):
        kept = [t for t in types if t != "null"]
        if len(kept) != 1:
            raise SchemaFeatureError(
                f"{where}: type must be one JSON type or that type and null, got {types}"
            )
        node = {**node, "type": kept[0]}
    return node


def schema_to_feature(node: dict[str, Any], root: dict[str, Any], where: str = "$") -> Any:
    """Return the ``datasets`` feature for one (sub)schema.

    Args:
        node: the schema of one value.
        root: the whole schema document, for resolving ``$ref``.
        where: the JSON path of ``node``, for error messages.

    Raises:
        SchemaFeatureError: for a construct with no feature equivalent (e.g. a union of two
            non-null types, or an object without ``properties``).
    """
    node = non_null(node, root, where)
    kind = node.get("type")
    if kind in SCALAR_DTYPES:
        return Value(SCALAR_DTYPES[kind])
    if kind == "object":
        if "properties" not in node:
            raise SchemaFeatureError(f"{where}: an object needs 'properties' to become a feature")
        return {
            name: schema_to_feature(child, root, f"{where}.{name}")
            for name, child in node["properties"].items()
        }
    if kind == "array":
        item = schema_to_feature(node.get("items", {}), root, f"{where}[]")
        return [item] if isinstance(item, dict) else List(item)
    raise SchemaFeatureError(
        f"{where}: JSON type {kind!r} has no feature; expected one of "
        f"{', '.join([*SCALAR_DTYPES, 'object', 'array'])}"
    )


def features_for(kind: str) -> Features:
    """Return the ``datasets.Features`` of a record kind ("attribution" or "document")."""
    schema = load_schema(kind)
    feature = schema_to_feature(schema, schema)
    return Features(feature)
