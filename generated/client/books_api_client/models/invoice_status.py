from enum import StrEnum


class InvoiceStatus(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    OVERDUE = "overdue"

    def __str__(self) -> str:
        return str(self.value)
