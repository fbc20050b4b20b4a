from enum import StrEnum


class IncomeAccountKind(StrEnum):
    BANK = "bank"
    CASH = "cash"

    def __str__(self) -> str:
        return str(self.value)
