"""The suite catches every fault of the catalogue, and nothing on the clean mock.

The harness runs the real suite (`python -m contract_tests`, focused per fault) through the
fault proxy in front of the generated mock; see contract_tests/faults/. The detection table is
printed and written to reports/fault-detection.md.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from contract_tests.faults.catalogue import build_catalogue
from contract_tests.faults.harness import FAULT_KEYS, Detection, Harness, detection_table, with_mock
from contract_tests.mock import ROOT
from contract_tests.report import text_summary
from contract_tests.results import Results

pytestmark = pytest.mark.server
FAULTS = list(build_catalogue(FAULT_KEYS[0], FAULT_KEYS[1]))


@pytest.fixture(scope="module")
def outcome() -> Iterator[tuple[Results, dict[str, Detection]]]:
    if not (ROOT / "generated" / "mock_server").is_dir() and "CONTRACT_MOCK_ARGS" not in os.environ:
        pytest.skip("generated/mock_server is missing: run `make generate`")
    with with_mock() as mock:
        clean, detections = Harness(mock.base_url).run()
    table = detection_table(detections)
    print("\n" + table)
    report = ROOT / "reports" / "fault-detection.md"
    report.parent.mkdir(exist_ok=True)
    report.write_text(f"# Fault detection\n\n```\n{table}\n```\n", encoding="utf-8")
    yield clean, {d.fault: d for d in detections}


def test_the_clean_mock_raises_no_alarm(outcome: tuple[Results, dict[str, Detection]]) -> None:
    clean, _ = outcome
    assert clean.ok, text_summary(clean)
    assert len(clean.operations) >= 8  # the clean run covered the ground of every fault


@pytest.mark.parametrize("fault", FAULTS)
def test_each_fault_is_detected_by_its_check(
    outcome: tuple[Results, dict[str, Detection]], fault: str
) -> None:
    detection = outcome[1][fault]
    assert detection.detected, (
        f"{fault} ({detection.violates}) was not caught by {detection.expected}; "
        f"failed checks: {detection.failed_checks or 'none'}; errors: {detection.errors or 'none'}"
    )


def test_the_catalogue_holds_at_least_fifteen_kinds_of_violation() -> None:
    catalogue = build_catalogue(FAULT_KEYS[0], FAULT_KEYS[1])
    assert len(catalogue) >= 15
    assert len({spec.detected_by for spec in catalogue.values()}) >= 12


def test_the_faults_are_run_through_the_real_suite() -> None:
    source = (Path(__file__).parents[2] / "contract_tests" / "faults" / "harness.py").read_text()
    assert '"-m", "contract_tests"' in source
