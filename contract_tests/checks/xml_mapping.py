"""Rule (i): XML bodies parse, follow the spec's XML mapping and validate against the schema."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests import xml_codec
from contract_tests.checks._context import (
    NOT_APPLICABLE,
    PASSED,
    label,
    media_type,
    operation_of,
    spec_of,
)
from contract_tests.checks._failures import XmlMappingViolation
from contract_tests.spec import Spec


def _schema_for(spec: Spec, case: Case[Any], status: int, content_type: str) -> Any:
    operation = operation_of(case)
    return None if operation is None else spec.response_schema(operation, status, content_type)


@schemathesis.check
def xml_matches_mapping(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """An XML response is well-formed, named and nested as the XML mapping says, and schema-valid.

    Receipts are served as XML too (openapi.yaml, "Formats"), and a client's XML binding is
    generated from the same schema: the root element from `xml.name`, lists wrapped or not as
    `xml.wrapped` says. schemathesis has no XML reading of its own, so without this check XML
    answers would be checked for nothing but their Content-Type.
    """
    content_type = media_type(response.headers.get("content-type", [""])[0])
    if not content_type.endswith("xml") or not response.content:
        return NOT_APPLICABLE
    spec = spec_of(case)
    try:
        element = ET.fromstring(response.content)
    except ET.ParseError as exc:
        raise XmlMappingViolation(
            operation=label(case),
            title="XML body is not well-formed",
            message=f"The {response.status_code} body declared as {content_type} "
            f"does not parse: {exc}.",
        ) from None
    schema = _schema_for(spec, case, response.status_code, content_type)
    if schema is None:
        return NOT_APPLICABLE
    problems: list[str] = []
    expected_root = xml_codec.root_name(spec, schema)
    if expected_root is not None and element.tag != expected_root:
        problems.append(
            f"the root element is <{element.tag}>, the mapping names it <{expected_root}>"
        )
    decoded = xml_codec.decode(spec, schema, element)
    problems += decoded.problems
    problems += spec.errors(schema, decoded.value)
    if problems:
        raise XmlMappingViolation(
            operation=label(case),
            title="XML body departs from the XML mapping or the schema",
            message="; ".join(problems[:8])
            + (f"; … {len(problems) - 8} more" if len(problems) > 8 else "")
            + ".",
        )
    return PASSED
