from enum import StrEnum


class ArticleType(StrEnum):
    PRODUCT = "product"
    SERVICE = "service"
    STOCK_ITEM = "stock_item"

    def __str__(self) -> str:
        return str(self.value)
