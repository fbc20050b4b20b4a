"""Response formats in one place: every media type the mock answers in, the `format` name that
asks for it, the Content-Type it is sent with, and the one function that encodes a value in it.

- JSON: the value itself, serialised when the reply is sent (so the self-check sees the value);
- XML: the value laid out by the response schema (`xmlcodec`);
- CSV: the rows of a list, one column per scalar field of the plan (`listing.to_csv`);
- HTML and PDF: the printable copy of an object (`renditions`, laid out by `x-printable`).

The negotiation (`negotiate`), the handlers, the renditions, examples mode and the sending of
the reply (`app`) all read this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mock_runtime import listing, renditions
from mock_runtime.call import Reply
from mock_runtime.validation import Schemas
from mock_runtime.xmlcodec import XmlCodec

JSON, XML, PDF = "application/json", "application/xml", "application/pdf"


@dataclass(frozen=True, slots=True)
class Target:
    """What an encoding may need besides the value: the response schema's pointer (the XML
    element names) and the CSV columns."""

    pointer: str | None = None
    columns: tuple[str, ...] = ()


Encode = Callable[["Encoders", Any, Target], bytes]


@dataclass(frozen=True, slots=True)
class Format:
    name: str  # the `format` query value that asks for it
    content_type: bytes  # the Content-Type header sent with it
    encode: Encode | None  # None: JSON, serialised as the reply is sent
    rows_only: bool = False  # a list answers its entries as a table, without the envelope


def _xml(encoders: Encoders, value: Any, target: Target) -> bytes:
    pointer = target.pointer or ""
    root = pointer.rsplit("/", 1)[-1].lower()
    return encoders.xml.dump(encoders.schemas.resolve(pointer), value, root)


def _csv(encoders: Encoders, value: Any, target: Target) -> bytes:
    return listing.to_csv(value, target.columns)


def _html(encoders: Encoders, value: Any, target: Target) -> bytes:
    return renditions.html(value)


def _pdf(encoders: Encoders, value: Any, target: Target) -> bytes:
    return renditions.pdf(value)


FORMATS: dict[str, Format] = {
    JSON: Format("json", b"application/json", None),
    XML: Format("xml", b"application/xml; charset=utf-8", _xml),
    "text/csv": Format("csv", b"text/csv; charset=utf-8", _csv, rows_only=True),
    "text/html": Format("html", b"text/html; charset=utf-8", _html),
    PDF: Format("pdf", b"application/pdf", _pdf),
}
BY_NAME: dict[str, str] = {f.name: media for media, f in FORMATS.items()}


def content_type(media: str) -> bytes:
    found = FORMATS.get(media)
    return found.content_type if found else media.encode()


def rows_only(media: str | None) -> bool:
    found = FORMATS.get(media or JSON)
    return found is not None and found.rows_only


class Encoders:
    """Encodes replies; built once per mock with its schemas and XML codec."""

    def __init__(self, schemas: Schemas, xml: XmlCodec) -> None:
        self.schemas = schemas
        self.xml = xml

    def reply(
        self, status: int, media: str | None, value: Any, target: Target | None = None
    ) -> Reply:
        """`value` in `media` (JSON when none was chosen); a media type of no format here is
        sent as text."""
        media = media or JSON
        found = FORMATS.get(media)
        if found is None:
            return Reply(status, raw=str(value if value is not None else "").encode(), media=media)
        if found.encode is None:
            return Reply(status, body=value, media=media)
        return Reply(status, raw=found.encode(self, value, target or Target()), media=media)
