"""Fixtures for the docs tests: the page of the hand-built Api and, once the model builder
exists, the page of the real spec."""

from __future__ import annotations

import importlib
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from generator.model.types import Api
from generator.render.docs import render_docs
from tests.fixtures.docs_api import docs_api

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_JSON = ROOT / "generated" / "openapi.json"


class Page(HTMLParser):
    """The parts of a rendered page the tests look at: elements, ids, attributes, text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.html = html
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.ids: dict[str, str] = {}
        self.text_parts: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.elements.append((tag, values))
        if "id" in values:
            assert values["id"] not in self.ids, f"duplicate id {values['id']}"
            self.ids[values["id"]] = tag

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def tags(self, name: str) -> list[dict[str, str]]:
        return [attrs for tag, attrs in self.elements if tag == name]

    def section(self, element_id: str) -> str:
        """The HTML of the <section> with this id (sections of operations do not nest)."""
        start = self.html.index(f'<section class="op" id="{element_id}">')
        return self.html[start : self.html.index("</section>", start)]


def render_page(api: Api, out_dir: Path) -> Page:
    render_docs(api, out_dir)
    return Page((out_dir / "index.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fixture_api() -> Api:
    return docs_api()


@pytest.fixture(scope="session")
def fixture_page(fixture_api: Api, tmp_path_factory: pytest.TempPathFactory) -> Page:
    return render_page(fixture_api, tmp_path_factory.mktemp("docs"))


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
