"""Field rules of the resource plans: which declared rule fills each field the system sets.

Read once, at generation time, from what the spec declares: `x-computed` on read-only fields,
`x-numbering` on the number, `x-document` for the totals, and the URL structure for ids and
parents (see `mock_plan` for what a plan is and `mock_runtime.plans` for what each rule does
when the mock runs). No field is recognised by its name.
"""

from __future__ import annotations

from graphlib import CycleError, TopologicalSorter
from typing import Any

from generator.model.types import Api
from spec_rules.computed import Computed, Expression, Op, When, read_computed
from spec_rules.schema_index import JsonSchema, Prop, SchemaIndex
from spec_rules.types import Numbering

Rule = tuple[str, str, Any]


def _ref(name: str) -> JsonSchema:
    return {"$ref": f"#/components/schemas/{name}"}


class FieldRules:
    def __init__(self, api: Api, index: SchemaIndex) -> None:
        self.api = api
        self.index = index

    def computed(self, props: list[Prop]) -> list[Computed]:
        out = []
        for prop in props:
            node = prop.schema.get("x-computed")
            if isinstance(node, dict):
                limit = self.index.flatten(prop.schema).get("maxLength")
                out.append(read_computed(prop.name, node, limit))
        return out

    def totals_fields(self, schema_name: str | None, *, inputs: bool = False) -> set[str]:
        """The fields of a shared totals schema (`x-document`) the totals rule fills: its
        read-only ones, and with `inputs` also those it writes out (a line's price, with or
        without VAT, is completed from the other)."""
        if schema_name is None:
            return set()
        props = self.index.properties(_ref(schema_name))
        return {p.name for p in props if inputs or p.read_only}

    def rules(
        self, plan: dict[str, Any], props: list[Prop], writable: set[str]
    ) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
        names = {p.name for p in props}
        on_create: list[Rule] = []
        structural: list[Rule] = []
        for index, parent in enumerate(plan["parents"]):
            if parent in names:
                structural.append((parent, "parent", index))
        structural.append((plan["id_field"], "id", None))
        numbering = plan["rules"].numbering
        if numbering is not None:
            number = next(p for p in props if p.name == plan["rules"].number_field)
            flat = self.index.flatten(number.schema)
            on_create.append((number.name, "number", self._number_args(numbering, flat)))
        computed: dict[str, Computed] = {}
        machine = plan["rules"].status_machine
        declared = self.computed(props)
        if machine is not None and all(r.field != machine.field for r in declared):
            start = Expression(Op.CONSTANT, value=machine.initial)  # a machine starts here
            on_create.append(
                (machine.field, "computed", Computed(machine.field, When.CREATE, start))
            )
        for rule in declared:
            if rule.when is When.CREATE:
                on_create.append((rule.field, "computed", rule))
            else:
                computed[rule.field] = rule
        document = plan["rules"].document
        produced_by_totals = self.totals_fields(document.totals if document else None)
        order = self._order(computed, produced_by_totals)
        derive = list(structural)
        if document is not None:
            derive.append((document.lines, "totals", None))
        derive += [(name, "computed", computed[name]) for name in order]
        return tuple(on_create), tuple(derive)

    @staticmethod
    def _order(computed: dict[str, Computed], after_totals: set[str]) -> list[str]:
        """Each computed field after the computed fields it reads, so one pass is enough;
        the totals run before all of them. Ties keep the spec's order."""
        mirrors = (Op.MARKUP_OF, Op.PLAIN_TEXT_OF)  # a text and its markup follow what was sent
        graph = {
            name: set()
            if rule.value.op in mirrors
            else {r for r in rule.value.reads() if r in computed and r != name}
            for name, rule in computed.items()
        }
        try:
            return list(TopologicalSorter(graph).static_order())
        except CycleError as exc:  # the lint refuses cycles; keep the spec's order otherwise
            del exc
            return list(computed)

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
            derive = [(rule.field, "computed", rule) for rule in self.computed(sub)]
            derived = {rule.field for _, _, rule in derive}
            placeholders: dict[str, Any] = {}
            for p in sub:
                if p.name in derived:
                    continue
                if p.name in defaults:
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

    def placeholders(
        self, plan: dict[str, Any], props: list[Prop], line_amounts: str | None
    ) -> dict[str, Any]:
        """Valid constants for the required and read-only fields no rule fills."""
        document = plan["rules"].document
        filled = {plan["id_field"], *plan["parents"], *(r.field for r in self.computed(props))}
        filled |= self.totals_fields(document.totals if document else None)
        filled |= self.totals_fields(line_amounts, inputs=True)
        if plan["rules"].number_field:
            filled.add(plan["rules"].number_field)
        out: dict[str, Any] = {}
        for prop in props:
            if prop.name in filled or prop.name in plan["defaults"]:
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
