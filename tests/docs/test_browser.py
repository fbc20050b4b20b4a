"""The docs page in a real browser with the network off: everything shows, nothing is fetched.

The negative tests feed the same harness pages that do reach out, to prove it would notice.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page

from generator.model.types import Api
from generator.render.docs import render_docs
from generator.render.docs_markdown import slugify
from tests.docs.offline_browser import CHROMIUM, Visit, open_offline

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="make setup installs chromium"),
]


_SHOWN = """() => {
  const shown = (el) => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
  const ops = {};
  for (const s of document.querySelectorAll("section.op")) {
    const h = s.querySelector(":scope > h3");
    ops[s.id] = shown(h) ? h.textContent : null;  // innerText is empty off screen
  }
  const nav = [...document.querySelectorAll("#nav a")].map((a) => a.getAttribute("href"));
  const errors = [...document.querySelectorAll("#error-catalogue tr[id]")]
    .filter(shown).map((tr) => tr.id);
  return {ops, nav, errors};
}"""


def _check_page_shows_every_operation(api: Api, page_file: Path, work: Path) -> Visit:
    """One pass over the live DOM: every operation has a visible section with its summary
    as heading and one entry in the navigation; every catalogue entry has a visible row."""
    with open_offline(page_file, work) as (page, visit):
        seen = page.evaluate(_SHOWN)
    for op in api.operations:
        assert seen["ops"].get(op.operation_id) == (op.summary or op.operation_id), op.operation_id
        assert seen["nav"].count(f"#{op.operation_id}") == 1, op.operation_id
    assert sorted(seen["errors"]) == sorted(f"error-{e.id}" for e in api.error_catalogue)
    visit.assert_offline()
    return visit


def test_fixture_page_renders_offline(fixture_api: Api, tmp_path: Path) -> None:
    render_docs(fixture_api, tmp_path / "site")
    visit = _check_page_shows_every_operation(
        fixture_api, tmp_path / "site" / "index.html", tmp_path
    )
    assert visit.requests == [visit.url]
    if os.geteuid() == 0:  # as on CI: the browser must have had no network at all
        assert visit.isolated, "Chromium did not start in a network namespace of its own"


def test_page_is_readable_without_javascript(fixture_api: Api, tmp_path: Path) -> None:
    render_docs(fixture_api, tmp_path / "site")
    with open_offline(tmp_path / "site" / "index.html", tmp_path, javascript=False) as (page, _):
        for op in fixture_api.operations:
            assert page.locator(f"section.op#{op.operation_id}").is_visible()
        assert page.locator("#search").is_hidden()  # search only appears when it can work
        for op in fixture_api.operations:  # every group of the sidebar stays open
            assert page.locator(f'#nav a[href="#{op.operation_id}"]').is_visible()
        assert "Getting started" in page.inner_text("#introduction")


_RESULTS = "els => els.map(e => [e.getAttribute('href'), e.innerText])"


def _search(page: Page, query: str) -> list[tuple[str, str]]:
    page.fill("#search-box", query)
    return [(href, text) for href, text in page.eval_on_selector_all("#search-results a", _RESULTS)]


def test_inline_script_runs_under_the_page_policy(fixture_api: Api, tmp_path: Path) -> None:
    """The CSP hash must match the script, or search would silently not work."""
    render_docs(fixture_api, tmp_path / "site")
    with open_offline(tmp_path / "site" / "index.html", tmp_path) as (page, visit):
        assert page.locator("#search-box").is_visible()
        assert "#widget_parts_list" in dict(_search(page, "parts"))
    visit.assert_offline()


def test_search_finds_fields_errors_and_goes_there(fixture_api: Api, tmp_path: Path) -> None:
    render_docs(fixture_api, tmp_path / "site")
    with open_offline(tmp_path / "site" / "index.html", tmp_path) as (page, visit):
        hits = dict(_search(page, "colour"))
        assert "#widgets_create" in hits and "field colour" in hits["#widgets_create"]
        assert "#vat_types_list" not in hits
        assert _search(page, "928")[0][0] == "#error-928"
        assert page.locator("#nav .navtag").first.is_hidden()  # results replace the tree
        page.press("#search-box", "Enter")  # the first result
        page.wait_for_function("location.hash === '#error-928'")
        assert page.locator("#error-928").is_visible()
        page.fill("#search-box", "")
        assert page.locator("#search-results a").count() == 0
        assert _search(page, "no such thing anywhere") == []
        assert page.inner_text("#search-results") == "Nothing found."
    visit.assert_offline()


_SIDEBAR = """() => {
  const active = [...document.querySelectorAll("#nav a.active")];
  const nav = document.getElementById("nav").getBoundingClientRect();
  const at = active.length ? active[0].getBoundingClientRect() : null;
  return {
    active: active.map((a) => a.getAttribute("href")),
    inView: !!at && at.height > 0 && at.top >= nav.top && at.bottom <= nav.bottom,
    open: [...document.querySelectorAll("#nav .navtag.open > p a")]
      .map((a) => a.getAttribute("href")),
  };
}"""


def test_deep_anchor_opens_with_the_sidebar_in_place(
    real_api: Api, real_page_path: Path, tmp_path: Path
) -> None:
    """On a page long enough for the sidebar to scroll: the anchor's entry is highlighted,
    its group is the open one and the entry is inside the sidebar's visible box; scrolling
    the page to another operation moves all three along."""
    first, later = real_api.operations[-1], real_api.operations[0]
    tag_of = {op.operation_id: f"#tag-{slugify(op.tag)}" for op in real_api.operations}
    with open_offline(real_page_path, tmp_path, fragment=first.operation_id) as (page, visit):
        seen = page.evaluate(_SIDEBAR)
        assert seen == {
            "active": [f"#{first.operation_id}"],
            "inView": True,
            "open": [tag_of[first.operation_id]],
        }
        page.evaluate(f"document.getElementById('{later.operation_id}').scrollIntoView()")
        active = "document.querySelector('#nav a.active')?.getAttribute('href')"
        page.wait_for_function(f"{active} === '#{later.operation_id}'")
        seen = page.evaluate(_SIDEBAR)
        assert seen["inView"] and seen["open"] == [tag_of[later.operation_id]]
        # the real index: a field finds the operations that send it, an id its catalogue row
        assert "#receipts_create" in dict(_search(page, "quantity_with_unit"))
        entry = real_api.error_catalogue[0]
        assert _search(page, str(entry.id))[0][0] == f"#error-{entry.id}"
    visit.assert_offline()


def test_sidebar_check_fails_when_nothing_is_highlighted(fixture_api: Api, tmp_path: Path) -> None:
    """The sidebar check above can fail: without the script no entry is highlighted."""
    render_docs(fixture_api, tmp_path / "site")
    page_file = tmp_path / "site" / "index.html"
    with open_offline(page_file, tmp_path, javascript=False, fragment="widgets_send") as (page, _):
        assert page.evaluate(_SIDEBAR)["active"] == []


LEAKY_PAGES = {
    "image": '<img src="https://cdn.example.net/logo.png" alt="">',
    "stylesheet": '<link rel="stylesheet" href="http://cdn.example.net/site.css">',
    "css-url": "<style>body{background:url(https://cdn.example.net/bg.png)}</style>",
    "script-fetch": "<script>fetch('https://api.example.net/track')</script>",
    "sibling-file": '<img src="not-inlined.png" alt="">',
}


@pytest.mark.parametrize("leak", sorted(LEAKY_PAGES))
def test_harness_detects_a_page_that_reaches_out(leak: str, tmp_path: Path) -> None:
    page_file = tmp_path / "leaky.html"
    page_file.write_text(f"<!DOCTYPE html><title>t</title><p>hello</p>{LEAKY_PAGES[leak]}\n")
    with open_offline(page_file, tmp_path) as (_, visit):
        pass
    assert visit.foreign_requests, f"{leak}: the request went unnoticed"
    with pytest.raises(AssertionError):
        visit.assert_offline()


def test_harness_detects_a_request_blocked_by_the_page_policy(tmp_path: Path) -> None:
    page_file = tmp_path / "csp.html"
    page_file.write_text(
        '<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
        '<title>t</title><img src="https://cdn.example.net/logo.png" alt="">\n'
    )
    with open_offline(page_file, tmp_path) as (_, visit):
        pass
    # The policy stops the load; the attempt still shows, as a request and a console error.
    assert visit.console_errors, "a CSP violation must be reported"
    with pytest.raises(AssertionError):
        visit.assert_offline()


def test_real_spec_page_renders_offline(
    real_api: Api, real_page_path: Path, tmp_path: Path
) -> None:
    visit = _check_page_shows_every_operation(real_api, real_page_path, tmp_path)
    assert visit.requests == [visit.url]
