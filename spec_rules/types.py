"""Typed forms of the behaviour extensions, imported by every side that produces or runs a rule.

Frozen dataclasses so a plan is a value: the generator writes them into
`generated/mock_server/resources.py` as constructor calls, the mock imports that module, and a
rule this vocabulary does not know fails at import time instead of being skipped at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Reference:
    """`x-references` on an id property: the collection whose object the id names.

    An owned reference (`collection` set) must name an object of the caller's account, else the
    write is refused with 422 and `error_id`. An external one (`external` set) is an id of
    another system that the API stores as given and never checks.
    """

    collection: str | None = None
    error_id: int | None = None
    external: str | None = None

    @property
    def owned(self) -> bool:
        return self.collection is not None


@dataclass(frozen=True, slots=True)
class DefaultFrom:
    """`x-default-from` on a property: left out of a write, it takes the value of `field` of the
    object that the sibling id property `reference` names."""

    reference: str
    field: str


@dataclass(frozen=True, slots=True)
class Numbering:
    """`x-numbering` on a number property: numbers are assigned when the write leaves it out.

    The number is the prefix (PHP date letters after `%` expanded on the document date), then
    the next free sequence number padded to the leading zeros. `prefix` and `leading_zeros` name
    sibling properties that hold those settings per object; with `unique`, a number sent that
    is already taken is refused with 422 and `error_id`.
    """

    prefix: str | None = None
    leading_zeros: str | None = None
    date: str | None = None  # the sibling date property the prefix's date letters expand on
    default_leading_zeros: int = 0
    unique: bool = True
    error_id: int | None = None


@dataclass(frozen=True, slots=True)
class Transition:
    """One move of a status machine: the action (the last URL segment of `POST .../{id}/<action>`)
    that takes an object from any status of `from_` to `to`."""

    action: str
    from_: tuple[str, ...]
    to: str


@dataclass(frozen=True, slots=True)
class StatusMachine:
    """`x-status-machine` on a read schema: the statuses of `field`, how actions move them, and
    which statuses lock the object (and its sub-objects) against any change (`lock_error_id`,
    sent with the status the catalogue gives that id)."""

    field: str
    initial: str
    locked: tuple[str, ...] = ()
    lock_error_id: int | None = None
    transitions: tuple[Transition, ...] = ()

    def allows(self, action: str, status: str) -> bool | None:
        """True or False when `action` is a declared transition, None when it is not one."""
        moves = [t for t in self.transitions if t.action == action]
        if not moves:
            return None
        return any(status in t.from_ for t in moves)


@dataclass(frozen=True, slots=True)
class OnDelete:
    """`x-on-delete` on a read schema: the sub-collections (by property name) removed with the
    object. Sub-collections not listed are kept reachable nowhere, so a spec lists them all."""

    cascade: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Switch:
    """A field and the value of it that switches a rule of the arithmetic on."""

    field: str
    equals: str


@dataclass(frozen=True, slots=True)
class TotalsFields:
    """`x-totals` on the shared totals schema: which of its fields plays which role in the
    totals arithmetic (ADR 0003, rules 1 to 7). `tax_rates[k]` is taxed into `tax_totals[k]`;
    `per_line` says when each line's tax is rounded on its own, `tax_included` when the lines'
    prices are entered with tax."""

    discount_percentage: str
    per_line: Switch
    tax_included: Switch
    tax_rates: tuple[str, ...]
    tax_totals: tuple[str, ...]
    discount_without_tax: str
    discount_with_tax: str
    deposit_total: str
    without_tax: str
    with_tax: str


@dataclass(frozen=True, slots=True)
class LineFields:
    """`x-line-amounts` on the shared line schema: which of its fields plays which role in a
    line's amounts. `special` names the special-treatment code (only with rate 0) and the code
    of a refundable deposit."""

    price: str
    price_with_tax: str
    quantity: str
    tax_rate: str
    special: Switch
    without_tax: str
    with_tax: str


@dataclass(frozen=True, slots=True)
class Document:
    """`x-document` on a read schema: a money document whose totals follow the shared schema
    `totals` (ADR 0003), computed from the lines held by the property `lines`. The roles of
    the shared schemas' fields (`x-totals`, `x-line-amounts`) are planned in at generation."""

    lines: str
    totals: str = "DocumentTotals"
    line_amounts: str = "LineAmounts"
    line_prices: tuple[str, ...] = ()  # one price with or without VAT: each computed from another
    fields: TotalsFields | None = None
    line_fields: LineFields | None = None


@dataclass(frozen=True, slots=True)
class SplitsInto:
    """`x-splits-into` on a write-only text property: a shorthand for the sibling `fields`,
    cut at `separator` (the last part keeps the rest). Sent with one of `fields`: 422."""

    fields: tuple[str, ...]
    separator: str = " "


@dataclass(frozen=True, slots=True)
class OpenAmount:
    """`x-open-amount` on a write-only flag of a sub-object: sent, the sibling `into` is what is
    still open on the parent (`total` minus `paid` of the parent object); nothing open is
    refused with `error_id` (409). Sent with `into`: 422."""

    into: str
    total: str
    paid: str
    error_id: int | None = None


@dataclass(frozen=True, slots=True)
class BlockField:
    """One field of the objects an `x-find-or-create` block names, taken from the block: the
    first alternative of `from_` that is filled; an alternative of several fields joins the
    filled ones with one space. `convert` names a conversion of the runtime (`country_code`)."""

    field: str
    from_: tuple[tuple[str, ...], ...]
    match: bool = False
    create: bool = True
    required: bool = False
    convert: str | None = None


@dataclass(frozen=True, slots=True)
class FindOrCreate:
    """`x-find-or-create` on an object property of a write schema: when the sibling id `sets`
    is not sent, the block names an object of the top-level `collection`: the first one that a
    `match` field equals (case-insensitive, fields in order), else a new one made of the
    `create` fields. A `required` field the block leaves empty is refused with 422."""

    collection: str
    sets: str
    fields: tuple[BlockField, ...]


@dataclass(frozen=True, slots=True)
class Column:
    """One printed value: its label and where it comes from (the first of `fields` that has a
    value, so a line can print its description or else its name), with `suffix` after it.

    A field is a path: `billing_address.city` reads into an object, and a step through an id
    with an owned `x-references` (`client_id.tax_code`) reads the object that id names."""

    label: str
    fields: tuple[str, ...]
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Party:
    """A printed address block (the seller or the client): a heading, then one line per entry
    of `lines` (the filled fields of an entry joined by a space; an empty line is left out),
    the `address` lines read from the first object of `address_from` that fills one (the
    document's billing address, else the client's own), then labelled `facts` (VAT number)."""

    heading: str
    lines: tuple[tuple[str, ...], ...] = ()
    address_from: tuple[str, ...] = ()
    address: tuple[tuple[str, ...], ...] = ()
    facts: tuple[Column, ...] = ()


@dataclass(frozen=True, slots=True)
class Fallback:
    """An id left empty on a document names the object of its collection whose boolean `flag`
    is true (the account's default layout, say), for printing only."""

    reference: str
    flag: str


@dataclass(frozen=True, slots=True)
class Printable:
    """`x-printable` on a read schema: what the HTML and PDF copies of an object show. The
    title is `title` followed by the value of `number` (the id when it has none) and the
    value of `status`; then the `seller` and `client` blocks, the `header` facts, `columns` of
    each line (the `x-document` lines), the VAT per rate when `vat_label` is set (the rate
    and VAT pairs of the `x-document` totals' `x-totals` roles, `{rate}` in the label
    replaced by the rate), and last the `totals`."""

    title: str
    number: str | None = None
    status: str | None = None
    seller: Party | None = None
    client: Party | None = None
    header: tuple[Column, ...] = ()
    columns: tuple[Column, ...] = ()
    vat_label: str | None = None
    totals: tuple[Column, ...] = ()
    fallbacks: tuple[Fallback, ...] = ()


@dataclass(frozen=True, slots=True)
class PropertyRules:
    """Every behaviour rule declared on one property."""

    references: Reference | None = None
    default_from: DefaultFrom | None = None
    numbering: Numbering | None = None
    splits_into: SplitsInto | None = None
    open_amount: OpenAmount | None = None
    find_or_create: FindOrCreate | None = None

    @property
    def of_writes(self) -> bool:
        """Whether a rule applies to a request body (all but the numbering of the read schema)."""
        return any(
            (
                self.references,
                self.default_from,
                self.splits_into,
                self.open_amount,
                self.find_or_create,
            )
        )


@dataclass(frozen=True, slots=True)
class SchemaRules:
    """Every behaviour rule declared on one object schema, with those of its properties."""

    status_machine: StatusMachine | None = None
    on_delete: OnDelete | None = None
    document: Document | None = None
    printable: Printable | None = None
    properties: dict[str, PropertyRules] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FieldRules:
    """The rules of one field of a request body, at its place: `("rows", "*", "article_id")`,
    where `*` stands for every element of an array."""

    path: tuple[str, ...]
    rules: PropertyRules


@dataclass(frozen=True, slots=True)
class ResourceRules:
    """What a mock must enforce for one stored collection, planned once from its schemas: the
    field rules of its write schemas and the object rules of its read schema."""

    fields: tuple[FieldRules, ...] = ()
    number_field: str | None = None
    numbering: Numbering | None = None
    status_machine: StatusMachine | None = None
    on_delete: OnDelete | None = None
    document: Document | None = None
    printable: Printable | None = None

    def references(self) -> tuple[FieldRules, ...]:
        """The fields whose owned reference must name an existing object."""
        return tuple(f for f in self.fields if f.rules.references and f.rules.references.owned)

    def defaults_from(self) -> tuple[FieldRules, ...]:
        return tuple(f for f in self.fields if f.rules.default_from is not None)

    def splits(self) -> tuple[FieldRules, ...]:
        return tuple(f for f in self.fields if f.rules.splits_into is not None)

    def open_amounts(self) -> tuple[FieldRules, ...]:
        """The flags of the object's own fields that ask for what is open on the parent."""
        return tuple(f for f in self.fields if f.rules.open_amount is not None and len(f.path) == 1)

    def finds(self) -> tuple[FieldRules, ...]:
        return tuple(f for f in self.fields if f.rules.find_or_create is not None)


class Match(StrEnum):
    """How a query parameter filters a list (`x-filter`)."""

    EQUALS = "equals"  # the field equals the value
    FROM = "from"  # the field is on or after the value (inclusive)
    TO = "to"  # the field is on or before the value (inclusive)
    WITHIN = "within"  # the value lies between the field and `until` (inclusive)


@dataclass(frozen=True, slots=True)
class QueryFilter:
    """`x-filter` on a query parameter: which field of the listed objects it filters, and how.
    With `external`, the field is the object's own external reference (`x-references`
    `external`), so one shared parameter serves every collection."""

    match: Match
    field: str | None = None
    until: str | None = None
    external: bool = False


@dataclass(frozen=True, slots=True)
class RateLimit:
    """`x-rate-limit` on the schema of the header that announces the limit: requests a minute
    per key, and the smaller limit of a key that made more than `daily_threshold` requests in
    the last 24 hours."""

    per_minute: int
    daily_threshold: int | None = None
    reduced_per_minute: int | None = None


@dataclass(frozen=True, slots=True)
class ListEnvelope:
    """`x-list-envelope` on the shared paging schema: the names of a list answer's parts and of
    the paging query parameters, so every list is paged and linked the same way."""

    data: str
    meta: str
    links: str
    total: str
    page: str
    per_page: str
    self_link: str
    next_link: str
    page_parameter: str
    per_page_parameter: str
    default_per_page: int


@dataclass(frozen=True, slots=True)
class BulkReport:
    """`x-bulk-report` on the shared bulk result schema: the names of its counts, of each
    object's result and of the warning a partly stored request carries (`partial_warning_id`)."""

    created: str
    updated: str
    failed: str
    results: str
    warnings: str
    index: str
    outcome: str
    id: str
    uri: str
    error: str
    warning_id: str
    warning_title: str
    warning_detail: str
    partial_warning_id: int
