"""Actions (`POST <object>/<action>`), as the spec's `x-action` declares them.

The runtime knows four kinds (`spec_rules.actions`) and no field, collection, status or word of
the API: those all come from the plan.

- set: fields of the object set to today, a constant, a body or object value;
- record: an object added to a sub-collection of the object (an event of a mailing), its
  recipient list resolved to addresses of the party the object references and its contacts,
  a value appended to a list of the object (a tag);
- copy: an object of another collection made of this one's writable fields and lines, linked
  back by a field of this one (an offer turned into an invoice);
- link: the object tied to another one whose id the body names (409 when already tied, 422 for
  an unknown target, another value of a field that must match, or an amount that does not
  cover what is open); it may become a sub-object of the target (a payment, an item).

Every kind first answers the declared `refuse` states, and when the object's status machine
declares a transition for the action, the action runs only from its `from` statuses and moves
the status to its `to`. An action with no `x-action` only moves the status, or answers the
object as it is.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from mock_runtime.call import Call, Reply
from mock_runtime.errors import (
    BUSINESS_RULE_VIOLATED,
    CONFLICT,
    NOT_FOUND,
    REQUIRED_MISSING,
    ApiError,
    field,
)
from mock_runtime.handlers import Handlers
from mock_runtime.money import dec, money
from mock_runtime.plans import Plan
from mock_runtime.statuses import refuse_if_not_allowed
from mock_runtime.storage.base import Account, Record
from spec_rules.actions import (
    Action,
    CopyAction,
    LinkAction,
    Recipients,
    RecordAction,
    SetAction,
    Value,
)
from spec_rules.types import StatusMachine

_MISSING = object()


class Actions:
    def __init__(self, handlers: Handlers) -> None:
        self.h = handlers

    def run(self, call: Call) -> Reply:
        action = call.route.action or ""
        plan = self.h.plan(call)
        declared = plan.actions.get(action)
        if declared is not None:
            parents, record = self.h.find(call)
            self._refuse(call, declared, record)
            if isinstance(declared, SetAction):
                return self.set(call, declared, parents, record)
            if isinstance(declared, RecordAction):
                return self.record(call, declared, parents, record)
            if isinstance(declared, CopyAction):
                return self.copy(call, declared, parents, record)
            return self.link(call, declared, parents, record)
        machine = plan.rules.status_machine
        if machine is not None and any(t.action == action for t in machine.transitions):
            parents, record = self.h.find(call)
            refuse_if_not_allowed(machine, action, record)
            self._move(call, record)
            self.h.writer.refresh(_account(call), call.route.resource, parents, record)
            return self.h.render(call, call.route.success, record)
        _, record = self.h.find(call)
        return self.h.render(call, call.route.success, record)

    # ------------------------------------------------------------------ common
    def _machine(self, call: Call) -> StatusMachine | None:
        machine = self.h.plan(call).rules.status_machine
        action = call.route.action or ""
        if machine is not None and any(t.action == action for t in machine.transitions):
            return machine
        return None

    def _refuse(self, call: Call, action: Action, record: Record) -> None:
        body = _body(call)
        for refusal in action.refuse:
            if all(body.get(k) == v for k, v in refusal.body.items()) and all(
                record.get(k) == v for k, v in refusal.object.items()
            ):
                raise ApiError(refusal.error_id, refusal.message)
        machine = self._machine(call)
        if machine is not None:
            refuse_if_not_allowed(machine, call.route.action or "", record)

    def _move(self, call: Call, record: Record) -> None:
        """The status machine's transition for the action, when it declares one."""
        machine = self._machine(call)
        if machine is None:
            return
        action = call.route.action or ""
        status = str(record.get(machine.field))
        move = next(
            (t for t in machine.transitions if t.action == action and status in t.from_), None
        )
        if move is not None:
            record[machine.field] = move.to

    def _value(self, name: str, value: Value, source: Record, body: dict[str, Any]) -> Any:
        """The value `value` declares, or `_MISSING` when it finds none and has no fallback."""
        out: Any
        if value.source == "constant":
            out = copy.deepcopy(value.constant)
        elif value.source == "today":
            out = self.h.writer.clock().date().isoformat()
        elif value.source == "template":
            out = value.template.format_map(_Fields(source))
        else:
            given = source if value.source == "object" else body
            out = next((given[n] for n in value.names if given.get(n)), None)
            if out is None:
                if value.fallback is None:
                    return _MISSING
                out = value.fallback
        if value.money:
            out = money(dec(out), name)
        if value.max_length is not None:
            out = str(out)[: value.max_length]
        return out

    def _write(
        self,
        into: dict[str, Any],
        fields: dict[str, Value],
        source: Record,
        body: dict[str, Any],
        *,
        only_empty: bool = False,
    ) -> None:
        for name, value in fields.items():
            if only_empty and into.get(name):
                continue
            found = self._value(name, value, source, body)
            if found is not _MISSING:
                into[name] = found

    def _finish(self, call: Call, parents: tuple[int, ...], record: Record) -> None:
        self._move(call, record)
        self.h.writer.refresh(_account(call), call.route.resource, parents, record)

    # ------------------------------------------------------------------ set
    def set(self, call: Call, action: SetAction, parents: tuple[int, ...], record: Record) -> Reply:
        self._write(record, action.set, record, _body(call))
        self._finish(call, parents, record)
        return self.h.render(call, call.route.success, record)

    # ------------------------------------------------------------------ record
    def record(
        self, call: Call, action: RecordAction, parents: tuple[int, ...], record: Record
    ) -> Reply:
        account = _account(call)
        key = call.route.resource
        plan = self.h.plan(call)
        body = _body(call)
        entry: Record = {}
        self._write(entry, action.fields, record, body)
        if action.recipients is not None:
            found = self._addresses(account, plan, record, body, action.recipients)
            entry[action.recipients.into] = [
                self._recipient(address, action.recipients) for address in found
            ]
        ident = record[plan.id_field]
        child_key = f"{key}/{action.collection}"
        made: Record | None = None
        if child_key in self.h.plans:
            made = self._store_child(account, child_key, (*parents, ident), entry, action)
        if action.append is not None:
            values = record.get(action.append.field)
            if isinstance(values, list) and action.append.value not in values:
                values.append(copy.deepcopy(action.append.value))
        self._finish(call, parents, record)
        if made is not None and call.route.success == 201:
            reply = self.h.render(call, 201, made)
            url = _url(account, self.h.plans[child_key], (*parents, ident), made)
            reply.headers = [(b"location", url.encode())]
            return reply
        return self.h.render(call, call.route.success, record)

    def _store_child(
        self,
        account: Account,
        child_key: str,
        parents: tuple[int, ...],
        entry: Record,
        action: RecordAction,
    ) -> Record:
        child = self.h.plans[child_key]
        child_id = account.new_id(child_key)
        entry = {child.id_field: child_id, **entry}
        ctx = self.h.writer.context(account, parents)
        for name, value in zip(child.parents, parents, strict=True):
            entry[name] = value
        for rule in child.derive:  # its id, parents, URL and what else the spec computes
            rule(entry, ctx)
        self.h.writer._finish(child, entry, ctx)
        try:
            self.h.writer.guard(child, entry)
        except ApiError as error:
            raise _named_as_sent(error, action) from error
        account.put(child_key, parents, child_id, entry)
        return entry

    @staticmethod
    def _recipient(address: str, rule: Recipients) -> dict[str, Any]:
        name = address.split("@")[0]
        if rule.name_max_length is not None:
            name = name[: rule.name_max_length]
        return {rule.name: name, rule.address: address, **copy.deepcopy(rule.entry)}

    def _addresses(
        self,
        account: Account,
        plan: Plan,
        record: Record,
        body: dict[str, Any],
        rule: Recipients,
    ) -> list[str]:
        wanted = body.get(rule.body) or []
        words = {w.word: w for w in rule.words}
        contacts: list[Record] = []
        party_id = record.get(rule.party)
        party_key = plan.refs.get(rule.party)
        if isinstance(party_id, int) and party_key is not None:
            contacts = list(account.rows(f"{party_key}/{rule.contacts}", (party_id,)).values())
            party = account.get(party_key, (), party_id)
            if party and party.get(rule.address):
                itself: Record = {rule.address: party[rule.address]}
                if rule.flag is not None:
                    itself[rule.flag] = True
                contacts.insert(0, itself)
        out: list[str] = []
        for entry in wanted if isinstance(wanted, list) else ():
            if not isinstance(entry, str):
                continue
            if entry in words:
                word = words[entry]
                found = [
                    c[rule.address]
                    for c in contacts
                    if c.get(rule.address)
                    and (not word.flagged or rule.flag is None or c.get(rule.flag))
                ]
                found = [] if word.take == "none" else found
                if not found:
                    raise ApiError(
                        BUSINESS_RULE_VIOLATED,
                        f"{entry}: no contact with an address.",
                        [field(rule.body, "body", f"{entry} finds no address")],
                    )
                take = found[: rule.limit] if word.take == "all" else found[:1]
                out.extend(a for a in take if a not in out)
            elif entry.isdigit():  # the id of a contact
                contact = next((c for c in contacts if str(c.get(rule.contact_id)) == entry), None)
                if contact is None or not contact.get(rule.address):
                    raise ApiError(
                        BUSINESS_RULE_VIOLATED,
                        f"{entry}: no contact with this id and an address.",
                        [field(rule.body, "body", f"contact {entry} has no address")],
                    )
                if contact[rule.address] not in out:
                    out.append(contact[rule.address])
            elif entry not in out:
                out.append(entry)
        return out[: rule.limit]

    # ------------------------------------------------------------------ copy
    def copy(
        self, call: Call, action: CopyAction, parents: tuple[int, ...], source: Record
    ) -> Reply:
        account = _account(call)
        if action.target not in self.h.plans:
            raise ApiError(NOT_FOUND, f"This mock has no {action.target} to copy to.")
        target_plan = self.h.plans[action.target]
        skip = {*action.omit, *([action.lines] if action.lines else [])}
        body = {k: v for k, v in source.items() if k in target_plan.writable and k not in skip}
        own_lines = self.h.plan(call).lines
        if action.lines is not None and own_lines is not None:
            line_plan = self.h.plans.get(f"{action.target}/{action.lines}")
            line_fields = line_plan.writable if line_plan else frozenset()
            lines = []
            for row in source.get(own_lines) or []:
                line = {k: v for k, v in row.items() if k in line_fields}
                self._write(line, action.line_fields, row, {}, only_empty=True)
                lines.append(line)
            body[action.lines] = lines
        made = self.h.writer.create(account, action.target, (), body)
        source[action.back_link] = made[target_plan.id_field]
        self._finish(call, parents, source)
        reply = self.h.render(call, call.route.success, made)
        reply.headers = [(b"location", _url(account, target_plan, (), made).encode())]
        return reply

    # ------------------------------------------------------------------ link
    def link(
        self, call: Call, action: LinkAction, parents: tuple[int, ...], record: Record
    ) -> Reply:
        account = _account(call)
        body = _body(call)
        link = next((k for k in body if k in action.targets), None)
        target_key = action.targets.get(link or "")
        if link is None or target_key not in self.h.plans:
            raise ApiError(
                REQUIRED_MISSING, "Name what to link to.", [field("(body)", "body", "needs an id")]
            )
        if record.get(link) is not None:
            raise ApiError(CONFLICT, f"This object is already linked ({link} {record[link]}).")
        target = account.get(target_key, (), body[link])
        if target is None:
            raise ApiError(
                BUSINESS_RULE_VIOLATED,
                f"{link}: there is no such object in this account.",
                [field(link, "body", "does not exist")],
            )
        for shared in action.match:
            mine, theirs = record.get(shared), target.get(shared)
            if mine is not None and theirs is not None and mine != theirs:
                raise ApiError(
                    BUSINESS_RULE_VIOLATED,
                    f"{link}: it has another {shared.replace('_', ' ')}.",
                    [field(link, "body", f"{shared} differs")],
                )
        cover = action.cover
        if cover is not None:
            still_open = dec(target.get(cover.total)) - dec(target.get(cover.paid))
            if body.get(cover.flag) and dec(record.get(cover.amount)) < still_open:
                raise ApiError(
                    BUSINESS_RULE_VIOLATED,
                    f"The {cover.amount} does not cover the {still_open} still open.",
                    [field(cover.flag, "body", f"{cover.amount} too small")],
                )
        target_plan = self.h.plans[target_key]
        target_id = target[target_plan.id_field]
        becomes = action.becomes
        child_key = f"{target_key}/{becomes.collection}" if becomes else ""
        if becomes is not None and child_key in self.h.plans:
            child: dict[str, Any] = {}
            if becomes.copy_writable:
                writable = self.h.plans[child_key].writable
                child = {k: v for k, v in record.items() if k in writable and v is not None}
            self._write(child, becomes.fields, record, body, only_empty=True)
            off = becomes.percent_off
            percent = dec(record.get(off.by)) if off else Decimal(0)
            if off is not None and percent and off.field in child:
                reduced = dec(child[off.field]) * (1 - percent / Decimal(100))
                child[off.field] = money(reduced, off.field)
            self.h.writer.create(account, child_key, (target_id,), child)
        record[link] = target_id
        for name in action.adopt:
            if record.get(name) is None and target.get(name) is not None:
                record[name] = target[name]
        self._finish(call, parents, record)
        target = account.get(target_key, (), target_id) or target
        if call.route.raw.get("response_schema") == target_plan.read_schema:
            return self.h.render(call, call.route.success, target)
        return self.h.render(call, call.route.success, record)


class _Fields(dict[str, Any]):
    """The object's fields for a template; a field it lacks reads as empty."""

    def __missing__(self, key: str) -> str:
        return ""


def _named_as_sent(error: ApiError, action: RecordAction) -> ApiError:
    """A refusal of the recorded object, named after the request's fields: its resolved list
    (`recipients/2/email_address`) came from the request's list (a word there can stand for
    several addresses, so the position is not the request's); the rest is not sent."""
    rule = action.recipients
    fields = [
        field(
            rule.body if rule is not None and f["name"].startswith(rule.into + "/") else "(body)",
            f["location"],
            f"{f['message']}: the recorded object cannot hold it",
        )
        for f in error.fields
    ]
    names = ", ".join(sorted({f["name"] for f in fields}))
    return ApiError(error.error_id, f"These values cannot be recorded: {names}.", fields)


def _url(account: Account, plan: Plan, parents: tuple[int, ...], record: Record) -> str:
    """The URL of a stored object, from its plan's path."""
    ids = dict(zip(plan.parents, parents, strict=True))
    ids[plan.id_field] = record[plan.id_field]
    return account.base + plan.object_path.format(**ids)


def _body(call: Call) -> dict[str, Any]:
    return call.body if isinstance(call.body, dict) else {}


def _account(call: Call) -> Account:
    assert call.account is not None
    return call.account
