"""Typed failures of the Books API checks: each says which rule, what was found, what to do.

They subclass schemathesis' `Failure`, so the pytest integration, the deduplication and the
reports treat them like the built-in ones. `title` is the kind of violation (one finding per
operation and title), `message` the particulars a reader needs to reproduce and fix it.
"""

from __future__ import annotations

from schemathesis.core.failures import Failure, Severity


class ContractViolation(Failure):
    """A rule of the Books API contract that the schema alone cannot express was broken."""

    code = "BK900"
    kind_title = "Books API contract rule broken"

    def __init__(
        self,
        *,
        operation: str,
        title: str,
        message: str,
        probe_curl: str | None = None,
        severity: Severity = Severity.HIGH,
    ) -> None:
        if probe_curl:
            message = f"{message}\n\nProbe request sent by the check:\n  {probe_curl}"
        super().__init__(operation=operation, title=title, message=message, severity=severity)
        self.probe_curl = probe_curl

    @property
    def _unique_key(self) -> str:
        return self.title


class TotalsMismatch(ContractViolation):
    code = "BK901"
    kind_title = "Totals do not follow the DocumentTotals rules"


class ReadOnlyFieldAccepted(ContractViolation):
    code = "BK902"
    kind_title = "Read-only field accepted"


class LocationMismatch(ContractViolation):
    code = "BK903"
    kind_title = "Location does not point at the created resource"


class PagingInconsistent(ContractViolation):
    code = "BK904"
    kind_title = "List pages are inconsistent"


class ErrorNotInCatalogue(ContractViolation):
    code = "BK905"
    kind_title = "Error body does not match the error catalogue"


class RateLimitHeadersIncoherent(ContractViolation):
    code = "BK906"
    kind_title = "Rate-limit headers missing or incoherent"


class IsolationBreach(ContractViolation):
    code = "BK907"
    kind_title = "Another account can see this account's data"

    def __init__(
        self, *, operation: str, title: str, message: str, probe_curl: str | None = None
    ) -> None:
        super().__init__(
            operation=operation,
            title=title,
            message=message,
            probe_curl=probe_curl,
            severity=Severity.CRITICAL,
        )


class CredentialsNotRejected(ContractViolation):
    code = "BK908"
    kind_title = "Missing or wrong credentials not refused with 401"

    def __init__(
        self, *, operation: str, title: str, message: str, probe_curl: str | None = None
    ) -> None:
        super().__init__(
            operation=operation,
            title=title,
            message=message,
            probe_curl=probe_curl,
            severity=Severity.CRITICAL,
        )


class XmlMappingViolation(ContractViolation):
    code = "BK909"
    kind_title = "XML body does not follow the spec's XML mapping"


class WriteNotStored(ContractViolation):
    code = "BK910"
    kind_title = "A created object does not hold what was sent"


class ReplaceNotReplacing(ContractViolation):
    code = "BK911"
    kind_title = "PUT did not replace the object"


class PatchNotExact(ContractViolation):
    code = "BK912"
    kind_title = "PATCH did not change exactly the fields sent"


class DeleteNotRemoving(ContractViolation):
    code = "BK913"
    kind_title = "DELETE did not remove the object"


class RefusedWriteChanged(ContractViolation):
    code = "BK914"
    kind_title = "A refused write changed the object"


class DanglingReferenceAccepted(ContractViolation):
    code = "BK915"
    kind_title = "A reference that names no object was not refused"


class LockedObjectChanged(ContractViolation):
    code = "BK916"
    kind_title = "A change to a locked object was not refused"


class DefaultNotTaken(ContractViolation):
    code = "BK917"
    kind_title = "A field left out did not take the referenced object's value"


class TransitionNotApplied(ContractViolation):
    code = "BK918"
    kind_title = "An action did not move the status as declared"
