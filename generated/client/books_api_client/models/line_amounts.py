from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineAmounts")


@_attrs_define
class LineAmounts:
    """The money fields every document line has, as the system returns them. Either `amount` or `amount_with_tax` is
    entered (per `tax_included` of the document); the other and both totals are computed (rule 1 of `DocumentTotals`).

        Attributes:
            amount (str): An amount of money as a decimal string with a dot and no thousands separator, in the document's
                currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed totals always
                carry exactly two. Example: 100.00.
            amount_with_tax (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            quantity (str): A quantity as a decimal string, at most 999999.99, with up to two decimals. Example: 2.
            tax_rate (str): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21 %).
                Example: 21.
            total_without_tax (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_with_tax (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            tax_rate_special_status (str | Unset): Code for a special VAT treatment, only with `tax_rate` 0; `DR` marks a
                refundable deposit, `MC` a margin scheme. Example: MC.
    """

    amount: str
    amount_with_tax: str
    quantity: str
    tax_rate: str
    total_without_tax: str
    total_with_tax: str
    tax_rate_special_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        amount_with_tax = self.amount_with_tax

        quantity = self.quantity

        tax_rate = self.tax_rate

        total_without_tax = self.total_without_tax

        total_with_tax = self.total_with_tax

        tax_rate_special_status = self.tax_rate_special_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "amount_with_tax": amount_with_tax,
                "quantity": quantity,
                "tax_rate": tax_rate,
                "total_without_tax": total_without_tax,
                "total_with_tax": total_with_tax,
            }
        )
        if tax_rate_special_status is not UNSET:
            field_dict["tax_rate_special_status"] = tax_rate_special_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        amount_with_tax = d.pop("amount_with_tax")

        quantity = d.pop("quantity")

        tax_rate = d.pop("tax_rate")

        total_without_tax = d.pop("total_without_tax")

        total_with_tax = d.pop("total_with_tax")

        tax_rate_special_status = d.pop("tax_rate_special_status", UNSET)

        line_amounts = cls(
            amount=amount,
            amount_with_tax=amount_with_tax,
            quantity=quantity,
            tax_rate=tax_rate,
            total_without_tax=total_without_tax,
            total_with_tax=total_with_tax,
            tax_rate_special_status=tax_rate_special_status,
        )

        line_amounts.additional_properties = d
        return line_amounts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
