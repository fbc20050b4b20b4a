from enum import IntEnum


class TagTagId(IntEnum):
    VALUE_3 = 3
    VALUE_6 = 6
    VALUE_9 = 9

    def __str__(self) -> str:
        return str(self.value)
