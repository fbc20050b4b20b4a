from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesOrderRow")


@_attrs_define
class SalesOrderRow:
    """One line of a sales order. It exists only inside its order (no id, no URL of its own); the money fields follow
    `LineAmounts`.

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
            name (str): Title of the line; defaults to the article's name. Example: Ergonomic keyboard.
            tax_rate_special_status (str | Unset): Code for a special VAT treatment, only with `tax_rate` 0; `DR` marks a
                refundable deposit, `MC` a margin scheme. Example: MC.
            article_id (int | None | Unset): The article ordered; null for a free-text line. Example: 2002.
            description (str | Unset): Longer text printed under the title. Example: Wireless, Belgian AZERTY layout.
            unit (str | Unset): Unit of `quantity`. Example: pcs.
    """

    amount: str
    amount_with_tax: str
    quantity: str
    tax_rate: str
    total_without_tax: str
    total_with_tax: str
    name: str
    tax_rate_special_status: str | Unset = UNSET
    article_id: int | None | Unset = UNSET
    description: str | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        amount_with_tax = self.amount_with_tax

        quantity = self.quantity

        tax_rate = self.tax_rate

        total_without_tax = self.total_without_tax

        total_with_tax = self.total_with_tax

        name = self.name

        tax_rate_special_status = self.tax_rate_special_status

        article_id: int | None | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

        description = self.description

        unit = self.unit

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
                "name": name,
            }
        )
        if tax_rate_special_status is not UNSET:
            field_dict["tax_rate_special_status"] = tax_rate_special_status
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if description is not UNSET:
            field_dict["description"] = description
        if unit is not UNSET:
            field_dict["unit"] = unit

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

        name = d.pop("name")

        tax_rate_special_status = d.pop("tax_rate_special_status", UNSET)

        def _parse_article_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        article_id = _parse_article_id(d.pop("article_id", UNSET))

        description = d.pop("description", UNSET)

        unit = d.pop("unit", UNSET)

        sales_order_row = cls(
            amount=amount,
            amount_with_tax=amount_with_tax,
            quantity=quantity,
            tax_rate=tax_rate,
            total_without_tax=total_without_tax,
            total_with_tax=total_with_tax,
            name=name,
            tax_rate_special_status=tax_rate_special_status,
            article_id=article_id,
            description=description,
            unit=unit,
        )

        sales_order_row.additional_properties = d
        return sales_order_row

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
