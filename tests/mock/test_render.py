"""The renderer: deterministic bytes, and a routes table that says what the mock does."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from spec_rules.computed import Op
from tests.mock.conftest import ROOT


def _load(path: Path) -> object:
    spec = importlib.util.spec_from_file_location(f"m{abs(hash(path))}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_output_is_deterministic(mock_package: Path, tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "mock",
            "openapi/openapi.yaml",
            "--out",
            str(tmp_path),
            "--partial",
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    again = tmp_path / "mock_server"
    names = sorted(p.name for p in mock_package.iterdir() if p.is_file())
    assert names == [
        "__init__.py",
        "examples.json",
        "resources.py",
        "routes.py",
        "schemas.json",
        "seeds.json",
    ]
    for name in names:
        assert (again / name).read_bytes() == (mock_package / name).read_bytes(), name


def test_routes_table(mock_package: Path) -> None:
    routes = _load(mock_package / "routes.py").ROUTES  # type: ignore[attr-defined]
    by_id = {r["operation_id"]: r for r in routes}
    get = by_id["warehouses_get"]
    assert get["method"] == "GET" and get["kind"] == "read" and get["resource"] == "warehouses"
    assert get["id_param"] == "warehouse_id"
    assert get["responses"][200][0] == {"application/json": "#/components/schemas/Warehouse"}
    create = by_id["warehouses_create"]
    assert create["request"]["media_types"] == {
        "application/json": "#/components/schemas/WarehouseCreate"
    }
    assert "Location" in create["responses"][201][1]
    stock = by_id["warehouses_get_stock"]
    assert stock["action"] == "stock" and stock["resource"] == "warehouses"


def test_resources_and_seeds(mock_package: Path) -> None:
    resources = _load(mock_package / "resources.py").RESOURCES  # type: ignore[attr-defined]
    warehouses = resources["warehouses"]
    assert warehouses["id_field"] == "warehouse_id"
    assert warehouses["defaults"] == {"active": True}
    label = next(rule for name, kind, rule in warehouses["derive"] if name == "financial_account")
    assert label.value.op is Op.FROM_REFERENCE  # declared with x-computed, not guessed
    assert label.value.args == ("financial_account_id", "code", "name") and label.limit == 150
    assert warehouses["refs"] == {"financial_account_id": "financial_accounts"}
    seeds = json.loads((mock_package / "seeds.json").read_text())
    assert [s["object"]["warehouse_id"] for s in seeds["warehouses"]] == [1]
    schemas = json.loads((mock_package / "schemas.json").read_text())
    assert "Warehouse" in schemas["components"]["schemas"]
    assert schemas["operations"]["warehouses_get"]["path"]["required"] == ["warehouse_id"]
