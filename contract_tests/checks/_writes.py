"""What the write-effect checks share: where an object is read back, snapshots, comparison.

A write is judged by what a later read returns, never by the write's own answer: a server
whose 200 echoes the request but stores something else is exactly what these checks are for.
The state before a write is read in schemathesis' `before_call` hook, only for the writes a
check will judge and only within its per-operation budget, so a run pays a few extra reads
per operation, not one per request.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import schemathesis
from schemathesis import Case, HookContext

from contract_tests.budget import may_probe
from contract_tests.checks._context import is_positive, spec_of
from contract_tests.checks._probe import BUDGET, ProbeResult, get
from contract_tests.spec import JsonObject, Spec

WRITE_METHODS = ("PUT", "PATCH", "DELETE", "POST")
PATCH_CHECK = "patch_changes_only_sent_fields"
REFUSAL_CHECK = "refused_write_changes_nothing"
DEFAULT_SNAPSHOTS = 2
_MAX_KEPT = 500
_SNAPSHOTS: dict[str, ProbeResult] = {}


def read_path(spec: Spec, method: str, path: str) -> str | None:
    """The path template whose GET shows what a write on `path` changed, if the spec has one.

    An item write (`PUT /warehouses/{id}`) is read at its own path; an action
    (`POST /price_offers/{id}/cancel`) at its parent's. A create (`POST /warehouses`) has no
    object before it exists.
    """
    if method == "POST":
        parent, _, last = path.rpartition("/")
        if "{" in last or not parent.endswith("}"):
            return None
        path = parent
    return path if spec.operation("get", path) is not None else None


def read_url(sent_url: str, template: str, read_template: str) -> str:
    """The URL of the read path for a request sent to `sent_url` (query dropped)."""
    parts = urlsplit(sent_url)
    segments = parts.path.rstrip("/").split("/")
    drop = template.count("/") - read_template.count("/")
    path = "/".join(segments[: len(segments) - drop]) if drop else parts.path
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def credentials() -> dict[str, str]:
    """The run's own key: snapshots read as the account under test, whatever the case sent."""
    return {"X-API-Key": os.environ.get("API_KEY", ""), "Accept": "application/json"}


def read_object(url: str) -> ProbeResult:
    return get(url, credentials())


def _enabled(case: Case[Any], name: str) -> tuple[bool, int]:
    config = case.operation.schema.config.checks_config_for(operation=case.operation)
    limit = int(
        config.custom_kwargs.get(name, {}).get("snapshots-per-operation", DEFAULT_SNAPSHOTS)
    )
    return bool(config.get_by_name(name=name).enabled), limit


def take_snapshot(case: Case[Any], url: str) -> None:
    """Read the object a write is about to change, if a check will judge this write."""
    method = case.operation.method.upper()
    if method not in WRITE_METHODS:
        return
    spec = spec_of(case)
    template = read_path(spec, method, case.operation.path)
    if template is None:
        return
    wanted = []
    for name in (PATCH_CHECK, REFUSAL_CHECK):
        if name == PATCH_CHECK and (method != "PATCH" or not is_positive(case)):
            continue
        enabled, limit = _enabled(case, name)
        if enabled and BUDGET.used(f"{name}:snapshot", str(case.operation.label)) < limit:
            wanted.append(name)
    if not wanted or not may_probe():
        return
    found = read_object(read_url(url, case.operation.path, template))
    if found.status == 200 and isinstance(found.json(), dict):
        for name in wanted:
            BUDGET.take(f"{name}:snapshot", str(case.operation.label), 1 << 30)
        if len(_SNAPSHOTS) > _MAX_KEPT:
            _SNAPSHOTS.clear()
        _SNAPSHOTS[case.id] = found


def snapshot_of(case: Case[Any]) -> ProbeResult | None:
    """The object as it was before this case's request, if it was read."""
    return _SNAPSHOTS.pop(case.id, None)


@schemathesis.hook
def before_call(context: HookContext, case: Case[Any], **kwargs: Any) -> None:
    try:
        url = str(case.as_transport_kwargs()["url"])
    except Exception:  # a case that cannot be serialised fails in its own call, with its error
        return
    take_snapshot(case, url)


def _properties(spec: Spec, schema: Any) -> Iterator[tuple[JsonObject, str, Any]]:
    """(flattened owner, name, property) for every property at any depth of `schema`, through
    objects and array items, each owner once (recursive schemas end)."""
    seen: set[int] = set()
    pending = [schema]
    while pending:
        flat = spec.flatten(pending.pop())
        if id(flat) in seen:
            continue
        seen.add(id(flat))
        for name, prop in flat.get("properties", {}).items():
            yield flat, name, prop
            pending.append(prop)
        if "items" in flat:
            pending.append(flat["items"])


def write_only_names(spec: Spec, schema: Any) -> set[str]:
    """Properties a client writes that are never returned (`writeOnly`), at any depth."""
    return {
        name for _, name, prop in _properties(spec, schema) if spec.flatten(prop).get("writeOnly")
    }


def defaults(spec: Spec, schema: Any) -> dict[str, Any]:
    """The top-level properties of a write schema that declare a `default`."""
    found: dict[str, Any] = {}
    for name, prop in spec.flatten(schema).get("properties", {}).items():
        flat = spec.flatten(prop)
        if "default" in flat:
            found[name] = flat["default"]
    return found


def left_out_defaults(
    body: dict[str, Any], defaulted: dict[str, Any], write_only: set[str]
) -> dict[str, Any]:
    """The defaults due for fields a write left out.

    None are due when the body holds a write-only field: such an input (`quantity_with_unit`)
    exists to be stored in other fields, which then need not take their defaults.
    """
    if any(name in write_only for name in body):
        return {}
    return {name: value for name, value in defaulted.items() if name not in body}


def derived_names(spec: Spec, operation: Any) -> set[str]:
    """Fields the spec declares the server derives on a write, at any depth of the object the
    operation answers with: `x-computed` ones (a text's markup follows the text sent) and the
    line prices of `x-line-amounts` (one price is computed from the other). A write that sends
    the source may see them change; that is the declared rule, not a lost write."""
    schema = None
    for status in (200, 201):
        schema = schema or spec.response_schema(operation, status, "application/json")
    names: set[str] = set()
    if schema is None:
        return names
    owners: set[int] = set()
    for owner, name, prop in _properties(spec, schema):
        roles = owner.get("x-line-amounts")
        if id(owner) not in owners and isinstance(roles, dict):
            owners.add(id(owner))
            names.update(str(roles[r]) for r in ("price", "price_with_tax") if r in roles)
        if isinstance(prop, dict) and "x-computed" in prop:
            names.add(name)
    return names


def differences(sent: Any, read: Any, where: str, skip: set[str]) -> list[str]:
    """How `read` departs from what was `sent`: every sent field, compared as the spec means.

    Decimal strings compare as decimals (`"10.5"` is `"10.50"`), date-times as instants, numbers
    as numbers; objects compare the fields that were sent (the server adds computed ones),
    lists entry by entry. A null sent may come back absent. Names in `skip` are write-only.
    """
    if isinstance(sent, dict):
        if not isinstance(read, dict):
            return [f"{where or '/'}: sent an object, read {_short(read)}"]
        found: list[str] = []
        for key, value in sent.items():
            if key in skip:
                continue
            if key not in read:
                if value is not None:
                    found.append(f"{where}/{key}: sent {_short(value)}, the field is missing")
                continue
            found += differences(value, read[key], f"{where}/{key}", skip)
        return found
    if isinstance(sent, list):
        if not isinstance(read, list) or len(read) != len(sent):
            return [f"{where}: sent {len(sent)} entries, read {_short(read)}"]
        return [
            problem
            for index, (a, b) in enumerate(zip(sent, read, strict=True))
            for problem in differences(a, b, f"{where}/{index}", skip)
        ]
    return [] if same_value(sent, read) else [f"{where}: sent {_short(sent)}, read {_short(read)}"]


def same_value(sent: Any, read: Any) -> bool:
    if sent == read and type(sent) is type(read):
        return True
    if isinstance(sent, bool) or isinstance(read, bool) or sent is None or read is None:
        return False
    first, second = _decimal(sent), _decimal(read)
    if first is not None and second is not None:
        return first == second
    if isinstance(sent, str) and isinstance(read, str):
        one, other = _instant(sent), _instant(read)
        return one is not None and one == other
    return False


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _instant(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
