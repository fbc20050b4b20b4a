from enum import StrEnum


class EventRecipientStatus(StrEnum):
    FAILED = "failed"
    OPEN = "open"
    SENDING = "sending"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
