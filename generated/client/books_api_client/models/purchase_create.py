from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.tax_calculation import TaxCalculation
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_row_create import PurchaseRowCreate


T = TypeVar("T", bound="PurchaseCreate")


@_attrs_define
class PurchaseCreate:
    """A new purchase, or the full replacement of one (PUT). Totals are computed from `rows`. On PUT, `rows` when sent
    replaces every row; when left out the rows are kept.

        Attributes:
            client_id (int): Identifier the system assigns when an object is created; unique within its account and domain.
                Example: 3003.
            supplier_id (int | None | Unset): Id of the supplier in the system that sends the purchase; kept for matching
                only. Example: 17.
            store_id (int | None | Unset): Id, in the sending system, of the shop that received the goods; kept for matching
                only. Example: 53.
            supplier_store_id (int | None | Unset): Id, in the sending system, of the supplier's branch that delivered; kept
                for matching only. Example: 4.
            reference (str | Unset): The supplier's own number for this invoice. The same reference twice for one supplier
                gives 409. Example: F2026-00841.
            payment_reference (str | Unset): Reference to quote when paying the supplier. Example: +++090/9337/55493+++.
            internal_number (str | Unset): Your own filing number for the purchase. Example: IN-2026-0112.
            complete_date (datetime.date | Unset): Date of the supplier invoice; default today. Example: 2026-11-18.
            transaction_date (datetime.date | Unset): Day the purchase is booked on; default `complete_date`. Example:
                2026-11-18.
            due_date (datetime.date | None | Unset): Last day to pay; default `complete_date` plus the supplier's purchase
                term, null for no term. Example: 2026-12-18.
            note (str | Unset): Free note on the purchase. Example: Delivered to the shop on Langestraat, Antwerp..
            currency_name (str | Unset): ISO 4217 currency code in capitals. Example: EUR.
            currency_rate (str | Unset): Units of `currency_name` per euro; must be above 0. Default 1. Default: '1'.
                Example: 1.
            discount_percentage (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21`
                means 21 %). Default: '0'. Example: 21.
            tax_calculation (TaxCalculation | Unset): `total`: VAT is computed once per rate on the sum of the lines at that
                rate. `item`: VAT is computed per line and summed. The two can differ by rounding cents. With `tax_included` =
                `yes` only `item` is allowed. Example: total.
            tax_included (YesNo | Unset): A flag written as the words `yes` or `no`, as the source documents have it.
                Example: no.
            rows (list[PurchaseRowCreate] | Unset): The lines of the supplier invoice, in printed order.
    """

    client_id: int
    supplier_id: int | None | Unset = UNSET
    store_id: int | None | Unset = UNSET
    supplier_store_id: int | None | Unset = UNSET
    reference: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    internal_number: str | Unset = UNSET
    complete_date: datetime.date | Unset = UNSET
    transaction_date: datetime.date | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    note: str | Unset = UNSET
    currency_name: str | Unset = UNSET
    currency_rate: str | Unset = UNSET
    discount_percentage: str | Unset = UNSET
    tax_calculation: TaxCalculation | Unset = UNSET
    tax_included: YesNo | Unset = UNSET
    rows: list[PurchaseRowCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

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

        complete_date: str | Unset = UNSET
        if not isinstance(self.complete_date, Unset):
            complete_date = self.complete_date.isoformat()

        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        note = self.note

        currency_name = self.currency_name

        currency_rate = self.currency_rate

        discount_percentage = self.discount_percentage

        tax_calculation: str | Unset = UNSET
        if not isinstance(self.tax_calculation, Unset):
            tax_calculation = self.tax_calculation.value

        tax_included: str | Unset = UNSET
        if not isinstance(self.tax_included, Unset):
            tax_included = self.tax_included.value

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
            }
        )
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
        if complete_date is not UNSET:
            field_dict["complete_date"] = complete_date
        if transaction_date is not UNSET:
            field_dict["transaction_date"] = transaction_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if note is not UNSET:
            field_dict["note"] = note
        if currency_name is not UNSET:
            field_dict["currency_name"] = currency_name
        if currency_rate is not UNSET:
            field_dict["currency_rate"] = currency_rate
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if tax_calculation is not UNSET:
            field_dict["tax_calculation"] = tax_calculation
        if tax_included is not UNSET:
            field_dict["tax_included"] = tax_included
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_row_create import PurchaseRowCreate  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id")

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

        _complete_date = d.pop("complete_date", UNSET)
        complete_date: datetime.date | Unset
        if isinstance(_complete_date, Unset):
            complete_date = UNSET
        else:
            complete_date = datetime.date.fromisoformat(_complete_date)

        _transaction_date = d.pop("transaction_date", UNSET)
        transaction_date: datetime.date | Unset
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = datetime.date.fromisoformat(_transaction_date)

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        note = d.pop("note", UNSET)

        currency_name = d.pop("currency_name", UNSET)

        currency_rate = d.pop("currency_rate", UNSET)

        discount_percentage = d.pop("discount_percentage", UNSET)

        _tax_calculation = d.pop("tax_calculation", UNSET)
        tax_calculation: TaxCalculation | Unset
        if isinstance(_tax_calculation, Unset):
            tax_calculation = UNSET
        else:
            tax_calculation = TaxCalculation(_tax_calculation)

        _tax_included = d.pop("tax_included", UNSET)
        tax_included: YesNo | Unset
        if isinstance(_tax_included, Unset):
            tax_included = UNSET
        else:
            tax_included = YesNo(_tax_included)

        _rows = d.pop("rows", UNSET)
        rows: list[PurchaseRowCreate] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = PurchaseRowCreate.from_dict(rows_item_data)

                rows.append(rows_item)

        purchase_create = cls(
            client_id=client_id,
            supplier_id=supplier_id,
            store_id=store_id,
            supplier_store_id=supplier_store_id,
            reference=reference,
            payment_reference=payment_reference,
            internal_number=internal_number,
            complete_date=complete_date,
            transaction_date=transaction_date,
            due_date=due_date,
            note=note,
            currency_name=currency_name,
            currency_rate=currency_rate,
            discount_percentage=discount_percentage,
            tax_calculation=tax_calculation,
            tax_included=tax_included,
            rows=rows,
        )

        return purchase_create
