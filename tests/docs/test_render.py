"""The docs page: complete (every operation, the catalogue, the schemas), self-contained (no
reference that could make a browser fetch anything) and deterministic."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import html
import re
from pathlib import Path

import pytest

from generator.model.types import Api
from generator.render.docs import render_page
from tests.docs.page import Page, render_page_file

ALLOWED_HOSTS = {"books.example.com", "127.0.0.1:4010"}
# Every attribute through which HTML can make a browser load or send something.
URL_ATTRIBUTES = {
    "src",
    "srcset",
    "href",
    "action",
    "formaction",
    "poster",
    "data",
    "cite",
    "background",
    "manifest",
    "ping",
    "xlink:href",
    "longdesc",
    "lowsrc",
}
FETCHING_TAGS = {
    "link",
    "img",
    "iframe",
    "frame",
    "object",
    "embed",
    "audio",
    "video",
    "source",
    "track",
    "base",
    "form",
    "svg",
    "image",
    "picture",
    "portal",
}


def _samples(page: Page, language: str = "python") -> list[str]:
    return [
        html.unescape(m)
        for m in re.findall(
            rf'<pre class="sample {language}"><code>(.*?)</code></pre>', page.html, re.S
        )
    ]


def assert_self_contained(page: Page) -> None:
    for tag, attrs in page.elements:
        assert tag not in FETCHING_TAGS, f"<{tag}> may fetch: {attrs}"
        for name, value in attrs.items():
            if name in URL_ATTRIBUTES:
                assert value.startswith("#") and "://" not in value, f"<{tag} {name}={value!r}>"
            assert not name.startswith("on"), f"inline handler <{tag} {name}>"
        if tag == "script":
            assert "src" not in attrs
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            pytest.fail("meta refresh")
    styles = re.findall(r"<style>(.*?)</style>", page.html, re.S)
    assert styles and all("url(" not in s and "@import" not in s for s in styles)
    hosts = set(re.findall(r"(?:https?:)?//([A-Za-z0-9.\-]+(?::\d+)?)", page.text))
    assert hosts <= ALLOWED_HOSTS, f"unexpected hosts in text: {hosts - ALLOWED_HOSTS}"


def test_every_operation_has_a_section_and_a_nav_entry(
    fixture_api: Api, fixture_page: Page
) -> None:
    nav_targets = {a["href"] for a in fixture_page.tags("a")}
    for op in fixture_api.operations:
        assert fixture_page.ids.get(op.operation_id) == "section", op.operation_id
        assert f"#{op.operation_id}" in nav_targets
        section = fixture_page.section(op.operation_id)
        assert f'<span class="m {op.method}">{op.method.upper()}</span>' in section
        assert f'<code class="path">{op.path}</code>' in section
        assert html.escape(op.summary, quote=False) in section


def test_operations_are_grouped_by_tag_in_spec_order(fixture_page: Page) -> None:
    tag_ids = [i for i in fixture_page.ids if i.startswith("tag-")]
    assert tag_ids == ["tag-widgets", "tag-widget-parts", "tag-vat-types", "tag-other"]
    text = fixture_page.html
    order = [
        text.index(f'id="{i}"')
        for i in (
            "widgets_list",
            "widgets_create",
            "widgets_get",
            "widgets_replace",
            "widgets_delete",
            "widgets_send",
        )
    ]
    assert order == sorted(order), "GET, POST on a collection, then GET, PUT, DELETE on an item"


def test_error_catalogue_table_lists_every_entry(fixture_api: Api, fixture_page: Page) -> None:
    assert fixture_page.ids["error-catalogue"] == "section"
    rows = re.findall(
        r'<tr id="error-(\d+)" class="(\w+)"><td>(\d+)</td><td>(\d+)</td>', fixture_page.html
    )
    expected = sorted(
        (str(e.id), e.kind, str(e.id), str(e.status)) for e in fixture_api.error_catalogue
    )
    assert rows == expected
    assert "A body field is <code>wrong</code>." in fixture_page.html


def test_getting_started_is_markdown_rendered_safely(fixture_page: Page) -> None:
    assert fixture_page.ids["gs-getting-started"] == "h2"
    assert '<li><a href="#gs-rate-limits">Rate limits</a></li>' in fixture_page.html
    assert "<td>60 a minute</td>" in fixture_page.html
    assert "&lt;script&gt;alert(" in fixture_page.html
    scripts = fixture_page.tags("script")  # the page's own and its search index (inert data)
    assert [s.get("type") for s in scripts] == ["application/json", None]
    # links keep their address as text; an image becomes its alt text
    assert "(<code>https://books.example.com/support</code>)" in fixture_page.html
    assert '<span class="img-alt">[logo]</span>' in fixture_page.html
    assert "cdn.example.net" not in fixture_page.html


def test_page_references_nothing_outside_itself(fixture_page: Page) -> None:
    assert_self_contained(fixture_page)


def test_self_containment_check_catches_an_external_image() -> None:
    with pytest.raises(AssertionError):
        assert_self_contained(Page('<style></style><img src="https://cdn.example.net/x.png">'))
    with pytest.raises(AssertionError):
        assert_self_contained(Page('<style></style><a href="https://evil.example.org/">x</a>'))
    with pytest.raises(AssertionError):
        assert_self_contained(Page("<style>body{background:url(//x.org/a.png)}</style>"))


def test_csp_allows_exactly_the_inline_style_and_script(fixture_page: Page) -> None:
    (meta,) = [m for m in fixture_page.tags("meta") if m.get("http-equiv")]
    policy = meta["content"]
    assert "default-src 'none'" in policy
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        (body,) = re.findall(rf"<{tag}>(.*?)</{tag}>", fixture_page.html, re.S)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy


def test_request_body_shows_fields_rules_and_example(fixture_page: Page) -> None:
    section = fixture_page.section("widgets_create")
    assert (
        '<p class="media"><code>application/json</code> <a href="#schema-WidgetCreate">' in section
    )
    assert '<code>name</code> <span class="req">required</span>' in section
    assert "length 1 … 100" in section
    assert 'one of <code>"red"</code>, <code>"green"</code>' in section
    assert '<details class="example" open><summary>Example <code>widget_create</code>' in section
    assert '"price": "12.50"' in section


def test_responses_show_status_description_headers_body_and_links(fixture_page: Page) -> None:
    section = fixture_page.section("widgets_create")
    assert '<span class="status s2">201</span></td><td>Created.</td>' in section
    assert "<code>Location</code>" in section
    assert '<a href="#widgets_get">get</a>' in section
    # a shared error response: status and description here, the rest once in #common
    assert (
        '<a class="status s4" href="#response-429">429</a></td>'
        '<td colspan="2">Too many requests (920).</td>'
    ) in section
    assert "A rule of the books is broken (924)." in section  # used twice only: printed here
    shared = fixture_page.html[fixture_page.html.index('id="response-429"') :]
    assert "<code>Retry-After</code>" in shared[: shared.index("</div>")]


def test_shared_parameters_are_described_once(fixture_page: Page) -> None:
    get = fixture_page.section("widgets_get")
    assert (
        '<p class="common">Common: <a href="#param-header-x-accept-version">'
        "<code>x-accept-version</code></a> (header)</p>"
    ) in get
    # a path parameter stays with its operation, described in full
    assert '<code>widget_id</code> <span class="req">required</span></td><td>path</td>' in get
    assert 'Id of the widget. <span class="ex">Example: <code>42</code></span>' in get
    assert fixture_page.ids["param-header-x-accept-version"] == "tr"
    assert fixture_page.ids["param-query-page"] == "tr"
    assert fixture_page.html.count("Major version the client was written for.") == 1


def test_request_schema_fields_are_printed_with_their_operations(fixture_page: Page) -> None:
    entry = fixture_page.html[fixture_page.html.index('id="schema-WidgetCreate"') :]
    entry = entry[: entry.index("</section>")]
    assert 'see the request body of <a href="#widgets_create">widgets_create</a>' in entry
    assert "<table" not in entry
    replace = fixture_page.section("widgets_replace")  # same body schema: linked, not repeated
    assert 'Fields: as in the request body of <a href="#widgets_create">' in replace
    assert '<table class="fields">' not in replace


def test_a_body_in_two_media_types_shows_its_fields_once(fixture_api: Api) -> None:
    op = fixture_api.operation("widgets_create")
    assert op.request_body is not None
    json_body = op.request_body.content[0]
    xml_body = dataclasses.replace(
        json_body, media_type="application/xml", examples=(("widget_xml", "<widget/>"),)
    )
    both = dataclasses.replace(
        op, request_body=dataclasses.replace(op.request_body, content=(json_body, xml_body))
    )
    operations = tuple(both if o is op else o for o in fixture_api.operations)
    page = Page(render_page(dataclasses.replace(fixture_api, operations=operations)))
    section = page.section("widgets_create")
    assert section.count('<table class="fields">') == 1
    assert "<code>application/json</code>, <code>application/xml</code>" in section
    assert "Example <code>widget_xml</code> (application/xml)" in section


def test_a_repeated_example_links_to_where_it_shows(fixture_page: Page) -> None:
    create = fixture_page.section("widgets_create")
    replace = fixture_page.section("widgets_replace")
    assert "Example <code>widget_create</code> (application/json)</summary>" in create
    assert (
        '<p class="example-at">Example <code>widget_create</code> (application/json): as in the '
        'request body of <a href="#widgets_create">widgets_create</a>.</p>'
    ) in replace


def test_read_only_nullable_nested_and_composed_fields(fixture_page: Page) -> None:
    schema = fixture_page.html[fixture_page.html.index('id="schema-Widget"') :]
    schema = schema[: schema.index("</section>")]
    assert (
        '<code>widget_id</code> <span class="req">required</span> <span class="ro">read-only</span>'
        in schema
    )
    assert "<code>total</code>" in schema  # from allOf Totals
    assert "<code>dimensions.width_mm</code>" in schema
    assert "<code>parts</code>" in schema and 'array of <a href="#schema-WidgetPart">' in schema
    assert "string | null" in schema
    assert "Name &lt;b&gt;shown&lt;/b&gt; on documents." in schema


def test_every_schema_has_an_entry(fixture_api: Api, fixture_page: Page) -> None:
    assert {i[len("schema-") :] for i in fixture_page.ids if i.startswith("schema-")} == set(
        fixture_api.schemas
    )
    hrefs = {a["href"] for a in fixture_page.tags("a")}
    assert hrefs <= {f"#{i}" for i in fixture_page.ids}, "every in-page link has a target"


def test_every_operation_has_a_curl_and_a_python_sample(
    fixture_api: Api, fixture_page: Page
) -> None:
    python, curl = _samples(fixture_page), _samples(fixture_page, "curl")
    assert len(python) == len(curl) == len(fixture_api.operations)
    for sample in python:
        compile(sample, "<sample>", "exec")
    create = html.unescape(fixture_page.section("widgets_create"))
    assert "from books_api_client.friendly import BooksApi" in create
    assert (
        'api = BooksApi(api_key="YOUR_API_KEY", base_url="https://books.example.com/api/v1")'
        in create
    )
    assert "widget = api.widgets.create(body)" in create
    assert "curl -X POST https://books.example.com/api/v1/widgets" in create
    get = html.unescape(fixture_page.section("widgets_get"))
    assert "widget = api.widgets.get(42)" in get  # the parameter's example
    renamed = render_page(fixture_api, {"WidgetCreate": "NewWidget"})
    assert "body = NewWidget(" in html.unescape(renamed)


def test_output_is_deterministic(fixture_api: Api, tmp_path: Path) -> None:
    shuffled = dataclasses.replace(
        fixture_api, schemas=dict(reversed(list(fixture_api.schemas.items())))
    )
    first = render_page(fixture_api)
    assert render_page(shuffled) == first
    assert render_page_file(fixture_api, tmp_path).html == first


def test_page_is_small(fixture_page: Page) -> None:
    assert len(fixture_page.html.encode()) < 100_000


def test_real_spec_page_is_complete_and_self_contained(real_api: Api, real_page_path: Path) -> None:
    page = Page(real_page_path.read_text(encoding="utf-8"))
    for op in real_api.operations:
        assert page.ids.get(op.operation_id) == "section", op.operation_id
    for entry in real_api.error_catalogue:
        assert f"error-{entry.id}" in page.ids
    assert_self_contained(page)
    for sample in _samples(page):
        compile(sample, "<sample>", "exec")
    assert real_page_path.stat().st_size < 2_000_000
