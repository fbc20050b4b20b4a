from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeCreate")


@_attrs_define
class EmployeeCreate:
    """A new employee, or the full replacement of one (PUT). Fields not sent take their defaults.

    Attributes:
        first_name (str): Given name. Example: Sofie.
        last_name (str): Family name. Example: Janssens.
        personal_code (None | str | Unset): National identification number (Belgian national register number, Estonian
            isikukood, …); personal data, so leave it null unless payroll or reporting needs it. Example: 90030112312.
        email_address (None | str | Unset): Work e-mail address. Example: sofie.janssens@example.be.
        phone_number (None | str | Unset): Phone number, preferably in international form. Example: +32 470 12 34 56.
        position (None | str | Unset): Job title or role. Example: Shop assistant.
        start_date (datetime.date | None | Unset): First working day; null when not recorded. Example: 2026-03-01.
        end_date (datetime.date | None | Unset): Last working day; null while the employee still works here. Before
            `start_date` is refused with 422.
        active (bool | Unset): Whether the employee can be chosen as the worker on new documents and tasks. Default:
            True. Example: True.
    """

    first_name: str
    last_name: str
    personal_code: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        personal_code: None | str | Unset
        if isinstance(self.personal_code, Unset):
            personal_code = UNSET
        else:
            personal_code = self.personal_code

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if personal_code is not UNSET:
            field_dict["personal_code"] = personal_code
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if position is not UNSET:
            field_dict["position"] = position
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        def _parse_personal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_code = _parse_personal_code(d.pop("personal_code", UNSET))

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("email_address", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        active = d.pop("active", UNSET)

        employee_create = cls(
            first_name=first_name,
            last_name=last_name,
            personal_code=personal_code,
            email_address=email_address,
            phone_number=phone_number,
            position=position,
            start_date=start_date,
            end_date=end_date,
            active=active,
        )

        return employee_create
