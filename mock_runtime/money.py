"""Document totals (schema `DocumentTotals`, rules 1 to 7) and line amounts (`LineAmounts`).

Exact decimal arithmetic, rounded half up to cents at each step the rules name. Broken rules
of the books (a VAT rate that is not one of the document's, `tax_included` = yes with
`tax_calculation` = total, an amount that no longer fits a Money field) raise 422 (924).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from mock_runtime.errors import ApiError, field

CENT = Decimal("0.01")
UNIT = Decimal("0.0001")
HUNDRED = Decimal(100)
_LIMIT = Decimal(10) ** 10  # Money holds at most ten digits before the point
_DEPOSIT = "DR"


def dec(value: Any, default: str = "0") -> Decimal:
    try:
        if isinstance(value, str):
            return Decimal(value)
        return Decimal(str(value)) if value is not None else Decimal(default)
    except InvalidOperation:
        return Decimal(default)


def round2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _too_large(value: Decimal, where: str, derived: str = "") -> ApiError:
    """Named after a field the request carries (`where`): a line's computed amounts are not
    sent, so an overflow of one (`derived`) is named after the price it comes from, which is
    what the client can correct."""
    if derived:
        detail = f"{where}: its {derived} comes to {value}, larger than the books can hold"
        message = f"too large: {derived} would be {value}"
    else:
        detail, message = f"{where}: {value} is larger than the books can hold", "amount too large"
    return ApiError(
        924, f"{detail} (ten digits before the point).", [field(where, "body", message)]
    )


def money(value: Decimal, where: str, suffix: str = "", derived: str = "") -> str:
    """Two decimals, refused (422) when the amount no longer fits a Money field."""
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    if rounded >= _LIMIT or rounded <= -_LIMIT:
        raise _too_large(rounded, where + suffix, derived)
    text = str(rounded)  # quantized to cents: always plain notation with two decimals
    return "0.00" if text == "-0.00" else text


def unit_amount(value: Decimal, where: str, suffix: str = "", derived: str = "") -> str:
    """Up to four decimals, at least two (`121.00`, `41.2810`)."""
    rounded = value.quantize(UNIT, rounding=ROUND_HALF_UP)
    if rounded >= _LIMIT or rounded <= -_LIMIT:
        raise _too_large(rounded, where + suffix, derived)
    text = str(rounded)  # four decimals: drop up to two trailing zeros
    if text[-1] == "0":
        text = text[:-2] if text[-2] == "0" else text[:-1]
    return "0.00" if text == "-0.00" else text


def compute(doc: dict[str, Any], lines_field: str | None) -> None:
    """Fill the line amounts and the document totals of `doc` in place."""
    rates = [dec(doc.get(f"tax_rate_{k}")) for k in (1, 2, 3)]
    included = doc.get("tax_included", "no") == "yes"
    per_item = doc.get("tax_calculation", "total") == "item"
    if included and not per_item:
        raise ApiError(
            924,
            "With tax_included = yes only tax_calculation = item is allowed.",
            [field("tax_calculation", "body", "must be `item` when tax_included is `yes`")],
        )
    d = dec(doc.get("discount_percentage")) / HUNDRED
    lines = doc.get(lines_field) if lines_field else None
    nets: list[tuple[Decimal, Decimal, bool]] = []  # (net, rate, deposit)
    for index, line in enumerate(lines if isinstance(lines, list) else []):
        nets.append(_line(line, rates, included, f"{lines_field}/{index}"))
    deposit = sum((n for n, _, dr in nets if dr), Decimal(0))
    base = sum((n for n, _, dr in nets if not dr), Decimal(0))
    discount = round2(d * base)
    total_without = base - discount + deposit
    taxes = []
    for rate in rates:
        at_rate = [n for n, r, dr in nets if not dr and r == rate and rate != 0]
        if per_item:
            tax = sum((round2(n * (1 - d) * rate / HUNDRED) for n in at_rate), Decimal(0))
        else:
            tax = round2(sum(at_rate, Decimal(0)) * (1 - d) * rate / HUNDRED)
        taxes.append(tax)
    discount_with = round2(
        sum((n * d * (1 + r / HUNDRED) for n, r, dr in nets if not dr), Decimal(0))
    )
    doc["discount_total_without_tax"] = money(discount, "discount_total_without_tax")
    doc["total_refundable_deposit"] = money(deposit, "total_refundable_deposit")
    doc["total_without_tax"] = money(total_without, "total_without_tax")
    for k, tax in enumerate(taxes, start=1):
        doc[f"total_tax_{k}"] = money(tax, f"total_tax_{k}")
    doc["discount_total_with_tax"] = money(discount_with, "discount_total_with_tax")
    doc["total_with_tax"] = money(total_without + sum(taxes, Decimal(0)), "total_with_tax")


def check_rate(line: dict[str, Any], rates: list[Decimal], where: str) -> Decimal:
    rate = dec(line.get("tax_rate"))
    if rate != 0 and rate not in rates:
        shown = ", ".join(f"{r.normalize():f}" for r in rates)
        raise ApiError(
            924,
            f"{where}/tax_rate: {line.get('tax_rate')} is not one of this document's tax rates "
            f"({shown}) or 0.",
            [field(f"{where}/tax_rate", "body", f"must be one of {shown} or 0")],
        )
    special = line.get("tax_rate_special_status")
    if special and rate != 0:
        raise ApiError(
            924,
            f"{where}/tax_rate_special_status is only allowed with tax_rate 0.",
            [field(f"{where}/tax_rate_special_status", "body", "only with tax_rate 0")],
        )
    return rate


def _line(
    line: dict[str, Any], rates: list[Decimal], included: bool, where: str
) -> tuple[Decimal, Decimal, bool]:
    rate = check_rate(line, rates, where)
    factor = 1 + rate / HUNDRED
    quantity = dec(line.get("quantity"), "1")
    # The defaults LineAmounts documents, written out: what the totals used is what is shown.
    if line.get("quantity") is None:
        line["quantity"] = "1"
    if line.get("tax_rate") is None:
        line["tax_rate"] = "0"
    has_amount = line.get("amount") is not None
    has_with_tax = line.get("amount_with_tax") is not None
    if not has_amount and not has_with_tax:
        needed = "amount_with_tax" if included else "amount"
        raise ApiError(
            924,
            f"{where}: send `{needed}` (the price of one unit).",
            [field(f"{where}/{needed}", "body", "is required")],
        )
    if (included and has_with_tax) or not has_amount:
        entered = "/amount_with_tax"
        with_tax = dec(line["amount_with_tax"])
        net = round2(with_tax * quantity / factor)
        line["amount"] = unit_amount(with_tax / factor, where, entered, "amount")
        line["total_with_tax"] = money(with_tax * quantity, where, entered, "total_with_tax")
    else:
        entered = "/amount"
        amount = dec(line["amount"])
        net = round2(amount * quantity)
        line["amount_with_tax"] = unit_amount(amount * factor, where, entered, "amount_with_tax")
        line["total_with_tax"] = money(net * factor, where, entered, "total_with_tax")
    line["total_without_tax"] = money(net, where, entered, "total_without_tax")
    return net, rate, line.get("tax_rate_special_status") == _DEPOSIT
