"""Resource plans: what the mock stores per collection and how it fills system fields.

A plan is plain data written into `generated/mock_server/resources.py`, so a reviewer reads
there what the mock does with every read-only field. The runtime interprets the rule names;
they are chosen here from field names and schemas, once, at generation time:

- `on_create` rules run once when an object is made and a field is missing (ids, numbers,
  today's date, constants such as the document's VAT rates);
- `derive` rules run on every write (uri, references, totals, statuses, embedded lists);
- `placeholders` are valid constant values for what the read schema requires and nothing
  else fills, so every answer stays valid against the schema.
"""

from __future__ import annotations

import re
from typing import Any

from generator.model.types import Api, Operation
from generator.render.mock_paths import PathInfo, analyse
from generator.render.mock_schema import JsonSchema, Prop, SchemaIndex, ref_name

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
_LINE_FIELDS = ("amount", "amount_with_tax", "total_without_tax", "total_with_tax")
_DECIMAL_COMPONENTS = ("Money", "Quantity", "Percentage")
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
    "doc_type": 6,
    "now": 9,
}
_ONE_OF = re.compile(r"[Ss]end `(\w+)` or `(\w+)`|`(\w+)` or `(\w+)` must be sent")


def json_schema_of(op: Operation, status: int | None = None) -> JsonSchema | None:
    response = op.response(status) if status is not None else op.success
    if response is None:
        return None
    for content in response.content:
        if content.media_type == "application/json":
            return content.schema
    return None


def request_schema(op: Operation) -> JsonSchema | None:
    if op.request_body is None:
        return None
    for content in op.request_body.content:
        if content.media_type == "application/json":
            return content.schema
    return None


class Planner:
    """Builds the resource table of one API."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.index = SchemaIndex(api.schemas)
        self.paths: dict[str, PathInfo] = {op.operation_id: analyse(op) for op in api.operations}
        self.collections: dict[str, list[Operation]] = {}
        for op in api.operations:
            self.collections.setdefault(self.paths[op.operation_id].collection, []).append(op)
        # id param -> top-level collection, from /<collection>/{<id>} paths
        self.id_owner: dict[str, str] = {}
        for info in self.paths.values():
            if len(info.segments) == 1 and info.id_param and info.lookup is None:
                self.id_owner.setdefault(info.id_param, info.collection)

    # ----------------------------------------------------------------- per collection
    def resources(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for key in sorted(self.collections):
            plan = self._resource(key, self.collections[key])
            if plan is not None:
                out[key] = plan
        for key, plan in out.items():  # embedded child lists, now that all plans exist
            plan["embedded"] = self._embedded(key, plan, out)
            plan["lines"] = self._lines_field(plan)
            plan["nested"] = self._nested(plan)
        return out

    def _resource(self, key: str, ops: list[Operation]) -> dict[str, Any] | None:
        read = self._read_schema(ops)
        if read is None:
            return None
        create = self._write_schema(ops, ("create", "replace"))
        update = self._write_schema(ops, ("update",))
        object_op = next((o for o in ops if self.paths[o.operation_id].id_param), None)
        first = self.paths[ops[0].operation_id]
        id_param = self.paths[object_op.operation_id].id_param if object_op else None
        read_props = self.index.properties({"$ref": f"#/components/schemas/{read}"})
        if id_param is None:
            id_param = next(
                (p.name for p in read_props if p.read_only and p.name.endswith("_id")), None
            )
        if id_param is None:
            return None
        parents = first.parent_params
        segs = [name for name, _ in first.segments]
        object_path = "".join(
            f"/{name}/{{{param}}}" for name, param in zip(segs, (*parents, id_param), strict=True)
        )
        create_props = (
            self.index.properties({"$ref": f"#/components/schemas/{create}"}) if create else []
        )
        writable = [p.name for p in create_props]
        is_document = any(p.name == "total_with_tax" for p in read_props) and any(
            p.name == "tax_rate_1" for p in read_props
        )
        is_line = all(any(p.name == f for p in read_props) for f in _LINE_FIELDS)
        plan: dict[str, Any] = {
            "key": key,
            "id_field": id_param,
            "parents": parents,
            "collection_path": "".join(
                f"/{name}" + (f"/{{{p}}}" if p else "")
                for name, p in zip(segs, (*parents, None), strict=True)
            ),
            "object_path": object_path,
            "read_schema": read,
            "create_schema": create,
            "update_schema": update,
            "fields": tuple(p.name for p in read_props),
            "writable": tuple(writable),
            "defaults": self._defaults(create_props, read_props),
            "document": is_document,
            "line": is_line,
            "refs": self._refs(read_props, parents, id_param),
            "checked_refs": (),
            "require_one": self._require_one(create, create_props),
            "on_create": (),
            "derive": (),
            "placeholders": {},
            "nested": {},
            "csv_columns": self._csv_columns(read_props),
            "search_fields": self._search_fields(read_props),
            "decimal_fields": self._decimal_fields(read_props),
        }
        plan["checked_refs"] = self._checked_refs(plan["refs"], create_props, update)
        plan["on_create"], plan["derive"] = self._rules(plan, read_props, set(writable))
        plan["placeholders"] = self._placeholders(plan, read_props)
        return plan

    def _read_schema(self, ops: list[Operation]) -> str | None:
        by_kind = {o.kind: o for o in ops if self.paths[o.operation_id].action is None}
        for kind in ("read", "create", "replace", "update"):
            op = by_kind.get(kind)
            if op is None or self.paths[op.operation_id].lookup:
                continue
            schema = json_schema_of(op)
            if schema and ref_name(schema):
                return ref_name(schema)
        op = by_kind.get("list")
        if op is not None:
            schema = json_schema_of(op)
            if schema:
                data = next((p for p in self.index.properties(schema) if p.name == "data"), None)
                item = self.index.item_schema(data.schema) if data else None
                if item and ref_name(item):
                    return ref_name(item)
        return None

    def _write_schema(self, ops: list[Operation], kinds: tuple[str, ...]) -> str | None:
        for kind in kinds:
            for op in ops:
                if op.kind == kind and self.paths[op.operation_id].action is None:
                    schema = request_schema(op)
                    if schema and ref_name(schema):
                        return ref_name(schema)
        return None

    # ----------------------------------------------------------------- field rules
    def _defaults(self, create_props: list[Prop], read_props: list[Prop]) -> dict[str, Any]:
        read_by_name = {p.name: p for p in read_props}
        out: dict[str, Any] = {}
        if "tax_rate_1" in read_by_name:  # the account settings' defaults of a money document
            out.update(
                {"discount_percentage": "0", "tax_calculation": "total", "tax_included": "no"}
            )
        for prop in create_props:
            flat = self.index.flatten(prop.schema)
            if "default" in prop.schema:
                out[prop.name] = prop.schema["default"]
            elif "default" in flat:
                out[prop.name] = flat["default"]
            elif prop.name in read_by_name:
                read_flat = self.index.flatten(read_by_name[prop.name].schema)
                if "default" in read_flat:
                    out[prop.name] = read_flat["default"]
        return out

    def _refs(self, props: list[Prop], parents: tuple[str, ...], own: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for prop in props:
            owner = self.id_owner.get(prop.name)
            if owner and prop.name not in parents and prop.name != own:
                out[prop.name] = owner
        return out

    def _checked_refs(
        self, refs: dict[str, str], create_props: list[Prop], update: str | None
    ) -> tuple[str, ...]:
        """References the spec says are refused with 422 when they name nothing."""
        props = list(create_props)
        if update:
            props += self.index.properties({"$ref": f"#/components/schemas/{update}"})
        out = set()
        for prop in props:
            text = str(prop.schema.get("description", "")) + str(
                self.index.flatten(prop.schema).get("description", "")
            )
            if prop.name in refs and "422" in text:
                out.add(prop.name)
        return tuple(sorted(out))

    def _require_one(self, create: str | None, props: list[Prop]) -> tuple[tuple[str, str], ...]:
        if create is None:
            return ()
        names = {p.name for p in props}
        texts = [str(self.api.schemas.get(create, {}).get("description", ""))]
        texts += [str(self.index.flatten(p.schema).get("description", "")) for p in props]
        texts += [str(p.schema.get("description", "")) for p in props]
        pairs: set[tuple[str, str]] = set()
        for text in texts:
            for m in _ONE_OF.finditer(text):
                a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                if a in names and b in names:
                    pairs.add((a, b))
        return tuple(sorted(pairs))

    def _rules(
        self, plan: dict[str, Any], props: list[Prop], writable: set[str]
    ) -> tuple[tuple[tuple[str, str, Any], ...], tuple[tuple[str, str, Any], ...]]:
        names = {p.name for p in props}
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
            elif name == "number" and (prop.read_only or name in writable):
                on_create.append((name, "number", self._number_args(names, flat)))
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

    def _number_args(self, names: set[str], flat: JsonSchema) -> dict[str, Any]:
        return {
            "prefix": "prefix" if "prefix" in names else None,
            "zeros": "leading_zeros" if "leading_zeros" in names else None,
            "default_zeros": 4 if "leading_zeros" in names else 8,
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

    def _nested(self, plan: dict[str, Any]) -> dict[str, Any]:
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

    def _placeholders(self, plan: dict[str, Any], props: list[Prop]) -> dict[str, Any]:
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

    # ----------------------------------------------------------------- lists and children
    def _embedded(
        self, key: str, plan: dict[str, Any], plans: dict[str, dict[str, Any]]
    ) -> dict[str, str]:
        props = {p.name for p in self.index.properties(_ref(plan["read_schema"]))}
        out: dict[str, str] = {}
        for child_key in plans:
            if child_key.startswith(key + "/") and child_key.count("/") == key.count("/") + 1:
                name = child_key.rsplit("/", 1)[1]
                if name in props:
                    out[name] = child_key
        return out

    def _lines_field(self, plan: dict[str, Any]) -> str | None:
        if not plan["document"]:
            return None
        for prop in self.index.properties(_ref(plan["read_schema"])):
            item = self.index.item_schema(prop.schema)
            if item is not None and self.index.uses(item, "LineAmounts"):
                return prop.name
            if item is not None and ref_name(item):
                inner = self.index.resolve(item)
                if any(self.index.uses(p, "LineAmounts") for p in inner.get("allOf", [])):
                    return prop.name
        return None

    def _csv_columns(self, props: list[Prop]) -> tuple[str, ...]:
        scalar = {"string", "integer", "number", "boolean"}
        return tuple(
            p.name
            for p in props
            if (t := self.index.types(p.schema)) and set(t) - {"null"} <= scalar
        )

    def _search_fields(self, props: list[Prop]) -> tuple[str, ...]:
        out = []
        for p in props:
            flat = self.index.flatten(p.schema)
            textual = self.index.main_type(p.schema) == "string" and "enum" not in flat
            if textual and not p.name.endswith("uri") and flat.get("format") is None:
                out.append(p.name)
        return tuple(out)

    def _decimal_fields(self, props: list[Prop]) -> tuple[str, ...]:
        return tuple(
            p.name for p in props if any(self.index.uses(p.schema, c) for c in _DECIMAL_COMPONENTS)
        )


def _ref(name: str) -> JsonSchema:
    return {"$ref": f"#/components/schemas/{name}"}
