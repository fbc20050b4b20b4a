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
    from ..models.price_offer_row_create import PriceOfferRowCreate


T = TypeVar("T", bound="PriceOfferCreate")


@_attrs_define
class PriceOfferCreate:
    """A new price offer, or the full replacement of one (PUT). The system adds the number (when none is sent), the
    customer's name and addresses, the totals and the status. Rows may be sent along: on create they are added; on
    replace, sending `rows` replaces all rows (an empty list removes them) and leaving it out keeps them. Header fields
    left out of a replace take their defaults. A cancelled or invoiced offer cannot be replaced (409).

        Attributes:
            client_id (int): Identifier the system assigns when an object is created; unique within its account and domain.
                Example: 3003.
            delivery_address_id (int | None | Unset): Id of one of the customer's delivery addresses; null to deliver to the
                billing address. An id of another customer's address is refused with 422. Example: 4.
            contact_reference (str | Unset): Contact person at the customer the offer is addressed to. Example: Els Peeters.
            number (str | Unset): Number printed on the offer, unique in the account (409 when taken); the next free number
                when none is sent. Example: OFF-2026-0042.
            date (datetime.date | Unset): Day the offer was made; today when not sent. Example: 2026-11-18.
            valid_until (datetime.date | Unset): Last day the customer can accept the offer; not before `date` (422);
                default `date` plus the customer's offer validity period, or the account's. Example: 2026-12-18.
            sent (datetime.date | None | Unset): Day the offer was sent to the customer, when you sent it yourself; null
                while it has not been sent. Example: 2026-11-18.
            currency_name (str | Unset): ISO 4217 currency code in capitals. Example: EUR.
            currency_rate (str | Unset): Value of one unit of `currency_name` in the account's currency (EUR), up to six
                decimals; default 1. Default: '1'. Example: 1.
            language (DocumentLanguage | Unset): Language a document is printed in; empty means the account default (dutch).
                Example: dutch.
            layout_id (int | None | Unset): Id of the layout to print the offer with; null for the account's default layout.
                Example: 8001.
            note (str | Unset): Free text printed on the offer, such as terms of delivery. Example: Delivery to your Leuven
                shop within two weeks of your order..
            discount_percentage (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21`
                means 21 %). Default: '0'. Example: 21.
            tax_calculation (TaxCalculation | Unset): `total`: VAT is computed once per rate on the sum of the lines at that
                rate. `item`: VAT is computed per line and summed. The two can differ by rounding cents. With `tax_included` =
                `yes` only `item` is allowed. Example: total.
            tax_included (YesNo | Unset): A flag written as the words `yes` or `no`, as the source documents have it.
                Example: no.
            rows (list[PriceOfferRowCreate] | Unset): Rows of the offer, in printing order.
    """

    client_id: int
    delivery_address_id: int | None | Unset = UNSET
    contact_reference: str | Unset = UNSET
    number: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    valid_until: datetime.date | Unset = UNSET
    sent: datetime.date | None | Unset = UNSET
    currency_name: str | Unset = UNSET
    currency_rate: str | Unset = UNSET
    language: DocumentLanguage | Unset = UNSET
    layout_id: int | None | Unset = UNSET
    note: str | Unset = UNSET
    discount_percentage: str | Unset = UNSET
    tax_calculation: TaxCalculation | Unset = UNSET
    tax_included: YesNo | Unset = UNSET
    rows: list[PriceOfferRowCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        delivery_address_id: int | None | Unset
        if isinstance(self.delivery_address_id, Unset):
            delivery_address_id = UNSET
        else:
            delivery_address_id = self.delivery_address_id

        contact_reference = self.contact_reference

        number = self.number

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        valid_until: str | Unset = UNSET
        if not isinstance(self.valid_until, Unset):
            valid_until = self.valid_until.isoformat()

        sent: None | str | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        elif isinstance(self.sent, datetime.date):
            sent = self.sent.isoformat()
        else:
            sent = self.sent

        currency_name = self.currency_name

        currency_rate = self.currency_rate

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        layout_id: int | None | Unset
        if isinstance(self.layout_id, Unset):
            layout_id = UNSET
        else:
            layout_id = self.layout_id

        note = self.note

        discount_percentage = self.discount_percentage

        tax_calculation: str | Unset = UNSET
        if not isinstance(self.tax_calculation, Unset):
            tax_calculation = self.tax_calculation.value

        tax_included: str | Unset = UNSET
        if not isinstance(self.tax_included, Unset):
            tax_included = self.tax_included.value

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
            }
        )
        if delivery_address_id is not UNSET:
            field_dict["delivery_address_id"] = delivery_address_id
        if contact_reference is not UNSET:
            field_dict["contact_reference"] = contact_reference
        if number is not UNSET:
            field_dict["number"] = number
        if date is not UNSET:
            field_dict["date"] = date
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if sent is not UNSET:
            field_dict["sent"] = sent
        if currency_name is not UNSET:
            field_dict["currency_name"] = currency_name
        if currency_rate is not UNSET:
            field_dict["currency_rate"] = currency_rate
        if language is not UNSET:
            field_dict["language"] = language
        if layout_id is not UNSET:
            field_dict["layout_id"] = layout_id
        if note is not UNSET:
            field_dict["note"] = note
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if tax_calculation is not UNSET:
            field_dict["tax_calculation"] = tax_calculation
        if tax_included is not UNSET:
            field_dict["tax_included"] = tax_included
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_offer_row_create import PriceOfferRowCreate  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("client_id")

        def _parse_delivery_address_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivery_address_id = _parse_delivery_address_id(d.pop("delivery_address_id", UNSET))

        contact_reference = d.pop("contact_reference", UNSET)

        number = d.pop("number", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _valid_until = d.pop("valid_until", UNSET)
        valid_until: datetime.date | Unset
        if isinstance(_valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = datetime.date.fromisoformat(_valid_until)

        def _parse_sent(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_type_0 = datetime.date.fromisoformat(data)

                return sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        sent = _parse_sent(d.pop("sent", UNSET))

        currency_name = d.pop("currency_name", UNSET)

        currency_rate = d.pop("currency_rate", UNSET)

        _language = d.pop("language", UNSET)
        language: DocumentLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = DocumentLanguage(_language)

        def _parse_layout_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        layout_id = _parse_layout_id(d.pop("layout_id", UNSET))

        note = d.pop("note", UNSET)

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

        _rows = d.pop("rows", UNSET)
        rows: list[PriceOfferRowCreate] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = PriceOfferRowCreate.from_dict(rows_item_data)

                rows.append(rows_item)

        price_offer_create = cls(
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            contact_reference=contact_reference,
            number=number,
            date=date,
            valid_until=valid_until,
            sent=sent,
            currency_name=currency_name,
            currency_rate=currency_rate,
            language=language,
            layout_id=layout_id,
            note=note,
            discount_percentage=discount_percentage,
            tax_calculation=tax_calculation,
            tax_included=tax_included,
            rows=rows,
        )

        return price_offer_create
