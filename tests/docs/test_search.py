"""The page's embedded search index: what a reader can find, and that it stays inert data."""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from generator.model.types import Api
from generator.render.docs import render_page
from generator.render.docs_search import search_index
from tests.docs.page import Page


def _index(page: Page) -> dict[str, Any]:
    (raw,) = re.findall(
        r'<script type="application/json" id="search-data">(.*?)</script>', page.html, re.S
    )
    data: dict[str, Any] = json.loads(raw)
    return data


def _anchors(data: dict[str, Any], term: str) -> set[str]:
    return {data["docs"][i][1] for i in data["terms"].get(term, [])}


def test_a_field_name_finds_the_operations_whose_bodies_have_it(
    fixture_api: Api, fixture_page: Page
) -> None:
    data = _index(fixture_page)
    found = _anchors(data, "colour")
    # request bodies (create, replace) and success responses (get, list through `data` items)
    assert {"widgets_create", "widgets_replace", "widgets_get"} <= found
    assert "vat_types_list" not in found
    assert "schema-Widget" in found and "schema-WidgetCreate" in found
    # nested through a reference and an array: a part's label is in a widget's answer
    assert "widgets_get" in _anchors(data, "label")
    assert _anchors(data, "page") >= {"widgets_list"}  # parameters are terms too


def test_every_operation_schema_and_error_is_a_document_with_a_target(
    fixture_api: Api, fixture_page: Page
) -> None:
    data = _index(fixture_page)
    docs = {(d[0], d[1]) for d in data["docs"]}
    assert {("op", op.operation_id) for op in fixture_api.operations} <= docs
    assert {("schema", f"schema-{name}") for name in fixture_api.schemas} <= docs
    assert {("error", f"error-{e.id}") for e in fixture_api.error_catalogue} <= docs
    assert {anchor for _, anchor in docs} <= set(fixture_page.ids)
    (error,) = [d for d in data["docs"] if d[1] == "error-928"]
    assert error[2] == "928 Invalid field" and "A body field is wrong." in error[3]
    words = {d[1]: d[4] for d in data["docs"] if d[0] == "op"}  # searched, not shown
    assert words["widgets_create"] == "Adds a widget; see the rules."  # Markdown as plain text
    assert words["widgets_get"] == "Does get."


def test_the_index_cannot_close_its_script_element(fixture_api: Api) -> None:
    sly = dataclasses.replace(
        fixture_api.operation("widgets_get"), summary="Read </script><script>alert(1)</script>"
    )
    api = dataclasses.replace(
        fixture_api,
        operations=tuple(
            sly if o.operation_id == "widgets_get" else o for o in fixture_api.operations
        ),
    )
    raw = search_index(api, list(api.operations))
    assert "<" not in raw
    assert json.loads(raw)["docs"][list(api.operations).index(sly)][2] == sly.summary
    page = Page(render_page(api))
    assert [s.get("type") for s in page.tags("script")] == ["application/json", None]


def test_the_index_is_in_page_order_and_deterministic(fixture_api: Api) -> None:
    first = search_index(fixture_api, list(fixture_api.operations))
    assert first == search_index(fixture_api, list(fixture_api.operations))
    terms = list(json.loads(first)["terms"])
    assert terms == sorted(terms)
