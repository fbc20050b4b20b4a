from enum import StrEnum


class PriceOfferStatus(StrEnum):
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"
    INVOICED = "invoiced"
    OPEN = "open"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
