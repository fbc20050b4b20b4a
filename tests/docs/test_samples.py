"""Code samples use the generated client's real names: checked against openapi-python-client's
own naming functions, and by compiling every sample."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
from typing import Any

import pytest
from openapi_python_client import strings

from generator.model.types import Api
from generator.render.docs import client_class_names
from generator.render.docs_samples import (
    class_name,
    operation_module,
    py_literal,
    python_identifier,
    python_sample,
    snake_case,
    tag_module,
)
from tests.fixtures.generated_client import generated_client

NAMES = [
    "Clients",
    "Client notes",
    "VAT types",
    "Unbinded tasks",
    "Financial accounts",
    "Price offers",
    "x-accept-version",
    "X-Account-Id",
    "type",
    "format",
    "id",
    "sort",
    "invoice_items_list",
    "warehouses_get_stock",
    "price_offers_convert",
    "2fa",
    "_private",
    "InvoiceCreate",
    "ErrorId",
    "VATType",
    "HTMLPage",
    "Client",
    "List",
]


@pytest.mark.parametrize("name", NAMES)
def test_names_follow_openapi_python_client(name: str) -> None:
    assert snake_case(name) == strings.snake_case(name)
    assert python_identifier(name) == strings.PythonIdentifier(name, prefix="field_")
    assert tag_module(name) == strings.PythonIdentifier(name, prefix="tag")
    assert operation_module(name) == strings.PythonIdentifier(name, prefix="field_")
    assert class_name(name) == strings.ClassName(name, prefix="field_")


@pytest.mark.parametrize(
    "value",
    [
        {"a": 1, "b": [True, None, {"c": 'x"y'}], "d": {}, "e": []},
        ["é", 1.5, -3, "line\nbreak"],
        "plain",
        None,
    ],
)
def test_py_literal_is_the_same_value_in_python(value: Any) -> None:
    assert ast.literal_eval(py_literal(value)) == value


def test_every_fixture_sample_compiles_and_imports_its_operation(fixture_api: Api) -> None:
    for op in fixture_api.operations:
        sample = python_sample(fixture_api, op)
        tree = ast.parse(sample)
        imports = {
            f"{n.module}.{a.name}"
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom)
            for a in n.names
        }
        assert f"books_api_client.api.{tag_module(op.tag)}.{op.operation_id}" in imports


def test_no_content_success_uses_sync_detailed(fixture_api: Api) -> None:
    sample = python_sample(fixture_api, fixture_api.operation("widgets_delete"))
    assert "response = widgets_delete.sync_detailed(widget_id=42, client=client)" in sample
    assert "if isinstance(response.parsed, Error):" in sample


def test_body_without_example_is_built_from_field_examples(fixture_api: Api) -> None:
    op = fixture_api.operation("widgets_create")
    assert op.request_body is not None
    content = dataclasses.replace(op.request_body.content[0], examples=())
    bare = dataclasses.replace(
        op, request_body=dataclasses.replace(op.request_body, content=(content,))
    )
    sample = python_sample(fixture_api, bare)
    assert '"name": "Sprocket",' in sample and '"active": True,' in sample


def _calls_of(tree: ast.AST, module_name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == module_name
    ]


def test_real_samples_run_on_the_generated_client(real_api: Api) -> None:
    """Once the client exists: each sample's imports resolve, its body model is built from the
    request example (and serialises back), and its call passes arguments the function takes."""
    with generated_client() as importable:
        if not importable:
            pytest.skip("the generated client (generated/client) does not exist yet")
        _run_real_samples(real_api)


def _run_real_samples(real_api: Api) -> None:
    names = client_class_names()
    for op in real_api.operations:
        sample = python_sample(real_api, op, names)
        lines = sample.splitlines()
        call_at = next(i for i, line in enumerate(lines) if ".sync" in line)
        scope: dict[str, Any] = {}
        exec("\n".join(lines[:call_at]), scope)  # imports, client, body: no request is sent
        body = scope.get("body")
        if body is not None:
            sent = [b.to_dict() for b in body] if isinstance(body, list) else body.to_dict()
            assert sent, op.operation_id
        module = importlib.import_module(
            f"books_api_client.api.{tag_module(op.tag)}.{op.operation_id}"
        )
        (call,) = _calls_of(ast.parse(sample), operation_module(op.operation_id))
        accepted = set(inspect.signature(getattr(module, call.func.attr)).parameters)  # type: ignore[attr-defined]
        assert {k.arg for k in call.keywords} <= accepted, op.operation_id
