from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingCreate")


@_attrs_define
class IncomingCreate:
    """A new incoming, or the full replacement of one (PUT). It is bound to an invoice with the bind action, not here.

    Attributes:
        income_account_id (int): Identifier the system assigns when an object is created; unique within its account and
            domain. Example: 3003.
        amount (str): An amount of money as a decimal string with a dot and no thousands separator, in the document's
            currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed totals always
            carry exactly two. Example: 100.00.
        date (datetime.date | Unset): Day the money was received; default today. Example: 2026-12-15.
        description (str | Unset): What the money is for, usually the text of the bank statement line. Example: Invoice
            20260012 IT Services BVBA, balance.
        currency_name (str | Unset): ISO 4217 currency code in capitals. Example: EUR.
        currency_rate (str | Unset): Units of `currency_name` per euro; must be above 0. Default 1. Default: '1'.
            Example: 1.
        client_id (int | None | Unset): The customer who paid; null when unknown. An id that names no client of the
            account is refused with 422 (924). Example: 1001.
        projects (list[str] | Unset): Codes of the cost centres (projects) the money is booked to. Example: ['SHOP-
            ANT'].
    """

    income_account_id: int
    amount: str
    date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET
    currency_name: str | Unset = UNSET
    currency_rate: str | Unset = UNSET
    client_id: int | None | Unset = UNSET
    projects: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        income_account_id = self.income_account_id

        amount = self.amount

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        description = self.description

        currency_name = self.currency_name

        currency_rate = self.currency_rate

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "income_account_id": income_account_id,
                "amount": amount,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if currency_name is not UNSET:
            field_dict["currency_name"] = currency_name
        if currency_rate is not UNSET:
            field_dict["currency_rate"] = currency_rate
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        income_account_id = d.pop("income_account_id")

        amount = d.pop("amount")

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        description = d.pop("description", UNSET)

        currency_name = d.pop("currency_name", UNSET)

        currency_rate = d.pop("currency_rate", UNSET)

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        projects = cast(list[str], d.pop("projects", UNSET))

        incoming_create = cls(
            income_account_id=income_account_id,
            amount=amount,
            date=date,
            description=description,
            currency_name=currency_name,
            currency_rate=currency_rate,
            client_id=client_id,
            projects=projects,
        )

        return incoming_create
