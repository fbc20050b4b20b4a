"""Lists: filters, multi-field sort, paging, the envelope and the CSV rendition.

Filters are planned once per route from what the parameters declare (`x-filter`: equals, from,
to, within a range); a parameter named like a field of the listed objects filters on equality.
`search` is a case-insensitive substring of the text fields. `sort` is validated by its
pattern, so every field in it exists.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl, urlencode

from mock_runtime.routing import Route
from spec_rules.types import ListEnvelope, Match, QueryFilter

Filter = tuple[str, Match, str, str | None]  # (parameter, how, field, range end field)


def plan_filters(route: Route, fields: tuple[str, ...], external: str | None) -> list[Filter]:
    """The list filters of a route, as its parameters' `x-filter` declare them; a parameter
    that names a field of the listed objects and declares nothing filters on equality.
    `external` is the objects' external-reference field, for filters that declare it."""
    declared: dict[str, QueryFilter] = route.raw.get("filters", {})
    names = set(fields)
    out: list[Filter] = []
    for name in route.query_params:
        rule = declared.get(name)
        if rule is None:
            if name in names:
                out.append((name, Match.EQUALS, name, None))
            continue
        target = external if rule.external else rule.field
        if target:
            out.append((name, rule.match, target, rule.until))
    return out


def select(
    rows: list[dict[str, Any]],
    query: dict[str, Any],
    filters: list[Filter],
    search_fields: tuple[str, ...],
) -> list[dict[str, Any]]:
    for name, kind, target, until in filters:
        if name not in query:
            continue
        wanted = str(query[name])
        if kind is Match.EQUALS:
            rows = [r for r in rows if _equal(r.get(target), query[name])]
        elif kind is Match.FROM:
            rows = [r for r in rows if _day(r.get(target)) >= wanted]
        elif kind is Match.TO:
            rows = [r for r in rows if _day(r.get(target), "~") <= wanted]
        elif kind is Match.WITHIN and until is not None:
            rows = [r for r in rows if _day(r.get(target)) <= wanted <= _day(r.get(until), "~")]
    needle = query.get("search")
    if isinstance(needle, str) and needle:
        lowered = needle.casefold()
        rows = [
            r
            for r in rows
            if any(isinstance(r.get(f), str) and lowered in r[f].casefold() for f in search_fields)
        ]
    return rows


def _equal(value: Any, wanted: Any) -> bool:
    if type(value) is type(wanted):
        return bool(value == wanted)
    if isinstance(value, bool) or isinstance(wanted, bool):
        return False
    return str(value) == str(wanted)


def _day(value: Any, missing: str = "") -> str:
    """A date or a timestamp as its day, so a range of days takes every time of its last day."""
    return value[:10] if isinstance(value, str) else missing


def order(rows: list[dict[str, Any]], sort: Any, decimals: tuple[str, ...]) -> list[dict[str, Any]]:
    if not isinstance(sort, str) or not sort:
        return rows
    rows = list(rows)
    for part in reversed(sort.split(",")):
        descending = part.startswith("-")
        name = part.lstrip("-")
        rows.sort(key=_key(name, name in decimals), reverse=descending)
    return rows


def _key(name: str, decimal: bool) -> Callable[[dict[str, Any]], tuple[int, Any]]:
    def key(row: dict[str, Any]) -> tuple[int, Any]:
        value = row.get(name)
        if value is None:
            return (0, 0)
        if decimal:
            try:
                return (1, Decimal(str(value)))
            except InvalidOperation:
                return (1, Decimal(0))
        if isinstance(value, bool | int | float):
            return (1, value)
        return (2, str(value).casefold())

    return key


def envelope(
    rows: list[dict[str, Any]],
    query: dict[str, Any],
    url: str,
    raw_query: bytes,
    names: ListEnvelope,
) -> dict[str, Any]:
    """One page of `rows` in the list envelope the spec declares (`x-list-envelope`)."""
    page = int(query.get(names.page_parameter, 1))
    per_page = int(query.get(names.per_page_parameter, names.default_per_page))
    start = (page - 1) * per_page
    data = rows[start : start + per_page]
    paging = (names.page_parameter, names.per_page_parameter)
    pairs = [
        (k, v)
        for k, v in parse_qsl(raw_query.decode("latin-1"), keep_blank_values=True)
        if k not in paging
    ]

    def link(number: int) -> str:
        return f"{url}?{urlencode([(paging[0], number), (paging[1], per_page), *pairs])}"

    more = start + per_page < len(rows)
    return {
        names.data: data,
        names.meta: {names.total: len(rows), names.page: page, names.per_page: per_page},
        names.links: {
            names.self_link: link(page),
            names.next_link: link(page + 1) if more else None,
        },
    }


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> bytes:
    """RFC 4180: header row, CRLF line ends, fields quoted when they need it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue().encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
