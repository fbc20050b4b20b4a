"""location_points_at_created: passes a 201 whose Location leads to the object, fails the others."""

from __future__ import annotations

import pytest
import schemathesis

from contract_tests.checks._failures import LocationMismatch
from contract_tests.checks.location import location_points_at_created
from tests.contract.conftest import Standin, context, make_case, send_to

pytestmark = pytest.mark.server


def created(standin: Standin) -> schemathesis.Response:
    return send_to(standin, "POST", "/widgets", {"name": "Sprocket"})


def test_a_location_that_leads_to_the_object_passes(
    schema: schemathesis.BaseSchema, standin: Standin
) -> None:
    response = created(standin)
    assert response.status_code == 201
    assert (
        location_points_at_created(context(schema), response, make_case(schema, "POST", "/widgets"))
        is None
    )


def test_a_location_that_leads_elsewhere_fails(
    schema: schemathesis.BaseSchema, standin: Standin
) -> None:
    response = created(standin)
    other = send_to(standin, "POST", "/widgets", {"name": "Other"}).headers["location"][0]
    response.headers["location"] = [other]
    with pytest.raises(LocationMismatch, match="differs from the body's uri") as raised:
        location_points_at_created(context(schema), response, make_case(schema, "POST", "/widgets"))
    assert "returned widget_id=" in str(raised.value)
    assert "curl -X GET" in str(raised.value)


def test_a_location_that_leads_nowhere_fails(
    schema: schemathesis.BaseSchema, standin: Standin
) -> None:
    response = created(standin)
    response.headers["location"] = [standin.base_url + "/widgets/2000000000"]
    with pytest.raises(LocationMismatch, match="answered 404"):
        location_points_at_created(context(schema), response, make_case(schema, "POST", "/widgets"))


def test_a_201_without_location_fails(schema: schemathesis.BaseSchema, standin: Standin) -> None:
    response = created(standin)
    del response.headers["location"]
    with pytest.raises(LocationMismatch, match="201 without Location"):
        location_points_at_created(context(schema), response, make_case(schema, "POST", "/widgets"))
