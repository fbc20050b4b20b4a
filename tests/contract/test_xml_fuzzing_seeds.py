"""The deep profile's fuzzing of every operation with an XML body raises no error of the suite.

A fuzzed property name starting with `{` once crashed the XML writer (ElementTree read it as a
namespace) on 1 seed in 3 of the deep profile. This runs the real suite, fuzzing only, on the
XML operations over fixed seeds (the one that crashed among them) against one mock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.mock import ROOT, MockServer
from contract_tests.results import Results

pytestmark = pytest.mark.server
XML_OPERATIONS = r"^receipts_(create|replace|update)$"
SEEDS = (
    274369706191464829595995220070433322426,  # the seed of issue 9
    1,
    2,
    3,
    20261204,
    99991,
    123456789,
    987654321012345678901234567890,
)
KEYS = ("xml-seeds-key-1", "xml-seeds-key-2")


def test_deep_fuzzing_of_xml_operations_raises_no_suite_error(tmp_path: Path) -> None:
    errors: list[str] = []
    responses = 0
    with MockServer(keys=KEYS) as mock:
        for seed in SEEDS:
            report_dir = tmp_path / str(seed)
            env = {
                **os.environ,
                "BASE_URL": mock.base_url,
                "API_KEY": KEYS[0],
                "API_KEY_2": KEYS[1],
                "PROFILE": "deep",
                "CONTRACT_OPERATIONS": XML_OPERATIONS,
                "CONTRACT_PHASES": "fuzzing",
                "CONTRACT_SEED": str(seed),
                "CONTRACT_REPORT_DIR": str(report_dir),
            }
            subprocess.run(
                [sys.executable, "-m", "contract_tests"],
                cwd=ROOT, env=env, capture_output=True, timeout=120, check=False,
            )  # fmt: skip
            results = Results.load(report_dir / "contract-results.json")
            responses += sum(results.responses.values())
            errors += [
                f"seed {seed}: {e.where}: {e.traceback or e.message}" for e in results.errors
            ]
    assert not errors, "\n\n".join(errors)
    assert responses >= 100 * len(SEEDS)  # every seed really fuzzed the three operations
