"""One run of the suite: the schema under test, configured, and the results being collected.

The pytest modules in `suite/` only declare tests; what a test does with a case lives here, so
the same code path serves the full run, a focused run and the fault-injection harness.
"""

from __future__ import annotations

import contextlib
from typing import Any

import requests
import schemathesis
from schemathesis import Case, Response
from schemathesis.checks import CHECKS, CheckResult
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.core.result import Ok
from schemathesis.engine import Status

import contract_tests.checks
import contract_tests.schemathesis_compat
import contract_tests.xml_transport  # noqa: F401  (XML bodies per the spec's XML mapping)
from contract_tests.checks._probe import SentRequest
from contract_tests.config import build_config, enabled_phases, merged_config
from contract_tests.results import FailureRecord, Results
from contract_tests.settings import RunSettings
from contract_tests.spec import (
    Operation,
    Spec,
    load_document,
    spec_for,
    without_header_parameter,
)


class ContractViolations(AssertionError):
    """Raised at the end of a test whose cases broke the contract (all findings, not the first)."""


def load_schema(settings: RunSettings) -> schemathesis.BaseSchema:
    config = build_config(settings.profile, settings.focus)
    if settings.seed is not None:
        config.update(seed=settings.seed, max_failures=None)
    document = without_header_parameter(load_document(settings.spec_path), "X-Account-Id")
    loaded = schemathesis.openapi.from_dict(document, config=config)
    if settings.rate_limit:
        loaded.config.update(rate_limit=settings.rate_limit)
    schema: schemathesis.BaseSchema = loaded
    if settings.operations:
        schema = loaded.include(operation_id_regex=settings.operations)
    return schema


def phases_of(settings: RunSettings) -> list[str]:
    return enabled_phases(merged_config(settings.profile, settings.focus))


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

    def after_validate(
        self, case: Case[Any], response: Response, results: list[CheckResult]
    ) -> None:
        operation = str(case.operation.label)
        self.results.record_response(operation, response.status_code)
        phase = case.meta.phase.name.value if case.meta is not None else "explicit"
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


_SESSION: list[requests.Session] = []


def http_session() -> requests.Session:
    """One keep-alive session for the run (schemathesis opens a connection per call without it)."""
    if not _SESSION:
        session = requests.Session()
        # Reading proxy settings from the environment on every request costs more than the
        # request itself against a local server; a remote one keeps the environment's proxies.
        session.trust_env = not _is_loopback(current_settings().base_url)
        _SESSION.append(session)
    return _SESSION[0]


def _is_loopback(url: str) -> bool:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")


def close_http_session() -> None:
    while _SESSION:
        _SESSION.pop().close()


def run_case(case: Case[Any], headers: dict[str, str] | None = None) -> None:
    """Send one case and run every enabled check; findings are recorded, not raised."""
    # Findings are recorded by `after_validate`; the test reports them all when it ends.
    with contextlib.suppress(FailureGroup):
        case.call_and_validate(session=http_session(), headers=headers)


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


Rendition = tuple[str, Case[Any], dict[str, str]]


def rendition_cases(schema: schemathesis.BaseSchema) -> list[Rendition]:
    """One case per non-JSON rendition of a GET's success answer (XML, CSV, HTML, PDF).

    Generated cases ask for JSON almost always, so the other formats the spec promises would go
    untested. Each case names the rendition in `Accept` (and in `format` where the operation
    has one) and takes its path parameters from the spec's examples. Cases built by hand get
    no generated credentials, so the headers to send (Accept, the API key) come with them.
    """
    spec = spec_for(schema.raw_schema)
    key = current_settings().api_key
    cases: list[Rendition] = []
    for result in schema.get_all_operations():
        operation = result.ok() if isinstance(result, Ok) else None
        found = None if operation is None else spec.operation(operation.method, operation.path)
        if operation is None or found is None or found.method != "get":
            continue
        path_parameters, formats = _examples_and_formats(spec, found)
        if path_parameters is None:
            continue  # a path parameter without an example: nothing to ask for
        for media_type in _renditions(spec, found):
            query = {}
            short = media_type.split("/")[-1]
            if short in formats:
                query["format"] = short
            case = operation.Case(path_parameters=path_parameters, query=query)
            headers = {"Accept": media_type, "X-API-Key": key}
            cases.append((f"{operation.label} as {media_type}", case, headers))
    return cases


def _renditions(spec: Spec, operation: Operation) -> list[str]:
    for status, response in operation.definition.get("responses", {}).items():
        if str(status).startswith("2"):
            content = spec.resolve(response).get("content", {})
            return [media for media in content if media != "application/json"]
    return []


def _examples_and_formats(
    spec: Spec, operation: Operation
) -> tuple[dict[str, Any] | None, list[str]]:
    item = spec.resolve(spec.document["paths"][operation.path])
    path_parameters: dict[str, Any] = {}
    formats: list[str] = []
    for raw in [*item.get("parameters", []), *operation.definition.get("parameters", [])]:
        parameter = spec.resolve(raw)
        schema = spec.flatten(parameter.get("schema", {}))
        if parameter.get("in") == "path":
            example = parameter.get("example", schema.get("example"))
            if example is None:
                return None, []
            path_parameters[parameter["name"]] = example
        elif parameter.get("in") == "query" and parameter.get("name") == "format":
            formats = [str(value) for value in schema.get("enum", [])]
    return path_parameters, formats


_CURRENT: dict[str, Any] = {}


def current_settings() -> RunSettings:
    if "settings" not in _CURRENT:
        _CURRENT["settings"] = RunSettings.from_env()
    settings: RunSettings = _CURRENT["settings"]
    return settings


def current_schema() -> schemathesis.BaseSchema:
    """The schema of this run, loaded once for all suite modules."""
    if "schema" not in _CURRENT:
        _CURRENT["schema"] = load_schema(current_settings())
    schema: schemathesis.BaseSchema = _CURRENT["schema"]
    return schema


def run_state_machine(schema: schemathesis.BaseSchema) -> None:
    """Follow the spec's links in random scenarios; findings are recorded like any case's."""
    import pytest
    from schemathesis.core.errors import NoLinksFound

    try:
        machine = schema.as_state_machine()
    except NoLinksFound as exc:
        pytest.skip(f"stateful phase: {exc}")

    class RecordingMachine(machine):  # type: ignore[valid-type, misc]
        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"session": http_session()}

        def validate_response(
            self, response: Response, case: Case[Any], additional_checks: Any = None, **kwargs: Any
        ) -> None:
            with contextlib.suppress(FailureGroup):
                super().validate_response(
                    response, case, additional_checks=additional_checks, **kwargs
                )

    RecordingMachine.run(settings=schema.config.get_hypothesis_settings(phase="stateful"))
