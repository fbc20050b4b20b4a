from enum import StrEnum


class ArticleMarkupType(StrEnum):
    FIXED = "fixed"
    NONE = "none"
    PERCENT = "percent"

    def __str__(self) -> str:
        return str(self.value)
