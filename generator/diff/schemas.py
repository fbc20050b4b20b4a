"""A schema as the diff sees it: `$ref`s followed and `allOf` parts merged into one node.

Our schemas compose with `allOf: [{$ref: Base}, {...}]` and mark read-only fields with
`allOf: [{$ref: X}]` next to `readOnly`, so comparing raw keywords would miss a field removed
from a base schema or report a moved field as removed and added. Merging gives each side the
properties, required names and keywords a validator would apply. Sibling keywords win over the
parts they sit next to, as in JSON Schema 2020-12 where both apply and the outer one is seen first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.load.refs import pointer_tokens
from generator.load.yaml_loader import NodePath

_MERGED_ELSEWHERE = frozenset({"$ref", "allOf", "properties", "required"})


@dataclass
class SchemaNode:
    keywords: dict[str, Any]
    properties: dict[str, tuple[Any, NodePath]]  # name -> (raw schema, its path in the bundle)
    required: frozenset[str]
    path: NodePath  # where the node starts in the bundle (the component when it is a $ref)
    name: str | None  # component name when the schema is a reference to one
    refs: frozenset[str] = field(default_factory=frozenset)  # every $ref merged in


def follow_ref(document: dict[str, Any], ref: str) -> tuple[Any, NodePath] | None:
    """The node a local `$ref` names and its path, or None when it names nothing."""
    if not ref.startswith("#"):
        return None
    node: Any = document
    path: list[str | int] = []
    for token in pointer_tokens(ref[1:]):
        if isinstance(node, dict) and token in node:
            node = node[token]
            path.append(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
            path.append(int(token))
        else:
            return None
    return node, tuple(path)


def deref(document: dict[str, Any], raw: Any, path: NodePath) -> tuple[Any, NodePath]:
    """Follow a chain of `$ref`s (parameters, responses, headers) to the object itself."""
    seen: set[str] = set()
    while isinstance(raw, dict) and isinstance(raw.get("$ref"), str) and raw["$ref"] not in seen:
        seen.add(raw["$ref"])
        target = follow_ref(document, raw["$ref"])
        if target is None:
            break
        raw, path = target
    return raw, path


def resolve_schema(document: dict[str, Any], raw: Any, path: NodePath) -> SchemaNode:
    name = None
    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
        name = str(raw["$ref"]).rsplit("/", 1)[-1]
        target = follow_ref(document, raw["$ref"])
        if target is not None and len(raw) == 1:
            path = target[1]
    node = SchemaNode({}, {}, frozenset(), path, name)
    required: set[str] = set()
    refs: set[str] = set()
    _merge(document, raw, path, node, required, refs)
    node.required = frozenset(required)
    node.refs = frozenset(refs)
    return node


def _merge(
    document: dict[str, Any],
    raw: Any,
    path: NodePath,
    node: SchemaNode,
    required: set[str],
    refs: set[str],
) -> None:
    if not isinstance(raw, dict):
        if isinstance(raw, bool):
            node.keywords.setdefault("$boolean", raw)
        return
    for key, value in raw.items():
        if key not in _MERGED_ELSEWHERE:
            node.keywords.setdefault(key, value)
    for name, sub in (raw.get("properties") or {}).items():
        node.properties.setdefault(str(name), (sub, (*path, "properties", name)))
    required.update(str(r) for r in raw.get("required") or () if isinstance(r, str))
    ref = raw.get("$ref")
    if isinstance(ref, str) and ref not in refs:
        refs.add(ref)
        target = follow_ref(document, ref)
        if target is not None:
            _merge(document, target[0], target[1], node, required, refs)
    for i, part in enumerate(raw.get("allOf") or ()):
        _merge(document, part, (*path, "allOf", i), node, required, refs)


def wrapped_ref(raw: Any) -> tuple[str, dict[str, Any]] | None:
    """`{$ref: X, ...}` or `{allOf: [{$ref: X}], ...}` with no fields of its own: the component
    X plus the keywords written next to it (readOnly, description, deprecated, x-...).

    Such a node is compared as "the same component, and these annotations", so a change inside
    X is reported once at X instead of at every field that uses it.
    """
    if not isinstance(raw, dict) or "properties" in raw or "required" in raw:
        return None
    ref = raw.get("$ref")
    parts = raw.get("allOf")
    if ref is None and isinstance(parts, list) and len(parts) == 1:
        only = parts[0]
        if isinstance(only, dict) and set(only) == {"$ref"}:
            ref = only["$ref"]
    elif parts is not None:
        return None
    if not isinstance(ref, str):
        return None
    return ref, {k: v for k, v in raw.items() if k not in ("$ref", "allOf")}


HIDDEN_IN = {"request": "readOnly", "response": "writeOnly"}


def visible(node: SchemaNode, direction: str) -> set[str]:
    """Field names that travel in this direction: a read-only field is never sent, a
    write-only one never returned, so their changes cannot break that side."""
    hidden = HIDDEN_IN[direction]
    return {
        name
        for name, (raw, _) in node.properties.items()
        if not (isinstance(raw, dict) and raw.get(hidden) is True)
    }


def component_of(path: NodePath) -> str | None:
    """The schema component a bundle path lies in, None outside `components/schemas`."""
    if len(path) > 2 and path[:2] == ("components", "schemas"):
        return str(path[2])
    return None


def types_of(keywords: dict[str, Any]) -> frozenset[str]:
    kind = keywords.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list):
        return frozenset(str(k) for k in kind)
    return frozenset()
