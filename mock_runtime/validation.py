"""Compiled JSON Schema validators, and validation errors as the `fields` of an error body.

All schemas live in one document (`schemas.json`); a validator is a `$ref` into it, compiled
once at startup and cached by pointer, so the hot path only calls `is_valid`.
"""

from __future__ import annotations

from typing import Any

import jsonschema_rs

from mock_runtime.errors import FieldError, field

_BASE = "urn:books-api:mock-schemas"


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
