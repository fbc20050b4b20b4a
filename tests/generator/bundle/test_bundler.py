from pathlib import Path

import pytest

from generator.bundle import bundle_spec, component_name
from generator.diagnostics import SpecError
from generator.load.spec import load_spec
from tests.generator.support import MINI_SPEC, write_spec

ROOT = """
openapi: 3.1.0
info: {title: T, version: "1"}
components:
  securitySchemes:
    Key:
      $ref: security/Key.yaml
paths:
  /things:
    $ref: paths/things.yaml
"""


def test_components_are_named_by_folder_and_stem() -> None:
    assert component_name(Path("a/schemas/Invoice.yaml")) == ("schemas", "Invoice")
    assert component_name(Path("a/security/ApiKeyAuth.yaml")) == ("securitySchemes", "ApiKeyAuth")
    assert component_name(Path("a/headers/X-RateLimit-Limit.yaml")) == (
        "headers",
        "X-RateLimit-Limit",
    )
    assert component_name(Path("a/misc/Thing.yaml")) is None


def test_fixture_bundle_has_only_local_refs_and_sorted_components() -> None:
    document = bundle_spec(load_spec(MINI_SPEC)).document
    assert list(document)[:5] == ["openapi", "info", "servers", "security", "tags"]
    assert list(document["components"]) == [
        "schemas",
        "responses",
        "parameters",
        "examples",
        "headers",
        "securitySchemes",
    ]
    schemas = list(document["components"]["schemas"])
    assert schemas == sorted(schemas, key=lambda n: (n.lower(), n))
    assert "ApiKeyAuth" in document["components"]["securitySchemes"]
    assert next(iter(document["paths"])) == "/clients"
    refs = _refs(document)
    assert refs and all(r.startswith("#/components/") for r in refs)


def _refs(node: object) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for item in node for r in _refs(item)]
    return []


def test_path_files_are_inlined_and_refs_rewritten(tmp_path: Path) -> None:
    root = write_spec(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "security/Key.yaml": "type: apiKey\nin: header\nname: X-Key\n",
            "paths/things.yaml": """
                get:
                  operationId: things_list
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "../schemas/Thing.yaml#/properties/name"
                          examples:
                            one:
                              $ref: ../examples/thing_one.yaml
            """,
            "schemas/Thing.yaml": "type: object\nproperties:\n  name: {type: string}\n",
            "examples/thing_one.yaml": "value: {$ref: not-a-ref}\n",
        },
    )
    document = bundle_spec(load_spec(root)).document
    media = document["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/Thing/properties/name"}
    assert media["examples"]["one"] == {"$ref": "#/components/examples/thing_one"}
    assert document["components"]["securitySchemes"]["Key"]["name"] == "X-Key"
    assert document["components"]["examples"]["thing_one"] == {"value": {"$ref": "not-a-ref"}}


def test_name_clash_is_an_error_at_the_ref(tmp_path: Path) -> None:
    root = write_spec(
        tmp_path,
        {
            "openapi.yaml": ROOT.replace("paths/things.yaml", "a/paths/things.yaml"),
            "security/Key.yaml": "type: apiKey\nin: header\nname: X-Key\n",
            "a/paths/things.yaml": """
                get:
                  operationId: things_list
                  parameters:
                    - $ref: ../parameters/Id.yaml
                    - $ref: ../../b/parameters/Id.yaml
                  responses: {}
            """,
            "a/parameters/Id.yaml": "name: a\nin: query\n",
            "b/parameters/Id.yaml": "name: b\nin: query\n",
        },
    )
    with pytest.raises(SpecError) as caught:
        bundle_spec(load_spec(root))
    (problem,) = caught.value.diagnostics
    assert problem.file.endswith("a/paths/things.yaml") and problem.line == 5
    assert "component name clash: components/parameters/Id" in problem.message


def test_source_map_points_into_the_source_files() -> None:
    bundle = bundle_spec(load_spec(MINI_SPEC))
    file, line = bundle.source_map.locate(
        ("components", "schemas", "Invoice", "properties", "date")
    )
    assert file.endswith("domains/invoices/schemas/Invoice.yaml") and line == 25
    file, line = bundle.source_map.locate(
        ("paths", "/invoices/{invoice_id}/pdf", "get", "operationId")
    )
    assert file.endswith("domains/invoices/paths/invoice_pdf.yaml") and line == 4
    assert bundle.source_map.locate(("info", "title"))[1] == 3
