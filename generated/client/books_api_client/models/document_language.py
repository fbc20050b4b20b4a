from enum import StrEnum


class DocumentLanguage(StrEnum):
    DUTCH = "dutch"
    ENGLISH = "english"
    FRENCH = "french"
    GERMAN = "german"
    VALUE_0 = ""

    def __str__(self) -> str:
        return str(self.value)
