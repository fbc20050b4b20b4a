"""Every operation, through the examples, coverage and fuzzing phases, with every check."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from contract_tests.session import current_schema, run_case

schema = current_schema()


@schema.parametrize()
def test_operation(case: Case[Any]) -> None:
    run_case(case)
