from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceOfferRowCreate")


@_attrs_define
class PriceOfferRowCreate:
    """A new row of a price offer, or the full replacement of one (PUT). The system computes the row totals and the offer
    totals again (`DocumentTotals`). The schema says (400, 928 when broken): `name` is required unless `article_id` is
    sent; `amount` or `amount_with_tax` is required unless `article_id` is sent (`allOf`/`anyOf`);
    `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked by the server, 422 (924) when broken: an
    `article_id` sent as null counts as not sent for these two rules; the amount the offer needs is `amount`
    (`tax_included` = `no`) or `amount_with_tax` (`yes`), and an article without a price does not supply it; `tax_rate`
    must be one of the offer's rates or 0. Rows of a cancelled or invoiced offer cannot be changed (409).

        Attributes:
            article_id (int | None | Unset): Id of the article offered; its code, name, unit and price are copied into the
                fields not sent. Null for a free-text row. Example: 2002.
            warehouse_id (int | None | Unset): Id of the warehouse the article would be delivered from; null when it does
                not matter. Example: 1.
            name (str | Unset): Title of the row as printed. Required unless `article_id` is sent (the schema says it, 400,
                928 when broken). Example: Ergonomic keyboard.
            description (str | Unset): Longer text printed under the title. Example: Wireless ergonomic keyboard, Belgian
                AZERTY layout.
            unit (str | Unset): Unit the quantity is counted in, up to 10 characters; starts with a letter and has no
                spaces, so that it carries over to an invoice item. Example: pcs.
            amount (str | Unset): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            amount_with_tax (str | Unset): An amount of money as a decimal string with a dot and no thousands separator, in
                the document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            quantity (str | Unset): A quantity as a decimal string, at most 999999.99, with up to two decimals. Default:
                '1'. Example: 2.
            tax_rate (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21
                %). Default: '0'. Example: 21.
            tax_rate_special_status (str | Unset): Code for a special VAT treatment, only with `tax_rate` 0 (the schema says
                it: 400, 928 when broken), and a rate left out of a new line is 0: `DR` marks a refundable deposit (never
                discounted), `MC` the margin scheme. Example: DR.
            vat_type_id (int | None | Unset): Id of the VAT type (`/vat_types`) to report the row under; its rate must equal
                `tax_rate` (422). Null for the account's default. Example: 1.
    """

    article_id: int | None | Unset = UNSET
    warehouse_id: int | None | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    unit: str | Unset = UNSET
    amount: str | Unset = UNSET
    amount_with_tax: str | Unset = UNSET
    quantity: str | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_rate_special_status: str | Unset = UNSET
    vat_type_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        article_id: int | None | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

        warehouse_id: int | None | Unset
        if isinstance(self.warehouse_id, Unset):
            warehouse_id = UNSET
        else:
            warehouse_id = self.warehouse_id

        name = self.name

        description = self.description

        unit = self.unit

        amount = self.amount

        amount_with_tax = self.amount_with_tax

        quantity = self.quantity

        tax_rate = self.tax_rate

        tax_rate_special_status = self.tax_rate_special_status

        vat_type_id: int | None | Unset
        if isinstance(self.vat_type_id, Unset):
            vat_type_id = UNSET
        else:
            vat_type_id = self.vat_type_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
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
        if vat_type_id is not UNSET:
            field_dict["vat_type_id"] = vat_type_id

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

        def _parse_warehouse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        warehouse_id = _parse_warehouse_id(d.pop("warehouse_id", UNSET))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        unit = d.pop("unit", UNSET)

        amount = d.pop("amount", UNSET)

        amount_with_tax = d.pop("amount_with_tax", UNSET)

        quantity = d.pop("quantity", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        tax_rate_special_status = d.pop("tax_rate_special_status", UNSET)

        def _parse_vat_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vat_type_id = _parse_vat_type_id(d.pop("vat_type_id", UNSET))

        price_offer_row_create = cls(
            article_id=article_id,
            warehouse_id=warehouse_id,
            name=name,
            description=description,
            unit=unit,
            amount=amount,
            amount_with_tax=amount_with_tax,
            quantity=quantity,
            tax_rate=tax_rate,
            tax_rate_special_status=tax_rate_special_status,
            vat_type_id=vat_type_id,
        )

        return price_offer_row_create
