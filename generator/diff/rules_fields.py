"""Rules on the fields of an object schema and on what a schema declares besides validation:
composition variants, defaults, deprecation, `x-` behaviour extensions, the XML mapping, the
component name (the client's class name).

Extensions are compared generically: we declare behaviour in `x-` keywords (STYLE.md), so a
changed one changes what servers, the mock or the docs do even when validation stays the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diff.pairs import SchemaPair
from generator.diff.registry import BREAKING, INFO, WARN, Finding, found, rule, short
from generator.diff.rules_schema import DOC_KEYWORDS, JUDGED_KEYWORDS, XML_KEYS, field_where
from generator.diff.schemas import visible
from generator.load.yaml_loader import NodePath

REQ: tuple[Any, ...] = ("request",)
RES: tuple[Any, ...] = ("response",)
VARIANT_KEYWORDS = ("oneOf", "anyOf")
OWN_RULES_EXTENSIONS = frozenset({"x-catalogue"})  # judged entry by entry (rules_api.py)


def _property_path(pair: SchemaPair, name: str) -> NodePath:
    placed = pair.new.properties.get(name)
    return placed[1] if placed else pair.new.path


def _removed(pair: SchemaPair) -> list[str]:
    return sorted(visible(pair.old, pair.direction) - visible(pair.new, pair.direction))


def _added(pair: SchemaPair) -> list[str]:
    return sorted(visible(pair.new, pair.direction) - visible(pair.old, pair.direction))


def _kept(pair: SchemaPair) -> list[str]:
    return sorted(visible(pair.old, pair.direction) & visible(pair.new, pair.direction))


@rule("request.property.removed", BREAKING, "schema", REQ)
def request_property_removed(pair: SchemaPair) -> Iterator[Finding]:
    """A request field was removed: clients still send it and are refused (928) or ignored."""
    for name in _removed(pair):
        yield found(
            "request.property.removed", field_where(pair, name), "field removed", pair.new.path
        )


@rule("request.property.added.required", BREAKING, "schema", REQ)
def request_property_added_required(pair: SchemaPair) -> Iterator[Finding]:
    """A new required request field: existing requests lack it."""
    for name in _added(pair):
        if name in pair.new.required:
            path = _property_path(pair, name)
            yield found(
                "request.property.added.required",
                field_where(pair, name),
                "required field added",
                path,
            )


@rule("request.property.added", INFO, "schema", REQ)
def request_property_added(pair: SchemaPair) -> Iterator[Finding]:
    """A new optional request field."""
    for name in _added(pair):
        if name not in pair.new.required:
            path = _property_path(pair, name)
            yield found(
                "request.property.added", field_where(pair, name), "optional field added", path
            )


@rule("request.property.made_required", BREAKING, "schema", REQ)
def request_property_made_required(pair: SchemaPair) -> Iterator[Finding]:
    """An optional request field became required."""
    for name in _kept(pair):
        if name in pair.new.required and name not in pair.old.required:
            yield found(
                "request.property.made_required",
                field_where(pair, name),
                "now required",
                _property_path(pair, name),
            )


@rule("request.property.made_optional", INFO, "schema", REQ)
def request_property_made_optional(pair: SchemaPair) -> Iterator[Finding]:
    """A required request field became optional."""
    for name in _kept(pair):
        if name in pair.old.required and name not in pair.new.required:
            yield found(
                "request.property.made_optional",
                field_where(pair, name),
                "now optional",
                _property_path(pair, name),
            )


@rule("response.property.removed", BREAKING, "schema", RES)
def response_property_removed(pair: SchemaPair) -> Iterator[Finding]:
    """A response field was removed: clients that read it get nothing."""
    for name in _removed(pair):
        yield found(
            "response.property.removed", field_where(pair, name), "field removed", pair.new.path
        )


@rule("response.property.made_optional", BREAKING, "schema", RES)
def response_property_made_optional(pair: SchemaPair) -> Iterator[Finding]:
    """A response field is no longer always there: clients that rely on it break."""
    for name in _kept(pair):
        if name in pair.old.required and name not in pair.new.required:
            yield found(
                "response.property.made_optional",
                field_where(pair, name),
                "now optional",
                _property_path(pair, name),
            )


@rule("response.property.added", INFO, "schema", RES)
def response_property_added(pair: SchemaPair) -> Iterator[Finding]:
    """A new response field (clients ignore fields they do not know)."""
    for name in _added(pair):
        yield found(
            "response.property.added",
            field_where(pair, name),
            "field added",
            _property_path(pair, name),
        )


@rule("response.property.made_required", INFO, "schema", RES)
def response_property_made_required(pair: SchemaPair) -> Iterator[Finding]:
    """A response field is now always there."""
    for name in _kept(pair):
        if name in pair.new.required and name not in pair.old.required:
            yield found(
                "response.property.made_required",
                field_where(pair, name),
                "now required",
                _property_path(pair, name),
            )


def _closed(keywords: dict[str, Any]) -> bool:
    return keywords.get("additionalProperties") is False


@rule("request.additional_properties.closed", BREAKING, "schema", REQ)
def request_additional_closed(pair: SchemaPair) -> Iterator[Finding]:
    """A request object now refuses fields it does not list."""
    if _closed(pair.new.keywords) and not _closed(pair.old.keywords):
        yield found(
            "request.additional_properties.closed",
            pair.here,
            "unknown fields now refused",
            pair.new.path,
        )


@rule("request.additional_properties.opened", INFO, "schema", REQ)
def request_additional_opened(pair: SchemaPair) -> Iterator[Finding]:
    """A request object now accepts fields it does not list."""
    if _closed(pair.old.keywords) and not _closed(pair.new.keywords):
        yield found(
            "request.additional_properties.opened",
            pair.here,
            "unknown fields now accepted",
            pair.new.path,
        )


@rule("response.additional_properties.opened", WARN, "schema", RES)
def response_additional_opened(pair: SchemaPair) -> Iterator[Finding]:
    """A response object may now carry fields it does not list: strict clients break."""
    if _closed(pair.old.keywords) and not _closed(pair.new.keywords):
        yield found(
            "response.additional_properties.opened",
            pair.here,
            "unlisted fields may now come",
            pair.new.path,
        )


def variant_keys(variants: Any) -> dict[str, int]:
    """oneOf/anyOf entries by identity: the component they name, else their position."""
    keys: dict[str, int] = {}
    for i, variant in enumerate(variants if isinstance(variants, list) else ()):
        ref = variant.get("$ref") if isinstance(variant, dict) else None
        keys[str(ref).rsplit("/", 1)[-1] if isinstance(ref, str) else f"#{i}"] = i
    return keys


def _variant_delta(pair: SchemaPair) -> Iterator[tuple[str, str, bool]]:
    """(keyword, variant, added?) for each variant that appeared or disappeared."""
    for keyword in VARIANT_KEYWORDS:
        old = variant_keys(pair.old.keywords.get(keyword))
        new = variant_keys(pair.new.keywords.get(keyword))
        for key in sorted(set(old) - set(new)):
            yield keyword, key, False
        for key in sorted(set(new) - set(old)):
            yield keyword, key, True


@rule("request.variant.removed", BREAKING, "schema", REQ)
def request_variant_removed(pair: SchemaPair) -> Iterator[Finding]:
    """A oneOf/anyOf alternative of a request was removed: bodies of that shape are refused."""
    for keyword, key, added in _variant_delta(pair):
        if not added:
            yield found(
                "request.variant.removed", pair.here, f"{keyword} {key} removed", pair.new.path
            )


@rule("request.variant.added", INFO, "schema", REQ)
def request_variant_added(pair: SchemaPair) -> Iterator[Finding]:
    """A request accepts one more oneOf/anyOf alternative."""
    for keyword, key, added in _variant_delta(pair):
        if added:
            yield found("request.variant.added", pair.here, f"{keyword} {key} added", pair.new.path)


@rule("response.variant.added", WARN, "schema", RES)
def response_variant_added(pair: SchemaPair) -> Iterator[Finding]:
    """A response may come in a new oneOf/anyOf shape that clients do not know."""
    for keyword, key, added in _variant_delta(pair):
        if added:
            yield found(
                "response.variant.added", pair.here, f"{keyword} {key} added", pair.new.path
            )


@rule("response.variant.removed", INFO, "schema", RES)
def response_variant_removed(pair: SchemaPair) -> Iterator[Finding]:
    """A response no longer comes in one of its oneOf/anyOf shapes."""
    for keyword, key, added in _variant_delta(pair):
        if not added:
            yield found(
                "response.variant.removed", pair.here, f"{keyword} {key} removed", pair.new.path
            )


@rule("schema.deprecated", WARN, "schema")
def schema_deprecated(pair: SchemaPair) -> Iterator[Finding]:
    """A field or schema became deprecated: clients should plan to stop using it."""
    if pair.new.keywords.get("deprecated") and not pair.old.keywords.get("deprecated"):
        yield found("schema.deprecated", pair.here, "now deprecated", pair.new.path)


@rule("default.changed", WARN, "schema")
def default_changed(pair: SchemaPair) -> Iterator[Finding]:
    """A default changed: requests that leave the field out now mean something else."""
    before, after = pair.old.keywords.get("default"), pair.new.keywords.get("default")
    if before != after:
        message = f"default {short(before)} -> {short(after)}"
        yield found("default.changed", pair.here, message, pair.new.path)


def _extensions(keywords: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v for k, v in keywords.items() if k.startswith("x-") and k not in OWN_RULES_EXTENSIONS
    }


@rule("extension.changed", WARN, "schema")
def extension_changed(pair: SchemaPair) -> Iterator[Finding]:
    """An `x-` behaviour extension changed or was removed: what it declares now differs."""
    old, new = _extensions(pair.old.keywords), _extensions(pair.new.keywords)
    for key in sorted(old):
        if key not in new or old[key] != new[key]:
            after = short(new[key]) if key in new else "(removed)"
            message = f"{key} {short(old[key])} -> {after}"
            yield found("extension.changed", pair.here, message, pair.new.path)


@rule("extension.added", INFO, "schema")
def extension_added(pair: SchemaPair) -> Iterator[Finding]:
    """A new `x-` extension on a schema or field."""
    old, new = _extensions(pair.old.keywords), _extensions(pair.new.keywords)
    for key in sorted(set(new) - set(old)):
        yield found("extension.added", pair.here, f"{key} added", pair.new.path)


@rule("xml.changed", BREAKING, "schema")
def xml_changed(pair: SchemaPair) -> Iterator[Finding]:
    """The XML mapping (element name, attribute, wrapping, namespace) of a body sent as XML
    changed: the same data now has another shape on the wire."""
    if not pair.xml:
        return
    old, new = pair.old.keywords.get("xml") or {}, pair.new.keywords.get("xml") or {}
    for key in XML_KEYS:
        before = old.get(key) if isinstance(old, dict) else None
        after = new.get(key) if isinstance(new, dict) else None
        if before != after:
            message = f"xml.{key} {short(before)} -> {short(after)}"
            yield found("xml.changed", pair.here, message, pair.new.path)


@rule("schema.renamed", WARN, "schema")
def schema_renamed(pair: SchemaPair) -> Iterator[Finding]:
    """A body or field now names another component: the client's class name changes."""
    if pair.old.name and pair.new.name and pair.old.name != pair.new.name:
        message = f"{pair.old.name} is now {pair.new.name}"
        yield found("schema.renamed", pair.here, message, pair.new.path)


@rule("schema.keyword.changed", WARN, "schema")
def keyword_changed(pair: SchemaPair) -> Iterator[Finding]:
    """Any other validation keyword changed (multipleOf, uniqueItems, readOnly, discriminator
    ...): no rule judges it yet, so a person should."""
    keys = set(pair.old.keywords) | set(pair.new.keywords)
    for key in sorted(keys - JUDGED_KEYWORDS - DOC_KEYWORDS):
        if key.startswith("x-"):
            continue
        before, after = pair.old.keywords.get(key), pair.new.keywords.get(key)
        if before != after:
            message = f"{key} {short(before)} -> {short(after)}"
            yield found("schema.keyword.changed", pair.here, message, pair.new.path)
