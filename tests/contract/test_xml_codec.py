"""Reading and writing XML by the spec's mapping: names, wrapped and bare arrays, nulls."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from contract_tests import xml_codec
from contract_tests.spec import Spec, load_document
from tests.contract.standin_server import SPEC_PATH

SPEC = Spec(load_document(SPEC_PATH))
BILL = {"$ref": "#/components/schemas/Bill"}
BILL_LIST = {"$ref": "#/components/schemas/BillList"}


def bill(bill_id: int = 7) -> dict[str, object]:
    return {
        "bill_id": bill_id,
        "uri": f"http://h/api/v1/bills/{bill_id}",
        "reference": None,
        "items": [
            {"item_id": 1, "amount": "1.00", "quantity": "2"},
            {"item_id": 2, "amount": "3.00", "quantity": "1"},
        ],
    }


def test_the_root_is_named_by_xml_name_and_wrapped_arrays_nest() -> None:
    element = xml_codec.encode(SPEC, BILL, bill())
    assert element.tag == "bill"
    assert [child.tag for child in element.find("items") or []] == ["item", "item"]


def test_bare_arrays_repeat_in_the_parent() -> None:
    page = {
        "data": [bill(1), bill(2)],
        "meta": {"total": 2, "page": 1, "per_page": 25},
        "links": {"self": "x", "next": None},
    }
    element = xml_codec.encode(SPEC, BILL_LIST, page)
    assert [child.tag for child in element] == ["bill", "bill", "meta", "links"]


def test_round_trip_restores_types_and_nulls() -> None:
    value = bill()
    decoded = xml_codec.decode(
        SPEC, BILL, ET.fromstring(xml_codec.to_bytes(xml_codec.encode(SPEC, BILL, value)))
    )
    assert decoded.problems == []
    assert decoded.value == value


def test_decoding_names_each_departure_from_the_mapping() -> None:
    text = b"<bill><bill_id>x</bill_id><lines><item/></lines><items><line/></items></bill>"
    problems = xml_codec.decode(SPEC, BILL, ET.fromstring(text)).problems
    assert any("<lines>" in p for p in problems)
    assert any("<line> should be <item>" in p for p in problems)
    assert any("'x' is not a integer" in p for p in problems)


def test_characters_xml_cannot_carry_are_replaced() -> None:
    data = xml_codec.to_bytes(xml_codec.encode(SPEC, BILL, {"reference": "a\x0bb"}))
    assert ET.fromstring(data).findtext("reference") == "a\ufffdb"
