from enum import StrEnum


class InvoiceEventType(StrEnum):
    EMAIL_SENT = "email sent"

    def __str__(self) -> str:
        return str(self.value)
