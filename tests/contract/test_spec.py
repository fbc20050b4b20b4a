"""The spec helpers: inlining a multi-file source, reading the catalogue, read-only fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from contract_tests.spec import Spec, SpecError, load_document
from tests.contract.standin_server import SPEC_PATH


def test_a_multi_file_source_is_inlined_into_one_document(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "Id.yaml").write_text("type: integer\nminimum: 1\n")
    (tmp_path / "Thing.yaml").write_text(
        "type: object\nproperties:\n  thing_id:\n    $ref: shared/Id.yaml\n"
    )
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    Thing:\n      $ref: Thing.yaml\n"
        "    Other:\n      $ref: '#/components/schemas/Thing'\n"
    )
    document = load_document(tmp_path / "openapi.yaml")
    thing = document["components"]["schemas"]["Thing"]
    assert thing["properties"]["thing_id"] == {"type": "integer", "minimum": 1}
    assert document["components"]["schemas"]["Other"] == {"$ref": "#/components/schemas/Thing"}


def test_a_missing_file_is_a_spec_error(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text(
        "openapi: 3.1.0\npaths:\n  /x:\n    $ref: missing.yaml\n"
    )
    with pytest.raises(SpecError, match=r"missing\.yaml"):
        load_document(tmp_path / "openapi.yaml")


def test_the_catalogue_comes_from_x_catalogue() -> None:
    catalogue = Spec(load_document(SPEC_PATH)).error_catalogue()
    assert catalogue[910].status == 404
    assert catalogue[928].title == "Invalid field"


def test_read_only_is_seen_through_all_of_and_flattening() -> None:
    spec = Spec(load_document(SPEC_PATH))
    bill = spec.flatten({"$ref": "#/components/schemas/Bill"})
    assert spec.is_read_only(bill["properties"]["total_with_tax"])
    assert not spec.is_read_only(bill["properties"]["discount_percentage"])
    assert {"bill_id", "uri", "items", "total_with_tax"} <= set(bill["properties"])
    assert spec.schema_types(bill["properties"]["items"]) == {"array"}


def test_operations_and_their_responses() -> None:
    spec = Spec(load_document(SPEC_PATH))
    operation = spec.operation("post", "/widgets")
    assert operation is not None and operation.operation_id == "widgets_create"
    assert set(spec.links(operation, 201)) == {"get", "update", "delete"}
    assert spec.response_schema(operation, 400, "application/json") == {
        "$ref": "#/components/schemas/Error"
    }
    assert spec.response(operation, 404) is None


def test_the_account_header_can_be_left_out_of_every_operation() -> None:
    from contract_tests.spec import without_header_parameter

    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "components": {"parameters": {"Account": {"name": "X-Account-Id", "in": "header"}}},
        "paths": {
            "/x": {
                "parameters": [{"$ref": "#/components/parameters/Account"}],
                "get": {
                    "parameters": [
                        {"name": "page", "in": "query"},
                        {"$ref": "#/components/parameters/Account"},
                    ]
                },
            }
        },
    }
    stripped = without_header_parameter(document, "x-account-id")
    assert stripped["paths"]["/x"]["parameters"] == []
    assert stripped["paths"]["/x"]["get"]["parameters"] == [{"name": "page", "in": "query"}]
    assert document["paths"]["/x"]["parameters"]  # the original is left as it was
