"""The account model, kept importable from here: it lives in `mock_runtime.storage.base`."""

from mock_runtime.storage.base import MAX_ID, Account, Record, Table

__all__ = ["MAX_ID", "Account", "Record", "Table"]
