from enum import StrEnum


class SalesOrderCreateStatus(StrEnum):
    CANCELLED = "cancelled"
    DELIVERED = "delivered"
    INVOICED = "invoiced"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
