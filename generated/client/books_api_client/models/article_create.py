from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.article_markup_type import ArticleMarkupType
from ..models.article_type import ArticleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleCreate")


@_attrs_define
class ArticleCreate:
    """A new article, or the full replacement of one (PUT). Fields not sent take their defaults; `code` and `name` are
    required.

        Attributes:
            code (str): Article code, unique within the account (a second article with the same code is refused with 409).
                Document lines and web shops refer to the article by it. Example: A000001.
            name (str): Name shown on document lines. Example: Ergonomic keyboard.
            ean (None | str | Unset): EAN/GTIN barcode (8, 12, 13 or 14 digits), or null when the article has none. Example:
                5412345000013.
            description (str | Unset): Longer plain-text description; when only `description_html` is sent, its text without
                tags is kept here. Example: Wireless ergonomic keyboard, Belgian AZERTY layout.
            description_html (str | Unset): The same description with HTML markup, used on HTML and PDF documents; when only
                `description` is sent, it is escaped into this field. Example: <p>Wireless ergonomic keyboard, Belgian
                <strong>AZERTY</strong> layout</p>.
            comments (str | Unset): Internal note about the article; never printed on documents. Example: Reorder from the
                supplier when fewer than 20 are left..
            unit (str | Unset): Unit of measure printed after quantities; starts with a letter and holds no spaces. Example:
                pcs.
            type_ (ArticleType | Unset): What the article is. `product`: goods sold without stock keeping; `service`: work
                or a service, never counted in stock; `stock_item`: goods counted per warehouse, so every document line that
                uses it moves stock. New values may be added in later versions. Default: ArticleType.PRODUCT. Example:
                stock_item.
            price (str | Unset): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Default: '0.00'. Example: 100.00.
            price_includes_tax (bool | Unset): Whether `price` already contains VAT (`true`, usual for web shops and tills)
                or VAT is added on top (`false`). Default: False. Example: False.
            tax_rate (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21
                %). Example: 21.
            tax_rate_special_status (None | str | Unset): Why no VAT is charged, for example `MC` (margin scheme) or `DR`
                (refundable deposit); only allowed when `tax_rate` is 0, null otherwise. Sent together with a `tax_rate` other
                than 0, the schema refuses it (`if`/`then`: 400, 928); against a rate not in the request (taken from the VAT
                type, or the stored one), the server refuses it with 422 (924). Example: MC.
            sales_vat_type_id (int | None | Unset): Id of the VAT type used on sales lines of this article (see
                `/vat_types`; it must be a sales type). An id that names no VAT type of the account is refused with 422 (924).
                Example: 1.
            purchase_vat_type_id (int | None | Unset): Id of the VAT type used on purchase rows of this article (it must be
                a purchase type). An id that names no VAT type of the account is refused with 422 (924). Example: 1.
            markup_type (ArticleMarkupType | Unset): How `markup_value` is added to the purchase cost to propose a sales
                price: `percent` (a percentage of the cost), `fixed` (an amount per unit) or `none` (no markup; `markup_value`
                is ignored). Default: ArticleMarkupType.NONE. Example: percent.
            markup_value (str | Unset): The markup as a decimal string, a percentage (no `%` sign) or an amount per unit
                depending on `markup_type`. Default: '0'. Example: 40.
            default_quantity (str | Unset): A quantity as a decimal string, at most 999999.99, with up to two decimals.
                Default: '1'. Example: 2.
            income_account_id (int | None | Unset): Id of the financial account (revenue ledger account) sales of this
                article are booked to; null uses the account default. An id that is not one of the ledger accounts in
                `/financial_accounts` is refused with 422 (924). Example: 35.
            expense_account_id (int | None | Unset): Id of the financial account purchases of this article are booked to (a
                cost account, or the warehouse account for stock items); null uses the account default. An id that is not one of
                the ledger accounts in `/financial_accounts` is refused with 422 (924). Example: 12.
            active (bool | Unset): Whether the article may be chosen on new documents; inactive articles stay on old ones.
                Default: True. Example: True.
    """

    code: str
    name: str
    ean: None | str | Unset = UNSET
    description: str | Unset = UNSET
    description_html: str | Unset = UNSET
    comments: str | Unset = UNSET
    unit: str | Unset = UNSET
    type_: ArticleType | Unset = UNSET
    price: str | Unset = UNSET
    price_includes_tax: bool | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_rate_special_status: None | str | Unset = UNSET
    sales_vat_type_id: int | None | Unset = UNSET
    purchase_vat_type_id: int | None | Unset = UNSET
    markup_type: ArticleMarkupType | Unset = UNSET
    markup_value: str | Unset = UNSET
    default_quantity: str | Unset = UNSET
    income_account_id: int | None | Unset = UNSET
    expense_account_id: int | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        ean: None | str | Unset
        if isinstance(self.ean, Unset):
            ean = UNSET
        else:
            ean = self.ean

        description = self.description

        description_html = self.description_html

        comments = self.comments

        unit = self.unit

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        price = self.price

        price_includes_tax = self.price_includes_tax

        tax_rate = self.tax_rate

        tax_rate_special_status: None | str | Unset
        if isinstance(self.tax_rate_special_status, Unset):
            tax_rate_special_status = UNSET
        else:
            tax_rate_special_status = self.tax_rate_special_status

        sales_vat_type_id: int | None | Unset
        if isinstance(self.sales_vat_type_id, Unset):
            sales_vat_type_id = UNSET
        else:
            sales_vat_type_id = self.sales_vat_type_id

        purchase_vat_type_id: int | None | Unset
        if isinstance(self.purchase_vat_type_id, Unset):
            purchase_vat_type_id = UNSET
        else:
            purchase_vat_type_id = self.purchase_vat_type_id

        markup_type: str | Unset = UNSET
        if not isinstance(self.markup_type, Unset):
            markup_type = self.markup_type.value

        markup_value = self.markup_value

        default_quantity = self.default_quantity

        income_account_id: int | None | Unset
        if isinstance(self.income_account_id, Unset):
            income_account_id = UNSET
        else:
            income_account_id = self.income_account_id

        expense_account_id: int | None | Unset
        if isinstance(self.expense_account_id, Unset):
            expense_account_id = UNSET
        else:
            expense_account_id = self.expense_account_id

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if ean is not UNSET:
            field_dict["ean"] = ean
        if description is not UNSET:
            field_dict["description"] = description
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if comments is not UNSET:
            field_dict["comments"] = comments
        if unit is not UNSET:
            field_dict["unit"] = unit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price is not UNSET:
            field_dict["price"] = price
        if price_includes_tax is not UNSET:
            field_dict["price_includes_tax"] = price_includes_tax
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if tax_rate_special_status is not UNSET:
            field_dict["tax_rate_special_status"] = tax_rate_special_status
        if sales_vat_type_id is not UNSET:
            field_dict["sales_vat_type_id"] = sales_vat_type_id
        if purchase_vat_type_id is not UNSET:
            field_dict["purchase_vat_type_id"] = purchase_vat_type_id
        if markup_type is not UNSET:
            field_dict["markup_type"] = markup_type
        if markup_value is not UNSET:
            field_dict["markup_value"] = markup_value
        if default_quantity is not UNSET:
            field_dict["default_quantity"] = default_quantity
        if income_account_id is not UNSET:
            field_dict["income_account_id"] = income_account_id
        if expense_account_id is not UNSET:
            field_dict["expense_account_id"] = expense_account_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_ean(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ean = _parse_ean(d.pop("ean", UNSET))

        description = d.pop("description", UNSET)

        description_html = d.pop("description_html", UNSET)

        comments = d.pop("comments", UNSET)

        unit = d.pop("unit", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ArticleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ArticleType(_type_)

        price = d.pop("price", UNSET)

        price_includes_tax = d.pop("price_includes_tax", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        def _parse_tax_rate_special_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_rate_special_status = _parse_tax_rate_special_status(d.pop("tax_rate_special_status", UNSET))

        def _parse_sales_vat_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sales_vat_type_id = _parse_sales_vat_type_id(d.pop("sales_vat_type_id", UNSET))

        def _parse_purchase_vat_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        purchase_vat_type_id = _parse_purchase_vat_type_id(d.pop("purchase_vat_type_id", UNSET))

        _markup_type = d.pop("markup_type", UNSET)
        markup_type: ArticleMarkupType | Unset
        if isinstance(_markup_type, Unset):
            markup_type = UNSET
        else:
            markup_type = ArticleMarkupType(_markup_type)

        markup_value = d.pop("markup_value", UNSET)

        default_quantity = d.pop("default_quantity", UNSET)

        def _parse_income_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        income_account_id = _parse_income_account_id(d.pop("income_account_id", UNSET))

        def _parse_expense_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expense_account_id = _parse_expense_account_id(d.pop("expense_account_id", UNSET))

        active = d.pop("active", UNSET)

        article_create = cls(
            code=code,
            name=name,
            ean=ean,
            description=description,
            description_html=description_html,
            comments=comments,
            unit=unit,
            type_=type_,
            price=price,
            price_includes_tax=price_includes_tax,
            tax_rate=tax_rate,
            tax_rate_special_status=tax_rate_special_status,
            sales_vat_type_id=sales_vat_type_id,
            purchase_vat_type_id=purchase_vat_type_id,
            markup_type=markup_type,
            markup_value=markup_value,
            default_quantity=default_quantity,
            income_account_id=income_account_id,
            expense_account_id=expense_account_id,
            active=active,
        )

        return article_create
