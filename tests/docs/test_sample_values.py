"""Example values as typed Python: which class a value becomes, and what is left out."""

from __future__ import annotations

import ast
import re
from typing import Any

import pytest

from generator.render.docs_sample_values import TypedValues, py_literal
from generator.render.docs_schemas import SchemaText

COMPONENTS: dict[str, Any] = {
    "Colour": {"type": "string", "enum": ["red", "green"]},
    "Line": {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "quantity": {"type": "string", "default": "1"},
            "unit": {"type": "string", "default": "pcs"},
            "quantity_with_unit": {
                "type": "string",
                "x-splits-into": {"fields": ["quantity", "unit"], "separator": " "},
            },
            "line_id": {"type": "integer", "readOnly": True},
        },
    },
    "Order": {
        "type": "object",
        "properties": {
            "day": {"type": "string", "format": "date"},
            "at": {"type": ["string", "null"], "format": "date-time"},
            "colour": {"$ref": "#/components/schemas/Colour"},
            "state": {"type": "string", "enum": ["open", "closed"]},
            "lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}},
            "maybe_line": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Line"}]},
            "either": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Line"},
                    {"$ref": "#/components/schemas/Order"},
                ]
            },
        },
    },
}
ORDER = {"$ref": "#/components/schemas/Order"}


def _typed(value: Any, names: dict[str, str] | None = None) -> tuple[str, TypedValues]:
    values = TypedValues(SchemaText(COMPONENTS), names or {})
    source = values.expression(ORDER, value)
    assert source is not None
    ast.parse(source, mode="eval")  # valid Python whatever the layout
    return source, values


def test_components_enums_dates_and_inline_enums_get_their_types() -> None:
    source, values = _typed(
        {"day": "2026-11-21", "at": "2026-11-21T10:00:00Z", "colour": "red", "state": "open"}
    )
    assert "day=datetime.date(2026, 11, 21)," in source
    assert 'at=datetime.datetime.fromisoformat("2026-11-21T10:00:00Z"),' in source
    assert 'colour=Colour("red"),' in source
    assert 'state=OrderState("open"),' in source  # inline: named after owner and property
    assert values.models == {"Order", "Colour", "OrderState"} and values.uses_datetime


def test_lists_of_models_nullable_references_and_renamed_classes() -> None:
    source, values = _typed(
        {"lines": [{"text": "a", "line_id": 3}], "maybe_line": None}, {"Line": "LineModel"}
    )
    assert 'LineModel(\n            text="a",\n        ),' in source
    assert "line_id" not in source  # read-only: the server sets it
    assert "maybe_line=None," in source
    assert "LineModel" in values.models


def test_a_union_of_two_models_is_left_out_rather_than_guessed() -> None:
    source, _ = _typed({"either": {"text": "a"}, "day": "2026-01-02"})
    assert "either" not in source and "day=" in source


def test_a_combined_field_is_passed_alone_its_defaulted_split_fields_left_out() -> None:
    """The models no longer fill declared defaults, so the sample names only what the example
    gives (it once passed `quantity=UNSET`)."""
    source, _ = _typed({"lines": [{"quantity_with_unit": "2 pcs"}]})
    assert 'quantity_with_unit="2 pcs",' in source
    assert not re.search(r"\b(quantity|unit)=", source) and "UNSET" not in source


@pytest.mark.parametrize(
    "value",
    [
        {"a": 1, "b": [True, None, {"c": 'x"y'}], "d": {}, "e": []},
        ["é", 1.5, -3, "line\nbreak"],
        "plain",
        None,
    ],
)
def test_py_literal_is_the_same_value_in_python(value: Any) -> None:
    assert ast.literal_eval(py_literal(value)) == value
