"""XML bodies go out by the spec's mapping, and negative XML is judged by what went on the wire."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import requests
import schemathesis
from schemathesis import Response
from schemathesis.core.failures import AcceptedNegativeData
from schemathesis.transport import SerializationContext

from contract_tests.xml_transport import filter_failure, serialize_xml
from tests.contract.conftest import make_case


def sent(body: bytes) -> Response:
    request = requests.Request(
        "POST", "http://h/api/v1/bills", data=body, headers={"Content-Type": "application/xml"}
    ).prepare()
    return Response(201, {}, b"", request, 0.1, True)


def test_bodies_are_written_by_the_mapping(schema: schemathesis.BaseSchema) -> None:
    case = make_case(schema, "POST", "/bills", media_type="application/xml")
    body = {"reference": None, "items": [{"quantity": "2"}, {"quantity": "1"}]}
    element = ET.fromstring(serialize_xml(SerializationContext(case=case), body))
    assert element.tag == "bill"
    assert [child.tag for child in element.find("items") or []] == ["item", "item"]


def test_negative_xml_that_reads_back_valid_is_not_held_against_the_server(
    schema: schemathesis.BaseSchema,
) -> None:
    # `items: {}` and `items: []` are both written `<items/>`, and a number where a string
    # belongs reads back as a string: the server was right to accept what it got.
    case = make_case(schema, "POST", "/bills", media_type="application/xml")
    failure = AcceptedNegativeData(
        operation="POST /bills", message="m", status_code=201, expected_statuses=["400"]
    )
    valid_on_the_wire = b"<bill><items/><reference>123</reference></bill>"
    invalid_on_the_wire = b"<bill><discount_percentage>lots</discount_percentage></bill>"
    assert filter_failure(None, failure, case, sent(valid_on_the_wire)) is False
    assert filter_failure(None, failure, case, sent(invalid_on_the_wire)) is True
