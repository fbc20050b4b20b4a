"""The intermediate model of the API: what every renderer reads instead of raw YAML.

Renderers (client config, docs, mock server) depend on these types only, so a change in how the
spec is laid out on disk never reaches them. Everything is frozen and ordered (tuples, sorted
by the builder) so that rendering is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

JsonSchema = dict[str, Any]
"""A JSON Schema object from the bundle; `$ref`s point at `#/components/schemas/<Name>`."""

Kind = Literal[
    "list",  # GET on a collection
    "read",  # GET on an object (also get_by_number, get_stock)
    "rendition",  # GET of a document as HTML or PDF
    "create",  # POST on a collection
    "bulk",  # POST <collection>/bulk: upsert many
    "replace",  # PUT on an object
    "update",  # PATCH on an object
    "delete",  # DELETE on an object
    "action",  # POST on <object>/<verb>: send, cancel, convert, bind
]


@dataclass(frozen=True)
class Segment:
    """One level of a resource path.

    `/invoices/{invoice_id}` is Segment("invoices", "invoice_id").
    """

    collection: str
    id_param: str | None


@dataclass(frozen=True)
class Parameter:
    name: str
    location: Literal["path", "query", "header", "cookie"]
    required: bool
    schema: JsonSchema
    description: str = ""
    example: Any = None  # the parameter's `example` (or its schema's), None when it has none
    x_filter: dict[str, Any] | None = None  # `x-filter`: the field a list parameter filters


@dataclass(frozen=True)
class MediaContent:
    media_type: str
    schema: JsonSchema
    schema_name: str | None  # component name when the schema is a plain $ref
    examples: tuple[tuple[str, Any], ...] = ()  # (example name, value), in spec order


@dataclass(frozen=True)
class Link:
    name: str
    operation_id: str
    parameters: tuple[tuple[str, str], ...]  # (parameter name, runtime expression)
    description: str = ""


@dataclass(frozen=True)
class Response:
    status: int
    description: str
    headers: tuple[str, ...]  # header names, e.g. ("Location", "X-RateLimit-Limit", ...)
    content: tuple[MediaContent, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class RequestBody:
    required: bool
    content: tuple[MediaContent, ...]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # lower case: get, post, put, patch, delete
    path: str  # relative to the server, e.g. /invoices/{invoice_id}/items
    tag: str
    summary: str
    description: str
    kind: Kind
    verb: str  # from the operationId: list, get, create, send, ...
    qualifier: str | None  # get_pdf -> "pdf"
    resource: tuple[Segment, ...]  # the collections the path walks through
    action: str | None  # last path segment of an action or rendition (send, pdf, stock, ...)
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    x_action: dict[str, Any] | None = None  # `x-action`: what an action does (spec_rules)

    def response(self, status: int) -> Response | None:
        return next((r for r in self.responses if r.status == status), None)

    @property
    def success(self) -> Response:
        """The first 2xx response: what the operation returns when it works."""
        return next(r for r in self.responses if 200 <= r.status < 300)


@dataclass(frozen=True)
class Tag:
    name: str
    description: str


@dataclass(frozen=True)
class CatalogueEntry:
    id: int
    status: int
    kind: Literal["error", "warning"]
    title: str
    detail: str


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    type: str  # apiKey | http
    scheme: str | None  # bearer | basic for http
    header: str | None  # header name for apiKey
    description: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str  # info.description, Markdown
    servers: tuple[str, ...]
    tags: tuple[Tag, ...]
    operations: tuple[Operation, ...]  # sorted by (path, method)
    schemas: dict[str, JsonSchema] = field(default_factory=dict)  # components.schemas
    security_schemes: tuple[SecurityScheme, ...] = ()
    error_catalogue: tuple[CatalogueEntry, ...] = ()
    security: tuple[tuple[str, ...], ...] = ()  # root requirements: alternatives of scheme names

    def operation(self, operation_id: str) -> Operation:
        return next(op for op in self.operations if op.operation_id == operation_id)

    def operations_of(self, tag: str) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if op.tag == tag)
