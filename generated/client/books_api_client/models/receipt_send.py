from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceiptSend")


@_attrs_define
class ReceiptSend:
    """Sends the receipt as a PDF attachment by e-mail. The system records an event of type `email sent` with one recipient
    entry per address, tags the receipt `sent`, and answers with that event.

        Attributes:
            recipients (list[str]): Who receives the e-mail. Each entry is an e-mail address, the id of a contact person of
                the customer, or one of the words `myself` (the sending user), `main_contact`, `first_contact` or `all_contacts`
                (contacts of the customer). A word that finds no address is refused with 422. Example:
                ['bart.decouster@hisdomain.com'].
            subject (str | Unset): Subject line; the account's default subject for receipts when not sent. Example: Your
                receipt 00000001.
            message (str | Unset): Text of the e-mail; the account's default text for receipts when not sent. Example:
                Please find your receipt attached..
    """

    recipients: list[str]
    subject: str | Unset = UNSET
    message: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        recipients = self.recipients

        subject = self.subject

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipients = cast(list[str], d.pop("recipients"))

        subject = d.pop("subject", UNSET)

        message = d.pop("message", UNSET)

        receipt_send = cls(
            recipients=recipients,
            subject=subject,
            message=message,
        )

        return receipt_send
