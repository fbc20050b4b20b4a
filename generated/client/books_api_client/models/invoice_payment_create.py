from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.invoice_payment_create_remaining_amount import InvoicePaymentCreateRemainingAmount
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentCreate")


@_attrs_define
class InvoicePaymentCreate:
    """A payment to record on an invoice, or the full replacement of one (PUT). Send `amount` or `remaining_amount` =
    `yes`, not both (the schema says it: 400, 928 when broken).

        Attributes:
            date (datetime.date | Unset): Day the payment was received; default today. Example: 2026-11-25.
            amount (str | Unset): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            method (PaymentMethod | Unset): How a payment was made. Written with spaces, as the source system documents
                them. Example: cash.
            description (str | Unset): Free description of the payment. Example: Deposit.
            remaining_amount (InvoicePaymentCreateRemainingAmount | Unset): `yes` records a payment of exactly what is still
                open on the invoice (`total_with_tax` − `total_paid`), instead of sending `amount`; the stored payment then
                carries that amount. Refused with 409 when nothing is open. Example: yes.
    """

    date: datetime.date | Unset = UNSET
    amount: str | Unset = UNSET
    method: PaymentMethod | Unset = UNSET
    description: str | Unset = UNSET
    remaining_amount: InvoicePaymentCreateRemainingAmount | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        amount = self.amount

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        description = self.description

        remaining_amount: str | Unset = UNSET
        if not isinstance(self.remaining_amount, Unset):
            remaining_amount = self.remaining_amount.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if method is not UNSET:
            field_dict["method"] = method
        if description is not UNSET:
            field_dict["description"] = description
        if remaining_amount is not UNSET:
            field_dict["remaining_amount"] = remaining_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        amount = d.pop("amount", UNSET)

        _method = d.pop("method", UNSET)
        method: PaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PaymentMethod(_method)

        description = d.pop("description", UNSET)

        _remaining_amount = d.pop("remaining_amount", UNSET)
        remaining_amount: InvoicePaymentCreateRemainingAmount | Unset
        if isinstance(_remaining_amount, Unset):
            remaining_amount = UNSET
        else:
            remaining_amount = InvoicePaymentCreateRemainingAmount(_remaining_amount)

        invoice_payment_create = cls(
            date=date,
            amount=amount,
            method=method,
            description=description,
            remaining_amount=remaining_amount,
        )

        return invoice_payment_create
