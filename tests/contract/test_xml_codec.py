"""Reading and writing XML by the spec's mapping: names, wrapped and bare arrays, nulls."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_names_that_are_not_xml_names_are_escaped_and_read_back() -> None:
    odd = {"{a": 1, "1x": 2, "a b": 3, "": 4, "_x0041_": 5, "a:b": 6, "ok_name": 7}
    data = xml_codec.to_bytes(xml_codec.encode(SPEC, {}, odd, name="root"))
    element = ET.fromstring(data)
    tags = [child.tag for child in element]
    assert tags[-1] == "ok_name"  # a valid name is written as it is
    assert [xml_codec.json_name(tag) for tag in tags] == list(odd)


# Any JSON a fuzzer can produce: free-form names, every code point, deep nesting.
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
_SCHEMAS = st.sampled_from([{}, BILL, BILL_LIST, {"type": "object"}])


@settings(max_examples=400, deadline=None)
@given(value=st.dictionaries(st.text(), _JSON, max_size=6), schema=_SCHEMAS)
def test_any_generated_object_encodes_to_well_formed_xml(
    value: dict[str, object], schema: dict[str, str]
) -> None:
    data = xml_codec.to_bytes(xml_codec.encode(SPEC, schema, value))
    element = ET.fromstring(data)  # well-formed, whatever the names and values were
    xml_codec.decode(SPEC, schema, element)  # and readable back without an error


@settings(max_examples=400, deadline=None)
@given(name=st.text())
def test_every_name_escapes_to_an_xml_name_and_back(name: str) -> None:
    tag = xml_codec.xml_name(name)
    assert ET.fromstring(f"<{tag}/>").tag == tag
    assert xml_codec.json_name(tag) == name
