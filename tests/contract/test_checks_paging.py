"""list_paging_consistent: passes a consistent walk, fails duplicates, gaps and wrong totals."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import schemathesis

from contract_tests.checks import paging
from contract_tests.checks._failures import PagingInconsistent
from contract_tests.checks._probe import ProbeResult, SentRequest
from tests.contract.conftest import Standin, context, make_case, make_response, send_to

Get = Callable[[str, dict[str, str]], ProbeResult]
ITEMS = [
    {"widget_id": n, "uri": f"http://h/api/v1/widgets/{n}", "name": "w", "size": 1}
    for n in range(1, 6)
]


def pages_of(items: list[dict[str, Any]], total: int | None = None, repeat: bool = False) -> Get:
    """A `get` paging `items`; it can announce a wrong total or serve page n - 1 as page n."""

    def get(url: str, headers: dict[str, str]) -> ProbeResult:
        query = parse_qs(urlsplit(url).query)
        page, per_page = int(query["page"][0]), int(query["per_page"][0])
        shown = page - 1 if repeat and page > 1 else page
        more = page * per_page < len(items)
        next_url = f"http://h/api/v1/widgets?page={page + 1}&per_page={per_page}"
        body = {
            "data": items[(shown - 1) * per_page : shown * per_page],
            "meta": {
                "total": len(items) if total is None else total,
                "page": page,
                "per_page": per_page,
            },
            "links": {"self": url, "next": next_url if more else None},
        }
        return ProbeResult(
            SentRequest("GET", url, headers, None), 200, {}, json.dumps(body).encode()
        )

    return get


def walk_and_full_page(walk: Get, full: Get) -> Get:
    """The walk sees one server, the single large page another (to show a gap)."""

    def get(url: str, headers: dict[str, str]) -> ProbeResult:
        return (full if "per_page=100" in url else walk)(url, headers)

    return get


def first_page() -> schemathesis.Response:
    body = {
        "data": ITEMS[:2],
        "meta": {"total": 5, "page": 1, "per_page": 2},
        "links": {"self": "x", "next": "y"},
    }
    return make_response(200, body, url="http://h/api/v1/widgets?page=1&per_page=2")


def run(schema: schemathesis.BaseSchema) -> bool | None:
    return paging.list_paging_consistent(
        context(schema), first_page(), make_case(schema, "GET", "/widgets")
    )


@pytest.mark.server
def test_the_stand_ins_lists_page_consistently(
    schema: schemathesis.BaseSchema, standin: Standin
) -> None:
    response = send_to(standin, "GET", "/widgets?per_page=25")
    assert response.status_code == 200
    case = make_case(schema, "GET", "/widgets")
    assert paging.list_paging_consistent(context(schema), response, case) is None


def test_a_consistent_walk_passes(
    schema: schemathesis.BaseSchema, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "get", pages_of(ITEMS))
    assert run(schema) is None


@pytest.mark.parametrize(
    ("server", "expected"),
    [
        (pages_of(ITEMS, repeat=True), "appears on page 1 and again on page 2"),
        (pages_of(ITEMS, total=6), "links.next is null on page 3, but meta.total=6"),
        (walk_and_full_page(pages_of(ITEMS[:2] + ITEMS[3:], total=4), pages_of(ITEMS)), "skipped"),
    ],
)
def test_an_inconsistent_walk_fails(
    schema: schemathesis.BaseSchema, monkeypatch: pytest.MonkeyPatch, server: Get, expected: str
) -> None:
    monkeypatch.setattr(paging, "get", server)
    with pytest.raises(PagingInconsistent, match=expected):
        run(schema)


def test_the_walk_is_bounded_per_operation(
    schema: schemathesis.BaseSchema, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "get", pages_of(ITEMS))
    assert run(schema) is None
    assert run(schema) is True  # the walk budget of the operation is spent
