from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceRemarkCreate")


@_attrs_define
class InvoiceRemarkCreate:
    """A new remark on an invoice, or the full replacement of one (PUT). `description` or `description_html` must be sent
    (the schema says it: 400, 928 when broken).

        Attributes:
            date (datetime.date | Unset): Day the remark was written; default today. Example: 2026-11-22.
            description (str | Unset): Text of the remark as plain text. Send `description` or `description_html` (one of
                the two is required). Example: Customer asked to pay the rest in December.
            description_html (str | Unset): Text of the remark as HTML; the alternative to `description`. Example:
                <p>Customer asked to pay the rest in December</p>.
    """

    date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    description_html: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        description = self.description

        description_html = self.description_html

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if description_html is not UNSET:
            field_dict["description_html"] = description_html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        description = d.pop("description", UNSET)

        description_html = d.pop("description_html", UNSET)

        invoice_remark_create = cls(
            date=date,
            description=description,
            description_html=description_html,
        )

        return invoice_remark_create
