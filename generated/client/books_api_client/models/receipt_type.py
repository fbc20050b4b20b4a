from enum import StrEnum


class ReceiptType(StrEnum):
    RECEIPT = "receipt"

    def __str__(self) -> str:
        return str(self.value)
