"""Finding and resolving `$ref`s, shared by the loader (to follow them) and the bundler (to
rewrite them), so both agree on which strings are references.

Not every `$ref` key is a reference: example values, `enum`/`const` values and `x-` extensions
are data, and under `properties` (and the other name maps) the keys are names, so a property
called `example` is still walked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from generator.load.yaml_loader import NodePath

_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
_LITERAL_KEYWORDS = frozenset({"example", "enum", "const"})
_REF_SUFFIXES = (".yaml", ".yml", ".json")
_NOT_A_STRING = "\0not a string"  # stands for a `$ref` value that is not a string


@dataclass(frozen=True)
class RefOccurrence:
    """A reference found in a document.

    `node_path` is the dict holding `$ref`, or for a discriminator mapping the mapping value.
    """

    node_path: NodePath
    ref: str
    in_mapping: bool = False


def iter_non_string_refs(
    data: Any, *, example_object: bool = False
) -> Iterator[tuple[NodePath, Any]]:
    """Dicts whose `$ref` (in a place where it is a reference) is not a string: `$ref: 5`.

    No validator reports them (the OpenAPI schema only checks `$ref`s it can follow), and prance
    crashes on them, so the loader does. Yields the dict's path and the `$ref` value."""
    for occurrence in _walk(data, (), names=False, example_object=example_object):
        if occurrence.ref is _NOT_A_STRING:
            _, holder, _ = resolve_pointer(data, pointer_of(occurrence.node_path))
            yield occurrence.node_path, holder["$ref"]


def split_ref(ref: str) -> tuple[str, str]:
    """`../schemas/Id.yaml#/properties/x` -> ("../schemas/Id.yaml", "/properties/x")."""
    file_part, _, fragment = ref.partition("#")
    return file_part, unquote(fragment)


def pointer_tokens(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return [] if pointer == "" else [""]
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


def escape_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer_of(node_path: NodePath) -> str:
    return "".join("/" + escape_token(t) for t in node_path)


def resolve_pointer(data: Any, pointer: str) -> tuple[bool, Any, NodePath]:
    """Follow a JSON pointer; returns (found, value, node path of the value)."""
    node = data
    node_path: list[str | int] = []
    for token in pointer_tokens(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
            node_path.append(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
            node_path.append(int(token))
        else:
            return False, None, tuple(node_path)
    return True, node, tuple(node_path)


def is_mapping_ref(value: Any) -> bool:
    return isinstance(value, str) and (
        value.startswith("#") or value.split("#")[0].endswith(_REF_SUFFIXES)
    )


def iter_refs(data: Any, *, example_object: bool = False) -> Iterator[RefOccurrence]:
    """Every reference in a document, in document order (so results are deterministic)."""
    for occurrence in _walk(data, (), names=False, example_object=example_object):
        if occurrence.ref is not _NOT_A_STRING:
            yield occurrence


def _walk(
    node: Any, path: NodePath, *, names: bool, example_object: bool
) -> Iterator[RefOccurrence]:
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk(item, (*path, i), names=False, example_object=False)
        return
    if not isinstance(node, dict):
        return
    if not names and "$ref" in node:
        value = node["$ref"]
        yield RefOccurrence(path, value if isinstance(value, str) else _NOT_A_STRING)
    for key, value in node.items():
        child = (*path, key)
        if names:
            yield from _walk(value, child, names=False, example_object=False)
            continue
        if key == "$ref" or key.startswith("x-") or key in _LITERAL_KEYWORDS:
            continue
        if example_object and key == "value":
            continue
        if key == "examples":
            yield from _walk_examples(value, child)
        elif key == "mapping" and path and path[-1] == "discriminator" and isinstance(value, dict):
            for name, target in value.items():
                if is_mapping_ref(target):
                    yield RefOccurrence((*child, name), target, in_mapping=True)
        else:
            names_next = key in _NAME_MAPS and isinstance(value, dict)
            yield from _walk(value, child, names=names_next, example_object=False)


def _walk_examples(value: Any, path: NodePath) -> Iterator[RefOccurrence]:
    """`examples` is either JSON Schema's list of literal values or OpenAPI's map of Example
    Objects; only the `$ref`s of the latter are references."""
    if not isinstance(value, dict):
        return
    for name, example in value.items():
        if isinstance(example, dict) and isinstance(example.get("$ref"), str):
            yield RefOccurrence((*path, name), example["$ref"])
