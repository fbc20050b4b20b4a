"""Field rules of the resource plans: which rule fills each field the system sets.

Chosen from field names and schemas, once, at generation time (see `mock_plan` for what a plan
is and `mock_runtime.plans` for what each rule does when the mock runs).
"""

from __future__ import annotations

from typing import Any

from generator.model.types import Api
from generator.render.mock_schema import JsonSchema, Prop, SchemaIndex, ref_name
from spec_rules.types import Numbering

_TOTALS = (
    "discount_total_without_tax",
    "total_refundable_deposit",
    "total_without_tax",
    "total_tax_1",
    "total_tax_2",
    "total_tax_3",
    "discount_total_with_tax",
    "total_with_tax",
)
_TAX_RATES = {"tax_rate_1": "21", "tax_rate_2": "12", "tax_rate_3": "6"}
# derive rules run in this order: ids first, totals before what depends on them, time last
_PRIORITY = {
    "parent": 0,
    "id": 0,
    "uri": 0,
    "totals": 2,
    "total_paid": 3,
    "pay_status": 4,
    "due_date": 5,
    "doc_status": 6,
    "offer_status": 6,
    "paid_status": 6,
    "doc_type": 6,
    "now": 9,
}


_LINE_FIELDS = ("amount", "amount_with_tax", "total_without_tax", "total_with_tax")


def _ref(name: str) -> JsonSchema:
    return {"$ref": f"#/components/schemas/{name}"}


class FieldRules:
    def __init__(self, api: Api, index: SchemaIndex) -> None:
        self.api = api
        self.index = index

    def rules(
        self, plan: dict[str, Any], props: list[Prop], writable: set[str]
    ) -> tuple[tuple[tuple[str, str, Any], ...], tuple[tuple[str, str, Any], ...]]:
        names = {p.name for p in props}
        machine = plan["rules"].status_machine
        on_create: list[tuple[str, str, Any]] = []
        derive: list[tuple[str, str, Any]] = []
        for index, parent in enumerate(plan["parents"]):
            if parent in names:
                derive.append((parent, "parent", index))
        derive.append((plan["id_field"], "id", None))
        if "uri" in names:
            derive.append(("uri", "uri", None))
        for prop in props:
            name, flat = prop.name, self.index.flatten(prop.schema)
            types = self.index.types(prop.schema)
            if name in (plan["id_field"], "uri") or name in plan["parents"]:
                continue
            if name.endswith("_uri") and f"{name[:-4]}_id" in plan["refs"]:
                derive.append((name, "ref_uri", f"{name[:-4]}_id"))
            elif name in _TAX_RATES and plan["document"]:
                on_create.append((name, "const", _TAX_RATES[name]))
            elif name == plan["rules"].number_field:
                on_create.append((name, "number", self._number_args(plan["rules"].numbering, flat)))
            elif flat.get("format") == "date" and name == "date":
                on_create.append((name, "today", None))
            elif self._is_timestamp(prop.schema) and prop.read_only:
                rule = "now" if "creat" not in name else None
                if rule:
                    derive.append((name, "now", None))
                else:
                    on_create.append((name, "now", None))
            elif name == "due_date" and {"date", "pay_limit"} <= names:
                derive.append((name, "due_date", None))
            elif name == "type" and set(flat.get("enum", [])) == {"invoice", "creditnote"}:
                derive.append((name, "doc_type", None))
            elif name == "status" and {"open", "overdue", "closed"} <= set(flat.get("enum", [])):
                derive.append((name, "doc_status", None))
            elif (
                name == "status"
                and prop.read_only
                and {"cancelled", "invoiced"} <= set(flat.get("enum", []))
            ):
                derive.append((name, "offer_status", None))
            elif (
                name == "status"
                and prop.read_only
                and set(flat.get("enum", [])) == {"open", "closed"}
                and "total_paid" in names
            ):
                derive.append((name, "paid_status", None))
            elif machine is not None and name == machine.field:  # a declared machine starts here
                on_create.append((name, "const", machine.initial))
            elif name == "total_paid" and "payments" in names:
                derive.append((name, "total_paid", "payments"))
            elif name == "pay_status" and "total_paid" in names:
                derive.append((name, "pay_status", None))
            elif name.endswith("_html") and name[:-5] in names:
                text_prop = next(p for p in props if p.name == name[:-5])
                text_max = self.index.flatten(text_prop.schema).get("maxLength", 10000)
                derive.append((name, "html_from", [name[:-5], flat.get("maxLength", 10000)]))
                derive.append((name[:-5], "text_from", [name, text_max]))
            elif (
                prop.read_only
                and name == "country"
                and "country_code" in names
                and "string" in types
            ):
                derive.append((name, "country", "country_code"))
            elif (label := self._label_source(name, plan["refs"])) is not None:
                limit = flat.get("maxLength", 255)
                derive.append((name, "ref_label", [label, prop.read_only, limit]))
            elif prop.read_only and "array" in types and name == "tags":
                on_create.append((name, "const", []))
        if plan["document"]:
            derive.append(("total_with_tax", "totals", None))
        derive.sort(key=lambda rule: _PRIORITY.get(rule[1], 1))
        return tuple(on_create), tuple(derive)

    @staticmethod
    def _number_args(numbering: Numbering, flat: JsonSchema) -> dict[str, Any]:
        """The runtime's numbering arguments, as `x-numbering` declares them."""
        return {
            "prefix": numbering.prefix,
            "zeros": numbering.leading_zeros,
            "date": numbering.date,
            "default_zeros": numbering.default_leading_zeros,
            "max_length": flat.get("maxLength", 255),
        }

    def _is_timestamp(self, schema: JsonSchema) -> bool:
        if ref_name(schema) == "Timestamp":
            return True
        pattern = str(self.index.flatten(schema).get("pattern", ""))
        return pattern.startswith("^[0-9]{4}-") and " " in pattern

    @staticmethod
    def _label_source(name: str, refs: dict[str, str]) -> str | None:
        for candidate in (f"{name}_id", f"{name.removesuffix('_name')}_id"):
            if candidate in refs and candidate != name:
                return candidate
        return None

    def nested(self, plan: dict[str, Any]) -> dict[str, Any]:
        """Objects and lists of objects inside a stored object (addresses, custom values, rows
        that are not a sub-collection): derived fields, and values for what their read schema
        requires and the request may leave out (the write schema's default, else a placeholder)."""
        props = self.index.properties(_ref(plan["read_schema"]))
        written = {}
        if plan["create_schema"]:
            written = {p.name: p for p in self.index.properties(_ref(plan["create_schema"]))}
        out: dict[str, Any] = {}
        for prop in props:
            if prop.name in plan["embedded"]:
                continue
            many = "array" in self.index.types(prop.schema)
            target = self.index.item_schema(prop.schema) if many else prop.schema
            if target is None or "object" not in self.index.types(target):
                continue
            defaults = self._written_defaults(written.get(prop.name), many)
            sub = self.index.properties(target)
            names = {p.name for p in sub}
            derive: list[tuple[str, str, Any]] = []
            placeholders: dict[str, Any] = {}
            for p in sub:
                if p.read_only and p.name == "country" and "country_code" in names:
                    derive.append(("country", "country", "country_code"))
                elif p.name in defaults:
                    placeholders[p.name] = defaults[p.name]
                elif p.read_only or p.required:
                    placeholders[p.name] = self.placeholder(p.schema)
            if derive or placeholders:
                out[prop.name] = {
                    "many": many,
                    "derive": tuple(derive),
                    "placeholders": placeholders,
                }
        return out

    def _written_defaults(self, prop: Prop | None, many: bool) -> dict[str, Any]:
        if prop is None:
            return {}
        target = self.index.item_schema(prop.schema) if many else prop.schema
        if target is None:
            return {}
        out = {}
        for p in self.index.properties(target):
            flat = self.index.flatten(p.schema)
            if "default" in p.schema:
                out[p.name] = p.schema["default"]
            elif "default" in flat:
                out[p.name] = flat["default"]
        return out

    def placeholders(self, plan: dict[str, Any], props: list[Prop]) -> dict[str, Any]:
        computed = {plan["id_field"], "uri", *plan["parents"]}
        computed |= set(_TOTALS) if plan["document"] else set()
        computed |= set(_LINE_FIELDS) if plan["line"] else set()
        out: dict[str, Any] = {}
        for prop in props:
            if prop.name in computed or prop.name in plan["defaults"]:
                continue
            if prop.required or prop.read_only:
                out[prop.name] = self.placeholder(prop.schema)
        return out

    def placeholder(self, schema: JsonSchema) -> Any:
        """A constant that is valid against the schema and says 'nothing here'."""
        flat = self.index.flatten(schema)
        types = self.index.types(schema)
        if "default" in flat:
            return flat["default"]
        if "null" in types:
            return None
        if flat.get("enum"):
            return flat["enum"][0]
        main = next((t for t in types if t != "null"), None)
        if main == "string":
            if not flat.get("pattern") and not flat.get("minLength") and not flat.get("format"):
                return ""
            return flat.get("example", "")
        if main in ("integer", "number"):
            low = flat.get("minimum", 0)
            return low if low > 0 else 0
        if main == "boolean":
            return False
        if main == "array":
            return []
        if main == "object":
            return {
                p.name: self.placeholder(p.schema)
                for p in self.index.properties(schema)
                if p.required
            }
        return None
