"""Document totals (ADR 0003, rules 1 to 7) and line amounts, for any money document.

Exact decimal arithmetic, rounded half up to cents at each step the rules name. The fields
are the ones the spec gives each role (`x-totals` on the shared totals schema, `x-line-amounts`
on the shared line schema), planned into the document's `spec_rules.Document`; nothing here
names a field of an API. Broken rules of the books (a line's tax rate that is not one of the
document's, prices entered with tax but tax not rounded per line, an amount that no longer fits
a Money field) raise 422 (924).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from mock_runtime.errors import BUSINESS_RULE_VIOLATED, ApiError, field
from spec_rules.types import Document, LineFields, Switch, TotalsFields

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
    return value.quantize(CENT, ROUND_HALF_UP)


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
    rounded = value.quantize(CENT, ROUND_HALF_UP)
    if abs(rounded) >= _LIMIT:
        raise _too_large(rounded, where + suffix, derived)
    text = str(rounded)  # quantized to cents: always plain notation with two decimals
    return "0.00" if text == "-0.00" else text


def _cents(rounded: Decimal, where: str, suffix: str, derived: str) -> str:
    """`money` of an amount already rounded to cents."""
    if abs(rounded) >= _LIMIT:
        raise _too_large(rounded, where + suffix, derived)
    text = str(rounded)
    return "0.00" if text == "-0.00" else text


def unit_amount(value: Decimal, where: str, suffix: str = "", derived: str = "") -> str:
    """Up to four decimals, at least two (`121.00`, `41.2810`)."""
    rounded = value.quantize(UNIT, ROUND_HALF_UP)
    if abs(rounded) >= _LIMIT:
        raise _too_large(rounded, where + suffix, derived)
    text = str(rounded)  # four decimals: drop up to two trailing zeros
    if text[-1] == "0":
        text = text[:-2] if text[-2] == "0" else text[:-1]
    return "0.00" if text == "-0.00" else text


Totals = Callable[[dict[str, Any]], None]


def compute(doc: dict[str, Any], document: Document) -> None:
    """Fill the line amounts and the document totals of `doc` in place (a plan compiles its
    document once with `compile_totals`; this is for callers without one)."""
    compile_totals(document)(doc)


def compile_totals(document: Document) -> Totals:
    """The function that fills a document's line amounts and totals in place: the roles of the
    fields are read once here, so a write only does the arithmetic.

    The arithmetic is the rules' own, in their order (a line's tax factor, computed once per
    line, is the one its discounted total with tax uses); the lines are walked once, and a rate
    sent on several lines is checked and turned into a factor once per document."""
    t, lf = _roles(document)
    rate_names = t.tax_rates
    included_field, included_value = t.tax_included.field, t.tax_included.equals
    per_line_field, per_line_value = t.per_line.field, t.per_line.equals
    discount_field = t.discount_percentage
    lines_field = document.lines
    line_amounts = _compile_line(lf)
    results = (t.discount_without_tax, t.deposit_total, t.without_tax)
    tax_totals = t.tax_totals
    discount_with_field, with_tax_field = t.discount_with_tax, t.with_tax
    zero = Decimal(0)

    def totals(doc: dict[str, Any]) -> None:
        get = doc.get
        rates = [dec(get(name)) for name in rate_names]
        included = get(included_field) == included_value
        per_item = get(per_line_field) == per_line_value
        if included and not per_item:
            raise _per_line_needed(t.per_line, t.tax_included)
        d = dec(get(discount_field)) / HUNDRED
        lines = get(lines_field)
        deposit = base = zero
        at_rate: dict[Decimal, list[Decimal]] = {}  # the nets of the taxed lines, by rate
        discounts_with: list[Decimal] = []  # each taxed line's discount, tax included
        known: dict[str, tuple[Decimal, Decimal]] = {}
        if isinstance(lines, list):
            for index, line in enumerate(lines):
                net, rate, factor, is_deposit = line_amounts(
                    line, rates, included, f"{lines_field}/{index}", known
                )
                if is_deposit:
                    deposit += net
                    continue
                base += net
                at_rate.setdefault(rate, []).append(net)
                discounts_with.append(net * d * factor)
        discount = round2(d * base)
        total_without = base - discount + deposit
        kept = 1 - d
        taxes = []
        for rate in rates:
            nets = at_rate.get(rate, ()) if rate != 0 else ()
            if per_item:
                tax = sum((round2(n * kept * rate / HUNDRED) for n in nets), zero)
            else:
                tax = round2(sum(nets, zero) * kept * rate / HUNDRED)
            taxes.append(tax)
        discount_with = round2(sum(discounts_with, zero))
        for name, value in zip(results, (discount, deposit, total_without), strict=True):
            doc[name] = money(value, name)
        for name, tax in zip(tax_totals, taxes, strict=True):
            doc[name] = money(tax, name)
        doc[discount_with_field] = money(discount_with, discount_with_field)
        doc[with_tax_field] = money(total_without + sum(taxes, zero), with_tax_field)

    return totals


def _per_line_needed(calc: Switch, inc: Switch) -> ApiError:
    must = f"must be `{calc.equals}` when {inc.field} is `{inc.equals}`"
    return ApiError(
        BUSINESS_RULE_VIOLATED,
        f"With {inc.field} = {inc.equals} only {calc.field} = {calc.equals} is allowed.",
        [field(calc.field, "body", must)],
    )


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
    """The line's tax rate: one of the document's rates or 0, and 0 with a special code."""
    rate = _rate_of(line, roles, rates, where)
    _check_special(line, roles, rate, where)
    return rate


def _rate_of(line: dict[str, Any], roles: LineFields, rates: list[Decimal], where: str) -> Decimal:
    rate_field = roles.tax_rate
    rate = dec(line.get(rate_field))
    if rate != 0 and rate not in rates:
        shown = ", ".join(f"{r.normalize():f}" for r in rates)
        raise ApiError(
            BUSINESS_RULE_VIOLATED,
            f"{where}/{rate_field}: {line.get(rate_field)} is not one of this document's tax "
            f"rates ({shown}) or 0.",
            [field(f"{where}/{rate_field}", "body", f"must be one of {shown} or 0")],
        )
    return rate


def _check_special(line: dict[str, Any], roles: LineFields, rate: Decimal, where: str) -> None:
    if line.get(roles.special.field) and rate != 0:
        raise _special_refused(roles, where)


def _special_refused(roles: LineFields, where: str) -> ApiError:
    rate_field, special_field = roles.tax_rate, roles.special.field
    return ApiError(
        BUSINESS_RULE_VIOLATED,
        f"{where}/{special_field} is only allowed with {rate_field} 0.",
        [field(f"{where}/{special_field}", "body", f"only with {rate_field} 0")],
    )


# (line, the document's rates, prices entered with tax, its place, the rates met so far) ->
# (net, rate, tax factor, is a deposit)
LineAmounts = Callable[
    [dict[str, Any], list[Decimal], bool, str, dict[str, tuple[Decimal, Decimal]]],
    tuple[Decimal, Decimal, Decimal, bool],
]


def _compile_line(r: LineFields) -> LineAmounts:
    """The function that fills one line's amounts."""
    price, with_tax_price, quantity_field = r.price, r.price_with_tax, r.quantity
    rate_field, without_field, with_field = r.tax_rate, r.without_tax, r.with_tax
    special_field, deposit_code = r.special.field, r.special.equals
    by_price, by_with_tax = "/" + price, "/" + with_tax_price

    def line_amounts(
        line: dict[str, Any],
        rates: list[Decimal],
        included: bool,
        where: str,
        known: dict[str, tuple[Decimal, Decimal]],
    ) -> tuple[Decimal, Decimal, Decimal, bool]:
        get = line.get
        sent_rate = get(rate_field)
        found = known.get(sent_rate) if type(sent_rate) is str else None
        if found is None:
            rate = _rate_of(line, r, rates, where)
            factor = 1 + rate / HUNDRED
            if type(sent_rate) is str:
                known[sent_rate] = (rate, factor)
        else:
            rate, factor = found
        if rate != 0 and get(special_field):
            raise _special_refused(r, where)
        sent_quantity = get(quantity_field)
        quantity = dec(sent_quantity, _ONE)
        # The defaults the line schema documents, written out: what the totals used is shown.
        if sent_quantity is None:
            line[quantity_field] = _ONE
        if sent_rate is None:
            line[rate_field] = _ZERO
        has_amount = get(price) is not None
        has_with_tax = get(with_tax_price) is not None
        if not has_amount and not has_with_tax:
            needed = with_tax_price if included else price
            raise ApiError(
                BUSINESS_RULE_VIOLATED,
                f"{where}: send `{needed}` (the price of one unit).",
                [field(f"{where}/{needed}", "body", "is required")],
            )
        if (included and has_with_tax) or not has_amount:
            with_tax = dec(line[with_tax_price])
            net = (with_tax * quantity / factor).quantize(CENT, ROUND_HALF_UP)
            line[price] = unit_amount(with_tax / factor, where, by_with_tax, price)
            line[with_field] = money(with_tax * quantity, where, by_with_tax, with_field)
            line[without_field] = _cents(net, where, by_with_tax, without_field)
        else:
            amount = dec(line[price])
            net = (amount * quantity).quantize(CENT, ROUND_HALF_UP)
            line[with_tax_price] = unit_amount(amount * factor, where, by_price, with_tax_price)
            line[with_field] = money(net * factor, where, by_price, with_field)
            line[without_field] = _cents(net, where, by_price, without_field)
        return net, rate, factor, get(special_field) == deposit_code

    return line_amounts
