from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.invoice_send_document_type import InvoiceSendDocumentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceSend")


@_attrs_define
class InvoiceSend:
    """An e-mail to send with the invoice. The system sends it, records an `email sent` event with the recipients' delivery
    status and sets the `sent` tag on the invoice.

        Attributes:
            recipients (list[str]): Who gets the e-mail: e-mail addresses, or the words `main_contact` (the client's main
                contact person) and `all_contacts` (every contact person of the client with an e-mail address). A word that
                finds no address is refused with 422. Example: ['main_contact', 'boekhouding@itservices.be'].
            subject (str | Unset): Subject line; default the subject set for invoices in the account settings. Example:
                Invoice 20260012 from Mooi Design.
            message (str | Unset): Text of the e-mail; default the message set in the account settings. Example: Please find
                attached invoice 20260012. Kind regards, Mooi Design.
            document_type (InvoiceSendDocumentType | Unset): What is attached: `pdf` the invoice as PDF, `ubl` the invoice
                as a UBL e-invoice (XML), `both` the two, `reminder` a payment reminder for the open amount as PDF. A reminder
                for an invoice that is already paid (`status` `closed`) is refused with 409. Default:
                InvoiceSendDocumentType.PDF. Example: pdf.
    """

    recipients: list[str]
    subject: str | Unset = UNSET
    message: str | Unset = UNSET
    document_type: InvoiceSendDocumentType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        recipients = self.recipients

        subject = self.subject

        message = self.message

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

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
        if document_type is not UNSET:
            field_dict["document_type"] = document_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipients = cast(list[str], d.pop("recipients"))

        subject = d.pop("subject", UNSET)

        message = d.pop("message", UNSET)

        _document_type = d.pop("document_type", UNSET)
        document_type: InvoiceSendDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = InvoiceSendDocumentType(_document_type)

        invoice_send = cls(
            recipients=recipients,
            subject=subject,
            message=message,
            document_type=document_type,
        )

        return invoice_send
