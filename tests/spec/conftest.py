"""Fixtures for the spec tests: the checked-in bundle and the source tree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "openapi"
BUNDLE_JSON = ROOT / "generated" / "openapi.json"
HTTP_METHODS = ("get", "put", "post", "patch", "delete")


@pytest.fixture(scope="session")
def bundle() -> dict[str, Any]:
    """The bundled spec; `tests/generator` proves it is fresh, so testing it tests the sources."""
    data: dict[str, Any] = json.loads(BUNDLE_JSON.read_text(encoding="utf-8"))
    return data


def operations(bundle: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the bundle, in document order."""
    return [
        (path, method, item[method])
        for path, item in bundle["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def resolve(bundle: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) until a non-reference node is reached."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = bundle
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node
