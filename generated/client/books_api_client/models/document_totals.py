from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_calculation import TaxCalculation
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentTotals")


@_attrs_define
class DocumentTotals:
    """The tax settings and computed totals every money document carries (invoices, receipts, price
    offers, sales and purchase orders, purchases). The totals are read-only; the system computes
    them from the lines with exact decimal arithmetic, rounding half up to cents at each step
    named below. With `d` = `discount_percentage` / 100 and, for each line, `net` its
    `total_without_tax` and `r` its `tax_rate`:

    1. A line's `net` is `amount × quantity` (`tax_included` = `no`), or
       `amount_with_tax × quantity / (1 + r/100)` (`tax_included` = `yes`), rounded.
    2. Lines with `tax_rate_special_status` = `DR` are refundable deposits: rate 0, never
       discounted. `total_refundable_deposit` is the sum of their `net`.
    3. `discount_total_without_tax` = round(`d` × sum of `net` over the other lines).
    4. `total_without_tax` = sum of `net` over the other lines − `discount_total_without_tax`
       + `total_refundable_deposit`.
    5. `total_tax_k` (k = 1, 2, 3), with `tax_calculation` = `total`:
       round(sum of `net` of the lines at `tax_rate_k` × (1 − d) × `tax_rate_k`/100);
       with `item`: the sum over those lines of round(`net` × (1 − d) × `tax_rate_k`/100).
    6. `discount_total_with_tax` = round(sum over the discounted lines of `net` × d × (1 + r/100)).
    7. `total_with_tax` = `total_without_tax` + `total_tax_1` + `total_tax_2` + `total_tax_3`.

    Example: one line of 2 × 100.00 at 21 %, discount 5 %: `discount_total_without_tax`
    10.00, `total_without_tax` 190.00, `total_tax_1` 39.90 (VAT on the discounted amount),
    `discount_total_with_tax` 12.10, `total_with_tax` 229.90.

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
            total_refundable_deposit (str | Unset): An amount of money as a decimal string with a dot and no thousands
                separator, in the document's currency. Strings keep amounts exact in every language; inputs take up to four
                decimals, computed totals always carry exactly two. Example: 100.00.
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
    discount_percentage: str = "0"
    tax_included: YesNo = YesNo.NO
    total_refundable_deposit: str | Unset = UNSET
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

        total_refundable_deposit = self.total_refundable_deposit

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
            }
        )
        if total_refundable_deposit is not UNSET:
            field_dict["total_refundable_deposit"] = total_refundable_deposit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        total_refundable_deposit = d.pop("total_refundable_deposit", UNSET)

        document_totals = cls(
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
            total_refundable_deposit=total_refundable_deposit,
        )

        document_totals.additional_properties = d
        return document_totals

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
