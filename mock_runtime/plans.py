"""Resource plans (generated `resources.py`) compiled once into closures for the write path.

The generated plan names its rules (`("uri", "uri", None)`, `("total_paid", "total_paid",
"payments")`); here each becomes a function of (record, context), so a write runs a short
list of calls instead of interpreting rule names per field per object.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mock_runtime import derive as dv
from mock_runtime.money import compute, dec, money
from mock_runtime.store import Account, Record
from spec_rules.types import ResourceRules


@dataclass(slots=True)
class Ctx:
    """What the rules of one write may look at."""

    account: Account
    parents: tuple[int, ...]
    now: str  # YYYY-MM-DD HH:MM:SS, UTC
    today: dt.date
    sent: set[str] = field(default_factory=set)  # fields the request carried
    changed: str = ""  # the sub-collection whose change triggered a refresh
    deferred: list[Record] = field(default_factory=list)  # payments of "what is still open"


Rule = Callable[[Record, Ctx], None]
_IMMUTABLE = (str, int, float, bool, type(None))


def fresh(value: Any) -> Any:
    return value if isinstance(value, _IMMUTABLE) else copy.deepcopy(value)


@dataclass(slots=True)
class Nested:
    name: str
    many: bool
    countries: list[tuple[str, str]]  # (field, code field)
    placeholders: dict[str, Any]


@dataclass(slots=True)
class Plan:
    raw: dict[str, Any]
    key: str
    id_field: str
    parents: tuple[str, ...]
    object_path: str
    collection_path: str
    read_schema: str
    fields: tuple[str, ...]
    writable: frozenset[str]
    defaults: dict[str, Any]
    static_defaults: dict[str, Any]  # the immutable ones, shared safely
    mutable_defaults: dict[str, Any]  # lists and objects, copied for every object
    splits_quantity: bool
    embedded: dict[str, str]
    lines: str | None
    document: bool
    line: bool
    refs: dict[str, str]
    rules: ResourceRules  # what the spec declares: references, defaults, numbering, statuses
    on_create: list[tuple[str, str, Any]]
    kept: frozenset[str]  # generated once, kept by a replace that does not send them
    number: dict[str, Any] | None
    derive: list[Rule]
    nested: list[Nested]
    placeholders: dict[str, Any]
    csv_columns: tuple[str, ...]
    list_omits: frozenset[str]  # sub-lists left out of list entries
    search_fields: tuple[str, ...]
    decimal_fields: tuple[str, ...]


def compile_plans(resources: dict[str, dict[str, Any]]) -> dict[str, Plan]:
    return {key: _compile(raw, resources) for key, raw in resources.items()}


def _compile(raw: dict[str, Any], resources: dict[str, dict[str, Any]]) -> Plan:
    number = next((r[2] for r in raw["on_create"] if r[1] == "number"), None)
    return Plan(
        raw=raw,
        key=raw["key"],
        id_field=raw["id_field"],
        parents=tuple(raw["parents"]),
        object_path=raw["object_path"],
        collection_path=raw["collection_path"],
        read_schema=raw["read_schema"],
        fields=tuple(raw["fields"]),
        writable=frozenset(raw["writable"]),
        defaults=dict(raw["defaults"]),
        static_defaults={k: v for k, v in raw["defaults"].items() if isinstance(v, _IMMUTABLE)},
        mutable_defaults={
            k: v for k, v in raw["defaults"].items() if not isinstance(v, _IMMUTABLE)
        },
        splits_quantity="quantity" in raw["fields"] and "unit" in raw["fields"],
        embedded=dict(raw.get("embedded", {})),
        lines=raw.get("lines"),
        document=bool(raw["document"]),
        line=bool(raw["line"]),
        refs=dict(raw["refs"]),
        rules=raw["rules"],
        on_create=[(n, r, a) for n, r, a in raw["on_create"]],
        kept=frozenset(r[0] for r in raw["on_create"]),
        number=number,
        derive=[f for f in (_rule(raw, resources, *r) for r in raw["derive"]) if f is not _noop],
        nested=[
            Nested(
                name,
                bool(spec["many"]),
                [(f, a) for f, rule, a in spec["derive"] if rule == "country"],
                dict(spec["placeholders"]),
            )
            for name, spec in raw["nested"].items()
        ],
        placeholders=dict(raw["placeholders"]),
        csv_columns=tuple(raw["csv_columns"]),
        list_omits=frozenset(raw.get("list_omits", ())),
        search_fields=tuple(raw["search_fields"]),
        decimal_fields=tuple(raw["decimal_fields"]),
    )


def _rule(
    raw: dict[str, Any], resources: dict[str, dict[str, Any]], name: str, rule: str, arg: Any
) -> Rule:
    """The function for one named derive rule of a plan."""
    if rule == "parent":
        index = int(arg)

        def parent(record: Record, ctx: Ctx) -> None:
            record[name] = ctx.parents[index]

        return parent
    if rule == "id":
        return _noop
    if rule == "uri":
        names = (*raw["parents"], raw["id_field"])
        path = raw["object_path"]
        for position, param in enumerate(names):  # positional: no dict per object
            path = path.replace("{" + param + "}", "{" + str(position) + "}")
        id_field = raw["id_field"]

        def uri(record: Record, ctx: Ctx) -> None:
            record[name] = ctx.account.base + path.format(*ctx.parents, record[id_field])

        return uri
    if rule == "ref_uri":
        target = resources.get(raw["refs"].get(arg, ""), {})
        prefix = target.get("collection_path", "")

        def ref_uri(record: Record, ctx: Ctx) -> None:
            value = record.get(arg)
            if isinstance(value, int) and prefix:
                record[name] = f"{ctx.account.base}{prefix}/{value}"
            else:
                record.pop(name, None)

        return ref_uri
    if rule == "ref_label":
        return _label_rule(raw, name, arg)
    if rule == "country":

        def country(record: Record, ctx: Ctx) -> None:
            record[name] = dv.country_name(record.get(arg))

        return country
    if rule in ("html_from", "text_from"):
        return _text_rule(name, rule, arg)
    if rule == "totals":
        lines = raw.get("lines")

        def totals(record: Record, ctx: Ctx) -> None:
            compute(record, lines)

        return totals
    return _STATUS_RULES.get(rule, _make_simple)(name, arg)


def _noop(record: Record, ctx: Ctx) -> None:
    return None


def _label_rule(raw: dict[str, Any], name: str, arg: list[Any]) -> Rule:
    id_field, always, limit = arg
    target = raw["refs"][id_field]

    def label(record: Record, ctx: Ctx) -> None:
        if not always and (name in ctx.sent or (record.get(name) and id_field not in ctx.sent)):
            return
        found = ctx.account.get(target, (), record.get(id_field) or 0)
        text = ""
        if found is not None:
            name_part = found.get("name") or found.get("account_name") or ""
            code = found.get("code")
            text = f"{code} {name_part}" if code and always else str(name_part)
        if text or always:
            record[name] = text[:limit]

    return label


def _text_rule(name: str, rule: str, arg: list[Any]) -> Rule:
    source, limit = arg
    convert = dv.html_of if rule == "html_from" else dv.text_of

    def text(record: Record, ctx: Ctx) -> None:
        value = record.get(source)
        if isinstance(value, str) and (
            name not in record or (source in ctx.sent and name not in ctx.sent)
        ):
            record[name] = convert(value, limit)

    return text


def _total_paid(name: str, arg: Any) -> Rule:
    def total_paid(record: Record, ctx: Ctx) -> None:
        payments = record.get(arg) or []
        paid = sum((dec(p.get("amount")) for p in payments if isinstance(p, dict)), dec(0))
        record[name] = money(paid, name)

    return total_paid


def _pay_status(name: str, arg: Any) -> Rule:
    def pay_status(record: Record, ctx: Ctx) -> None:
        if ctx.changed == "payments":  # set by hand otherwise
            total, paid = dec(record.get("total_with_tax")), dec(record.get("total_paid"))
            record[name] = "paid" if total != 0 and abs(paid) >= abs(total) else "unpaid"

    return pay_status


def _due_date(name: str, arg: Any) -> Rule:
    def due_date(record: Record, ctx: Ctx) -> None:
        day = dv.parse_date(record.get("date"))
        limit = record.get("pay_limit")
        if day is not None and isinstance(limit, int | float) and limit > 0:
            record[name] = (day + dt.timedelta(days=int(limit))).isoformat()
        else:
            record[name] = None

    return due_date


def _doc_status(name: str, arg: Any) -> Rule:
    def doc_status(record: Record, ctx: Ctx) -> None:
        due = dv.parse_date(record.get("due_date"))
        if record.get("pay_status") == "paid":
            record[name] = "closed"
        elif due is not None and ctx.today > due:
            record[name] = "overdue"
        else:
            record[name] = "open"

    return doc_status


def _offer_status(name: str, arg: Any) -> Rule:
    def offer_status(record: Record, ctx: Ctx) -> None:
        if record.get("cancelled"):
            record[name] = "cancelled"
        elif record.get("invoice_id"):
            record[name] = "invoiced"
        elif record.get("sales_order_id"):
            record[name] = "accepted"
        elif record.get("sent"):
            record[name] = "sent"
        else:
            record[name] = "open"

    return offer_status


def _paid_status(name: str, arg: Any) -> Rule:
    def paid_status(record: Record, ctx: Ctx) -> None:
        paid, total = dec(record.get("total_paid")), dec(record.get("total_with_tax"))
        record[name] = "open" if paid < total else "closed"

    return paid_status


def _doc_type(name: str, arg: Any) -> Rule:
    def doc_type(record: Record, ctx: Ctx) -> None:
        record[name] = "creditnote" if dec(record.get("total_with_tax")) < 0 else "invoice"

    return doc_type


def _now(name: str, arg: Any) -> Rule:
    def now(record: Record, ctx: Ctx) -> None:
        record[name] = ctx.now

    return now


def _make_simple(name: str, arg: Any) -> Rule:
    return _noop  # a rule this runtime does not know: the placeholder keeps the answer valid


_STATUS_RULES: dict[str, Callable[[str, Any], Rule]] = {
    "total_paid": _total_paid,
    "pay_status": _pay_status,
    "due_date": _due_date,
    "doc_status": _doc_status,
    "offer_status": _offer_status,
    "paid_status": _paid_status,
    "doc_type": _doc_type,
    "now": _now,
}
