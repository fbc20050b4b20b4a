"""Checks derived from the behaviour rules the spec declares (`x-` extensions), with no
per-domain code: every field and status they use is read through `spec_rules`, never by name.

- `dangling_reference_refused`: an owned `x-references` id that names nothing is refused (422).
- `locked_status_refuses_changes`: an object in a `locked` status of its `x-status-machine`
  refuses a change with the machine's `lock_error_id`.
"""

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
from contract_tests.checks._failures import DanglingReferenceAccepted, LockedObjectChanged
from contract_tests.checks._probe import BUDGET, SentRequest, response_json, send
from contract_tests.checks._writes import credentials, read_path, read_url
from contract_tests.spec import Spec
from spec_rules.read import property_rules, schema_rules
from spec_rules.types import Reference, StatusMachine

REFERENCE_CHECK = "dangling_reference_refused"
LOCK_CHECK = "locked_status_refuses_changes"
DANGLING_ID = 2147483647
UNPROCESSABLE = 422


def owned_references(spec: Spec, schema: Any) -> dict[str, tuple[Reference, Any]]:
    """The top-level properties of a write schema that declare an owned `x-references`, with
    the rule and the property's schema."""
    found: dict[str, tuple[Reference, Any]] = {}
    for name, prop in spec.flatten(schema).get("properties", {}).items():
        rules = property_rules(spec.flatten(prop))
        if rules is not None and rules.references is not None and rules.references.owned:
            found[name] = (rules.references, prop)
    return found


def dangling_id(spec: Spec, prop: Any) -> int:
    """An id no object has: the largest the property's schema allows, at most 2147483647."""
    maximum = spec.flatten(prop).get("maximum")
    return min(int(maximum), DANGLING_ID) if isinstance(maximum, int) else DANGLING_ID


def named_fields(answer: Any) -> list[str]:
    """The field names of an error body's `fields` (each a FieldError with `name`)."""
    if not isinstance(answer, dict) or not isinstance(answer.get("fields"), list):
        return []
    return [str(f.get("name")) for f in answer["fields"] if isinstance(f, dict)]


@schemathesis.check
def dangling_reference_refused(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """An owned reference (`x-references` with `collection`) that names no object is refused
    with 422, the declared `error_id` and the field named in `fields`.

    A stored id that names nothing breaks every later read that follows it (a client's
    invoice whose client does not exist) and cannot be repaired by the client that never saw
    an error. The probe repeats a write the server accepted (2xx, positive case) with one owned
    reference set to an id no object has (2147483647, or the property's `maximum`): the body
    carries that field, or else the first one the write schema offers is added. Everything
    else is unchanged, so the dangling id is the only reason left to refuse it. One probe per
    operation and `probes-per-operation`; top-level references only.
    """
    method = case.operation.method.upper()
    if method not in ("POST", "PUT", "PATCH") or not 200 <= response.status_code < 300:
        return NOT_APPLICABLE
    operation = operation_of(case)
    sent = SentRequest.of(response)
    body = sent.json_body()
    if operation is None or not isinstance(body, dict) or not is_positive(case):
        return NOT_APPLICABLE
    spec = spec_of(case)
    schema = spec.request_schema(operation, "application/json")
    references = owned_references(spec, schema) if schema is not None else {}
    if not references:
        return NOT_APPLICABLE
    field = next((name for name in references if name in body), next(iter(references)))
    if not BUDGET.take(
        REFERENCE_CHECK, label(case), option(ctx, REFERENCE_CHECK, "probes-per-operation", 1)
    ):
        return NOT_APPLICABLE
    reference, prop = references[field]
    value = dangling_id(spec, prop)
    probe = send(sent.with_json({**body, field: value}))
    answer = probe.json()
    error_id = answer.get("error_id") if isinstance(answer, dict) else None
    rule = (
        f"`{field}` references `{reference.collection}` (x-references): an id that names no "
        f"object is refused with {UNPROCESSABLE} and error {reference.error_id}, the field "
        "named in `fields`"
    )
    if 200 <= probe.status < 300:
        raise DanglingReferenceAccepted(
            operation=label(case),
            title="A reference that names nothing was accepted",
            message=f"The accepted {method} repeated with `{field}`: {value} was answered "
            f"{probe.status}; {rule}.",
            probe_curl=probe.request.curl(),
        )
    if (
        probe.status != UNPROCESSABLE
        or error_id != reference.error_id
        or field not in named_fields(answer)
    ):
        raise DanglingReferenceAccepted(
            operation=label(case),
            title="A reference that names nothing was refused with the wrong answer",
            message=f"The accepted {method} repeated with `{field}`: {value} was answered "
            f"{probe.status} with error {error_id!r} and fields {named_fields(answer)!r}; "
            f"{rule}.",
            probe_curl=probe.request.curl(),
        )
    return PASSED


def status_machine(spec: Spec, schema: Any) -> StatusMachine | None:
    """The `x-status-machine` of a read schema, through `spec_rules`."""
    flat = spec.flatten(schema)
    return schema_rules(flat, {}).status_machine if "x-status-machine" in flat else None


def harmless_change(spec: Spec, update_schema: Any, stored: dict[str, Any]) -> dict[str, Any]:
    """A PATCH body that would change nothing: one plain field of the update schema (no
    behaviour rule, not read-only) set to the value the object already holds."""
    for name, prop in spec.flatten(update_schema).get("properties", {}).items():
        flat = spec.flatten(prop)
        value = stored.get(name)
        if (
            value is None
            or isinstance(value, (dict, list))
            or spec.is_read_only(prop)
            or property_rules(flat) is not None
            or spec.errors(prop, value)
        ):
            continue
        return {name: value}
    return {}


@schemathesis.check
def locked_status_refuses_changes(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """An object whose `x-status-machine` field holds a `locked` status refuses any change with
    the machine's `lock_error_id` (and the status the catalogue gives it, 409).

    A cancelled or invoiced document is part of the books: changing it afterwards makes what
    was sent to a client or booked differ from what is stored. When a 2xx answer (a GET, or an
    action such as `cancel` that moved the object) shows an object in a locked status and the
    spec has a PATCH at its path, one probe PATCH sends a harmless change (a plain field set to
    the value it already has, so a server that wrongly accepts it loses nothing). A probe
    rather than watching the suite's own writes: generated cases rarely write to an object the
    run locked, while every locking action and every read of a locked object triggers this.
    """
    if not 200 <= response.status_code < 300 or not is_positive(case):
        return NOT_APPLICABLE
    method = case.operation.method.upper()
    spec = spec_of(case)
    operation = operation_of(case)
    stored = response_json(response)
    template = read_path(spec, method, case.operation.path) if method != "GET" else None
    template = case.operation.path if method == "GET" else template
    if operation is None or not isinstance(stored, dict) or template is None:
        return NOT_APPLICABLE
    schema = spec.response_schema(operation, response.status_code, "application/json")
    machine = status_machine(spec, schema) if schema is not None else None
    update = spec.operation("patch", template)
    if machine is None or machine.lock_error_id is None or update is None:
        return NOT_APPLICABLE
    status = stored.get(machine.field)
    if status not in machine.locked:
        return NOT_APPLICABLE
    update_schema = spec.request_schema(update, "application/json")
    change = harmless_change(spec, update_schema, stored) if update_schema is not None else {}
    if not change or not BUDGET.take(
        LOCK_CHECK, label(case), option(ctx, LOCK_CHECK, "probes-per-operation", 1)
    ):
        return NOT_APPLICABLE
    sent = SentRequest.of(response)
    url = read_url(sent.url, case.operation.path, template)
    probe = send(
        SentRequest("PATCH", url, {**credentials(), "X-API-Key": _key(sent)}, None).with_json(
            change
        )
    )
    entry = spec.error_catalogue().get(machine.lock_error_id)
    expected = entry.status if entry is not None else 409
    answer = probe.json()
    error_id = answer.get("error_id") if isinstance(answer, dict) else None
    if probe.status != expected or error_id != machine.lock_error_id:
        raise LockedObjectChanged(
            operation=label(case),
            title="A change to a locked object was not refused"
            if 200 <= probe.status < 300
            else "A change to a locked object was refused with the wrong answer",
            message=f"The object is `{machine.field}` = {status!r}, a locked status of its "
            f"x-status-machine {list(machine.locked)}; a PATCH of {change!r} was answered "
            f"{probe.status} with error {error_id!r}, expected {expected} with error "
            f"{machine.lock_error_id}.",
            probe_curl=probe.request.curl(),
        )
    return PASSED


def _key(sent: SentRequest) -> str:
    """The key the case was sent with (the object is this account's), else the run's own."""
    for name, value in sent.headers.items():
        if name.lower() == "x-api-key":
            return value
    return credentials()["X-API-Key"]
