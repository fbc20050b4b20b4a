"""The one schema toolkit: follow `$ref`s and merge `allOf` parts with one precedence rule.

Which fields exist, which are read-only or required and what type they have is spread over
`$ref`s and `allOf` parts in a bundle (`readOnly` sits next to an `allOf`). Every reader of the
spec (the generator's renderers and lint, the mock runtime, the contract suite's non-oracle
parts) flattens through here, so they all agree. The rule: a node's own keywords win over its
`allOf` parts, a later part wins over an earlier one, and `properties` and `required` are
merged rather than replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

JsonSchema = dict[str, Any]

_COMPONENT_PREFIX = "#/components/schemas/"


def ref_name(schema: JsonSchema) -> str | None:
    """The component name a schema stands for: a plain `$ref` or an `allOf` of one `$ref`."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_COMPONENT_PREFIX):
        return ref[len(_COMPONENT_PREFIX) :]
    parts = schema.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict):
        return ref_name(parts[0])
    return None


class SchemaIndex:
    """Resolves schemas against `components.schemas` of one bundle."""

    def __init__(self, components: dict[str, JsonSchema]) -> None:
        self.components = components

    def resolve(self, schema: JsonSchema) -> JsonSchema:
        seen = 0
        while "$ref" in schema and seen < 50:
            name = ref_name(schema)
            if name is None or name not in self.components:
                return {}
            schema = self.components[name]
            seen += 1
        return schema

    def flatten(self, schema: JsonSchema) -> JsonSchema:
        """One schema with the `allOf` parts merged (properties, required, type, enum, ...);
        the keywords written next to a `$ref` or an `allOf` win over what they point to."""
        siblings = {k: v for k, v in schema.items() if k not in ("$ref", "allOf")}
        schema = self.resolve(schema)
        merged: JsonSchema = {}
        for part in schema.get("allOf", []):
            sub = self.flatten(part)
            _merge_into(merged, sub)
        own = {k: v for k, v in schema.items() if k != "allOf"}
        _merge_into(merged, own)
        _merge_into(merged, siblings)
        return merged

    def types(self, schema: JsonSchema) -> tuple[str, ...]:
        flat = self.flatten(schema)
        t = flat.get("type")
        if isinstance(t, str):
            return (t,)
        if isinstance(t, list):
            return tuple(str(x) for x in t)
        if "properties" in flat:
            return ("object",)
        if "oneOf" in flat or "anyOf" in flat:
            out: list[str] = []
            for alt in flat.get("oneOf", []) + flat.get("anyOf", []):
                out.extend(x for x in self.types(alt) if x not in out)
            return tuple(out)
        return ()

    def main_type(self, schema: JsonSchema) -> str | None:
        return next((t for t in self.types(schema) if t != "null"), None)

    def is_read_only(self, prop: JsonSchema) -> bool:
        if prop.get("readOnly") is True:
            return True
        return bool(self.flatten(prop).get("readOnly") is True)

    def properties(self, schema: JsonSchema) -> list[Prop]:
        flat = self.flatten(schema)
        required = set(flat.get("required", []))
        return [
            Prop(name, sub, name in required, self.is_read_only(sub))
            for name, sub in flat.get("properties", {}).items()
        ]

    def item_schema(self, schema: JsonSchema) -> JsonSchema | None:
        """The `items` schema of an array schema."""
        items = self.flatten(schema).get("items")
        return items if isinstance(items, dict) else None

    def uses(self, schema: JsonSchema, component: str) -> bool:
        """Whether the schema is, or is an `allOf` containing, the named component."""
        if ref_name(schema) == component:
            return True
        resolved = self.resolve(schema)
        return any(self.uses(p, component) for p in resolved.get("allOf", []))


@dataclass(frozen=True)
class Prop:
    name: str
    schema: JsonSchema
    required: bool
    read_only: bool


def _merge_into(merged: JsonSchema, part: JsonSchema) -> None:
    for key, value in part.items():
        if key == "properties":
            props = merged.setdefault("properties", {})
            for name, sub in value.items():
                props[name] = sub
        elif key == "required":
            req = merged.setdefault("required", [])
            req.extend(x for x in value if x not in req)
        else:
            merged[key] = value
