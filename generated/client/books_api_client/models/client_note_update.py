from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientNoteUpdate")


@_attrs_define
class ClientNoteUpdate:
    """The new text of a note. Only the text can be changed this way; to move a note to another client or document, replace
    it with PUT.

        Attributes:
            note (str | Unset): The text of the note. Example: Paid on 28 November; no reminder needed..
    """

    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note", UNSET)

        client_note_update = cls(
            note=note,
        )

        return client_note_update
