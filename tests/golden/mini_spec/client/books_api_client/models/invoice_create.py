from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_item_create import InvoiceItemCreate


T = TypeVar("T", bound="InvoiceCreate")


@_attrs_define
class InvoiceCreate:
    """What a client may send to create an invoice.

    Attributes:
        client_id (int): Identifier the system assigns when an object is created. Example: 7.
        date (datetime.date | Unset): Invoice date; default today. Example: 2026-11-20.
        items (list[InvoiceItemCreate] | Unset): The lines to create with the invoice.
    """

    client_id: int
    date: datetime.date | Unset = UNSET
    items: list[InvoiceItemCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_item_create import InvoiceItemCreate  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id")

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _items = d.pop("items", UNSET)
        items: list[InvoiceItemCreate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = InvoiceItemCreate.from_dict(items_item_data)

                items.append(items_item)

        invoice_create = cls(
            client_id=client_id,
            date=date,
            items=items,
        )

        return invoice_create
