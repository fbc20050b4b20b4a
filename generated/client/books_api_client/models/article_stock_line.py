from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArticleStockLine")


@_attrs_define
class ArticleStockLine:
    """Quantity of the article in one warehouse.

    Attributes:
        warehouse_id (int): Identifier the system assigns when an object is created; unique within its account and
            domain. Example: 3003.
        quantity (str): Units in stock as a decimal string; negative when more left than came in. Example: 557.
    """

    warehouse_id: int
    quantity: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "warehouse_id": warehouse_id,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        warehouse_id = d.pop("warehouse_id")

        quantity = d.pop("quantity")

        article_stock_line = cls(
            warehouse_id=warehouse_id,
            quantity=quantity,
        )

        article_stock_line.additional_properties = d
        return article_stock_line

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
