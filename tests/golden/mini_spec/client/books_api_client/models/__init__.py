"""Contains all the data models used in inputs/outputs"""

from .client_create import ClientCreate
from .client_list import ClientList
from .client_model import ClientModel
from .client_update import ClientUpdate
from .error import Error
from .format_list import FormatList
from .invoice import Invoice
from .invoice_create import InvoiceCreate
from .invoice_item import InvoiceItem
from .invoice_item_create import InvoiceItemCreate
from .invoice_item_list import InvoiceItemList
from .invoice_list import InvoiceList
from .invoice_send import InvoiceSend
from .invoice_status import InvoiceStatus
from .list_links import ListLinks
from .list_meta import ListMeta

__all__ = (
    "ClientCreate",
    "ClientList",
    "ClientModel",
    "ClientUpdate",
    "Error",
    "FormatList",
    "Invoice",
    "InvoiceCreate",
    "InvoiceItem",
    "InvoiceItemCreate",
    "InvoiceItemList",
    "InvoiceList",
    "InvoiceSend",
    "InvoiceStatus",
    "ListLinks",
    "ListMeta",
)
