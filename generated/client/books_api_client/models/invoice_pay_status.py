from enum import StrEnum


class InvoicePayStatus(StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
