"""Rule (b): read-only fields are refused in requests (400/928) and never taken from a client."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import (
    NOT_APPLICABLE,
    PASSED,
    is_positive,
    label,
    operation_of,
    option,
    spec_of,
)
from contract_tests.checks._failures import ReadOnlyFieldAccepted
from contract_tests.checks._probe import BUDGET, SentRequest, send
from contract_tests.spec import Spec

NAME = "read_only_fields_refused"
URI_SENTINEL = "https://contract-tests.invalid/read-only-probe"
ID_SENTINEL = 2147483000
INVALID_FIELD = 928


def read_only_fields(spec: Spec, response_schema: Any, request_schema: Any) -> dict[str, Any]:
    """Properties the server returns read-only and the write schema does not offer."""
    writable = set(spec.flatten(request_schema).get("properties", {}))
    properties: dict[str, Any] = spec.flatten(response_schema).get("properties", {})
    return {
        name: prop
        for name, prop in properties.items()
        if spec.is_read_only(prop) and name not in writable
    }


def sentinel(spec: Spec, name: str, prop: Any) -> Any:
    """A value the property's own schema accepts; a refusal it can only be about read-only-ness."""
    flat = spec.flatten(prop)
    types = spec.schema_types(prop) - {"null"}
    if "string" in types and (flat.get("format") == "uri" or name == "uri"):
        return URI_SENTINEL
    if "integer" in types:
        maximum = flat.get("maximum")
        return min(int(maximum), ID_SENTINEL) if isinstance(maximum, int) else ID_SENTINEL
    if flat.get("enum"):
        return flat["enum"][0]
    if "example" in flat:
        return flat["example"]
    if "string" in types:
        return "contract-test"[: int(flat.get("maxLength", 13))] or "x"
    if "boolean" in types:
        return True
    if "array" in types:
        return []
    return None


def _pick(fields: dict[str, Any]) -> str:
    for preferred in ("uri",):
        if preferred in fields:
            return preferred
    ids = [name for name in fields if name.endswith("_id")]
    return ids[0] if ids else next(iter(fields))


@schemathesis.check
def read_only_fields_refused(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A write that carries a read-only field is refused with 400/928; none is ever taken over.

    The write schemas are closed (openapi/README.md, "Read and write schemas"): ids, `uri`,
    numbers and totals belong to the server. A server that silently accepts `uri` or an id from
    a client lets clients forge references and corrupt their own data. The probe repeats a write
    the server accepted with one read-only field added, set to a value its schema allows, so the
    read-only rule is the only reason left to refuse it.
    """
    if case.method.upper() not in ("POST", "PUT", "PATCH") or not 200 <= response.status_code < 300:
        return NOT_APPLICABLE
    sent = SentRequest.of(response)
    body = sent.json_body()
    operation = operation_of(case)
    if not isinstance(body, dict) or operation is None:
        return NOT_APPLICABLE
    spec = spec_of(case)
    request_schema = spec.request_schema(operation, "application/json")
    response_schema = spec.response_schema(operation, response.status_code, "application/json")
    if request_schema is None or response_schema is None:
        return NOT_APPLICABLE
    fields = read_only_fields(spec, response_schema, request_schema)
    smuggled = sorted(name for name in fields if name in body)
    if smuggled:
        raise ReadOnlyFieldAccepted(
            operation=label(case),
            title="Read-only field accepted",
            message=f"The request carried read-only field(s) {', '.join(smuggled)} "
            "and was answered "
            f"{response.status_code}; it must be refused with 400 and error 928.",
        )
    if (
        not fields
        or not is_positive(case)
        or not BUDGET.take(NAME, label(case), option(ctx, NAME, "probes-per-operation", 1))
    ):
        return NOT_APPLICABLE
    field = _pick(fields)
    value = sentinel(spec, field, fields[field])
    probe = send(sent.with_json({**body, field: value}))
    answer = probe.json()
    if 200 <= probe.status < 300:
        echoed = isinstance(answer, dict) and answer.get(field) == value
        raise ReadOnlyFieldAccepted(
            operation=label(case),
            title="Read-only field accepted" + (" and echoed" if echoed else ""),
            message=f"Adding read-only `{field}`: {value!r} to a write the server had accepted "
            "was answered "
            f"{probe.status}"
            + (f" and the response took the client's value {value!r}" if echoed else "")
            + "; expected 400 with error 928 (Invalid field).",
            probe_curl=probe.request.curl(),
        )
    error_id = answer.get("error_id") if isinstance(answer, dict) else None
    if probe.status != 400 or error_id != INVALID_FIELD:
        raise ReadOnlyFieldAccepted(
            operation=label(case),
            title="Read-only field refused with the wrong answer",
            message=f"Adding read-only `{field}` was answered {probe.status} with error "
            f"{error_id!r}; the contract refuses read-only fields with 400 and error 928 "
            "(Invalid field), before any rule of the books or state is looked at.",
            probe_curl=probe.request.curl(),
        )
    return PASSED
