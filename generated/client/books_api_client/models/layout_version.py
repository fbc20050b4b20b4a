from enum import StrEnum


class LayoutVersion(StrEnum):
    CUSTOM_DOMPDF = "custom_dompdf"
    DOMPDF1 = "dompdf1"
    PREDEFINED = "predefined"

    def __str__(self) -> str:
        return str(self.value)
