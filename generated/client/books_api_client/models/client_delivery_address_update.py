from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientDeliveryAddressUpdate")


@_attrs_define
class ClientDeliveryAddressUpdate:
    """The fields of a delivery address to change; fields not sent keep their value.

    Attributes:
        name (str | Unset): Short name that tells the client's delivery places apart. Example: Warehouse Ghent.
        street (str | Unset): Street and house number. Example: Skaldenstraat 7.
        street2 (str | Unset): Second address line. Example: Gate 4.
        city (str | Unset): City. Example: Ghent.
        postal_code (str | Unset): Postal code of the city. Example: 9042.
        country_code (str | Unset): ISO 3166-1 alpha-2 country code in capitals. Example: BE.
        is_default (bool | Unset): `true` makes this the client's default delivery place and clears the flag on the
            others; `false` leaves the client without a default. Example: False.
    """

    name: str | Unset = UNSET
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    is_default: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        street = self.street

        street2 = self.street2

        city = self.city

        postal_code = self.postal_code

        country_code = self.country_code

        is_default = self.is_default

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if street is not UNSET:
            field_dict["street"] = street
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        street = d.pop("street", UNSET)

        street2 = d.pop("street2", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country_code = d.pop("country_code", UNSET)

        is_default = d.pop("is_default", UNSET)

        client_delivery_address_update = cls(
            name=name,
            street=street,
            street2=street2,
            city=city,
            postal_code=postal_code,
            country_code=country_code,
            is_default=is_default,
        )

        return client_delivery_address_update
