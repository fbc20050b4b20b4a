from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """What a client may send to create a client.

    Attributes:
        name (str): Name of the client. Example: Kask OÜ.
        email (None | str | Unset): Where invoices are sent. Example: info@kask.example.
        vat_payer (bool | Unset): Whether the client is registered for VAT. Default: False. Example: True.
    """

    name: str
    email: None | str | Unset = UNSET
    vat_payer: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        vat_payer = self.vat_payer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if vat_payer is not UNSET:
            field_dict["vat_payer"] = vat_payer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        vat_payer = d.pop("vat_payer", UNSET)

        client_create = cls(
            name=name,
            email=email,
            vat_payer=vat_payer,
        )

        return client_create
