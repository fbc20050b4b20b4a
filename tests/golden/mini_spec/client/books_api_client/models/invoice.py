from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_item import InvoiceItem


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """A sales invoice.

    Attributes:
        invoice_id (int): Identifier the system assigns when an object is created. Example: 7.
        uri (str): Absolute URL of the object. Example: http://127.0.0.1:4010/api/v1/clients/7.
        number (str): Number printed on the invoice. Example: 2026-0001.
        client_id (int): Identifier the system assigns when an object is created. Example: 7.
        date (datetime.date): Invoice date. Example: 2026-11-20.
        total (str): An amount as a decimal string. Example: 100.00.
        items (list[InvoiceItem]): The lines of the invoice.
        status (InvoiceStatus | Unset): Where the invoice is in its life. Example: draft.
    """

    invoice_id: int
    uri: str
    number: str
    client_id: int
    date: datetime.date
    total: str
    items: list[InvoiceItem]
    status: InvoiceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        uri = self.uri

        number = self.number

        client_id = self.client_id

        date = self.date.isoformat()

        total = self.total

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "uri": uri,
                "number": number,
                "client_id": client_id,
                "date": date,
                "total": total,
                "items": items,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_item import InvoiceItem  # noqa: PLC0415

        d = dict(src_dict)
        invoice_id = d.pop("invoice_id")

        uri = d.pop("uri")

        number = d.pop("number")

        client_id = d.pop("client_id")

        date = datetime.date.fromisoformat(d.pop("date"))

        total = d.pop("total")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = InvoiceItem.from_dict(items_item_data)

            items.append(items_item)

        _status = d.pop("status", UNSET)
        status: InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceStatus(_status)

        invoice = cls(
            invoice_id=invoice_id,
            uri=uri,
            number=number,
            client_id=client_id,
            date=date,
            total=total,
            items=items,
            status=status,
        )

        invoice.additional_properties = d
        return invoice

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
