"""Rule (a): totals and VAT agree with the lines (DocumentTotals rules 1-7, LineAmounts)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests import totals, xml_codec
from contract_tests.checks._context import (
    NOT_APPLICABLE,
    PASSED,
    label,
    media_type,
    operation_of,
    spec_of,
)
from contract_tests.checks._failures import TotalsMismatch
from contract_tests.checks._probe import response_json


def _body(response: Response, case: Case[Any]) -> Any:
    content_type = media_type(response.headers.get("content-type", [""])[0])
    if content_type.endswith("xml"):
        operation = operation_of(case)
        spec = spec_of(case)
        schema = (
            None
            if operation is None
            else spec.response_schema(operation, response.status_code, content_type)
        )
        try:
            element = ET.fromstring(response.content)
        except ET.ParseError:
            return None  # xml_matches_mapping reports it
        return xml_codec.decode(spec, schema, element).value if schema is not None else None
    return response_json(response)


@schemathesis.check
def totals_arithmetic(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every body that carries totals computes them from its lines as `DocumentTotals` says.

    Invoices, receipts, offers, orders and purchases are money: a total that is a cent off is a
    wrong invoice, and the schema cannot see it (every total is a valid decimal string). The
    rules are applied with exact decimals, rounding half up at the steps the spec names, on JSON
    and XML bodies alike, and on stand-alone lines (rule 1 and `LineAmounts`).
    """
    if not 200 <= response.status_code < 300:
        return NOT_APPLICABLE
    body = _body(response, case)
    if body is None or not totals.carries_totals(body):
        return NOT_APPLICABLE
    discrepancies = totals.check_body(body)
    if discrepancies:
        listed = "\n".join(f"  - {d}" for d in discrepancies[:10])
        more = f"\n  … and {len(discrepancies) - 10} more" if len(discrepancies) > 10 else ""
        rules = sorted({d.rule for d in discrepancies})
        raise TotalsMismatch(
            operation=label(case),
            title=f"Totals break {', '.join(rules)}",
            message=f"{len(discrepancies)} number(s) do not follow schema DocumentTotals:\n"
            f"{listed}{more}",
        )
    return PASSED
