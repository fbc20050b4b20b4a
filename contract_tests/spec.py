"""The contract as data: loading the spec and answering the questions our checks ask of it.

Checks never hard-code what the spec already says (the error catalogue, which fields are
read-only, XML element names, link parameters): they read it here, so a spec change is a
contract change the suite follows without an edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

JsonObject = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")


class SpecError(Exception):
    """The spec cannot be loaded or does not have the shape the suite relies on."""


def load_document(path: Path) -> JsonObject:
    """Read a spec as one self-contained document, inlining references to other files.

    The bundled `generated/openapi.json` has only internal references and is returned as is;
    the multi-file source root (`openapi/openapi.yaml`) is inlined so that every `$ref` left
    is internal and every helper below can follow it.
    """
    document = _read(path)
    if not isinstance(document, dict):
        raise SpecError(f"{path}: not an OpenAPI document")
    inlined = _Inliner().inline(document, path.resolve())
    assert isinstance(inlined, dict)
    return inlined


def _read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.safe_load(text)


class _Inliner:
    """Replace `$ref`s to other files by the referenced content (one level of file at a time)."""

    def __init__(self) -> None:
        self._files: dict[Path, Any] = {}

    def inline(self, node: Any, base: Path, stack: tuple[str, ...] = ()) -> Any:
        if isinstance(node, list):
            return [self.inline(item, base, stack) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            file_part, _, pointer = ref.partition("#")
            target_path = (base.parent / file_part).resolve()
            key = f"{target_path}#{pointer}"
            if key in stack:
                raise SpecError(f"circular reference across files: {' -> '.join((*stack, key))}")
            target = _follow_pointer(self._load(target_path), pointer)
            resolved = self.inline(target, target_path, (*stack, key))
            siblings = {k: self.inline(v, base, stack) for k, v in node.items() if k != "$ref"}
            if siblings and isinstance(resolved, dict):
                return {**resolved, **siblings}
            return resolved
        return {key: self.inline(value, base, stack) for key, value in node.items()}

    def _load(self, path: Path) -> Any:
        if path not in self._files:
            if not path.is_file():
                raise SpecError(f"unresolvable reference: {path} does not exist")
            self._files[path] = _read(path)
        return self._files[path]


def _follow_pointer(document: Any, pointer: str) -> Any:
    node = document
    for raw in [part for part in pointer.lstrip("/").split("/") if part]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise SpecError(f"JSON pointer #{pointer} does not resolve")
    return node


@dataclass(frozen=True)
class CatalogueEntry:
    """One row of the error catalogue (`x-catalogue` of schema `ErrorId`)."""

    id: int
    status: int
    kind: str
    title: str


@dataclass(frozen=True)
class Operation:
    """An operation of the spec, as our checks need it."""

    method: str
    path: str
    definition: JsonObject

    @property
    def operation_id(self) -> str:
        return str(self.definition.get("operationId", f"{self.method.upper()} {self.path}"))


class Spec:
    """Read-only views on one self-contained OpenAPI document."""

    def __init__(self, document: JsonObject) -> None:
        self.document = document
        self._flat: dict[int, tuple[Any, JsonObject]] = {}
        self._catalogue: dict[int, CatalogueEntry] | None = None
        self._validators: dict[int, tuple[Any, jsonschema_rs.Draft202012Validator]] = {}

    # -- references and schemas ---------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """Follow internal `$ref`s until a node that is not a bare reference is reached."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in seen or not ref.startswith("#"):
                raise SpecError(f"cannot resolve {ref!r}")
            seen.add(ref)
            target = _follow_pointer(self.document, ref[1:])
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return node

    def flatten(self, schema: Any) -> JsonObject:
        """Merge an object schema's `allOf` parts into one view (properties, required, xml).

        The merge is for reading keywords, not for validation: a property's own keywords
        (`readOnly`, `xml`) win over those of the schema it references.
        """
        cached = self._flat.get(id(schema))
        if cached is not None and cached[0] is schema:
            return cached[1]
        flat = self._flatten(schema)
        if isinstance(schema, dict):
            self._flat[id(schema)] = (schema, flat)
        return flat

    def _flatten(self, schema: Any) -> JsonObject:
        node = self.resolve(schema)
        if not isinstance(node, dict):
            return {}
        merged: JsonObject = {k: v for k, v in node.items() if k != "allOf"}
        properties: JsonObject = dict(merged.get("properties", {}))
        required: list[str] = list(merged.get("required", []))
        for part in node.get("allOf", []):
            flat = self.flatten(part)
            for key, value in flat.items():
                if key == "properties":
                    for name, prop in value.items():
                        properties.setdefault(name, prop)
                elif key == "required":
                    required.extend(name for name in value if name not in required)
                else:
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def errors(self, schema: Any, instance: Any) -> list[str]:
        """Where `instance` breaks `schema` (JSON Schema 2020-12, references within the spec)."""
        cached = self._validators.get(id(schema))
        if cached is None or cached[0] is not schema:
            root = {**schema, "components": self.document.get("components", {})}
            cached = (schema, jsonschema_rs.Draft202012Validator(root))
            self._validators[id(schema)] = cached
        return [
            f"/{'/'.join(str(p) for p in error.instance_path)}: {error.message}"[:300]
            for error in cached[1].iter_errors(instance)
        ]

    def is_read_only(self, prop: Any) -> bool:
        node = self.resolve(prop)
        if not isinstance(node, dict):
            return False
        if node.get("readOnly") is True:
            return True
        return any(self.is_read_only(part) for part in node.get("allOf", []))

    def schema_types(self, schema: Any) -> set[str]:
        """JSON types a schema allows, looking through `allOf`; empty when unconstrained."""
        flat = self.flatten(schema)
        declared = flat.get("type")
        if isinstance(declared, str):
            return {declared}
        if isinstance(declared, list):
            return {str(t) for t in declared}
        if "properties" in flat:
            return {"object"}
        if "items" in flat:
            return {"array"}
        return set()

    # -- operations ---------------------------------------------------------------------

    def operations(self) -> Iterator[Operation]:
        for path, item in self.document.get("paths", {}).items():
            item = self.resolve(item)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield Operation(method, path, item[method])

    def operation(self, method: str, path: str) -> Operation | None:
        item = self.resolve(self.document.get("paths", {}).get(path))
        if not isinstance(item, dict) or not isinstance(item.get(method.lower()), dict):
            return None
        return Operation(method.lower(), path, item[method.lower()])

    def response(self, operation: Operation, status: int) -> JsonObject | None:
        """The response object documented for a status (exact code first, then `4XX`, `default`)."""
        responses: Mapping[str, Any] = operation.definition.get("responses", {})
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in responses:
                resolved = self.resolve(responses[key])
                return resolved if isinstance(resolved, dict) else None
        return None

    def response_schema(self, operation: Operation, status: int, media_type: str) -> Any:
        response = self.response(operation, status)
        if response is None:
            return None
        content = response.get("content", {})
        media = content.get(media_type)
        if media is None:
            return None
        return self.resolve(media).get("schema")

    def request_schema(self, operation: Operation, media_type: str = "application/json") -> Any:
        body = self.resolve(operation.definition.get("requestBody"))
        if not isinstance(body, dict):
            return None
        media = body.get("content", {}).get(media_type)
        return None if media is None else self.resolve(media).get("schema")

    def links(self, operation: Operation, status: int) -> dict[str, JsonObject]:
        response = self.response(operation, status)
        if response is None:
            return {}
        return {name: self.resolve(link) for name, link in response.get("links", {}).items()}

    # -- the error catalogue ------------------------------------------------------------

    def error_catalogue(self) -> dict[int, CatalogueEntry]:
        """The catalogue from the `x-catalogue` of whichever schema carries it (`ErrorId`)."""
        if self._catalogue is None:
            self._catalogue = self._read_catalogue()
        return self._catalogue

    def _read_catalogue(self) -> dict[int, CatalogueEntry]:
        rows = _find_catalogue(self.document)
        if rows is None:
            raise SpecError("no schema carries an `x-catalogue` (the error catalogue of ErrorId)")
        return {
            int(row["id"]): CatalogueEntry(
                id=int(row["id"]),
                status=int(row["status"]),
                kind=str(row.get("kind", "error")),
                title=str(row.get("title", "")),
            )
            for row in rows
        }


def _find_catalogue(node: Any) -> list[JsonObject] | None:
    if isinstance(node, dict):
        rows = node.get("x-catalogue")
        if isinstance(rows, list):
            return rows
        for value in node.values():
            found = _find_catalogue(value)
            if found is not None:
                return found
    elif isinstance(node, list):
        for value in node:
            found = _find_catalogue(value)
            if found is not None:
                return found
    return None


def without_header_parameter(document: JsonObject, name: str) -> JsonObject:
    """The document with header parameter `name` removed from every path and operation.

    The suite authenticates with an API key, which belongs to exactly one account; the
    `X-Account-Id` its examples carry (70010) names another account on any real server, so
    every example would be refused with 403 and test nothing else.
    """
    spec = Spec(document)

    def keep(parameter: Any) -> bool:
        resolved = spec.resolve(parameter)
        return not (
            isinstance(resolved, dict)
            and resolved.get("in") == "header"
            and str(resolved.get("name", "")).lower() == name.lower()
        )

    paths: JsonObject = {}
    for path, item in document.get("paths", {}).items():
        item = dict(spec.resolve(item))
        if "parameters" in item:
            item["parameters"] = [p for p in item["parameters"] if keep(p)]
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict) and "parameters" in item[method]:
                item[method] = {
                    **item[method],
                    "parameters": [p for p in item[method]["parameters"] if keep(p)],
                }
        paths[path] = item
    return {**document, "paths": paths}


_SPECS: dict[int, Spec] = {}


def spec_for(document: JsonObject) -> Spec:
    """One `Spec` per loaded document, so checks share its caches across calls."""
    spec = _SPECS.get(id(document))
    if spec is None or spec.document is not document:
        spec = Spec(document)
        _SPECS[id(document)] = spec
    return spec


def default_spec_path() -> Path:
    """`generated/openapi.json` when it exists, else the source root."""
    root = Path(__file__).resolve().parents[1]
    bundled = root / "generated" / "openapi.json"
    return bundled if bundled.is_file() else root / "openapi" / "openapi.yaml"
