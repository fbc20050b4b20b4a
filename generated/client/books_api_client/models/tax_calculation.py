from enum import StrEnum


class TaxCalculation(StrEnum):
    ITEM = "item"
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)
