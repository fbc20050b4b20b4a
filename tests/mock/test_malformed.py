"""No input, however malformed, gets a 5xx: a table of nasty requests, raw bytes on a socket
where an HTTP client would refuse to send them, and a small hypothesis fuzz of JSON bodies."""

from __future__ import annotations

import json
import socket
from urllib.parse import urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.mock.conftest import Server

pytestmark = pytest.mark.server

JSON = {"Content-Type": "application/json"}


def _raw(server: Server, request: bytes) -> int:
    """Send bytes as they are; the status of the answer (0 when the server refused to parse)."""
    parts = urlsplit(server.url)
    with socket.create_connection(
        (parts.hostname or "127.0.0.1", parts.port or 80), timeout=5
    ) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    line = data.split(b"\r\n", 1)[0].split(b" ")
    return int(line[1]) if len(line) > 1 and line[1].isdigit() else 0


BODIES = [
    b"\xff\xfe\xfa",  # not UTF-8
    b'{"name": "\xff"}',
    b'{"name": "a\x00b"}',
    b'{"name": "\\u0000"}',
    b'{"name": "\\ud800"}',  # a lone surrogate
    b'{"financial_account_id": 123456789012345678901234567890}',
    b'{"financial_account_id": 1e400}',
    b'{"financial_account_id": -1e-400}',
    b'{"name": NaN}',
    b"[" * 5000 + b"]" * 5000,
    b'{"a":' * 3000 + b"1" + b"}" * 3000,
    b"null",
    b"[]",
    b'"just a string"',
    b"0",
    b'{"name": "x", "name": "y"}',
    b"\x00" * 100,
    json.dumps({"name": "x" * 100_000}).encode(),
]


@pytest.mark.parametrize("body", BODIES, ids=range(len(BODIES)))
def test_bad_bodies(client: httpx.Client, body: bytes) -> None:
    for path in ("/warehouses", "/invoices", "/receipts"):
        answer = client.post(path, content=body, headers=JSON)
        assert answer.status_code < 500, (path, answer.text)
        assert answer.status_code in (201, 400, 404, 422), (path, answer.text)


XML_BODIES = [
    b"<receipt>",
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
    b"<receipt>&b;</receipt>",
    b"<receipt><items><item><amount>1e9999</amount></item></items></receipt>",
    b"<receipt>text</receipt>",
    b"<other/>",
    b"<receipt><client_id>\xff</client_id></receipt>",
]


@pytest.mark.parametrize("body", XML_BODIES, ids=range(len(XML_BODIES)))
def test_bad_xml(client: httpx.Client, body: bytes) -> None:
    answer = client.post("/receipts", content=body, headers={"Content-Type": "application/xml"})
    assert answer.status_code < 500, answer.text


def test_odd_requests(server: Server) -> None:
    key = b"X-API-Key: demo-key-1\r\n"
    requests = [
        b"GET /api/v1/warehouses/%FF%FE HTTP/1.1\r\nHost: x\r\n" + key + b"\r\n",
        b"GET /api/v1/warehouses/1?page=%FF&per_page=%00 HTTP/1.1\r\nHost: x\r\n" + key + b"\r\n",
        b"GET /api/v1/warehouses/1 HTTP/1.1\r\nHost: \xff\xfe\r\n" + key + b"\r\n",
        b"GET /api/v1/warehouses/1 HTTP/1.1\r\nHost: x\r\nX-API-Key: \xff\xff\r\n\r\n",
        b"GET /api/v1/warehouses/1 HTTP/1.1\r\nHost: x\r\nAuthorization: Basic \xff\xff\r\n\r\n",
        b"GET /api/v1/warehouses/1 HTTP/1.1\r\nHost: x\r\nAccept: \xff;q=abc,,;\r\n"
        + key
        + b"\r\n",
        b"GET /api/v1/warehouses/1 HTTP/1.1\r\nHost: x\r\nX-Account-Id: 1e99999\r\n"
        + key
        + b"\r\n",
        b"GET /api/v1/warehouses/" + b"9" * 5000 + b" HTTP/1.1\r\nHost: x\r\n" + key + b"\r\n",
        b"GET /api/v1/warehouses?sort="
        + b"-name," * 500
        + b" HTTP/1.1\r\nHost: x\r\n"
        + key
        + b"\r\n",
        b"POST /api/v1/warehouses HTTP/1.1\r\nHost: x\r\n"
        b"Content-Type: application/json; charset=latin-9\r\n"
        + key
        + b"Content-Length: 2\r\n\r\n{}",
        b"POST /api/v1/warehouses HTTP/1.1\r\nHost: x\r\nContent-Type: \xff\r\n"
        + key
        + b"Content-Length: 2\r\n\r\n{}",
        b"POST /api/v1/warehouses HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n"
        + key
        + b"\r\n",
        b"DELETE /api/v1/warehouses/1/../1 HTTP/1.1\r\nHost: x\r\n" + key + b"\r\n",
        b"OPTIONS * HTTP/1.1\r\nHost: x\r\n" + key + b"\r\n",
        b"GET /api/v1/warehouses/1 HTTP/1.1\r\nHost: x\r\nPrefer: code=500\r\n" + key + b"\r\n",
    ]
    for request in requests:
        status = _raw(server, request)
        assert status == 0 or status < 500, request[:80]


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    body=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=20), children, max_size=6)
        ),
        max_leaves=20,
    ),
    path=st.sampled_from(
        ["/warehouses", "/invoices", "/invoices/3003/items", "/warehouses/1", "/clients/bulk"]
    ),
    method=st.sampled_from(["POST", "PUT", "PATCH"]),
)
def test_fuzzed_json_bodies(server: Server, body: object, path: str, method: str) -> None:
    with server.client() as http:
        answer = http.request(method, path, content=json.dumps(body).encode(), headers=JSON)
    assert answer.status_code < 500, answer.text
