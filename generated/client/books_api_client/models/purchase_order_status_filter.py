from enum import StrEnum


class PurchaseOrderStatusFilter(StrEnum):
    CANCELLED = "cancelled"
    OPEN = "open"
    RECEIVED = "received"

    def __str__(self) -> str:
        return str(self.value)
