"""The Books API's own checks, registered with schemathesis when this package is imported.

One module per rule of the contract that a schema cannot express; each check's docstring says
which rule and why it matters. `python -m contract_tests` turns them on through
`schemathesis.toml` like the built-in ones.
"""

from contract_tests.checks._writes import before_call
from contract_tests.checks.creates import create_keeps_sent_fields
from contract_tests.checks.credentials import credentials_required
from contract_tests.checks.deletes import delete_removes_object
from contract_tests.checks.error_catalogue import error_body_in_catalogue
from contract_tests.checks.isolation import account_isolation
from contract_tests.checks.location import location_points_at_created
from contract_tests.checks.paging import list_paging_consistent
from contract_tests.checks.patches import patch_changes_only_sent_fields
from contract_tests.checks.rate_limits import rate_limit_headers_coherent
from contract_tests.checks.read_only import read_only_fields_refused
from contract_tests.checks.refusals import refused_write_changes_nothing
from contract_tests.checks.replaces import put_replaces_object
from contract_tests.checks.rules import (
    dangling_reference_refused,
    declared_transition_applies,
    default_taken_from_reference,
    locked_status_refuses_changes,
)
from contract_tests.checks.totals import totals_arithmetic
from contract_tests.checks.xml_mapping import xml_matches_mapping

__all__ = [
    "account_isolation",
    "before_call",
    "create_keeps_sent_fields",
    "credentials_required",
    "dangling_reference_refused",
    "declared_transition_applies",
    "default_taken_from_reference",
    "delete_removes_object",
    "error_body_in_catalogue",
    "list_paging_consistent",
    "location_points_at_created",
    "locked_status_refuses_changes",
    "patch_changes_only_sent_fields",
    "put_replaces_object",
    "rate_limit_headers_coherent",
    "read_only_fields_refused",
    "refused_write_changes_nothing",
    "totals_arithmetic",
    "xml_matches_mapping",
]
