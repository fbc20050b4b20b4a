"""Checks derived from the declared rules, against the real mock (and a faulty double of it)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis import Case, Response

from contract_tests.checks import rules
from contract_tests.checks._failures import (
    DanglingReferenceAccepted,
    DefaultNotTaken,
    LockedObjectChanged,
    TransitionNotApplied,
)
from contract_tests.checks._probe import ProbeResult, SentRequest, send
from contract_tests.checks._writes import read_object
from contract_tests.config import build_config
from contract_tests.mock import ROOT, MockServer
from contract_tests.spec import Spec, default_spec_path, load_document
from tests.contract.conftest import context

pytestmark = pytest.mark.server
KEYS = ("rules-key-1", "rules-key-2")


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    if not (ROOT / "generated" / "mock_server").is_dir():
        pytest.skip("generated/mock_server is missing: run `make generate`")
    with MockServer(keys=KEYS) as started:
        yield started


@pytest.fixture
def real(monkeypatch: pytest.MonkeyPatch, mock: MockServer) -> schemathesis.BaseSchema:
    import contract_tests.checks  # noqa: F401

    monkeypatch.setenv("BASE_URL", mock.base_url)
    monkeypatch.setenv("API_KEY", KEYS[0])
    monkeypatch.setenv("API_KEY_2", KEYS[1])
    document = load_document(default_spec_path())
    return schemathesis.openapi.from_dict(document, config=build_config("quick"))


def exchange(mock: MockServer, method: str, path: str, body: Any = None) -> Response:
    answer = requests.request(
        method, mock.base_url + path, json=body, headers={"X-API-Key": KEYS[0]}, timeout=10
    )
    return Response.from_requests(answer, verify=True)


def case_of(schema: schemathesis.BaseSchema, method: str, path: str) -> Case[Any]:
    case: Case[Any] = schema[path][method.upper()].Case()
    return case


def test_the_rules_are_read_from_the_declarations() -> None:
    spec = Spec(load_document(default_spec_path()))
    create = spec.operation("post", "/price_offers/{price_offer_id}/rows")
    assert create is not None
    found = rules.owned_references(spec, spec.request_schema(create))
    assert {"article_id", "warehouse_id", "vat_type_id"} <= set(found)
    assert found["article_id"][0].collection == "articles"
    assert rules.dangling_id(spec, found["article_id"][1]) == 2147483647
    read = spec.operation("get", "/price_offers/{price_offer_id}")
    assert read is not None
    machine = rules.status_machine(spec, spec.response_schema(read, 200, "application/json"))
    assert machine is not None and "cancelled" in machine.locked and machine.lock_error_id


def test_the_mock_refuses_a_dangling_reference(
    real: schemathesis.BaseSchema, mock: MockServer
) -> None:
    response = exchange(mock, "POST", "/warehouses", {"name": "Rules check", "active": True})
    assert response.status_code == 201
    case = case_of(real, "POST", "/warehouses")
    assert rules.dangling_reference_refused(context(real), response, case) is None  # PASSED


def test_a_server_taking_a_dangling_reference_fails(
    real: schemathesis.BaseSchema, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_send = send

    def dropping(request: SentRequest) -> ProbeResult:
        body = request.json_body()
        answer = real_send(request)
        if answer.status == 422 and isinstance(body, dict):  # the server "drops" the reference
            kept = {k: v for k, v in body.items() if k not in rules.named_fields(answer.json())}
            return real_send(request.with_json(kept))
        return answer

    monkeypatch.setattr(rules, "send", dropping)
    response = exchange(mock, "POST", "/warehouses", {"name": "Rules check", "active": True})
    case = case_of(real, "POST", "/warehouses")
    with pytest.raises(DanglingReferenceAccepted) as caught:
        rules.dangling_reference_refused(context(real), response, case)
    assert "financial_account_id" in str(caught.value) and "curl" in str(caught.value)


def _new_offer(mock: MockServer) -> dict[str, Any]:
    """A new open offer of the account (a minimal body: the client is the first one seeded)."""
    clients = exchange(mock, "GET", "/clients").json()["data"]
    created = exchange(mock, "POST", "/price_offers", {"client_id": clients[0]["client_id"]})
    assert created.status_code == 201, created.text
    offer: dict[str, Any] = created.json()
    return offer


def _cancelled_offer(mock: MockServer) -> Response:
    offer = _new_offer(mock)
    return exchange(mock, "POST", f"/price_offers/{offer['price_offer_id']}/cancel")


def test_the_mock_refuses_changes_to_a_locked_object(
    real: schemathesis.BaseSchema, mock: MockServer
) -> None:
    response = _cancelled_offer(mock)
    assert response.status_code == 200
    case = case_of(real, "POST", "/price_offers/{price_offer_id}/cancel")
    assert rules.locked_status_refuses_changes(context(real), response, case) is None  # PASSED


def test_a_server_changing_a_locked_object_fails(
    real: schemathesis.BaseSchema, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_send = send

    def accepting(request: SentRequest) -> ProbeResult:
        answer = real_send(request)
        if answer.status == 409:
            read = real_send(request.replace(method="GET", drop_body=True))
            return read
        return answer

    monkeypatch.setattr(rules, "send", accepting)
    response = _cancelled_offer(mock)
    case = case_of(real, "POST", "/price_offers/{price_offer_id}/cancel")
    with pytest.raises(LockedObjectChanged) as caught:
        rules.locked_status_refuses_changes(context(real), response, case)
    assert "was not refused" in str(caught.value)


def test_an_object_not_locked_is_not_probed(
    real: schemathesis.BaseSchema, mock: MockServer
) -> None:
    offer = _new_offer(mock)
    response = exchange(mock, "GET", f"/price_offers/{offer['price_offer_id']}")
    case = case_of(real, "GET", "/price_offers/{price_offer_id}")
    assert rules.locked_status_refuses_changes(context(real), response, case) is True  # N/A


def _row_from_article(mock: MockServer) -> tuple[Response, dict[str, Any]]:
    """A row created from an article alone: name, unit and amount are left to the rule."""
    articles = exchange(mock, "GET", "/articles").json()["data"]
    article = next(a for a in articles if a.get("price") and a.get("name") and a.get("unit"))
    offer = _new_offer(mock)
    created = exchange(
        mock,
        "POST",
        f"/price_offers/{offer['price_offer_id']}/rows",
        {"article_id": article["article_id"]},
    )
    assert created.status_code == 201, created.text
    return created, article


def test_the_mock_takes_left_out_fields_from_the_reference(
    real: schemathesis.BaseSchema, mock: MockServer
) -> None:
    response, _ = _row_from_article(mock)
    case = case_of(real, "POST", "/price_offers/{price_offer_id}/rows")
    assert rules.default_taken_from_reference(context(real), response, case) is None  # PASSED


def test_a_server_not_taking_the_default_fails(
    real: schemathesis.BaseSchema, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read = read_object

    def renamed(url: str) -> ProbeResult:
        answer = real_read(url)
        stored = answer.json()
        if "/rows/" in url and isinstance(stored, dict):
            stored["name"] = "Something else"
            return replace(answer, content=json.dumps(stored).encode())
        return answer

    monkeypatch.setattr(rules, "read_object", renamed)
    response, article = _row_from_article(mock)
    case = case_of(real, "POST", "/price_offers/{price_offer_id}/rows")
    with pytest.raises(DefaultNotTaken) as caught:
        rules.default_taken_from_reference(context(real), response, case)
    assert "/name: expected" in str(caught.value) and article["name"] in str(caught.value)


def test_the_mock_applies_a_declared_transition(
    real: schemathesis.BaseSchema, mock: MockServer
) -> None:
    response = _cancelled_offer(mock)
    case = case_of(real, "POST", "/price_offers/{price_offer_id}/cancel")
    assert rules.declared_transition_applies(context(real), response, case) is None  # PASSED


def test_an_action_leaving_the_status_fails(
    real: schemathesis.BaseSchema, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read = read_object

    def still_open(url: str) -> ProbeResult:
        answer = real_read(url)
        stored = answer.json()
        if isinstance(stored, dict):
            stored["status"] = "open"
            return replace(answer, content=json.dumps(stored).encode())
        return answer

    monkeypatch.setattr(rules, "read_object", still_open)
    response = _cancelled_offer(mock)
    case = case_of(real, "POST", "/price_offers/{price_offer_id}/cancel")
    with pytest.raises(TransitionNotApplied) as caught:
        rules.declared_transition_applies(context(real), response, case)
    assert "cancelled" in str(caught.value) and "'open'" in str(caught.value)


def test_the_probe_goes_to_a_carried_reference_first_then_into_lists() -> None:
    spec = Spec(load_document(default_spec_path()))
    create = spec.operation("post", "/price_offers")
    assert create is not None
    schema = spec.request_schema(create)
    carried = rules.reference_place(spec, schema, {"client_id": 1, "rows": [{"article_id": 2}]})
    assert carried is not None and carried[0] == ("client_id",)
    nested = rules.reference_place(spec, schema, {"rows": [{"article_id": 2}]})
    assert nested is not None and nested[0] == ("rows", 0, "article_id")
    assert nested[1].collection == "articles"
    body = {"rows": [{"article_id": 2, "quantity": "1"}, {"name": "x"}]}
    assert rules.with_value(body, ("rows", 0, "article_id"), 9) == {
        "rows": [{"article_id": 9, "quantity": "1"}, {"name": "x"}]
    }


def test_the_mock_refuses_a_dangling_reference_in_a_row(
    real: schemathesis.BaseSchema, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    offer = _new_offer(mock)
    articles = exchange(mock, "GET", "/articles").json()["data"]
    body = {"client_id": offer["client_id"], "rows": [{"article_id": articles[0]["article_id"]}]}
    response = exchange(mock, "POST", "/price_offers", body)
    assert response.status_code == 201, response.text
    real_place = rules.reference_place
    sent: list[SentRequest] = []
    real_send = send

    def into_the_row(spec: Spec, schema: Any, carried: dict[str, Any]) -> Any:
        return real_place(spec, schema, {k: v for k, v in carried.items() if k != "client_id"})

    def recorded(request: SentRequest) -> ProbeResult:
        sent.append(request)
        return real_send(request)

    monkeypatch.setattr(rules, "reference_place", into_the_row)
    monkeypatch.setattr(rules, "send", recorded)
    case = case_of(real, "POST", "/price_offers")
    assert rules.dangling_reference_refused(context(real), response, case) is None  # PASSED
    assert sent[0].json_body()["rows"][0]["article_id"] == 2147483647
