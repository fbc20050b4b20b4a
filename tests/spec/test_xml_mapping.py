"""Seed 002's XML receipt, as the source system publishes it, is a valid instance of the spec.

The XML mapping (`xml` objects on Receipt and its lists) is read by the same codec the mock
server uses, so this proves the mapping and the codec at once.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from mock_runtime.xmlcodec import XmlCodec
from tests.spec.conftest import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"


def _seed_receipt_xml() -> bytes:
    seeds = sorted(SEEDS.glob("002_*.txt"))
    assert seeds, f"seed 002 not found in {SEEDS} (shared/ is expected beside the checkout)"
    text = seeds[0].read_text(encoding="utf-8")
    match = re.search(r"<receipt>.*</receipt>", text, re.DOTALL)
    assert match, "seed 002 has no <receipt> example"
    return match.group(0).encode("utf-8")


def _unknown_elements(
    codec: XmlCodec, element: ElementTree.Element, schema: dict[str, Any], where: str
) -> list[str]:
    flat = codec.flat(schema)
    if "items" in flat:  # a wrapped list: every child is one item
        return [
            problem
            for child in element
            for problem in _unknown_elements(codec, child, flat["items"], f"{where}/{child.tag}")
        ]
    props = flat.get("properties", {})
    problems = []
    for child in element:
        if child.tag not in props:
            problems.append(f"{where}/{child.tag}")
        elif len(child):
            problems += _unknown_elements(codec, child, props[child.tag], f"{where}/{child.tag}")
    return problems


@pytest.fixture(scope="module")
def receipt_schema(bundle: dict[str, Any]) -> dict[str, Any]:
    return {"$ref": "#/components/schemas/Receipt"}


def test_every_seed_xml_element_is_a_property_at_its_place(
    bundle: dict[str, Any], receipt_schema: dict[str, Any]
) -> None:
    codec = XmlCodec(bundle)
    root = ElementTree.fromstring(_seed_receipt_xml())
    assert codec.flat(receipt_schema)["xml"]["name"] == root.tag == "receipt"
    assert _unknown_elements(codec, root, receipt_schema, "receipt") == []


def test_seed_xml_decodes_to_a_valid_receipt(
    bundle: dict[str, Any], receipt_schema: dict[str, Any]
) -> None:
    instance = XmlCodec(bundle).parse(receipt_schema, _seed_receipt_xml())
    assert instance["receipt_id"] == 5005
    assert instance["items"][0]["item_id"] == 4004
    assert instance["events"][0]["recipients"][0]["status"] == "sending"
    registry = Registry().with_resource("urn:bundle", DRAFT202012.create_resource(bundle))
    validator = Draft202012Validator(
        {"$ref": "urn:bundle#/components/schemas/Receipt"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    errors = [
        f"/{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(instance)
    ]
    assert errors == []


def test_a_misnamed_element_is_caught(
    bundle: dict[str, Any], receipt_schema: dict[str, Any]
) -> None:
    """The walk above can fail: a renamed element is reported."""
    broken = (
        _seed_receipt_xml()
        .replace(b"<client_attention>", b"<client_atention>")
        .replace(b"</client_attention>", b"</client_atention>")
    )
    problems = _unknown_elements(
        XmlCodec(bundle), ElementTree.fromstring(broken), receipt_schema, "receipt"
    )
    assert problems == ["receipt/client_atention"]
