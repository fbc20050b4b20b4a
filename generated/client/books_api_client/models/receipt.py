from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_language import DocumentLanguage
from ..models.receipt_status import ReceiptStatus
from ..models.receipt_type import ReceiptType
from ..models.tax_calculation import TaxCalculation
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.custom_value import CustomValue
    from ..models.receipt_event import ReceiptEvent
    from ..models.receipt_item import ReceiptItem
    from ..models.receipt_payment import ReceiptPayment
    from ..models.receipt_remark import ReceiptRemark
    from ..models.tag import Tag


T = TypeVar("T", bound="Receipt")


@_attrs_define
class Receipt:
    """A cash receipt (till ticket) as the system returns it, with its lines, payments, remarks and e-mail events. The tax
    settings and totals come from `DocumentTotals`; `total_paid` adds the payments. Read as JSON or, with the same
    fields, as XML: the root element is `<receipt>`, every list is wrapped in an element named like the field that holds
    one element per entry (`<items><item>`, `<custom_values><custom_value>`, `<tags><tag>`, `<payments><payment>`,
    `<remarks><remark>`, `<events><event>`, `<recipients><recipient>`) and an address is an element with its fields as
    children; a null value is an empty element with `xsi:nil="true"`. Where the source documentation contradicts itself
    the contract decides: `type` is always `receipt` (the source also names `recipe` and `invoice`), `client_attention`
    is the attention line rather than a second customer name, `stockitem_id` of a line is the numeric id of the article
    while `stockitem_code` is its code, and the VAT totals apply the discount (see `DocumentTotals`).

        Attributes:
            discount_percentage (str): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21
                %). Default: '0'. Example: 21.
            tax_calculation (TaxCalculation): `total`: VAT is computed once per rate on the sum of the lines at that rate.
                `item`: VAT is computed per line and summed. The two can differ by rounding cents. With `tax_included` = `yes`
                only `item` is allowed. Example: total.
            tax_included (YesNo): A flag written as the words `yes` or `no`, as the source documents have it. Default:
                YesNo.NO. Example: no.
            tax_rate_1 (str): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21 %).
                Example: 21.
            tax_rate_2 (str): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21 %).
                Example: 21.
            tax_rate_3 (str): A percentage from 0 to 100 as a decimal string with up to two decimals (`21` means 21 %).
                Example: 21.
            discount_total_without_tax (str): An amount of money as a decimal string with a dot and no thousands separator,
                in the document's currency. Strings keep amounts exact in every language; inputs take up to four decimals,
                computed totals always carry exactly two. Example: 100.00.
            total_without_tax (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_tax_1 (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_tax_2 (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_tax_3 (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            discount_total_with_tax (str): An amount of money as a decimal string with a dot and no thousands separator, in
                the document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_with_tax (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            receipt_id (int): Identifier the system assigns when an object is created; unique within its account and domain.
                Example: 3003.
            uri (str): Absolute URL of the object, generated by the system. Use it to address the object through the API.
                Example: https://books.example.com/api/v1/invoices/3003.
            type_ (ReceiptType): Kind of document; always `receipt`. Example: receipt.
            number (str): Number printed on the receipt; when none is sent, the next sequence number padded with zeros to 8
                digits (`00000001`). The contract does not refuse a number sent twice. Example: 00000001.
            date (datetime.date): Day of the receipt; today when not sent. Example: 2012-02-15.
            status (ReceiptStatus): Set by the system: `open` while `total_paid` is below `total_with_tax`, `closed` once
                the receipt is paid in full. Example: open.
            total_paid (str): An amount of money as a decimal string with a dot and no thousands separator, in the
                document's currency. Strings keep amounts exact in every language; inputs take up to four decimals, computed
                totals always carry exactly two. Example: 100.00.
            total_refundable_deposit (str | Unset): An amount of money as a decimal string with a dot and no thousands
                separator, in the document's currency. Strings keep amounts exact in every language; inputs take up to four
                decimals, computed totals always carry exactly two. Example: 100.00.
            external_receipt_id (str | Unset): Id a third-party system (a till, a web shop) gives the receipt. The system
                does not check that it is unique; filter on it with `external_id`. Example: Receipt-0983984.
            client_id (int | None | Unset): Id of the customer; null for an anonymous sale over the counter. Example: 1001.
            client_uri (None | str | Unset): URL of the customer; null when the receipt has no customer. Example:
                https://books.example.com/api/v1/clients/1001.
            client_name (str | Unset): Customer name as printed; taken from the customer when not sent. Example: IT Services
                BVBA.
            client_attention (str | Unset): Person or department the receipt is addressed to ("for the attention of"); taken
                from the customer when not sent. Example: Administration department.
            layout_id (int | None | Unset): Id of the layout the receipt is printed with; the account's default layout when
                not sent, null when the account has no layout. Example: 8001.
            reference (str | Unset): Your own reference for the receipt. Example: ID123456789.
            billing_address (Address | Unset): A postal address as the system stores it; `country` is derived from
                `country_code`.
            delivery_address (Address | Unset): A postal address as the system stores it; `country` is derived from
                `country_code`.
            site_address (Address | Unset): A postal address as the system stores it; `country` is derived from
                `country_code`.
            language (DocumentLanguage | Unset): Language a document is printed in; empty means the account default (dutch).
                Example: dutch.
            items (list[ReceiptItem] | Unset): The lines of the receipt, in printing order. Left out of list responses.
            note (str | Unset): Text printed at the bottom of the receipt, as plain text. Example: Warranty conditions
                apply..
            note_html (str | Unset): The same bottom text as HTML; derived from `note` when only that was sent, and the
                reverse. Example: <p>Warranty conditions apply.</p>.
            last_activity (str | Unset): A moment in UTC written `YYYY-MM-DD HH:MM:SS`, as the bookkeeping systems this API
                descends from write it. Example: 2026-11-21 10:15:00.
            custom_values (list[CustomValue] | Unset): Values of the custom document fields defined in the account settings.
                Left out of list responses.
            tags (list[Tag] | Unset): Marks the system sets when the receipt was printed, sent or handed to the accountant;
                they cannot be changed. Left out of list responses.
            payments (list[ReceiptPayment] | Unset): Payments received for the receipt. Left out of list responses.
            remarks (list[ReceiptRemark] | Unset): Internal notes on the receipt, never printed. Left out of list responses.
            events (list[ReceiptEvent] | Unset): What happened to the receipt, such as each e-mail sent; written by the
                system. Left out of list responses.
    """

    tax_calculation: TaxCalculation
    tax_rate_1: str
    tax_rate_2: str
    tax_rate_3: str
    discount_total_without_tax: str
    total_without_tax: str
    total_tax_1: str
    total_tax_2: str
    total_tax_3: str
    discount_total_with_tax: str
    total_with_tax: str
    receipt_id: int
    uri: str
    type_: ReceiptType
    number: str
    date: datetime.date
    status: ReceiptStatus
    total_paid: str
    discount_percentage: str = "0"
    tax_included: YesNo = YesNo.NO
    total_refundable_deposit: str | Unset = UNSET
    external_receipt_id: str | Unset = UNSET
    client_id: int | None | Unset = UNSET
    client_uri: None | str | Unset = UNSET
    client_name: str | Unset = UNSET
    client_attention: str | Unset = UNSET
    layout_id: int | None | Unset = UNSET
    reference: str | Unset = UNSET
    billing_address: Address | Unset = UNSET
    delivery_address: Address | Unset = UNSET
    site_address: Address | Unset = UNSET
    language: DocumentLanguage | Unset = UNSET
    items: list[ReceiptItem] | Unset = UNSET
    note: str | Unset = UNSET
    note_html: str | Unset = UNSET
    last_activity: str | Unset = UNSET
    custom_values: list[CustomValue] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    payments: list[ReceiptPayment] | Unset = UNSET
    remarks: list[ReceiptRemark] | Unset = UNSET
    events: list[ReceiptEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_percentage = self.discount_percentage

        tax_calculation = self.tax_calculation.value

        tax_included = self.tax_included.value

        tax_rate_1 = self.tax_rate_1

        tax_rate_2 = self.tax_rate_2

        tax_rate_3 = self.tax_rate_3

        discount_total_without_tax = self.discount_total_without_tax

        total_without_tax = self.total_without_tax

        total_tax_1 = self.total_tax_1

        total_tax_2 = self.total_tax_2

        total_tax_3 = self.total_tax_3

        discount_total_with_tax = self.discount_total_with_tax

        total_with_tax = self.total_with_tax

        receipt_id = self.receipt_id

        uri = self.uri

        type_ = self.type_.value

        number = self.number

        date = self.date.isoformat()

        status = self.status.value

        total_paid = self.total_paid

        total_refundable_deposit = self.total_refundable_deposit

        external_receipt_id = self.external_receipt_id

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_uri: None | str | Unset
        if isinstance(self.client_uri, Unset):
            client_uri = UNSET
        else:
            client_uri = self.client_uri

        client_name = self.client_name

        client_attention = self.client_attention

        layout_id: int | None | Unset
        if isinstance(self.layout_id, Unset):
            layout_id = UNSET
        else:
            layout_id = self.layout_id

        reference = self.reference

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        site_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site_address, Unset):
            site_address = self.site_address.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        note = self.note

        note_html = self.note_html

        last_activity = self.last_activity

        custom_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_values, Unset):
            custom_values = []
            for custom_values_item_data in self.custom_values:
                custom_values_item = custom_values_item_data.to_dict()
                custom_values.append(custom_values_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

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

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discount_percentage": discount_percentage,
                "tax_calculation": tax_calculation,
                "tax_included": tax_included,
                "tax_rate_1": tax_rate_1,
                "tax_rate_2": tax_rate_2,
                "tax_rate_3": tax_rate_3,
                "discount_total_without_tax": discount_total_without_tax,
                "total_without_tax": total_without_tax,
                "total_tax_1": total_tax_1,
                "total_tax_2": total_tax_2,
                "total_tax_3": total_tax_3,
                "discount_total_with_tax": discount_total_with_tax,
                "total_with_tax": total_with_tax,
                "receipt_id": receipt_id,
                "uri": uri,
                "type": type_,
                "number": number,
                "date": date,
                "status": status,
                "total_paid": total_paid,
            }
        )
        if total_refundable_deposit is not UNSET:
            field_dict["total_refundable_deposit"] = total_refundable_deposit
        if external_receipt_id is not UNSET:
            field_dict["external_receipt_id"] = external_receipt_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_uri is not UNSET:
            field_dict["client_uri"] = client_uri
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_attention is not UNSET:
            field_dict["client_attention"] = client_attention
        if layout_id is not UNSET:
            field_dict["layout_id"] = layout_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if delivery_address is not UNSET:
            field_dict["delivery_address"] = delivery_address
        if site_address is not UNSET:
            field_dict["site_address"] = site_address
        if language is not UNSET:
            field_dict["language"] = language
        if items is not UNSET:
            field_dict["items"] = items
        if note is not UNSET:
            field_dict["note"] = note
        if note_html is not UNSET:
            field_dict["note_html"] = note_html
        if last_activity is not UNSET:
            field_dict["last_activity"] = last_activity
        if custom_values is not UNSET:
            field_dict["custom_values"] = custom_values
        if tags is not UNSET:
            field_dict["tags"] = tags
        if payments is not UNSET:
            field_dict["payments"] = payments
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.custom_value import CustomValue  # noqa: PLC0415
        from ..models.receipt_event import ReceiptEvent  # noqa: PLC0415
        from ..models.receipt_item import ReceiptItem  # noqa: PLC0415
        from ..models.receipt_payment import ReceiptPayment  # noqa: PLC0415
        from ..models.receipt_remark import ReceiptRemark  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        discount_percentage = d.pop("discount_percentage")

        tax_calculation = TaxCalculation(d.pop("tax_calculation"))

        tax_included = YesNo(d.pop("tax_included"))

        tax_rate_1 = d.pop("tax_rate_1")

        tax_rate_2 = d.pop("tax_rate_2")

        tax_rate_3 = d.pop("tax_rate_3")

        discount_total_without_tax = d.pop("discount_total_without_tax")

        total_without_tax = d.pop("total_without_tax")

        total_tax_1 = d.pop("total_tax_1")

        total_tax_2 = d.pop("total_tax_2")

        total_tax_3 = d.pop("total_tax_3")

        discount_total_with_tax = d.pop("discount_total_with_tax")

        total_with_tax = d.pop("total_with_tax")

        receipt_id = d.pop("receipt_id")

        uri = d.pop("uri")

        type_ = ReceiptType(d.pop("type"))

        number = d.pop("number")

        date = datetime.date.fromisoformat(d.pop("date"))

        status = ReceiptStatus(d.pop("status"))

        total_paid = d.pop("total_paid")

        total_refundable_deposit = d.pop("total_refundable_deposit", UNSET)

        external_receipt_id = d.pop("external_receipt_id", UNSET)

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_uri = _parse_client_uri(d.pop("client_uri", UNSET))

        client_name = d.pop("client_name", UNSET)

        client_attention = d.pop("client_attention", UNSET)

        def _parse_layout_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        layout_id = _parse_layout_id(d.pop("layout_id", UNSET))

        reference = d.pop("reference", UNSET)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _delivery_address = d.pop("delivery_address", UNSET)
        delivery_address: Address | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = Address.from_dict(_delivery_address)

        _site_address = d.pop("site_address", UNSET)
        site_address: Address | Unset
        if isinstance(_site_address, Unset):
            site_address = UNSET
        else:
            site_address = Address.from_dict(_site_address)

        _language = d.pop("language", UNSET)
        language: DocumentLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = DocumentLanguage(_language)

        _items = d.pop("items", UNSET)
        items: list[ReceiptItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ReceiptItem.from_dict(items_item_data)

                items.append(items_item)

        note = d.pop("note", UNSET)

        note_html = d.pop("note_html", UNSET)

        last_activity = d.pop("last_activity", UNSET)

        _custom_values = d.pop("custom_values", UNSET)
        custom_values: list[CustomValue] | Unset = UNSET
        if _custom_values is not UNSET:
            custom_values = []
            for custom_values_item_data in _custom_values:
                custom_values_item = CustomValue.from_dict(custom_values_item_data)

                custom_values.append(custom_values_item)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        _payments = d.pop("payments", UNSET)
        payments: list[ReceiptPayment] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                payments_item = ReceiptPayment.from_dict(payments_item_data)

                payments.append(payments_item)

        _remarks = d.pop("remarks", UNSET)
        remarks: list[ReceiptRemark] | Unset = UNSET
        if _remarks is not UNSET:
            remarks = []
            for remarks_item_data in _remarks:
                remarks_item = ReceiptRemark.from_dict(remarks_item_data)

                remarks.append(remarks_item)

        _events = d.pop("events", UNSET)
        events: list[ReceiptEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = ReceiptEvent.from_dict(events_item_data)

                events.append(events_item)

        receipt = cls(
            discount_percentage=discount_percentage,
            tax_calculation=tax_calculation,
            tax_included=tax_included,
            tax_rate_1=tax_rate_1,
            tax_rate_2=tax_rate_2,
            tax_rate_3=tax_rate_3,
            discount_total_without_tax=discount_total_without_tax,
            total_without_tax=total_without_tax,
            total_tax_1=total_tax_1,
            total_tax_2=total_tax_2,
            total_tax_3=total_tax_3,
            discount_total_with_tax=discount_total_with_tax,
            total_with_tax=total_with_tax,
            receipt_id=receipt_id,
            uri=uri,
            type_=type_,
            number=number,
            date=date,
            status=status,
            total_paid=total_paid,
            total_refundable_deposit=total_refundable_deposit,
            external_receipt_id=external_receipt_id,
            client_id=client_id,
            client_uri=client_uri,
            client_name=client_name,
            client_attention=client_attention,
            layout_id=layout_id,
            reference=reference,
            billing_address=billing_address,
            delivery_address=delivery_address,
            site_address=site_address,
            language=language,
            items=items,
            note=note,
            note_html=note_html,
            last_activity=last_activity,
            custom_values=custom_values,
            tags=tags,
            payments=payments,
            remarks=remarks,
            events=events,
        )

        receipt.additional_properties = d
        return receipt

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
