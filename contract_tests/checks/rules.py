"""Checks derived from the behaviour rules the spec declares (`x-` extensions), with no
per-domain code: every field and status they use is read through `spec_rules`, never by name.

- `dangling_reference_refused`: an owned `x-references` id that names nothing is refused (422).
- `locked_status_refuses_changes`: an object in a `locked` status of its `x-status-machine`
  refuses a change with the machine's `lock_error_id`.
- `default_taken_from_reference`: a field left out of a create takes its `x-default-from` value.
- `declared_transition_applies`: a 2xx action moves the status to its transition's `to`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

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
from contract_tests.checks._failures import (
    DanglingReferenceAccepted,
    DefaultNotTaken,
    LockedObjectChanged,
    TransitionNotApplied,
)
from contract_tests.checks._probe import (
    BUDGET,
    SentRequest,
    header,
    response_json,
    same_origin,
    send,
)
from contract_tests.checks._writes import (
    credentials,
    derived_names,
    differences,
    read_object,
    read_path,
    read_url,
)
from contract_tests.spec import Spec
from spec_rules.read import property_rules, schema_rules
from spec_rules.types import DefaultFrom, Reference, StatusMachine

REFERENCE_CHECK = "dangling_reference_refused"
LOCK_CHECK = "locked_status_refuses_changes"
DEFAULT_CHECK = "default_taken_from_reference"
TRANSITION_CHECK = "declared_transition_applies"
DANGLING_ID = 2147483647
UNPROCESSABLE, CONFLICT = 422, 409


def owned_references(spec: Spec, schema: Any) -> dict[str, tuple[Reference, Any]]:
    """The top-level properties of a write schema that declare an owned `x-references`, with
    the rule and the property's schema."""
    found: dict[str, tuple[Reference, Any]] = {}
    for name, prop in spec.flatten(schema).get("properties", {}).items():
        rules = property_rules(spec.flatten(prop))
        if rules is not None and rules.references is not None and rules.references.owned:
            found[name] = (rules.references, prop)
    return found


def reference_place(
    spec: Spec, schema: Any, body: dict[str, Any]
) -> tuple[tuple[str | int, ...], Reference, Any] | None:
    """Where the probe puts its dangling id, and the rule and schema of that field: a top-level
    reference the body carries, else one in the first element of a list the body carries
    (`rows/0/article_id`), else the first top-level reference the write schema offers."""
    top = owned_references(spec, schema)
    for name, (reference, prop) in top.items():
        if name in body:
            return (name,), reference, prop
    for name, prop in spec.flatten(schema).get("properties", {}).items():
        items = spec.flatten(prop).get("items")
        elements = body.get(name)
        if not isinstance(items, dict) or not isinstance(elements, list) or not elements:
            continue
        first = elements[0]
        for inner, (reference, inner_prop) in owned_references(spec, items).items():
            if isinstance(first, dict) and inner in first:
                return (name, 0, inner), reference, inner_prop
    if not top:
        return None
    name, (reference, prop) = next(iter(top.items()))
    return (name,), reference, prop


def with_value(body: Any, path: tuple[str | int, ...], value: Any) -> Any:
    """A copy of `body` with the field at `path` set to `value`."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(body, list) and isinstance(head, int):
        return [with_value(v, rest, value) if i == head else v for i, v in enumerate(body)]
    if isinstance(body, dict) and isinstance(head, str):
        return {**body, head: with_value(body.get(head), rest, value)}
    return body


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
    """An owned `x-references` id that names no object is refused with 422 and its `error_id`.

    The refusal carries the declared `error_id` and names the field in `fields`.

    A stored id that names nothing breaks every later read that follows it (a client's
    invoice whose client does not exist) and cannot be repaired by the client that never saw
    an error. The probe repeats a write the server accepted (2xx, positive case) with one owned
    reference set to an id no object has (2147483647, or the property's `maximum`): the body
    carries that field (top level first, then the first element of a list it carries, named
    `rows/0/article_id`), or else the first top-level one the write schema offers is added.
    Everything else is unchanged, so the dangling id is the only reason left to refuse it. One
    probe per operation and `probes-per-operation`. Bulk requests (`x-bulk-report`) report
    each object's refusal in their answer, not by status, and are left out. A 409, or a 422 that
    names only other fields, gives no verdict: repeating a write can meet a state the accepted
    write made (a bind already done, a status that now locks, a number now taken).
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
    answered = spec.response_schema(operation, response.status_code, "application/json")
    if answered is not None and "x-bulk-report" in spec.flatten(answered):
        return NOT_APPLICABLE  # a bulk request refuses each object in its report, not by status
    place = reference_place(spec, schema, body) if schema is not None else None
    if place is None:
        return NOT_APPLICABLE
    if not BUDGET.take(
        REFERENCE_CHECK, label(case), option(ctx, REFERENCE_CHECK, "probes-per-operation", 1)
    ):
        return NOT_APPLICABLE
    path, reference, prop = place
    field = "/".join(str(part) for part in path)
    value = dangling_id(spec, prop)
    probe = send(sent.with_json(with_value(body, path, value)))
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
    named = named_fields(answer)
    if probe.status == CONFLICT or (probe.status == UNPROCESSABLE and named and field not in named):
        return NOT_APPLICABLE  # refused for a state the accepted write itself made: no verdict
    if probe.status != UNPROCESSABLE or error_id != reference.error_id or field not in named:
        raise DanglingReferenceAccepted(
            operation=label(case),
            title="A reference that names nothing was refused with the wrong answer",
            message=f"The accepted {method} repeated with `{field}`: {value} was answered "
            f"{probe.status} with error {error_id!r} and fields {named!r}; "
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
    """An object in a `locked` status of its `x-status-machine` refuses a change (409).

    The refusal carries the machine's `lock_error_id`, with the status the catalogue gives it.

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


def collection_item_url(spec: Spec, sent_url: str, template: str, collection: str) -> str | None:
    """The URL template of one object of a top-level collection (`/articles/{article_id}`),
    rooted where the sent request's path template starts; None when the spec has no such GET."""
    for operation in spec.operations():
        parts = operation.path.strip("/").split("/")
        if (
            operation.method.lower() == "get"
            and len(parts) == 2
            and parts[0] == collection
            and parts[1].startswith("{")
        ):
            return api_root(sent_url, template) + f"/{collection}/{{}}"
    return None


def api_root(sent_url: str, template: str) -> str:
    """The server's base URL (…/api/v1): the sent URL without the segments of the template."""
    parts = urlsplit(sent_url)
    segments = parts.path.rstrip("/").split("/")
    keep = len(segments) - template.strip("/").count("/") - 1
    return urlunsplit((parts.scheme, parts.netloc, "/".join(segments[:keep]), "", ""))


@schemathesis.check
def default_taken_from_reference(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """A field left out of a create takes its `x-default-from` value from the referenced object.

    The value is `field` of the object the sibling `reference` (sent in the create) names.

    The rule lets a client write a row by its article alone and get the article's name, unit
    and price; a server that leaves them empty or invents them prints documents that differ
    from the catalogue they were made from. The created object is read at `Location` and the
    referenced one at its collection's URL (`x-references` `collection`), both with the run's
    key; a referenced field that is empty supplies nothing and is skipped, and so is a line
    price (`x-line-amounts`) when the body sent the other price it is computed from.
    """
    if response.status_code != 201 or case.operation.method.upper() != "POST":
        return NOT_APPLICABLE
    operation = operation_of(case)
    sent = SentRequest.of(response)
    body = sent.json_body()
    location = header(response, "Location")
    if operation is None or not isinstance(body, dict) or not location or not is_positive(case):
        return NOT_APPLICABLE
    spec = spec_of(case)
    schema = spec.request_schema(operation, "application/json")
    if schema is None:
        return NOT_APPLICABLE
    derived = derived_names(spec, operation)
    due: list[tuple[str, DefaultFrom, Reference]] = []
    properties = spec.flatten(schema).get("properties", {})
    for name, prop in properties.items():
        rules = property_rules(spec.flatten(prop))
        if rules is None or rules.default_from is None or name in body:
            continue
        if name in derived and any(other in body for other in derived):
            continue
        source = rules.default_from.reference
        ref_rules = property_rules(spec.flatten(properties.get(source, {})))
        reference = ref_rules.references if ref_rules is not None else None
        if body.get(source) is None or reference is None or not reference.owned:
            continue
        due.append((name, rules.default_from, reference))
    if not due:
        return NOT_APPLICABLE
    url = urljoin(sent.url, location)
    if not same_origin(url, sent.url) or not BUDGET.take(
        DEFAULT_CHECK, label(case), option(ctx, DEFAULT_CHECK, "probes-per-operation", 1)
    ):
        return NOT_APPLICABLE
    read = read_object(url)
    stored = read.json()
    if read.status != 200 or not isinstance(stored, dict):
        return NOT_APPLICABLE  # location_points_at_created reports an unreadable Location
    problems: list[str] = []
    last = read
    referenced: dict[str, Any] = {}
    for name, default, reference in due:
        assert reference.collection is not None
        item = collection_item_url(spec, sent.url, case.operation.path, reference.collection)
        if item is None:
            continue
        target = item.format(body[default.reference])
        if target not in referenced:
            last = read_object(target)
            referenced[target] = last.json() if last.status == 200 else None
        source = referenced[target]
        if not isinstance(source, dict) or source.get(default.field) is None:
            continue
        expected = source[default.field]
        problems += [
            f"{problem} ({reference.collection} {body[default.reference]}'s "
            f"`{default.field}`, x-default-from)"
            for problem in differences({name: expected}, stored, "", set())
        ]
    if problems:
        raise DefaultNotTaken(
            operation=label(case),
            title="A field left out did not take the referenced object's value",
            message="Read back at Location, the fields left out: "
            + "; ".join(p.replace(": sent ", ": expected ", 1) for p in problems[:8])
            + ".",
            probe_curl=read.request.curl(),
        )
    return PASSED


@schemathesis.check
def declared_transition_applies(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """A 2xx action that an `x-status-machine` transition names moves the status to its `to`.

    The action is the last segment of `POST …/{id}/<action>`; the object is read again.

    The status is what clients and the books go by (a cancelled offer cannot be invoiced); an
    action that answers success but leaves the status as it was, or moves it elsewhere, makes
    the next step of every workflow wrong. The object is read again at its own path with the
    run's key, within `probes-per-operation`.
    """
    method = case.operation.method.upper()
    if method != "POST" or not 200 <= response.status_code < 300 or not is_positive(case):
        return NOT_APPLICABLE
    spec = spec_of(case)
    template = read_path(spec, method, case.operation.path)
    if template is None:
        return NOT_APPLICABLE
    reader = spec.operation("get", template)
    schema = spec.response_schema(reader, 200, "application/json") if reader else None
    machine = status_machine(spec, schema) if schema is not None else None
    action = case.operation.path.rstrip("/").rsplit("/", 1)[-1]
    targets = {t.to for t in machine.transitions if t.action == action} if machine else set()
    if machine is None or not targets:
        return NOT_APPLICABLE
    if not BUDGET.take(
        TRANSITION_CHECK, label(case), option(ctx, TRANSITION_CHECK, "probes-per-operation", 2)
    ):
        return NOT_APPLICABLE
    sent = SentRequest.of(response)
    read = read_object(read_url(sent.url, case.operation.path, template))
    stored = read.json()
    if read.status != 200 or not isinstance(stored, dict):
        return NOT_APPLICABLE  # a vanished object is for the delete and refusal checks
    status = stored.get(machine.field)
    if status not in targets:
        raise TransitionNotApplied(
            operation=label(case),
            title="An action did not move the status as its transition declares",
            message=f"`{action}` was answered {response.status_code}; the x-status-machine of "
            f"the object moves `{machine.field}` to {' or '.join(sorted(targets))!s} with it, "
            f"but the object read again has {status!r}.",
            probe_curl=read.request.curl(),
        )
    return PASSED
