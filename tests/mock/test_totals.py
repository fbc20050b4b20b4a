"""Document totals (DocumentTotals rules 1-7) and line amounts, through the API and directly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mock_runtime.errors import ApiError
from mock_runtime.money import compute
from spec_rules.read import line_fields, totals_fields
from spec_rules.types import Document

_SHARED = Path(__file__).resolve().parents[2] / "openapi" / "shared" / "schemas"


def _shared(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((_SHARED / f"{name}.yaml").read_text("utf-8"))
    return loaded


# The roles the spec gives the shared fields (`x-totals`, `x-line-amounts`), as a plan has them.
_ITEMS = Document(
    "items",
    fields=totals_fields(_shared("DocumentTotals")),
    line_fields=line_fields(_shared("LineAmounts")),
)


def _doc(lines: list[dict[str, Any]], **settings: Any) -> dict[str, Any]:
    doc = {"tax_rate_1": "21", "tax_rate_2": "12", "tax_rate_3": "6", "items": lines, **settings}
    compute(doc, _ITEMS)
    return doc


@pytest.mark.server
def test_seed_002_through_the_api(client: httpx.Client) -> None:
    created = client.post(
        "/invoices",
        json={
            "client_id": 1001,
            "discount_percentage": "5",
            "items": [
                {"description": "Service", "amount": "100.00", "quantity": "2", "tax_rate": "21"}
            ],
        },
    ).json()
    assert created["discount_total_without_tax"] == "10.00"
    assert created["total_without_tax"] == "190.00"
    assert created["total_tax_1"] == "39.90"
    assert created["discount_total_with_tax"] == "12.10"
    assert created["total_with_tax"] == "229.90"
    assert created["total_refundable_deposit"] == "0.00"
    line = created["items"][0]
    assert (line["amount_with_tax"], line["total_without_tax"], line["total_with_tax"]) == (
        "121.00",
        "200.00",
        "242.00",
    )


def test_seed_002_directly() -> None:
    doc = _doc([{"amount": "100.00", "quantity": "2", "tax_rate": "21"}], discount_percentage="5")
    assert (doc["total_without_tax"], doc["total_tax_1"], doc["total_with_tax"]) == (
        "190.00",
        "39.90",
        "229.90",
    )


def test_deposits_are_never_discounted() -> None:
    doc = _doc(
        [
            {"amount": "10.00", "quantity": "1", "tax_rate": "21"},
            {"amount": "2.50", "quantity": "2", "tax_rate": "0", "tax_rate_special_status": "DR"},
        ],
        discount_percentage="10",
    )
    assert doc["total_refundable_deposit"] == "5.00"
    assert doc["discount_total_without_tax"] == "1.00"
    assert doc["total_without_tax"] == "14.00"  # 10 - 1 + 5
    assert doc["total_tax_1"] == "1.89"  # 10 x 0.9 x 21 %
    assert doc["discount_total_with_tax"] == "1.21"
    assert doc["total_with_tax"] == "15.89"


def test_per_item_and_per_total_can_differ_by_a_cent() -> None:
    lines = [{"amount": "0.05", "quantity": "1", "tax_rate": "21"} for _ in range(3)]
    by_total = _doc([dict(x) for x in lines])
    by_item = _doc([dict(x) for x in lines], tax_calculation="item")
    assert by_total["total_tax_1"] == "0.03"  # round(0.15 x 0.21) = 0.0315
    assert by_item["total_tax_1"] == "0.03"  # 3 x round(0.0105) = 3 x 0.01
    uneven = [{"amount": "0.07", "quantity": "1", "tax_rate": "21"} for _ in range(2)]
    assert _doc([dict(x) for x in uneven])["total_tax_1"] == "0.03"  # round(0.0294)
    assert _doc([dict(x) for x in uneven], tax_calculation="item")["total_tax_1"] == "0.02"


def test_amounts_with_tax_included() -> None:
    doc = _doc(
        [{"amount_with_tax": "121.00", "quantity": "2", "tax_rate": "21"}],
        tax_included="yes",
        tax_calculation="item",
    )
    line = doc["items"][0]
    assert (line["amount"], line["total_without_tax"], line["total_with_tax"]) == (
        "100.00",
        "200.00",
        "242.00",
    )
    assert doc["total_with_tax"] == "242.00"


def test_half_up_rounding() -> None:
    doc = _doc([{"amount": "0.125", "quantity": "1", "tax_rate": "0"}])
    assert doc["total_without_tax"] == "0.13"


@pytest.mark.parametrize(
    ("lines", "settings"),
    [
        ([{"amount": "1", "tax_rate": "19"}], {}),
        ([{"amount": "1", "tax_rate": "21", "tax_rate_special_status": "DR"}], {}),
        (
            [{"amount_with_tax": "1", "tax_rate": "21"}],
            {"tax_included": "yes", "tax_calculation": "total"},
        ),
        ([{"description": "no amount", "tax_rate": "0"}], {}),
        ([{"amount": "9999999999", "quantity": "999999", "tax_rate": "21"}], {}),
    ],
)
def test_rules_of_the_books(lines: list[dict[str, Any]], settings: dict[str, Any]) -> None:
    with pytest.raises(ApiError) as caught:
        _doc(lines, **settings)
    assert caught.value.error_id == 924
