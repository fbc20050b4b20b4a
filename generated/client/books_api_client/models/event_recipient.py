from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_recipient_status import EventRecipientStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRecipient")


@_attrs_define
class EventRecipient:
    """One addressee of an event (an e-mail), with its delivery status. Exists only inside its event.

    Attributes:
        name (str): First and last name of the recipient. Example: Bart Decouster.
        email_address (str): E-mail address of the recipient, as the send request named it or as the contact person has
            it. The same pattern as an address in `recipients` of the send requests, so every address a send takes can be
            recorded (internationalised ones such as `jürgen@müller.de` included, which `format: email` would refuse).
            Example: bart.decouster@hisdomain.com.
        status (EventRecipientStatus): Whether the message reached the recipient. Example: sending.
        external_event_recipient_id (str | Unset): Reference of this delivery at the mail service. Example:
            17ad5dfc-b03e-4fd3-b66b-05b264cfa0c6.
        information (str | Unset): More about the status; the error message when `status` is `failed`. Example: -.
    """

    name: str
    email_address: str
    status: EventRecipientStatus
    external_event_recipient_id: str | Unset = UNSET
    information: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email_address = self.email_address

        status = self.status.value

        external_event_recipient_id = self.external_event_recipient_id

        information = self.information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email_address": email_address,
                "status": status,
            }
        )
        if external_event_recipient_id is not UNSET:
            field_dict["external_event_recipient_id"] = external_event_recipient_id
        if information is not UNSET:
            field_dict["information"] = information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        email_address = d.pop("email_address")

        status = EventRecipientStatus(d.pop("status"))

        external_event_recipient_id = d.pop("external_event_recipient_id", UNSET)

        information = d.pop("information", UNSET)

        event_recipient = cls(
            name=name,
            email_address=email_address,
            status=status,
            external_event_recipient_id=external_event_recipient_id,
            information=information,
        )

        event_recipient.additional_properties = d
        return event_recipient

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
