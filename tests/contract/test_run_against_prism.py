"""Prism's failures are sorted into its known gaps; what no gap explains stays visible."""

from __future__ import annotations

from contract_tests.results import FailureRecord, Results
from contract_tests.run_against_prism import classify, gap_report


def record(check: str, status: int, title: str = "t", message: str = "m") -> FailureRecord:
    return FailureRecord("GET /x", check, "rule", title, message, "curl", status, "coverage")


def test_failures_go_to_the_first_gap_that_explains_them() -> None:
    results = Results()
    for failure in (
        record("credentials_required", 200),
        record("error_body_in_catalogue", 422),
        record("location_points_at_created", 201),
        record("xml_matches_mapping", 200, message="the root element is <xml>"),
        record("response_schema_conformance", 200, message="'name' is a required property"),
    ):
        results.record_failure(failure)
    explained, unexplained = classify(results)
    assert [r.check for r in explained["any API key accepted"]] == ["credentials_required"]
    assert [r.check for r in explained["own error answers"]] == ["error_body_in_catalogue"]
    assert [r.check for r in explained["static examples, no state"]] == [
        "location_points_at_created"
    ]
    assert [r.check for r in explained["no XML mapping"]] == ["xml_matches_mapping"]
    assert [r.check for r in unexplained] == ["response_schema_conformance"]
    report = gap_report(results, crashes=2)
    assert "crashed 2 time(s)" in report and "Not explained by a known gap: 1" in report
