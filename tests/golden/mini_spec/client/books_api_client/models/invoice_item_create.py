from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InvoiceItemCreate")


@_attrs_define
class InvoiceItemCreate:
    """What a client may send to add a line.

    Attributes:
        description (str): What was sold. Example: Consulting, November.
        amount (str): An amount as a decimal string. Example: 100.00.
    """

    description: str
    amount: str

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        amount = d.pop("amount")

        invoice_item_create = cls(
            description=description,
            amount=amount,
        )

        return invoice_item_create
