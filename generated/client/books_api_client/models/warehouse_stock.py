from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.warehouse_stock_line import WarehouseStockLine


T = TypeVar("T", bound="WarehouseStock")


@_attrs_define
class WarehouseStock:
    """The stock remnant of every article in one warehouse at the end of a day.

    Attributes:
        warehouse_id (int): Identifier the system assigns when an object is created; unique within its account and
            domain. Example: 3003.
        date (datetime.date): The day counted. Example: 2026-11-20.
        articles (list[WarehouseStockLine]): One entry per article with stock movements in this warehouse; quantities
            may be negative.
    """

    warehouse_id: int
    date: datetime.date
    articles: list[WarehouseStockLine]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        date = self.date.isoformat()

        articles = []
        for articles_item_data in self.articles:
            articles_item = articles_item_data.to_dict()
            articles.append(articles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "warehouse_id": warehouse_id,
                "date": date,
                "articles": articles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse_stock_line import WarehouseStockLine  # noqa: PLC0415

        d = dict(src_dict)
        warehouse_id = d.pop("warehouse_id")

        date = datetime.date.fromisoformat(d.pop("date"))

        articles = []
        _articles = d.pop("articles")
        for articles_item_data in _articles:
            articles_item = WarehouseStockLine.from_dict(articles_item_data)

            articles.append(articles_item)

        warehouse_stock = cls(
            warehouse_id=warehouse_id,
            date=date,
            articles=articles,
        )

        warehouse_stock.additional_properties = d
        return warehouse_stock

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
