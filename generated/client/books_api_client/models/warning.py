from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Warning_")


@_attrs_define
class Warning_:
    """A note on an object that was processed, with an id from the warning range (601–606) of the catalogue.

    Attributes:
        warning_id (int): Warning id from the catalogue (`ErrorId`). Example: 603.
        title (str): Short, fixed title of the catalogue entry. Example: Object unchanged.
        detail (str): What happened to this object. Example: The update carried the values the object already had..
    """

    warning_id: int
    title: str
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warning_id = self.warning_id

        title = self.title

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "warning_id": warning_id,
                "title": title,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        warning_id = d.pop("warning_id")

        title = d.pop("title")

        detail = d.pop("detail")

        warning = cls(
            warning_id=warning_id,
            title=title,
            detail=detail,
        )

        warning.additional_properties = d
        return warning

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
