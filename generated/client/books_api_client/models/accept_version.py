from enum import StrEnum


class AcceptVersion(StrEnum):
    VALUE_0 = "1"
    VALUE_1 = "1.0"

    def __str__(self) -> str:
        return str(self.value)
