from enum import StrEnum


class InvoicePaymentCreateRemainingAmount(StrEnum):
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
