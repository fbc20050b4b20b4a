"""Code samples are true: the Python ones call the friendly layer by its real names and
type-check (`mypy --strict`) against the real generated client, a handful run against a real
mock; every `curl` line has the operation's method, URL, headers and the example body."""

from __future__ import annotations

import ast
import dataclasses
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_python_client import strings

from generator.model.types import Api, Operation
from generator.render.client_layer import domain_of, method_name
from generator.render.client_names import (
    class_name,
    operation_module,
    python_identifier,
    snake_case,
    tag_module,
)
from generator.render.docs import client_class_names
from generator.render.docs_samples import API_KEY, curl_sample, python_sample
from tests.mock.conftest import KEY_1, ROOT, Server

CLIENT_DIR = ROOT / "generated" / "client"
# Samples that read or create without removing anything the other tests' mock data needs.
RUN_ON_MOCK = (
    "clients_get",
    "invoices_list",
    "invoices_create",
    "receipts_create",
    "articles_create",
)

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


def _friendly_calls(sample: str) -> list[str]:
    """`namespace.method` of every `api.<namespace>.<method>(…)` call in a sample."""
    return [
        f"{node.func.value.attr}.{node.func.attr}"
        for node in ast.walk(ast.parse(sample))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Attribute)
        and isinstance(node.func.value.value, ast.Name)
        and node.func.value.value.id == "api"
    ]


def test_fixture_samples_call_the_friendly_layer_with_typed_models(fixture_api: Api) -> None:
    for op in fixture_api.operations:
        sample = python_sample(fixture_api, op)
        assert _friendly_calls(sample) == [f"{domain_of(op)}.{method_name(op)}"], sample
        assert "from books_api_client.friendly import BooksApi" in sample
        assert "from_dict" not in sample
    create = python_sample(fixture_api, fixture_api.operation("widgets_create"))
    assert "body = WidgetCreate(\n" in create
    assert 'colour=WidgetCreateColour("red"),' in create  # an inline enum: its own class
    assert "widget = api.widgets.create(body)" in create
    replace = python_sample(fixture_api, fixture_api.operation("widgets_replace"))
    assert "api.widgets.replace(42, body)" in replace  # the path parameter's example first


def test_renamed_classes_are_used(fixture_api: Api) -> None:
    sample = python_sample(
        fixture_api, fixture_api.operation("widgets_create"), {"WidgetCreate": "NewWidget"}
    )
    assert "body = NewWidget(" in sample and "import NewWidget, " in sample


def test_body_without_example_is_built_from_field_examples(fixture_api: Api) -> None:
    op = fixture_api.operation("widgets_create")
    assert op.request_body is not None
    content = dataclasses.replace(op.request_body.content[0], examples=())
    bare = dataclasses.replace(
        op, request_body=dataclasses.replace(op.request_body, content=(content,))
    )
    sample = python_sample(fixture_api, bare)
    assert 'name="Sprocket",' in sample and "active=True," in sample
    assert '"name": "Sprocket"' in curl_sample(fixture_api, bare)


def _check_curl(api: Api, op: Operation, sample: str | None = None) -> None:
    """The command's own words, as a shell splits them, against the operation."""
    sample = curl_sample(api, op) if sample is None else sample
    words = shlex.split(sample.replace("\\\n", " "))
    assert words[:3] == ["curl", "-X", op.method.upper()], words
    url = re.escape(api.servers[0]) + re.sub(r"\\{[^}]+\\}", "[^/?]+", re.escape(op.path))
    assert re.fullmatch(url + r"(\\?.+)?", words[3]), (words[3], op.operation_id)
    options = list(zip(words[4::2], words[5::2], strict=True))
    headers = [value for flag, value in options if flag == "-H"]
    assert f"X-API-Key: {API_KEY}" in headers
    for param in op.parameters:
        if param.required and param.location == "query":
            assert f"{param.name}=" in words[3].split("?", 1)[1], op.operation_id
    ok = min((r for r in op.responses if r.status < 300), key=lambda r: r.status, default=None)
    if ok and ok.content and all("json" not in c.media_type for c in ok.content):
        assert f"Accept: {ok.content[0].media_type}" in headers, op.operation_id  # a PDF, …
    data = [value for flag, value in options if flag == "--data-raw"]
    body = op.request_body
    if body is None:
        assert data == [] and not any(h.startswith("Content-Type") for h in headers)
        return
    json_body = next(c for c in body.content if c.media_type == "application/json")
    assert "Content-Type: application/json" in headers
    if json_body.examples:
        assert json.loads(data[0]) == json_body.examples[0][1], op.operation_id


def test_fixture_curl_samples_match_their_operations(fixture_api: Api) -> None:
    for op in fixture_api.operations:
        _check_curl(fixture_api, op)


def test_curl_check_fails_on_a_wrong_method_or_body(fixture_api: Api) -> None:
    op = fixture_api.operation("widgets_create")
    wrong_method = curl_sample(fixture_api, dataclasses.replace(op, method="put"))
    wrong_body = curl_sample(fixture_api, op).replace('"Sprocket"', '"Gear"')
    for sample in (wrong_method, wrong_body):
        with pytest.raises(AssertionError):
            _check_curl(fixture_api, op, sample)


def test_real_curl_samples_match_their_operations(real_api: Api) -> None:
    for op in real_api.operations:
        _check_curl(real_api, op)


def _client_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(CLIENT_DIR), "MYPYPATH": str(CLIENT_DIR)}


def _write_samples(api: Api, folder: Path) -> list[Path]:
    folder.mkdir()
    names = client_class_names()
    files = []
    for op in api.operations:
        sample = python_sample(api, op, names)
        assert _friendly_calls(sample) == [f"{domain_of(op)}.{method_name(op)}"]
        files.append(folder / f"sample_{op.operation_id}.py")
        files[-1].write_text(sample, encoding="utf-8")
    return files


def test_real_python_samples_are_mypy_strict_clean(real_api: Api, tmp_path: Path) -> None:
    """Every sample, against the checked-in client: names, argument order and model types."""
    if not (CLIENT_DIR / "books_api_client" / "friendly").is_dir():
        pytest.skip("the generated client (generated/client) does not exist yet")
    files = _write_samples(real_api, tmp_path / "samples")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "c"),
            *map(str, files),
        ],
        env=_client_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-5000:]


def test_mypy_check_fails_on_an_untyped_body(tmp_path: Path) -> None:
    """The check above can fail: a plain dict where the model is expected does not pass."""
    sample = tmp_path / "wrong.py"
    sample.write_text(
        "from books_api_client.friendly import BooksApi\n\n"
        'api = BooksApi(api_key="k")\n'
        'api.invoices.create({"description": "x"})\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(sample)],
        env=_client_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "arg-type" in done.stdout, done.stdout


@pytest.mark.server
@pytest.mark.parametrize("operation_id", RUN_ON_MOCK)
def test_real_samples_run_against_the_mock(
    operation_id: str, real_api: Api, server: Server, tmp_path: Path
) -> None:
    sample = python_sample(real_api, real_api.operation(operation_id), client_class_names())
    script = tmp_path / "sample.py"
    script.write_text(
        sample.replace(real_api.servers[0], server.url).replace(API_KEY, KEY_1), encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, str(script)],
        env=_client_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip(), "the sample prints what it got"
