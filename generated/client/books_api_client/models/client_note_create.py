from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.client_note_object_type import ClientNoteObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientNoteCreate")


@_attrs_define
class ClientNoteCreate:
    """A new note, or the full replacement of one (PUT). `object_type` and `object_id` go together, and the schema says it
    (`if`/`then`/`else`): with a document type the id is required (400 with 913 when it is missing, 928 when it is
    null), without one the id is null or left out (400, 928). The document must also belong to `client_id`, which only
    the server can check (422, 924).

        Attributes:
            client_id (int): Identifier the system assigns when an object is created; unique within its account and domain.
                Example: 3003.
            note (str): The text of the note. Example: Payment promised by 30 November; hold the reminder until then..
            object_type (ClientNoteObjectType | Unset): Kind of document a client note is about; the empty string means the
                note is about the client in general. Default: ClientNoteObjectType.VALUE_0. Example: invoice.
            object_id (int | None | Unset): Id of the document the note is about; required when `object_type` is not empty,
                null otherwise (the schema checks both, 400). Example: 3003.
    """

    client_id: int
    note: str
    object_type: ClientNoteObjectType | Unset = UNSET
    object_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        note = self.note

        object_type: str | Unset = UNSET
        if not isinstance(self.object_type, Unset):
            object_type = self.object_type.value

        object_id: int | None | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "note": note,
            }
        )
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if object_id is not UNSET:
            field_dict["object_id"] = object_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        note = d.pop("note")

        _object_type = d.pop("object_type", UNSET)
        object_type: ClientNoteObjectType | Unset
        if isinstance(_object_type, Unset):
            object_type = UNSET
        else:
            object_type = ClientNoteObjectType(_object_type)

        def _parse_object_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        object_id = _parse_object_id(d.pop("object_id", UNSET))

        client_note_create = cls(
            client_id=client_id,
            note=note,
            object_type=object_type,
            object_id=object_id,
        )

        return client_note_create
