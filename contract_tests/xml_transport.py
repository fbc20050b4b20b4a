"""Teach schemathesis to write and read XML bodies the way the spec's XML mapping says.

schemathesis' own XML writer ignores `xml.name` on array items behind `allOf` and writes a null
as the text `null`, so a mapping-conformant server would refuse its schema-valid XML requests
(false positive_data_acceptance failures); and it has no XML reader, so XML responses would be
checked for their Content-Type only. Both go through `xml_codec` instead.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import schemathesis
from schemathesis import Case, DeserializationContext, HookContext, Response
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.transport import SerializationContext

from contract_tests import xml_codec
from contract_tests.spec import spec_for

XML_MEDIA_TYPES = ("application/xml", "text/xml")


def _media_type(value: str | None) -> str:
    return (value or "").split(";")[0].strip().lower()


def serialize_xml(ctx: SerializationContext, value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    operation = ctx.case.operation
    spec = spec_for(operation.schema.raw_schema)
    found = spec.operation(operation.method, operation.path)
    media_type = _media_type(ctx.case.media_type) or "application/xml"
    schema = spec.request_schema(found, media_type) if found is not None else None
    return xml_codec.to_bytes(xml_codec.encode(spec, schema or {}, value))


# `schemathesis.serializer` returns nothing, so the function is registered, not decorated.
schemathesis.serializer(*XML_MEDIA_TYPES)(serialize_xml)


@schemathesis.hook
def filter_failure(
    context: HookContext, failure: Failure, case: Case[Any], response: Response
) -> bool:
    """Keep "invalid data accepted" for an XML body only if the XML that was sent is invalid.

    XML cannot carry every type mutation of negative testing: an object or null where a list
    belongs is written as the same empty `<remarks/>` as an empty list, and `123` where a
    string belongs reads back as the string "123". When the body on the wire decodes, by the
    mapping, to a schema-valid value, the server was right to accept it.
    """
    if not isinstance(failure, AcceptedNegativeData):
        return True
    header = response.request.headers.get("Content-Type")
    media_type = _media_type(header.decode() if isinstance(header, bytes) else header)
    raw = response.request.body
    if media_type not in XML_MEDIA_TYPES or not isinstance(raw, (bytes, str)) or not raw:
        return True
    spec = spec_for(case.operation.schema.raw_schema)
    operation = spec.operation(case.operation.method, case.operation.path)
    schema = None if operation is None else spec.request_schema(operation, media_type)
    try:
        element = ET.fromstring(raw)
    except ET.ParseError:
        return True  # malformed XML accepted is the server's fault
    if schema is None:
        return True
    decoded = xml_codec.decode(spec, schema, element)
    return bool(decoded.problems or spec.errors(schema, decoded.value))


@schemathesis.deserializer(*XML_MEDIA_TYPES)
def deserialize_xml(ctx: DeserializationContext, response: Response) -> Any:
    spec = spec_for(ctx.operation.schema.raw_schema)
    operation = spec.operation(ctx.operation.method, ctx.operation.path)
    content_type = _media_type(response.headers.get("content-type", [""])[0])
    schema = (
        None
        if operation is None
        else spec.response_schema(operation, response.status_code, content_type)
    )
    element = ET.fromstring(response.content)
    if schema is None:
        return None
    return xml_codec.decode(spec, schema, element).value
