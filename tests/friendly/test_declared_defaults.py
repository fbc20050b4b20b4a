"""A schema's `default` is the server's: the generated models never send it unasked.

The fields are found from the spec, not named here: every optional property with a declared
`default`, and every `x-splits-into` property (whose split fields carry defaults, and which
the server refuses next to them: 400, 928).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from generator.render.client_names import class_name, python_identifier
from spec_rules.schema_index import SchemaIndex
from tests.mock.conftest import KEY_1, ROOT, Server

pytestmark = pytest.mark.usefixtures("importable")

BUNDLE = json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = BUNDLE["components"]["schemas"]
INDEX = SchemaIndex(SCHEMAS)
RENAMED = {"Client": "ClientModel"}  # generator/client_config.yaml class_overrides
_ATTRIBUTES = re.compile(r"^( *)Attributes:$", re.MULTILINE)


def _models() -> Iterator[tuple[str, dict[str, Any], set[str]]]:
    """(schema name, properties, required) of every object schema, `allOf` merged."""
    for name in sorted(SCHEMAS):
        flat = INDEX.flatten({"$ref": f"#/components/schemas/{name}"})
        if isinstance(flat.get("properties"), dict) and flat["properties"]:
            yield name, flat["properties"], set(flat.get("required") or [])


def _model_class(schema: str) -> Any:
    from books_api_client import models

    return getattr(models, RENAMED.get(schema) or class_name(schema))


def _docstring_entry(cls: Any, attribute: str) -> str:
    """The `Attributes:` entry of one field in the class docstring (one indent deeper)."""
    doc = cls.__doc__ or ""
    heading = _ATTRIBUTES.search(doc)
    if heading is None:
        return ""
    entry = re.compile(rf"^{heading.group(1)} {{4}}(\w+) \(", re.MULTILINE)
    starts = [(m.group(1), m.start()) for m in entry.finditer(doc)] + [("", len(doc))]
    for (name, start), (_, end) in itertools.pairwise(starts):
        if name == attribute:
            return " ".join(doc[start:end].split())
    return ""


def test_optional_fields_with_a_declared_default_start_unset_and_say_the_default() -> None:
    from books_api_client.types import UNSET

    checked = []
    for schema, properties, required in _models():
        cls = _model_class(schema)
        fields = attrs.fields_dict(cls)
        for key, prop in properties.items():
            if key in required or not isinstance(prop, dict) or "default" not in prop:
                continue
            attribute = python_identifier(key)
            assert fields[attribute].default is UNSET, f"{schema}.{key}"
            if prop["default"] is not None:  # the tool documents a non-null default only
                assert "Default: " in _docstring_entry(cls, attribute), f"{schema}.{key}"
            checked.append(f"{schema}.{key}")
    assert len(checked) > 10, checked  # the spec declares dozens


def test_a_model_built_without_arguments_sends_nothing_and_reads_nothing_back() -> None:
    """Every model without required fields: `to_dict()` is empty, and `from_dict({})` (a
    response that leaves the fields out) keeps them UNSET rather than filling defaults."""
    from books_api_client.types import UNSET

    empty = [(schema, props) for schema, props, required in _models() if not required]
    assert empty
    for schema, properties in empty:
        cls = _model_class(schema)
        assert cls().to_dict() == {}, schema
        read = cls.from_dict({})
        for key in properties:
            assert getattr(read, python_identifier(key)) is UNSET, f"{schema}.{key}"


def _split_fields() -> list[tuple[str, str, Any]]:
    """(schema, property, example) of every `x-splits-into` property of a model that needs
    nothing else."""
    found = []
    for schema, properties, required in _models():
        for key, prop in properties.items():
            if isinstance(prop, dict) and "x-splits-into" in prop and not required:
                found.append((schema, key, prop["example"]))
    return found


@pytest.mark.parametrize(("schema", "key", "example"), _split_fields())
def test_a_combined_field_is_sent_alone(schema: str, key: str, example: Any) -> None:
    """`ReceiptItemCreate(quantity_with_unit="2 piece")` sends no `quantity` (its default)."""
    body = _model_class(schema)(**{python_identifier(key): example}).to_dict()
    assert body == {key: example}


@pytest.mark.server
def test_a_receipt_line_with_a_combined_field_is_created_with_the_servers_defaults(
    server: Server,
) -> None:
    """Through the friendly layer against the real mock: 201, the combined field stored as
    its split fields, and a rate left out stored as the spec's default."""
    from books_api_client.friendly import BooksApi
    from books_api_client.models import ReceiptCreate, ReceiptItemCreate, YesNo

    line = SCHEMAS["ReceiptItemCreate"]["properties"]
    split = line["quantity_with_unit"]["x-splits-into"]
    quantity, unit = split["fields"]
    with BooksApi(api_key=KEY_1, base_url=server.url) as api:
        receipt = api.receipts.create(
            ReceiptCreate(
                tax_included=YesNo.NO,
                items=[
                    ReceiptItemCreate(
                        description="Cable", amount="3.10", quantity_with_unit="3 piece"
                    )
                ],
            )
        )
        assert api.last_response is not None and int(api.last_response.status_code) == 201
    assert isinstance(receipt.items, list)
    (stored,) = receipt.items
    assert float(getattr(stored, quantity)) == 3
    assert getattr(stored, unit) == "piece"
    assert float(stored.tax_rate) == float(line["tax_rate"]["default"])
