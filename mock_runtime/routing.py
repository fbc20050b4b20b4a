"""Operations compiled for the hot path, and the router that finds one for a request.

Lookup is a dict on the first path segment, then a handful of precompiled regular expressions,
the most literal first (`/clients/bulk` before `/clients/{client_id}`). The first pattern that
matches decides: its operation for the method, or 405 with `Allow` when it has none for it
(so `PUT /clients/bulk` is 405, not an invalid `client_id`). No match at all is 404.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from mock_runtime.errors import METHOD_NOT_ALLOWED, NOT_FOUND, ApiError

Coerce = Callable[[str], Any]


@dataclass(slots=True)
class Param:
    name: str
    location: str
    required: bool
    coerce: Coerce
    default: Any
    header_key: bytes = b""


@dataclass(slots=True)
class Route:
    operation_id: str
    method: str
    path: str
    kind: str
    verb: str
    action: str | None
    resource: str
    parent_params: tuple[str, ...]
    id_param: str | None
    lookup: str | None
    path_params: list[Param]
    query_params: dict[str, Param]
    header_params: list[Param]
    path_validator: jsonschema_rs.Validator | None
    query_validator: jsonschema_rs.Validator | None
    header_validator: jsonschema_rs.Validator | None
    request_required: bool
    request_media: dict[str, str]  # media type -> schema pointer
    bulk: dict[str, Any] | None
    success: int
    produces: tuple[str, ...]
    responses: dict[int, tuple[dict[str, str], tuple[str, ...]]]
    raw: dict[str, Any] = field(default_factory=dict)
    query_defaults: dict[str, Any] = field(default_factory=dict)
    header_names: frozenset[bytes] = frozenset()
    query_required: bool = False
    header_required: bool = False


@dataclass(slots=True)
class _Group:
    regex: re.Pattern[str]
    literals: int
    methods: dict[str, Route]


class Router:
    def __init__(self, routes: list[Route], patterns: dict[str, str]) -> None:
        groups: dict[str, _Group] = {}
        for route in routes:
            pattern = patterns[route.operation_id]
            group = groups.get(pattern)
            if group is None:
                literals = -pattern.count("(?P<")
                group = groups[pattern] = _Group(re.compile(pattern), literals, {})
            group.methods[route.method] = route
        self._by_segment: dict[str, list[_Group]] = {}
        for pattern, group in sorted(groups.items()):
            first = pattern[2:].split("/", 1)[0].rstrip("$").replace("\\", "")
            self._by_segment.setdefault(first, []).append(group)
        for found in self._by_segment.values():
            found.sort(key=lambda g: g.literals, reverse=True)

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        """The operation for a method and path. HEAD is served by the GET operation (RFC 9110:
        the same answer without its body, which the HTTP layer leaves out)."""
        found = self._group(path)
        if found is not None:
            group, m = found
            route = group.methods.get(method)
            if route is None and method == "HEAD":
                route = group.methods.get("GET")
            if route is not None:
                return route, m.groupdict()
            allow = _allow(group)
            raise ApiError(
                METHOD_NOT_ALLOWED,
                f"{method} is not allowed on {path}; use {allow}.",
                headers=[(b"allow", allow.encode())],
            )
        raise ApiError(NOT_FOUND, f"No resource at {path}.")

    def allowed(self, path: str) -> str | None:
        """The Allow header of a path below the prefix, or None when it names no resource."""
        found = self._group(path)
        return _allow(found[0]) if found is not None else None

    def _group(self, path: str) -> tuple[_Group, re.Match[str]] | None:
        first = path[1:].split("/", 1)[0]
        for group in self._by_segment.get(first, ()):
            m = group.regex.match(path)
            if m is not None:
                return group, m
        return None


def _allow(group: _Group) -> str:
    """The documented methods. HEAD is served wherever GET is but, like OPTIONS, not listed:
    Allow names what the spec documents, and the contract suite holds it to that."""
    return ", ".join(sorted(group.methods))


_INT = re.compile(r"-?[0-9]{1,30}")
_WHOLE = re.compile(r"(-?[0-9]{1,30})\.0{1,30}")  # 31343.0 is an integer in JSON Schema
_NUMBER = re.compile(r"-?[0-9]{1,30}(\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?")


def _as_integer(value: str) -> Any:
    if _INT.fullmatch(value):
        return int(value)
    whole = _WHOLE.fullmatch(value)
    return int(whole.group(1)) if whole else value


def _as_number(value: str) -> Any:
    if _INT.fullmatch(value):
        return int(value)
    if _NUMBER.fullmatch(value):
        number = float(value)
        return number if math.isfinite(number) else value
    return value


def _as_boolean(value: str) -> Any:
    return {"true": True, "false": False}.get(value, value)


def _as_string(value: str) -> Any:
    return value


COERCE: dict[str, Coerce] = {
    "integer": _as_integer,
    "number": _as_number,
    "boolean": _as_boolean,
    "string": _as_string,
}
