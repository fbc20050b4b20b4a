from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_value_input import CustomValueInput


T = TypeVar("T", bound="ReceiptItemCreate")


@_attrs_define
class ReceiptItemCreate:
    """A new line of a receipt, or the full replacement of one (PUT). The system computes the line totals and the receipt
    totals again (`DocumentTotals`). The schema says (400, 928 when broken): `description` or `description_html` is
    required, and `amount` or `amount_with_tax` (`allOf`/`anyOf`); `quantity_with_unit` excludes `quantity` and `unit`,
    and `tax_rate_special_status` needs `tax_rate` 0 (`if`/`then`). Checked against the stored receipt, 422 (924) when
    broken: `amount` is the one required when the receipt has `tax_included` = `no`, `amount_with_tax` when it has
    `yes`; `tax_rate` must be one of the receipt's rates or 0.

        Attributes:
            description (str | Unset): Text of the line as plain text. Send `description` or `description_html`; a line
                without either is refused with 400, 928 (the schema says it). Example: Wireless keyboard, Belgian layout.
            description_html (str | Unset): Text of the line as HTML, instead of `description`. Example: <p>Wireless
                keyboard, Belgian layout</p>.
            amount (str | Unset): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            amount_with_tax (str | Unset): An amount of money as a decimal string with a dot and no thousands separator, in
                the document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            quantity (str | Unset): A quantity as a decimal string, at most 999999.99, with up to two decimals. Default:
                '1'. Example: 2.
            unit (str | Unset): Unit the quantity is counted in, up to 10 characters; starts with a letter and has no
                spaces. Not together with `quantity_with_unit` (the schema says it, 400, 928 when broken). Example: piece.
            quantity_with_unit (str | Unset): Quantity and unit in one text separated by one space (`2 piece`), with the
                rules of both; the system stores them as `quantity` and `unit`. Sending it together with `quantity` or `unit` is
                refused with 400, 928 (the schema says it). Example: 2 piece.
            tax_rate (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21
                %). Default: '0'. Example: 21.
            tax_rate_special_status (str | Unset): Code for a special VAT treatment, only with `tax_rate` 0 (the schema says
                it: 400, 928 when broken), and a rate left out of a new line is 0: `DR` marks a refundable deposit (never
                discounted), `MC` the margin scheme. Example: MC.
            stockitem_code (str | Unset): Code of the article sold on this line. It is informative only and does not change
                the stock. Example: A000001.
            stockitem_id (int | None | Unset): Id of the article (`article_id` in Articles) sold on this line; null for a
                free-text line. Example: 2002.
            general_ledger_account (str | Unset): Code of the general-ledger (revenue) account the line is booked to, 6 to 8
                digits. Example: 700000.
            custom_values (list[CustomValueInput] | Unset): Values of custom line fields to set, by their internal name.
    """

    description: str | Unset = UNSET
    description_html: str | Unset = UNSET
    amount: str | Unset = UNSET
    amount_with_tax: str | Unset = UNSET
    quantity: str | Unset = UNSET
    unit: str | Unset = UNSET
    quantity_with_unit: str | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_rate_special_status: str | Unset = UNSET
    stockitem_code: str | Unset = UNSET
    stockitem_id: int | None | Unset = UNSET
    general_ledger_account: str | Unset = UNSET
    custom_values: list[CustomValueInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        description_html = self.description_html

        amount = self.amount

        amount_with_tax = self.amount_with_tax

        quantity = self.quantity

        unit = self.unit

        quantity_with_unit = self.quantity_with_unit

        tax_rate = self.tax_rate

        tax_rate_special_status = self.tax_rate_special_status

        stockitem_code = self.stockitem_code

        stockitem_id: int | None | Unset
        if isinstance(self.stockitem_id, Unset):
            stockitem_id = UNSET
        else:
            stockitem_id = self.stockitem_id

        general_ledger_account = self.general_ledger_account

        custom_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_values, Unset):
            custom_values = []
            for custom_values_item_data in self.custom_values:
                custom_values_item = custom_values_item_data.to_dict()
                custom_values.append(custom_values_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_with_tax is not UNSET:
            field_dict["amount_with_tax"] = amount_with_tax
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit is not UNSET:
            field_dict["unit"] = unit
        if quantity_with_unit is not UNSET:
            field_dict["quantity_with_unit"] = quantity_with_unit
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if tax_rate_special_status is not UNSET:
            field_dict["tax_rate_special_status"] = tax_rate_special_status
        if stockitem_code is not UNSET:
            field_dict["stockitem_code"] = stockitem_code
        if stockitem_id is not UNSET:
            field_dict["stockitem_id"] = stockitem_id
        if general_ledger_account is not UNSET:
            field_dict["general_ledger_account"] = general_ledger_account
        if custom_values is not UNSET:
            field_dict["custom_values"] = custom_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_value_input import CustomValueInput  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        description_html = d.pop("description_html", UNSET)

        amount = d.pop("amount", UNSET)

        amount_with_tax = d.pop("amount_with_tax", UNSET)

        quantity = d.pop("quantity", UNSET)

        unit = d.pop("unit", UNSET)

        quantity_with_unit = d.pop("quantity_with_unit", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        tax_rate_special_status = d.pop("tax_rate_special_status", UNSET)

        stockitem_code = d.pop("stockitem_code", UNSET)

        def _parse_stockitem_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stockitem_id = _parse_stockitem_id(d.pop("stockitem_id", UNSET))

        general_ledger_account = d.pop("general_ledger_account", UNSET)

        _custom_values = d.pop("custom_values", UNSET)
        custom_values: list[CustomValueInput] | Unset = UNSET
        if _custom_values is not UNSET:
            custom_values = []
            for custom_values_item_data in _custom_values:
                custom_values_item = CustomValueInput.from_dict(custom_values_item_data)

                custom_values.append(custom_values_item)

        receipt_item_create = cls(
            description=description,
            description_html=description_html,
            amount=amount,
            amount_with_tax=amount_with_tax,
            quantity=quantity,
            unit=unit,
            quantity_with_unit=quantity_with_unit,
            tax_rate=tax_rate,
            tax_rate_special_status=tax_rate_special_status,
            stockitem_code=stockitem_code,
            stockitem_id=stockitem_id,
            general_ledger_account=general_ledger_account,
            custom_values=custom_values,
        )

        return receipt_item_create
