from enum import StrEnum


class InvoiceSendDocumentType(StrEnum):
    BOTH = "both"
    PDF = "pdf"
    REMINDER = "reminder"
    UBL = "ubl"

    def __str__(self) -> str:
        return str(self.value)
