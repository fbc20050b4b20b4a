"""The page's search index: small, prebuilt, embedded as JSON, read by the inline script.

A reader looks for an operation by what they hold: a field name from a payload, an error id
from a log line, a schema name from a stack trace. The index lists each findable thing once
(`docs`: kind, anchor, title, detail, and for an operation the first sentence of its
description) and maps every field and parameter name to the things
whose bodies or parameters carry it (`terms`), so a field search lands on operations without
the page shipping their tables twice. Built from the model in page order: deterministic.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from generator.model.types import Api, CatalogueEntry, JsonSchema, Operation
from generator.render.docs_schemas import SchemaText, schema_anchor
from spec_rules.schema_index import ref_name

_MAX_DEPTH = 4
_WORDS = 160  # characters of a description's first sentence that are searched
_MARKUP = re.compile(r"[`*_\[\]]|\(#[^)]*\)")


def _plain(text: str) -> str:
    """One line of Markdown as plain words (links keep their text, marks go)."""
    return " ".join(_MARKUP.sub("", text).split())


class SearchIndex:
    """Collects documents and terms; `json()` is what the page embeds."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.text = SchemaText(api.schemas)
        self.docs: list[list[str]] = []
        self.terms: dict[str, list[int]] = {}

    def _add(self, kind: str, anchor: str, title: str, detail: str, words: str = "") -> int:
        """`words`: searched but not shown (an operation's first sentence)."""
        self.docs.append([kind, anchor, title, detail, *([words] if words else [])])
        return len(self.docs) - 1

    def _term(self, name: str, doc: int) -> None:
        docs = self.terms.setdefault(name.lower(), [])
        if doc not in docs:
            docs.append(doc)

    def field_names(
        self, schema: Any, depth: int = 0, seen: frozenset[str] = frozenset()
    ) -> Iterator[str]:
        """Every property name reachable in a schema, through references, items and unions."""
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return
        name = ref_name(schema)
        if name is not None:
            if name in seen:
                return
            seen = seen | {name}
            schema = self.text.resolve(schema)
        for key in ("oneOf", "anyOf"):
            for part in schema.get(key) or []:
                yield from self.field_names(part, depth, seen)
        props, _ = self.text.properties(schema)
        for key, prop in props.items():
            yield key
            yield from self.field_names(prop, depth + 1, seen)
        items = schema.get("items")
        if isinstance(items, dict):
            yield from self.field_names(items, depth, seen)

    def _body_schemas(self, op: Operation) -> Iterator[JsonSchema]:
        for content in op.request_body.content if op.request_body else ():
            yield content.schema
        for response in op.responses:
            if response.status < 300:
                for content in response.content:
                    yield content.schema

    def add_operation(self, op: Operation) -> None:
        where = f"{op.method.upper()} {op.path} · {op.tag}"
        first = _plain(op.description.split("\n\n")[0]).split(". ")[0][:_WORDS]
        doc = self._add("op", op.operation_id, op.summary or op.operation_id, where, first)
        for schema in self._body_schemas(op):
            for name in self.field_names(schema):
                self._term(name, doc)
        for param in op.parameters:
            self._term(param.name, doc)

    def add_schema(self, name: str, schema: JsonSchema) -> None:
        description = _plain(str(schema.get("description", "")).split("\n\n")[0])
        doc = self._add("schema", schema_anchor(name), name, description[:120])
        for field in self.field_names(schema):
            self._term(field, doc)

    def add_error(self, entry: CatalogueEntry) -> None:
        detail = f"{entry.status} {entry.kind} · {_plain(entry.detail)[:120]}"
        self._add("error", f"error-{entry.id}", f"{entry.id} {entry.title}", detail)

    def json(self) -> str:
        """Compact JSON, safe inside `<script type="application/json">`."""
        data = {"docs": self.docs, "terms": dict(sorted(self.terms.items()))}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return text.replace("<", "\\u003c")


def search_index(api: Api, operations: list[Operation]) -> str:
    """The index of `operations` (in page order), the schemas and the error catalogue."""
    index = SearchIndex(api)
    for op in operations:
        index.add_operation(op)
    for name in sorted(api.schemas):
        index.add_schema(name, api.schemas[name])
    for entry in sorted(api.error_catalogue, key=lambda e: e.id):
        index.add_error(entry)
    return index.json()
