"""Path, query and header parameters: coerced from text to the declared type, then validated.

An invalid value is 400 with error 927 (929 for `x-accept-version`), a missing required one
913; every offending parameter is listed in `fields`. Query parameters the operation does not
declare are ignored, as most APIs do.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

import jsonschema_rs

from mock_runtime.errors import INVALID_PARAMETER, REQUIRED_MISSING, UNSUPPORTED_VERSION, ApiError
from mock_runtime.routing import Route
from mock_runtime.validation import errors_of

_VERSION_HEADER = "x-accept-version"


def path_values(route: Route, raw: dict[str, str]) -> dict[str, Any]:
    values = {p.name: p.coerce(raw[p.name]) for p in route.path_params}
    validator = route.path_validator
    if validator is not None and not validator.is_valid(values):
        fields, _ = errors_of(validator, values, "path")
        names = ", ".join(sorted({f["name"].split("/")[0] for f in fields}))
        raise ApiError(INVALID_PARAMETER, f"Invalid path parameter: {names}.", fields)
    return values


def query_values(route: Route, query_string: bytes) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if query_string:
        declared = route.query_params
        text = query_string.decode("latin-1")
        for name, value in parse_qsl(text, keep_blank_values=True, encoding="utf-8"):
            param = declared.get(name)
            if param is not None:
                values[name] = param.coerce(value)
    validator = route.query_validator
    if validator is not None and (values or route.query_required):
        _check(validator, values, "query")
    if route.query_defaults:
        for name, default in route.query_defaults.items():
            values.setdefault(name, default)
    return values


def header_values(route: Route, headers: dict[bytes, bytes]) -> dict[str, Any]:
    if not route.header_required and route.header_names.isdisjoint(headers):
        return {}
    values: dict[str, Any] = {}
    for param in route.header_params:
        raw = headers.get(param.header_key)
        if raw is not None:
            values[param.name] = param.coerce(raw.decode("latin-1"))
    validator = route.header_validator
    if validator is not None and (values or route.header_required):
        _check(validator, values, "header")
    return values


def _check(validator: jsonschema_rs.Validator, values: dict[str, Any], location: str) -> None:
    if validator.is_valid(values):
        return
    fields, only_missing = errors_of(validator, values, location)
    names = sorted({f["name"].split("/")[0] for f in fields})
    shown = ", ".join(names)
    if names == [_VERSION_HEADER]:
        raise ApiError(UNSUPPORTED_VERSION, "This server serves API version 1 only.", fields)
    if only_missing:
        raise ApiError(REQUIRED_MISSING, f"Missing {location} parameter: {shown}.", fields)
    raise ApiError(INVALID_PARAMETER, f"Invalid {location} parameter: {shown}.", fields)
