from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_result_item_outcome import BulkResultItemOutcome

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.warning import Warning_


T = TypeVar("T", bound="BulkResultItem")


@_attrs_define
class BulkResultItem:
    """What happened to one object of a bulk request, in request order.

    Attributes:
        index (int): Position of the object in the request, from 0. Example: 0.
        outcome (BulkResultItemOutcome): `created` for an object sent without id, `updated` for one with an id, `failed`
            when nothing was stored. Example: created.
        id (int | None): Id of the created or updated object; null when it failed. Example: 6001.
        uri (None | str): URL of the created or updated object; null when it failed. Example:
            https://books.example.com/api/v1/purchases/6001.
        error (Error | None): Why the object failed; null when it did not.
        warnings (list[Warning_]): Notes on an object that was stored.
    """

    index: int
    outcome: BulkResultItemOutcome
    id: int | None
    uri: None | str
    error: Error | None
    warnings: list[Warning_]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error import Error  # noqa: PLC0415

        index = self.index

        outcome = self.outcome.value

        id: int | None
        id = self.id

        uri: None | str
        uri = self.uri

        error: dict[str, Any] | None
        if isinstance(self.error, Error):
            error = self.error.to_dict()
        else:
            error = self.error

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "outcome": outcome,
                "id": id,
                "uri": uri,
                "error": error,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error import Error  # noqa: PLC0415
        from ..models.warning import Warning_  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        outcome = BulkResultItemOutcome(d.pop("outcome"))

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        def _parse_uri(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        uri = _parse_uri(d.pop("uri"))

        def _parse_error(data: object) -> Error | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = Error.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Error | None, data)

        error = _parse_error(d.pop("error"))

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = Warning_.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        bulk_result_item = cls(
            index=index,
            outcome=outcome,
            id=id,
            uri=uri,
            error=error,
            warnings=warnings,
        )

        bulk_result_item.additional_properties = d
        return bulk_result_item

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
