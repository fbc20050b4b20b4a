"""Rule (d5): a write refused with 4xx leaves the object as it was."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import NOT_APPLICABLE, PASSED, label, spec_of
from contract_tests.checks._failures import RefusedWriteChanged
from contract_tests.checks._probe import SentRequest
from contract_tests.checks._writes import (
    REFUSAL_CHECK,
    differences,
    read_object,
    read_path,
    read_url,
    snapshot_of,
)
from contract_tests.spec import Spec

NAME = REFUSAL_CHECK


@schemathesis.check
def refused_write_changes_nothing(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """A write answered 4xx changed nothing: the object reads the same before and after.

    A refusal tells the client its request had no effect, so it may retry or give up safely.
    A server that validates after it has half-applied a change leaves objects that no
    request describes. The object is read before (within `snapshots-per-operation`) and after
    the refused PUT, PATCH, DELETE or action; volatile fields (read-only dates and times) are
    left out of the comparison.
    """
    method = case.operation.method.upper()
    if not 400 <= response.status_code < 500:
        return NOT_APPLICABLE
    before = snapshot_of(case)
    spec = spec_of(case)
    template = read_path(spec, method, case.operation.path)
    if before is None or template is None:
        return NOT_APPLICABLE
    sent = SentRequest.of(response)
    after = read_object(read_url(sent.url, case.operation.path, template))
    old, new = before.json(), after.json()
    if after.status != 200 or not isinstance(new, dict) or not isinstance(old, dict):
        problems = [f"GET after the refused write answered {after.status}, before it answered 200"]
    else:
        volatile = _volatile(spec, template)
        problems = differences(
            {k: v for k, v in old.items() if k not in volatile}, new, "", volatile
        )
    if problems:
        raise RefusedWriteChanged(
            operation=label(case),
            title=f"A write refused with {response.status_code} changed the object",
            message="Before and after the refused request: " + "; ".join(problems[:8]) + ".",
            probe_curl=after.request.curl(),
        )
    return PASSED


def _volatile(spec: Spec, read_template: str) -> set[str]:
    """Read-only date and time fields: the server's clock, not the object's content."""
    operation = spec.operation("get", read_template)
    if operation is None:
        return set()
    schema = spec.response_schema(operation, 200, "application/json")
    names = set()
    for name, prop in spec.flatten(schema).get("properties", {}).items():
        flat = spec.flatten(prop)
        if spec.is_read_only(prop) and flat.get("format") in ("date-time", "date", "time"):
            names.add(name)
    return names
