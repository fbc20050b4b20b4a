from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingBind")


@_attrs_define
class IncomingBind:
    """The sales invoice an incoming pays. The invoice counts as paid once the incomings bound to it add up to its
    `total_with_tax`.

        Attributes:
            invoice_id (int): Identifier the system assigns when an object is created; unique within its account and domain.
                Example: 3003.
            full_cover (bool | Unset): `true` when this incoming is meant to settle everything still open on the invoice: if
                its amount is less than what is open, nothing is bound and the answer is 422 (924). `false` accepts a part
                payment. Default: False. Example: True.
    """

    invoice_id: int
    full_cover: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        full_cover = self.full_cover

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoice_id": invoice_id,
            }
        )
        if full_cover is not UNSET:
            field_dict["full_cover"] = full_cover

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id")

        full_cover = d.pop("full_cover", UNSET)

        incoming_bind = cls(
            invoice_id=invoice_id,
            full_cover=full_cover,
        )

        return incoming_bind
