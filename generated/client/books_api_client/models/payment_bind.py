from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentBind")


@_attrs_define
class PaymentBind:
    """The purchase a payment pays. The purchase counts as paid once the payments bound to it add up to its
    `total_with_tax`.

        Attributes:
            purchase_id (int): Identifier the system assigns when an object is created; unique within its account and
                domain. Example: 3003.
    """

    purchase_id: int

    def to_dict(self) -> dict[str, Any]:
        purchase_id = self.purchase_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "purchase_id": purchase_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        purchase_id = d.pop("purchase_id")

        payment_bind = cls(
            purchase_id=purchase_id,
        )

        return payment_bind
