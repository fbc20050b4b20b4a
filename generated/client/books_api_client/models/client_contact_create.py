from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientContactCreate")


@_attrs_define
class ClientContactCreate:
    """A new contact person of a client, or the full replacement of one (PUT).

    Attributes:
        name (str): First and last name of the person. Example: Els Peeters.
        email_address (None | str | Unset): E-mail address of the person; needed to send documents to them. Example:
            els.peeters@itservices.example.be.
        phone_number (str | Unset): Telephone number of the person, preferably in international form. Example: +32 3 234
            56 80.
        function (str | Unset): Role of the person at the client. Example: Purchasing.
        is_main (bool | Unset): Make this person the client's main contact; the flag is cleared on the client's other
            contacts. The first contact of a client becomes main whatever is sent. Default: False. Example: False.
    """

    name: str
    email_address: None | str | Unset = UNSET
    phone_number: str | Unset = UNSET
    function: str | Unset = UNSET
    is_main: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        phone_number = self.phone_number

        function = self.function

        is_main = self.is_main

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if function is not UNSET:
            field_dict["function"] = function
        if is_main is not UNSET:
            field_dict["is_main"] = is_main

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("email_address", UNSET))

        phone_number = d.pop("phone_number", UNSET)

        function = d.pop("function", UNSET)

        is_main = d.pop("is_main", UNSET)

        client_contact_create = cls(
            name=name,
            email_address=email_address,
            phone_number=phone_number,
            function=function,
            is_main=is_main,
        )

        return client_contact_create
