"""Rules on what the whole document promises: security schemes, the error catalogue (ADR 0002),
servers and the version. They are judged once per comparison, not per operation.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.diff.pairs import DocumentPair
from generator.diff.registry import BREAKING, INFO, WARN, Finding, found, rule, short
from generator.diff.views import catalogue, mapping

CATALOGUE_TEXTS = ("title", "detail")
SCHEME_KEYS = ("type", "in", "name", "scheme", "bearerFormat", "flows", "openIdConnectUrl")


@rule("security.scheme.removed", BREAKING, "document")
def security_scheme_removed(pair: DocumentPair) -> Iterator[Finding]:
    """A security scheme was removed: clients that authenticate with it are refused."""
    old, new = _schemes(pair.old), _schemes(pair.new)
    for name in sorted(set(old) - set(new)):
        where = f"security scheme {name}"
        yield found("security.scheme.removed", where, "scheme removed", ("components",))


@rule("security.scheme.changed", BREAKING, "document")
def security_scheme_changed(pair: DocumentPair) -> Iterator[Finding]:
    """A security scheme changed how credentials are sent (type, header name, scheme, flows)."""
    old, new = _schemes(pair.old), _schemes(pair.new)
    for name in sorted(set(old) & set(new)):
        for key in SCHEME_KEYS:
            before, after = mapping(old[name]).get(key), mapping(new[name]).get(key)
            if before != after:
                path = ("components", "securitySchemes", name, key)
                message = f"{key} {short(before)} -> {short(after)}"
                yield found("security.scheme.changed", f"security scheme {name}", message, path)


@rule("security.scheme.added", INFO, "document")
def security_scheme_added(pair: DocumentPair) -> Iterator[Finding]:
    """A new security scheme."""
    old, new = _schemes(pair.old), _schemes(pair.new)
    for name in sorted(set(new) - set(old)):
        path = ("components", "securitySchemes", name)
        yield found("security.scheme.added", f"security scheme {name}", "scheme added", path)


@rule("catalogue.id.removed", BREAKING, "document")
def catalogue_id_removed(pair: DocumentPair) -> Iterator[Finding]:
    """An error id left the catalogue: clients that branch on it never see it again."""
    old, new = catalogue(pair.old), catalogue(pair.new)
    for error_id in sorted(set(old) - set(new)):
        path = ("components", "schemas", "ErrorId", "x-catalogue")
        yield found("catalogue.id.removed", f"error {error_id}", "catalogue id removed", path)


@rule("catalogue.status.changed", BREAKING, "document")
def catalogue_status_changed(pair: DocumentPair) -> Iterator[Finding]:
    """An error id now comes with another HTTP status: clients branch on the status first."""
    old, new = catalogue(pair.old), catalogue(pair.new)
    for error_id in sorted(set(old) & set(new)):
        before, after = old[error_id][0].get("status"), new[error_id][0].get("status")
        if before != after:
            message = f"status {before} -> {after}"
            path = new[error_id][1]
            yield found("catalogue.status.changed", f"error {error_id}", message, path)


@rule("catalogue.kind.changed", WARN, "document")
def catalogue_kind_changed(pair: DocumentPair) -> Iterator[Finding]:
    """An id moved between error and warning: the request's outcome means something else."""
    old, new = catalogue(pair.old), catalogue(pair.new)
    for error_id in sorted(set(old) & set(new)):
        before, after = old[error_id][0].get("kind"), new[error_id][0].get("kind")
        if before != after:
            message = f"kind {before} -> {after}"
            yield found("catalogue.kind.changed", f"error {error_id}", message, new[error_id][1])


@rule("catalogue.entry.changed", INFO, "document")
def catalogue_entry_changed(pair: DocumentPair) -> Iterator[Finding]:
    """The title or explanation of an error id changed (its meaning for people, not programs)."""
    old, new = catalogue(pair.old), catalogue(pair.new)
    for error_id in sorted(set(old) & set(new)):
        for key in CATALOGUE_TEXTS:
            before, after = old[error_id][0].get(key), new[error_id][0].get(key)
            if before != after:
                message = f"{key} {short(before)} -> {short(after)}"
                path = new[error_id][1]
                yield found("catalogue.entry.changed", f"error {error_id}", message, path)


@rule("catalogue.id.added", INFO, "document")
def catalogue_id_added(pair: DocumentPair) -> Iterator[Finding]:
    """A new error id in the catalogue."""
    old, new = catalogue(pair.old), catalogue(pair.new)
    for error_id in sorted(set(new) - set(old)):
        path = new[error_id][1]
        yield found("catalogue.id.added", f"error {error_id}", "catalogue id added", path)


@rule("server.removed", BREAKING, "document")
def server_removed(pair: DocumentPair) -> Iterator[Finding]:
    """A server URL was removed: clients configured with it lose their base URL."""
    old, new = _servers(pair.old), _servers(pair.new)
    for url in sorted(old - new):
        yield found("server.removed", f"server {url}", "server removed", ("servers",))


@rule("server.added", INFO, "document")
def server_added(pair: DocumentPair) -> Iterator[Finding]:
    """A new server URL."""
    old, new = _servers(pair.old), _servers(pair.new)
    for url in sorted(new - old):
        yield found("server.added", f"server {url}", "server added", ("servers",))


@rule("info.version.changed", INFO, "document")
def info_version_changed(pair: DocumentPair) -> Iterator[Finding]:
    """The contract's version changed (the gate reads a raised major part as an announcement)."""
    before = str(mapping(pair.old.get("info")).get("version", ""))
    after = str(mapping(pair.new.get("info")).get("version", ""))
    if before != after:
        path = ("info", "version")
        yield found("info.version.changed", "info.version", f"{before} -> {after}", path)


def _schemes(document: dict[str, object]) -> dict[str, object]:
    return mapping(mapping(document.get("components")).get("securitySchemes"))


def _servers(document: dict[str, object]) -> set[str]:
    servers = document.get("servers")
    return {str(mapping(s).get("url", "")) for s in servers} if isinstance(servers, list) else set()
