"""Writes: build the stored object from a request body and its plan, check it, commit it.

Create, replace, update and delete all go through `Writer`: it checks the rules a schema
cannot say (422), fills what the system sets (ids, uri, numbers, dates, totals, statuses,
embedded lists), commits, and refreshes the parent of a sub-object (an item changes the
invoice's totals). A refresh that breaks a rule puts the old state back before answering 422.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from mock_runtime import field_rules, numbering
from mock_runtime.derive import country_code
from mock_runtime.errors import ApiError, field
from mock_runtime.money import dec, money
from mock_runtime.plans import Ctx, Plan, fresh
from mock_runtime.store import Account, Record
from mock_runtime.validation import Schemas, errors_of

log = logging.getLogger("mock_runtime.fill")
Clock = Callable[[], dt.datetime]
Children = dict[str, list[Record]]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


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

    def context(self, account: Account, parents: tuple[int, ...]) -> Ctx:
        now = self.clock()
        return Ctx(account, parents, now.strftime("%Y-%m-%d %H:%M:%S"), now.date())

    def guard(self, plan: Plan, record: Record) -> None:
        """Refuse (422) what would be stored invalid against the read schema.

        Every schema-valid request should give a valid object; when an odd combination of
        valid values does not (an address the recipient field cannot hold, a derived text
        longer than its field), the caller gets 422 and the log says what happened."""
        if self.schemas is None:
            return
        validator = self.schemas.validator(f"#/components/schemas/{plan.read_schema}")
        if validator.is_valid(record):
            return
        fields, _ = errors_of(validator, record, "body")
        log.warning("write to %s refused, the result would be invalid: %s", plan.key, fields[:3])
        names = ", ".join(f["name"] for f in fields[:5])
        raise ApiError(924, f"These values cannot be stored together: {names}.", fields)

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
        account.touch(key)
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
        self, ctx: Ctx, plan: Plan, old: Record | None, body: dict[str, Any], mode: str
    ) -> tuple[Record, Children]:
        body = dict(body)
        later = False  # a payment of what is still open on a document created with it
        if body.pop("remaining_amount", None) == "yes":
            later = self._remaining(ctx, plan, body, old)
        if isinstance(body.get("customer"), dict) and body.get("client_id") is None:
            client_id = self._client_for(ctx.account, body["customer"])
            if client_id is not None:
                body["client_id"] = client_id
        if plan.splits_quantity and "quantity_with_unit" in body:
            _split_quantity(body)
        # with the embedded lists still in the body: a rule of `lines/*/tool_id` names its place
        field_rules.apply(ctx.account, plan.rules, body, whole=mode != "update")
        children_in = {n: body.pop(n) for n in plan.embedded if n in body}
        if mode == "create":
            record: Record = {k: v for k, v in plan.static_defaults.items() if k not in body}
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
        numbering.refuse_taken(ctx.account, plan, record, body)
        if mode == "create" and plan.on_create:
            self._on_create(ctx, plan, record)
        elif old is not None:
            numbering.renumber(ctx.account, plan, record, old, ctx.today)
        children: Children = {}
        below = (*ctx.parents, ident)
        deferred: list[Record] = []
        for name, child_key in plan.embedded.items():
            if name in children_in:
                child_plan = self.plans[child_key]
                child_ctx = Ctx(ctx.account, below, ctx.now, ctx.today)
                entries = children_in[name] if isinstance(children_in[name], list) else []
                built = [self._build(child_ctx, child_plan, None, e, "create")[0] for e in entries]
                children[name] = record[name] = built
                deferred += child_ctx.deferred
            elif old is not None:
                record[name] = list(ctx.account.rows(child_key, below).values())
            else:
                record[name] = []
        ctx.sent = set(body)
        for rule in plan.derive:
            rule(record, ctx)
        if deferred:  # payments of "what is still open", now that the totals are known
            self._settle(ctx, plan, record, deferred)
        if later:
            ctx.deferred.append(record)
        self._finish(plan, record, ctx)
        return record, children

    def _remaining(self, ctx: Ctx, plan: Plan, body: dict[str, Any], old: Record | None) -> bool:
        """`remaining_amount` = yes: the payment is what is still open on its document; True
        when that document is being created with it (the amount is settled afterwards)."""
        if body.get("amount") is not None:
            raise ApiError(
                924,
                "Send `amount` or `remaining_amount`, not both.",
                [field("remaining_amount", "body", "not together with amount")],
            )
        parent = None
        if ctx.parents:
            parent_key = plan.key.rsplit("/", 1)[0]
            parent = ctx.account.get(parent_key, ctx.parents[:-1], ctx.parents[-1])
        if parent is None:
            body["amount"] = "0.00"
            return True
        still_open = dec(parent.get("total_with_tax")) - dec(parent.get("total_paid"))
        if old is not None:
            still_open += dec(old.get("amount"))
        if still_open <= 0:
            raise ApiError(925, "Nothing is open on this document.")
        body["amount"] = money(still_open, "amount")
        return False

    def _settle(self, ctx: Ctx, plan: Plan, record: Record, deferred: list[Record]) -> None:
        still_open = dec(record.get("total_with_tax")) - dec(record.get("total_paid"))
        if still_open <= 0:  # the document is being written with it: a rule of the body, 422
            raise ApiError(
                924,
                "Nothing is open on this document for `remaining_amount`.",
                [field("payments", "body", "remaining_amount = yes but nothing is open")],
            )
        deferred[0]["amount"] = money(still_open, "amount")
        for rule in plan.derive:
            rule(record, ctx)

    def _client_for(self, account: Account, customer: dict[str, Any]) -> int | None:
        """The client a `customer` block names: matched by number or name, else created."""
        clients = self.plans.get("clients")
        if clients is None:
            return None
        parts = [customer.get("firstname"), customer.get("lastname")]
        name = customer.get("company_name") or " ".join(str(p) for p in parts if p)
        if not name:
            raise ApiError(
                924,
                "The customer needs `company_name` or `lastname`.",
                [field("customer/company_name", "body", "company_name or lastname is required")],
            )
        number = customer.get("customer_number")
        for ident, client in account.rows("clients", ()).items():
            if number is not None and str(client.get("number")) == str(number):
                return ident
            if str(client.get("name", "")).casefold() == str(name).casefold():
                return ident
        body: dict[str, Any] = {"name": str(name)}
        code = country_code(customer.get("country"))
        if code and "country_code" in clients.writable:
            body["country_code"] = code
        created = self.create(account, "clients", (), body)
        return int(created[clients.id_field])

    @staticmethod
    def _base_of(plan: Plan, old: Record, body: dict[str, Any], mode: str) -> Record:
        """What a replace or an update starts from."""
        if mode == "update":
            record = {k: v for k, v in old.items() if k not in plan.embedded}
            if plan.line:  # the amount sent decides; drop the other one to recompute it
                if "amount" in body and "amount_with_tax" not in body:
                    record.pop("amount_with_tax", None)
                elif "amount_with_tax" in body and "amount" not in body:
                    record.pop("amount", None)
            return record
        record = {
            k: v
            for k, v in old.items()
            if (k not in plan.writable or k in plan.kept) and k not in plan.embedded
        }
        if plan.line:
            record.pop("amount", None)
            record.pop("amount_with_tax", None)
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
            account.tables.setdefault(child_key, {})[(*parents, ident)] = {
                c[child_id]: c for c in built
            }
            account.touch(child_key)
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
        ordered = [(k, record[k]) for k in plan.fields if k in record]
        record.clear()  # in place: parents' embedded lists hold this very dict
        record.update(ordered)  # schema order, and nothing the read schema does not name


def _as_sent(error: ApiError, own: str | None) -> ApiError:
    """A refusal raised while the parent was refreshed, named as the sub-object's own request
    body names its fields: the client sent `amount` to `/purchases/6002/rows/6201`, so
    `rows/0/amount` of the parent is `amount`. What lies outside this sub-object (a total of
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


def _split_quantity(body: dict[str, Any]) -> None:
    combined = body.pop("quantity_with_unit", None)
    if not isinstance(combined, str):
        return
    if "quantity" in body or "unit" in body:
        raise ApiError(
            924,
            "quantity_with_unit cannot be sent together with quantity or unit.",
            [field("quantity_with_unit", "body", "not together with quantity or unit")],
        )
    quantity, _, unit = combined.partition(" ")
    body["quantity"], body["unit"] = quantity, unit
