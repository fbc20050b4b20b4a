"""JSON Schema as a reader sees it: a type line, its constraints and a table of fields.

Bundled schemas point at `#/components/schemas/<Name>`; a named schema is shown as a link to
its entry in the page's schemas section instead of being expanded again, which keeps the page
small and every type one click from its definition.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.model.types import JsonSchema
from generator.render.docs_markdown import code, markdown_inline
from spec_rules.schema_index import SchemaIndex, ref_name

REF_PREFIX = "#/components/schemas/"
_MAX_DEPTH = 3


@dataclass(frozen=True)
class FieldRow:
    name: str
    type_html: Markup
    required: bool
    read_only: bool
    write_only: bool
    constraints: tuple[Markup, ...]
    description: Markup
    example: str | None


def schema_anchor(name: str) -> str:
    return f"schema-{name}"


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _range(low: Any, high: Any, what: str) -> Markup | None:
    if low is not None and high is not None:
        return Markup("{}{} … {}").format(what, low, high)
    if low is not None:
        return Markup("{}≥ {}").format(what, low)
    if high is not None:
        return Markup("{}≤ {}").format(what, high)
    return None


def constraints(schema: JsonSchema) -> tuple[Markup, ...]:
    """The validation keywords of one schema level, in a fixed order."""
    out: list[Markup | None] = []
    if "const" in schema:
        out.append(Markup("always ") + code(to_json(schema["const"])))
    if "enum" in schema:
        values = Markup(", ").join(code(to_json(v)) for v in schema["enum"])
        out.append(Markup("one of ") + values)
    out.append(_range(schema.get("minimum"), schema.get("maximum"), ""))
    if "exclusiveMinimum" in schema:
        out.append(Markup("&gt; {}").format(schema["exclusiveMinimum"]))
    if "exclusiveMaximum" in schema:
        out.append(Markup("&lt; {}").format(schema["exclusiveMaximum"]))
    if "multipleOf" in schema:
        out.append(Markup("multiple of {}").format(schema["multipleOf"]))
    out.append(_range(schema.get("minLength"), schema.get("maxLength"), "length "))
    if "pattern" in schema:
        out.append(Markup("pattern ") + code(schema["pattern"]))
    out.append(_range(schema.get("minItems"), schema.get("maxItems"), "items "))
    if schema.get("uniqueItems"):
        out.append(Markup("unique items"))
    out.append(_range(schema.get("minProperties"), schema.get("maxProperties"), "fields "))
    if schema.get("additionalProperties") is False:
        out.append(Markup("no other fields"))
    if "default" in schema:
        out.append(Markup("default ") + code(to_json(schema["default"])))
    out += _declared_rules(schema)
    return tuple(c for c in out if c is not None)


def _declared_rules(schema: JsonSchema) -> list[Markup]:
    """The behaviour rules declared on a field (`x-` extensions, `spec_rules`), in words: a
    rule a reader cannot find does not exist for them."""
    out: list[Markup] = []
    ref = schema.get("x-references")
    if isinstance(ref, dict) and "collection" in ref:
        out.append(
            Markup("names an object of ")
            + code(ref["collection"])
            + Markup(" (else {})").format(ref.get("error_id"))
        )
    elif isinstance(ref, dict):
        out.append(Markup("an id of another system, stored as given"))
    default = schema.get("x-default-from")
    if isinstance(default, dict):
        out.append(
            Markup("when left out: ")
            + code(default["field"])
            + Markup(" of the object ")
            + code(default["reference"])
            + Markup(" names")
        )
    if isinstance(schema.get("x-numbering"), dict):
        out.append(Markup("numbered by the system when left out"))
    computed = schema.get("x-computed")
    if isinstance(computed, dict):
        when = {"create": "when created", "change": "when its sub-list changes"}
        value = computed.get("value")
        how = next(iter(value), "") if isinstance(value, dict) else ""
        out.append(
            Markup("set by the system {}: ").format(when.get(computed.get("when", ""), "on write"))
            + code(str(how))
        )
    return out


class SchemaText:
    """Renders schemas of one API; knows its components to follow references."""

    def __init__(self, components: Mapping[str, JsonSchema]) -> None:
        self._components = components
        self._index = SchemaIndex(dict(components))

    def resolve(self, schema: JsonSchema) -> JsonSchema:
        name = ref_name(schema)
        if name is None or name not in self._components:
            return schema
        return self._index.resolve({"$ref": REF_PREFIX + name})

    def link(self, name: str) -> Markup:
        if name in self._components:
            return Markup('<a href="#{}">{}</a>').format(schema_anchor(name), name)
        return Markup("{}").format(name)

    def type_html(self, schema: Any, depth: int = 0) -> Markup:
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return Markup("any")
        name = ref_name(schema)
        if name:
            return self.link(name)
        for key, sep in (("oneOf", " | "), ("anyOf", " | "), ("allOf", " &amp; ")):
            parts = schema.get(key)
            if isinstance(parts, list) and parts:
                return Markup(sep).join(self.type_html(p, depth + 1) for p in parts)
        types = schema.get("type")
        if types is None:
            if "enum" in schema or "const" in schema:
                return Markup("enum")
            return Markup("object" if "properties" in schema else "any")
        names = [types] if isinstance(types, str) else list(types)
        return Markup(" | ").join(self._one_type(schema, t, depth) for t in names)

    def _one_type(self, schema: JsonSchema, type_name: str, depth: int) -> Markup:
        if type_name == "array":
            items = schema.get("items")
            if isinstance(items, dict):
                return Markup("array of {}").format(self.type_html(items, depth + 1))
            return Markup("array")
        if type_name == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and not schema.get("properties"):
                return Markup("map of {}").format(self.type_html(extra, depth + 1))
            return Markup("object")
        fmt = schema.get("format")
        if fmt and type_name in ("string", "integer", "number"):
            return Markup("{} ({})").format(type_name, fmt)
        return Markup("{}").format(type_name)

    def _collect(
        self, schema: Any, props: dict[str, JsonSchema], required: set[str], seen: set[str]
    ) -> None:
        if not isinstance(schema, dict):
            return
        name = ref_name(schema)
        if name:
            if name in seen or name not in self._components:
                return
            seen.add(name)
            schema = self._components[name]
        for part in schema.get("allOf", []):
            self._collect(part, props, required, seen)
        for key, value in (schema.get("properties") or {}).items():
            props.setdefault(key, value)
        required.update(schema.get("required", []))

    def properties(self, schema: JsonSchema) -> tuple[dict[str, JsonSchema], set[str]]:
        """Properties of an object schema, merged over `allOf` parts and references."""
        props: dict[str, JsonSchema] = {}
        required: set[str] = set()
        self._collect(schema, props, required, set())
        return props, required

    def has_fields(self, schema: JsonSchema) -> bool:
        return bool(self.properties(schema)[0])

    def fields(self, schema: JsonSchema, prefix: str = "", depth: int = 0) -> list[FieldRow]:
        props, required = self.properties(schema)
        rows: list[FieldRow] = []
        for name, prop in props.items():
            rows.append(self._row(prefix + name, prop, name in required))
            if depth >= _MAX_DEPTH - 1 or ref_name(prop):
                continue
            items = prop.get("items")
            if self._is_inline_object(prop):
                rows.extend(self.fields(prop, f"{prefix}{name}.", depth + 1))
            elif isinstance(items, dict) and self._is_inline_object(items):
                rows.extend(self.fields(items, f"{prefix}{name}[].", depth + 1))
        return rows

    def _is_inline_object(self, schema: JsonSchema) -> bool:
        return ref_name(schema) is None and self.has_fields(schema)

    def _row(self, name: str, prop: JsonSchema, required: bool) -> FieldRow:
        target = self.resolve(prop) if ref_name(prop) else {}
        description = prop.get("description") or target.get("description") or ""
        example = self.example_of(prop)
        if example is None and target:
            example = self.example_of(target)
        return FieldRow(
            name=name,
            type_html=self.type_html(prop),
            required=required,
            read_only=bool(prop.get("readOnly")),
            write_only=bool(prop.get("writeOnly")),
            constraints=constraints(prop),
            description=markdown_inline(str(description)),
            example=None if example is None else to_json(example),
        )

    @staticmethod
    def example_of(schema: JsonSchema) -> Any:
        if "example" in schema:
            return schema["example"]
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            return examples[0]
        return None
