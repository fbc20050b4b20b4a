from enum import StrEnum


class SalesOrderUpdateStatus(StrEnum):
    CANCELLED = "cancelled"
    DELIVERED = "delivered"
    INVOICED = "invoiced"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
