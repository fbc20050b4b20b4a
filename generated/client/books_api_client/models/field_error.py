from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_error_location import FieldErrorLocation

T = TypeVar("T", bound="FieldError")


@_attrs_define
class FieldError:
    """One field or parameter that made a request fail.

    Attributes:
        name (str): Parameter name, or the path of the field in the body with `/` between levels. Example:
            items/0/quantity.
        location (FieldErrorLocation): Where the field was sent. Example: body.
        message (str): What is wrong with it. Example: does not match '^[0-9]{1,6}(\\.[0-9]{1,2})?$'.
    """

    name: str
    location: FieldErrorLocation
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location = self.location.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "location": location,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        location = FieldErrorLocation(d.pop("location"))

        message = d.pop("message")

        field_error = cls(
            name=name,
            location=location,
            message=message,
        )

        field_error.additional_properties = d
        return field_error

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
