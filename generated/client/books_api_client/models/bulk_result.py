from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_result_item import BulkResultItem
    from ..models.warning import Warning_


T = TypeVar("T", bound="BulkResult")


@_attrs_define
class BulkResult:
    """Outcome of a bulk upsert. The request as a whole succeeds (200) even when some objects fail; each object's outcome
    is in `results`, and `warnings` carries 601 when any failed.

        Attributes:
            created (int): Objects created. Example: 1.
            updated (int): Objects updated. Example: 1.
            failed (int): Objects not stored. Example: 0.
            results (list[BulkResultItem]): One entry per object sent, in the same order.
            warnings (list[Warning_]): Notes on the request as a whole.
    """

    created: int
    updated: int
    failed: int
    results: list[BulkResultItem]
    warnings: list[Warning_]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        updated = self.updated

        failed = self.failed

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "updated": updated,
                "failed": failed,
                "results": results,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_result_item import BulkResultItem  # noqa: PLC0415
        from ..models.warning import Warning_  # noqa: PLC0415

        d = dict(src_dict)
        created = d.pop("created")

        updated = d.pop("updated")

        failed = d.pop("failed")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = BulkResultItem.from_dict(results_item_data)

            results.append(results_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = Warning_.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        bulk_result = cls(
            created=created,
            updated=updated,
            failed=failed,
            results=results,
            warnings=warnings,
        )

        bulk_result.additional_properties = d
        return bulk_result

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
