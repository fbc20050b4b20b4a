"""Resource plans: what the mock stores per collection and how it fills system fields.

A plan is data written into `generated/mock_server/resources.py`, so a reviewer reads there
what the mock does with every read-only field. Every rule comes from a declaration in the spec
(`x-` extensions, `spec_rules`) or from the URL structure; none is chosen from a field's name:

- `on_create` rules run once when an object is made and a field is missing (ids, numbers,
  today's date, constants such as the document's VAT rates);
- `derive` rules run on every write (uri, references, totals, statuses, embedded lists);
- `placeholders` are valid constant values for what the read schema requires and nothing
  else fills, so every answer stays valid against the schema.
"""

from __future__ import annotations

from typing import Any

from generator.model.types import Api, Operation
from generator.render.mock_behaviour import resource_rules, top_level_references
from generator.render.mock_paths import PathInfo, analyse
from generator.render.mock_rules import FieldRules
from spec_rules.actions import Action, read_action
from spec_rules.read import property_rules
from spec_rules.schema_index import JsonSchema, Prop, SchemaIndex, ref_name
from spec_rules.types import ResourceRules


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


_DECIMAL = "decimal"  # the format registry's decimal string: sorted by value, not as text


class Planner:
    """Builds the resource table of one API."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.index = SchemaIndex(api.schemas)
        self.rules = FieldRules(api, self.index)
        self.paths: dict[str, PathInfo] = {op.operation_id: analyse(op) for op in api.operations}
        self.collections: dict[str, list[Operation]] = {}
        for op in api.operations:
            self.collections.setdefault(self.paths[op.operation_id].collection, []).append(op)

    # ----------------------------------------------------------------- per collection
    def resources(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for key in sorted(self.collections):
            plan = self._resource(key, self.collections[key])
            if plan is not None:
                out[key] = plan
        for key, plan in out.items():  # embedded child lists, now that all plans exist
            parent, _, name = key.rpartition("/")
            document = out[parent]["rules"].document if parent in out else None
            plan["line"] = document is not None and document.lines == name
            line_amounts = document.line_amounts if plan["line"] and document else None
            # the line fields computed from each other (a price with or without VAT)
            plan["line_prices"] = document.line_prices if plan["line"] and document else ()
            read_props = self.index.properties(_ref(plan["read_schema"]))
            plan["placeholders"] = self.rules.placeholders(plan, read_props, line_amounts)
            plan["embedded"] = self._embedded(key, plan, out)
            plan["lines"] = self._lines_field(plan)
            plan["nested"] = self.rules.nested(plan)
            plan["list_omits"] = self._list_omits(plan)
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
        rules = resource_rules(self.index, read, (create, update))
        is_document = rules.document is not None
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
            "line": False,  # set once every plan exists: the lines of a parent document
            "line_prices": (),  # set with `line`
            "refs": self._refs(read_props, rules),
            "rules": rules,
            "on_create": (),
            "derive": (),
            "placeholders": {},
            "nested": {},
            "csv_columns": self._csv_columns(read_props),
            "search_fields": self._search_fields(read_props),
            "decimal_fields": self._decimal_fields(read_props),
            "actions": self._actions(ops),
        }
        plan["on_create"], plan["derive"] = self.rules.rules(plan, read_props, set(writable))
        return plan

    def _actions(self, ops: list[Operation]) -> dict[str, Action]:
        """What each action of the collection does (`x-action`), by its URL segment."""
        out: dict[str, Action] = {}
        for op in sorted(ops, key=lambda o: o.path):
            action = self.paths[op.operation_id].action
            if op.x_action is not None and action is not None:
                out[action] = read_action(op.x_action)
        return out

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

    @staticmethod
    def _refs(props: list[Prop], rules: ResourceRules) -> dict[str, str]:
        """Owned references of the object's own fields, as the read and write schemas declare
        them (`x-references`): field -> collection."""
        out = top_level_references(rules)
        for prop in props:
            declared = property_rules(prop.schema)
            ref = declared.references if declared else None
            if ref is not None and ref.collection is not None:
                out.setdefault(prop.name, ref.collection)
        return dict(sorted(out.items()))

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

    def _list_omits(self, plan: dict[str, Any]) -> tuple[str, ...]:
        """Sub-lists left out of list entries (read the object to get them), when not required."""
        required = {p.name for p in self.index.properties(_ref(plan["read_schema"])) if p.required}
        return tuple(name for name in plan["embedded"] if name not in required)

    @staticmethod
    def _lines_field(plan: dict[str, Any]) -> str | None:
        document = plan["rules"].document
        return document.lines if document is not None else None

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
            if textual and flat.get("format") is None:
                out.append(p.name)
        return tuple(out)

    def _decimal_fields(self, props: list[Prop]) -> tuple[str, ...]:
        return tuple(
            p.name for p in props if self.index.flatten(p.schema).get("format") == _DECIMAL
        )


def _ref(name: str) -> JsonSchema:
    return {"$ref": f"#/components/schemas/{name}"}
