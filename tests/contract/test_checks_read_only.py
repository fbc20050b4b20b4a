"""read_only_fields_refused: passes a server refusing read-only fields, fails one taking them."""

from __future__ import annotations

import json

import pytest
import schemathesis

from contract_tests.checks import read_only
from contract_tests.checks._failures import ReadOnlyFieldAccepted
from contract_tests.checks._probe import ProbeResult, SentRequest
from tests.contract.conftest import Standin, context, make_case, make_response, send_to


@pytest.mark.server
def test_a_server_that_refuses_read_only_fields_passes(
    schema: schemathesis.BaseSchema, standin: Standin
) -> None:
    response = send_to(standin, "POST", "/widgets", {"name": "Sprocket"})
    assert (
        read_only.read_only_fields_refused(
            context(schema), response, make_case(schema, "POST", "/widgets")
        )
        is None
    )


def test_the_probe_field_is_valid_for_its_own_schema(schema: schemathesis.BaseSchema) -> None:
    from contract_tests.spec import spec_for

    spec = spec_for(schema.raw_schema)
    operation = spec.operation("post", "/widgets")
    assert operation is not None
    fields = read_only.read_only_fields(
        spec,
        spec.response_schema(operation, 201, "application/json"),
        spec.request_schema(operation),
    )
    assert set(fields) == {"widget_id", "uri", "serial"}
    assert read_only.sentinel(spec, "uri", fields["uri"]) == read_only.URI_SENTINEL
    assert read_only.sentinel(spec, "widget_id", fields["widget_id"]) == read_only.ID_SENTINEL


def test_a_server_that_takes_and_echoes_a_read_only_field_fails(
    schema: schemathesis.BaseSchema, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accepting(request: SentRequest) -> ProbeResult:
        return ProbeResult(
            request, 201, {}, json.dumps({"widget_id": 9, **request.json_body()}).encode()
        )

    monkeypatch.setattr(read_only, "send", accepting)
    response = make_response(
        201,
        {"widget_id": 9, "uri": "http://h/w/9", "name": "a", "size": 1},
        method="POST",
        request_body={"name": "a"},
    )
    with pytest.raises(ReadOnlyFieldAccepted, match="accepted and echoed") as raised:
        read_only.read_only_fields_refused(
            context(schema), response, make_case(schema, "POST", "/widgets")
        )
    assert read_only.URI_SENTINEL in str(raised.value)


def test_a_write_carrying_a_read_only_field_that_succeeds_fails(
    schema: schemathesis.BaseSchema,
) -> None:
    response = make_response(
        201,
        {"widget_id": 9, "uri": "http://h/w/9", "name": "a", "size": 1},
        method="POST",
        request_body={"name": "a", "serial": "S"},
    )
    with pytest.raises(ReadOnlyFieldAccepted, match="read-only field\\(s\\) serial"):
        read_only.read_only_fields_refused(
            context(schema), response, make_case(schema, "POST", "/widgets")
        )


def test_refusing_with_another_error_fails(
    schema: schemathesis.BaseSchema, monkeypatch: pytest.MonkeyPatch
) -> None:
    def wrong_error(request: SentRequest) -> ProbeResult:
        body = {"error_id": 913, "status": 400, "title": "x", "detail": "d", "fields": []}
        return ProbeResult(request, 400, {}, json.dumps(body).encode())

    monkeypatch.setattr(read_only, "send", wrong_error)
    response = make_response(
        201,
        {"widget_id": 9, "uri": "u", "name": "a", "size": 1},
        method="POST",
        request_body={"name": "a"},
    )
    with pytest.raises(ReadOnlyFieldAccepted, match="wrong answer"):
        read_only.read_only_fields_refused(
            context(schema), response, make_case(schema, "POST", "/widgets")
        )
