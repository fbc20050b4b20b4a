from enum import StrEnum


class ReceiptPaymentCreateRemainingAmount(StrEnum):
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
