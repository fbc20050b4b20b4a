"""The DocumentTotals rules as arithmetic, on documents whose numbers were worked out by hand."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from contract_tests import totals


def seed_002() -> dict[str, Any]:
    """The spec's own example: one line of 2 * 100.00 at 21 %, discount 5 %."""
    return {
        "discount_percentage": "5",
        "tax_calculation": "total",
        "tax_included": "no",
        "tax_rate_1": "21",
        "tax_rate_2": "12",
        "tax_rate_3": "6",
        "discount_total_without_tax": "10.00",
        "total_refundable_deposit": "0.00",
        "total_without_tax": "190.00",
        "total_tax_1": "39.90",
        "total_tax_2": "0.00",
        "total_tax_3": "0.00",
        "discount_total_with_tax": "12.10",
        "total_with_tax": "229.90",
        "items": [
            {
                "amount": "100.00",
                "amount_with_tax": "121.00",
                "quantity": "2",
                "tax_rate": "21",
                "total_without_tax": "200.00",
                "total_with_tax": "242.00",
            }
        ],
    }


def line(
    amount: str, quantity: str, rate: str, net: str, gross: str, **extra: str
) -> dict[str, str]:
    return {
        "amount": amount,
        "amount_with_tax": amount,
        "quantity": quantity,
        "tax_rate": rate,
        "total_without_tax": net,
        "total_with_tax": gross,
        **extra,
    }


def test_seed_002_follows_every_rule() -> None:
    assert totals.check_body(seed_002()) == []


def test_vat_on_the_undiscounted_amount_breaks_rule_5() -> None:
    document = seed_002()
    document["total_tax_1"] = "42.00"  # the source's own mistake
    document["total_with_tax"] = "232.00"
    [found] = totals.check_body(document)
    assert (found.rule, found.field, found.expected) == ("rule 5", "total_tax_1", "39.90")


def test_a_cent_off_the_total_breaks_rule_7() -> None:
    document = seed_002()
    document["total_with_tax"] = "229.91"
    [found] = totals.check_body(document)
    assert (found.rule, found.field, found.expected) == ("rule 7", "total_with_tax", "229.90")


def test_a_line_total_that_is_not_amount_times_quantity_breaks_rule_1() -> None:
    document = seed_002()
    document["items"][0]["total_without_tax"] = "201.00"
    rules = {found.rule for found in totals.check_body(document)}
    assert "rule 1" in rules


def test_refundable_deposits_are_never_discounted_and_carry_no_vat() -> None:
    document = seed_002()
    document["items"].append(line("2.50", "1", "0", "2.50", "2.50", tax_rate_special_status="DR"))
    document.update(
        total_refundable_deposit="2.50", total_without_tax="192.50", total_with_tax="232.40"
    )
    assert totals.check_body(document) == []
    document["discount_total_without_tax"] = "10.13"  # 5 % of 202.50: the deposit discounted
    assert [f.rule for f in totals.check_body(document)] == ["rule 3"]


def test_per_line_vat_rounds_each_line() -> None:
    # Three lines of 0.07 at 21 %: per line round(0.0147) = 0.01, so 0.03;
    # on the total round(0.0441) = 0.04.
    lines = [line("0.07", "1", "21", "0.07", "0.08") for _ in range(3)]
    document = {
        **seed_002(),
        "discount_percentage": "0",
        "discount_total_without_tax": "0.00",
        "discount_total_with_tax": "0.00",
        "total_without_tax": "0.21",
        "items": lines,
    }
    per_line = {
        **document,
        "tax_calculation": "item",
        "total_tax_1": "0.03",
        "total_with_tax": "0.24",
    }
    on_total = {
        **document,
        "tax_calculation": "total",
        "total_tax_1": "0.04",
        "total_with_tax": "0.25",
    }
    assert totals.check_body(per_line) == []
    assert totals.check_body(on_total) == []
    assert [
        f.rule
        for f in totals.check_body({**per_line, "total_tax_1": "0.04", "total_with_tax": "0.25"})
    ] == ["rule 5"]


def test_half_cents_round_up() -> None:
    assert str(totals.cents(Decimal("0.005"))) == "0.01"
    assert str(totals.cents(Decimal("-0.005"))) == "-0.01"


def test_tax_included_lines_are_divided_by_the_rate() -> None:
    gross_line = {
        "amount": "82.6446",
        "amount_with_tax": "100.00",
        "quantity": "1",
        "tax_rate": "21",
        "total_without_tax": "82.64",
        "total_with_tax": "100.00",
    }
    assert totals.check_line(gross_line, "", "yes") == []
    assert [
        f.rule for f in totals.check_line({**gross_line, "total_without_tax": "82.65"}, "", "yes")
    ] == ["rule 1"]


def test_documents_in_a_list_are_found_with_their_path() -> None:
    bad = seed_002()
    bad["total_with_tax"] = "1.00"
    body = {"data": [seed_002(), bad], "meta": {"total": 2}}
    [found] = totals.check_body(body)
    assert found.where == "/data/1"
    assert "/data/1/total_with_tax is 1.00" in str(found)


def test_an_empty_line_list_with_totals_is_flagged_once() -> None:
    document = copy.deepcopy(seed_002())
    document["items"] = []
    [found] = totals.check_body(document)
    assert found.field == "items" and "no lines" in found.actual


def test_totals_with_more_than_two_decimals_are_flagged() -> None:
    document = seed_002()
    document["total_tax_2"] = "0.000"
    assert any(f.rule == "Money" for f in totals.check_body(document))


def test_bodies_without_totals_carry_none() -> None:
    assert not totals.carries_totals({"name": "Main warehouse", "data": [1, 2]})
    assert totals.carries_totals({"data": [seed_002()]})
