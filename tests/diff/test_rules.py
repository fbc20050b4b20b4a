"""One small mutation of the tiny spec per kind of change, with the rule and level expected.

A non-breaking expectation also asserts that nothing breaking was reported, so a rule that
fires too eagerly fails here as surely as one that never fires.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.diff.registry import RULES, Level
from tests.diff.shelf import Spec, at, base, changes_between, prop, schema

Mutation = Callable[[Spec], object]


def _op(spec: Spec, url: str, method: str) -> Spec:
    result: Spec = spec["paths"][url][method]
    return result


def _param(spec: Spec, name: str) -> Spec:
    params = _op(spec, "/books", "get")["parameters"]
    return next(p for p in params if p["name"] == name)


def _post_body(spec: Spec) -> Spec:
    result: Spec = _op(spec, "/books", "post")["requestBody"]
    return result


def _rename_path(spec: Spec) -> None:
    item = spec["paths"].pop("/books/{book_id}")
    item["parameters"][0]["name"] = "id"
    spec["paths"]["/books/{id}"] = item


def _rename_component(spec: Spec) -> None:
    spec["components"]["schemas"]["Volume"] = spec["components"]["schemas"].pop("Book")
    text = json.dumps(spec).replace('"#/components/schemas/Book"', '"#/components/schemas/Volume"')
    spec.clear()
    spec.update(json.loads(text))


def _read_only_required(spec: Spec) -> None:
    """Never sent, so never missing from a request."""
    schema(spec, "BookCreate")["properties"]["uri"] = {"type": "string", "readOnly": True}
    schema(spec, "BookCreate")["required"].append("uri")


def _catalogue(spec: Spec) -> list[Spec]:
    entries: list[Spec] = schema(spec, "ErrorId")["x-catalogue"]
    return entries


CASES: list[tuple[str, Mutation, str, Level]] = [
    # operations
    (
        "operation removed",
        lambda s: s["paths"]["/books/{book_id}"].pop("delete"),
        "operation.removed",
        Level.BREAKING,
    ),
    (
        "operation added",
        lambda s: s["paths"]["/books/{book_id}"].update(
            put={"operationId": "books_replace", "responses": {"204": {"description": "Done."}}}
        ),
        "operation.added",
        Level.INFO,
    ),
    (
        "operationId renamed",
        lambda s: _op(s, "/books/{book_id}", "get").update(operationId="books_fetch"),
        "operation.id.renamed",
        Level.BREAKING,
    ),
    (
        "operation deprecated",
        lambda s: _op(s, "/books", "get").update(deprecated=True),
        "operation.deprecated",
        Level.WARN,
    ),
    ("path parameter renamed", _rename_path, "path.parameter.renamed", Level.BREAKING),
    (
        "security narrowed",
        lambda s: _op(s, "/books", "get").update(security=[{"BearerAuth": []}]),
        "security.requirement.changed",
        Level.BREAKING,
    ),
    (
        "security alternative added",
        lambda s: _op(s, "/books", "get").update(security=[{"ApiKeyAuth": []}, {"BearerAuth": []}]),
        "security.requirement.added",
        Level.INFO,
    ),
    # parameters
    (
        "parameter removed",
        lambda s: _op(s, "/books", "get")["parameters"].pop(1),
        "parameter.removed",
        Level.BREAKING,
    ),
    (
        "required parameter added",
        lambda s: _op(s, "/books", "get")["parameters"].append(
            {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "parameter.added.required",
        Level.BREAKING,
    ),
    (
        "optional parameter added",
        lambda s: _op(s, "/books", "get")["parameters"].append(
            {"name": "q", "in": "query", "schema": {"type": "string"}}
        ),
        "parameter.added",
        Level.INFO,
    ),
    (
        "parameter made required",
        lambda s: _param(s, "per_page").update(required=True),
        "parameter.made_required",
        Level.BREAKING,
    ),
    (
        "parameter made optional",
        lambda s: _param(s, "X-Trace").update(required=False),
        "parameter.made_optional",
        Level.INFO,
    ),
    (
        "parameter style changed",
        lambda s: _param(s, "sort").update(style="pipeDelimited"),
        "parameter.style.changed",
        Level.BREAKING,
    ),
    (
        "parameter enum narrowed",
        lambda s: _param(s, "sort")["schema"].update(enum=["title"]),
        "request.enum.narrowed",
        Level.BREAKING,
    ),
    (
        "parameter maximum lowered",
        lambda s: _param(s, "per_page")["schema"].update(maximum=50),
        "request.range.narrowed",
        Level.BREAKING,
    ),
    (
        "parameter maximum raised",
        lambda s: _param(s, "per_page")["schema"].update(maximum=500),
        "request.range.widened",
        Level.INFO,
    ),
    # bodies, statuses, media types, headers
    (
        "request body removed",
        lambda s: _op(s, "/books", "post").pop("requestBody"),
        "request_body.removed",
        Level.BREAKING,
    ),
    (
        "request body made required",
        lambda s: _post_body(s).update(required=True),
        "request_body.added.required",
        Level.BREAKING,
    ),
    (
        "optional request body added",
        lambda s: _op(s, "/books/{book_id}", "delete").update(
            requestBody={"content": {"text/plain": {"schema": {"type": "string"}}}}
        ),
        "request_body.added",
        Level.INFO,
    ),
    (
        "request media type removed",
        lambda s: _post_body(s)["content"].pop("application/xml"),
        "media_type.removed",
        Level.BREAKING,
    ),
    (
        "response media type added",
        lambda s: at(s, "paths")["/books/{book_id}"]["get"]["responses"]["200"]["content"].update(
            {"application/xml": {"schema": {"type": "string"}}}
        ),
        "media_type.added",
        Level.INFO,
    ),
    (
        "response status removed",
        lambda s: _op(s, "/books", "get")["responses"].pop("400"),
        "response.status.removed",
        Level.BREAKING,
    ),
    (
        "response status added",
        lambda s: _op(s, "/books/{book_id}", "get")["responses"].update(
            {"404": {"description": "No such book."}}
        ),
        "response.status.added",
        Level.INFO,
    ),
    (
        "response header removed",
        lambda s: _op(s, "/books", "get")["responses"]["200"].pop("headers"),
        "response.header.removed",
        Level.BREAKING,
    ),
    (
        "response header added",
        lambda s: _op(s, "/books", "get")["responses"]["200"]["headers"].update(
            {"X-Total": {"schema": {"type": "integer"}}}
        ),
        "response.header.added",
        Level.INFO,
    ),
    (
        "response header type changed",
        lambda s: _op(s, "/books", "get")["responses"]["200"]["headers"]["X-RateLimit-Limit"][
            "schema"
        ].update(type="string"),
        "type.changed",
        Level.BREAKING,
    ),
    # request fields
    (
        "request field removed",
        lambda s: schema(s, "BookCreate")["properties"].pop("pages"),
        "request.property.removed",
        Level.BREAKING,
    ),
    (
        "required request field added",
        lambda s: (
            schema(s, "BookCreate")["properties"].update(edition={"type": "integer"}),
            schema(s, "BookCreate")["required"].append("edition"),
        ),
        "request.property.added.required",
        Level.BREAKING,
    ),
    (
        "optional request field added",
        lambda s: schema(s, "BookCreate")["properties"].update(edition={"type": "integer"}),
        "request.property.added",
        Level.INFO,
    ),
    (
        "request field made required",
        lambda s: schema(s, "BookCreate")["required"].append("isbn"),
        "request.property.made_required",
        Level.BREAKING,
    ),
    (
        "request field made optional",
        lambda s: schema(s, "BookCreate").update(required=[]),
        "request.property.made_optional",
        Level.INFO,
    ),
    (
        "request field made read-only",
        lambda s: prop(s, "BookCreate", "isbn").update(readOnly=True),
        "request.property.removed",
        Level.BREAKING,
    ),
    # response fields
    (
        "response field removed",
        lambda s: schema(s, "Book")["properties"].pop("isbn"),
        "response.property.removed",
        Level.BREAKING,
    ),
    (
        "response field made optional",
        lambda s: schema(s, "Book")["required"].remove("status"),
        "response.property.made_optional",
        Level.BREAKING,
    ),
    (
        "response field added",
        lambda s: schema(s, "Book")["properties"].update(subtitle={"type": "string"}),
        "response.property.added",
        Level.INFO,
    ),
    (
        "response field made required",
        lambda s: schema(s, "Book")["required"].append("isbn"),
        "response.property.made_required",
        Level.INFO,
    ),
    # enums (BookStatus is read and written)
    (
        "shared enum narrowed",
        lambda s: schema(s, "BookStatus").update(enum=["draft"]),
        "request.enum.narrowed",
        Level.BREAKING,
    ),
    (
        "shared enum widened",
        lambda s: schema(s, "BookStatus")["enum"].append("archived"),
        "response.enum.widened",
        Level.WARN,
    ),
    (
        "request enum widened",
        lambda s: schema(s, "BookStatus")["enum"].append("archived"),
        "request.enum.widened",
        Level.INFO,
    ),
    # patterns
    (
        "request pattern changed",
        lambda s: prop(s, "BookCreate", "isbn").update(pattern="^[0-9]{10}$"),
        "request.pattern.changed",
        Level.BREAKING,
    ),
    (
        "request pattern removed",
        lambda s: prop(s, "BookCreate", "isbn").pop("pattern"),
        "request.pattern.removed",
        Level.INFO,
    ),
    (
        "response pattern changed",
        lambda s: prop(s, "Book", "isbn").update(pattern="^.*$"),
        "response.pattern.changed",
        Level.WARN,
    ),
    (
        "shared response schema pattern changed",
        lambda s: schema(s, "Money").update(pattern="^[0-9]+$"),
        "response.pattern.changed",
        Level.WARN,
    ),
    # lengths, ranges, sizes
    (
        "request maxLength lowered",
        lambda s: prop(s, "BookCreate", "title").update(maxLength=100),
        "request.length.narrowed",
        Level.BREAKING,
    ),
    (
        "request maxLength raised",
        lambda s: prop(s, "BookCreate", "title").update(maxLength=400),
        "request.length.widened",
        Level.INFO,
    ),
    (
        "request minLength added",
        lambda s: prop(s, "BookCreate", "title").update(minLength=3),
        "request.length.narrowed",
        Level.BREAKING,
    ),
    (
        "response maxLength raised",
        lambda s: prop(s, "Book", "title").update(maxLength=400),
        "response.length.widened",
        Level.WARN,
    ),
    (
        "request minimum raised",
        lambda s: prop(s, "BookCreate", "pages").update(minimum=10),
        "request.range.narrowed",
        Level.BREAKING,
    ),
    (
        "request maxItems lowered",
        lambda s: prop(s, "BookCreate", "authors").update(maxItems=3),
        "request.size.narrowed",
        Level.BREAKING,
    ),
    (
        "response maxItems raised",
        lambda s: prop(s, "Book", "tags").update(maxItems=20),
        "response.size.widened",
        Level.WARN,
    ),
    (
        "request maxItems raised",
        lambda s: prop(s, "BookCreate", "authors").update(maxItems=9),
        "request.size.widened",
        Level.INFO,
    ),
    (
        "response maxItems lowered",
        lambda s: prop(s, "Book", "tags").update(maxItems=5),
        "response.size.narrowed",
        Level.INFO,
    ),
    (
        "response maxLength lowered",
        lambda s: prop(s, "Book", "title").update(maxLength=100),
        "response.length.narrowed",
        Level.INFO,
    ),
    (
        "response pattern added",
        lambda s: prop(s, "Book", "title").update(pattern="^\\S"),
        "response.pattern.added",
        Level.INFO,
    ),
    (
        "response maximum lowered",
        lambda s: prop(s, "Image", "width").update(maximum=5000),
        "response.range.narrowed",
        Level.INFO,
    ),
    (
        "response maximum raised",
        lambda s: prop(s, "Image", "width").update(maximum=20000),
        "response.range.widened",
        Level.WARN,
    ),
    (
        "response enum narrowed",
        lambda s: prop(s, "Image", "kind").update(enum=["png"]),
        "response.enum.narrowed",
        Level.INFO,
    ),
    (
        "response object opened",
        lambda s: schema(s, "Image").pop("additionalProperties"),
        "response.additional_properties.opened",
        Level.WARN,
    ),
    # types and formats
    (
        "request type given where there was none",
        lambda s: prop(s, "BookCreate", "format").update(type="object"),
        "request.type.narrowed",
        Level.BREAKING,
    ),
    (
        "response null no longer returned",
        lambda s: prop(s, "Image", "caption").update(type="string"),
        "response.type.narrowed",
        Level.INFO,
    ),
    (
        "type changed",
        lambda s: prop(s, "BookCreate", "pages").update(type="string"),
        "type.changed",
        Level.BREAKING,
    ),
    (
        "request type widened with null",
        lambda s: prop(s, "BookCreate", "pages").update(type=["integer", "null"]),
        "request.type.widened",
        Level.INFO,
    ),
    (
        "response type widened with null",
        lambda s: prop(s, "Book", "title").update(type=["string", "null"]),
        "response.type.widened",
        Level.BREAKING,
    ),
    (
        "format changed",
        lambda s: prop(s, "Book", "published").update(format="date-time"),
        "format.changed",
        Level.BREAKING,
    ),
    (
        "format removed",
        lambda s: prop(s, "Book", "published").pop("format"),
        "format.removed",
        Level.WARN,
    ),
    (
        "const changed",
        lambda s: prop(s, "Book", "book_id").update(const=1),
        "const.changed",
        Level.BREAKING,
    ),
    # object shape and composition
    (
        "request object opened",
        lambda s: schema(s, "BookCreate").update(additionalProperties=True),
        "request.additional_properties.opened",
        Level.INFO,
    ),
    (
        "request object closed",
        lambda s: schema(s, "Paper").update(additionalProperties=False),
        "request.additional_properties.closed",
        Level.BREAKING,
    ),
    (
        "request variant removed",
        lambda s: prop(s, "BookCreate", "format")["oneOf"].pop(1),
        "request.variant.removed",
        Level.BREAKING,
    ),
    (
        "request variant added",
        lambda s: prop(s, "BookCreate", "format")["oneOf"].append(
            {"$ref": "#/components/schemas/Image"}
        ),
        "request.variant.added",
        Level.INFO,
    ),
    (
        "response variant added",
        lambda s: prop(s, "Book", "cover")["oneOf"].append({"$ref": "#/components/schemas/Paper"}),
        "response.variant.added",
        Level.WARN,
    ),
    (
        "response variant removed",
        lambda s: prop(s, "Book", "cover")["oneOf"].pop(1),
        "response.variant.removed",
        Level.INFO,
    ),
    (
        "nested field in a variant removed",
        lambda s: schema(s, "Paper")["properties"].pop("weight"),
        "request.property.removed",
        Level.BREAKING,
    ),
    (
        "field in an array item removed",
        lambda s: schema(s, "Image")["properties"].pop("url"),
        "response.property.removed",
        Level.BREAKING,
    ),
    # behaviour declarations
    (
        "default changed",
        lambda s: prop(s, "BookCreate", "language").update(default="fr"),
        "default.changed",
        Level.WARN,
    ),
    (
        "field deprecated",
        lambda s: prop(s, "Book", "isbn").update(deprecated=True),
        "schema.deprecated",
        Level.WARN,
    ),
    (
        "x- extension changed",
        lambda s: schema(s, "BookStatus").update({"x-transitions": {"draft": []}}),
        "extension.changed",
        Level.WARN,
    ),
    (
        "x- extension removed",
        lambda s: schema(s, "Book").pop("x-sort-key"),
        "extension.changed",
        Level.WARN,
    ),
    (
        "x- extension added",
        lambda s: schema(s, "Book").update({"x-cache-seconds": 60}),
        "extension.added",
        Level.INFO,
    ),
    (
        "other keyword changed",
        lambda s: prop(s, "BookCreate", "pages").update(multipleOf=2),
        "schema.keyword.changed",
        Level.WARN,
    ),
    ("component renamed", _rename_component, "schema.renamed", Level.WARN),
    # XML mapping of bodies that are sent as XML
    (
        "xml element renamed",
        lambda s: prop(s, "BookCreate", "title")["xml"].update(name="BookTitle"),
        "xml.changed",
        Level.BREAKING,
    ),
    (
        "xml wrapping changed",
        lambda s: prop(s, "Book", "tags")["xml"].update(wrapped=False),
        "xml.changed",
        Level.BREAKING,
    ),
    (
        "xml attribute added",
        lambda s: prop(s, "Book", "book_id").update(xml={"attribute": True}),
        "xml.changed",
        Level.BREAKING,
    ),
    # security schemes, catalogue, servers, version
    (
        "security scheme changed",
        lambda s: at(s, "components/securitySchemes/ApiKeyAuth").update(name="X-Key"),
        "security.scheme.changed",
        Level.BREAKING,
    ),
    (
        "security scheme removed",
        lambda s: at(s, "components/securitySchemes").pop("BearerAuth"),
        "security.scheme.removed",
        Level.BREAKING,
    ),
    (
        "security scheme added",
        lambda s: at(s, "components/securitySchemes").update(
            BasicAuth={"type": "http", "scheme": "basic"}
        ),
        "security.scheme.added",
        Level.INFO,
    ),
    (
        "catalogue id removed",
        lambda s: _catalogue(s).pop(0),
        "catalogue.id.removed",
        Level.BREAKING,
    ),
    (
        "catalogue status changed",
        lambda s: _catalogue(s)[0].update(status=410),
        "catalogue.status.changed",
        Level.BREAKING,
    ),
    (
        "catalogue id added",
        lambda s: _catalogue(s).append(
            {"id": 930, "status": 409, "kind": "error", "title": "Busy", "detail": "Later."}
        ),
        "catalogue.id.added",
        Level.INFO,
    ),
    (
        "catalogue kind changed",
        lambda s: _catalogue(s)[1].update(kind="warning"),
        "catalogue.kind.changed",
        Level.WARN,
    ),
    (
        "catalogue title changed",
        lambda s: _catalogue(s)[1].update(title="Invalid field"),
        "catalogue.entry.changed",
        Level.INFO,
    ),
    (
        "server removed",
        lambda s: s.update(servers=[{"url": "https://eu.shelf.example.com"}]),
        "server.removed",
        Level.BREAKING,
    ),
    (
        "server added",
        lambda s: s["servers"].append({"url": "https://eu.shelf.example.com"}),
        "server.added",
        Level.INFO,
    ),
    (
        "version changed",
        lambda s: s["info"].update(version="1.1.0"),
        "info.version.changed",
        Level.INFO,
    ),
]


@pytest.mark.parametrize(
    ("mutation", "rule_id", "level"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_kind_of_change(
    mutation: Mutation, rule_id: str, level: Level, tmp_path: Path
) -> None:
    new = base()
    mutation(new)
    changes = changes_between(base(), new, tmp_path)
    assert (rule_id, level) in {(c.rule_id, c.level) for c in changes}, changes
    assert RULES[rule_id].level == level
    if level != Level.BREAKING:
        assert [c for c in changes if c.level == Level.BREAKING] == []


def test_enough_kinds_of_change_are_covered() -> None:
    assert len(CASES) >= 40
    assert {c[2] for c in CASES} == set(RULES)  # every rule fires on at least one mutation


NO_CHANGE: list[tuple[str, Mutation]] = [
    ("identical", lambda s: None),
    ("header parameter name case", lambda s: _param(s, "X-Trace").update(name="x-trace")),
    ("description edited", lambda s: schema(s, "Book").update(description="A book.")),
    ("xml on a body never sent as XML", lambda s: schema(s, "Error").update(xml={"name": "e"})),
    ("key order", lambda s: s.update(dict(reversed(list(s.items()))))),
    ("required read-only field in a request", _read_only_required),
]


@pytest.mark.parametrize("mutation", [c[1] for c in NO_CHANGE], ids=[c[0] for c in NO_CHANGE])
def test_not_a_change(mutation: Mutation, tmp_path: Path) -> None:
    new = base()
    mutation(new)
    assert changes_between(base(), new, tmp_path) == []


def test_shared_schema_change_is_reported_once_with_its_operations(tmp_path: Path) -> None:
    new = base()
    prop(new, "Book", "title").update(maxLength=400)
    (change,) = [c for c in changes_between(base(), new, tmp_path) if c.where == "Book.title"]
    assert change.operations == ("GET /books", "GET /books/{book_id}", "POST /books")


def test_location_is_in_the_new_file(tmp_path: Path) -> None:
    new = base()
    schema(new, "Book")["properties"].pop("isbn")
    (change,) = changes_between(base(), new, tmp_path)
    assert change.file.endswith("new.json") and change.line > 1
    line = (tmp_path / "new.json").read_text(encoding="utf-8").splitlines()[change.line - 1]
    assert '"Book"' in line or '"properties"' in line


def _composed() -> Spec:
    """Book takes `created_at` from a base schema through allOf, and has a recursive field."""
    spec = base()
    schemas = spec["components"]["schemas"]
    schemas["Stamped"] = {
        "type": "object",
        "required": ["created_at"],
        "properties": {"created_at": {"type": "string"}},
    }
    schemas["Category"] = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Category"}},
        },
    }
    schemas["Book"]["properties"]["category"] = {"$ref": "#/components/schemas/Category"}
    schemas["Book"] = {"allOf": [{"$ref": "#/components/schemas/Stamped"}, schemas["Book"]]}
    return spec


def test_change_in_an_allof_base_is_reported_once_at_the_base(tmp_path: Path) -> None:
    new = _composed()
    schema(new, "Stamped")["required"] = []
    (change,) = changes_between(_composed(), new, tmp_path)
    assert (change.rule_id, change.where) == (
        "response.property.made_optional",
        "Stamped.created_at",
    )
    assert change.operations == ("GET /books", "GET /books/{book_id}", "POST /books")


def test_recursive_schema_terminates(tmp_path: Path) -> None:
    new = _composed()
    schema(new, "Category")["properties"]["name"]["maxLength"] = 80
    changes = changes_between(_composed(), new, tmp_path)
    assert [(c.rule_id, c.where) for c in changes] == [
        ("response.length.narrowed", "Category.name")
    ]
