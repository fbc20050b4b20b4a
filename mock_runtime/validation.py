"""Compiled JSON Schema validators, and validation errors as the `fields` of an error body.

All schemas live in one document (`schemas.json`); a validator is a `$ref` into it, compiled
once at startup and cached by pointer, so the hot path only calls `is_valid`.

Two things JSON Schema leaves to us sit here too. Nesting is bounded before a validator sees a
value, because jsonschema-rs recurses once per level and raises `Recursion limit reached` near
255 levels (a crash, not a verdict). And a whole float (`8001.0`) is the integer 8001 to JSON
Schema, but Python keeps it a float and would write it back as `8001.0`: integer fields holding
one are found by validating a copy in which every whole float is replaced by a string, so
`$ref`, `allOf` and `oneOf` are resolved by the validator itself, not by a walker of our own.
"""

from __future__ import annotations

from typing import Any

import jsonschema_rs

from mock_runtime.errors import FieldError, field

_BASE = "urn:books-api:mock-schemas"
# Values nested deeper than this are refused before validation. The deepest body the spec
# describes nests 6 levels (a document, its items, their nested objects); 64 leaves room for
# free-form fields and stays far below the ~255 levels where jsonschema-rs gives up.
MAX_DEPTH = 64
_WHOLE_FLOAT = "\x00whole float\x00"  # stands in for 8001.0 in the copy that is validated
EXACT_FLOAT_INTEGER = 2**53  # every integer up to this is exactly a float, none far beyond
InstancePath = tuple[str | int, ...]


class Schemas:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._registry = jsonschema_rs.Registry([(_BASE, document)])
        self._cache: dict[str, jsonschema_rs.Validator] = {}

    def validator(self, pointer: str) -> jsonschema_rs.Validator:
        found = self._cache.get(pointer)
        if found is None:
            found = jsonschema_rs.validator_for(
                {"$ref": _BASE + pointer}, registry=self._registry, validate_formats=True
            )
            self._cache[pointer] = found
        return found

    def resolve(self, pointer: str) -> Any:
        """The schema a pointer names, `$ref`s not followed."""
        node: Any = self.document
        for part in pointer.lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node


def errors_of(
    validator: jsonschema_rs.Validator, instance: Any, location: str, prefix: str = ""
) -> tuple[list[FieldError], bool]:
    """The offending fields, and whether every error is a missing required field."""
    out: list[FieldError] = []
    only_missing = True
    for error in validator.iter_errors(instance):
        path = [str(p) for p in error.instance_path]
        kind = error.kind
        if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
            path.append(str(kind.property))
            message = "is required"
        elif isinstance(kind, jsonschema_rs.ValidationErrorKind.AdditionalProperties):
            only_missing = False
            for name in kind.unexpected:
                out.append(
                    field(_name(prefix, [*path, str(name)]), location, "is not allowed here")
                )
            continue
        else:
            only_missing = False
            message = error.message
        out.append(field(_name(prefix, path), location, message))
        if len(out) >= 100:
            break
    return out, only_missing and bool(out)


def _name(prefix: str, path: list[str]) -> str:
    joined = "/".join(path)
    if prefix and joined:
        return f"{prefix}/{joined}"
    return prefix or joined or "(body)"


def nesting_exceeds(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether objects and arrays nest deeper than `limit` (`{}` is one level). Iterative, so a
    hostile value cannot exhaust Python's own stack either."""
    if not isinstance(value, dict | list):
        return False
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return False


def whole_floats_at_integers(
    validator: jsonschema_rs.Validator, instance: Any
) -> list[InstancePath]:
    """Where integer-typed fields hold a whole float such as `8001.0`, as instance paths.

    The instance must already be valid and bounded in depth (`nesting_exceeds`)."""
    marked, found = _mark_whole_floats(instance)
    if not found:
        return []
    paths: dict[InstancePath, None] = {}
    for error in validator.iter_errors(marked):
        kind = error.kind
        if not isinstance(kind, jsonschema_rs.ValidationErrorKind.Type):
            continue
        types = {str(t) for t in kind.types}
        if "integer" in types and "number" not in types and error.instance == _WHOLE_FLOAT:
            paths[tuple(error.instance_path)] = None
    return list(paths)


def integers_from_whole_floats(validator: jsonschema_rs.Validator, instance: Any) -> list[str]:
    """Turn `8001.0` in integer fields into 8001, in place; the names of the fields that cannot
    be (beyond 2**53 a float no longer holds every integer exactly, so its value is a guess).

    JSON Schema reads `8001.0` as the integer 8001, and so do the spec and the fuzzers that test
    against it: refusing it would refuse valid data; keeping the float would echo `8001.0`."""
    inexact: list[str] = []
    for path in whole_floats_at_integers(validator, instance):
        parent: Any = instance
        for step in path[:-1]:
            parent = parent[step]
        value = parent[path[-1]]
        if abs(value) <= EXACT_FLOAT_INTEGER:
            parent[path[-1]] = int(value)
        else:
            inexact.append(field_name(path))
    return inexact


def field_name(path: InstancePath, prefix: str = "") -> str:
    return _name(prefix, [str(p) for p in path])


def _mark_whole_floats(value: Any) -> tuple[Any, bool]:
    if isinstance(value, float):
        return (_WHOLE_FLOAT, True) if value.is_integer() else (value, False)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        any_found = False
        for key, sub in value.items():
            out[key], found = _mark_whole_floats(sub)
            any_found = any_found or found
        return out, any_found
    if isinstance(value, list):
        items: list[Any] = []
        any_found = False
        for sub in value:
            marked, found = _mark_whole_floats(sub)
            items.append(marked)
            any_found = any_found or found
        return items, any_found
    return value, False
