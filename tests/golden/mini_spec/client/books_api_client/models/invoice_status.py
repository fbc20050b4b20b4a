from enum import StrEnum


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    PAID = "paid"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
