"""Where the schema objects of an OpenAPI document are, so checks look at schemas only.

A key called `format` is a schema keyword only inside a schema; under `properties` it may be a
field name, and in an example it is data. Walking by position avoids false alarms.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.load.yaml_loader import NodePath

_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SUBSCHEMA_ONE = (
    "items",
    "additionalItems",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "propertyNames",
    "contentSchema",
    "if",
    "then",
    "else",
    "not",
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_DATA_KEYS = ("example", "examples")


def iter_schemas(document: dict[str, Any]) -> Iterator[tuple[NodePath, dict[str, Any]]]:
    """Every schema object (including nested subschemas) with its path in the document."""
    yield from _walk_openapi(document, ())


def _walk_openapi(node: Any, path: NodePath) -> Iterator[tuple[NodePath, dict[str, Any]]]:
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk_openapi(item, (*path, i))
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        child = (*path, key)
        if key in _DATA_KEYS or key.startswith("x-"):
            continue
        if child == ("components", "schemas") and isinstance(value, dict):
            for name, schema in value.items():
                yield from _walk_schema(schema, (*child, name))
        elif key == "schema":
            yield from _walk_schema(value, child)
        else:
            yield from _walk_openapi(value, child)


def _walk_schema(node: Any, path: NodePath) -> Iterator[tuple[NodePath, dict[str, Any]]]:
    if not isinstance(node, dict):
        return
    yield path, node
    for key in _SUBSCHEMA_MAPS:
        children = node.get(key)
        if isinstance(children, dict):
            for name, child in children.items():
                yield from _walk_schema(child, (*path, key, name))
    for key in _SUBSCHEMA_ONE:
        child = node.get(key)
        if isinstance(child, list):
            for i, item in enumerate(child):
                yield from _walk_schema(item, (*path, key, i))
        else:
            yield from _walk_schema(child, (*path, key))
    for key in _SUBSCHEMA_LISTS:
        children = node.get(key)
        if isinstance(children, list):
            for i, child in enumerate(children):
                yield from _walk_schema(child, (*path, key, i))
