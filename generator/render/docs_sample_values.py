"""Example values as typed Python for the generated client: `Receipt(date=datetime.date(…))`.

Readers copy samples; a `from_dict({...})` hides which classes exist and what mypy will check,
so samples build models with their constructors. The schema says which class a value becomes,
by the same rules openapi-python-client names classes with (`client_names.class_name`): a
component is its own class (or its `class_overrides` name), an inline enum or object is named
after its owner and property. A value this module cannot type with certainty (a union of two
models, a free-form map) is left out of the sample rather than guessed; a test type-checks
every sample against the real client.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

from generator.model.types import JsonSchema
from generator.render.client_names import class_name, python_identifier
from generator.render.docs_schemas import SchemaText
from spec_rules.schema_index import ref_name

_INDENT = "    "


def py_literal(value: Any, level: int = 0) -> str:
    """A Python literal for a JSON value, laid out the way `ruff format` would."""
    pad, inner = _INDENT * level, _INDENT * (level + 1)
    if isinstance(value, dict) and value:
        items = [
            f"{inner}{json.dumps(str(k), ensure_ascii=False)}: {py_literal(v, level + 1)},"
            for k, v in value.items()
        ]
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and value:
        items = [f"{inner}{py_literal(v, level + 1)}," for v in value]
        return "[\n" + "\n".join(items) + f"\n{pad}]"
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, float)):
        return repr(value)
    return "{}" if isinstance(value, dict) else "[]"


class TypedValues:
    """Turns (schema, example value) into a Python expression; collects what it must import."""

    def __init__(self, text: SchemaText, class_names: Mapping[str, str]) -> None:
        self.text = text
        self.class_names = class_names
        self.models: set[str] = set()
        self.uses_datetime = False

    def model(self, schema_name: str) -> str:
        return self.class_names.get(schema_name) or class_name(schema_name)

    def expression(
        self, schema: JsonSchema, value: Any, owner: str | None = None, level: int = 0
    ) -> str | None:
        """Python source for `value` as the client types `schema`; None when unsure.
        `owner` is the class name inline enums and objects are named after."""
        name = ref_name(schema)
        if name is not None:
            return self._component(name, value, level)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                return self._union(schema[key], value, owner, level)
        parts = schema.get("allOf")
        if isinstance(parts, list):
            return self.expression(parts[0], value, owner, level) if len(parts) == 1 else None
        types = schema.get("type")
        kinds = [types] if isinstance(types, str) else list(types or [])
        if value is None:
            return "None" if "null" in kinds else None
        if "enum" in schema:
            return self._new(owner, py_literal(value)) if owner else None
        if isinstance(value, list) and "array" in kinds:
            items = schema.get("items")
            item_owner = f"{owner}Item" if owner else None
            return self._list(items if isinstance(items, dict) else {}, value, item_owner, level)
        if isinstance(value, dict):
            if owner and self.text.has_fields(schema):
                return self._constructor(owner, schema, value, level)
            return None
        return self._scalar(schema, value)

    def _component(self, name: str, value: Any, level: int) -> str | None:
        target = self.text.resolve({"$ref": f"#/components/schemas/{name}"})
        cls = self.model(name)
        if "enum" in target and value is not None:
            return self._new(cls, py_literal(value))
        if self.text.has_fields(target):
            if not isinstance(value, dict):
                return None
            return self._constructor(cls, target, value, level)
        return self.expression(target, value, cls, level)

    def _union(self, branches: list[Any], value: Any, owner: str | None, level: int) -> str | None:
        nullable = [b for b in branches if isinstance(b, dict) and b.get("type") == "null"]
        others = [b for b in branches if isinstance(b, dict) and b not in nullable]
        if value is None:
            return "None" if nullable else None
        return self.expression(others[0], value, owner, level) if len(others) == 1 else None

    def _list(self, items: JsonSchema, values: list[Any], owner: str | None, level: int) -> str:
        parts = [self.expression(items, v, owner, level + 1) for v in values]
        kept = [p for p in parts if p is not None]
        if not kept:
            return "[]"
        pad = _INDENT * level
        return "[\n" + "".join(f"{pad}{_INDENT}{p},\n" for p in kept) + f"{pad}]"

    def _constructor(self, cls: str, schema: JsonSchema, value: dict[str, Any], level: int) -> str:
        """`Cls(field=…)` with the example's writable fields, in the example's order."""
        props, _ = self.text.properties(schema)
        arguments = []
        for key, item in value.items():
            prop = props.get(key)
            if prop is None or prop.get("readOnly"):
                continue
            owner = class_name(f"{cls}_{key}")
            source = self.expression(prop, item, owner, level + 1)
            if source is not None:
                arguments.append(f"{python_identifier(key)}={source}")
        self.models.add(cls)
        if not arguments:
            return f"{cls}()"
        pad = _INDENT * level
        return f"{cls}(\n" + "".join(f"{pad}{_INDENT}{a},\n" for a in arguments) + f"{pad})"

    def _new(self, cls: str, argument: str) -> str:
        self.models.add(cls)
        return f"{cls}({argument})"

    def _scalar(self, schema: JsonSchema, value: Any) -> str | None:
        fmt = schema.get("format")
        if isinstance(value, str) and fmt in ("date", "date-time"):
            self.uses_datetime = True
            if fmt == "date":
                day = datetime.date.fromisoformat(value)
                return f"datetime.date({day.year}, {day.month}, {day.day})"
            return f"datetime.datetime.fromisoformat({py_literal(value)})"
        if isinstance(value, (dict, list)):
            return None
        return py_literal(value)
