"""What every check needs from a case: the spec, its operation, its options, its budget."""

from __future__ import annotations

from typing import Any

from schemathesis import Case, CheckContext

from contract_tests.spec import Operation, Spec, spec_for


def spec_of(case: Case[Any]) -> Spec:
    return spec_for(case.operation.schema.raw_schema)


def operation_of(case: Case[Any]) -> Operation | None:
    return spec_of(case).operation(case.operation.method, case.operation.path)


def option(ctx: CheckContext, check: str, name: str, default: int) -> int:
    """An integer option of one of our checks from `schemathesis.toml` (`[checks] x = { … }`)."""
    value: Any = ctx.config.custom_kwargs.get(check, {}).get(name, default)
    return int(value)


def label(case: Case[Any]) -> str:
    return str(case.operation.label)


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def is_positive(case: Case[Any]) -> bool:
    """Whether every part of the request was generated valid (no negative-testing mutation)."""
    return case.meta is None or not case.meta.generation.mode.is_negative


# schemathesis counts a check that returns a truthy value as skipped, anything else as passed.
NOT_APPLICABLE = True
PASSED = None
