from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.purchase_bulk_item import PurchaseBulkItem


T = TypeVar("T", bound="PurchaseBulkRequest")


@_attrs_define
class PurchaseBulkRequest:
    """Up to 200 purchases to create or update in one request. A request with more is refused as a whole with 429 (error
    919) before any purchase is looked at; split it into several requests.

        Attributes:
            purchases (list[PurchaseBulkItem]): The purchases, each created (no `purchase_id`) or updated (with
                `purchase_id`). Results come back in the same order.
    """

    purchases: list[PurchaseBulkItem]

    def to_dict(self) -> dict[str, Any]:
        purchases = []
        for purchases_item_data in self.purchases:
            purchases_item = purchases_item_data.to_dict()
            purchases.append(purchases_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "purchases": purchases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_bulk_item import PurchaseBulkItem  # noqa: PLC0415

        d = dict(src_dict)
        purchases = []
        _purchases = d.pop("purchases")
        for purchases_item_data in _purchases:
            purchases_item = PurchaseBulkItem.from_dict(purchases_item_data)

            purchases.append(purchases_item)

        purchase_bulk_request = cls(
            purchases=purchases,
        )

        return purchase_bulk_request
