"""The declared field rules of a write: owned references must name an object of the account,
a field left out takes its value from the object a sibling reference names, and a shorthand
is cut into the fields it stands for.

All come from the spec (`x-references`, `x-default-from`, `x-splits-into`) through the plan's
`ResourceRules`; nothing here knows a field or a collection. A path such as
`("rows", "*", "article_id")` is followed into every element of `rows`, and a refusal names the
exact place (`rows/0/article_id`).

`compile_rules` turns a plan's rules into `WriteRules` once, at startup: each rule becomes a
function that already knows its place in the body, so a write does not select rules or walk
paths it cannot match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from mock_runtime.errors import BUSINESS_RULE_VIOLATED, ApiError, field
from mock_runtime.storage.base import Account
from spec_rules.types import FieldRules, Reference, ResourceRules

_EACH = "*"
Body = dict[str, Any]
_Check = Callable[[Account, Body], None]
_Default = Callable[[Account, Body, bool], None]
_Split = Callable[[Body], None]


@dataclass(frozen=True, slots=True)
class WriteRules:
    """The field rules of one plan, compiled: `split` cuts the shorthands a body carries;
    `apply` checks the references a body carries, then fills the defaults taken from them."""

    checks: tuple[_Check, ...]
    defaults: tuple[_Default, ...]
    splits: tuple[_Split, ...]
    applies: bool  # whether `apply` has anything to do

    def split(self, body: Body) -> None:
        for cut in self.splits:
            cut(body)

    def apply(self, account: Account, body: Body, whole: bool) -> None:
        """`whole` is a create or replace (a field left out is missing); on an update only a
        reference that is sent brings its defaults along."""
        for check in self.checks:
            check(account, body)
        for default in self.defaults:
            default(account, body, whole)


def compile_rules(rules: ResourceRules) -> WriteRules:
    """The rules of a plan as functions, in the order the spec's selections give them."""
    checks = tuple(_reference_check(rule) for rule in rules.references())
    defaults = tuple(
        default
        for default in (_default_fill(rules, rule) for rule in rules.defaults_from())
        if default is not None
    )
    splits = tuple(_splitter(rule) for rule in rules.splits() if rule.rules.splits_into)
    return WriteRules(checks, defaults, splits, applies=bool(checks or defaults))


class _Place:
    """The objects of a body that a path prefix (`()`, `("rows", "*")`, …) leads to, each with
    a token from which `where` names its place; the common shapes skip the generic walk."""

    __slots__ = ("head", "prefix", "shape")

    def __init__(self, prefix: tuple[str, ...]) -> None:
        self.prefix = prefix
        self.head = prefix[0] if prefix else ""
        if not prefix:
            self.shape = "own"
        elif len(prefix) == 2 and prefix[1] == _EACH:
            self.shape = "each"
        else:
            self.shape = "path"

    def containers(self, body: Body) -> Iterable[tuple[Any, Body]]:
        if self.shape == "own":
            return ((None, body),)
        if self.shape == "each":
            items = body.get(self.head)
            if not isinstance(items, list):
                return ()
            return ((i, item) for i, item in enumerate(items) if isinstance(item, dict))
        return _places(body, self.prefix, ())

    def where(self, token: Any) -> tuple[str, ...]:
        if self.shape == "own":
            return ()
        if self.shape == "each":
            return (self.head, str(token))
        return tuple(token)


def _reference_check(rule: FieldRules) -> _Check:
    ref = rule.rules.references
    name, place = rule.path[-1], _Place(rule.path[:-1])
    if ref is None or ref.collection is None:
        return _nothing_to_check
    if place.shape == "own":

        def check_own(account: Account, body: Body) -> None:
            value = body.get(name)
            if value is not None:
                _verify(account, ref, value, (name,))

        return check_own

    def check(account: Account, body: Body) -> None:
        for token, container in place.containers(body):
            value = container.get(name)
            if value is not None:
                _verify(account, ref, value, (*place.where(token), name))

    return check


def _nothing_to_check(account: Account, body: Body) -> None:
    return None


def _verify(account: Account, ref: Reference, value: Any, where: tuple[str, ...]) -> None:
    collection = ref.collection
    assert collection is not None
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and _exists(account, collection, value)
    ):
        return
    name = "/".join(where)
    raise ApiError(
        ref.error_id if ref.error_id is not None else BUSINESS_RULE_VIOLATED,
        f"{name}: there is no object {value!r} in {collection} of this account.",
        [field(name, "body", f"refers to no object of {collection}")],
    )


def _exists(account: Account, collection: str, ident: int) -> bool:
    """Whether the account holds object `ident` of `collection`; a sub-collection's objects
    are looked for under every parent (ids are unique across a collection)."""
    if "/" not in collection:
        return account.get(collection, (), ident) is not None
    return any(ident in rows for rows in account.tables.get(collection, {}).values())


def _default_fill(rules: ResourceRules, rule: FieldRules) -> _Default | None:
    """The function that fills one `x-default-from` field, or None when its reference names
    no collection (the rule can never apply)."""
    source = rule.rules.default_from
    if source is None:
        return None
    name, place = rule.path[-1], _Place(rule.path[:-1])
    reference, wanted = source.reference, source.field
    collection = _collection_of(rules, rule.path[:-1], reference)
    if collection is None:
        return None

    def fill(account: Account, container: Body, whole: bool) -> None:
        if name in container:
            return
        if not whole and reference not in container:
            return
        ident = container.get(reference)
        if not isinstance(ident, int):
            return
        found = account.get(collection, (), ident)
        if found is not None and found.get(wanted) is not None:
            container[name] = found[wanted]

    if place.shape == "own":
        return fill

    def fill_each(account: Account, body: Body, whole: bool) -> None:
        for _, container in place.containers(body):
            fill(account, container, whole)

    return fill_each


def _collection_of(rules: ResourceRules, where: tuple[str, ...], name: str) -> str | None:
    for rule in rules.references():
        if rule.path == (*where, name) and rule.rules.references is not None:
            return rule.rules.references.collection
    return None


def _splitter(rule: FieldRules) -> _Split:
    """The function that cuts one `x-splits-into` shorthand into the fields it stands for."""
    declared = rule.rules.splits_into
    assert declared is not None
    name, place = rule.path[-1], _Place(rule.path[:-1])
    fields, separator = declared.fields, declared.separator
    together = " or ".join(fields)

    def cut(container: Body, where: tuple[str, ...]) -> None:
        combined = container.pop(name)
        if not isinstance(combined, str):
            return
        if any(f in container for f in fields):
            at = "/".join((*where, name))
            raise ApiError(
                BUSINESS_RULE_VIOLATED,
                f"{at} cannot be sent together with {together}.",
                [field(at, "body", f"not together with {together}")],
            )
        parts = combined.split(separator, len(fields) - 1)
        parts += [""] * (len(fields) - len(parts))
        container.update(zip(fields, parts, strict=True))

    if place.shape == "own":

        def split_own(body: Body) -> None:
            if name in body:
                cut(body, ())

        return split_own

    def split(body: Body) -> None:
        for token, container in place.containers(body):
            if name in container:
                cut(container, place.where(token))

    return split


def places(body: Body, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Body]]:
    """Every object of the body that `path` (`("rows", "*")`) leads to, with its place."""
    return _places(body, path, ())


def _places(
    node: Any, path: tuple[str, ...], where: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], Body]]:
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
