"""Stateful answers per operation kind: list, read, create, replace, update, delete, bulk.

Every object lives in its account; a sub-object needs its parent (404 otherwise). Writes go
through `fill.Writer`, which keeps system fields and parent totals right.
"""

from __future__ import annotations

from typing import Any

from mock_runtime import listing, numbering, renditions
from mock_runtime.call import Call, Reply
from mock_runtime.errors import NOT_FOUND, WARNING_TITLES, ApiError
from mock_runtime.fill import Writer
from mock_runtime.formats import Encoders, Target, rows_only
from mock_runtime.plans import Plan
from mock_runtime.statuses import refuse_if_locked
from mock_runtime.storage.base import Account, Record
from mock_runtime.validation import Schemas
from mock_runtime.xmlcodec import XmlCodec
from spec_rules.types import BulkReport, ListEnvelope


class Handlers:
    def __init__(
        self,
        plans: dict[str, Plan],
        writer: Writer,
        schemas: Schemas,
        xml: XmlCodec,
        examples: dict[str, Any],
        envelope: ListEnvelope,
        report: BulkReport | None = None,
    ) -> None:
        self.plans = plans
        self.envelope = envelope
        self.report = report
        # query parameters that page or shape a list rather than select its rows
        self._not_filters = frozenset({envelope.page_parameter, envelope.per_page_parameter})
        self.examples = examples
        self.writer = writer
        self.schemas = schemas
        self.xml = xml
        self.encoders = Encoders(schemas, xml)
        self._filters: dict[str, list[listing.Filter]] = {}

    # ------------------------------------------------------------------ helpers
    def plan(self, call: Call) -> Plan:
        plan = self.plans.get(call.route.resource)
        if plan is None:
            raise ApiError(NOT_FOUND, f"Nothing is stored at {call.route.path} in this mock.")
        return plan

    def parents_of(self, call: Call) -> tuple[int, ...]:
        if not call.route.parent_params:
            return ()
        parents = call.parents()
        assert call.account is not None
        if parents and not call.account.parent_exists(call.route.resource, parents):
            parent = _noun(call.route.resource.split("/")[-2])
            raise ApiError(NOT_FOUND, f"No {parent} {parents[-1]} exists in this account.")
        return parents

    def find(self, call: Call) -> tuple[tuple[int, ...], Record]:
        account = _account(call)
        parents = self.parents_of(call)
        ident = call.ident()
        record = account.get(call.route.resource, parents, ident)
        if record is None:
            raise ApiError(
                NOT_FOUND, f"No {_noun(call.route.resource)} {ident} exists in this account."
            )
        return parents, record

    def render(self, call: Call, status: int, value: Any, columns: tuple[str, ...] = ()) -> Reply:
        """`value` in the media type negotiated for the call (`formats`): the response schema
        of that media type lays out XML, `columns` a CSV list."""
        pointer = call.route.responses.get(status, ({},))[0].get(call.media or "")
        return self.encoders.reply(status, call.media, value, Target(pointer, columns))

    # ------------------------------------------------------------------ kinds
    def list_page(self, call: Call) -> Reply:
        plan = self.plan(call)
        account = _account(call)
        parents = self.parents_of(call)
        filters = self._filters.get(call.route.operation_id)
        if filters is None:
            filters = self._filters[call.route.operation_id] = listing.plan_filters(
                call.route, plan.fields, plan.external_field
            )
        rows = self._selection(call, plan, account, parents, filters)
        url = call.base + call.route.path.format(**call.path)
        page = listing.envelope(rows, call.query, url, call.raw_query, self.envelope)
        data = self.envelope.data
        if plan.list_omits:  # entries carry the header fields; the sub-lists are read per object
            omit = plan.list_omits
            page[data] = [{k: v for k, v in r.items() if k not in omit} for r in page[data]]
        if rows_only(call.media):  # a table of the entries (CSV), without the envelope
            return self.render(call, 200, page[data], plan.csv_columns)
        return self.render(call, 200, page)

    def _selection(
        self,
        call: Call,
        plan: Plan,
        account: Account,
        parents: tuple[int, ...],
        filters: list[listing.Filter],
    ) -> list[Record]:
        """Filtered and sorted rows, cached until the collection changes: paging through a
        large list does not sort it again for every page."""
        key = call.route.resource
        paging = self._not_filters
        wanted = tuple(sorted((k, str(v)) for k, v in call.query.items() if k not in paging))
        cache_key = (call.route.operation_id, parents, wanted)
        version = account.versions.get(key, 0)
        cached = account.list_cache.get(cache_key)
        if cached is not None and cached[0] == version:
            return cached[1]
        rows = list(account.rows(key, parents).values())
        rows = listing.select(rows, call.query, filters, plan.search_fields)
        sort = call.query.get("sort")
        if sort == plan.id_field:
            pass  # stored in id order already
        elif sort == f"-{plan.id_field}":
            rows.reverse()
        else:
            rows = listing.order(rows, sort, plan.decimal_fields)
        if len(account.list_cache) >= 64:
            account.list_cache.clear()
        account.list_cache[cache_key] = (version, rows)
        return rows

    def read(self, call: Call) -> Reply:
        route = call.route
        if route.lookup is not None:
            return self.render(call, 200, self._by_field(call))
        if route.action is not None:
            return self.view(call)
        _, record = self.find(call)
        return self.render(call, 200, record)

    def _by_field(self, call: Call) -> Record:
        plan = self.plan(call)
        account = _account(call)
        assert call.route.lookup is not None
        value = call.path[call.route.lookup]
        if call.route.lookup == plan.rules.number_field:
            ident = numbering.index(account, plan).get(value)
            record = account.get(call.route.resource, (), ident) if ident is not None else None
        else:
            record = next(
                (
                    r
                    for r in account.rows(call.route.resource, ()).values()
                    if r.get(call.route.lookup) == value
                ),
                None,
            )
        if record is None:
            raise ApiError(
                NOT_FOUND,
                f"No {_noun(call.route.resource)} with {call.route.lookup} {value} exists.",
            )
        return record

    def view(self, call: Call) -> Reply:
        """A computed view of an object (stock): the spec's example, for this object and day."""
        _, record = self.find(call)
        example = self.example_of(call)
        if not isinstance(example, dict):
            return self.render(call, 200, {})
        out = dict(example)
        plan = self.plan(call)
        id_field = plan.id_field
        seeded = out.get(id_field) == record.get(id_field)
        for name, value in call.path.items():
            if name in out:
                out[name] = value
        for name, value in call.query.items():
            if name in out and isinstance(value, str):
                out[name] = value
        if "date" in out and "date" not in call.query:
            out["date"] = self.writer.clock().date().isoformat()
        if not seeded:
            for name, value in out.items():
                if isinstance(value, list):
                    out[name] = []
        return self.render(call, 200, out)

    def printable(self, call: Call) -> renditions.PrintCopy:
        """The printable copy of an object (`x-printable`), read from the store. It is a frozen
        value, so laying it out (HTML or PDF, `render`) may run off the event loop."""
        _, record = self.find(call)
        return renditions.copy_of(record, self.plan(call), _account(call), self.plans)

    def example_of(self, call: Call) -> Any:
        examples = self.examples.get(call.route.operation_id, {}).get(str(call.route.success), {})
        found = examples.get(call.media or "application/json") or []
        return found[0][1] if found else None

    def unlocked(self, call: Call, record: Record | None, parents: tuple[int, ...]) -> None:
        """The declared lock (`x-status-machine`): a change to an object, or to a sub-object of
        one, whose status locks it, where the operation declares 409."""
        if 409 not in call.route.responses:
            return
        key = call.route.resource
        checks: list[tuple[str, Record | None]] = [(key, record)]
        if parents:
            parent_key = key.rsplit("/", 1)[0]
            account = _account(call)
            checks.append((parent_key, account.get(parent_key, parents[:-1], parents[-1])))
        for plan_key, found in checks:
            plan = self.plans.get(plan_key)
            machine = plan.rules.status_machine if plan else None
            if machine and found:
                refuse_if_locked(machine, found)

    def create(self, call: Call) -> Reply:
        self.plan(call)
        parents = self.parents_of(call)
        self.unlocked(call, None, parents)
        record = self.writer.create(
            _account(call), call.route.resource, parents, _object(call.body)
        )
        reply = self.render(call, call.route.success, record)
        reply.headers = [(b"location", str(record.get("uri", "")).encode())]
        return reply

    def replace(self, call: Call) -> Reply:
        parents, old = self.find(call)
        self.unlocked(call, old, parents)
        record = self.writer.replace(
            _account(call), call.route.resource, parents, old, _object(call.body)
        )
        return self.render(call, call.route.success, record)

    def update(self, call: Call) -> Reply:
        parents, old = self.find(call)
        self.unlocked(call, old, parents)
        record = self.writer.update(
            _account(call), call.route.resource, parents, old, _object(call.body)
        )
        return self.render(call, call.route.success, record)

    def delete(self, call: Call) -> Reply:
        parents, old = self.find(call)
        self.unlocked(call, old, parents)
        self.writer.delete(_account(call), call.route.resource, parents, old)
        return Reply(call.route.success)

    def bulk(self, call: Call) -> Reply:
        """A bulk upsert: each object created or updated on its own, reported in the bulk report
        the spec declares (`x-bulk-report`); each result's outcome is the name of the count it
        adds to."""
        names = self.report
        if names is None:
            raise ApiError(NOT_FOUND, "This spec declares no bulk report (x-bulk-report).")
        plan = self.plan(call)
        account = _account(call)
        spec = call.route.bulk or {}
        items = _object(call.body).get(spec.get("field", ""), [])
        id_field = plan.id_field
        url_field = plan.own_url_field
        results: list[dict[str, Any]] = []
        counts = {names.created: 0, names.updated: 0, names.failed: 0}
        for index, item in enumerate(items):
            item = dict(item)
            ident = item.pop(id_field, None)
            result: dict[str, Any] = {
                names.index: index,
                names.id: None,
                names.uri: None,
                names.error: None,
            }
            try:
                if ident is None:
                    record = self.writer.create(account, plan.key, (), item)
                    outcome = names.created
                else:
                    old = account.get(plan.key, (), ident)
                    if old is None:
                        raise ApiError(
                            NOT_FOUND, f"No {_noun(plan.key)} {ident} exists in this account."
                        )
                    record = self.writer.update(account, plan.key, (), old, item) if item else old
                    outcome = names.updated
                result[names.id] = record[id_field]
                result[names.uri] = record.get(url_field) if url_field else None
            except ApiError as error:
                outcome = names.failed
                result[names.error] = error.body()
            counts[outcome] += 1
            results.append({**result, names.outcome: outcome, names.warnings: []})
        warnings = []
        if counts[names.failed]:
            partial = names.partial_warning_id
            warnings.append(
                {
                    names.warning_id: partial,
                    names.warning_title: WARNING_TITLES.get(partial, ""),
                    names.warning_detail: f"{counts[names.failed]} of {len(items)} objects were "
                    "not stored; each result says why.",
                }
            )
        body = {**counts, names.results: results, names.warnings: warnings}
        return Reply(200, body=body, media="application/json")


def _account(call: Call) -> Account:
    assert call.account is not None
    return call.account


def _object(body: Any) -> dict[str, Any]:
    return body if isinstance(body, dict) else {}


def _noun(collection: str) -> str:
    last = collection.rsplit("/", 1)[-1].replace("_", " ")
    if last.endswith("ies"):
        return last[:-3] + "y"
    if last.endswith("sses"):
        return last[:-2]
    return last[:-1] if last.endswith("s") else last
