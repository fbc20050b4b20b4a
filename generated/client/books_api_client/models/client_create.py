from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.client_state import ClientState
from ..models.document_language import DocumentLanguage
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput


T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """A new client, or the full replacement of one (PUT: fields not sent take their defaults). Contact persons and
    delivery places are not part of it; add them through their own URLs.

        Attributes:
            name (str): Name of the customer or supplier as printed on documents (company name, or first and last name of a
                person). Example: IT Services BVBA.
            external_client_id (str | Unset): Your own reference for the client, for example the customer id of a web shop.
                The server does not enforce uniqueness, so use the `external_id` filter to look a client up before adding it.
                Example: Client-98437.
            attention (str | Unset): Person or department documents are addressed to, printed under the name ("for the
                attention of"). Example: Administration department.
            number (str | Unset): Client number, unique in the account. When it is not sent on create, the server gives the
                next number of the account's client numbering (one more than the highest in use, five digits with leading
                zeros). A number already used by another client is refused with 422 (924). Example: B12548.
            street (str | Unset): Street and house number of the billing address. Example: Langestraat 189.
            street2 (str | Unset): Second line of the billing address. Example: Bus 3.
            city (str | Unset): City of the billing address. Example: Antwerp.
            postal_code (str | Unset): Postal code of the billing address. Example: 2000.
            country_code (str | Unset): ISO 3166-1 alpha-2 country code in capitals. Example: BE.
            delivery_address (AddressInput | None | Unset): Where goods for this client are delivered, copied onto new
                documents unless the document names another address. Null when goods go to the billing address. Further named
                delivery places are kept as the client's `delivery_addresses`. Example: {'street': 'Noorderlaan 133', 'city':
                'Antwerp', 'postal_code': '2030', 'country_code': 'BE'}.
            site_address (AddressInput | None | Unset): Where services for this client are carried out (a building site, an
                event hall), printed on documents that ask for it. Null when there is none. Example: {'street': 'Kaai 12',
                'city': 'Ghent', 'postal_code': '9000', 'country_code': 'BE'}.
            tax_code (str | Unset): VAT number of the client, country prefix first. Empty for private persons. Example:
                BE0123456749.
            tax_code_registration_pending (YesNo | Unset): A flag written as the words `yes` or `no`, as the source
                documents have it. Default: YesNo.NO. Example: no.
            reg_no (str | Unset): Company registration number (Belgian enterprise number, Dutch KvK number, Estonian
                registry code) or a person's national id code. Example: 0123.456.749.
            email_address (None | str | Unset): Main e-mail address of the client; documents are sent here when no contact
                is named. Not unique, but a web shop can look a buyer up with the `email_address` filter. Example:
                administratie@itservices.example.be.
            phone_number (str | Unset): Main telephone number, preferably in international form. Example: +32 3 234 56 78.
            fax_number (str | Unset): Fax number. Example: +32 3 234 56 79.
            website (str | Unset): Web site address; a scheme (`https://`) is not required. Example:
                www.itservices.example.be.
            iban (None | str | Unset): Bank account of the client as an IBAN, capitals and no spaces; used to pay a supplier
                and to recognise incoming transfers. Example: BE68539007547034.
            bank_name (str | Unset): Name of the bank that keeps that account. Example: BNP Paribas Fortis.
            swift_code (None | str | Unset): BIC (SWIFT code) of that bank, 8 or 11 characters. Example: GEBABEBB.
            discount_percentage (str | Unset): A percentage from 0 to 100 as a decimal string with up to two decimals (`21`
                means 21 %). Default: '0'. Example: 21.
            payment_term_days (int | None | Unset): Days a new invoice for this client gives to pay (0 = on receipt); null
                uses the account's default term. Example: 30.
            language (DocumentLanguage | Unset): Language a document is printed in; empty means the account default (dutch).
                Default: DocumentLanguage.VALUE_0. Example: dutch.
            is_customer (bool | Unset): Whether the client buys from you (offered on invoices, receipts, price offers and
                sales orders). Default: True. Example: True.
            is_supplier (bool | Unset): Whether the client sells to you (offered on purchases, purchase orders and
                payments). A partner may be both. Default: False. Example: False.
            state (ClientState | Unset): Whether the client is in use (`active`) or put aside (`archived`). Archived clients
                keep their documents but cannot be put on new ones. Default: ClientState.ACTIVE. Example: active.
    """

    name: str
    external_client_id: str | Unset = UNSET
    attention: str | Unset = UNSET
    number: str | Unset = UNSET
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    delivery_address: AddressInput | None | Unset = UNSET
    site_address: AddressInput | None | Unset = UNSET
    tax_code: str | Unset = UNSET
    tax_code_registration_pending: YesNo | Unset = UNSET
    reg_no: str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    phone_number: str | Unset = UNSET
    fax_number: str | Unset = UNSET
    website: str | Unset = UNSET
    iban: None | str | Unset = UNSET
    bank_name: str | Unset = UNSET
    swift_code: None | str | Unset = UNSET
    discount_percentage: str | Unset = UNSET
    payment_term_days: int | None | Unset = UNSET
    language: DocumentLanguage | Unset = UNSET
    is_customer: bool | Unset = UNSET
    is_supplier: bool | Unset = UNSET
    state: ClientState | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.address_input import AddressInput  # noqa: PLC0415

        name = self.name

        external_client_id = self.external_client_id

        attention = self.attention

        number = self.number

        street = self.street

        street2 = self.street2

        city = self.city

        postal_code = self.postal_code

        country_code = self.country_code

        delivery_address: dict[str, Any] | None | Unset
        if isinstance(self.delivery_address, Unset):
            delivery_address = UNSET
        elif isinstance(self.delivery_address, AddressInput):
            delivery_address = self.delivery_address.to_dict()
        else:
            delivery_address = self.delivery_address

        site_address: dict[str, Any] | None | Unset
        if isinstance(self.site_address, Unset):
            site_address = UNSET
        elif isinstance(self.site_address, AddressInput):
            site_address = self.site_address.to_dict()
        else:
            site_address = self.site_address

        tax_code = self.tax_code

        tax_code_registration_pending: str | Unset = UNSET
        if not isinstance(self.tax_code_registration_pending, Unset):
            tax_code_registration_pending = self.tax_code_registration_pending.value

        reg_no = self.reg_no

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        phone_number = self.phone_number

        fax_number = self.fax_number

        website = self.website

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        bank_name = self.bank_name

        swift_code: None | str | Unset
        if isinstance(self.swift_code, Unset):
            swift_code = UNSET
        else:
            swift_code = self.swift_code

        discount_percentage = self.discount_percentage

        payment_term_days: int | None | Unset
        if isinstance(self.payment_term_days, Unset):
            payment_term_days = UNSET
        else:
            payment_term_days = self.payment_term_days

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        is_customer = self.is_customer

        is_supplier = self.is_supplier

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if external_client_id is not UNSET:
            field_dict["external_client_id"] = external_client_id
        if attention is not UNSET:
            field_dict["attention"] = attention
        if number is not UNSET:
            field_dict["number"] = number
        if street is not UNSET:
            field_dict["street"] = street
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if delivery_address is not UNSET:
            field_dict["delivery_address"] = delivery_address
        if site_address is not UNSET:
            field_dict["site_address"] = site_address
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
        if tax_code_registration_pending is not UNSET:
            field_dict["tax_code_registration_pending"] = tax_code_registration_pending
        if reg_no is not UNSET:
            field_dict["reg_no"] = reg_no
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if fax_number is not UNSET:
            field_dict["fax_number"] = fax_number
        if website is not UNSET:
            field_dict["website"] = website
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if swift_code is not UNSET:
            field_dict["swift_code"] = swift_code
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if payment_term_days is not UNSET:
            field_dict["payment_term_days"] = payment_term_days
        if language is not UNSET:
            field_dict["language"] = language
        if is_customer is not UNSET:
            field_dict["is_customer"] = is_customer
        if is_supplier is not UNSET:
            field_dict["is_supplier"] = is_supplier
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_input import AddressInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        external_client_id = d.pop("external_client_id", UNSET)

        attention = d.pop("attention", UNSET)

        number = d.pop("number", UNSET)

        street = d.pop("street", UNSET)

        street2 = d.pop("street2", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country_code = d.pop("country_code", UNSET)

        def _parse_delivery_address(data: object) -> AddressInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_address_type_1 = AddressInput.from_dict(data)

                return delivery_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressInput | None | Unset, data)

        delivery_address = _parse_delivery_address(d.pop("delivery_address", UNSET))

        def _parse_site_address(data: object) -> AddressInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                site_address_type_1 = AddressInput.from_dict(data)

                return site_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressInput | None | Unset, data)

        site_address = _parse_site_address(d.pop("site_address", UNSET))

        tax_code = d.pop("tax_code", UNSET)

        _tax_code_registration_pending = d.pop("tax_code_registration_pending", UNSET)
        tax_code_registration_pending: YesNo | Unset
        if isinstance(_tax_code_registration_pending, Unset):
            tax_code_registration_pending = UNSET
        else:
            tax_code_registration_pending = YesNo(_tax_code_registration_pending)

        reg_no = d.pop("reg_no", UNSET)

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("email_address", UNSET))

        phone_number = d.pop("phone_number", UNSET)

        fax_number = d.pop("fax_number", UNSET)

        website = d.pop("website", UNSET)

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        bank_name = d.pop("bank_name", UNSET)

        def _parse_swift_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swift_code = _parse_swift_code(d.pop("swift_code", UNSET))

        discount_percentage = d.pop("discount_percentage", UNSET)

        def _parse_payment_term_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_term_days = _parse_payment_term_days(d.pop("payment_term_days", UNSET))

        _language = d.pop("language", UNSET)
        language: DocumentLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = DocumentLanguage(_language)

        is_customer = d.pop("is_customer", UNSET)

        is_supplier = d.pop("is_supplier", UNSET)

        _state = d.pop("state", UNSET)
        state: ClientState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ClientState(_state)

        client_create = cls(
            name=name,
            external_client_id=external_client_id,
            attention=attention,
            number=number,
            street=street,
            street2=street2,
            city=city,
            postal_code=postal_code,
            country_code=country_code,
            delivery_address=delivery_address,
            site_address=site_address,
            tax_code=tax_code,
            tax_code_registration_pending=tax_code_registration_pending,
            reg_no=reg_no,
            email_address=email_address,
            phone_number=phone_number,
            fax_number=fax_number,
            website=website,
            iban=iban,
            bank_name=bank_name,
            swift_code=swift_code,
            discount_percentage=discount_percentage,
            payment_term_days=payment_term_days,
            language=language,
            is_customer=is_customer,
            is_supplier=is_supplier,
            state=state,
        )

        return client_create
