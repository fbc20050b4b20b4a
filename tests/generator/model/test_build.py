from typing import Any

import pytest

from generator.bundle import bundle_spec
from generator.load.spec import load_spec
from generator.model.build import (
    ModelError,
    build_model,
    declared_actions,
    operation_kind,
    parse_operation_id,
    resource_of,
)
from generator.model.types import Api, Segment
from tests.generator.support import MINI_SPEC


@pytest.fixture(scope="module")
def api() -> Api:
    return build_model(bundle_spec(load_spec(MINI_SPEC)).document)


@pytest.mark.parametrize(
    ("operation_id", "expected"),
    [
        ("invoices_list", ("invoices", "list", None)),
        ("invoice_items_list", ("invoice_items", "list", None)),
        ("invoices_get_pdf", ("invoices", "get", "pdf")),
        ("invoices_get_by_number", ("invoices", "get", "by_number")),
        ("clients_bulk_upsert", ("clients", "bulk_upsert", None)),
        ("price_offers_convert", ("price_offers", "convert", None)),
        ("unbinded_tasks_bind", ("unbinded_tasks", "bind", None)),
    ],
)
def test_operation_ids(operation_id: str, expected: tuple[str, str, str | None]) -> None:
    assert parse_operation_id(operation_id) == expected


def test_operation_id_without_a_known_verb() -> None:
    with pytest.raises(ValueError, match="with a verb from"):
        parse_operation_id("invoices_fetch")


def test_actions_of_a_status_machine_are_verbs() -> None:
    schemas = {
        "Rental": {
            "allOf": [{"type": "object"}],
            "x-status-machine": {
                "field": "status",
                "initial": "open",
                "transitions": [{"action": "close", "from": ["open"], "to": "closed"}],
            },
        }
    }
    actions = declared_actions(schemas)
    assert actions == {"close"}
    assert parse_operation_id("rentals_close", actions) == ("rentals", "close", None)
    assert operation_kind("close", None) == "action"
    with pytest.raises(ValueError, match="with a verb from"):
        parse_operation_id("rentals_close")


@pytest.mark.parametrize(
    ("path", "kind", "segments", "action"),
    [
        ("/invoices", "list", [("invoices", None)], None),
        (
            "/invoices/{invoice_id}/items/{item_id}",
            "read",
            [("invoices", "invoice_id"), ("items", "item_id")],
            None,
        ),
        (
            "/invoices/{invoice_id}/items",
            "create",
            [("invoices", "invoice_id"), ("items", None)],
            None,
        ),
        ("/invoices/{invoice_id}/send", "action", [("invoices", "invoice_id")], "send"),
        ("/invoices/{invoice_id}/pdf", "rendition", [("invoices", "invoice_id")], "pdf"),
        ("/articles/{article_id}/stock", "read", [("articles", "article_id")], "stock"),
        ("/clients/bulk", "bulk", [("clients", None)], "bulk"),
        ("/invoices/by_number/{number}", "read", [("invoices", "number")], None),
    ],
)
def test_resources(
    path: str, kind: Any, segments: list[tuple[str, str | None]], action: str | None
) -> None:
    assert resource_of(path, kind) == (tuple(Segment(*s) for s in segments), action)


def test_kinds_of_the_fixture(api: Api) -> None:
    kinds = {op.operation_id: op.kind for op in api.operations}
    assert kinds == {
        "clients_list": "list",
        "clients_create": "create",
        "clients_get": "read",
        "clients_update": "update",
        "clients_delete": "delete",
        "invoices_list": "list",
        "invoices_create": "create",
        "invoices_get": "read",
        "invoices_get_by_number": "read",
        "invoices_delete": "delete",
        "invoices_get_pdf": "rendition",
        "invoices_get_html": "rendition",
        "invoices_send": "action",
        "invoice_items_list": "list",
        "invoice_items_create": "create",
    }
    order = [(op.path, op.method) for op in api.operations]
    assert order == sorted(order)


def test_parameters_merge_path_and_operation_level(api: Api) -> None:
    op = api.operation("invoice_items_list")
    assert [(p.name, p.location, p.required) for p in op.parameters] == [
        ("invoice_id", "path", True),
        ("page", "query", False),
        ("per_page", "query", False),
    ]
    assert op.parameters[0].schema == {"$ref": "#/components/schemas/Id"}
    assert op.parameters[0].example == 3003


def test_content_examples_links_and_headers(api: Api) -> None:
    listing = api.operation("clients_list").success
    json_body, csv_body = listing.content
    assert (json_body.media_type, json_body.schema_name) == ("application/json", "ClientList")
    assert (
        json_body.examples[0][0] == "client_list" and json_body.examples[0][1]["meta"]["total"] == 1
    )
    assert (csv_body.media_type, csv_body.schema_name) == ("text/csv", None)
    assert csv_body.examples[0][1].startswith("client_id,uri,name")
    created = api.operation("clients_create").response(201)
    assert created is not None and created.headers == ("Location", "X-RateLimit-Remaining")
    assert next((link.name, link.operation_id, link.parameters) for link in created.links) == (
        "get",
        "clients_get",
        (("client_id", "$response.body#/client_id"),),
    )
    error = api.operation("clients_get").response(404)
    assert error is not None and error.content[0].schema_name == "Error"
    assert error.content[0].examples[0][1]["error_id"] == 910
    body = api.operation("clients_create").request_body
    assert body is not None and body.required and body.content[0].schema_name == "ClientCreate"


def test_api_level_facts(api: Api) -> None:
    assert (api.title, api.version, api.servers) == (
        "Mini Books",
        "0.1.0",
        ("http://127.0.0.1:4010/api/v1",),
    )
    assert [t.name for t in api.tags] == ["Clients", "Invoices"]
    assert [(s.name, s.type, s.scheme, s.header) for s in api.security_schemes] == [
        ("ApiKeyAuth", "apiKey", None, "X-API-Key"),
        ("BearerAuth", "http", "bearer", None),
    ]
    assert [(e.id, e.status, e.kind) for e in api.error_catalogue] == [
        (603, 200, "warning"),
        (904, 401, "error"),
        (910, 404, "error"),
        (928, 400, "error"),
    ]
    assert api.security == (("ApiKeyAuth",), ("BearerAuth",))
    assert "Invoice" in api.schemas
    assert api.operation("invoices_get_pdf").action == "pdf"
    assert api.operations_of("Clients")[0].operation_id == "clients_list"


def test_model_errors_carry_the_bundle_path() -> None:
    bundle = {"paths": {"/x": {"get": {"operationId": "x_fetch", "responses": {}}}}}
    with pytest.raises(ModelError) as caught:
        build_model(bundle)
    assert caught.value.path == ("paths", "/x", "get", "operationId")
