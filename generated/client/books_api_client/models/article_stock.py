from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.article_stock_line import ArticleStockLine


T = TypeVar("T", bound="ArticleStock")


@_attrs_define
class ArticleStock:
    """The stock remnant of one article in every warehouse at the end of a day.

    Attributes:
        article_id (int): Identifier the system assigns when an object is created; unique within its account and domain.
            Example: 3003.
        date (datetime.date): The day counted. Example: 2026-11-20.
        warehouses (list[ArticleStockLine]): One entry per warehouse with movements of this article (only the requested
            one when `warehouse_id` is given); empty for articles that are not stock items. Example: [{'warehouse_id': 1,
            'quantity': '557'}, {'warehouse_id': 2, 'quantity': '12'}].
    """

    article_id: int
    date: datetime.date
    warehouses: list[ArticleStockLine]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        date = self.date.isoformat()

        warehouses = []
        for warehouses_item_data in self.warehouses:
            warehouses_item = warehouses_item_data.to_dict()
            warehouses.append(warehouses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "date": date,
                "warehouses": warehouses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_stock_line import ArticleStockLine  # noqa: PLC0415

        d = dict(src_dict)
        article_id = d.pop("article_id")

        date = datetime.date.fromisoformat(d.pop("date"))

        warehouses = []
        _warehouses = d.pop("warehouses")
        for warehouses_item_data in _warehouses:
            warehouses_item = ArticleStockLine.from_dict(warehouses_item_data)

            warehouses.append(warehouses_item)

        article_stock = cls(
            article_id=article_id,
            date=date,
            warehouses=warehouses,
        )

        article_stock.additional_properties = d
        return article_stock

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
