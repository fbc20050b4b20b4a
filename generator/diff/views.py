"""The parts of one bundle the rules compare, each with its path in the bundle.

Parameters, responses and request bodies are dereferenced here once, and path-level parameters
are merged into each operation, so a rule sees what a client of one operation sees and never
has to know whether a piece is shared through `components`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.diff.schemas import deref
from generator.load.yaml_loader import NodePath

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
CATALOGUE_PATH: NodePath = ("components", "schemas", "ErrorId", "x-catalogue")
_PATH_PARAM = re.compile(r"\{[^}]*\}")
_XML_MEDIA = re.compile(r"^(application|text)/(.+\+)?xml(;.*)?$")

Located = tuple[Any, NodePath]  # a dereferenced object and where it starts in the bundle


@dataclass(frozen=True)
class ParameterView:
    key: tuple[str, str]  # (in, name); header names in lower case: HTTP ignores their case
    name: str
    location: str
    required: bool
    raw: dict[str, Any]
    path: NodePath

    @property
    def label(self) -> str:
        return f"parameter {self.name} ({self.location})"


@dataclass(frozen=True)
class OperationView:
    method: str
    url: str
    operation_id: str
    raw: dict[str, Any]
    path: NodePath
    parameters: dict[tuple[str, str], ParameterView]
    request_body: Located | None
    responses: dict[str, Located]
    security: frozenset[frozenset[str]] | None  # alternatives of scheme names; None: none asked

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.url}"

    @property
    def shape(self) -> tuple[str, str]:
        """Method and URL with parameter names blanked: equal shapes with other names are a
        rename of a path parameter, not a removed and an added operation."""
        return self.method, _PATH_PARAM.sub("{}", self.url)


def operations(document: dict[str, Any]) -> dict[tuple[str, str], OperationView]:
    result: dict[tuple[str, str], OperationView] = {}
    root_security = _security(document.get("security"))
    for url, raw_item in _mapping(document.get("paths")).items():
        item, item_path = deref(document, raw_item, ("paths", url))
        for method in METHODS:
            raw = _mapping(item).get(method)
            if not isinstance(raw, dict):
                continue
            op_path = (*item_path, method)
            body = raw.get("requestBody")
            result[(method, str(url))] = OperationView(
                method=method,
                url=str(url),
                operation_id=str(raw.get("operationId", "")),
                raw=raw,
                path=op_path,
                parameters=_parameters(document, item, item_path, raw, op_path),
                request_body=deref(document, body, (*op_path, "requestBody")) if body else None,
                responses={
                    str(status): deref(document, value, (*op_path, "responses", status))
                    for status, value in _mapping(raw.get("responses")).items()
                },
                security=_security(raw["security"]) if "security" in raw else root_security,
            )
    return result


def _parameters(
    document: dict[str, Any],
    item: dict[str, Any],
    item_path: NodePath,
    raw: dict[str, Any],
    op_path: NodePath,
) -> dict[tuple[str, str], ParameterView]:
    merged: dict[tuple[str, str], ParameterView] = {}
    for base, listed in (
        ((*item_path, "parameters"), item.get("parameters")),
        ((*op_path, "parameters"), raw.get("parameters")),
    ):
        for i, entry in enumerate(listed if isinstance(listed, list) else ()):
            data, path = deref(document, entry, (*base, i))
            if not isinstance(data, dict):
                continue
            location = str(data.get("in", ""))
            name = str(data.get("name", ""))
            key = (location, name.lower() if location == "header" else name)
            required = bool(data.get("required", location == "path"))
            merged[key] = ParameterView(key, name, location, required, data, path)
    return merged


def _security(raw: Any) -> frozenset[frozenset[str]] | None:
    if not isinstance(raw, list):
        return None
    return frozenset(frozenset(str(k) for k in _mapping(alt)) for alt in raw)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def content_of(document: dict[str, Any], located: Located) -> dict[str, Located]:
    """Media type -> (media type object, path) of a request body or response."""
    data, path = located
    return {
        str(media): (value, (*path, "content", media))
        for media, value in _mapping(_mapping(data).get("content")).items()
        if isinstance(value, dict)
    }


def headers_of(document: dict[str, Any], located: Located) -> dict[str, Located]:
    data, path = located
    return {
        str(name).lower(): deref(document, value, (*path, "headers", name))
        for name, value in _mapping(_mapping(data).get("headers")).items()
    }


def is_xml(media_type: str) -> bool:
    return bool(_XML_MEDIA.match(media_type.lower()))


def catalogue(document: dict[str, Any]) -> dict[int, tuple[dict[str, Any], NodePath]]:
    """Error catalogue id -> (entry, path): `x-catalogue` on the ErrorId schema (ADR 0002)."""
    node: Any = document
    for key in CATALOGUE_PATH:
        node = _mapping(node).get(str(key))
    entries: dict[int, tuple[dict[str, Any], NodePath]] = {}
    for i, entry in enumerate(node if isinstance(node, list) else ()):
        if isinstance(entry, dict) and isinstance(entry.get("id"), int):
            entries[entry["id"]] = (entry, (*CATALOGUE_PATH, i))
    return entries


def mapping(value: Any) -> dict[str, Any]:
    return _mapping(value)
