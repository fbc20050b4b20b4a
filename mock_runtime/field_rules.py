"""The declared field rules of a write: owned references must name an object of the account,
a field left out takes its value from the object a sibling reference names, and a shorthand
is cut into the fields it stands for.

All come from the spec (`x-references`, `x-default-from`, `x-splits-into`) through the plan's
`ResourceRules`; nothing here knows a field or a collection. A path such as
`("rows", "*", "article_id")` is followed into every element of `rows`, and a refusal names the
exact place (`rows/0/article_id`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from mock_runtime.errors import BUSINESS_RULE_VIOLATED, ApiError, field
from mock_runtime.store import Account
from spec_rules.types import FieldRules, ResourceRules

_EACH = "*"


def apply(account: Account, rules: ResourceRules, body: dict[str, Any], whole: bool) -> None:
    """Check the references `body` carries, then fill the defaults taken from them.

    `whole` is a create or replace (a field left out is missing); on an update only a
    reference that is sent brings its defaults along."""
    for rule in rules.references():
        if len(rule.path) == 1:  # the common case: a field of the object itself
            if rule.path[0] in body:
                _check(account, rule, body, rule.path)
            continue
        for where, container in _places(body, rule.path[:-1], ()):
            _check(account, rule, container, (*where, rule.path[-1]))
    for rule in rules.defaults_from():
        if len(rule.path) == 1:
            _default(account, rules, rule, body, whole)
            continue
        for _, container in _places(body, rule.path[:-1], ()):
            _default(account, rules, rule, container, whole)


def split(rules: ResourceRules, body: dict[str, Any]) -> None:
    """Cut every `x-splits-into` shorthand the body carries into the fields it stands for."""
    for rule in rules.splits():
        declared = rule.rules.splits_into
        if declared is None:
            continue
        name = rule.path[-1]
        if len(rule.path) == 1 and name not in body:
            continue  # the common case, without walking the body
        for where, container in places(body, rule.path[:-1]):
            if name not in container:
                continue
            combined = container.pop(name)
            if not isinstance(combined, str):
                continue
            place = "/".join((*where, name))
            if any(f in container for f in declared.fields):
                together = " or ".join(declared.fields)
                raise ApiError(
                    BUSINESS_RULE_VIOLATED,
                    f"{place} cannot be sent together with {together}.",
                    [field(place, "body", f"not together with {together}")],
                )
            parts = combined.split(declared.separator, len(declared.fields) - 1)
            parts += [""] * (len(declared.fields) - len(parts))
            container.update(zip(declared.fields, parts, strict=True))


def places(
    body: dict[str, Any], path: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every object of the body that `path` (`("rows", "*")`) leads to, with its place."""
    return _places(body, path, ())


def _places(
    node: Any, path: tuple[str, ...], where: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every object of `node` that `path` leads to, with its place in the body."""
    if not isinstance(node, dict):
        return
    if not path:
        yield where, node
        return
    head, rest = path[0], path[1:]
    child = node.get(head)
    if rest and rest[0] == _EACH:
        for i, item in enumerate(child if isinstance(child, list) else ()):
            yield from _places(item, rest[1:], (*where, head, str(i)))
    else:
        yield from _places(child, rest, (*where, head))


def _check(
    account: Account, rule: FieldRules, container: dict[str, Any], where: tuple[str, ...]
) -> None:
    ref = rule.rules.references
    value = container.get(where[-1])
    if ref is None or ref.collection is None or value is None:
        return
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and _exists(account, ref.collection, value)
    ):
        return
    name = "/".join(where)
    raise ApiError(
        ref.error_id if ref.error_id is not None else BUSINESS_RULE_VIOLATED,
        f"{name}: there is no object {value!r} in {ref.collection} of this account.",
        [field(name, "body", f"refers to no object of {ref.collection}")],
    )


def _exists(account: Account, collection: str, ident: int) -> bool:
    """Whether the account holds object `ident` of `collection`; a sub-collection's objects
    are looked for under every parent (ids are unique across a collection)."""
    if "/" not in collection:
        return account.get(collection, (), ident) is not None
    return any(ident in rows for rows in account.tables.get(collection, {}).values())


def _default(
    account: Account,
    rules: ResourceRules,
    rule: FieldRules,
    container: dict[str, Any],
    whole: bool,
) -> None:
    source = rule.rules.default_from
    name = rule.path[-1]
    if source is None or name in container:
        return
    if not whole and source.reference not in container:
        return
    ident = container.get(source.reference)
    collection = _collection_of(rules, rule.path[:-1], source.reference)
    if not isinstance(ident, int) or collection is None:
        return
    found = account.get(collection, (), ident)
    if found is not None and found.get(source.field) is not None:
        container[name] = found[source.field]


def _collection_of(rules: ResourceRules, where: tuple[str, ...], name: str) -> str | None:
    for rule in rules.references():
        if rule.path == (*where, name) and rule.rules.references is not None:
            return rule.rules.references.collection
    return None
