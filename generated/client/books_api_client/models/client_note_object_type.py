from enum import StrEnum


class ClientNoteObjectType(StrEnum):
    INVOICE = "invoice"
    PRICE_OFFER = "price_offer"
    PURCHASE = "purchase"
    RECEIPT = "receipt"
    VALUE_0 = ""

    def __str__(self) -> str:
        return str(self.value)
