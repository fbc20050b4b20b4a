from enum import StrEnum


class InvoicePayStatusFilter(StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
