"""Self-check: every answer is validated against the spec before it leaves.

A status the operation does not declare, a media type it does not produce, a body that breaks
its schema (an integer field holding a whole float such as `8001.0` included, which JSON Schema
alone lets pass) or a missing or invalid declared header turns the answer into a loud 500
naming the operation and the violation (and a log line), so a test run cannot miss it. Off by
default (it costs a validation per answer); on in the tests (`--self-check`).
"""

from __future__ import annotations

import logging
from typing import Any

from mock_runtime.call import Reply
from mock_runtime.errors import UNKNOWN_ERROR, error_body
from mock_runtime.loader import Package
from mock_runtime.routing import Route
from mock_runtime.validation import field_name, whole_floats_at_integers

log = logging.getLogger("mock_runtime.selfcheck")
_ERROR = "#/components/schemas/Error"


class SelfCheck:
    def __init__(self, package: Package) -> None:
        self.schemas = package.schemas
        self.headers: dict[str, Any] = package.schemas.document.get("headers", {})

    def check(self, route: Route | None, reply: Reply, rate: list[tuple[bytes, bytes]]) -> Reply:
        problem = self._problem(route, reply, rate)
        if problem is None:
            return reply
        name = route.operation_id if route else "(no operation)"
        message = f"self-check: {name} answered {reply.status}: {problem}"
        log.error(message)
        return Reply(500, body=error_body(UNKNOWN_ERROR, message), media="application/json")

    def _problem(
        self, route: Route | None, reply: Reply, rate: list[tuple[bytes, bytes]]
    ) -> str | None:
        if route is None:
            if reply.status not in (401, 403, 404, 405, 429, 500):
                return f"status {reply.status} without an operation"
            return self._body(_ERROR, reply)
        declared = route.responses.get(reply.status)
        if declared is None:
            return f"status {reply.status} is not declared (declared: {sorted(route.responses)})"
        media_types, header_names = declared
        if reply.body is not None or reply.raw is not None:
            media = reply.media or "application/json"
            pointer = media_types.get(media)
            if pointer is None:
                return f"media type {media} is not declared for {reply.status}"
            problem = self._body(pointer, reply)
            if problem:
                return problem
        elif media_types:
            return f"no body, but {reply.status} declares {', '.join(media_types)}"
        sent = {k.decode().lower(): v.decode("latin-1") for k, v in [*rate, *(reply.headers or [])]}
        for header in header_names:
            spec = self.headers.get(header, {})
            value = sent.get(header.lower())
            if value is None:
                if spec.get("required"):
                    return f"header {header} is missing"
                continue
            schema = spec.get("schema", {})
            instance: Any = (
                int(value) if schema.get("type") == "integer" and value.isdigit() else value
            )
            validator = self.schemas.validator(f"#/headers/{header}/schema")
            if not validator.is_valid(instance):
                return f"header {header}: {value!r} is invalid"
        return None

    def _body(self, pointer: str, reply: Reply) -> str | None:
        if reply.body is None:
            return None  # rendered bodies (CSV, XML, HTML, PDF) are checked by their own tests
        validator = self.schemas.validator(pointer)
        errors = list(validator.iter_errors(reply.body))
        if not errors:
            floats = whole_floats_at_integers(validator, reply.body)
            if floats:  # valid to JSON Schema, but the API writes integers without a fraction
                more = f" (and {len(floats) - 1} more)" if len(floats) > 1 else ""
                return f"integer field {field_name(floats[0])} holds a float{more}"
            return None
        first = errors[0]
        where = "/".join(str(p) for p in first.instance_path) or "(body)"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"body violates {pointer.rsplit('/', 1)[-1]} at {where}: {first.message[:300]}{more}"
