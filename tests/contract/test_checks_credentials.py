"""credentials_required: passes a server that answers 401 with the right ids, fails the others."""

from __future__ import annotations

import json

import pytest
import schemathesis

from contract_tests.checks import credentials
from contract_tests.checks._failures import CredentialsNotRejected
from contract_tests.checks._probe import ProbeResult, SentRequest
from tests.contract.conftest import Standin, context, make_case, make_response, send_to


@pytest.mark.server
def test_a_server_that_refuses_bad_credentials_passes(
    schema: schemathesis.BaseSchema, standin: Standin
) -> None:
    response = send_to(standin, "GET", "/widgets")
    assert (
        credentials.credentials_required(
            context(schema), response, make_case(schema, "GET", "/widgets")
        )
        is None
    )


def test_the_probes_change_nothing_but_the_credentials() -> None:
    sent = SentRequest("GET", "http://h/x?a=1", {"X-API-Key": "k", "Accept": "*/*"}, None)
    probes = {what: request for what, request, _ in credentials.scenarios(sent)}
    assert probes["no credentials"].headers == {"Accept": "*/*"}
    assert probes["an unknown API key"].headers["X-API-Key"] == credentials.WRONG_KEY
    assert (
        probes["a malformed Authorization header"].headers["Authorization"]
        == "Token contract-tests"
    )
    assert all(request.url == sent.url for request in probes.values())


@pytest.mark.parametrize(
    ("status", "error_id", "expected"),
    [
        (200, None, "accepted without valid credentials"),
        (403, 912, "answered 403"),
        (401, 911, "error_id 911"),
    ],
)
def test_a_server_that_lets_bad_credentials_through_fails(
    schema: schemathesis.BaseSchema,
    monkeypatch: pytest.MonkeyPatch,
    status: int,
    error_id: int | None,
    expected: str,
) -> None:
    def answer(request: SentRequest) -> ProbeResult:
        body: dict[str, object] = {"error_id": error_id} if error_id else {"data": []}
        return ProbeResult(request, status, {}, json.dumps(body).encode())

    monkeypatch.setattr(credentials, "send", answer)
    with pytest.raises(CredentialsNotRejected, match=expected):
        credentials.credentials_required(
            context(schema), make_response(200, {"data": []}), make_case(schema, "GET", "/widgets")
        )


def test_requests_the_server_refused_are_not_probed(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "GET", "/widgets")
    assert credentials.credentials_required(context(schema), make_response(400, {}), case) is True
