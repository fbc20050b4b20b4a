from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesOrderRowCreate")


@_attrs_define
class SalesOrderRowCreate:
    """A line of a sales order as sent inside the order. Send `amount` when the order has `tax_included` = `no`,
    `amount_with_tax` when `yes`. A line with neither `name` nor `article_id` is refused with 400, 928 (the schema says
    it); one with `article_id` null and no `name`, with 422 (924).

        Attributes:
            article_id (int | None | Unset): The article ordered; null for a free-text line. An unknown id gives 422.
                Example: 2002.
            name (str | Unset): Title of the line; defaults to the article's name. Example: Ergonomic keyboard.
            description (str | Unset): Longer text printed under the title. Example: Wireless, Belgian AZERTY layout.
            unit (str | Unset): Unit of `quantity`. Example: pcs.
            amount (str | Unset): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            amount_with_tax (str | Unset): An amount of money as a decimal string with a dot and no thousands separator, in
                the document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            quantity (str | Unset): A quantity as a decimal string, at most 999999.99, with up to two decimals. Example: 2.
            tax_rate (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21
                %). Example: 21.
            tax_rate_special_status (str | Unset): Special VAT treatment, only with `tax_rate` 0 (the schema says it, 400,
                928 when broken), and a rate left out of a new line is 0; `DR` marks a refundable deposit, `MC` the margin
                scheme. Example: DR.
    """

    article_id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    unit: str | Unset = UNSET
    amount: str | Unset = UNSET
    amount_with_tax: str | Unset = UNSET
    quantity: str | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_rate_special_status: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        article_id: int | None | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

        name = self.name

        description = self.description

        unit = self.unit

        amount = self.amount

        amount_with_tax = self.amount_with_tax

        quantity = self.quantity

        tax_rate = self.tax_rate

        tax_rate_special_status = self.tax_rate_special_status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if unit is not UNSET:
            field_dict["unit"] = unit
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_with_tax is not UNSET:
            field_dict["amount_with_tax"] = amount_with_tax
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if tax_rate_special_status is not UNSET:
            field_dict["tax_rate_special_status"] = tax_rate_special_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_article_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        article_id = _parse_article_id(d.pop("article_id", UNSET))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        unit = d.pop("unit", UNSET)

        amount = d.pop("amount", UNSET)

        amount_with_tax = d.pop("amount_with_tax", UNSET)

        quantity = d.pop("quantity", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        tax_rate_special_status = d.pop("tax_rate_special_status", UNSET)

        sales_order_row_create = cls(
            article_id=article_id,
            name=name,
            description=description,
            unit=unit,
            amount=amount,
            amount_with_tax=amount_with_tax,
            quantity=quantity,
            tax_rate=tax_rate,
            tax_rate_special_status=tax_rate_special_status,
        )

        return sales_order_row_create
