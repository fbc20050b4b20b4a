"""The API reference as one static, self-contained HTML page: `render_docs(api, out_dir)`.

Everything is rendered on the server side from the model: the page needs no script to be read
and loads nothing (inline CSS and a small filter script, both pinned by hash in the page's
Content-Security-Policy, which also forbids any other request). Parameters and error responses
that many operations share are printed once and linked, which keeps the page small.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.model.types import Api, CatalogueEntry, MediaContent, Operation, Parameter, Response
from generator.render.docs_markdown import (
    Heading,
    escape_text,
    markdown_block,
    markdown_inline,
    markdown_with_headings,
    slugify,
)
from generator.render.docs_samples import python_sample
from generator.render.docs_schemas import FieldRow, SchemaText, constraints, schema_anchor

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "docs"
_METHOD_ORDER = {"get": 0, "post": 1, "put": 2, "patch": 3, "delete": 4}
_SHARED_MIN_USES = 3  # a parameter or error response used this often is printed once


@dataclass(frozen=True)
class ParamView:
    anchor: str | None  # set when the parameter is a shared one, printed once
    name: str
    location: str
    required: bool
    type_html: Markup
    constraints: tuple[Markup, ...]
    description: Markup


@dataclass(frozen=True)
class ContentView:
    media_type: str
    type_html: Markup
    fields: tuple[FieldRow, ...]
    examples: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ResponseView:
    anchor: str | None  # set when the response is a shared error response
    status: int
    description: Markup
    headers: tuple[str, ...]
    contents: tuple[ContentView, ...]
    links: tuple[tuple[str, str, str], ...]  # (name, operation id, parameters)


@dataclass(frozen=True)
class OperationView:
    id: str
    method: str
    path: str
    summary: str
    description: Markup
    parameters: tuple[ParamView, ...]
    body_required: bool
    body: tuple[ContentView, ...]
    responses: tuple[ResponseView, ...]
    sample: str


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
    example: str | None
    catalogue: bool


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=repr, ensure_ascii=False)


def _example_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)


class _PageBuilder:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.text = SchemaText(api.schemas)
        self.shared_params = self._shared(
            (_key(p.__dict__), p)
            for op in api.operations
            for p in op.parameters
            if p.location != "path"
        )
        self.shared_responses = self._shared(
            (_key(r.__dict__), r) for op in api.operations for r in op.responses if r.status >= 400
        )

    @staticmethod
    def _shared(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
        items = list(pairs)
        counts = Counter(key for key, _ in items)
        return {key: value for key, value in items if counts[key] >= _SHARED_MIN_USES}

    def param_anchor(self, param: Parameter) -> str:
        return f"param-{param.location}-{slugify(param.name)}"

    def response_anchor(self, response: Response) -> str:
        keys = sorted(k for k, r in self.shared_responses.items() if r.status == response.status)
        index = keys.index(_key(response.__dict__))
        return f"response-{response.status}" + (f"-{index + 1}" if index else "")

    def param_view(self, param: Parameter, shared: bool) -> ParamView:
        return ParamView(
            anchor=self.param_anchor(param) if shared else None,
            name=param.name,
            location=param.location,
            required=param.required,
            type_html=self.text.type_html(param.schema),
            constraints=constraints(param.schema),
            description=markdown_inline(param.description),
        )

    def content_view(self, content: MediaContent, with_fields: bool) -> ContentView:
        fields = self.text.fields(content.schema) if with_fields else []
        return ContentView(
            media_type=content.media_type,
            type_html=self.text.type_html(content.schema),
            fields=tuple(fields),
            examples=tuple((name, _example_text(value)) for name, value in content.examples),
        )

    def response_view(self, response: Response, shared: bool) -> ResponseView:
        return ResponseView(
            anchor=self.response_anchor(response) if shared else None,
            status=response.status,
            description=markdown_inline(response.description),
            headers=response.headers,
            contents=tuple(self.content_view(c, with_fields=False) for c in response.content),
            links=tuple(
                (link.name, link.operation_id, ", ".join(f"{k} = {v}" for k, v in link.parameters))
                for link in response.links
            ),
        )

    def operation_view(self, op: Operation) -> OperationView:
        body = op.request_body
        return OperationView(
            id=op.operation_id,
            method=op.method.lower(),
            path=op.path,
            summary=op.summary or op.operation_id,
            description=markdown_block(op.description, shift=3),
            parameters=tuple(
                self.param_view(p, _key(p.__dict__) in self.shared_params) for p in op.parameters
            ),
            body_required=bool(body and body.required),
            body=tuple(self.content_view(c, with_fields=True) for c in body.content)
            if body
            else (),
            responses=tuple(
                self.response_view(r, r.status >= 400 and _key(r.__dict__) in self.shared_responses)
                for r in sorted(op.responses, key=lambda r: r.status)
            ),
            sample=python_sample(self.api, op),
        )

    def tag_views(self) -> list[TagView]:
        def order(op: Operation) -> tuple[str, int, str]:
            return (op.path, _METHOD_ORDER.get(op.method.lower(), 9), op.operation_id)

        known = [t.name for t in self.api.tags]
        groups = [(t.name, t.description) for t in self.api.tags]
        if any(op.tag not in known for op in self.api.operations):
            groups.append(("Other", "Operations without a documented tag."))
        views = []
        for name, description in groups:
            ops = [op for op in self.api.operations
                   if op.tag == name or (name == "Other" and op.tag not in known)]
            views.append(TagView(
                name=name,
                anchor=f"tag-{slugify(name)}",
                description=markdown_block(description, shift=2),
                operations=tuple(self.operation_view(op) for op in sorted(ops, key=order)),
            ))
        return [v for v in views if v.operations]

    def schema_views(self) -> list[SchemaView]:
        views = []
        for name in sorted(self.api.schemas):
            schema = self.api.schemas[name]
            example = self.text.example_of(schema)
            views.append(SchemaView(
                name=name,
                anchor=schema_anchor(name),
                description=markdown_block(str(schema.get("description", "")), shift=3),
                type_html=self.text.type_html(schema),
                constraints=constraints(schema),
                fields=tuple(self.text.fields(schema)),
                example=None if example is None else _example_text(example),
                catalogue="x-catalogue" in schema,
            ))
        return views

    def shared_views(self) -> tuple[list[ParamView], list[ResponseView]]:
        params = {self.param_anchor(p): self.param_view(p, True)
                  for p in self.shared_params.values()}
        responses = {self.response_anchor(r): self.response_view(r, True)
                     for r in self.shared_responses.values()}
        return ([params[k] for k in sorted(params)],
                [responses[k] for k in sorted(responses, key=lambda a: (len(a), a))])


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters["mdi"] = markdown_inline
    env.filters["t"] = escape_text
    env.globals["BR"] = Markup("<br>")
    return env


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _catalogue(entries: tuple[CatalogueEntry, ...]) -> list[CatalogueEntry]:
    return sorted(entries, key=lambda e: e.id)


def render_page(api: Api) -> str:
    """The page as a string (what `render_docs` writes), for tests and other writers."""
    builder = _PageBuilder(api)
    intro, headings = _intro(api.description)
    css = (TEMPLATES / "docs.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "docs.js").read_text(encoding="utf-8")
    shared_params, shared_responses = builder.shared_views()
    html = _environment().get_template("page.html.j2").render(
        api=api,
        intro=intro,
        headings=[h for h in headings if h.level == 2],
        catalogue=_catalogue(api.error_catalogue),
        tags=builder.tag_views(),
        schemas=builder.schema_views(),
        shared_params=shared_params,
        shared_responses=shared_responses,
        css=Markup(css),
        js=Markup(js),
        csp=(
            "default-src 'none'; img-src data:; "
            f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
            "base-uri 'none'; form-action 'none'"
        ),
    )
    return html


def _intro(description: str) -> tuple[Markup, list[Heading]]:
    return markdown_with_headings(description, anchor_prefix="gs-")


def render_docs(api: Api, out_dir: Path) -> None:
    """Write `out_dir/index.html`, the whole reference in one file that works offline."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "index.html").write_text(render_page(api), encoding="utf-8", newline="\n")
