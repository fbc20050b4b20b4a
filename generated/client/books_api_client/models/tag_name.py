from enum import StrEnum


class TagName(StrEnum):
    ACCOUNTANT = "accountant"
    PRINTED = "printed"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
