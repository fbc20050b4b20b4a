from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseRowCreate")


@_attrs_define
class PurchaseRowCreate:
    """A new row of a purchase, or the full replacement of one (PUT). Send `amount` when the purchase has `tax_included` =
    `no`, `amount_with_tax` when `yes`. A row needs `name`, `product_id` or `barcode` (the schema says it: 400, 928 when
    broken); a row with only a `barcode` that finds no article, or with `product_id` null and no `name`, is refused with
    422 (924).

        Attributes:
            barcode (str | Unset): Barcode (EAN/GTIN) of the product; finds the article when `product_id` is not sent.
                Example: 5412345000013.
            name (str | Unset): Text of the line as the supplier printed it; defaults to the article's name. Example:
                Ergonomic keyboard, AZERTY BE.
            note (str | Unset): Free note on the line. Example: Missing from the first delivery.
            product_id (int | None | Unset): The article bought (an `article_id`). An unknown id gives 422. Example: 2002.
            account_id (int | None | Unset): The financial account the line is booked to (a `financial_account_id`);
                defaults to the article's expense account. Example: 41.
            warehouse_id (int | None | Unset): Warehouse the goods went into; only for stock articles, defaults to the main
                warehouse. Example: 1.
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
                928 when broken), and a rate left out of a new line is 0; `DR` marks a refundable deposit (pallets, crates),
                `MC` the margin scheme. Example: DR.
    """

    barcode: str | Unset = UNSET
    name: str | Unset = UNSET
    note: str | Unset = UNSET
    product_id: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    warehouse_id: int | None | Unset = UNSET
    amount: str | Unset = UNSET
    amount_with_tax: str | Unset = UNSET
    quantity: str | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_rate_special_status: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        barcode = self.barcode

        name = self.name

        note = self.note

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        warehouse_id: int | None | Unset
        if isinstance(self.warehouse_id, Unset):
            warehouse_id = UNSET
        else:
            warehouse_id = self.warehouse_id

        amount = self.amount

        amount_with_tax = self.amount_with_tax

        quantity = self.quantity

        tax_rate = self.tax_rate

        tax_rate_special_status = self.tax_rate_special_status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
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
        barcode = d.pop("barcode", UNSET)

        name = d.pop("name", UNSET)

        note = d.pop("note", UNSET)

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_warehouse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        warehouse_id = _parse_warehouse_id(d.pop("warehouse_id", UNSET))

        amount = d.pop("amount", UNSET)

        amount_with_tax = d.pop("amount_with_tax", UNSET)

        quantity = d.pop("quantity", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        tax_rate_special_status = d.pop("tax_rate_special_status", UNSET)

        purchase_row_create = cls(
            barcode=barcode,
            name=name,
            note=note,
            product_id=product_id,
            account_id=account_id,
            warehouse_id=warehouse_id,
            amount=amount,
            amount_with_tax=amount_with_tax,
            quantity=quantity,
            tax_rate=tax_rate,
            tax_rate_special_status=tax_rate_special_status,
        )

        return purchase_row_create
