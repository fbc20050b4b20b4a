"""totals_arithmetic: passes totals that follow the rules, fails the others (JSON and XML)."""

from __future__ import annotations

import pytest
import schemathesis

from contract_tests import xml_codec
from contract_tests.checks._failures import TotalsMismatch
from contract_tests.checks.totals import totals_arithmetic
from contract_tests.spec import Spec, load_document
from tests.contract.conftest import context, make_case, make_response
from tests.contract.standin_server import SPEC_PATH, compute_bill
from tests.contract.test_totals import seed_002

URL = "http://127.0.0.1:9/api/v1/bills/7"


def bill() -> dict[str, object]:
    return {"bill_id": 7, "uri": URL, **seed_002()}


def test_correct_totals_pass(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "GET", "/bills/{bill_id}", path_parameters={"bill_id": 7})
    assert totals_arithmetic(context(schema), make_response(200, bill(), url=URL), case) is None


def test_the_stand_in_computes_what_the_check_expects(schema: schemathesis.BaseSchema) -> None:
    body = {
        "discount_percentage": "12.5",
        "tax_calculation": "item",
        "items": [
            {"amount": "19.99", "quantity": "3", "tax_rate": "21"},
            {"amount": "0.35", "quantity": "7", "tax_rate": "6"},
            {"amount": "0.10", "quantity": "12", "tax_rate": "0", "tax_rate_special_status": "DR"},
        ],
    }
    case = make_case(schema, "GET", "/bills/{bill_id}", path_parameters={"bill_id": 7})
    response = make_response(200, compute_bill(7, URL, body), url=URL)
    assert totals_arithmetic(context(schema), response, case) is None


def test_wrong_vat_fails_with_the_rule_and_the_computation(schema: schemathesis.BaseSchema) -> None:
    body = bill()
    body["total_tax_1"], body["total_with_tax"] = "42.00", "232.00"
    case = make_case(schema, "GET", "/bills/{bill_id}", path_parameters={"bill_id": 7})
    with pytest.raises(
        TotalsMismatch, match=r"rule 5: total_tax_1 is 42.00, expected 39.90 \(round\(200.00"
    ):
        totals_arithmetic(context(schema), make_response(200, body, url=URL), case)


def test_wrong_totals_in_an_xml_body_fail(schema: schemathesis.BaseSchema) -> None:
    body = bill()
    body["total_with_tax"] = "229.99"
    spec = Spec(load_document(SPEC_PATH))
    xml = xml_codec.to_bytes(xml_codec.encode(spec, {"$ref": "#/components/schemas/Bill"}, body))
    case = make_case(schema, "GET", "/bills/{bill_id}", path_parameters={"bill_id": 7})
    with pytest.raises(TotalsMismatch, match="rule 7"):
        totals_arithmetic(
            context(schema), make_response(200, xml, url=URL, content_type="application/xml"), case
        )


def test_bodies_without_totals_are_not_its_business(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "GET", "/widgets")
    assert totals_arithmetic(context(schema), make_response(200, {"data": []}), case) is True
