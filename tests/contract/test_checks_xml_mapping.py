"""xml_matches_mapping: passes XML written by the mapping, fails malformed or misnamed XML."""

from __future__ import annotations

import pytest
import schemathesis

from contract_tests.checks._failures import XmlMappingViolation
from contract_tests.checks.xml_mapping import xml_matches_mapping
from tests.contract.conftest import Standin, context, make_case, make_response, send_to

URL = "http://127.0.0.1:9/api/v1/bills/7?format=xml"
GOOD = (
    b"<?xml version='1.0' encoding='utf-8'?><bill><bill_id>7</bill_id><uri>http://h/b/7</uri>"
    b"<discount_percentage>0</discount_percentage><tax_calculation>total</tax_calculation>"
    b"<tax_included>no</tax_included><tax_rate_1>21</tax_rate_1><tax_rate_2>12</tax_rate_2><tax_rate_3>6</tax_rate_3>"
    b"<discount_total_without_tax>0.00</discount_total_without_tax><total_refundable_deposit>0.00</total_refundable_deposit>"
    b"<total_without_tax>0.00</total_without_tax><total_tax_1>0.00</total_tax_1><total_tax_2>0.00</total_tax_2>"
    b"<total_tax_3>0.00</total_tax_3><discount_total_with_tax>0.00</discount_total_with_tax>"
    b"<total_with_tax>0.00</total_with_tax><items/></bill>"
)


def check(schema: schemathesis.BaseSchema, content: bytes) -> bool | None:
    case = make_case(schema, "GET", "/bills/{bill_id}", path_parameters={"bill_id": 7})
    return xml_matches_mapping(
        context(schema), make_response(200, content, url=URL, content_type="application/xml"), case
    )


def test_xml_written_by_the_mapping_passes(schema: schemathesis.BaseSchema) -> None:
    assert check(schema, GOOD) is None


@pytest.mark.server
def test_the_stand_ins_xml_passes(schema: schemathesis.BaseSchema, standin: Standin) -> None:
    response = send_to(standin, "GET", "/bills?format=xml&per_page=2")
    assert response.headers["content-type"] == ["application/xml"]
    assert (
        xml_matches_mapping(context(schema), response, make_case(schema, "GET", "/bills")) is None
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (GOOD[:-20], "not well-formed"),
        (
            GOOD.replace(b"<bill>", b"<Bill>").replace(b"</bill>", b"</Bill>"),
            "root element is <Bill>",
        ),
        (
            GOOD.replace(b"<items/>", b"<item><item_id>1</item_id></item>"),
            "no property of the schema is written as <item>",
        ),
        (
            GOOD.replace(b"<bill_id>7</bill_id>", b"<bill_id>seven</bill_id>"),
            "'seven' is not a integer",
        ),
        (GOOD.replace(b"<bill_id>7</bill_id>", b""), '"bill_id" is a required property'),
    ],
)
def test_xml_off_the_mapping_fails(
    schema: schemathesis.BaseSchema, content: bytes, expected: str
) -> None:
    with pytest.raises(XmlMappingViolation, match=expected):
        check(schema, content)


def test_json_is_not_its_business(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "GET", "/bills/{bill_id}", path_parameters={"bill_id": 7})
    assert xml_matches_mapping(context(schema), make_response(200, {"bill_id": 7}), case) is True
