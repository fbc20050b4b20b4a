from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressInput")


@_attrs_define
class AddressInput:
    """A postal address as a client sends it. The country name is derived from `country_code`, so it cannot be sent.

    Attributes:
        country_code (str): ISO 3166-1 alpha-2 country code in capitals. Example: BE.
        street (str | Unset): Street and house number. Example: Langestraat 189.
        street2 (str | Unset): Second address line. Example: Bus 3.
        city (str | Unset): City. Example: Antwerp.
        postal_code (str | Unset): Postal code of the city. Example: 2000.
    """

    country_code: str
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        street = self.street

        street2 = self.street2

        city = self.city

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country_code": country_code,
            }
        )
        if street is not UNSET:
            field_dict["street"] = street
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        street = d.pop("street", UNSET)

        street2 = d.pop("street2", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        address_input = cls(
            country_code=country_code,
            street=street,
            street2=street2,
            city=city,
            postal_code=postal_code,
        )

        return address_input
