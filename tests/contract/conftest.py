"""Fixtures for the contract-test suite's own tests: the stand-in spec, server and responses."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks._probe import BUDGET
from contract_tests.config import build_config
from contract_tests.mock import free_port
from contract_tests.spec import load_document
from tests.contract.standin_server import SPEC_PATH, make_server

KEY_1 = "standin-key-1"
KEY_2 = "standin-key-2"


@dataclass(frozen=True)
class Standin:
    base_url: str
    key: str = KEY_1
    second_key: str = KEY_2


@pytest.fixture(scope="session")
def standin() -> Iterator[Standin]:
    """The stand-in server on a free port, for checks that send probes."""
    port = free_port()
    server = make_server(port, [KEY_1, KEY_2])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Standin(base_url=f"http://127.0.0.1:{port}/api/v1")
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts with the run's environment and probe budgets of a fresh run."""
    monkeypatch.setenv("BASE_URL", "http://127.0.0.1:9/api/v1")
    monkeypatch.setenv("API_KEY", KEY_1)
    monkeypatch.setenv("API_KEY_2", KEY_2)
    BUDGET.reset()


@pytest.fixture
def schema(_environment: None) -> schemathesis.BaseSchema:
    import contract_tests.checks
    import contract_tests.xml_transport  # noqa: F401

    return schemathesis.openapi.from_dict(load_document(SPEC_PATH), config=build_config("quick"))


def make_case(schema: schemathesis.BaseSchema, method: str, path: str, **kwargs: Any) -> Case[Any]:
    case: Case[Any] = schema[path][method.upper()].Case(**kwargs)
    return case


def make_response(
    status: int,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    url: str = "http://127.0.0.1:9/api/v1/widgets",
    request_body: Any = None,
    request_headers: dict[str, str] | None = None,
    content_type: str = "application/json",
) -> Response:
    """A response as schemathesis hands it to checks, with the request that produced it."""
    if isinstance(body, bytes):
        content = body
    elif body is None:
        content = b""
    else:
        content = json.dumps(body).encode()
    sent_headers = {"X-API-Key": KEY_1, **(request_headers or {})}
    data = json.dumps(request_body).encode() if request_body is not None else None
    if data is not None:
        sent_headers.setdefault("Content-Type", "application/json")
    prepared = requests.Request(method, url, headers=sent_headers, data=data).prepare()
    all_headers = {
        "X-RateLimit-Limit": "60",
        "X-RateLimit-Remaining": "59",
        "X-RateLimit-Reset": "30",
    }
    if content:
        all_headers["Content-Type"] = content_type
    all_headers.update(headers or {})
    return Response(
        status_code=status,
        headers={k: [v] for k, v in all_headers.items()},
        content=content,
        request=prepared,
        elapsed=0.01,
        verify=True,
    )


def context(schema: schemathesis.BaseSchema) -> CheckContext:
    return CheckContext(
        override=None,
        auth=None,
        headers=None,
        config=schema.config.checks_config_for(),
        transport_kwargs=None,
        response_checks=None,
    )


def send_to(
    standin: Standin, method: str, path: str, body: Any = None, key: str = KEY_1
) -> Response:
    """A real exchange with the stand-in, wrapped as schemathesis hands it to checks."""
    headers = {"X-API-Key": key}
    answer = requests.request(
        method, standin.base_url + path, json=body, headers=headers, timeout=10
    )
    return Response.from_requests(answer, verify=True)


FIXTURES = Path(__file__).with_name("fixtures")
