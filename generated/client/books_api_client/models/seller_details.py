from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="SellerDetails")


@_attrs_define
class SellerDetails:
    """The company details a layout prints as the seller on invoices, receipts and price offers: name, address, VAT and
    registration numbers and how to pay. One account may keep several layouts with different details (two trading names,
    say).

        Attributes:
            name (str): Name of the selling company as printed. Example: Books Demo BV.
            address (Address): A postal address as the system stores it; `country` is derived from `country_code`.
            vat_number (str | Unset): VAT number of the selling company, country prefix first. Example: BE0987654321.
            registration_number (str | Unset): Company registration number (enterprise number, chamber of commerce number).
                Example: 0987.654.321.
            email_address (str | Unset): E-mail address printed for questions about the document. Example: billing@books-
                demo.example.be.
            phone_number (str | Unset): Telephone number printed on the document. Example: +32 9 123 45 67.
            iban (str | Unset): Bank account (IBAN) printed for payment by transfer. Example: BE71096123456769.
    """

    name: str
    address: Address
    vat_number: str | Unset = UNSET
    registration_number: str | Unset = UNSET
    email_address: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    iban: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address = self.address.to_dict()

        vat_number = self.vat_number

        registration_number = self.registration_number

        email_address = self.email_address

        phone_number = self.phone_number

        iban = self.iban

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "address": address,
            }
        )
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if iban is not UNSET:
            field_dict["iban"] = iban

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        address = Address.from_dict(d.pop("address"))

        vat_number = d.pop("vat_number", UNSET)

        registration_number = d.pop("registration_number", UNSET)

        email_address = d.pop("email_address", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        iban = d.pop("iban", UNSET)

        seller_details = cls(
            name=name,
            address=address,
            vat_number=vat_number,
            registration_number=registration_number,
            email_address=email_address,
            phone_number=phone_number,
            iban=iban,
        )

        seller_details.additional_properties = d
        return seller_details

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
