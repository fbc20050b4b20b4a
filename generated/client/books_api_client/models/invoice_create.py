from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.document_language import DocumentLanguage
from ..models.invoice_create_pay_status import InvoiceCreatePayStatus
from ..models.tax_calculation import TaxCalculation
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput
    from ..models.custom_value_input import CustomValueInput
    from ..models.invoice_customer import InvoiceCustomer
    from ..models.invoice_item_create import InvoiceItemCreate
    from ..models.invoice_payment_create import InvoicePaymentCreate
    from ..models.invoice_remark_create import InvoiceRemarkCreate


T = TypeVar("T", bound="InvoiceCreate")


@_attrs_define
class InvoiceCreate:
    """A new invoice, or the full replacement of one (PUT). The client is named by `client_id` or by a `customer` block
    (the system then finds or creates the client); one of the two is required (the `allOf`/`anyOf` of this schema says
    it: 400, 928 without either). With `tax_included` = `yes`, `tax_calculation` = `item` must be sent too (the
    `if`/`then` of this schema). Fields not sent take their defaults; `number`, `type`, `status`, the totals, the tags
    and the events are set by the system.

        Attributes:
            external_invoice_id (str | Unset): Id of the invoice in another system (a web shop's order number, say); not
                checked for uniqueness. Example: Shop-Order-1042.
            client_id (int | Unset): Identifier the system assigns when an object is created; unique within its account and
                domain. Example: 3003.
            customer (InvoiceCustomer | Unset): The customer block of an invoice: who is invoiced, as printed. On create or
                update it is an alternative to `client_id`: the system looks for a client with the same `customer_number` (when
                sent), else with the same `company_name` and `country`, else with the same `lastname`, `zipcode` and
                `building_number`; when none matches it creates the client. Either `company_name` or `lastname` must be filled
                (the schema says it: 400, 928 when broken). On read it is the snapshot of the customer data the invoice was made
                out to; it does not follow later changes of the client.
            client_name (str | Unset): Name of the client as printed; default the client's name. Example: IT Services BVBA.
            client_attention (str | Unset): Person or department the invoice is addressed to; default from the client.
                Example: Administration department.
            prefix (str | Unset): Text before the sequence number of `number`; `%` + a PHP `date()` letter (`%Y`, `%y`,
                `%m`, `%d`, …) is replaced by that part of the invoice date. Default `%Y`. Default: '%Y'. Example: %Y.
            leading_zeros (int | Unset): Minimum number of digits of the sequence number, padded with zeros; default 4.
                Default: 4. Example: 4.
            layout_id (int | None | Unset): Id of the layout to print with; default the account's default layout. Send
                `layout_id` or `template`, not two that name different layouts (422). Example: 8001.
            template (str | Unset): Name of the layout to print with, as an alternative to `layout_id`; an unknown name is
                refused with 422. Default: 'default'. Example: default.
            reference (str | Unset): Your own reference for the invoice, printed on it. Example: PO 2026-118.
            description (str | Unset): Description of the invoice, printed above the lines. Example: Maintenance and
                printing, November 2026.
            date (datetime.date | Unset): Invoice date; default today. Example: 2026-11-20.
            pay_limit (int | Unset): Payment term in days after `date`; 0 for no term; default 14. Default: 14. Example: 30.
            pay_status (InvoiceCreatePayStatus | Unset): Mark the invoice paid or unpaid by hand; default `unpaid`. Payments
                recorded later set it again. Default: InvoiceCreatePayStatus.UNPAID. Example: unpaid.
            billing_address (AddressInput | Unset): A postal address as a client sends it. The country name is derived from
                `country_code`, so it cannot be sent.
            delivery_address (AddressInput | Unset): A postal address as a client sends it. The country name is derived from
                `country_code`, so it cannot be sent.
            site_address (AddressInput | Unset): A postal address as a client sends it. The country name is derived from
                `country_code`, so it cannot be sent.
            discount_percentage (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21`
                means 21 %). Default: '0'. Example: 21.
            tax_calculation (TaxCalculation | Unset): `total`: VAT is computed once per rate on the sum of the lines at that
                rate. `item`: VAT is computed per line and summed. The two can differ by rounding cents. With `tax_included` =
                `yes` only `item` is allowed. Example: total.
            tax_included (YesNo | Unset): A flag written as the words `yes` or `no`, as the source documents have it.
                Example: no.
            language (DocumentLanguage | Unset): Language a document is printed in; empty means the account default (dutch).
                Example: dutch.
            currency_name (str | Unset): ISO 4217 currency code in capitals. Example: EUR.
            note (str | Unset): Note printed at the bottom of the invoice, as plain text. Example: Payment by transfer to
                BE68 5390 0754 7034, please..
            note_html (str | Unset): The same note as HTML, as an alternative to `note`. Example: <p>Payment by transfer to
                BE68 5390 0754 7034, please.</p>.
            custom_values (list[CustomValueInput] | Unset): Values of custom invoice fields to set, by their internal name.
                Example: [{'name': 'myreference', 'value': '123456'}].
            items (list[InvoiceItemCreate] | Unset): The lines of the invoice. On create they are added in this order; on
                replace (PUT) a list sent replaces all current lines, and leaving the list out keeps them.
            payments (list[InvoicePaymentCreate] | Unset): Payments already received; on replace (PUT) a list sent replaces
                all current payments, and leaving it out keeps them.
            remarks (list[InvoiceRemarkCreate] | Unset): Internal remarks; on replace (PUT) a list sent replaces all current
                remarks, and leaving it out keeps them.
    """

    external_invoice_id: str | Unset = UNSET
    client_id: int | Unset = UNSET
    customer: InvoiceCustomer | Unset = UNSET
    client_name: str | Unset = UNSET
    client_attention: str | Unset = UNSET
    prefix: str | Unset = UNSET
    leading_zeros: int | Unset = UNSET
    layout_id: int | None | Unset = UNSET
    template: str | Unset = UNSET
    reference: str | Unset = UNSET
    description: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    pay_limit: int | Unset = UNSET
    pay_status: InvoiceCreatePayStatus | Unset = UNSET
    billing_address: AddressInput | Unset = UNSET
    delivery_address: AddressInput | Unset = UNSET
    site_address: AddressInput | Unset = UNSET
    discount_percentage: str | Unset = UNSET
    tax_calculation: TaxCalculation | Unset = UNSET
    tax_included: YesNo | Unset = UNSET
    language: DocumentLanguage | Unset = UNSET
    currency_name: str | Unset = UNSET
    note: str | Unset = UNSET
    note_html: str | Unset = UNSET
    custom_values: list[CustomValueInput] | Unset = UNSET
    items: list[InvoiceItemCreate] | Unset = UNSET
    payments: list[InvoicePaymentCreate] | Unset = UNSET
    remarks: list[InvoiceRemarkCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        external_invoice_id = self.external_invoice_id

        client_id = self.client_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        client_name = self.client_name

        client_attention = self.client_attention

        prefix = self.prefix

        leading_zeros = self.leading_zeros

        layout_id: int | None | Unset
        if isinstance(self.layout_id, Unset):
            layout_id = UNSET
        else:
            layout_id = self.layout_id

        template = self.template

        reference = self.reference

        description = self.description

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        pay_limit = self.pay_limit

        pay_status: str | Unset = UNSET
        if not isinstance(self.pay_status, Unset):
            pay_status = self.pay_status.value

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        site_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site_address, Unset):
            site_address = self.site_address.to_dict()

        discount_percentage = self.discount_percentage

        tax_calculation: str | Unset = UNSET
        if not isinstance(self.tax_calculation, Unset):
            tax_calculation = self.tax_calculation.value

        tax_included: str | Unset = UNSET
        if not isinstance(self.tax_included, Unset):
            tax_included = self.tax_included.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        currency_name = self.currency_name

        note = self.note

        note_html = self.note_html

        custom_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_values, Unset):
            custom_values = []
            for custom_values_item_data in self.custom_values:
                custom_values_item = custom_values_item_data.to_dict()
                custom_values.append(custom_values_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        remarks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remarks, Unset):
            remarks = []
            for remarks_item_data in self.remarks:
                remarks_item = remarks_item_data.to_dict()
                remarks.append(remarks_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if external_invoice_id is not UNSET:
            field_dict["external_invoice_id"] = external_invoice_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_attention is not UNSET:
            field_dict["client_attention"] = client_attention
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if leading_zeros is not UNSET:
            field_dict["leading_zeros"] = leading_zeros
        if layout_id is not UNSET:
            field_dict["layout_id"] = layout_id
        if template is not UNSET:
            field_dict["template"] = template
        if reference is not UNSET:
            field_dict["reference"] = reference
        if description is not UNSET:
            field_dict["description"] = description
        if date is not UNSET:
            field_dict["date"] = date
        if pay_limit is not UNSET:
            field_dict["pay_limit"] = pay_limit
        if pay_status is not UNSET:
            field_dict["pay_status"] = pay_status
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if delivery_address is not UNSET:
            field_dict["delivery_address"] = delivery_address
        if site_address is not UNSET:
            field_dict["site_address"] = site_address
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if tax_calculation is not UNSET:
            field_dict["tax_calculation"] = tax_calculation
        if tax_included is not UNSET:
            field_dict["tax_included"] = tax_included
        if language is not UNSET:
            field_dict["language"] = language
        if currency_name is not UNSET:
            field_dict["currency_name"] = currency_name
        if note is not UNSET:
            field_dict["note"] = note
        if note_html is not UNSET:
            field_dict["note_html"] = note_html
        if custom_values is not UNSET:
            field_dict["custom_values"] = custom_values
        if items is not UNSET:
            field_dict["items"] = items
        if payments is not UNSET:
            field_dict["payments"] = payments
        if remarks is not UNSET:
            field_dict["remarks"] = remarks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_input import AddressInput  # noqa: PLC0415
        from ..models.custom_value_input import CustomValueInput  # noqa: PLC0415
        from ..models.invoice_customer import InvoiceCustomer  # noqa: PLC0415
        from ..models.invoice_item_create import InvoiceItemCreate  # noqa: PLC0415
        from ..models.invoice_payment_create import InvoicePaymentCreate  # noqa: PLC0415
        from ..models.invoice_remark_create import InvoiceRemarkCreate  # noqa: PLC0415

        d = dict(src_dict)
        external_invoice_id = d.pop("external_invoice_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: InvoiceCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = InvoiceCustomer.from_dict(_customer)

        client_name = d.pop("client_name", UNSET)

        client_attention = d.pop("client_attention", UNSET)

        prefix = d.pop("prefix", UNSET)

        leading_zeros = d.pop("leading_zeros", UNSET)

        def _parse_layout_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        layout_id = _parse_layout_id(d.pop("layout_id", UNSET))

        template = d.pop("template", UNSET)

        reference = d.pop("reference", UNSET)

        description = d.pop("description", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        pay_limit = d.pop("pay_limit", UNSET)

        _pay_status = d.pop("pay_status", UNSET)
        pay_status: InvoiceCreatePayStatus | Unset
        if isinstance(_pay_status, Unset):
            pay_status = UNSET
        else:
            pay_status = InvoiceCreatePayStatus(_pay_status)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: AddressInput | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = AddressInput.from_dict(_billing_address)

        _delivery_address = d.pop("delivery_address", UNSET)
        delivery_address: AddressInput | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = AddressInput.from_dict(_delivery_address)

        _site_address = d.pop("site_address", UNSET)
        site_address: AddressInput | Unset
        if isinstance(_site_address, Unset):
            site_address = UNSET
        else:
            site_address = AddressInput.from_dict(_site_address)

        discount_percentage = d.pop("discount_percentage", UNSET)

        _tax_calculation = d.pop("tax_calculation", UNSET)
        tax_calculation: TaxCalculation | Unset
        if isinstance(_tax_calculation, Unset):
            tax_calculation = UNSET
        else:
            tax_calculation = TaxCalculation(_tax_calculation)

        _tax_included = d.pop("tax_included", UNSET)
        tax_included: YesNo | Unset
        if isinstance(_tax_included, Unset):
            tax_included = UNSET
        else:
            tax_included = YesNo(_tax_included)

        _language = d.pop("language", UNSET)
        language: DocumentLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = DocumentLanguage(_language)

        currency_name = d.pop("currency_name", UNSET)

        note = d.pop("note", UNSET)

        note_html = d.pop("note_html", UNSET)

        _custom_values = d.pop("custom_values", UNSET)
        custom_values: list[CustomValueInput] | Unset = UNSET
        if _custom_values is not UNSET:
            custom_values = []
            for custom_values_item_data in _custom_values:
                custom_values_item = CustomValueInput.from_dict(custom_values_item_data)

                custom_values.append(custom_values_item)

        _items = d.pop("items", UNSET)
        items: list[InvoiceItemCreate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = InvoiceItemCreate.from_dict(items_item_data)

                items.append(items_item)

        _payments = d.pop("payments", UNSET)
        payments: list[InvoicePaymentCreate] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = InvoicePaymentCreate.from_dict(payments_item_data)

                payments.append(payments_item)

        _remarks = d.pop("remarks", UNSET)
        remarks: list[InvoiceRemarkCreate] | Unset = UNSET
        if _remarks is not UNSET:
            remarks = []
            for remarks_item_data in _remarks:
                remarks_item = InvoiceRemarkCreate.from_dict(remarks_item_data)

                remarks.append(remarks_item)

        invoice_create = cls(
            external_invoice_id=external_invoice_id,
            client_id=client_id,
            customer=customer,
            client_name=client_name,
            client_attention=client_attention,
            prefix=prefix,
            leading_zeros=leading_zeros,
            layout_id=layout_id,
            template=template,
            reference=reference,
            description=description,
            date=date,
            pay_limit=pay_limit,
            pay_status=pay_status,
            billing_address=billing_address,
            delivery_address=delivery_address,
            site_address=site_address,
            discount_percentage=discount_percentage,
            tax_calculation=tax_calculation,
            tax_included=tax_included,
            language=language,
            currency_name=currency_name,
            note=note,
            note_html=note_html,
            custom_values=custom_values,
            items=items,
            payments=payments,
            remarks=remarks,
        )

        return invoice_create
