"""The Spectral house rules fire: each one is shown a spec that breaks it and must report it.

`make lint` proves the real spec passes; this proves passing means something.
"""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.spec.conftest import ROOT, SPEC_DIR

_SPECTRAL = ["npx", "--no-install", "spectral", "lint", "--format=json", "--quiet"]


def _spectral(ruleset: str, document: Path) -> set[str]:
    result = subprocess.run(
        [*_SPECTRAL, "-r", str(ROOT / ruleset), str(document)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    start = result.stdout.find("[")
    findings = json.loads(result.stdout[start:]) if start >= 0 else []
    return {f"{item['code']}@{'/'.join(map(str, item['path'][:3]))}" for item in findings}


def _break(bundle: dict[str, Any]) -> dict[str, Any]:
    broken = copy.deepcopy(bundle)
    paths = broken["paths"]
    paths["/warehouses"]["get"]["operationId"] = "listWarehouses"
    del paths["/warehouses"]["get"]["responses"]["429"]
    del paths["/warehouses"]["post"]["responses"]["415"]
    del paths["/warehouses/{warehouse_id}"]["get"]["responses"]["200"]["headers"][
        "X-RateLimit-Reset"
    ]
    del paths["/warehouses"]["post"]["responses"]["201"]["headers"]["Location"]
    del paths["/warehouses"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    del paths["/warehouses/{warehouse_id}/stock"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]
    paths["/employees"]["get"]["tags"] = ["Employees", "Warehouses"]
    broken["components"]["responses"]["TooManyRequests"]["headers"].pop("Retry-After")
    props = broken["components"]["schemas"]["Warehouse"]["properties"]
    props["financialAccount"] = props.pop("financial_account")
    return broken


_EXPECTED = {
    "house-operation-id@paths//warehouses/get",
    "house-standard-errors@paths//warehouses/get",
    "house-body-errors@paths//warehouses/post",
    "house-rate-limit-headers@paths//warehouses/{warehouse_id}/get",
    "house-location-on-201@paths//warehouses/post",
    "house-request-examples@paths//warehouses/post",
    "house-response-examples@paths//warehouses/{warehouse_id}/stock/get",
    "house-tagged-once@paths//employees/get",
    "house-retry-after@components/responses/TooManyRequests",
    "house-snake-case-properties@components/schemas/Warehouse",
}


@pytest.fixture(scope="module")
def findings(bundle: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    target = tmp_path_factory.mktemp("lint") / "broken.json"
    target.write_text(json.dumps(_break(bundle)), encoding="utf-8")
    return _spectral(".spectral.yaml", target)


@pytest.mark.parametrize("expected", sorted(_EXPECTED))
def test_house_rule_fires(findings: set[str], expected: str) -> None:
    rule = expected.split("@")[0]
    assert any(f.startswith(rule) for f in findings), f"{rule} did not fire; got {sorted(findings)}"


def test_source_rules_fire(tmp_path: Path) -> None:
    root = yaml.safe_load((SPEC_DIR / "openapi.yaml").read_text(encoding="utf-8"))
    root["paths"]["/warehouses"] = {"get": {"responses": {}}}
    root["x-extra"] = True
    copy_path = SPEC_DIR / "_tmp_lint_rules.yaml"
    try:
        copy_path.write_text(yaml.safe_dump(root, sort_keys=False), encoding="utf-8")
        found = _spectral(".spectral-sources.yaml", copy_path)
    finally:
        copy_path.unlink()
    assert any(f.startswith("house-root-paths-are-refs") for f in found), found
    assert any(f.startswith("house-root-only-allowed-keys") for f in found), found
