"""Plan the declared behaviour rules of one collection (`spec_rules.ResourceRules`).

Field rules (references, defaults, shorthands, open amounts, find-or-create blocks) are read
from the write schemas, nested objects and arrays included, so a rule on `rows[].article_id`
is enforced at `rows/0/article_id`; object rules (status machine, cascade, document with the
field roles of its shared schemas, numbering, printable copy) from the read schema. Nothing
here looks at a field's name: what is not declared in the spec is not planned.
"""

from __future__ import annotations

from dataclasses import replace

from spec_rules.read import line_fields, property_rules, schema_rules, totals_fields
from spec_rules.schema_index import JsonSchema, SchemaIndex
from spec_rules.types import Document, FieldRules, PropertyRules, ResourceRules

_MAX_DEPTH = 4  # rows inside documents inside bodies: deeper nesting has no rules in practice
_EACH = "*"


def resource_rules(index: SchemaIndex, read: str, writes: tuple[str | None, ...]) -> ResourceRules:
    fields: dict[tuple[str, ...], PropertyRules] = {}
    for name in writes:
        if name:
            _collect(index, _ref(name), (), fields, 0)
    read_flat = index.flatten(_ref(read))
    read_props = {p.name: p.schema for p in index.properties(_ref(read))}
    object_rules = schema_rules(read_flat, read_props)
    number_field, numbering = None, None
    for prop_name, rules in object_rules.properties.items():
        if rules.numbering is not None:
            number_field, numbering = prop_name, rules.numbering
    return ResourceRules(
        fields=tuple(FieldRules(path, rules) for path, rules in sorted(fields.items())),
        number_field=number_field,
        numbering=numbering,
        status_machine=object_rules.status_machine,
        on_delete=object_rules.on_delete,
        document=_with_roles(index, object_rules.document),
        printable=object_rules.printable,
    )


def _with_roles(index: SchemaIndex, document: Document | None) -> Document | None:
    """The document with the field roles its shared schemas declare (`x-totals` on `totals`,
    `x-line-amounts` on `line_amounts`): the arithmetic reads its field names from there."""
    if document is None:
        return None
    return replace(
        document,
        fields=totals_fields(index.resolve(_ref(document.totals))),
        line_fields=line_fields(index.resolve(_ref(document.line_amounts))),
    )


def top_level_references(rules: ResourceRules) -> dict[str, str]:
    """Owned references of the object's own fields: field name -> collection."""
    return {
        f.path[0]: str(f.rules.references.collection)
        for f in rules.references()
        if len(f.path) == 1 and f.rules.references is not None
    }


def _collect(
    index: SchemaIndex,
    schema: JsonSchema,
    path: tuple[str, ...],
    out: dict[tuple[str, ...], PropertyRules],
    depth: int,
) -> None:
    if depth > _MAX_DEPTH:
        return
    for prop in index.properties(schema):
        where = (*path, prop.name)
        rules = property_rules(prop.schema)
        if rules is not None and rules.of_writes:
            out.setdefault(where, replace(rules, numbering=None))
        types = index.types(prop.schema)
        if "array" in types:
            item = index.item_schema(prop.schema)
            if item is not None and "object" in index.types(item):
                _collect(index, item, (*where, _EACH), out, depth + 1)
        elif "object" in types:
            _collect(index, prop.schema, where, out, depth + 1)


def _ref(name: str) -> JsonSchema:
    return {"$ref": f"#/components/schemas/{name}"}
