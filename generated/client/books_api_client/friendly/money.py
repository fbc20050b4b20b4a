"""Decimal helpers: amounts, quantities and percentages travel as strings such as "12.50".

Floats would lose cents, so the wire format stays a string and these two functions are the
only conversions: `decimal()` reads a field, `wire()` writes one.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..types import Unset


def decimal(value: str | Unset | None) -> Decimal:
    """A decimal-string field as a Decimal; an absent or null field reads as 0."""
    if value is None or isinstance(value, Unset) or value == "":
        return Decimal(0)
    return Decimal(value)


def wire(value: Decimal | int | str, places: int | None = 2) -> str:
    """A number as the API's decimal string, rounded half-up to `places` (None keeps it)."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return format(number, "f")
