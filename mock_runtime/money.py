"""Document totals (ADR 0003, rules 1 to 7) and line amounts, for any money document.

Exact decimal arithmetic, rounded half up to cents at each step the rules name. The fields
are the ones the spec gives each role (`x-totals` on the shared totals schema, `x-line-amounts`
on the shared line schema), planned into the document's `spec_rules.Document`; nothing here
names a field of an API. Broken rules of the books (a line's tax rate that is not one of the
document's, prices entered with tax but tax not rounded per line, an amount that no longer fits
a Money field) raise 422 (924).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from mock_runtime.errors import BUSINESS_RULE_VIOLATED, ApiError, field
from spec_rules.types import Document, LineFields, TotalsFields

CENT = Decimal("0.01")
UNIT = Decimal("0.0001")
HUNDRED = Decimal(100)
_LIMIT = Decimal(10) ** 10  # Money holds at most ten digits before the point
_ONE, _ZERO = "1", "0"  # a line's quantity and tax rate when not sent: one unit, untaxed


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
        BUSINESS_RULE_VIOLATED,
        f"{detail} (ten digits before the point).",
        [field(where, "body", message)],
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


def compute(doc: dict[str, Any], document: Document) -> None:
    """Fill the line amounts and the document totals of `doc` in place."""
    t, lf = _roles(document)
    rates = [dec(doc.get(name)) for name in t.tax_rates]
    included = doc.get(t.tax_included.field) == t.tax_included.equals
    per_item = doc.get(t.per_line.field) == t.per_line.equals
    if included and not per_item:
        calc, inc = t.per_line, t.tax_included
        must = f"must be `{calc.equals}` when {inc.field} is `{inc.equals}`"
        raise ApiError(
            BUSINESS_RULE_VIOLATED,
            f"With {inc.field} = {inc.equals} only {calc.field} = {calc.equals} is allowed.",
            [field(calc.field, "body", must)],
        )
    d = dec(doc.get(t.discount_percentage)) / HUNDRED
    lines_field = document.lines
    lines = doc.get(lines_field)
    nets: list[tuple[Decimal, Decimal, bool]] = []  # (net, rate, deposit)
    for index, line in enumerate(lines if isinstance(lines, list) else []):
        nets.append(_line(line, lf, rates, included, f"{lines_field}/{index}"))
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
    doc[t.discount_without_tax] = money(discount, t.discount_without_tax)
    doc[t.deposit_total] = money(deposit, t.deposit_total)
    doc[t.without_tax] = money(total_without, t.without_tax)
    for name, tax in zip(t.tax_totals, taxes, strict=True):
        doc[name] = money(tax, name)
    doc[t.discount_with_tax] = money(discount_with, t.discount_with_tax)
    doc[t.with_tax] = money(total_without + sum(taxes, Decimal(0)), t.with_tax)


def vat_per_rate(doc: dict[str, Any], document: Document) -> list[tuple[Decimal, str, str]]:
    """(rate, taxed base, VAT) for each tax rate of `doc` that taxes a line, as printed: the
    base is rule 5's discounted sum of the lines' `net` at that rate, the VAT the stored
    total of the rate's slot."""
    t, lf = _roles(document)
    d = dec(doc.get(t.discount_percentage)) / HUNDRED
    held = doc.get(document.lines)
    lines = [line for line in (held if isinstance(held, list) else []) if isinstance(line, dict)]
    out = []
    for rate_field, tax_field in zip(t.tax_rates, t.tax_totals, strict=True):
        rate = dec(doc.get(rate_field))
        nets = [
            dec(line.get(lf.without_tax))
            for line in lines
            if dec(line.get(lf.tax_rate)) == rate
            and line.get(lf.special.field) != lf.special.equals
        ]
        if rate != 0 and nets:
            base = round2(sum(nets, Decimal(0)) * (1 - d))
            out.append((rate, str(base), str(doc.get(tax_field) or "0.00")))
    return out


def _roles(document: Document) -> tuple[TotalsFields, LineFields]:
    if document.fields is None or document.line_fields is None:
        raise ValueError(
            f"document {document.lines}: {document.totals} and {document.line_amounts} must "
            "declare x-totals and x-line-amounts"
        )
    return document.fields, document.line_fields


def check_rate(
    line: dict[str, Any], roles: LineFields, rates: list[Decimal], where: str
) -> Decimal:
    rate_field, special_field = roles.tax_rate, roles.special.field
    rate = dec(line.get(rate_field))
    if rate != 0 and rate not in rates:
        shown = ", ".join(f"{r.normalize():f}" for r in rates)
        raise ApiError(
            BUSINESS_RULE_VIOLATED,
            f"{where}/{rate_field}: {line.get(rate_field)} is not one of this document's tax "
            f"rates ({shown}) or 0.",
            [field(f"{where}/{rate_field}", "body", f"must be one of {shown} or 0")],
        )
    special = line.get(special_field)
    if special and rate != 0:
        raise ApiError(
            BUSINESS_RULE_VIOLATED,
            f"{where}/{special_field} is only allowed with {rate_field} 0.",
            [field(f"{where}/{special_field}", "body", f"only with {rate_field} 0")],
        )
    return rate


def _line(
    line: dict[str, Any], r: LineFields, rates: list[Decimal], included: bool, where: str
) -> tuple[Decimal, Decimal, bool]:
    rate = check_rate(line, r, rates, where)
    factor = 1 + rate / HUNDRED
    quantity = dec(line.get(r.quantity), _ONE)
    # The defaults the line schema documents, written out: what the totals used is shown.
    if line.get(r.quantity) is None:
        line[r.quantity] = _ONE
    if line.get(r.tax_rate) is None:
        line[r.tax_rate] = _ZERO
    has_amount = line.get(r.price) is not None
    has_with_tax = line.get(r.price_with_tax) is not None
    if not has_amount and not has_with_tax:
        needed = r.price_with_tax if included else r.price
        raise ApiError(
            BUSINESS_RULE_VIOLATED,
            f"{where}: send `{needed}` (the price of one unit).",
            [field(f"{where}/{needed}", "body", "is required")],
        )
    if (included and has_with_tax) or not has_amount:
        entered = "/" + r.price_with_tax
        with_tax = dec(line[r.price_with_tax])
        net = round2(with_tax * quantity / factor)
        line[r.price] = unit_amount(with_tax / factor, where, entered, r.price)
        line[r.with_tax] = money(with_tax * quantity, where, entered, r.with_tax)
    else:
        entered = "/" + r.price
        amount = dec(line[r.price])
        net = round2(amount * quantity)
        line[r.price_with_tax] = unit_amount(amount * factor, where, entered, r.price_with_tax)
        line[r.with_tax] = money(net * factor, where, entered, r.with_tax)
    line[r.without_tax] = money(net, where, entered, r.without_tax)
    return net, rate, line.get(r.special.field) == r.special.equals
