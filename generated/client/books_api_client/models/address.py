from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address as the system stores it; `country` is derived from `country_code`.

    Attributes:
        country_code (str): ISO 3166-1 alpha-2 country code in capitals. Example: BE.
        street (str | Unset): Street and house number. Example: Langestraat 189.
        street2 (str | Unset): Second address line. Example: Bus 3.
        city (str | Unset): City. Example: Antwerp.
        postal_code (str | Unset): Postal code of the city. Example: 2000.
        country (str | Unset): Country name, derived by the system from `country_code`. Example: Belgium.
    """

    country_code: str
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        street = self.street

        street2 = self.street2

        city = self.city

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        street = d.pop("street", UNSET)

        street2 = d.pop("street2", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country = d.pop("country", UNSET)

        address = cls(
            country_code=country_code,
            street=street,
            street2=street2,
            city=city,
            postal_code=postal_code,
            country=country,
        )

        address.additional_properties = d
        return address

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
