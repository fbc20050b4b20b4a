from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The body of every 4xx response.

    Attributes:
        error_id (int): Catalogue id of an error; `x-catalogue` is the list. Example: 910.
        status (int): The HTTP status, repeated. Example: 404.
        title (str): Short title of the catalogue entry. Example: Not found.
        detail (str): What was wrong with this request. Example: No invoice 99 in this account..
    """

    error_id: int
    status: int
    title: str
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_id = self.error_id

        status = self.status

        title = self.title

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_id": error_id,
                "status": status,
                "title": title,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_id = d.pop("error_id")

        status = d.pop("status")

        title = d.pop("title")

        detail = d.pop("detail")

        error = cls(
            error_id=error_id,
            status=status,
            title=title,
            detail=detail,
        )

        error.additional_properties = d
        return error

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
