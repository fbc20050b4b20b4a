from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientModel")


@_attrs_define
class ClientModel:
    """A customer of the business.

    Attributes:
        client_id (int): Identifier the system assigns when an object is created. Example: 7.
        uri (str): Absolute URL of the object. Example: http://127.0.0.1:4010/api/v1/clients/7.
        name (str): Name of the client. Example: Kask OÜ.
        email (None | str | Unset): Where invoices are sent. Example: info@kask.example.
        vat_payer (bool | Unset): Whether the client is registered for VAT. Example: True.
    """

    client_id: int
    uri: str
    name: str
    email: None | str | Unset = UNSET
    vat_payer: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        uri = self.uri

        name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        vat_payer = self.vat_payer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "uri": uri,
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
        client_id = d.pop("client_id")

        uri = d.pop("uri")

        name = d.pop("name")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        vat_payer = d.pop("vat_payer", UNSET)

        client_model = cls(
            client_id=client_id,
            uri=uri,
            name=name,
            email=email,
            vat_payer=vat_payer,
        )

        client_model.additional_properties = d
        return client_model

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
