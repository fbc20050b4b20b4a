from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseCreate")


@_attrs_define
class WarehouseCreate:
    """A new warehouse, or the full replacement of one (PUT).

    Attributes:
        name (str): Name of the warehouse. Example: Main warehouse.
        description (str | Unset): Free description. Example: Shelves A to F, ground floor.
        address (str | Unset): Where the warehouse is. Example: Sõpruse pst 151, Tallinn.
        financial_account_id (int | None | Unset): Id of the general-ledger account stock in this warehouse is booked
            to. An id that is not one of the ledger accounts in `/financial_accounts` is refused with 422 (924). Example:
            12.
        active (bool | Unset): Whether new documents may use this warehouse. Default: True. Example: True.
    """

    name: str
    description: str | Unset = UNSET
    address: str | Unset = UNSET
    financial_account_id: int | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        address = self.address

        financial_account_id: int | None | Unset
        if isinstance(self.financial_account_id, Unset):
            financial_account_id = UNSET
        else:
            financial_account_id = self.financial_account_id

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if address is not UNSET:
            field_dict["address"] = address
        if financial_account_id is not UNSET:
            field_dict["financial_account_id"] = financial_account_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        address = d.pop("address", UNSET)

        def _parse_financial_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        financial_account_id = _parse_financial_account_id(d.pop("financial_account_id", UNSET))

        active = d.pop("active", UNSET)

        warehouse_create = cls(
            name=name,
            description=description,
            address=address,
            financial_account_id=financial_account_id,
            active=active,
        )

        return warehouse_create
