"""Stored collections of the Tool Library mock server and how it fills what the system sets.

Rules (interpreted by `mock_runtime.fill`): `on_create` runs once when an object is created and
the field is missing; `derive` runs on every write; `placeholders` are valid constants for what
the read schema needs and no rule sets. `defaults` are the write schema's defaults, used for
writable fields not sent. `embedded` lists the sub-collections composed into the object,
`lines` the list whose amounts make the document totals, `line_prices` a line's fields computed
from each other (the one sent decides). `rules` are the behaviour rules the spec declares
(`x-references`, `x-default-from`, `x-numbering`, `x-splits-into`, `x-open-amount`,
`x-find-or-create`, `x-status-machine`, `x-on-delete`, `x-document`), as the typed values of
`spec_rules.types`; `actions` what each action (`POST <object>/<action>`) does, as the
operation's `x-action` declares it (`spec_rules.actions`, run by `mock_runtime.actions`).
"""

from spec_rules.actions import CopyAction, SetAction, Value
from spec_rules.computed import Computed, Expression, Op, When
from spec_rules.types import (
    BlockField,
    Column,
    DefaultFrom,
    Document,
    FieldRules,
    FindOrCreate,
    LineFields,
    Numbering,
    OnDelete,
    Party,
    Printable,
    PropertyRules,
    Reference,
    ResourceRules,
    SplitsInto,
    StatusMachine,
    Switch,
    TotalsFields,
    Transition,
)

RESOURCES = {
    "members": {
        "key": "members",
        "id_field": "member_id",
        "parents": (),
        "collection_path": "/members",
        "object_path": "/members/{member_id}",
        "read_schema": "Member",
        "create_schema": "MemberCreate",
        "update_schema": None,
        "fields": ("member_id", "uri", "name", "phone"),
        "writable": ("name", "phone"),
        "defaults": {},
        "document": False,
        "line": False,
        "line_prices": (),
        "refs": {},
        "rules": ResourceRules(),
        "on_create": (),
        "derive": (
            ("member_id", "id", None),
            (
                "uri",
                "computed",
                Computed(field="uri", when=When.WRITE, value=Expression(op=Op.OWN_URI), limit=2048),
            ),
        ),
        "placeholders": {"name": "Ada Lovelace"},
        "nested": {},
        "csv_columns": ("member_id", "uri", "name", "phone"),
        "search_fields": ("name", "phone"),
        "decimal_fields": (),
        "actions": {},
        "embedded": {},
        "lines": None,
        "list_omits": (),
    },
    "rentals": {
        "key": "rentals",
        "id_field": "rental_id",
        "parents": (),
        "collection_path": "/rentals",
        "object_path": "/rentals/{rental_id}",
        "read_schema": "Rental",
        "create_schema": "RentalCreate",
        "update_schema": "RentalUpdate",
        "fields": (
            "discount_percentage",
            "tax_calculation",
            "tax_included",
            "tax_rate_1",
            "tax_rate_2",
            "tax_rate_3",
            "discount_total_without_tax",
            "total_refundable_deposit",
            "total_without_tax",
            "total_tax_1",
            "total_tax_2",
            "total_tax_3",
            "discount_total_with_tax",
            "total_with_tax",
            "rental_id",
            "uri",
            "number",
            "prefix",
            "leading_zeros",
            "member_id",
            "date",
            "status",
            "returned",
            "renewed_by",
            "note",
            "lines",
        ),
        "writable": (
            "member_id",
            "borrower",
            "number",
            "prefix",
            "leading_zeros",
            "date",
            "note",
            "discount_percentage",
            "lines",
        ),
        "defaults": {"prefix": "RENT-%Y-", "leading_zeros": 4, "discount_percentage": "0"},
        "document": True,
        "line": False,
        "line_prices": (),
        "refs": {"member_id": "members"},
        "rules": ResourceRules(
            fields=(
                FieldRules(
                    path=("borrower",),
                    rules=PropertyRules(
                        find_or_create=FindOrCreate(
                            collection="members",
                            sets="member_id",
                            fields=(
                                BlockField(field="phone", from_=(("phone",),), match=True),
                                BlockField(
                                    field="name",
                                    from_=(("given_name", "surname"),),
                                    match=True,
                                    required=True,
                                ),
                            ),
                        )
                    ),
                ),
                FieldRules(
                    path=("lines", "*", "amount"),
                    rules=PropertyRules(
                        default_from=DefaultFrom(reference="tool_id", field="daily_rate")
                    ),
                ),
                FieldRules(
                    path=("lines", "*", "name"),
                    rules=PropertyRules(
                        default_from=DefaultFrom(reference="tool_id", field="name")
                    ),
                ),
                FieldRules(
                    path=("lines", "*", "slip_line"),
                    rules=PropertyRules(
                        splits_into=SplitsInto(fields=("quantity", "name"), separator=";")
                    ),
                ),
                FieldRules(
                    path=("lines", "*", "tool_id"),
                    rules=PropertyRules(references=Reference(collection="tools", error_id=924)),
                ),
                FieldRules(
                    path=("member_id",),
                    rules=PropertyRules(references=Reference(collection="members", error_id=924)),
                ),
            ),
            number_field="number",
            numbering=Numbering(
                prefix="prefix",
                leading_zeros="leading_zeros",
                date="date",
                default_leading_zeros=4,
                error_id=924,
            ),
            status_machine=StatusMachine(
                field="status",
                initial="open",
                locked=("closed", "voided"),
                lock_error_id=925,
                transitions=(
                    Transition(action="close", from_=("open",), to="closed"),
                    Transition(action="void", from_=("open",), to="voided"),
                    Transition(action="renew", from_=("closed",), to="closed"),
                ),
            ),
            on_delete=OnDelete(cascade=("lines",)),
            document=Document(
                lines="lines",
                line_prices=("amount", "amount_with_tax"),
                fields=TotalsFields(
                    discount_percentage="discount_percentage",
                    per_line=Switch(field="tax_calculation", equals="item"),
                    tax_included=Switch(field="tax_included", equals="yes"),
                    tax_rates=("tax_rate_1", "tax_rate_2", "tax_rate_3"),
                    tax_totals=("total_tax_1", "total_tax_2", "total_tax_3"),
                    discount_without_tax="discount_total_without_tax",
                    discount_with_tax="discount_total_with_tax",
                    deposit_total="total_refundable_deposit",
                    without_tax="total_without_tax",
                    with_tax="total_with_tax",
                ),
                line_fields=LineFields(
                    price="amount",
                    price_with_tax="amount_with_tax",
                    quantity="quantity",
                    tax_rate="tax_rate",
                    special=Switch(field="tax_rate_special_status", equals="DR"),
                    without_tax="total_without_tax",
                    with_tax="total_with_tax",
                ),
            ),
            printable=Printable(
                title="Rental slip",
                number="number",
                status="status",
                client=Party(
                    heading="Lent to",
                    lines=(("member_id.name",),),
                    facts=(Column(label="Phone", fields=("member_id.phone",)),),
                ),
                header=(
                    Column(label="Lent on", fields=("date",)),
                    Column(label="Returned", fields=("returned",)),
                ),
                columns=(
                    Column(label="Tool", fields=("name",)),
                    Column(label="Days", fields=("quantity",)),
                    Column(label="Day rate", fields=("amount",)),
                    Column(label="Amount", fields=("total_without_tax",)),
                ),
                vat_label="VAT {rate}%",
                totals=(
                    Column(label="Discount", fields=("discount_total_without_tax",)),
                    Column(label="Total with VAT", fields=("total_with_tax",)),
                ),
            ),
        ),
        "on_create": (
            (
                "number",
                "number",
                {
                    "prefix": "prefix",
                    "zeros": "leading_zeros",
                    "date": "date",
                    "default_zeros": 4,
                    "max_length": 40,
                },
            ),
            (
                "status",
                "computed",
                Computed(
                    field="status", when=When.CREATE, value=Expression(op=Op.CONSTANT, value="open")
                ),
            ),
            (
                "tax_rate_1",
                "computed",
                Computed(
                    field="tax_rate_1",
                    when=When.CREATE,
                    value=Expression(op=Op.CONSTANT, value="21"),
                    limit=6,
                ),
            ),
            (
                "tax_rate_2",
                "computed",
                Computed(
                    field="tax_rate_2",
                    when=When.CREATE,
                    value=Expression(op=Op.CONSTANT, value="12"),
                    limit=6,
                ),
            ),
            (
                "tax_rate_3",
                "computed",
                Computed(
                    field="tax_rate_3",
                    when=When.CREATE,
                    value=Expression(op=Op.CONSTANT, value="6"),
                    limit=6,
                ),
            ),
            (
                "date",
                "computed",
                Computed(field="date", when=When.CREATE, value=Expression(op=Op.TODAY), limit=10),
            ),
        ),
        "derive": (
            ("rental_id", "id", None),
            ("lines", "totals", None),
            (
                "uri",
                "computed",
                Computed(field="uri", when=When.WRITE, value=Expression(op=Op.OWN_URI), limit=2048),
            ),
        ),
        "placeholders": {
            "tax_calculation": "total",
            "tax_included": "no",
            "member_id": 1,
            "status": "closed",
            "returned": None,
            "renewed_by": None,
        },
        "nested": {},
        "csv_columns": (
            "discount_percentage",
            "tax_calculation",
            "tax_included",
            "tax_rate_1",
            "tax_rate_2",
            "tax_rate_3",
            "discount_total_without_tax",
            "total_refundable_deposit",
            "total_without_tax",
            "total_tax_1",
            "total_tax_2",
            "total_tax_3",
            "discount_total_with_tax",
            "total_with_tax",
            "rental_id",
            "uri",
            "number",
            "prefix",
            "leading_zeros",
            "member_id",
            "date",
            "status",
            "returned",
            "renewed_by",
            "note",
        ),
        "search_fields": ("number", "prefix", "note"),
        "decimal_fields": (
            "discount_percentage",
            "tax_rate_1",
            "tax_rate_2",
            "tax_rate_3",
            "discount_total_without_tax",
            "total_refundable_deposit",
            "total_without_tax",
            "total_tax_1",
            "total_tax_2",
            "total_tax_3",
            "discount_total_with_tax",
            "total_with_tax",
        ),
        "actions": {
            "close": SetAction(set={"returned": Value(source="today")}),
            "renew": CopyAction(
                target="rentals",
                back_link="renewed_by",
                omit=("number", "date"),
                lines="lines",
                line_fields={"name": Value(source="object", names=("name",), fallback="tool")},
            ),
        },
        "embedded": {"lines": "rentals/lines"},
        "lines": "lines",
        "list_omits": ("lines",),
    },
    "rentals/lines": {
        "key": "rentals/lines",
        "id_field": "line_id",
        "parents": ("rental_id",),
        "collection_path": "/rentals/{rental_id}/lines",
        "object_path": "/rentals/{rental_id}/lines/{line_id}",
        "read_schema": "RentalLine",
        "create_schema": "RentalLineCreate",
        "update_schema": "RentalLineUpdate",
        "fields": (
            "amount",
            "amount_with_tax",
            "quantity",
            "tax_rate",
            "tax_rate_special_status",
            "total_without_tax",
            "total_with_tax",
            "line_id",
            "rental_id",
            "uri",
            "tool_id",
            "name",
        ),
        "writable": ("tool_id", "name", "amount", "quantity", "tax_rate", "slip_line"),
        "defaults": {"quantity": "1", "tax_rate": "0"},
        "document": False,
        "line": True,
        "line_prices": ("amount", "amount_with_tax"),
        "refs": {"tool_id": "tools"},
        "rules": ResourceRules(
            fields=(
                FieldRules(
                    path=("amount",),
                    rules=PropertyRules(
                        default_from=DefaultFrom(reference="tool_id", field="daily_rate")
                    ),
                ),
                FieldRules(
                    path=("name",),
                    rules=PropertyRules(
                        default_from=DefaultFrom(reference="tool_id", field="name")
                    ),
                ),
                FieldRules(
                    path=("slip_line",),
                    rules=PropertyRules(
                        splits_into=SplitsInto(fields=("quantity", "name"), separator=";")
                    ),
                ),
                FieldRules(
                    path=("tool_id",),
                    rules=PropertyRules(references=Reference(collection="tools", error_id=924)),
                ),
            )
        ),
        "on_create": (),
        "derive": (
            ("rental_id", "parent", 0),
            ("line_id", "id", None),
            (
                "uri",
                "computed",
                Computed(field="uri", when=When.WRITE, value=Expression(op=Op.OWN_URI), limit=2048),
            ),
        ),
        "placeholders": {"tool_id": 1, "name": "Cordless drill"},
        "nested": {},
        "csv_columns": (
            "amount",
            "amount_with_tax",
            "quantity",
            "tax_rate",
            "tax_rate_special_status",
            "total_without_tax",
            "total_with_tax",
            "line_id",
            "rental_id",
            "uri",
            "tool_id",
            "name",
        ),
        "search_fields": ("tax_rate_special_status", "name"),
        "decimal_fields": (
            "amount",
            "amount_with_tax",
            "quantity",
            "tax_rate",
            "total_without_tax",
            "total_with_tax",
        ),
        "actions": {},
        "embedded": {},
        "lines": None,
        "list_omits": (),
    },
    "tools": {
        "key": "tools",
        "id_field": "tool_id",
        "parents": (),
        "collection_path": "/tools",
        "object_path": "/tools/{tool_id}",
        "read_schema": "Tool",
        "create_schema": "ToolCreate",
        "update_schema": None,
        "fields": ("tool_id", "uri", "name", "code", "daily_rate", "supplier_ref"),
        "writable": ("name", "code", "daily_rate", "supplier_ref"),
        "defaults": {},
        "document": False,
        "line": False,
        "line_prices": (),
        "refs": {},
        "rules": ResourceRules(
            fields=(
                FieldRules(
                    path=("supplier_ref",),
                    rules=PropertyRules(
                        references=Reference(external="the supplier's catalogue number")
                    ),
                ),
            )
        ),
        "on_create": (),
        "derive": (
            ("tool_id", "id", None),
            (
                "uri",
                "computed",
                Computed(field="uri", when=When.WRITE, value=Expression(op=Op.OWN_URI), limit=2048),
            ),
        ),
        "placeholders": {"name": "Cordless drill", "code": "DR-01", "daily_rate": "12.50"},
        "nested": {},
        "csv_columns": ("tool_id", "uri", "name", "code", "daily_rate", "supplier_ref"),
        "search_fields": ("name", "code", "supplier_ref"),
        "decimal_fields": ("daily_rate",),
        "actions": {},
        "embedded": {},
        "lines": None,
        "list_omits": (),
    },
}
