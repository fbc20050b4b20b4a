"""Scenarios that follow the spec's OpenAPI links across every domain (create → read → delete …)."""

from __future__ import annotations

import pytest

from contract_tests.session import current_schema, current_settings, phases_of, run_state_machine


def test_links_stateful() -> None:
    if "stateful" not in phases_of(current_settings()):
        pytest.skip("the stateful phase is off in this profile or focus")
    run_state_machine(current_schema())
