from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.purchase_order_create_status import PurchaseOrderCreateStatus
from ..models.tax_calculation import TaxCalculation
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_row_create import PurchaseOrderRowCreate


T = TypeVar("T", bound="PurchaseOrderCreate")


@_attrs_define
class PurchaseOrderCreate:
    """A new purchase order, or the full replacement of one (PUT, rows included). Totals are computed from `rows`.

    Attributes:
        client_id (int): Identifier the system assigns when an object is created; unique within its account and domain.
            Example: 3003.
        number (str | Unset): Order number, unique within the account (409 when taken); default the next number.
            Example: PO-2026-0018.
        date (datetime.date | Unset): Day the order was placed; default today. Example: 2026-11-20.
        delivery_date (datetime.date | None | Unset): Day the supplier promised to deliver; null when not agreed.
            Example: 2026-11-27.
        status (PurchaseOrderCreateStatus | Unset): New orders are `open` by default. `received` and `cancelled` orders
            can no longer be changed (409). Default: PurchaseOrderCreateStatus.OPEN. Example: open.
        note (str | Unset): Free note on the order, printed for the supplier. Example: Confirm the delivery day by
            phone..
        discount_percentage (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21`
            means 21 %). Default: '0'. Example: 21.
        tax_calculation (TaxCalculation | Unset): `total`: VAT is computed once per rate on the sum of the lines at that
            rate. `item`: VAT is computed per line and summed. The two can differ by rounding cents. With `tax_included` =
            `yes` only `item` is allowed. Example: total.
        tax_included (YesNo | Unset): A flag written as the words `yes` or `no`, as the source documents have it.
            Example: no.
        rows (list[PurchaseOrderRowCreate] | Unset): The lines of the order, in printed order.
    """

    client_id: int
    number: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    delivery_date: datetime.date | None | Unset = UNSET
    status: PurchaseOrderCreateStatus | Unset = UNSET
    note: str | Unset = UNSET
    discount_percentage: str | Unset = UNSET
    tax_calculation: TaxCalculation | Unset = UNSET
    tax_included: YesNo | Unset = UNSET
    rows: list[PurchaseOrderRowCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        number = self.number

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.date):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        note = self.note

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
        if number is not UNSET:
            field_dict["number"] = number
        if date is not UNSET:
            field_dict["date"] = date
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note
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
        from ..models.purchase_order_row_create import PurchaseOrderRowCreate  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id")

        number = d.pop("number", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        def _parse_delivery_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_date_type_0 = datetime.date.fromisoformat(data)

                return delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("delivery_date", UNSET))

        _status = d.pop("status", UNSET)
        status: PurchaseOrderCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PurchaseOrderCreateStatus(_status)

        note = d.pop("note", UNSET)

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
        rows: list[PurchaseOrderRowCreate] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = PurchaseOrderRowCreate.from_dict(rows_item_data)

                rows.append(rows_item)

        purchase_order_create = cls(
            client_id=client_id,
            number=number,
            date=date,
            delivery_date=delivery_date,
            status=status,
            note=note,
            discount_percentage=discount_percentage,
            tax_calculation=tax_calculation,
            tax_included=tax_included,
            rows=rows,
        )

        return purchase_order_create
