"""list_paging_consistent: passes a consistent walk, fails duplicates, gaps and wrong totals."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import schemathesis

from contract_tests.checks import paging
from contract_tests.checks._failures import PagingInconsistent
from contract_tests.checks._probe import ProbeResult, SentRequest
from tests.contract.conftest import Standin, context, make_case, make_response, send_to

ITEMS = [
    {"widget_id": n, "uri": f"http://h/api/v1/widgets/{n}", "name": "w", "size": 1}
    for n in range(1, 6)
]


def fake_server(
    items: list[dict[str, Any]], total: int | None = None, repeat_previous: bool = False
):  # type: ignore[no-untyped-def]
    """A `get` that pages `items`, optionally announcing a wrong total or repeating a page."""

    def get(url: str, headers: dict[str, str]) -> ProbeResult:
        query = parse_qs(urlsplit(url).query)
        page, per_page = int(query["page"][0]), int(query["per_page"][0])
        shown = page - 1 if repeat_previous and page > 1 else page
        data = items[(shown - 1) * per_page : shown * per_page]
        more = page * per_page < len(items)
        body = {"data": data, "meta": {"total": len(items) if total is None else total, "page": page, "per_page": per_page},
                "links": {"self": url, "next": f"http://h/api/v1/widgets?page={page + 1}&per_page={per_page}" if more else None}}  # fmt: skip
        import json

        return ProbeResult(
            SentRequest("GET", url, headers, None), 200, {}, json.dumps(body).encode()
        )

    return get


def first_page(total: int = 5) -> schemathesis.Response:
    body = {
        "data": ITEMS[:2],
        "meta": {"total": total, "page": 1, "per_page": 2},
        "links": {"self": "x", "next": "y"},
    }
    return make_response(200, body, url="http://h/api/v1/widgets?page=1&per_page=2")


@pytest.mark.server
def test_the_stand_ins_lists_page_consistently(
    schema: schemathesis.BaseSchema, standin: Standin
) -> None:
    response = send_to(standin, "GET", "/widgets?per_page=25")
    assert response.status_code == 200
    assert (
        paging.list_paging_consistent(
            context(schema), response, make_case(schema, "GET", "/widgets")
        )
        is None
    )


def test_a_consistent_walk_passes(
    schema: schemathesis.BaseSchema, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "get", fake_server(ITEMS))
    assert (
        paging.list_paging_consistent(
            context(schema), first_page(), make_case(schema, "GET", "/widgets")
        )
        is None
    )


@pytest.mark.parametrize(
    ("server", "expected"),
    [
        (fake_server(ITEMS, repeat_previous=True), "appears on page 1 and again on page 2"),
        (fake_server(ITEMS, total=6), "links.next is null on page 3, but meta.total=6"),
        (fake_server(ITEMS[:2] + ITEMS[3:], total=4), "skipped"),
    ],
)
def test_an_inconsistent_walk_fails(
    schema: schemathesis.BaseSchema, monkeypatch: pytest.MonkeyPatch, server: Any, expected: str
) -> None:
    if expected == "skipped":
        calls: list[str] = []
        walk_server, full_server = server, fake_server(ITEMS)

        def get(url: str, headers: dict[str, str]) -> ProbeResult:
            calls.append(url)
            return (full_server if "per_page=100" in url else walk_server)(url, headers)

        monkeypatch.setattr(paging, "get", get)
    else:
        monkeypatch.setattr(paging, "get", server)
    with pytest.raises(PagingInconsistent, match=expected):
        paging.list_paging_consistent(
            context(schema), first_page(), make_case(schema, "GET", "/widgets")
        )


def test_the_walk_is_bounded_per_operation(
    schema: schemathesis.BaseSchema, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paging, "get", fake_server(ITEMS))
    case = make_case(schema, "GET", "/widgets")
    assert paging.list_paging_consistent(context(schema), first_page(), case) is None
    assert (
        paging.list_paging_consistent(context(schema), first_page(), case) is True
    )  # budget spent
