from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomValueInput")


@_attrs_define
class CustomValueInput:
    """Sets the value of a custom field, named by its internal name.

    Attributes:
        name (str): Internal name of the custom field. Example: myreference.
        value (str): The value. Example: 123456.
    """

    name: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value")

        custom_value_input = cls(
            name=name,
            value=value,
        )

        return custom_value_input
