"""error_body_in_catalogue: passes catalogue-conformant error bodies, fails the others."""

from __future__ import annotations

import pytest
import schemathesis

from contract_tests.checks._failures import ErrorNotInCatalogue
from contract_tests.checks.error_catalogue import error_body_in_catalogue
from tests.contract.conftest import context, make_case, make_response


def error(error_id: int, status: int, title: str) -> dict[str, object]:
    return {"error_id": error_id, "status": status, "title": title, "detail": "d", "fields": []}


def test_a_catalogue_error_passes(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "GET", "/widgets/{widget_id}", path_parameters={"widget_id": 5})
    response = make_response(404, error(910, 404, "Not found"))
    assert error_body_in_catalogue(context(schema), response, case) is None


def test_success_is_not_its_business(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "GET", "/widgets")
    assert error_body_in_catalogue(context(schema), make_response(200, {"data": []}), case) is True


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (404, error(928, 404, "Invalid field"), "belongs to HTTP 400"),
        (400, error(955, 400, "Odd"), "not in the catalogue"),
        (400, {"status": 400, "title": "t", "detail": "d", "fields": []}, "`error_id` is None"),
        (404, error(910, 400, "Not found"), "`status` is 400"),
        (404, error(910, 404, "Missing"), "catalogue's title for 910 is 'Not found'"),
    ],
)
def test_a_body_off_the_catalogue_fails(
    schema: schemathesis.BaseSchema, status: int, body: dict[str, object], expected: str
) -> None:
    case = make_case(schema, "GET", "/widgets/{widget_id}", path_parameters={"widget_id": 5})
    with pytest.raises(ErrorNotInCatalogue, match=expected):
        error_body_in_catalogue(context(schema), make_response(status, body), case)


def test_an_error_without_a_json_body_fails(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "GET", "/widgets")
    response = make_response(500, b"<html>oops</html>", content_type="text/html")
    with pytest.raises(ErrorNotInCatalogue, match="no JSON object"):
        error_body_in_catalogue(context(schema), response, case)
