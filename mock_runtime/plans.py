"""Resource plans (generated `resources.py`) compiled once into closures for the write path.

The generated plan names its rules (`("uri", "computed", Computed(...))`, `("lines", "totals",
None)`); here each becomes a function of (record, context), so a write runs a short
list of calls instead of interpreting rule names per field per object. The selections a write
needs from the declared rules (the field rules of its body, the own-URL field, …) are made
here too, once at startup, never per request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mock_runtime.computed import compile_rule
from mock_runtime.field_rules import WriteRules, compile_rules
from mock_runtime.money import compile_totals
from mock_runtime.storage.base import Account, Record
from spec_rules.actions import Action
from spec_rules.computed import Computed, Op
from spec_rules.types import FieldRules, OpenAmount, ResourceRules


@dataclass(slots=True)
class Ctx:
    """What the rules of one write may look at."""

    account: Account
    parents: tuple[int, ...]
    now: str  # YYYY-MM-DD HH:MM:SS, UTC
    today: dt.date
    sent: set[str] = field(default_factory=set)  # fields the request carried
    changed: str = ""  # the sub-collection whose change triggered a refresh
    # sub-objects whose `x-open-amount` waits for the totals of a parent written with them
    deferred: list[tuple[Record, OpenAmount]] = field(default_factory=list)


Rule = Callable[[Record, Ctx], None]
_IMMUTABLE = (str, int, float, bool, type(None))


@dataclass(slots=True)
class Nested:
    name: str
    many: bool
    derive: list[Rule]  # the declared computed fields of each entry
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
    embedded: dict[str, str]
    lines: str | None
    document: bool
    line: bool
    line_prices: tuple[str, ...]  # a line's fields computed from each other: one sent decides
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
    actions: dict[str, Action]  # what each action (`POST <object>/<action>`) does: `x-action`
    write_rules: WriteRules  # the field rules of a request body, compiled
    open_amounts: tuple[FieldRules, ...]  # `x-open-amount` flags of the object's own fields
    finds: tuple[FieldRules, ...]  # `x-find-or-create` blocks
    own_url_field: str | None  # the field holding the object's own URL (`own_uri`)
    external_field: str | None  # the field holding its id in another system (`external`)


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
        embedded=dict(raw.get("embedded", {})),
        lines=raw.get("lines"),
        document=bool(raw["document"]),
        line=bool(raw["line"]),
        line_prices=tuple(raw.get("line_prices", ())),
        refs=dict(raw["refs"]),
        rules=raw["rules"],
        on_create=[
            (n, r, _computed(raw, resources, a) if r == "computed" else a)
            for n, r, a in raw["on_create"]
        ],
        kept=frozenset(r[0] for r in raw["on_create"]),
        number=number,
        derive=[f for f in (_rule(raw, resources, *r) for r in raw["derive"]) if f is not _noop],
        nested=[
            Nested(
                name,
                bool(spec["many"]),
                [_computed(raw, resources, a) for _, _, a in spec["derive"]],
                dict(spec["placeholders"]),
            )
            for name, spec in raw["nested"].items()
        ],
        placeholders=dict(raw["placeholders"]),
        csv_columns=tuple(raw["csv_columns"]),
        list_omits=frozenset(raw.get("list_omits", ())),
        search_fields=tuple(raw["search_fields"]),
        decimal_fields=tuple(raw["decimal_fields"]),
        actions=dict(raw.get("actions", {})),
        write_rules=compile_rules(raw["rules"]),
        open_amounts=raw["rules"].open_amounts(),
        finds=raw["rules"].finds(),
        own_url_field=_own_url_field(raw),
        external_field=_external_field(raw["rules"]),
    )


def _own_url_field(raw: dict[str, Any]) -> str | None:
    """The field that holds an object's own URL (`x-computed` `own_uri`)."""
    for name, kind, rule in raw["derive"]:
        if kind == "computed" and rule.value.op is Op.OWN_URI:
            return str(name)
    return None


def _external_field(rules: ResourceRules) -> str | None:
    """The field holding the object's id in another system (`x-references` `external`)."""
    for rule in rules.fields:
        ref = rule.rules.references
        if len(rule.path) == 1 and ref is not None and ref.external is not None:
            return rule.path[0]
    return None


def _rule(
    raw: dict[str, Any], resources: dict[str, dict[str, Any]], name: str, rule: str, arg: Any
) -> Rule:
    """The function for one derive rule of a plan: the URL structure's (parent, id), the
    document totals (`x-document`) or a declared `x-computed` expression."""
    if rule == "parent":
        index = int(arg)

        def parent(record: Record, ctx: Ctx) -> None:
            record[name] = ctx.parents[index]

        return parent
    if rule == "id":
        return _noop
    if rule == "totals":
        fill_totals = compile_totals(raw["rules"].document)

        def totals(record: Record, ctx: Ctx) -> None:
            fill_totals(record)

        return totals
    if rule == "computed":
        return _computed(raw, resources, arg)
    raise ValueError(f"plan {raw['key']}: unknown rule {rule!r} for {name}")


def _computed(raw: dict[str, Any], resources: dict[str, dict[str, Any]], rule: Computed) -> Rule:
    if not isinstance(rule, Computed):
        raise ValueError(f"plan {raw['key']}: {rule!r} is not a computed rule")
    paths = {key: plan["collection_path"] for key, plan in resources.items()}
    return compile_rule(rule, dict(raw["refs"]), paths, _own_uri(raw))


def _own_uri(raw: dict[str, Any]) -> Callable[[Record, Ctx], str]:
    names = (*raw["parents"], raw["id_field"])
    path = raw["object_path"]
    for position, param in enumerate(names):  # positional: no dict per object
        path = path.replace("{" + param + "}", "{" + str(position) + "}")
    id_field = raw["id_field"]

    def uri(record: Record, ctx: Ctx) -> str:
        return str(ctx.account.base + path.format(*ctx.parents, record[id_field]))

    return uri


def _noop(record: Record, ctx: Ctx) -> None:
    return None
