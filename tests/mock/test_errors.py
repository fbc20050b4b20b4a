"""Every refusal has its status, its catalogue id and the rate-limit headers."""

from __future__ import annotations

import base64

import httpx
import pytest

from tests.mock.conftest import Server

pytestmark = pytest.mark.server

RATE = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")


def _error(answer: httpx.Response, status: int, error_id: int) -> dict[str, object]:
    assert answer.status_code == status, answer.text
    for header in RATE:
        assert header in answer.headers, header
    body: dict[str, object] = answer.json()
    assert body["error_id"] == error_id and body["status"] == status
    assert set(body) == {"error_id", "status", "title", "detail", "fields"}
    return body


def _basic(email: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()


@pytest.mark.parametrize(
    ("headers", "status", "error_id"),
    [
        ({}, 401, 904),
        ({"X-API-Key": "no-such-key"}, 401, 904),
        ({"Authorization": "Token abc"}, 401, 911),
        ({"Authorization": "Bearer"}, 401, 911),
        ({"Authorization": "Basic %%%not-base64"}, 401, 911),
        ({"Authorization": "Basic " + base64.b64encode(b"no-colon").decode()}, 401, 911),
        ({"Authorization": "Bearer expired-token"}, 401, 908),
        ({"Authorization": "Bearer unknown-token"}, 401, 904),
        ({"Authorization": _basic("demo@books.example.com", "wrong")}, 401, 904),
        ({"X-API-Key": "demo-key-1", "X-Account-Id": "70011"}, 403, 912),
        ({"Authorization": "Bearer demo-token", "X-Account-Id": "99999"}, 403, 912),
    ],
)
def test_credentials(server: Server, headers: dict[str, str], status: int, error_id: int) -> None:
    with server.client(None) as http:
        _error(http.get("/warehouses/1", headers=headers), status, error_id)


def test_bearer_and_basic_pick_accounts(server: Server) -> None:
    with server.client(None) as http:
        bearer = http.get("/warehouses/1", headers={"Authorization": "Bearer demo-token"})
        assert bearer.status_code == 200
        basic = http.get(
            "/warehouses/1",
            headers={
                "Authorization": _basic("demo@books.example.com", "demo-password"),
                "X-Account-Id": "70011",
            },
        )
        assert basic.status_code == 200


def test_unknown_path_and_wrong_method(client: httpx.Client) -> None:
    _error(client.get("/no_such_things"), 404, 910)
    _error(client.get("/warehouses/1/nothing"), 404, 910)
    wrong = _error(client.post("/warehouses/1", json={}), 405, 922)
    assert (
        wrong
        and client.post("/warehouses/1", json={}).headers["allow"] == "DELETE, GET, PATCH, PUT"
    )
    bulk = client.put("/clients/bulk", json={})
    if bulk.status_code != 404:  # clients may not be written yet
        _error(bulk, 405, 922)
        assert bulk.headers["allow"] == "POST"


def test_parameters(client: httpx.Client) -> None:
    body = _error(client.get("/warehouses/abc"), 400, 927)
    assert body["fields"] == [
        {"name": "warehouse_id", "location": "path", "message": '"abc" is not of type "integer"'}
    ]
    _error(client.get("/warehouses/0"), 400, 927)
    _error(client.get("/warehouses", params={"per_page": 101}), 400, 927)
    _error(client.get("/warehouses", params={"sort": "nonsense"}), 400, 927)
    _error(client.get("/warehouses/1", headers={"x-accept-version": "2"}), 400, 929)
    assert client.get("/warehouses/1", headers={"x-accept-version": "1"}).status_code == 200


def test_formats(client: httpx.Client) -> None:
    _error(client.get("/warehouses/1", headers={"Accept": "image/png"}), 406, 923)
    assert (
        client.get(
            "/warehouses/1", headers={"Accept": "text/html;q=0.5, application/*"}
        ).status_code
        == 200
    )
    _error(
        client.post("/warehouses", content=b"name=x", headers={"Content-Type": "text/plain"}),
        415,
        916,
    )
    _error(
        client.post(
            "/warehouses",
            content=b"x" * (1024 * 1024 + 1),
            headers={"Content-Type": "application/json"},
        ),
        413,
        921,
    )


def test_bodies(client: httpx.Client) -> None:
    _error(
        client.post(
            "/warehouses", content=b'{"name": ', headers={"Content-Type": "application/json"}
        ),
        400,
        926,
    )
    _error(
        client.post("/warehouses", content=b"", headers={"Content-Type": "application/json"}),
        400,
        913,
    )
    body = _error(
        client.post("/warehouses", json={"name": "", "active": "yes", "warehouse_id": 5}), 400, 928
    )
    fields = body["fields"]
    assert isinstance(fields, list)
    names = {f["name"] for f in fields}
    assert names == {"name", "active", "warehouse_id"}  # every offending field, read-only ones too
    _error(
        client.post("/warehouses", json={"address": "x"}), 400, 913
    )  # only a required field missing


def test_business_rules(client: httpx.Client) -> None:
    bad_rate = {
        "client_id": 1001,
        "items": [{"description": "x", "amount": "1.00", "tax_rate": "19"}],
    }
    body = _error(client.post("/invoices", json=bad_rate), 422, 924)
    assert "19" in str(body["detail"])
    both = {"client_id": 1001, "tax_included": "yes", "tax_calculation": "total"}
    _error(client.post("/invoices", json=both), 400, 928)  # the schema says it (if/then)
    stored = client.post("/invoices", json={"client_id": 1001, "tax_calculation": "total"}).json()
    patched = client.patch(f"/invoices/{stored['invoice_id']}", json={"tax_included": "yes"})
    _error(patched, 422, 924)  # against what is stored: only the server can tell
    _error(client.post("/invoices", json={"client_id": 999999}), 422, 924)  # unknown client
    _error(client.post("/invoices", json={"reference": "no client"}), 400, 928)  # anyOf


def test_rate_limit_headers_everywhere(client: httpx.Client) -> None:
    made = client.post("/warehouses", json={"name": "Short-lived"}).json()
    for answer in (
        client.get("/warehouses/1"),
        client.delete(f"/warehouses/{made['warehouse_id']}"),  # 204
        client.get("/nowhere"),  # 404 outside every route
        client.get("/warehouses/1", headers={"X-API-Key": "nobody"}),  # 401
    ):
        for header in RATE:
            assert header in answer.headers, (answer.status_code, header)


def test_rate_limit(limited_server: Server) -> None:
    with limited_server.client("rl-1") as http:
        seen = [http.get("/warehouses/1") for _ in range(6)]
        assert [a.status_code for a in seen] == [200] * 5 + [429]
        assert [a.headers["x-ratelimit-remaining"] for a in seen[:5]] == ["4", "3", "2", "1", "0"]
        refused = _error(seen[-1], 429, 920)
        assert refused and 0 <= int(seen[-1].headers["retry-after"]) <= 60
    with limited_server.client("rl-2") as other:  # per key
        assert other.get("/warehouses/1").status_code == 200


def test_bulk_limit(limited_server: Server) -> None:
    with limited_server.client("rl-3") as http:
        answer = http.post(
            "/clients/bulk", json={"clients": [{"name": f"C{i}"} for i in range(101)]}
        )
        if answer.status_code == 404:
            pytest.skip("clients are not in the spec yet")
        _error(answer, 429, 919)
        assert answer.headers["retry-after"] == "0"
