from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The body of every 4xx and 5xx response. `error_id` is an entry of the error catalogue (schema `ErrorId`), so a
    program can branch on it without parsing text.

        Attributes:
            error_id (int): Catalogue id of an error (899–929) or warning (601–606). The table in `x-catalogue` is the one
                list of ids: the docs print it, the mock server answers with it and the contract tests check every error body
                against it. An id keeps its meaning from one version to the next. Example: 928.
            status (int): The HTTP status of the response, repeated for callers that only keep the body. Example: 400.
            title (str): Short, fixed title of the catalogue entry. Example: Invalid field.
            detail (str): What was wrong with this particular request, in plain words. Example: items/0/quantity: '2,5' is
                not a decimal string such as '2.5'..
            fields (list[FieldError]): The offending fields or parameters; empty when the error is not about one.
    """

    error_id: int
    status: int
    title: str
    detail: str
    fields: list[FieldError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_id = self.error_id

        status = self.status

        title = self.title

        detail = self.detail

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_id": error_id,
                "status": status,
                "title": title,
                "detail": detail,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        error_id = d.pop("error_id")

        status = d.pop("status")

        title = d.pop("title")

        detail = d.pop("detail")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = FieldError.from_dict(fields_item_data)

            fields.append(fields_item)

        error = cls(
            error_id=error_id,
            status=status,
            title=title,
            detail=detail,
            fields=fields,
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
