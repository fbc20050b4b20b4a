from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnbindedTaskUpdate")


@_attrs_define
class UnbindedTaskUpdate:
    """The fields of an unbilled task to change; fields not sent keep their value. A task already bound to an invoice
    cannot be changed (409).

        Attributes:
            client_id (int | Unset): Identifier the system assigns when an object is created; unique within its account and
                domain. Example: 3003.
            warehouse_id (int | None | Unset): Warehouse the goods leave from, for stock articles; null otherwise. An id
                that names no warehouse of the account is refused with 422 (924).
            article_id (int | None | Unset): The article delivered or the service done; null for a free-text line. An id
                that names no article of the account is refused with 422 (924). Example: 2005.
            code (str | Unset): Code of the article; copied from the article when `article_id` is set. Example: SRV-INSTALL.
            name (str | Unset): Title of the line; defaults to the article's name. Example: Installation at the customer,
                per hour.
            description (str | Unset): Longer text printed under the title. Example: Set-up of six workstations,
                Olifantstraat office.
            unit (str | Unset): Unit of `quantity`. Example: h.
            quantity (str | Unset): A quantity as a decimal string, at most 999999.99, with up to two decimals. Example: 2.
            amount (str | Unset): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            tax_rate (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21
                %). Example: 21.
            vat_type_id (int | None | Unset): The VAT class of the line; defaults to the article's sales VAT type. An id
                that names no VAT type of the account is refused with 422 (924). Example: 1.
            discount_percentage (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21`
                means 21 %). Example: 21.
            date_of_doing (datetime.date | Unset): Day the work was (or is to be) done; default the day the task is created.
                Example: 2026-11-19.
            worker (str | Unset): Name of the person who did the work. Example: Pieter De Smet.
    """

    client_id: int | Unset = UNSET
    warehouse_id: int | None | Unset = UNSET
    article_id: int | None | Unset = UNSET
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    unit: str | Unset = UNSET
    quantity: str | Unset = UNSET
    amount: str | Unset = UNSET
    tax_rate: str | Unset = UNSET
    vat_type_id: int | None | Unset = UNSET
    discount_percentage: str | Unset = UNSET
    date_of_doing: datetime.date | Unset = UNSET
    worker: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        warehouse_id: int | None | Unset
        if isinstance(self.warehouse_id, Unset):
            warehouse_id = UNSET
        else:
            warehouse_id = self.warehouse_id

        article_id: int | None | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

        code = self.code

        name = self.name

        description = self.description

        unit = self.unit

        quantity = self.quantity

        amount = self.amount

        tax_rate = self.tax_rate

        vat_type_id: int | None | Unset
        if isinstance(self.vat_type_id, Unset):
            vat_type_id = UNSET
        else:
            vat_type_id = self.vat_type_id

        discount_percentage = self.discount_percentage

        date_of_doing: str | Unset = UNSET
        if not isinstance(self.date_of_doing, Unset):
            date_of_doing = self.date_of_doing.isoformat()

        worker = self.worker

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if unit is not UNSET:
            field_dict["unit"] = unit
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if vat_type_id is not UNSET:
            field_dict["vat_type_id"] = vat_type_id
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if date_of_doing is not UNSET:
            field_dict["date_of_doing"] = date_of_doing
        if worker is not UNSET:
            field_dict["worker"] = worker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        def _parse_warehouse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        warehouse_id = _parse_warehouse_id(d.pop("warehouse_id", UNSET))

        def _parse_article_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        article_id = _parse_article_id(d.pop("article_id", UNSET))

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        unit = d.pop("unit", UNSET)

        quantity = d.pop("quantity", UNSET)

        amount = d.pop("amount", UNSET)

        tax_rate = d.pop("tax_rate", UNSET)

        def _parse_vat_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vat_type_id = _parse_vat_type_id(d.pop("vat_type_id", UNSET))

        discount_percentage = d.pop("discount_percentage", UNSET)

        _date_of_doing = d.pop("date_of_doing", UNSET)
        date_of_doing: datetime.date | Unset
        if isinstance(_date_of_doing, Unset):
            date_of_doing = UNSET
        else:
            date_of_doing = datetime.date.fromisoformat(_date_of_doing)

        worker = d.pop("worker", UNSET)

        unbinded_task_update = cls(
            client_id=client_id,
            warehouse_id=warehouse_id,
            article_id=article_id,
            code=code,
            name=name,
            description=description,
            unit=unit,
            quantity=quantity,
            amount=amount,
            tax_rate=tax_rate,
            vat_type_id=vat_type_id,
            discount_percentage=discount_percentage,
            date_of_doing=date_of_doing,
            worker=worker,
        )

        return unbinded_task_update
