"""Fixtures for the docs tests: the page of the hand-built Api and, once the model builder
exists, the page of the real spec; the real mock server for running samples."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from generator.model.types import Api
from generator.render.docs import render_docs
from tests.docs.page import Page, render_page_file
from tests.fixtures.docs_api import docs_api
from tests.mock.conftest import mock_package, server  # the real mock, for the samples

__all__ = ["mock_package", "server"]

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_JSON = ROOT / "generated" / "openapi.json"


@pytest.fixture(scope="session")
def fixture_api() -> Api:
    return docs_api()


@pytest.fixture(scope="session")
def fixture_page(fixture_api: Api, tmp_path_factory: pytest.TempPathFactory) -> Page:
    return render_page_file(fixture_api, tmp_path_factory.mktemp("docs"))


def _build_real_api() -> Api | None:
    try:
        build = importlib.import_module("generator.model.build")
    except ModuleNotFoundError:
        return None
    if not BUNDLE_JSON.exists():
        return None
    bundle: dict[str, Any] = json.loads(BUNDLE_JSON.read_text(encoding="utf-8"))
    api: Api = build.build_model(bundle)
    return api


@pytest.fixture(scope="session")
def real_api() -> Api:
    api = _build_real_api()
    if api is None:
        pytest.skip("generator/model/build.py or generated/openapi.json does not exist yet")
    return api


@pytest.fixture(scope="session")
def real_page_path(real_api: Api, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs-real")
    render_docs(real_api, out)
    return out / "index.html"
