"""Writes: build the stored object from a request body and its plan, check it, commit it.

Create, replace, update and delete all go through `Writer`: it applies the declared field
rules of the plan (shorthands, open amounts, find-or-create blocks, references, defaults),
checks the rules a schema cannot say (422), fills what the system sets (ids, uri, numbers,
dates, totals, statuses, embedded lists), commits, and refreshes the parent of a sub-object (a
line changes the document's totals). A refresh that breaks a rule puts the old state back
before answering 422. No field, collection or error id of an API is named here.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import jsonschema_rs

from mock_runtime import field_rules, numbering
from mock_runtime.computed import fresh
from mock_runtime.derive import country_code
from mock_runtime.errors import BUSINESS_RULE_VIOLATED, CONFLICT, ApiError, field
from mock_runtime.money import dec, money
from mock_runtime.plans import Ctx, Plan
from mock_runtime.storage.base import Account, Record
from mock_runtime.validation import Schemas, errors_of
from spec_rules.types import BlockField, FieldRules, OpenAmount

log = logging.getLogger("mock_runtime.fill")
Clock = Callable[[], dt.datetime]
Children = dict[str, list[Record]]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _timestamp(now: dt.datetime) -> str:
    """YYYY-MM-DD HH:MM:SS: `isoformat` is the same text for four-digit years, at a fraction of
    `strftime`'s cost."""
    if 1000 <= now.year <= 9999:
        return now.isoformat(" ", "seconds")[:19]
    return now.strftime("%Y-%m-%d %H:%M:%S")


class Writer:
    def __init__(
        self,
        plans: dict[str, Plan],
        schemas: Schemas | None = None,
        clock: Clock = _utcnow,
        max_objects: int = 10_000,
    ) -> None:
        self.plans = plans
        self.schemas = schemas
        self.clock = clock
        self.max_objects = max_objects
        self._read_validators: dict[str, jsonschema_rs.Validator] = {}

    def context(self, account: Account, parents: tuple[int, ...]) -> Ctx:
        now = self.clock()
        return Ctx(account, parents, _timestamp(now), now.date())

    def guard(self, plan: Plan, record: Record) -> None:
        """Refuse (422) what would be stored invalid against the read schema.

        Every schema-valid request should give a valid object; when an odd combination of
        valid values does not (an address the recipient field cannot hold, a derived text
        longer than its field), the caller gets 422 and the log says what happened."""
        if self.schemas is None:
            return
        validator = self._read_validators.get(plan.key)
        if validator is None:
            validator = self.schemas.validator(f"#/components/schemas/{plan.read_schema}")
            self._read_validators[plan.key] = validator
        if validator.is_valid(record):
            return
        fields, _ = errors_of(validator, record, "body")
        log.warning("write to %s refused, the result would be invalid: %s", plan.key, fields[:3])
        names = ", ".join(f["name"] for f in fields[:5])
        raise ApiError(
            BUSINESS_RULE_VIOLATED, f"These values cannot be stored together: {names}.", fields
        )

    # ------------------------------------------------------------------ public
    def create(
        self, account: Account, key: str, parents: tuple[int, ...], body: dict[str, Any]
    ) -> Record:
        plan = self.plans[key]
        account.ensure_room(key, parents, self.max_objects)
        ctx = self.context(account, parents)
        record, children = self._build(ctx, plan, None, body, "create")
        self._commit(ctx, plan, record, children)
        return record

    def replace(
        self, account: Account, key: str, parents: tuple[int, ...], old: Record, body: Any
    ) -> Record:
        ctx = self.context(account, parents)
        record, children = self._build(ctx, self.plans[key], old, body, "replace")
        self._commit(ctx, self.plans[key], record, children, old)
        return record

    def update(
        self, account: Account, key: str, parents: tuple[int, ...], old: Record, body: Any
    ) -> Record:
        ctx = self.context(account, parents)
        record, children = self._build(ctx, self.plans[key], old, body, "update")
        self._commit(ctx, self.plans[key], record, children, old)
        return record

    def delete(self, account: Account, key: str, parents: tuple[int, ...], old: Record) -> None:
        plan = self.plans[key]
        ident = old[plan.id_field]
        account.remove(key, parents, ident)
        account.drop_children(key, parents, ident)
        numbering.remove(account, plan, old)
        if parents:
            self.refresh_parent(account, key, parents, key.rsplit("/", 1)[1])

    def refresh(
        self,
        account: Account,
        key: str,
        parents: tuple[int, ...],
        record: Record,
        changed: str = "",
    ) -> None:
        """Recompute what depends on sub-objects (embedded lists, totals) of a stored object."""
        plan = self.plans[key]
        ident = record[plan.id_field]
        for name, child_key in plan.embedded.items():
            record[name] = list(account.rows(child_key, (*parents, ident)).values())
        account.changed(key, parents, ident)
        ctx = self.context(account, parents)
        ctx.changed = changed
        for rule in plan.derive:
            rule(record, ctx)
        self._finish(plan, record, ctx)

    def refresh_parent(
        self, account: Account, key: str, parents: tuple[int, ...], changed: str
    ) -> None:
        parent_key = key.rsplit("/", 1)[0]
        parent = account.get(parent_key, parents[:-1], parents[-1])
        if parent is not None:
            self.refresh(account, parent_key, parents[:-1], parent, changed)
            self.guard(self.plans[parent_key], parent)
            if len(parents) > 1:
                self.refresh_parent(account, parent_key, parents[:-1], "")

    # ------------------------------------------------------------------ building
    def _build(
        self,
        ctx: Ctx,
        plan: Plan,
        old: Record | None,
        body: dict[str, Any],
        mode: str,
        embedded: bool = False,
    ) -> tuple[Record, Children]:
        """The object a write makes. `embedded`: a sub-object sent inside its parent's body,
        whose references and defaults the parent's rules (`items/*/…`) already applied."""
        body = dict(body)
        # None, or settled with the parent
        later = self._open_amount(ctx, plan, body, old) if plan.open_amounts else None
        for block in plan.finds:
            self._find_or_create(ctx.account, block, body)
        rules = plan.write_rules
        if rules.splits:
            rules.split(body)
        # with the embedded lists still in the body: a rule of `lines/*/tool_id` names its place
        if not embedded and rules.applies:
            rules.apply(ctx.account, body, whole=mode != "update")
        children_in = {n: body.pop(n) for n in plan.embedded if n in body} if plan.embedded else {}
        if mode == "create":
            # the defaults the body leaves out: a field sent replaces its default just below
            record: Record = dict(plan.static_defaults)
            for k, v in plan.mutable_defaults.items():
                if k not in body:
                    record[k] = fresh(v)
            ident = ctx.account.new_id(plan.key)
        else:
            assert old is not None
            ident = old[plan.id_field]
            record = self._base_of(plan, old, body, mode)
        record.update(body)
        record[plan.id_field] = ident
        if plan.rules.number_field is not None:
            numbering.refuse_taken(ctx.account, plan, record, body)
        if mode == "create" and plan.on_create:
            self._on_create(ctx, plan, record)
        elif old is not None:
            numbering.renumber(ctx.account, plan, record, old, ctx.today)
        children: Children = {}
        deferred: list[tuple[str, Record, OpenAmount]] = []
        if plan.embedded:
            deferred = self._embed(ctx, plan, record, old, ident, children_in, children)
        ctx.sent = set(body)
        for rule in plan.derive:
            rule(record, ctx)
        for name, child, wanted in deferred:  # what is still open, now that totals are known
            self._settle(ctx, plan, record, name, child, wanted)
        if later is not None:
            ctx.deferred.append((record, later))
        self._finish(plan, record, ctx)
        return record, children

    def _embed(
        self,
        ctx: Ctx,
        plan: Plan,
        record: Record,
        old: Record | None,
        ident: int,
        children_in: dict[str, Any],
        children: Children,
    ) -> list[tuple[str, Record, OpenAmount]]:
        """The embedded lists of `record`: the sub-objects sent (built into `children`), else
        those stored, else none. Returns the sub-objects whose open amount waits for the
        totals of `record`."""
        below = (*ctx.parents, ident)
        deferred: list[tuple[str, Record, OpenAmount]] = []
        for name, child_key in plan.embedded.items():
            if name in children_in:
                child_plan = self.plans[child_key]
                child_ctx = Ctx(ctx.account, below, ctx.now, ctx.today)
                entries = children_in[name] if isinstance(children_in[name], list) else []
                built = [
                    self._build(child_ctx, child_plan, None, e, "create", embedded=True)[0]
                    for e in entries
                ]
                children[name] = record[name] = built
                deferred += [(name, child, rule) for child, rule in child_ctx.deferred]
            elif old is not None:
                record[name] = list(ctx.account.rows(child_key, below).values())
            else:
                record[name] = []
        return deferred

    def _open_amount(
        self, ctx: Ctx, plan: Plan, body: dict[str, Any], old: Record | None
    ) -> OpenAmount | None:
        """A flag of `x-open-amount` sent: its `into` field is what is still open on the parent
        object. Returned when that parent is being written with this object, whose amount is
        then settled once the parent's totals are known (`_settle`)."""
        for found in plan.open_amounts:
            flag, rule = found.path[0], found.rules.open_amount
            if rule is None or body.pop(flag, None) in (None, False):
                continue
            if body.get(rule.into) is not None:
                raise ApiError(
                    BUSINESS_RULE_VIOLATED,
                    f"Send `{rule.into}` or `{flag}`, not both.",
                    [field(flag, "body", f"not together with {rule.into}")],
                )
            parent = None
            if ctx.parents:
                parent_key = plan.key.rsplit("/", 1)[0]
                parent = ctx.account.get(parent_key, ctx.parents[:-1], ctx.parents[-1])
            if parent is None:
                body[rule.into] = money(Decimal(0), rule.into)
                return rule
            still_open = dec(parent.get(rule.total)) - dec(parent.get(rule.paid))
            if old is not None:
                still_open += dec(old.get(rule.into))
            if still_open <= 0:
                error_id = rule.error_id if rule.error_id is not None else CONFLICT
                raise ApiError(error_id, "Nothing is open on this object.")
            body[rule.into] = money(still_open, rule.into)
        return None

    @staticmethod
    def _settle(
        ctx: Ctx, plan: Plan, record: Record, name: str, child: Record, rule: OpenAmount
    ) -> None:
        still_open = dec(record.get(rule.total)) - dec(record.get(rule.paid))
        if still_open <= 0:  # the object is being written with it: a rule of the body, 422
            raise ApiError(
                BUSINESS_RULE_VIOLATED,
                f"Nothing is open on this object for `{name}`.",
                [field(name, "body", f"nothing is open for {rule.into}")],
            )
        child[rule.into] = money(still_open, rule.into)
        for derive in plan.derive:
            derive(record, ctx)

    def _find_or_create(self, account: Account, found: FieldRules, body: dict[str, Any]) -> None:
        """An `x-find-or-create` block sent without its id: the object it names, matched by
        the declared fields in order, else created; its id is set on the block's holder."""
        rule = found.rules.find_or_create
        if rule is None:
            return
        for where, holder in field_rules.places(body, found.path[:-1]):
            block = holder.get(found.path[-1])
            if not isinstance(block, dict) or holder.get(rule.sets) is not None:
                continue
            target = self.plans.get(rule.collection)
            if target is None:
                continue
            values = {f.field: _value_of(f, block) for f in rule.fields}
            for f in rule.fields:
                if f.required and not values[f.field]:
                    name = "/".join((*where, found.path[-1], f.from_[0][0]))
                    options = " or ".join(" and ".join(a) for a in f.from_)
                    raise ApiError(
                        BUSINESS_RULE_VIOLATED,
                        f"The block needs {options}.",
                        [field(name, "body", f"{options} is required")],
                    )
            holder[rule.sets] = self._match(account, rule.collection, rule.fields, values)
            if holder[rule.sets] is None:
                new = {
                    f.field: values[f.field]
                    for f in rule.fields
                    if f.create and values[f.field] and f.field in target.writable
                }
                created = self.create(account, rule.collection, (), new)
                holder[rule.sets] = created[target.id_field]

    @staticmethod
    def _match(
        account: Account, collection: str, fields: tuple[BlockField, ...], values: dict[str, Any]
    ) -> int | None:
        stored = account.rows(collection, ())
        for f in fields:
            wanted = values[f.field]
            if not f.match or not wanted:
                continue
            for ident, obj in stored.items():
                if str(obj.get(f.field, "")).casefold() == str(wanted).casefold():
                    return int(ident)
        return None

    @staticmethod
    def _base_of(plan: Plan, old: Record, body: dict[str, Any], mode: str) -> Record:
        """What a replace or an update starts from. Of a line's fields computed from each other
        (`line_prices`), the one sent decides: the others are dropped to be computed again."""
        sent = [k for k in plan.line_prices if k in body]
        if mode == "update":
            record = {k: v for k, v in old.items() if k not in plan.embedded}
            if len(sent) == 1:
                for k in plan.line_prices:
                    if k not in sent:
                        record.pop(k, None)
            return record
        record = {
            k: v
            for k, v in old.items()
            if (k not in plan.writable or k in plan.kept) and k not in plan.embedded
        }
        for k in plan.line_prices:
            record.pop(k, None)
        for k, v in plan.defaults.items():
            if k not in body:
                record[k] = fresh(v)
        return record

    def _commit(
        self, ctx: Ctx, plan: Plan, record: Record, children: Children, old: Record | None = None
    ) -> None:
        account, parents = ctx.account, ctx.parents
        key = plan.key
        ident = record[plan.id_field]
        if not parents:
            self.guard(plan, record)  # embedded children are checked with it
        for name, built in children.items():  # a list sent replaces the sub-objects
            child_key = plan.embedded[name]
            child_id = self.plans[child_key].id_field
            account.set_children(child_key, (*parents, ident), {c[child_id]: c for c in built})
        if old is not None:
            numbering.remove(account, plan, old)
        account.put(key, parents, ident, record)
        if plan.rules.number_field is not None:
            numbering.add(account, plan, record)
        if parents:  # the parent's totals first: they fill a line's amounts
            changed = key.rsplit("/", 1)[1]
            own = self._embedded_path(account, key, parents, ident)
            try:
                try:
                    self.refresh_parent(account, key, parents, changed)
                except ApiError as error:
                    raise _as_sent(error, own) from error
                self.guard(plan, record)
            except ApiError:
                if old is None:
                    account.remove(key, parents, ident)
                else:
                    account.put(key, parents, ident, old)
                self.refresh_parent(account, key, parents, changed)
                raise

    def _embedded_path(
        self, account: Account, key: str, parents: tuple[int, ...], ident: int
    ) -> str | None:
        """Where the parent embeds this sub-object (`rows/0`), or None when it does not: the
        parent's list is its sub-objects in stored order (`refresh`)."""
        parent_key = key.rsplit("/", 1)[0]
        name = next((n for n, k in self.plans[parent_key].embedded.items() if k == key), None)
        if name is None:
            return None
        return f"{name}/{list(account.rows(key, parents)).index(ident)}"

    def _on_create(self, ctx: Ctx, plan: Plan, record: Record) -> None:
        for name, rule, arg in plan.on_create:
            if record.get(name) is not None:
                continue
            if rule == "computed":
                arg(record, ctx)
            elif rule == "number":
                numbering.assign(ctx.account, plan, record, ctx.today, None)

    @staticmethod
    def _finish(plan: Plan, record: Record, ctx: Ctx) -> None:
        for nested in plan.nested:
            value = record.get(nested.name)
            if value is None:
                continue
            entries = value if nested.many and isinstance(value, list) else [value]
            for entry in entries:
                if not isinstance(entry, dict):
                    continue
                for rule in nested.derive:
                    rule(entry, ctx)
                for name, default in nested.placeholders.items():
                    if name not in entry:
                        entry[name] = fresh(default)
        for name, default in plan.placeholders.items():
            if name not in record:
                record[name] = fresh(default)
        ordered = {k: record[k] for k in plan.fields if k in record}
        record.clear()  # in place: parents' embedded lists hold this very dict
        record.update(ordered)  # schema order, and nothing the read schema does not name


def _as_sent(error: ApiError, own: str | None) -> ApiError:
    """A refusal raised while the parent was refreshed, named as the sub-object's own request
    body names its fields: the client sent `price` to `/orders/6002/rows/6201`, so
    `rows/0/price` of the parent is `price`. What lies outside this sub-object (a total of
    the parent, another row) is no field of that request: it is `(body)`, the combination."""
    fields = []
    for found in error.fields:
        name = found["name"]
        if own is not None and name.startswith(own + "/"):
            fields.append(field(name[len(own) + 1 :], found["location"], found["message"]))
        else:
            message = f"{found['message']} (`{name}` of the parent object)"
            fields.append(field("(body)", found["location"], message))
    detail = error.detail
    if own is not None:
        detail = detail.replace(own + "/", "").replace(own + ": ", "")
    return ApiError(error.error_id, detail, fields, error.headers)


_CONVERSIONS: dict[str, Callable[[Any], Any]] = {"country_code": country_code}


def _value_of(rule: BlockField, block: dict[str, Any]) -> Any:
    """The first alternative of `from_` that the block fills; several fields join with a space."""
    for alternative in rule.from_:
        parts = [block.get(name) for name in alternative]
        filled = [p for p in parts if p not in (None, "")]
        if not filled:
            continue
        value: Any = filled[0] if len(alternative) == 1 else " ".join(str(p) for p in filled)
        if rule.convert is not None:
            value = _CONVERSIONS[rule.convert](value)
        return value
    return None
