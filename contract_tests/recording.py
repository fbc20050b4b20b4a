"""What the suite records while it runs: every check outcome, and the findings of each test.

schemathesis hands every response's check results to the `after_validate` hook; the recorder
counts them per operation and check and keeps each distinct failure with its `curl` line. A
test does not stop at a finding: it ends with all of them (`ContractViolations`).
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, Response
from schemathesis.checks import CHECKS, CheckResult
from schemathesis.core.failures import Failure
from schemathesis.engine import Status

from contract_tests.checks._context import is_positive as _is_positive
from contract_tests.checks._probe import SentRequest
from contract_tests.results import FailureRecord, Results

ACCEPTED_PHASE_ORDER = ("examples", "coverage", "fuzzing", "stateful", "explicit")


class ContractViolations(AssertionError):
    """Raised at the end of a test whose cases broke the contract (all findings, not the first)."""


# schemathesis' built-in checks, in the words of this suite (several have no docstring).
BUILTIN_RULES = {
    "not_a_server_error": "The server never answers 5xx.",
    "status_code_conformance": "Every status code is one the operation documents.",
    "content_type_conformance": "Every Content-Type is one documented for the status.",
    "response_headers_conformance": "Required response headers are present and valid.",
    "response_schema_conformance": "Every body validates against its documented schema.",
    "negative_data_rejection": "A request that breaks the schema is refused with a 4xx.",
    "positive_data_acceptance": "A schema-valid request is accepted (or 401/403/404/409/422).",
    "missing_required_header": "A request without a required header is refused.",
    "unsupported_method": "A method the path does not document answers 405 with Allow.",
    "allow_header_conformance": "Allow lists exactly the methods the path documents.",
    "use_after_free": "A deleted resource can no longer be read.",
    "ensure_resource_availability": "A resource just created can be read.",
    "ignored_auth": "An operation that declares authentication enforces it.",
    "object_level_authorization": "One identity cannot read another's objects (needs identities).",
}


def check_rule(name: str) -> str:
    """The rule a check enforces: the first line of its docstring, or the built-ins' table."""
    if name in BUILTIN_RULES:
        return BUILTIN_RULES[name]
    for check in CHECKS.get_all():
        if getattr(check, "__name__", None) == name:
            doc = (check.__doc__ or "").strip()
            return doc.splitlines()[0] if doc else name
    return name


class Recorder:
    """Collects check outcomes for the whole session and the findings of the current test."""

    def __init__(self) -> None:
        self.results = Results()
        self.current: list[FailureRecord] = []
        # JSON bodies answered 2xx, per operation and phase (the success paths reuse them)
        self.accepted: dict[str, dict[str, Any]] = {}

    def accepted_bodies(self, operation: str) -> list[Any]:
        """Accepted bodies, the closest to the spec's examples first (coverage keeps their
        values where it can; fuzzing invents ids that other operations may not accept)."""
        kept = self.accepted.get(operation, {})
        return [kept[phase] for phase in ACCEPTED_PHASE_ORDER if phase in kept]

    def after_validate(
        self, case: Case[Any], response: Response, results: list[CheckResult]
    ) -> None:
        operation = str(case.operation.label)
        self.results.record_response(operation, response.status_code)
        phase = case.meta.phase.name.value if case.meta is not None else "explicit"
        if 200 <= response.status_code < 300 and _is_positive(case):
            body = SentRequest.of(response).json_body()
            if isinstance(body, dict):
                self.accepted.setdefault(operation, {}).setdefault(phase, body)
        for result in results:
            if result.status == Status.SUCCESS or result.failure is None:
                self.results.record_pass(operation, result.name)
                continue
            record = _failure_record(operation, result.name, result.failure, response, phase)
            if self.results.record_failure(record):
                self.current.append(record)

    def take_current(self) -> list[FailureRecord]:
        found, self.current = self.current, []
        return found


def _failure_record(
    operation: str, check: str, failure: Failure, response: Response, phase: str
) -> FailureRecord:
    try:
        curl = SentRequest.of(response).curl()
    except Exception:  # a response without its request cannot be replayed
        curl = "(request not available)"
    return FailureRecord(
        operation=operation,
        check=check,
        rule=check_rule(check),
        title=failure.title,
        message=failure.message,
        curl=curl,
        status=response.status_code,
        phase=phase,
    )


RECORDER = Recorder()


@schemathesis.hook
def after_validate(
    context: Any, case: Case[Any], response: Response, results: list[CheckResult]
) -> None:
    RECORDER.after_validate(case, response, results)


def format_findings(findings: list[FailureRecord]) -> str:
    lines = [f"{len(findings)} contract violation(s):"]
    for record in findings:
        lines += [
            "",
            f"[{record.check}] {record.title} — {record.operation} "
            f"({record.phase}, HTTP {record.status})",
            f"  rule: {record.rule}",
            *(f"  {line}" for line in record.message.splitlines()),
            f"  request: {record.curl}",
        ]
    return "\n".join(lines)
