"""Rule (d2): a PUT answered 2xx replaces the object; fields left out return to their defaults."""

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
from contract_tests.checks._failures import ReplaceNotReplacing
from contract_tests.checks._probe import BUDGET, ProbeResult, SentRequest, send
from contract_tests.checks._writes import (
    defaults,
    derived_names,
    differences,
    left_out_defaults,
    read_object,
    read_url,
    write_only_names,
)
from contract_tests.spec import Spec

NAME = "put_replaces_object"


@schemathesis.check
def put_replaces_object(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """After a 2xx PUT the object holds exactly what was sent; fields left out take their default.

    PUT is a replacement (openapi.yaml, "Conventions"): a client that leaves a field out asks
    for the write schema's `default`, not for the old value. A PUT that merges instead keeps
    stale values nobody sees in the request. Where a field with a default was left out, the
    check also gives that field another value with PATCH, repeats the PUT, and expects the
    default back: a merging server passes the first read whenever the old value happened to
    be the default.
    """
    if case.operation.method.upper() != "PUT" or not 200 <= response.status_code < 300:
        return NOT_APPLICABLE
    sent = SentRequest.of(response)
    body = sent.json_body()
    operation = operation_of(case)
    if not isinstance(body, dict) or operation is None or not is_positive(case):
        return NOT_APPLICABLE
    spec = spec_of(case)
    if spec.operation("get", case.operation.path) is None:
        return NOT_APPLICABLE
    schema = spec.request_schema(operation)
    url = read_url(sent.url, case.operation.path, case.operation.path)
    defaulted = defaults(spec, schema)
    write_only = write_only_names(spec, schema)
    left_out = left_out_defaults(body, defaulted, write_only)
    if not BUDGET.take(NAME, label(case), option(ctx, NAME, "probes-per-operation", 2)):
        return NOT_APPLICABLE
    read = read_object(url)
    problems = _compare(read, body, left_out, write_only | derived_names(spec, operation))
    probe = read
    limit = option(ctx, NAME, "default-probes-per-operation", 1)
    waived = any(name in write_only for name in body)  # see left_out_defaults
    if (
        not problems
        and defaulted
        and not waived
        and BUDGET.take(f"{NAME}:defaults", label(case), limit)
    ):
        probe, problems = _probe_defaults(spec, case, sent, body, url, defaulted)
    if problems:
        raise ReplaceNotReplacing(
            operation=label(case),
            title="PUT did not replace the object",
            message="; ".join(problems[:8]) + ".",
            probe_curl=probe.request.curl(),
        )
    return PASSED


def _compare(
    read: ProbeResult, body: dict[str, Any], left_out: dict[str, Any], skip: set[str]
) -> list[str]:
    stored = read.json()
    if read.status != 200 or not isinstance(stored, dict):
        return [f"GET after the PUT answered {read.status}, expected 200 with the object"]
    problems = differences(body, stored, "", skip)
    for name, default in left_out.items():
        problems += [
            f"{problem} (left out of the PUT: the default {default!r} was due)"
            for problem in differences({name: default}, stored, "", set())
        ]
    return problems


def _probe_defaults(
    spec: Spec,
    case: Case[Any],
    sent: SentRequest,
    body: dict[str, Any],
    url: str,
    defaulted: dict[str, Any],
) -> tuple[ProbeResult, list[str]]:
    """Give a defaulted field another value (PATCH), PUT without it, expect the default back.

    The case's own PUT is sent again at the end when it named the field, so the object is
    left as the case left it.
    """
    patch = spec.operation("patch", case.operation.path)
    patch_fields = spec.flatten(spec.request_schema(patch)).get("properties", {}) if patch else {}
    for name, default in defaulted.items():
        other = _another_value(spec, patch_fields.get(name), default)
        if other is None:
            continue
        changed = send(sent.replace(method="PATCH").with_json({name: other}))
        if not 200 <= changed.status < 300:
            continue
        without = {k: v for k, v in body.items() if k != name}
        replaced = send(sent.with_json(without))
        if not 200 <= replaced.status < 300:
            return replaced, []
        read = read_object(url)
        if name in body:
            send(sent)
        return read, [
            f"{problem}: PATCH set {name}={other!r}, then a PUT without {name} kept it "
            f"(the default {default!r} was due)"
            for problem in differences({name: default}, read.json(), "", set())
        ]
    return ProbeResult(sent, 0, {}, b""), []


def _another_value(spec: Spec, prop: Any, default: Any) -> Any:
    if prop is None:
        return None
    flat = spec.flatten(prop)
    if isinstance(default, bool):
        return not default
    for candidate in [*flat.get("enum", []), flat.get("example")]:
        if candidate is not None and candidate != default:
            return candidate
    return None
