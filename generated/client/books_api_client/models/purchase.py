from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_calculation import TaxCalculation
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_row import PurchaseRow


T = TypeVar("T", bound="Purchase")


@_attrs_define
class Purchase:
    """A supplier invoice received and booked: who sent it (`client_id`), the supplier's invoice
    number (`reference`), its dates, its rows and the totals computed from them (rules of
    `DocumentTotals`). Purchases are what a shop's stock intake or a cost posting is based on;
    payments bound to a purchase make it paid.

    Seed 003 (a point-of-sale system's supplier-invoice POST) maps onto this schema as follows:

    | Seed key | Property |
    |---|---|
    | `invoices[].id` | `purchase_id` (in a bulk item: present = update) |
    | `supplierId` | `supplier_id` (the supplier's id in the sending system; the supplier in the books is `client_id`) |
    | `storeId` | `store_id` |
    | `supplierStoreId` | `supplier_store_id` |
    | `reference` | `reference` |
    | `completeDate` | `complete_date` |
    | `note` | `note` |
    | `invoiceItems[]` | `rows[]` |
    | `invoiceItems[].barcode` | `rows[].barcode` |
    | `invoiceItems[].note` | `rows[].note` |
    | `invoiceItems[].name` | `rows[].name` |
    | `invoiceItems[].price` | `rows[].amount` (unit price without VAT, a decimal string) |
    | `invoiceItems[].vatPercentage` | `rows[].tax_rate` (a percentage: `21`, not `0.21`) |
    | `invoiceItems[].quantity` | `rows[].quantity` (whole units are valid quantities) |
    | `invoiceItems[].productId` | `rows[].product_id` (an article id) |
    | `invoiceItems[].accountId` | `rows[].account_id` (a financial account id) |

        Attributes:
            discount_percentage (str): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21
                %). Default: '0'. Example: 21.
            tax_calculation (TaxCalculation): `total`: VAT is computed once per rate on the sum of the lines at that rate.
                `item`: VAT is computed per line and summed. The two can differ by rounding cents. With `tax_included` = `yes`
                only `item` is allowed. Example: total.
            tax_included (YesNo): A flag written as the words `yes` or `no`, as the source documents have it. Default:
                YesNo.NO. Example: no.
            tax_rate_1 (str): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21 %).
                Example: 21.
            tax_rate_2 (str): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21 %).
                Example: 21.
            tax_rate_3 (str): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21 %).
                Example: 21.
            discount_total_without_tax (str): An amount of money as a decimal string with a dot and no thousands separator,
                in the document's currency. Strings keep amounts exact in every language; inputs take up to four decimals,
                computed totals always carry exactly two. Example: 100.00.
            total_without_tax (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_tax_1 (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_tax_2 (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_tax_3 (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            discount_total_with_tax (str): An amount of money as a decimal string with a dot and no thousands separator, in
                the document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_with_tax (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            purchase_id (int): Identifier the system assigns when an object is created; unique within its account and
                domain. Example: 3003.
            uri (str): Absolute URL of the object, generated by the system. Use it to address the object through the API.
                Example: https://books.example.com/api/v1/invoices/3003.
            client_id (int): Identifier the system assigns when an object is created; unique within its account and domain.
                Example: 3003.
            client_name (str): Name of the supplier, copied from the client when the purchase is stored. Example: Office
                Hardware Distribution NV.
            complete_date (datetime.date): Date of the supplier invoice (the date printed on it). Example: 2026-11-18.
            transaction_date (datetime.date): Day the purchase is booked on; defaults to `complete_date`. Example:
                2026-11-18.
            due_date (datetime.date | None): Last day to pay; null when the supplier gave no term. Example: 2026-12-18.
            paid (datetime.date | None): Day the bound payments first covered `total_with_tax`; null while anything is still
                open.
            total_paid (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            currency_name (str): ISO 4217 currency code in capitals. Example: EUR.
            currency_rate (str): Units of `currency_name` per euro on `transaction_date`; `1` for EUR. Example: 1.
            created (str): A moment in UTC written `YYYY-MM-DD HH:MM:SS`, as the bookkeeping systems this API descends from
                write it. Example: 2026-11-21 10:15:00.
            rows (list[PurchaseRow]): The lines of the supplier invoice, in printed order.
            total_refundable_deposit (str | Unset): An amount of money as a decimal string with a dot and no thousands
                separator, in the document's currency. Strings keep amounts exact in every language; inputs take up to four
                decimals, computed totals always carry exactly two. Example: 100.00.
            supplier_id (int | None | Unset): Id of the supplier in the system that sent the purchase (a till or shop
                system's own supplier list). Kept for matching only; the books know the supplier as `client_id`. Example: 17.
            store_id (int | None | Unset): Id, in the sending system, of the shop that received the goods. Kept for matching
                only. Example: 53.
            supplier_store_id (int | None | Unset): Id, in the sending system, of the supplier's branch or depot that
                delivered. Kept for matching only. Example: 4.
            reference (str | Unset): The supplier's own number for this invoice, as printed on it. Together with `client_id`
                it identifies the purchase: the same reference twice for one supplier is refused. Example: F2026-00841.
            payment_reference (str | Unset): Reference to quote when paying the supplier, such as a Belgian structured
                communication. Example: +++090/9337/55493+++.
            internal_number (str | Unset): Your own filing number for the purchase. Example: IN-2026-0112.
            note (str | Unset): Free note on the purchase. Example: Delivered to the shop on Langestraat, Antwerp..
    """

    tax_calculation: TaxCalculation
    tax_rate_1: str
    tax_rate_2: str
    tax_rate_3: str
    discount_total_without_tax: str
    total_without_tax: str
    total_tax_1: str
    total_tax_2: str
    total_tax_3: str
    discount_total_with_tax: str
    total_with_tax: str
    purchase_id: int
    uri: str
    client_id: int
    client_name: str
    complete_date: datetime.date
    transaction_date: datetime.date
    due_date: datetime.date | None
    paid: datetime.date | None
    total_paid: str
    currency_name: str
    currency_rate: str
    created: str
    rows: list[PurchaseRow]
    discount_percentage: str = "0"
    tax_included: YesNo = YesNo.NO
    total_refundable_deposit: str | Unset = UNSET
    supplier_id: int | None | Unset = UNSET
    store_id: int | None | Unset = UNSET
    supplier_store_id: int | None | Unset = UNSET
    reference: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    internal_number: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_percentage = self.discount_percentage

        tax_calculation = self.tax_calculation.value

        tax_included = self.tax_included.value

        tax_rate_1 = self.tax_rate_1

        tax_rate_2 = self.tax_rate_2

        tax_rate_3 = self.tax_rate_3

        discount_total_without_tax = self.discount_total_without_tax

        total_without_tax = self.total_without_tax

        total_tax_1 = self.total_tax_1

        total_tax_2 = self.total_tax_2

        total_tax_3 = self.total_tax_3

        discount_total_with_tax = self.discount_total_with_tax

        total_with_tax = self.total_with_tax

        purchase_id = self.purchase_id

        uri = self.uri

        client_id = self.client_id

        client_name = self.client_name

        complete_date = self.complete_date.isoformat()

        transaction_date = self.transaction_date.isoformat()

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        paid: None | str
        if isinstance(self.paid, datetime.date):
            paid = self.paid.isoformat()
        else:
            paid = self.paid

        total_paid = self.total_paid

        currency_name = self.currency_name

        currency_rate = self.currency_rate

        created = self.created

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        total_refundable_deposit = self.total_refundable_deposit

        supplier_id: int | None | Unset
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        store_id: int | None | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        supplier_store_id: int | None | Unset
        if isinstance(self.supplier_store_id, Unset):
            supplier_store_id = UNSET
        else:
            supplier_store_id = self.supplier_store_id

        reference = self.reference

        payment_reference = self.payment_reference

        internal_number = self.internal_number

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discount_percentage": discount_percentage,
                "tax_calculation": tax_calculation,
                "tax_included": tax_included,
                "tax_rate_1": tax_rate_1,
                "tax_rate_2": tax_rate_2,
                "tax_rate_3": tax_rate_3,
                "discount_total_without_tax": discount_total_without_tax,
                "total_without_tax": total_without_tax,
                "total_tax_1": total_tax_1,
                "total_tax_2": total_tax_2,
                "total_tax_3": total_tax_3,
                "discount_total_with_tax": discount_total_with_tax,
                "total_with_tax": total_with_tax,
                "purchase_id": purchase_id,
                "uri": uri,
                "client_id": client_id,
                "client_name": client_name,
                "complete_date": complete_date,
                "transaction_date": transaction_date,
                "due_date": due_date,
                "paid": paid,
                "total_paid": total_paid,
                "currency_name": currency_name,
                "currency_rate": currency_rate,
                "created": created,
                "rows": rows,
            }
        )
        if total_refundable_deposit is not UNSET:
            field_dict["total_refundable_deposit"] = total_refundable_deposit
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if store_id is not UNSET:
            field_dict["store_id"] = store_id
        if supplier_store_id is not UNSET:
            field_dict["supplier_store_id"] = supplier_store_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if payment_reference is not UNSET:
            field_dict["payment_reference"] = payment_reference
        if internal_number is not UNSET:
            field_dict["internal_number"] = internal_number
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_row import PurchaseRow  # noqa: PLC0415

        d = dict(src_dict)
        discount_percentage = d.pop("discount_percentage")

        tax_calculation = TaxCalculation(d.pop("tax_calculation"))

        tax_included = YesNo(d.pop("tax_included"))

        tax_rate_1 = d.pop("tax_rate_1")

        tax_rate_2 = d.pop("tax_rate_2")

        tax_rate_3 = d.pop("tax_rate_3")

        discount_total_without_tax = d.pop("discount_total_without_tax")

        total_without_tax = d.pop("total_without_tax")

        total_tax_1 = d.pop("total_tax_1")

        total_tax_2 = d.pop("total_tax_2")

        total_tax_3 = d.pop("total_tax_3")

        discount_total_with_tax = d.pop("discount_total_with_tax")

        total_with_tax = d.pop("total_with_tax")

        purchase_id = d.pop("purchase_id")

        uri = d.pop("uri")

        client_id = d.pop("client_id")

        client_name = d.pop("client_name")

        complete_date = datetime.date.fromisoformat(d.pop("complete_date"))

        transaction_date = datetime.date.fromisoformat(d.pop("transaction_date"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        def _parse_paid(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_type_0 = datetime.date.fromisoformat(data)

                return paid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        paid = _parse_paid(d.pop("paid"))

        total_paid = d.pop("total_paid")

        currency_name = d.pop("currency_name")

        currency_rate = d.pop("currency_rate")

        created = d.pop("created")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = PurchaseRow.from_dict(rows_item_data)

            rows.append(rows_item)

        total_refundable_deposit = d.pop("total_refundable_deposit", UNSET)

        def _parse_supplier_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier_id = _parse_supplier_id(d.pop("supplier_id", UNSET))

        def _parse_store_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        store_id = _parse_store_id(d.pop("store_id", UNSET))

        def _parse_supplier_store_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier_store_id = _parse_supplier_store_id(d.pop("supplier_store_id", UNSET))

        reference = d.pop("reference", UNSET)

        payment_reference = d.pop("payment_reference", UNSET)

        internal_number = d.pop("internal_number", UNSET)

        note = d.pop("note", UNSET)

        purchase = cls(
            discount_percentage=discount_percentage,
            tax_calculation=tax_calculation,
            tax_included=tax_included,
            tax_rate_1=tax_rate_1,
            tax_rate_2=tax_rate_2,
            tax_rate_3=tax_rate_3,
            discount_total_without_tax=discount_total_without_tax,
            total_without_tax=total_without_tax,
            total_tax_1=total_tax_1,
            total_tax_2=total_tax_2,
            total_tax_3=total_tax_3,
            discount_total_with_tax=discount_total_with_tax,
            total_with_tax=total_with_tax,
            purchase_id=purchase_id,
            uri=uri,
            client_id=client_id,
            client_name=client_name,
            complete_date=complete_date,
            transaction_date=transaction_date,
            due_date=due_date,
            paid=paid,
            total_paid=total_paid,
            currency_name=currency_name,
            currency_rate=currency_rate,
            created=created,
            rows=rows,
            total_refundable_deposit=total_refundable_deposit,
            supplier_id=supplier_id,
            store_id=store_id,
            supplier_store_id=supplier_store_id,
            reference=reference,
            payment_reference=payment_reference,
            internal_number=internal_number,
            note=note,
        )

        purchase.additional_properties = d
        return purchase

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
