from enum import StrEnum


class ReceiptEventType(StrEnum):
    EMAIL_SENT = "email sent"

    def __str__(self) -> str:
        return str(self.value)
