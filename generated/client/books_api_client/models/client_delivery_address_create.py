from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientDeliveryAddressCreate")


@_attrs_define
class ClientDeliveryAddressCreate:
    """A new delivery address of a client, or the full replacement of one (PUT). The country name is derived from
    `country_code`.

        Attributes:
            name (str): Short name that tells the client's delivery places apart. Example: Shop Leuven.
            country_code (str): ISO 3166-1 alpha-2 country code in capitals. Example: BE.
            street (str | Unset): Street and house number. Example: Bondgenotenlaan 55.
            street2 (str | Unset): Second address line. Example: Loading dock at the back.
            city (str | Unset): City. Example: Leuven.
            postal_code (str | Unset): Postal code of the city. Example: 3000.
            is_default (bool | Unset): Make this the place proposed first for the client's documents; the flag is cleared on
                the client's other addresses. Default: False. Example: True.
    """

    name: str
    country_code: str
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    is_default: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        country_code = self.country_code

        street = self.street

        street2 = self.street2

        city = self.city

        postal_code = self.postal_code

        is_default = self.is_default

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
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
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        country_code = d.pop("country_code")

        street = d.pop("street", UNSET)

        street2 = d.pop("street2", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        is_default = d.pop("is_default", UNSET)

        client_delivery_address_create = cls(
            name=name,
            country_code=country_code,
            street=street,
            street2=street2,
            city=city,
            postal_code=postal_code,
            is_default=is_default,
        )

        return client_delivery_address_create
