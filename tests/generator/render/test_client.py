from typing import Any

from generator.bundle import bundle_spec
from generator.load.spec import load_spec
from generator.model.build import build_model
from generator.render.client import _diagnostics, client_document, readme
from tests.generator.support import MINI_SPEC


def test_readme_has_install_auth_and_first_call() -> None:
    api = build_model(bundle_spec(load_spec(MINI_SPEC)).document)
    text = readme(api)
    assert "pip install ./generated/client" in text
    assert (
        'AuthenticatedClient(base_url="http://127.0.0.1:4010/api/v1", token=KEY, prefix="", '
        'auth_header_name="X-API-Key")'
    ) in text
    assert "from books_api_client.api.clients import clients_list" in text
    assert "clients_list.sync(client=client, per_page=1)" in text


def test_tool_warnings_are_grouped_and_located() -> None:
    xml = "Unsupported content type application/xml"
    findings = [
        {"level": "WARNING", "header": "WARNING parsing PUT /r/{id} within R.", "detail": xml},
        {"level": "WARNING", "header": "WARNING parsing POST /r within R.", "detail": xml},
        {"level": "ERROR", "header": "ruff failed", "detail": "boom"},
    ]
    body = ("requestBody", "content", "application/xml")
    places: dict[tuple[str | int, ...], tuple[str, int]] = {
        ("paths", "/r", "post", *body): ("r.yaml", 3),
        ("paths", "/r/{id}", "put", *body): ("r_id.yaml", 9),
    }
    found = _diagnostics(findings, lambda path: places.get(path, ("", 0)))
    assert [str(d) for d in found] == [
        "error: client: boom",
        f"r.yaml:3: warning: client: {xml} (openapi-python-client has no XML support: the client"
        " sends JSON here) (and 1 more operations)",
    ]


def test_shared_parameter_enums_become_one_named_schema() -> None:
    bundle: dict[str, Any] = {
        "components": {
            "schemas": {"FormatList": {"type": "object"}},
            "parameters": {
                "AcceptVersion": {
                    "name": "v",
                    "in": "header",
                    "schema": {"type": "string", "enum": ["1"]},
                },
                "FormatList": {
                    "name": "format",
                    "in": "query",
                    "schema": {"enum": ["json", "csv"]},
                },
                "Page": {"name": "page", "in": "query", "schema": {"type": "integer"}},
            },
        }
    }
    document = client_document(bundle)
    parameters = document["components"]["parameters"]
    assert parameters["AcceptVersion"]["schema"] == {"$ref": "#/components/schemas/AcceptVersion"}
    assert parameters["FormatList"]["schema"] == {"$ref": "#/components/schemas/FormatListValue"}
    assert parameters["Page"]["schema"] == {"type": "integer"}
    assert document["components"]["schemas"]["AcceptVersion"] == {"type": "string", "enum": ["1"]}
    assert bundle["components"]["parameters"]["Page"] is not parameters["Page"]  # a copy


PYDANTIC = """2 validation errors for OpenAPI
components.schemas.Thing.other.properties.name.other.maxLength
  Input should be a valid integer [type=int_parsing, input_value='fifty', input_type=str]
    For further information visit https://errors.pydantic.dev/2.14/v/int_parsing
paths./v1.0/things.get.responses.200.Response.content.application/vnd.x+json.schema
  Input should be a valid dictionary [type=model_type, input_value=True, input_type=bool]"""


def test_pydantic_errors_are_located_in_the_source() -> None:
    document = {
        "components": {"schemas": {"Thing": {"properties": {"name": {"maxLength": "fifty"}}}}},
        "paths": {
            "/v1.0/things": {
                "get": {
                    "responses": {"200": {"content": {"application/vnd.x+json": {"schema": True}}}}
                }
            }
        },
    }
    places: dict[tuple[str | int, ...], tuple[str, int]] = {
        ("components", "schemas", "Thing", "properties", "name", "maxLength"): ("Thing.yaml", 6),
        (
            "paths",
            "/v1.0/things",
            "get",
            "responses",
            "200",
            "content",
            "application/vnd.x+json",
            "schema",
        ): ("things.yaml", 9),
    }
    findings = [
        {"level": "ERROR", "header": "Failed to parse OpenAPI document", "detail": PYDANTIC}
    ]
    found = _diagnostics(findings, lambda path: places.get(path, ("", 0)), document)
    assert [str(d) for d in found] == [
        "Thing.yaml:6: error: client: openapi-python-client cannot read "
        "#/components/schemas/Thing/properties/name/maxLength: "
        "Input should be a valid integer (got 'fifty')",
        "things.yaml:9: error: client: openapi-python-client cannot read "
        "#/paths/~1v1.0~1things/get/responses/200/content/application~1vnd.x+json/schema: "
        "Input should be a valid dictionary (got True)",
    ]
