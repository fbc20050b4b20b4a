"""Results survive a round trip and the summaries show rule, finding and curl for each one."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from contract_tests.report import junit_xml, markdown_report, text_summary
from contract_tests.results import FailureRecord, Results


def results() -> Results:
    found = Results(meta={"base_url": "http://h/api/v1", "target": "test", "duration": 75.0})
    for status in (200, 200, 404):
        found.record_response("GET /invoices/{invoice_id}", status)
        found.record_pass("GET /invoices/{invoice_id}", "not_a_server_error")
    found.record_response("DELETE /invoices/{invoice_id}", 404)
    found.record_failure(
        FailureRecord(
            operation="GET /invoices/{invoice_id}",
            check="totals_arithmetic",
            rule="Every body that carries totals computes them from its lines.",
            title="Totals break rule 5",
            message="rule 5: total_tax_1 is 42.00, expected 39.90",
            curl='curl -X GET http://h/api/v1/invoices/3003 -H "X-API-Key: $API_KEY"',
            status=200,
            phase="examples",
        )
    )
    found.skipped.append("test_second_key: API_KEY_2 is not set")
    return found


def test_a_round_trip_keeps_everything(tmp_path: Path) -> None:
    original = results()
    original.save(tmp_path / "r.json")
    assert Results.load(tmp_path / "r.json").to_json() == original.to_json()


def test_the_summary_reads_top_down() -> None:
    text = text_summary(results())
    assert "FAILED: 1 distinct violation(s)" in text
    assert "2xx 2 4xx 1" in text
    assert "rule 5: total_tax_1 is 42.00, expected 39.90" in text
    assert 'request: curl -X GET http://h/api/v1/invoices/3003 -H "X-API-Key: $API_KEY"' in text
    assert "Never answered 2xx" in text and "DELETE /invoices/{invoice_id}" in text
    assert "1m15s" in text


def test_the_markdown_report_has_a_section_per_violation() -> None:
    report = markdown_report(results())
    assert "### GET /invoices/{invoice_id} — `totals_arithmetic`: Totals break rule 5" in report
    assert "```sh\ncurl -X GET" in report


def test_junit_has_a_case_per_operation_and_check() -> None:
    root = ET.fromstring(junit_xml(results()))
    cases = root.findall(".//testcase")
    names = {(case.get("classname"), case.get("name")) for case in cases}
    assert ("GET /invoices/{invoice_id}", "totals_arithmetic") in names
    failure = root.find(".//testcase[@name='totals_arithmetic']/failure")
    assert failure is not None and "curl -X GET" in (failure.text or "")
    assert root.find(".//skipped") is not None


def test_a_clean_run_is_ok() -> None:
    clean = Results()
    clean.record_response("GET /x", 200)
    clean.record_pass("GET /x", "not_a_server_error")
    assert clean.ok and "PASSED" in text_summary(clean)
