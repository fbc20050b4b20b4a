"""Read the behaviour extensions of a schema node into their typed form, or say what is wrong.

`problems` validates one extension value against its JSON Schema (the lint uses it, with the
place in the spec); the `*_rules` readers trust values that passed and build the dataclasses.
An `x-` key in a schema that this vocabulary does not define is itself a problem: a misspelt
rule must not be silently ignored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from spec_rules.types import (
    BlockField,
    BulkReport,
    Column,
    DefaultFrom,
    Document,
    Fallback,
    FindOrCreate,
    LineFields,
    ListEnvelope,
    Match,
    Numbering,
    OnDelete,
    OpenAmount,
    Party,
    Printable,
    PropertyRules,
    QueryFilter,
    RateLimit,
    Reference,
    SchemaRules,
    SplitsInto,
    StatusMachine,
    Switch,
    TotalsFields,
    Transition,
)

Place = Literal["property", "schema", "operation", "parameter"]
_SCHEMAS = Path(__file__).resolve().parent / "schemas"


@dataclass(frozen=True)
class Extension:
    name: str
    place: Place  # a property of an object schema, the object schema itself, or an operation
    summary: str


EXTENSIONS: dict[str, Extension] = {
    e.name: e
    for e in (
        Extension("x-references", "property", "the collection an id names, or an external id"),
        Extension("x-default-from", "property", "a value taken from the referenced object"),
        Extension("x-numbering", "property", "numbers assigned with prefix and leading zeros"),
        Extension("x-computed", "property", "how the system fills a read-only field"),
        Extension("x-splits-into", "property", "a write-only shorthand for sibling fields"),
        Extension("x-open-amount", "property", "a flag for what is still open on the parent"),
        Extension("x-find-or-create", "property", "a block that finds or creates an object"),
        Extension("x-status-machine", "schema", "statuses, transitions by action, locks"),
        Extension("x-on-delete", "schema", "sub-collections removed with the object"),
        Extension("x-document", "schema", "a money document: its lines and totals"),
        Extension("x-action", "operation", "what an action does: set, record, copy or link"),
        Extension("x-filter", "parameter", "the field a list's query parameter filters, and how"),
        Extension("x-rate-limit", "schema", "requests a minute per key, and the busy-key limit"),
        Extension("x-list-envelope", "schema", "the parts of a list answer and its paging"),
        Extension("x-bulk-report", "schema", "the parts of a bulk request's report"),
        Extension("x-totals", "schema", "the role of each field of a shared totals schema"),
        Extension("x-line-amounts", "schema", "the role of each field of a shared line schema"),
        Extension("x-printable", "schema", "what the HTML and PDF copies of an object show"),
    )
}
# Extensions of the spec that are not behaviour rules but are read by the generator too.
OTHER_EXTENSIONS = frozenset({"x-catalogue"})


@cache
def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((_SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def extension_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one extension (for docs and tests)."""
    return dict(_validator(name).schema)


def problems(name: str, value: Any) -> list[str]:
    """What is wrong with one extension value; empty when it is well formed."""
    if name not in EXTENSIONS:
        known = ", ".join(sorted(EXTENSIONS))
        return [f"unknown behaviour extension '{name}' (known: {known})"]
    out = []
    for err in sorted(_validator(name).iter_errors(value), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in err.path)
        out.append(f"{name}{'/' + where if where else ''}: {err.message}")
    return out


def property_rules(node: Mapping[str, Any]) -> PropertyRules | None:
    """The rules declared on one property schema node, or None when it declares none."""
    ref = node.get("x-references")
    default = node.get("x-default-from")
    number = node.get("x-numbering")
    split = node.get("x-splits-into")
    open_amount = node.get("x-open-amount")
    find = node.get("x-find-or-create")
    if all(v is None for v in (ref, default, number, split, open_amount, find)):
        return None
    return PropertyRules(
        references=_reference(ref) if ref is not None else None,
        default_from=DefaultFrom(default["reference"], default["field"]) if default else None,
        numbering=_numbering(number) if number is not None else None,
        splits_into=(
            SplitsInto(tuple(split["fields"]), str(split.get("separator", " ")))
            if split is not None
            else None
        ),
        open_amount=OpenAmount(**open_amount) if open_amount is not None else None,
        find_or_create=_find_or_create(find) if find is not None else None,
    )


def schema_rules(
    node: Mapping[str, Any], properties: Mapping[str, Mapping[str, Any]]
) -> SchemaRules:
    """The rules of an object schema node and of its (already collected) properties."""
    per_property = {}
    for name in sorted(properties):
        rules = property_rules(properties[name])
        if rules is not None:
            per_property[name] = rules
    machine = node.get("x-status-machine")
    on_delete = node.get("x-on-delete")
    document = node.get("x-document")
    printable = node.get("x-printable")
    return SchemaRules(
        status_machine=_machine(machine) if machine is not None else None,
        on_delete=OnDelete(tuple(on_delete["cascade"])) if on_delete is not None else None,
        document=_document(document) if document is not None else None,
        printable=_printable(printable) if printable is not None else None,
        properties=per_property,
    )


def _document(value: Mapping[str, Any]) -> Document:
    return Document(
        **{k: v for k, v in value.items() if k != "line_prices"},
        line_prices=tuple(value.get("line_prices", ())),
    )


def _find_or_create(value: Mapping[str, Any]) -> FindOrCreate:
    return FindOrCreate(
        collection=str(value["collection"]),
        sets=str(value["sets"]),
        fields=tuple(
            BlockField(
                field=str(f["field"]),
                from_=tuple((a,) if isinstance(a, str) else tuple(a) for a in f["from"]),
                match=bool(f.get("match", False)),
                create=bool(f.get("create", True)),
                required=bool(f.get("required", False)),
                convert=f.get("convert"),
            )
            for f in value["fields"]
        ),
    )


def totals_fields(node: Mapping[str, Any]) -> TotalsFields | None:
    """The roles `x-totals` gives the fields of a shared totals schema, or None."""
    value = node.get("x-totals")
    if value is None:
        return None
    return TotalsFields(
        discount_percentage=value["discount_percentage"],
        per_line=_switch(value["per_line"]),
        tax_included=_switch(value["tax_included"]),
        tax_rates=tuple(value["tax_rates"]),
        tax_totals=tuple(value["tax_totals"]),
        discount_without_tax=value["discount_without_tax"],
        discount_with_tax=value["discount_with_tax"],
        deposit_total=value["deposit_total"],
        without_tax=value["without_tax"],
        with_tax=value["with_tax"],
    )


def line_fields(node: Mapping[str, Any]) -> LineFields | None:
    """The roles `x-line-amounts` gives the fields of a shared line schema, or None."""
    value = node.get("x-line-amounts")
    if value is None:
        return None
    return LineFields(
        price=value["price"],
        price_with_tax=value["price_with_tax"],
        quantity=value["quantity"],
        tax_rate=value["tax_rate"],
        special=_switch(value["special"]),
        without_tax=value["without_tax"],
        with_tax=value["with_tax"],
    )


def _switch(value: Mapping[str, Any]) -> Switch:
    return Switch(str(value["field"]), str(value["equals"]))


def _printable(value: Mapping[str, Any]) -> Printable:
    def party(given: Mapping[str, Any] | None) -> Party | None:
        if given is None:
            return None
        address = given.get("address") or {}
        return Party(
            heading=str(given["heading"]),
            lines=tuple(_names(line) for line in given["lines"]),
            address_from=_names(address.get("from", ())),
            address=tuple(_names(line) for line in address.get("lines", ())),
            facts=_labelled(given.get("facts")),
        )

    return Printable(
        title=value["title"],
        number=value.get("number"),
        status=value.get("status"),
        seller=party(value.get("seller")),
        client=party(value.get("client")),
        header=_labelled(value.get("header")),
        columns=_labelled(value.get("columns")),
        vat_label=value.get("vat_label"),
        totals=_labelled(value.get("totals")),
        fallbacks=tuple(Fallback(k, v) for k, v in (value.get("fallbacks") or {}).items()),
    )


def _names(given: str | list[str]) -> tuple[str, ...]:
    return (given,) if isinstance(given, str) else tuple(given)


def _labelled(given: Mapping[str, Any] | None) -> tuple[Column, ...]:
    """`{label: fields}` or `{label: {fields, suffix}}`, in the order written."""
    out = []
    for label, value in (given or {}).items():
        if isinstance(value, Mapping):
            out.append(Column(label, _names(value["fields"]), str(value.get("suffix", ""))))
        else:
            out.append(Column(label, _names(value)))
    return tuple(out)


def _reference(value: Mapping[str, Any]) -> Reference:
    if "external" in value:
        return Reference(external=str(value["external"]))
    return Reference(collection=str(value["collection"]), error_id=int(value["error_id"]))


def _numbering(value: Mapping[str, Any]) -> Numbering:
    return Numbering(
        prefix=value.get("prefix"),
        leading_zeros=value.get("leading_zeros"),
        date=value.get("date"),
        default_leading_zeros=int(value.get("default_leading_zeros", 0)),
        unique=bool(value.get("unique", True)),
        error_id=value.get("error_id"),
    )


def _machine(value: Mapping[str, Any]) -> StatusMachine:
    return StatusMachine(
        field=value["field"],
        initial=value["initial"],
        locked=tuple(value.get("locked", ())),
        lock_error_id=value.get("lock_error_id"),
        transitions=tuple(
            Transition(t["action"], tuple(t["from"]), t["to"]) for t in value.get("transitions", ())
        ),
    )


def query_filter(node: Mapping[str, Any]) -> QueryFilter:
    """The typed form of a well-formed `x-filter` value."""
    return QueryFilter(
        match=Match(node["match"]),
        field=node.get("field"),
        until=node.get("until"),
        external=bool(node.get("external", False)),
    )


def rate_limit(node: Mapping[str, Any]) -> RateLimit:
    """The typed form of a well-formed `x-rate-limit` value."""
    return RateLimit(
        per_minute=int(node["per_minute"]),
        daily_threshold=node.get("daily_threshold"),
        reduced_per_minute=node.get("reduced_per_minute"),
    )


def list_envelope(node: Mapping[str, Any]) -> ListEnvelope:
    """The typed form of a well-formed `x-list-envelope` value."""
    return ListEnvelope(**node)


def bulk_report(node: Mapping[str, Any]) -> BulkReport:
    """The typed form of a well-formed `x-bulk-report` value."""
    return BulkReport(**node)
