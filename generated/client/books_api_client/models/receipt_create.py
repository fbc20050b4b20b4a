from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.document_language import DocumentLanguage
from ..models.tax_calculation import TaxCalculation
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput
    from ..models.custom_value_input import CustomValueInput
    from ..models.receipt_item_create import ReceiptItemCreate
    from ..models.receipt_payment_create import ReceiptPaymentCreate
    from ..models.receipt_remark_create import ReceiptRemarkCreate


T = TypeVar("T", bound="ReceiptCreate")


@_attrs_define
class ReceiptCreate:
    """A new receipt, or the full replacement of one (PUT), in JSON or in XML (root `<receipt>`, lists wrapped as in
    `Receipt`). The system adds the number, totals and status. The lines, payments and remarks may be sent along: on
    create they are added; on replace a list that is sent replaces all existing entries of that list (an empty list
    removes them) and a list that is left out stays as it is. Header fields left out of a replace take their defaults.

        Attributes:
            external_receipt_id (str | Unset): Id a third-party system (a till, a web shop) gives the receipt; uniqueness is
                not checked. Example: Receipt-0983984.
            client_id (int | None | Unset): Id of the customer; leave out or null for an anonymous sale over the counter.
                Example: 1001.
            client_name (str | Unset): Customer name as printed; taken from the customer when not sent. Example: IT Services
                BVBA.
            client_attention (str | Unset): Person or department the receipt is addressed to; taken from the customer when
                not sent. Example: Administration department.
            number (str | Unset): Number printed on the receipt; the system gives the next free number when none is sent.
                Example: 00000001.
            layout_id (int | None | Unset): Id of the layout to print with; the account's default layout when not sent.
                Example: 8001.
            reference (str | Unset): Your own reference for the receipt. Example: ID123456789.
            date (datetime.date | Unset): Day of the receipt; today when not sent. Example: 2026-11-21.
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
            note (str | Unset): Text printed at the bottom of the receipt, as plain text. Example: Warranty conditions
                apply..
            note_html (str | Unset): The same bottom text as HTML, instead of `note`. Example: <p>Warranty conditions
                apply.</p>.
            custom_values (list[CustomValueInput] | Unset): Values of custom document fields to set, by their internal name.
            items (list[ReceiptItemCreate] | Unset): Lines of the receipt, in printing order.
            payments (list[ReceiptPaymentCreate] | Unset): Payments received, for example the cash handed over at the till.
            remarks (list[ReceiptRemarkCreate] | Unset): Internal notes on the receipt, never printed.
    """

    external_receipt_id: str | Unset = UNSET
    client_id: int | None | Unset = UNSET
    client_name: str | Unset = UNSET
    client_attention: str | Unset = UNSET
    number: str | Unset = UNSET
    layout_id: int | None | Unset = UNSET
    reference: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    billing_address: AddressInput | Unset = UNSET
    delivery_address: AddressInput | Unset = UNSET
    site_address: AddressInput | Unset = UNSET
    discount_percentage: str | Unset = UNSET
    tax_calculation: TaxCalculation | Unset = UNSET
    tax_included: YesNo | Unset = UNSET
    language: DocumentLanguage | Unset = UNSET
    note: str | Unset = UNSET
    note_html: str | Unset = UNSET
    custom_values: list[CustomValueInput] | Unset = UNSET
    items: list[ReceiptItemCreate] | Unset = UNSET
    payments: list[ReceiptPaymentCreate] | Unset = UNSET
    remarks: list[ReceiptRemarkCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        external_receipt_id = self.external_receipt_id

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_name = self.client_name

        client_attention = self.client_attention

        number = self.number

        layout_id: int | None | Unset
        if isinstance(self.layout_id, Unset):
            layout_id = UNSET
        else:
            layout_id = self.layout_id

        reference = self.reference

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

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
        if external_receipt_id is not UNSET:
            field_dict["external_receipt_id"] = external_receipt_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_attention is not UNSET:
            field_dict["client_attention"] = client_attention
        if number is not UNSET:
            field_dict["number"] = number
        if layout_id is not UNSET:
            field_dict["layout_id"] = layout_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if date is not UNSET:
            field_dict["date"] = date
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
        from ..models.receipt_item_create import ReceiptItemCreate  # noqa: PLC0415
        from ..models.receipt_payment_create import ReceiptPaymentCreate  # noqa: PLC0415
        from ..models.receipt_remark_create import ReceiptRemarkCreate  # noqa: PLC0415

        d = dict(src_dict)
        external_receipt_id = d.pop("external_receipt_id", UNSET)

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        client_name = d.pop("client_name", UNSET)

        client_attention = d.pop("client_attention", UNSET)

        number = d.pop("number", UNSET)

        def _parse_layout_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        layout_id = _parse_layout_id(d.pop("layout_id", UNSET))

        reference = d.pop("reference", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

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
        items: list[ReceiptItemCreate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ReceiptItemCreate.from_dict(items_item_data)

                items.append(items_item)

        _payments = d.pop("payments", UNSET)
        payments: list[ReceiptPaymentCreate] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = ReceiptPaymentCreate.from_dict(payments_item_data)

                payments.append(payments_item)

        _remarks = d.pop("remarks", UNSET)
        remarks: list[ReceiptRemarkCreate] | Unset = UNSET
        if _remarks is not UNSET:
            remarks = []
            for remarks_item_data in _remarks:
                remarks_item = ReceiptRemarkCreate.from_dict(remarks_item_data)

                remarks.append(remarks_item)

        receipt_create = cls(
            external_receipt_id=external_receipt_id,
            client_id=client_id,
            client_name=client_name,
            client_attention=client_attention,
            number=number,
            layout_id=layout_id,
            reference=reference,
            date=date,
            billing_address=billing_address,
            delivery_address=delivery_address,
            site_address=site_address,
            discount_percentage=discount_percentage,
            tax_calculation=tax_calculation,
            tax_included=tax_included,
            language=language,
            note=note,
            note_html=note_html,
            custom_values=custom_values,
            items=items,
            payments=payments,
            remarks=remarks,
        )

        return receipt_create
