"""Every non-JSON rendition a GET documents (XML, CSV, HTML, PDF), asked for explicitly."""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis import Case

from contract_tests.renditions import rendition_cases
from contract_tests.session import current_schema, current_settings, phases_of, run_case

SETTINGS = current_settings()
CASES = (
    rendition_cases(current_schema(), SETTINGS.api_key) if "examples" in phases_of(SETTINGS) else []
)


@pytest.mark.parametrize(
    ("case", "headers"), [(case, headers) for _, case, headers in CASES], ids=[c[0] for c in CASES]
)
def test_rendition(case: Case[Any], headers: dict[str, str]) -> None:
    run_case(case, headers)
