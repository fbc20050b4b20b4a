from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UnbindedTaskBind")


@_attrs_define
class UnbindedTaskBind:
    """The sales invoice to add an unbilled task to.

    Attributes:
        invoice_id (int): Identifier the system assigns when an object is created; unique within its account and domain.
            Example: 3003.
    """

    invoice_id: int

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoice_id": invoice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_id = d.pop("invoice_id")

        unbinded_task_bind = cls(
            invoice_id=invoice_id,
        )

        return unbinded_task_bind
