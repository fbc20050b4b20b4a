"""Pair up the two bundles and run the rules on every pair: operations by method and URL (a
URL that differs only in a path parameter's name is the same operation), parameters by location
and name, bodies and responses by media type and status, schemas field by field.

A schema reached through a `$ref` is compared once per pair of components and direction and
the result reused: a shared schema (Money, Address) would otherwise be walked again for every
operation that uses it. Recursive schemas stop where a pair is already being compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.diff import (  # noqa: F401  (importing a rules module registers its rules)
    rules_api,
    rules_bounds,
    rules_document,
    rules_fields,
    rules_schema,
)
from generator.diff.pairs import (
    BodyPair,
    DocumentPair,
    MediaPair,
    OperationPair,
    ParameterPair,
    SchemaPair,
)
from generator.diff.registry import Direction, Finding, rules_for
from generator.diff.rules_fields import variant_keys
from generator.diff.schemas import resolve_schema, visible, wrapped_ref
from generator.diff.views import (
    OperationView,
    content_of,
    headers_of,
    is_xml,
    mapping,
    operations,
)
from generator.load.yaml_loader import NodePath


@dataclass(frozen=True)
class OperationFinding:
    finding: Finding
    operation: str | None  # "GET /invoices" or None for document-wide changes


_PATH_PARAM = re.compile(r"\{([^}]*)\}")
_MemoKey = tuple[str, str, Direction, bool]


class Walker:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self._memo: dict[_MemoKey, list[Finding]] = {}
        self._active: set[tuple[frozenset[str], frozenset[str], Direction, bool]] = set()

    def run(self) -> list[OperationFinding]:
        results = [
            OperationFinding(f, None)
            for r in rules_for("document")
            for f in r.check(DocumentPair(self.old, self.new))
        ]
        for pair in _pair_operations(operations(self.old), operations(self.new)):
            results += [OperationFinding(f, pair.label) for f in self._operation(pair)]
        return results

    def _operation(self, pair: OperationPair) -> list[Finding]:
        findings = [f for r in rules_for("operation") for f in r.check(pair)]
        if pair.old is None or pair.new is None:
            return findings
        for param in _pair_parameters(pair):
            findings += [f for r in rules_for("parameter") for f in r.check(param)]
            if param.old is not None and param.new is not None:
                findings += self._schema(
                    param.old.raw.get("schema"),
                    param.new.raw.get("schema"),
                    f"{param.label}: ",
                    (*param.old.path, "schema"),
                    (*param.new.path, "schema"),
                    "request",
                    xml=False,
                )
        body = BodyPair(pair, "", pair.old.request_body, pair.new.request_body, {}, {})
        findings += [f for r in rules_for("request_body") for f in r.check(body)]
        findings += self._content(body, "request")
        for status in _union(pair.old.responses, pair.new.responses):
            old, new = pair.old.responses.get(status), pair.new.responses.get(status)
            response = BodyPair(
                pair,
                status,
                old,
                new,
                headers_of(self.old, old) if old else {},
                headers_of(self.new, new) if new else {},
            )
            findings += [f for r in rules_for("response") for f in r.check(response)]
            findings += self._headers(response)
            findings += self._content(response, "response")
        return findings

    def _headers(self, response: BodyPair) -> list[Finding]:
        findings: list[Finding] = []
        for name in sorted(set(response.old_headers) & set(response.new_headers)):
            (old, old_path), (new, new_path) = (
                response.old_headers[name],
                response.new_headers[name],
            )
            findings += self._schema(
                mapping(old).get("schema"),
                mapping(new).get("schema"),
                f"{response.label} header {name}: ",
                (*old_path, "schema"),
                (*new_path, "schema"),
                "response",
                xml=False,
            )
        return findings

    def _content(self, body: BodyPair, direction: Direction) -> list[Finding]:
        if body.old is None or body.new is None:
            return []
        old, new = content_of(self.old, body.old), content_of(self.new, body.new)
        findings: list[Finding] = []
        for media_type in _union(old, new):
            media = MediaPair(body, media_type, old.get(media_type), new.get(media_type))
            findings += [f for r in rules_for("media_type") for f in r.check(media)]
            if media.old is not None and media.new is not None:
                findings += self._schema(
                    media.old[0].get("schema"),
                    media.new[0].get("schema"),
                    f"{media.label}: ",
                    (*media.old[1], "schema"),
                    (*media.new[1], "schema"),
                    direction,
                    xml=is_xml(media_type),
                )
        return findings

    def _schema(
        self,
        old_raw: Any,
        new_raw: Any,
        where: str,
        old_path: NodePath,
        new_path: NodePath,
        direction: Direction,
        *,
        xml: bool,
    ) -> list[Finding]:
        if old_raw is None or new_raw is None:
            return []
        old_wrap, new_wrap = wrapped_ref(old_raw), wrapped_ref(new_raw)
        if old_wrap and new_wrap and (old_wrap[1] or new_wrap[1]):
            # the annotations where they are written, the component once under its own name
            findings = self._schema(
                old_wrap[1], new_wrap[1], where, old_path, new_path, direction, xml=xml
            )
            return findings + self._schema(
                {"$ref": old_wrap[0]},
                {"$ref": new_wrap[0]},
                where,
                old_path,
                new_path,
                direction,
                xml=xml,
            )
        old = resolve_schema(self.old, old_raw, old_path)
        new = resolve_schema(self.new, new_raw, new_path)
        memo: _MemoKey | None = None
        if old.name and new.name:
            where = new.name
            memo = (old.name, new.name, direction, xml)
            if memo in self._memo:
                return self._memo[memo]
        active = (old.refs, new.refs, direction, xml)
        if active in self._active and (old.refs or new.refs):
            return []
        self._active.add(active)
        pair = SchemaPair(old, new, where, direction, xml)
        findings = [f for r in rules_for("schema", direction) for f in r.check(pair)]
        findings += self._children(pair)
        self._active.discard(active)
        if memo is not None:
            self._memo[memo] = findings
        return findings

    def _children(self, pair: SchemaPair) -> list[Finding]:
        findings: list[Finding] = []
        old, new = pair.old, pair.new
        for name in sorted(visible(old, pair.direction) & visible(new, pair.direction)):
            (old_raw, old_path), (new_raw, new_path) = old.properties[name], new.properties[name]
            findings += self._schema(
                old_raw,
                new_raw,
                rules_schema.field_where(pair, name),
                old_path,
                new_path,
                pair.direction,
                xml=pair.xml,
            )
        for keyword, suffix in (("items", "[]"), ("additionalProperties", "{*}")):
            old_sub, new_sub = old.keywords.get(keyword), new.keywords.get(keyword)
            if isinstance(old_sub, dict) and isinstance(new_sub, dict):
                findings += self._schema(
                    old_sub,
                    new_sub,
                    pair.here + suffix,
                    (*old.path, keyword),
                    (*new.path, keyword),
                    pair.direction,
                    xml=pair.xml,
                )
        for keyword in rules_fields.VARIANT_KEYWORDS:
            old_keys = variant_keys(old.keywords.get(keyword))
            new_keys = variant_keys(new.keywords.get(keyword))
            for key in sorted(set(old_keys) & set(new_keys)):
                i, j = old_keys[key], new_keys[key]
                findings += self._schema(
                    old.keywords[keyword][i],
                    new.keywords[keyword][j],
                    f"{pair.here}|{keyword}{key}",
                    (*old.path, keyword, i),
                    (*new.path, keyword, j),
                    pair.direction,
                    xml=pair.xml,
                )
        return findings


def _union(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return sorted(set(old) | set(new))


def _pair_operations(
    old: dict[tuple[str, str], OperationView], new: dict[tuple[str, str], OperationView]
) -> list[OperationPair]:
    pairs = [OperationPair(old[k], new[k]) for k in sorted(set(old) & set(new))]
    gone = {old[k].shape: old[k] for k in sorted(set(old) - set(new))}
    for key in sorted(set(new) - set(old)):
        renamed = gone.pop(new[key].shape, None)
        pairs.append(OperationPair(renamed, new[key]))
    pairs += [OperationPair(view, None) for view in gone.values()]
    return sorted(pairs, key=lambda p: (p.label, p.old is None))


def _pair_parameters(pair: OperationPair) -> list[ParameterPair]:
    """By (in, name); path parameters of a renamed URL by their position in it."""
    assert pair.old is not None and pair.new is not None
    old, new = dict(pair.old.parameters), dict(pair.new.parameters)
    if pair.old.url != pair.new.url:
        names = zip(
            _PATH_PARAM.findall(pair.old.url), _PATH_PARAM.findall(pair.new.url), strict=False
        )
        for old_name, new_name in names:
            if ("path", old_name) in old and ("path", new_name) in new:
                old[("path", new_name)] = old.pop(("path", old_name))
    return [ParameterPair(pair, old.get(key), new.get(key)) for key in sorted(set(old) | set(new))]
