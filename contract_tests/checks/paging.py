"""Rule (d): walking a list with `links.next` visits every object once, and `meta.total` of them."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._context import NOT_APPLICABLE, PASSED, label, option
from contract_tests.checks._failures import PagingInconsistent
from contract_tests.checks._probe import BUDGET, SentRequest, get, response_json, same_origin

NAME = "list_paging_consistent"
FULL_PAGE = 100


def is_list_envelope(body: Any) -> bool:
    return (
        isinstance(body, dict)
        and isinstance(body.get("data"), list)
        and isinstance(body.get("meta"), dict)
        and isinstance(body["meta"].get("total"), int)
        and isinstance(body.get("links"), dict)
    )


def identity(item: Any) -> str:
    if isinstance(item, dict):
        uri = item.get("uri")
        if isinstance(uri, str):
            return uri
        ids = [f"{k}={v}" for k, v in item.items() if k.endswith("_id") and isinstance(v, int)]
        if ids:
            return ids[0]
    return json.dumps(item, sort_keys=True)


def with_paging(url: str, page: int, per_page: int, *, filters: bool = True) -> str:
    """`url` at one page; without `filters`, only its `sort` is kept."""
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in ("page", "per_page", "format") and (filters or k == "sort")
    ]
    query += [("page", str(page)), ("per_page", str(per_page))]
    return urlunsplit(parts._replace(query=urlencode(query)))


class _Walk:
    def __init__(self, sent: SentRequest, per_page: int, max_pages: int, filters: bool) -> None:
        self.headers = {
            k: v for k, v in sent.headers.items() if k.lower() in ("x-api-key", "authorization")
        }
        self.headers["Accept"] = "application/json"
        self.start = with_paging(sent.url, 1, per_page, filters=filters)
        self.per_page = per_page
        self.max_pages = max_pages
        self.problems: list[str] = []
        self.order: list[str] = []
        self.first_seen: dict[str, int] = {}
        self.total: int | None = None
        self.completed = False
        self.last_curl = ""

    def run(self) -> None:
        url: str | None = self.start
        for number in range(1, self.max_pages + 1):
            assert url is not None
            page = get(url, self.headers)
            self.last_curl = page.request.curl()
            body = page.json()
            if page.status != 200 or not is_list_envelope(body):
                self.problems.append(
                    f"page {number} ({url}) answered {page.status} without a list envelope"
                )
                return
            self._page(number, body)
            next_url = body["links"].get("next")
            if next_url is None:
                self.completed = True
                return
            following = urljoin(url, str(next_url))
            if not same_origin(following, url):
                self.problems.append(f"links.next {following} names another server")
                return
            url = following

    def _page(self, number: int, body: dict[str, Any]) -> None:
        meta, data = body["meta"], body["data"]
        if self.total is None:
            self.total = meta["total"]
        elif meta["total"] != self.total:
            self.problems.append(
                f"meta.total changed from {self.total} to {meta['total']} on page {number}"
            )
        if meta.get("page") != number:
            self.problems.append(f"page {number} reports meta.page={meta.get('page')}")
        if meta.get("per_page") != self.per_page:
            self.problems.append(
                f"page {number} reports meta.per_page={meta.get('per_page')}, asked {self.per_page}"
            )
        has_next = body["links"].get("next") is not None
        if len(data) > self.per_page or (has_next and len(data) != self.per_page):
            self.problems.append(
                f"page {number} holds {len(data)} objects with per_page={self.per_page}"
            )
        if (
            not has_next
            and self.total is not None
            and (number - 1) * self.per_page + len(data) < self.total
        ):
            self.problems.append(
                f"links.next is null on page {number}, "
                f"but meta.total={self.total} objects are not all shown"
            )
        for item in data:
            key = identity(item)
            if key in self.first_seen:
                self.problems.append(
                    f"{key} appears on page {self.first_seen[key]} and again on page {number}"
                )
            else:
                self.first_seen[key] = number
                self.order.append(key)


@schemathesis.check
def list_paging_consistent(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Following `links.next` from page 1 visits every object exactly once, `meta.total` in all.

    A client that syncs a list (a web shop importing clients) trusts `links.next` and
    `meta.total` (openapi.yaml, "Lists"). Each page can be schema-valid while the pages
    together duplicate or skip objects, or announce a total they never deliver. The walk uses a
    small page size and a page limit (the first walk of an operation keeps only the request's
    sort, later ones its filters too), then compares with one large page to find gaps.
    """
    if response.status_code != 200 or case.method.upper() != "GET":
        return NOT_APPLICABLE
    body = response_json(response)
    if not is_list_envelope(body):
        return NOT_APPLICABLE
    # The first walk of an operation pages through the whole list (filters would often leave
    # fewer objects than two pages); later ones keep the request's filters.
    first = BUDGET.used(NAME, label(case)) == 0
    if not first and body["meta"]["total"] < 2:
        return NOT_APPLICABLE
    if not BUDGET.take(NAME, label(case), option(ctx, NAME, "walks-per-operation", 1)):
        return NOT_APPLICABLE
    walk = _Walk(
        SentRequest.of(response),
        per_page=option(ctx, NAME, "per-page", 2),
        max_pages=option(ctx, NAME, "max-pages", 8),
        filters=not first,
    )
    walk.run()
    if (
        walk.completed
        and walk.total is not None
        and len(walk.order) != walk.total
        and not walk.problems
    ):
        walk.problems.append(
            f"the walk found {len(walk.order)} distinct objects, meta.total says {walk.total}"
        )
    if walk.completed and walk.total is not None and walk.total <= FULL_PAGE and not walk.problems:
        full = get(with_paging(walk.start, 1, FULL_PAGE), walk.headers)
        full_body = full.json()
        if full.status == 200 and is_list_envelope(full_body):
            expected = [identity(item) for item in full_body["data"]]
            missing = [key for key in expected if key not in walk.first_seen]
            if missing:
                walk.problems.append(
                    f"the walk skipped {', '.join(missing[:5])} "
                    f"(present on one page of {FULL_PAGE})"
                )
            elif expected != walk.order:
                walk.problems.append(
                    "the pages list the objects in another order than one large page"
                )
    if walk.problems:
        raise PagingInconsistent(
            operation=label(case),
            title="Paging duplicates, skips or miscounts objects",
            message=f"Walking from {walk.start}: " + "; ".join(walk.problems[:6]) + ".",
            probe_curl=walk.last_curl,
        )
    return PASSED
