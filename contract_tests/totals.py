"""The totals rules of schema `DocumentTotals` (1-7) and `LineAmounts`, as exact arithmetic.

Pure functions over JSON-like bodies, so the check and its tests share one reading of the rules.
Everything is `Decimal`, rounded half up to cents at exactly the steps the spec names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
TWO_DECIMALS = re.compile(r"^-?[0-9]+\.[0-9]{2}$")

DOCUMENT_KEYS = frozenset(
    {
        "discount_percentage",
        "tax_calculation",
        "tax_included",
        "tax_rate_1",
        "tax_rate_2",
        "tax_rate_3",
        "discount_total_without_tax",
        "total_refundable_deposit",
        "total_without_tax",
        "total_tax_1",
        "total_tax_2",
        "total_tax_3",
        "discount_total_with_tax",
        "total_with_tax",
    }
)
COMPUTED_DOCUMENT_FIELDS = (
    "discount_total_without_tax",
    "total_refundable_deposit",
    "total_without_tax",
    "total_tax_1",
    "total_tax_2",
    "total_tax_3",
    "discount_total_with_tax",
    "total_with_tax",
)
LINE_KEYS = frozenset(
    {"amount", "amount_with_tax", "quantity", "tax_rate", "total_without_tax", "total_with_tax"}
)
DEPOSIT = "DR"


@dataclass(frozen=True)
class Discrepancy:
    """One number that does not follow its rule."""

    where: str  # JSON path of the object, e.g. `/data/0`
    rule: str  # `rule 5`, `LineAmounts`
    field: str
    actual: str
    expected: str
    how: str  # the computation, in words a reader can redo by hand

    def __str__(self) -> str:
        location = f"{self.where}/{self.field}" if self.where else self.field
        return f"{self.rule}: {location} is {self.actual}, expected {self.expected} ({self.how})"


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def find_documents(body: Any, path: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every object in a body that carries the `DocumentTotals` fields, with its JSON path."""
    if isinstance(body, Mapping):
        if body.keys() >= DOCUMENT_KEYS:
            yield path, body
        for key, value in body.items():
            yield from find_documents(value, f"{path}/{key}")
    elif isinstance(body, list):
        for index, value in enumerate(body):
            yield from find_documents(value, f"{path}/{index}")


def find_lines(body: Any, path: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every object in a body that carries the `LineAmounts` fields (outside documents too)."""
    if isinstance(body, Mapping):
        if body.keys() >= LINE_KEYS:
            yield path, body
        for key, value in body.items():
            yield from find_lines(value, f"{path}/{key}")
    elif isinstance(body, list):
        for index, value in enumerate(body):
            yield from find_lines(value, f"{path}/{index}")


def document_lines(document: Mapping[str, Any]) -> tuple[str, list[Mapping[str, Any]]] | None:
    """The field holding a document's lines (`items`, `rows`) and the lines, if embedded."""
    for key, value in document.items():
        if (
            isinstance(value, list)
            and value
            and all(isinstance(line, Mapping) and line.keys() >= LINE_KEYS for line in value)
        ):
            return key, value
    for key in ("items", "rows"):
        if isinstance(document.get(key), list) and not document[key]:
            return key, []
    return None


def check_line(line: Mapping[str, Any], where: str, tax_included: str | None) -> list[Discrepancy]:
    """Rule 1 and `LineAmounts`: a line's totals follow from its unit amount and quantity."""
    amount = to_decimal(line.get("amount"))
    amount_with_tax = to_decimal(line.get("amount_with_tax"))
    quantity = to_decimal(line.get("quantity"))
    rate = to_decimal(line.get("tax_rate"))
    net = to_decimal(line.get("total_without_tax"))
    gross = to_decimal(line.get("total_with_tax"))
    if None in (amount, amount_with_tax, quantity, rate, net, gross):
        return []
    assert amount is not None and amount_with_tax is not None and quantity is not None
    assert rate is not None and net is not None and gross is not None
    found: list[Discrepancy] = []
    if line.get("tax_rate_special_status") == DEPOSIT and rate != 0:
        found.append(
            Discrepancy(
                where,
                "rule 2",
                "tax_rate",
                str(line.get("tax_rate")),
                "0",
                "a refundable deposit (DR) has rate 0",
            )
        )
    net_from_amount = cents(amount * quantity)
    net_from_gross = cents(amount_with_tax * quantity / (1 + rate / HUNDRED))
    candidates = {"no": [net_from_amount], "yes": [net_from_gross]}.get(
        tax_included or "", [net_from_amount, net_from_gross]
    )
    if net not in candidates:
        how = (
            f"amount {amount} * quantity {quantity}"
            if candidates[0] == net_from_amount
            else f"amount_with_tax {amount_with_tax} * quantity {quantity} / (1 + {rate}/100)"
        )
        found.append(
            Discrepancy(
                where,
                "rule 1",
                "total_without_tax",
                str(net),
                str(candidates[0]),
                how + ", rounded half up",
            )
        )
    gross_candidates = {cents(net * (1 + rate / HUNDRED)), cents(amount_with_tax * quantity)}
    if gross not in gross_candidates:
        expected = cents(net * (1 + rate / HUNDRED))
        found.append(
            Discrepancy(
                where,
                "LineAmounts",
                "total_with_tax",
                str(gross),
                str(expected),
                f"total_without_tax {net} * (1 + {rate}/100), rounded half up",
            )
        )
    return found


def check_document(document: Mapping[str, Any], where: str = "") -> list[Discrepancy]:
    """Rules 1-7 of `DocumentTotals` on a document (those needing lines when it embeds them)."""
    found: list[Discrepancy] = []
    for name in COMPUTED_DOCUMENT_FIELDS:
        value = document.get(name)
        if isinstance(value, str) and not TWO_DECIMALS.match(value):
            found.append(
                Discrepancy(
                    where,
                    "Money",
                    name,
                    value,
                    f"{value} with two decimals",
                    "computed totals always carry exactly two decimals",
                )
            )
    values = {name: to_decimal(document.get(name)) for name in DOCUMENT_KEYS}
    total_without_tax = values["total_without_tax"]
    taxes = [values["total_tax_1"], values["total_tax_2"], values["total_tax_3"]]
    total_with_tax = values["total_with_tax"]
    if total_without_tax is not None and None not in taxes and total_with_tax is not None:
        expected = total_without_tax + sum(t for t in taxes if t is not None)
        if total_with_tax != expected:
            found.append(
                Discrepancy(
                    where,
                    "rule 7",
                    "total_with_tax",
                    str(total_with_tax),
                    str(expected),
                    f"total_without_tax {total_without_tax} + total_tax_1..3 "
                    + " + ".join(str(t) for t in taxes),
                )
            )
    embedded = document_lines(document)
    if embedded is None:
        return found
    key, lines = embedded
    if not lines:
        nonzero = [name for name in COMPUTED_DOCUMENT_FIELDS if values.get(name) not in (None, 0)]
        if nonzero:
            found.append(
                Discrepancy(
                    where,
                    "rules 2-7",
                    key,
                    "[] (no lines)",
                    f"the lines that make {', '.join(nonzero)} non-zero",
                    f"an empty `{key}` says the document has no lines, "
                    "so every total would be 0.00; "
                    "lines a response leaves out are omitted, not sent empty",
                )
            )
        return found
    tax_included = document.get("tax_included")
    for index, line in enumerate(lines):
        found.extend(check_line(line, f"{where}/{key}/{index}", str(tax_included)))
    found.extend(_check_sums(document, values, lines, f"{where}/{key}"))
    return found


def _check_sums(
    document: Mapping[str, Any],
    values: Mapping[str, Decimal | None],
    lines: list[Mapping[str, Any]],
    lines_path: str,
) -> list[Discrepancy]:
    where = lines_path.rsplit("/", 1)[0]
    percentage = values["discount_percentage"]
    if percentage is None:
        return []
    d = percentage / HUNDRED
    parsed = [
        (to_decimal(line.get("total_without_tax")), to_decimal(line.get("tax_rate")), line)
        for line in lines
    ]
    if any(net is None or rate is None for net, rate, _ in parsed):
        return []
    deposits = [
        (net, rate) for net, rate, line in parsed if line.get("tax_rate_special_status") == DEPOSIT
    ]
    others = [
        (net, rate) for net, rate, line in parsed if line.get("tax_rate_special_status") != DEPOSIT
    ]
    sum_other = sum((net for net, _ in others if net is not None), Decimal(0))
    deposit = sum((net for net, _ in deposits if net is not None), Decimal(0))
    discount = cents(d * sum_other)
    expected: dict[str, tuple[str, Decimal, str]] = {
        "total_refundable_deposit": (
            "rule 2",
            cents(deposit),
            "sum of the DR lines' total_without_tax",
        ),
        "discount_total_without_tax": (
            "rule 3",
            discount,
            f"{percentage}% of {sum_other}, rounded half up",
        ),
        "total_without_tax": (
            "rule 4",
            sum_other - discount + deposit,
            f"lines {sum_other} - discount {discount} + deposits {deposit}",
        ),
        "discount_total_with_tax": (
            "rule 6",
            cents(
                sum(
                    (
                        net * d * (1 + rate / HUNDRED)
                        for net, rate in others
                        if net is not None and rate is not None
                    ),
                    Decimal(0),
                )
            ),
            "sum over discounted lines of net * d * (1 + r/100), rounded half up",
        ),
    }
    rates = [values["tax_rate_1"], values["tax_rate_2"], values["tax_rate_3"]]
    per_line = document.get("tax_calculation") == "item"
    for k, rate_k in enumerate(rates, start=1):
        if rate_k is None or rates.count(rate_k) > 1:
            continue  # two slots with one rate: the lines cannot be attributed, so no rule applies
        nets = [net for net, rate in others if rate == rate_k and net is not None]
        if per_line:
            tax = sum((cents(net * (1 - d) * rate_k / HUNDRED) for net in nets), Decimal(0))
            how = (
                f"sum of round(net * (1 - {d}) * {rate_k}/100) "
                f"over the {len(nets)} line(s) at {rate_k}%"
            )
        else:
            tax = cents(sum(nets, Decimal(0)) * (1 - d) * rate_k / HUNDRED)
            how = f"round({sum(nets, Decimal(0))} * (1 - {d}) * {rate_k}/100)"
        expected[f"total_tax_{k}"] = ("rule 5", tax, how)
    found: list[Discrepancy] = []
    for name, (rule, value, how) in expected.items():
        actual = values.get(name)
        if actual is not None and actual != value:
            found.append(
                Discrepancy(where, rule, name, str(document.get(name)), str(cents(value)), how)
            )
    known = {rate for rate in rates if rate is not None} | {Decimal(0)}
    for index, (_, rate, line) in enumerate(parsed):
        if (
            rate is not None
            and rate not in known
            and line.get("tax_rate_special_status") != DEPOSIT
        ):
            found.append(
                Discrepancy(
                    f"{lines_path}/{index}",
                    "LineAmounts",
                    "tax_rate",
                    str(rate),
                    "one of " + ", ".join(str(r) for r in sorted(known)),
                    "a line's rate is one of the document's three rates, or 0",
                )
            )
    return found


def carries_totals(body: Any) -> bool:
    return next(find_documents(body), None) is not None or next(find_lines(body), None) is not None


def check_body(body: Any) -> list[Discrepancy]:
    """Every totals discrepancy in a response body: documents and stand-alone lines."""
    found: list[Discrepancy] = []
    inside_documents: set[str] = set()
    for where, document in find_documents(body):
        found.extend(check_document(document, where))
        embedded = document_lines(document)
        if embedded is not None:
            inside_documents.update(f"{where}/{embedded[0]}/{i}" for i in range(len(embedded[1])))
    for where, line in find_lines(body):
        if where not in inside_documents:
            found.extend(check_line(line, where, None))
    return found
