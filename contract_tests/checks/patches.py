"""Rule (d3): a PATCH answered 2xx changes the fields sent and no other writable field."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import NOT_APPLICABLE, PASSED, label, operation_of, spec_of
from contract_tests.checks._failures import PatchNotExact
from contract_tests.checks._probe import SentRequest
from contract_tests.checks._writes import (
    PATCH_CHECK,
    derived_names,
    differences,
    read_object,
    read_url,
    snapshot_of,
    write_only_names,
)

NAME = PATCH_CHECK


@schemathesis.check
def patch_changes_only_sent_fields(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """After a 2xx PATCH the fields sent hold their new values and every other field its old one.

    PATCH is a partial change (openapi.yaml, "Conventions"): a client sends the fields it
    means to change. A server that ignores them, or resets what was not sent, corrupts data a
    client never touched. The object is read before (schemathesis' `before_call`, within
    `snapshots-per-operation`) and after; fields the server computes (read-only) may follow.
    """
    if case.operation.method.upper() != "PATCH" or not 200 <= response.status_code < 300:
        return NOT_APPLICABLE
    before = snapshot_of(case)
    sent = SentRequest.of(response)
    body = sent.json_body()
    operation = operation_of(case)
    if before is None or not isinstance(body, dict) or operation is None:
        return NOT_APPLICABLE
    spec = spec_of(case)
    schema = spec.request_schema(operation)
    after = read_object(read_url(sent.url, case.operation.path, case.operation.path))
    stored, old = after.json(), before.json()
    if after.status != 200 or not isinstance(stored, dict) or not isinstance(old, dict):
        problems = [f"GET after the PATCH answered {after.status}, expected 200 with the object"]
    else:
        derived = derived_names(spec, operation)
        skip = write_only_names(spec, schema) | derived
        problems = [
            f"{problem} (sent in the PATCH)" for problem in differences(body, stored, "", skip)
        ]
        untouched = {
            name: old[name]
            for name in spec.flatten(schema).get("properties", {})
            if name not in body and name in old and name not in derived
        }
        problems += [
            f"{problem.replace(': sent ', ': was ', 1)} (not sent: it should have kept its value)"
            for problem in differences(untouched, stored, "", set())
        ]
    if problems:
        raise PatchNotExact(
            operation=label(case),
            title="PATCH did not change exactly the fields sent",
            message="; ".join(problems[:8]) + ".",
            probe_curl=after.request.curl(),
        )
    return PASSED
