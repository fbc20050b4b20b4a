from enum import StrEnum


class FormatListXml(StrEnum):
    CSV = "csv"
    JSON = "json"
    XML = "xml"

    def __str__(self) -> str:
        return str(self.value)
