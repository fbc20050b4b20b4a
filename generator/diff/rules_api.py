"""Rules on the shape of each operation: the operation itself, its parameters, bodies,
responses, media types and security requirements. One small function per kind of change.

A client is broken when something it calls, sends or reads disappears or becomes stricter;
whatever only adds possibilities is information for the changelog.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.diff.pairs import BodyPair, MediaPair, OperationPair, ParameterPair
from generator.diff.registry import BREAKING, INFO, WARN, Finding, found, rule, short
from generator.diff.views import mapping


@rule("operation.removed", BREAKING, "operation")
def operation_removed(pair: OperationPair) -> Iterator[Finding]:
    """An operation was removed: every client that calls it fails."""
    if pair.old is not None and pair.new is None:
        yield found("operation.removed", pair.label, "operation removed", pair.path)


@rule("operation.added", INFO, "operation")
def operation_added(pair: OperationPair) -> Iterator[Finding]:
    """A new operation: nothing existing changes."""
    if pair.old is None and pair.new is not None:
        yield found("operation.added", pair.label, "operation added", pair.path)


@rule("operation.id.renamed", BREAKING, "operation")
def operation_id_renamed(pair: OperationPair) -> Iterator[Finding]:
    """The operationId changed: it is the method name in every generated client."""
    if pair.old and pair.new and pair.old.operation_id != pair.new.operation_id:
        message = f"operationId {pair.old.operation_id} renamed to {pair.new.operation_id}"
        yield found("operation.id.renamed", pair.label, message, (*pair.path, "operationId"))


@rule("operation.deprecated", WARN, "operation")
def operation_deprecated(pair: OperationPair) -> Iterator[Finding]:
    """An operation became deprecated: its clients should plan to move."""
    if (
        pair.old
        and pair.new
        and pair.new.raw.get("deprecated")
        and not pair.old.raw.get("deprecated")
    ):
        yield found("operation.deprecated", pair.label, "now deprecated", pair.path)


@rule("path.parameter.renamed", BREAKING, "operation")
def path_parameter_renamed(pair: OperationPair) -> Iterator[Finding]:
    """A path parameter was renamed: clients pass path parameters by name."""
    if pair.old and pair.new and pair.old.url != pair.new.url:
        message = f"path {pair.old.url} is now {pair.new.url}"
        yield found("path.parameter.renamed", pair.label, message, pair.path)


@rule("security.requirement.changed", BREAKING, "operation")
def security_requirement_changed(pair: OperationPair) -> Iterator[Finding]:
    """A way to authenticate that this operation accepted is no longer accepted."""
    if pair.old is None or pair.new is None:
        return
    old, new = pair.old.security or frozenset(), pair.new.security or frozenset()
    if _accepts_anyone(new) or old == new or (old and old <= new):
        return
    gone = sorted(_alternative(alt) for alt in old - new) if old else ["anonymous calls"]
    message = f"no longer accepts {', '.join(gone)}"
    yield found("security.requirement.changed", pair.label, message, pair.path)


@rule("security.requirement.added", INFO, "operation")
def security_requirement_added(pair: OperationPair) -> Iterator[Finding]:
    """An operation accepts one more way to authenticate, or no longer needs any."""
    if pair.old is None or pair.new is None:
        return
    old, new = pair.old.security or frozenset(), pair.new.security or frozenset()
    if _accepts_anyone(new) and not _accepts_anyone(old):
        message = "no longer requires authentication"
    elif old and old < new:
        message = f"also accepts {', '.join(sorted(_alternative(alt) for alt in new - old))}"
    else:
        return
    yield found("security.requirement.added", pair.label, message, pair.path)


def _accepts_anyone(alternatives: frozenset[frozenset[str]]) -> bool:
    return not alternatives or frozenset() in alternatives


def _alternative(schemes: frozenset[str]) -> str:
    return " + ".join(sorted(schemes)) or "anonymous calls"


@rule("parameter.removed", BREAKING, "parameter")
def parameter_removed(pair: ParameterPair) -> Iterator[Finding]:
    """A parameter was removed: clients that send it are refused or silently ignored."""
    if pair.old is not None and pair.new is None:
        yield found("parameter.removed", pair.label, "parameter removed", pair.path)


@rule("parameter.added.required", BREAKING, "parameter")
def parameter_added_required(pair: ParameterPair) -> Iterator[Finding]:
    """A new required parameter: existing calls lack it."""
    if pair.old is None and pair.new is not None and pair.new.required:
        yield found("parameter.added.required", pair.label, "required parameter added", pair.path)


@rule("parameter.added", INFO, "parameter")
def parameter_added(pair: ParameterPair) -> Iterator[Finding]:
    """A new optional parameter."""
    if pair.old is None and pair.new is not None and not pair.new.required:
        yield found("parameter.added", pair.label, "optional parameter added", pair.path)


@rule("parameter.made_required", BREAKING, "parameter")
def parameter_made_required(pair: ParameterPair) -> Iterator[Finding]:
    """An optional parameter became required: calls without it fail."""
    if pair.old and pair.new and pair.new.required and not pair.old.required:
        yield found("parameter.made_required", pair.label, "now required", pair.path)


@rule("parameter.made_optional", INFO, "parameter")
def parameter_made_optional(pair: ParameterPair) -> Iterator[Finding]:
    """A required parameter became optional."""
    if pair.old and pair.new and pair.old.required and not pair.new.required:
        yield found("parameter.made_optional", pair.label, "now optional", pair.path)


@rule("parameter.style.changed", BREAKING, "parameter")
def parameter_style_changed(pair: ParameterPair) -> Iterator[Finding]:
    """The serialisation (style, explode) of a parameter changed: the same call means another
    value on the wire."""
    if pair.old is None or pair.new is None:
        return
    for key in ("style", "explode", "allowReserved"):
        before, after = pair.old.raw.get(key), pair.new.raw.get(key)
        if before != after:
            message = f"{key} {short(before)} -> {short(after)}"
            yield found("parameter.style.changed", pair.label, message, pair.path)


@rule("request_body.added.required", BREAKING, "request_body")
def request_body_added_required(pair: BodyPair) -> Iterator[Finding]:
    """A required request body appeared (or an optional one became required)."""
    old_required = pair.old is not None and bool(mapping(pair.old[0]).get("required"))
    if pair.new is not None and mapping(pair.new[0]).get("required") and not old_required:
        yield found("request_body.added.required", pair.label, "body now required", pair.path)


@rule("request_body.added", INFO, "request_body")
def request_body_added(pair: BodyPair) -> Iterator[Finding]:
    """An optional request body appeared."""
    if pair.old is None and pair.new is not None and not mapping(pair.new[0]).get("required"):
        yield found("request_body.added", pair.label, "optional body added", pair.path)


@rule("request_body.removed", BREAKING, "request_body")
def request_body_removed(pair: BodyPair) -> Iterator[Finding]:
    """The request body was removed: what clients send is now refused or ignored."""
    if pair.old is not None and pair.new is None:
        yield found("request_body.removed", pair.label, "request body removed", pair.path)


@rule("response.status.removed", BREAKING, "response")
def response_status_removed(pair: BodyPair) -> Iterator[Finding]:
    """A response status was removed: clients handle a status that no longer comes, and the
    server now answers that case with something they do not expect."""
    if pair.old is not None and pair.new is None:
        yield found("response.status.removed", pair.label, "status removed", pair.path)


@rule("response.status.added", INFO, "response")
def response_status_added(pair: BodyPair) -> Iterator[Finding]:
    """A new response status is documented."""
    if pair.old is None and pair.new is not None:
        yield found("response.status.added", pair.label, "status added", pair.path)


@rule("response.header.removed", BREAKING, "response")
def response_header_removed(pair: BodyPair) -> Iterator[Finding]:
    """A response header was removed: clients that read it get nothing."""
    if pair.old is None or pair.new is None:
        return
    for name in sorted(set(pair.old_headers) - set(pair.new_headers)):
        yield found("response.header.removed", pair.label, f"header {name} removed", pair.path)


@rule("response.header.added", INFO, "response")
def response_header_added(pair: BodyPair) -> Iterator[Finding]:
    """A new response header."""
    if pair.old is None or pair.new is None:
        return
    for name in sorted(set(pair.new_headers) - set(pair.old_headers)):
        path = pair.new_headers[name][1]
        yield found("response.header.added", pair.label, f"header {name} added", path)


@rule("media_type.removed", BREAKING, "media_type")
def media_type_removed(pair: MediaPair) -> Iterator[Finding]:
    """A media type of a body was removed: clients that send or accept it are refused (415/406)."""
    if pair.old is not None and pair.new is None:
        yield found("media_type.removed", pair.label, "media type removed", pair.path)


@rule("media_type.added", INFO, "media_type")
def media_type_added(pair: MediaPair) -> Iterator[Finding]:
    """A new media type for a body."""
    if pair.old is None and pair.new is not None:
        yield found("media_type.added", pair.label, "media type added", pair.path)
