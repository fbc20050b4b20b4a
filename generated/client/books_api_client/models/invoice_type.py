from enum import StrEnum


class InvoiceType(StrEnum):
    CREDITNOTE = "creditnote"
    INVOICE = "invoice"

    def __str__(self) -> str:
        return str(self.value)
