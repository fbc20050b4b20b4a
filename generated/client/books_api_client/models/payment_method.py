from enum import StrEnum


class PaymentMethod(StrEnum):
    BANCONTACT = "bancontact"
    CASH = "cash"
    CREDIT_CARD = "credit card"
    DEBIT_CARD = "debit card"
    DIRECT_COLLECTION = "direct collection"
    IDEAL = "ideal"
    ONLINE = "online"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
