"""What the docs templates show, computed from the model: plain frozen views, all HTML in them
already escaped (`Markup`), all lists in page order.

Size matters on a page with every operation of the API: parameters and error responses that
many operations share are described once (the operations name and link them), and a request
schema's fields are printed with the first operation that takes it (whatever its media types),
which the next ones and the schemas section link to; a repeated example likewise.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.model.types import Api, Link, MediaContent, Operation, Parameter, Response
from generator.render.docs_markdown import markdown_block, markdown_inline, slugify
from generator.render.docs_samples import curl_sample, python_sample
from generator.render.docs_schemas import FieldRow, SchemaText, constraints, schema_anchor, to_json

METHOD_ORDER = {"get": 0, "post": 1, "put": 2, "patch": 3, "delete": 4}
SHARED_MIN_USES = 3  # a parameter or error response used this often is described once


@dataclass(frozen=True)
class ParamView:
    anchor: str | None  # set for a shared parameter: where it is described
    name: str
    location: str
    required: bool
    type_html: Markup
    constraints: tuple[Markup, ...]
    description: Markup
    example: str | None


@dataclass(frozen=True)
class ExampleView:
    name: str
    media_type: str
    text: str  # empty when an earlier operation on the page shows the same example
    shown_at: str | None  # that operation
    shown_as: str  # where it shows there: "request body", "200 response", ...


@dataclass(frozen=True)
class ContentView:
    """One schema of a body and every media type it is sent as: the fields show once."""

    media_types: tuple[str, ...]
    type_html: Markup
    fields: tuple[FieldRow, ...]
    fields_at: str | None  # the operation above that already shows this table
    examples: tuple[ExampleView, ...]


@dataclass(frozen=True)
class LinkView:
    name: str
    operation_id: str
    parameters: str
    description: Markup


@dataclass(frozen=True)
class ResponseView:
    anchor: str | None  # set for a shared error response: where it is described
    status: int
    description: Markup
    headers: tuple[str, ...]
    contents: tuple[ContentView, ...]
    links: tuple[LinkView, ...]


@dataclass(frozen=True)
class OperationView:
    id: str
    method: str
    path: str
    summary: str
    description: Markup
    parameters: tuple[ParamView, ...]  # the operation's own
    common_parameters: tuple[ParamView, ...]  # shared ones, described in #common
    body_required: bool
    body: tuple[ContentView, ...]
    responses: tuple[ResponseView, ...]
    python: str
    curl: str


@dataclass(frozen=True)
class TagView:
    name: str
    anchor: str
    description: Markup
    operations: tuple[OperationView, ...]


@dataclass(frozen=True)
class SchemaView:
    name: str
    anchor: str
    description: Markup
    type_html: Markup
    constraints: tuple[Markup, ...]
    fields: tuple[FieldRow, ...]
    body_of: str | None  # the operation whose request body already shows the fields
    example: str | None
    catalogue: bool


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=repr, ensure_ascii=False)


def example_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)


def _shared(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    items = list(pairs)
    counts = Counter(key for key, _ in items)
    return {key: value for key, value in items if counts[key] >= SHARED_MIN_USES}


def _anchors(candidates: list[tuple[str, str]]) -> dict[str, str]:
    """A unique anchor per key: the base name, then `-2`, `-3`… in key order."""
    anchors: dict[str, str] = {}
    used: Counter[str] = Counter()
    for key, base in sorted(set(candidates)):
        used[base] += 1
        anchors[key] = base if used[base] == 1 else f"{base}-{used[base]}"
    return anchors


def _page_order(api: Api) -> list[tuple[str, str, list[Operation]]]:
    """(tag, description, operations) in page order: tags as the spec lists them, then
    operations by path with GET, POST, PUT, PATCH, DELETE on each."""

    def order(op: Operation) -> tuple[str, int, str]:
        return (op.path, METHOD_ORDER.get(op.method.lower(), 9), op.operation_id)

    known = {t.name for t in api.tags}
    groups = [
        (t.name, t.description, [op for op in api.operations if op.tag == t.name]) for t in api.tags
    ]
    others = [op for op in api.operations if op.tag not in known]
    groups.append(("Other", "Operations without a documented tag.", others))
    return [(name, text, sorted(ops, key=order)) for name, text, ops in groups if ops]


class PageBuilder:
    def __init__(self, api: Api, class_names: Mapping[str, str] | None = None) -> None:
        self.api = api
        self.class_names = dict(class_names or {})
        self.text = SchemaText(api.schemas)
        self.groups = _page_order(api)
        self.shared_params = _shared(
            (_key(p.__dict__), p)
            for op in api.operations
            for p in op.parameters
            if p.location != "path"  # an id in the path belongs with its operation
        )
        self.shared_responses = _shared(
            (_key(r.__dict__), r) for op in api.operations for r in op.responses if r.status >= 400
        )
        self._tables: dict[str, str] = {}  # body schema -> first operation showing its fields
        self._examples: dict[str, tuple[str, str]] = {}  # example -> (operation, where)
        self._anchors = _anchors(
            [(k, f"param-{p.location}-{slugify(p.name)}") for k, p in self.shared_params.items()]
            + [(k, f"response-{r.status}") for k, r in self.shared_responses.items()]
        )

    def param_view(self, param: Parameter, shared: bool) -> ParamView:
        example = param.example if param.example is not None else self.text.example_of(param.schema)
        return ParamView(
            anchor=self._anchors[_key(param.__dict__)] if shared else None,
            name=param.name,
            location=param.location,
            required=param.required,
            type_html=self.text.type_html(param.schema),
            constraints=constraints(param.schema),
            description=markdown_inline(param.description),
            example=None if example is None else to_json(example),
        )

    def content_views(
        self, contents: Iterable[MediaContent], with_fields: bool, owner: str, where: str
    ) -> tuple[ContentView, ...]:
        """Media types that carry the same schema share one view, in spec order. A field
        table or an example an earlier operation shows (page order) becomes a link to it."""
        groups: dict[str, list[MediaContent]] = {}
        for content in contents:
            groups.setdefault(_key(content.schema), []).append(content)
        views = []
        for key, group in groups.items():
            fields_at = self._tables.setdefault(key, owner) if with_fields else None
            views.append(
                ContentView(
                    media_types=tuple(c.media_type for c in group),
                    type_html=self.text.type_html(group[0].schema),
                    fields=tuple(self.text.fields(group[0].schema))
                    if with_fields and fields_at == owner
                    else (),
                    fields_at=None if fields_at == owner else fields_at,
                    examples=tuple(
                        self._example(name, c.media_type, value, owner, where)
                        for c in group
                        for name, value in c.examples
                    ),
                )
            )
        return tuple(views)

    def _example(
        self, name: str, media_type: str, value: Any, owner: str, where: str
    ) -> ExampleView:
        text = example_text(value)
        first = self._examples.setdefault(_key([media_type, text]), (owner, where))
        if first[0] == owner:
            return ExampleView(name, media_type, text, None, where)
        return ExampleView(name, media_type, "", first[0], first[1])

    @staticmethod
    def link_view(link: Link) -> LinkView:
        return LinkView(
            name=link.name,
            operation_id=link.operation_id,
            parameters=", ".join(f"{k} = {v}" for k, v in link.parameters),
            description=markdown_inline(getattr(link, "description", "")),
        )

    def response_view(self, response: Response, shared: bool, owner: str) -> ResponseView:
        return ResponseView(
            anchor=self._anchors[_key(response.__dict__)] if shared else None,
            status=response.status,
            description=markdown_inline(response.description),
            headers=response.headers,
            contents=self.content_views(
                response.content, False, owner, f"{response.status} response"
            ),
            links=tuple(self.link_view(link) for link in response.links),
        )

    def operation_view(self, op: Operation) -> OperationView:
        body = op.request_body
        params = [(p, _key(p.__dict__) in self.shared_params) for p in op.parameters]
        return OperationView(
            id=op.operation_id,
            method=op.method.lower(),
            path=op.path,
            summary=op.summary or op.operation_id,
            description=markdown_block(op.description, shift=3),
            parameters=tuple(self.param_view(p, False) for p, shared in params if not shared),
            common_parameters=tuple(self.param_view(p, True) for p, shared in params if shared),
            body_required=bool(body and body.required),
            body=self.content_views(body.content, True, op.operation_id, "request body")
            if body
            else (),
            responses=tuple(
                self.response_view(
                    r,
                    r.status >= 400 and _key(r.__dict__) in self.shared_responses,
                    op.operation_id,
                )
                for r in sorted(op.responses, key=lambda r: r.status)
            ),
            python=python_sample(self.api, op, self.class_names),
            curl=curl_sample(self.api, op),
        )

    def tag_views(self) -> list[TagView]:
        return [
            TagView(
                name=name,
                anchor=f"tag-{slugify(name)}",
                description=markdown_block(description, shift=2),
                operations=tuple(self.operation_view(op) for op in ops),
            )
            for name, description, ops in self.groups
        ]

    def _bodies(self) -> dict[str, str]:
        """Schema name -> the first operation (in page order) showing it as a request body."""
        shown: dict[str, str] = {}
        for _, _, ops in self.groups:
            for op in ops:
                for content in op.request_body.content if op.request_body else ():
                    if content.schema_name and self.text.has_fields(content.schema):
                        shown.setdefault(content.schema_name, op.operation_id)
        return shown

    def schema_views(self) -> list[SchemaView]:
        bodies = self._bodies()
        views = []
        for name in sorted(self.api.schemas):
            schema = self.api.schemas[name]
            example = self.text.example_of(schema)
            body_of = bodies.get(name)
            views.append(
                SchemaView(
                    name=name,
                    anchor=schema_anchor(name),
                    description=markdown_block(str(schema.get("description", "")), shift=3),
                    type_html=self.text.type_html(schema),
                    constraints=constraints(schema),
                    fields=() if body_of else tuple(self.text.fields(schema)),
                    body_of=body_of,
                    example=None if example is None else example_text(example),
                    catalogue="x-catalogue" in schema,
                )
            )
        return views

    def shared_views(self) -> tuple[list[ParamView], list[ResponseView]]:
        params = [self.param_view(p, True) for p in self.shared_params.values()]
        responses = [
            self.response_view(r, True, self._anchors[k]) for k, r in self.shared_responses.items()
        ]
        return (
            sorted(
                {p.anchor: p for p in params}.values(),
                key=lambda p: (p.location, p.name.lower(), p.anchor or ""),
            ),
            sorted(
                {r.anchor: r for r in responses}.values(),
                key=lambda r: (r.status, len(r.anchor or ""), r.anchor or ""),
            ),
        )
