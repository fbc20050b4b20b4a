from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceiptRemarkCreate")


@_attrs_define
class ReceiptRemarkCreate:
    """A new remark on a receipt, or the full replacement of one (PUT). Send `description` or `description_html`; a remark
    without either is refused with 400, 928 (the schema says it).

        Attributes:
            date (datetime.date | Unset): Day the remark was written; today when not sent. Example: 2026-11-21.
            description (str | Unset): The note as plain text. Example: Customer already has the goods..
            description_html (str | Unset): The note as HTML, instead of `description`. Example: <p>Customer already has the
                goods.</p>.
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

        receipt_remark_create = cls(
            date=date,
            description=description,
            description_html=description_html,
        )

        return receipt_remark_create
