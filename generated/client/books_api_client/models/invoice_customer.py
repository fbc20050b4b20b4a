from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCustomer")


@_attrs_define
class InvoiceCustomer:
    """The customer block of an invoice: who is invoiced, as printed. On create or update it is an alternative to
    `client_id`: the system looks for a client with the same `customer_number` (when sent), else with the same
    `company_name` and `country`, else with the same `lastname`, `zipcode` and `building_number`; when none matches it
    creates the client. Either `company_name` or `lastname` must be filled (the schema says it: 400, 928 when broken).
    On read it is the snapshot of the customer data the invoice was made out to; it does not follow later changes of the
    client.

        Attributes:
            customer_number (int | Unset): Number of the customer in the account's customer numbering. Optional on write;
                when left out the matched client's number is used, or the next free one for a new client. Example: 1.
            company_name (str | Unset): Name of the customer's company; required when there is no `lastname`. Example:
                Awesome company.
            firstname (str | Unset): First name of the contact person. Example: John.
            lastname (str | Unset): Last name of the contact person; required when there is no `company_name`. Example: Doe.
            street (str | Unset): Street name, without the house number. Example: Example street.
            building_number (str | Unset): House number, as text so that numbers such as `12a` or `5 bus 3` fit. Example: 1.
            zipcode (str | Unset): Postal code. Example: 1234 AB.
            city (str | Unset): City. Example: Amsterdam.
            state (str | Unset): State, province or region. Example: Noord-Holland.
            country (str | Unset): Country name as free text, in any language the account uses (`Nederland`, `Belgium`). For
                a new client it is matched to an ISO country code for the billing address. Example: Nederland.
            coc_number (str | Unset): Chamber of Commerce (company register) number, as text so that leading zeros are kept.
                Example: 12345678.
            vat_number (str | Unset): VAT identification number of the customer. Example: NL012345678B01.
            description (str | Unset): Free note about the customer. Example: Best company ever!.
    """

    customer_number: int | Unset = UNSET
    company_name: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    street: str | Unset = UNSET
    building_number: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    coc_number: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_number = self.customer_number

        company_name = self.company_name

        firstname = self.firstname

        lastname = self.lastname

        street = self.street

        building_number = self.building_number

        zipcode = self.zipcode

        city = self.city

        state = self.state

        country = self.country

        coc_number = self.coc_number

        vat_number = self.vat_number

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if customer_number is not UNSET:
            field_dict["customer_number"] = customer_number
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if street is not UNSET:
            field_dict["street"] = street
        if building_number is not UNSET:
            field_dict["building_number"] = building_number
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if coc_number is not UNSET:
            field_dict["coc_number"] = coc_number
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_number = d.pop("customer_number", UNSET)

        company_name = d.pop("company_name", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        street = d.pop("street", UNSET)

        building_number = d.pop("building_number", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        coc_number = d.pop("coc_number", UNSET)

        vat_number = d.pop("vat_number", UNSET)

        description = d.pop("description", UNSET)

        invoice_customer = cls(
            customer_number=customer_number,
            company_name=company_name,
            firstname=firstname,
            lastname=lastname,
            street=street,
            building_number=building_number,
            zipcode=zipcode,
            city=city,
            state=state,
            country=country,
            coc_number=coc_number,
            vat_number=vat_number,
            description=description,
        )

        return invoice_customer
