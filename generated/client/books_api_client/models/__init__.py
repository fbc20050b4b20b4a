"""Contains all the data models used in inputs/outputs"""

from .accept_version import AcceptVersion
from .address import Address
from .address_input import AddressInput
from .article import Article
from .article_create import ArticleCreate
from .article_list import ArticleList
from .article_markup_type import ArticleMarkupType
from .article_stock import ArticleStock
from .article_stock_line import ArticleStockLine
from .article_type import ArticleType
from .article_update import ArticleUpdate
from .bulk_result import BulkResult
from .bulk_result_item import BulkResultItem
from .bulk_result_item_outcome import BulkResultItemOutcome
from .client_bulk_item import ClientBulkItem
from .client_bulk_request import ClientBulkRequest
from .client_contact import ClientContact
from .client_contact_create import ClientContactCreate
from .client_contact_list import ClientContactList
from .client_contact_update import ClientContactUpdate
from .client_create import ClientCreate
from .client_delivery_address import ClientDeliveryAddress
from .client_delivery_address_create import ClientDeliveryAddressCreate
from .client_delivery_address_list import ClientDeliveryAddressList
from .client_delivery_address_update import ClientDeliveryAddressUpdate
from .client_list import ClientList
from .client_model import ClientModel
from .client_note import ClientNote
from .client_note_create import ClientNoteCreate
from .client_note_list import ClientNoteList
from .client_note_object_type import ClientNoteObjectType
from .client_note_update import ClientNoteUpdate
from .client_state import ClientState
from .client_update import ClientUpdate
from .custom_value import CustomValue
from .custom_value_input import CustomValueInput
from .document_language import DocumentLanguage
from .document_totals import DocumentTotals
from .employee import Employee
from .employee_create import EmployeeCreate
from .employee_list import EmployeeList
from .employee_update import EmployeeUpdate
from .error import Error
from .event_recipient import EventRecipient
from .event_recipient_status import EventRecipientStatus
from .field_error import FieldError
from .field_error_location import FieldErrorLocation
from .financial_account import FinancialAccount
from .financial_account_list import FinancialAccountList
from .format_item_xml import FormatItemXml
from .format_list import FormatList
from .format_list_xml import FormatListXml
from .income_account import IncomeAccount
from .income_account_kind import IncomeAccountKind
from .income_account_list import IncomeAccountList
from .incoming import Incoming
from .incoming_bind import IncomingBind
from .incoming_create import IncomingCreate
from .incoming_list import IncomingList
from .incoming_update import IncomingUpdate
from .invoice import Invoice
from .invoice_create import InvoiceCreate
from .invoice_create_pay_status import InvoiceCreatePayStatus
from .invoice_customer import InvoiceCustomer
from .invoice_event import InvoiceEvent
from .invoice_event_list import InvoiceEventList
from .invoice_event_type import InvoiceEventType
from .invoice_item import InvoiceItem
from .invoice_item_create import InvoiceItemCreate
from .invoice_item_list import InvoiceItemList
from .invoice_item_update import InvoiceItemUpdate
from .invoice_list import InvoiceList
from .invoice_pay_status import InvoicePayStatus
from .invoice_pay_status_filter import InvoicePayStatusFilter
from .invoice_payment import InvoicePayment
from .invoice_payment_create import InvoicePaymentCreate
from .invoice_payment_create_remaining_amount import InvoicePaymentCreateRemainingAmount
from .invoice_payment_list import InvoicePaymentList
from .invoice_payment_update import InvoicePaymentUpdate
from .invoice_remark import InvoiceRemark
from .invoice_remark_create import InvoiceRemarkCreate
from .invoice_remark_list import InvoiceRemarkList
from .invoice_remark_update import InvoiceRemarkUpdate
from .invoice_send import InvoiceSend
from .invoice_send_document_type import InvoiceSendDocumentType
from .invoice_status import InvoiceStatus
from .invoice_status_filter import InvoiceStatusFilter
from .invoice_type import InvoiceType
from .invoice_update import InvoiceUpdate
from .invoice_update_pay_status import InvoiceUpdatePayStatus
from .layout import Layout
from .layout_list import LayoutList
from .layout_settings import LayoutSettings
from .layout_version import LayoutVersion
from .line_amounts import LineAmounts
from .list_links import ListLinks
from .list_meta import ListMeta
from .payment import Payment
from .payment_bind import PaymentBind
from .payment_create import PaymentCreate
from .payment_list import PaymentList
from .payment_method import PaymentMethod
from .payment_update import PaymentUpdate
from .price_offer import PriceOffer
from .price_offer_create import PriceOfferCreate
from .price_offer_list import PriceOfferList
from .price_offer_row import PriceOfferRow
from .price_offer_row_create import PriceOfferRowCreate
from .price_offer_row_list import PriceOfferRowList
from .price_offer_row_update import PriceOfferRowUpdate
from .price_offer_status import PriceOfferStatus
from .price_offer_status_filter import PriceOfferStatusFilter
from .price_offer_update import PriceOfferUpdate
from .purchase import Purchase
from .purchase_bulk_item import PurchaseBulkItem
from .purchase_bulk_request import PurchaseBulkRequest
from .purchase_create import PurchaseCreate
from .purchase_list import PurchaseList
from .purchase_order import PurchaseOrder
from .purchase_order_create import PurchaseOrderCreate
from .purchase_order_create_status import PurchaseOrderCreateStatus
from .purchase_order_list import PurchaseOrderList
from .purchase_order_row import PurchaseOrderRow
from .purchase_order_row_create import PurchaseOrderRowCreate
from .purchase_order_status import PurchaseOrderStatus
from .purchase_order_status_filter import PurchaseOrderStatusFilter
from .purchase_order_update import PurchaseOrderUpdate
from .purchase_order_update_status import PurchaseOrderUpdateStatus
from .purchase_row import PurchaseRow
from .purchase_row_create import PurchaseRowCreate
from .purchase_row_list import PurchaseRowList
from .purchase_row_update import PurchaseRowUpdate
from .purchase_update import PurchaseUpdate
from .receipt import Receipt
from .receipt_create import ReceiptCreate
from .receipt_event import ReceiptEvent
from .receipt_event_list import ReceiptEventList
from .receipt_event_type import ReceiptEventType
from .receipt_item import ReceiptItem
from .receipt_item_create import ReceiptItemCreate
from .receipt_item_list import ReceiptItemList
from .receipt_item_update import ReceiptItemUpdate
from .receipt_list import ReceiptList
from .receipt_payment import ReceiptPayment
from .receipt_payment_create import ReceiptPaymentCreate
from .receipt_payment_create_remaining_amount import ReceiptPaymentCreateRemainingAmount
from .receipt_payment_list import ReceiptPaymentList
from .receipt_payment_update import ReceiptPaymentUpdate
from .receipt_remark import ReceiptRemark
from .receipt_remark_create import ReceiptRemarkCreate
from .receipt_remark_list import ReceiptRemarkList
from .receipt_remark_update import ReceiptRemarkUpdate
from .receipt_send import ReceiptSend
from .receipt_status import ReceiptStatus
from .receipt_status_filter import ReceiptStatusFilter
from .receipt_type import ReceiptType
from .receipt_update import ReceiptUpdate
from .sales_order import SalesOrder
from .sales_order_create import SalesOrderCreate
from .sales_order_create_status import SalesOrderCreateStatus
from .sales_order_list import SalesOrderList
from .sales_order_row import SalesOrderRow
from .sales_order_row_create import SalesOrderRowCreate
from .sales_order_status import SalesOrderStatus
from .sales_order_status_filter import SalesOrderStatusFilter
from .sales_order_update import SalesOrderUpdate
from .sales_order_update_status import SalesOrderUpdateStatus
from .seller_details import SellerDetails
from .tag import Tag
from .tag_name import TagName
from .tag_tag_id import TagTagId
from .tax_calculation import TaxCalculation
from .unbinded_task import UnbindedTask
from .unbinded_task_bind import UnbindedTaskBind
from .unbinded_task_create import UnbindedTaskCreate
from .unbinded_task_list import UnbindedTaskList
from .unbinded_task_update import UnbindedTaskUpdate
from .vat_type import VatType
from .vat_type_list import VatTypeList
from .warehouse import Warehouse
from .warehouse_create import WarehouseCreate
from .warehouse_list import WarehouseList
from .warehouse_stock import WarehouseStock
from .warehouse_stock_line import WarehouseStockLine
from .warehouse_update import WarehouseUpdate
from .warning import Warning_
from .yes_no import YesNo

__all__ = (
    "AcceptVersion",
    "Address",
    "AddressInput",
    "Article",
    "ArticleCreate",
    "ArticleList",
    "ArticleMarkupType",
    "ArticleStock",
    "ArticleStockLine",
    "ArticleType",
    "ArticleUpdate",
    "BulkResult",
    "BulkResultItem",
    "BulkResultItemOutcome",
    "ClientBulkItem",
    "ClientBulkRequest",
    "ClientContact",
    "ClientContactCreate",
    "ClientContactList",
    "ClientContactUpdate",
    "ClientCreate",
    "ClientDeliveryAddress",
    "ClientDeliveryAddressCreate",
    "ClientDeliveryAddressList",
    "ClientDeliveryAddressUpdate",
    "ClientList",
    "ClientModel",
    "ClientNote",
    "ClientNoteCreate",
    "ClientNoteList",
    "ClientNoteObjectType",
    "ClientNoteUpdate",
    "ClientState",
    "ClientUpdate",
    "CustomValue",
    "CustomValueInput",
    "DocumentLanguage",
    "DocumentTotals",
    "Employee",
    "EmployeeCreate",
    "EmployeeList",
    "EmployeeUpdate",
    "Error",
    "EventRecipient",
    "EventRecipientStatus",
    "FieldError",
    "FieldErrorLocation",
    "FinancialAccount",
    "FinancialAccountList",
    "FormatItemXml",
    "FormatList",
    "FormatListXml",
    "IncomeAccount",
    "IncomeAccountKind",
    "IncomeAccountList",
    "Incoming",
    "IncomingBind",
    "IncomingCreate",
    "IncomingList",
    "IncomingUpdate",
    "Invoice",
    "InvoiceCreate",
    "InvoiceCreatePayStatus",
    "InvoiceCustomer",
    "InvoiceEvent",
    "InvoiceEventList",
    "InvoiceEventType",
    "InvoiceItem",
    "InvoiceItemCreate",
    "InvoiceItemList",
    "InvoiceItemUpdate",
    "InvoiceList",
    "InvoicePayment",
    "InvoicePaymentCreate",
    "InvoicePaymentCreateRemainingAmount",
    "InvoicePaymentList",
    "InvoicePaymentUpdate",
    "InvoicePayStatus",
    "InvoicePayStatusFilter",
    "InvoiceRemark",
    "InvoiceRemarkCreate",
    "InvoiceRemarkList",
    "InvoiceRemarkUpdate",
    "InvoiceSend",
    "InvoiceSendDocumentType",
    "InvoiceStatus",
    "InvoiceStatusFilter",
    "InvoiceType",
    "InvoiceUpdate",
    "InvoiceUpdatePayStatus",
    "Layout",
    "LayoutList",
    "LayoutSettings",
    "LayoutVersion",
    "LineAmounts",
    "ListLinks",
    "ListMeta",
    "Payment",
    "PaymentBind",
    "PaymentCreate",
    "PaymentList",
    "PaymentMethod",
    "PaymentUpdate",
    "PriceOffer",
    "PriceOfferCreate",
    "PriceOfferList",
    "PriceOfferRow",
    "PriceOfferRowCreate",
    "PriceOfferRowList",
    "PriceOfferRowUpdate",
    "PriceOfferStatus",
    "PriceOfferStatusFilter",
    "PriceOfferUpdate",
    "Purchase",
    "PurchaseBulkItem",
    "PurchaseBulkRequest",
    "PurchaseCreate",
    "PurchaseList",
    "PurchaseOrder",
    "PurchaseOrderCreate",
    "PurchaseOrderCreateStatus",
    "PurchaseOrderList",
    "PurchaseOrderRow",
    "PurchaseOrderRowCreate",
    "PurchaseOrderStatus",
    "PurchaseOrderStatusFilter",
    "PurchaseOrderUpdate",
    "PurchaseOrderUpdateStatus",
    "PurchaseRow",
    "PurchaseRowCreate",
    "PurchaseRowList",
    "PurchaseRowUpdate",
    "PurchaseUpdate",
    "Receipt",
    "ReceiptCreate",
    "ReceiptEvent",
    "ReceiptEventList",
    "ReceiptEventType",
    "ReceiptItem",
    "ReceiptItemCreate",
    "ReceiptItemList",
    "ReceiptItemUpdate",
    "ReceiptList",
    "ReceiptPayment",
    "ReceiptPaymentCreate",
    "ReceiptPaymentCreateRemainingAmount",
    "ReceiptPaymentList",
    "ReceiptPaymentUpdate",
    "ReceiptRemark",
    "ReceiptRemarkCreate",
    "ReceiptRemarkList",
    "ReceiptRemarkUpdate",
    "ReceiptSend",
    "ReceiptStatus",
    "ReceiptStatusFilter",
    "ReceiptType",
    "ReceiptUpdate",
    "SalesOrder",
    "SalesOrderCreate",
    "SalesOrderCreateStatus",
    "SalesOrderList",
    "SalesOrderRow",
    "SalesOrderRowCreate",
    "SalesOrderStatus",
    "SalesOrderStatusFilter",
    "SalesOrderUpdate",
    "SalesOrderUpdateStatus",
    "SellerDetails",
    "Tag",
    "TagName",
    "TagTagId",
    "TaxCalculation",
    "UnbindedTask",
    "UnbindedTaskBind",
    "UnbindedTaskCreate",
    "UnbindedTaskList",
    "UnbindedTaskUpdate",
    "VatType",
    "VatTypeList",
    "Warehouse",
    "WarehouseCreate",
    "WarehouseList",
    "WarehouseStock",
    "WarehouseStockLine",
    "WarehouseUpdate",
    "Warning_",
    "YesNo",
)
