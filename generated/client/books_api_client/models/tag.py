from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_name import TagName
from ..models.tag_tag_id import TagTagId

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A mark the system sets when something happened to a document: printed (3), sent (6), handed to the accountant (9).
    Tags are read-only and only exist inside their document.

        Attributes:
            tag_id (TagTagId): Tag id; 3 printed, 6 sent, 9 accountant. Example: 3.
            name (TagName): Tag name. Example: printed.
    """

    tag_id: TagTagId
    name: TagName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id.value

        name = self.name.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag_id": tag_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag_id = TagTagId(d.pop("tag_id"))

        name = TagName(d.pop("name"))

        tag = cls(
            tag_id=tag_id,
            name=name,
        )

        tag.additional_properties = d
        return tag

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
