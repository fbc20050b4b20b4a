"""`BooksApi`: one object, one namespace per resource, models in and out.

Generated from the spec by generator/render/client_layer.py: do not edit. Every method calls
the generated endpoint function of its operation, returns the model on success and raises a
subclass of `ApiError` otherwise; `iter` methods follow `links.next` page by page.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from ..api.articles import articles_create as _articles_create
from ..api.articles import articles_delete as _articles_delete
from ..api.articles import articles_get as _articles_get
from ..api.articles import articles_get_stock as _articles_get_stock
from ..api.articles import articles_list as _articles_list
from ..api.articles import articles_replace as _articles_replace
from ..api.articles import articles_update as _articles_update
from ..api.client_notes import client_notes_create as _client_notes_create
from ..api.client_notes import client_notes_delete as _client_notes_delete
from ..api.client_notes import client_notes_get as _client_notes_get
from ..api.client_notes import client_notes_list as _client_notes_list
from ..api.client_notes import client_notes_replace as _client_notes_replace
from ..api.client_notes import client_notes_update as _client_notes_update
from ..api.clients import client_contacts_create as _client_contacts_create
from ..api.clients import client_contacts_delete as _client_contacts_delete
from ..api.clients import client_contacts_get as _client_contacts_get
from ..api.clients import client_contacts_list as _client_contacts_list
from ..api.clients import client_contacts_replace as _client_contacts_replace
from ..api.clients import client_contacts_update as _client_contacts_update
from ..api.clients import client_delivery_addresses_create as _client_delivery_addresses_create
from ..api.clients import client_delivery_addresses_delete as _client_delivery_addresses_delete
from ..api.clients import client_delivery_addresses_get as _client_delivery_addresses_get
from ..api.clients import client_delivery_addresses_list as _client_delivery_addresses_list
from ..api.clients import client_delivery_addresses_replace as _client_delivery_addresses_replace
from ..api.clients import client_delivery_addresses_update as _client_delivery_addresses_update
from ..api.clients import clients_bulk_upsert as _clients_bulk_upsert
from ..api.clients import clients_create as _clients_create
from ..api.clients import clients_delete as _clients_delete
from ..api.clients import clients_get as _clients_get
from ..api.clients import clients_list as _clients_list
from ..api.clients import clients_replace as _clients_replace
from ..api.clients import clients_update as _clients_update
from ..api.employees import employees_create as _employees_create
from ..api.employees import employees_delete as _employees_delete
from ..api.employees import employees_get as _employees_get
from ..api.employees import employees_list as _employees_list
from ..api.employees import employees_replace as _employees_replace
from ..api.employees import employees_update as _employees_update
from ..api.financial_accounts import financial_accounts_get as _financial_accounts_get
from ..api.financial_accounts import financial_accounts_list as _financial_accounts_list
from ..api.income_accounts import income_accounts_get as _income_accounts_get
from ..api.income_accounts import income_accounts_list as _income_accounts_list
from ..api.incomings import incomings_bind as _incomings_bind
from ..api.incomings import incomings_create as _incomings_create
from ..api.incomings import incomings_delete as _incomings_delete
from ..api.incomings import incomings_get as _incomings_get
from ..api.incomings import incomings_list as _incomings_list
from ..api.incomings import incomings_replace as _incomings_replace
from ..api.incomings import incomings_update as _incomings_update
from ..api.invoices import invoice_events_get as _invoice_events_get
from ..api.invoices import invoice_events_list as _invoice_events_list
from ..api.invoices import invoice_items_create as _invoice_items_create
from ..api.invoices import invoice_items_delete as _invoice_items_delete
from ..api.invoices import invoice_items_get as _invoice_items_get
from ..api.invoices import invoice_items_list as _invoice_items_list
from ..api.invoices import invoice_items_replace as _invoice_items_replace
from ..api.invoices import invoice_items_update as _invoice_items_update
from ..api.invoices import invoice_payments_create as _invoice_payments_create
from ..api.invoices import invoice_payments_delete as _invoice_payments_delete
from ..api.invoices import invoice_payments_get as _invoice_payments_get
from ..api.invoices import invoice_payments_list as _invoice_payments_list
from ..api.invoices import invoice_payments_replace as _invoice_payments_replace
from ..api.invoices import invoice_payments_update as _invoice_payments_update
from ..api.invoices import invoice_remarks_create as _invoice_remarks_create
from ..api.invoices import invoice_remarks_delete as _invoice_remarks_delete
from ..api.invoices import invoice_remarks_get as _invoice_remarks_get
from ..api.invoices import invoice_remarks_list as _invoice_remarks_list
from ..api.invoices import invoice_remarks_replace as _invoice_remarks_replace
from ..api.invoices import invoice_remarks_update as _invoice_remarks_update
from ..api.invoices import invoices_create as _invoices_create
from ..api.invoices import invoices_delete as _invoices_delete
from ..api.invoices import invoices_get as _invoices_get
from ..api.invoices import invoices_get_by_number as _invoices_get_by_number
from ..api.invoices import invoices_get_html as _invoices_get_html
from ..api.invoices import invoices_get_pdf as _invoices_get_pdf
from ..api.invoices import invoices_list as _invoices_list
from ..api.invoices import invoices_replace as _invoices_replace
from ..api.invoices import invoices_send as _invoices_send
from ..api.invoices import invoices_update as _invoices_update
from ..api.layouts import layouts_get as _layouts_get
from ..api.layouts import layouts_list as _layouts_list
from ..api.payments import payments_bind as _payments_bind
from ..api.payments import payments_create as _payments_create
from ..api.payments import payments_delete as _payments_delete
from ..api.payments import payments_get as _payments_get
from ..api.payments import payments_list as _payments_list
from ..api.payments import payments_replace as _payments_replace
from ..api.payments import payments_update as _payments_update
from ..api.price_offers import price_offer_rows_create as _price_offer_rows_create
from ..api.price_offers import price_offer_rows_delete as _price_offer_rows_delete
from ..api.price_offers import price_offer_rows_get as _price_offer_rows_get
from ..api.price_offers import price_offer_rows_list as _price_offer_rows_list
from ..api.price_offers import price_offer_rows_replace as _price_offer_rows_replace
from ..api.price_offers import price_offer_rows_update as _price_offer_rows_update
from ..api.price_offers import price_offers_cancel as _price_offers_cancel
from ..api.price_offers import price_offers_convert as _price_offers_convert
from ..api.price_offers import price_offers_create as _price_offers_create
from ..api.price_offers import price_offers_delete as _price_offers_delete
from ..api.price_offers import price_offers_get as _price_offers_get
from ..api.price_offers import price_offers_get_html as _price_offers_get_html
from ..api.price_offers import price_offers_get_pdf as _price_offers_get_pdf
from ..api.price_offers import price_offers_list as _price_offers_list
from ..api.price_offers import price_offers_replace as _price_offers_replace
from ..api.price_offers import price_offers_update as _price_offers_update
from ..api.purchase_orders import purchase_orders_create as _purchase_orders_create
from ..api.purchase_orders import purchase_orders_delete as _purchase_orders_delete
from ..api.purchase_orders import purchase_orders_get as _purchase_orders_get
from ..api.purchase_orders import purchase_orders_list as _purchase_orders_list
from ..api.purchase_orders import purchase_orders_replace as _purchase_orders_replace
from ..api.purchase_orders import purchase_orders_update as _purchase_orders_update
from ..api.purchases import purchase_rows_create as _purchase_rows_create
from ..api.purchases import purchase_rows_delete as _purchase_rows_delete
from ..api.purchases import purchase_rows_get as _purchase_rows_get
from ..api.purchases import purchase_rows_list as _purchase_rows_list
from ..api.purchases import purchase_rows_replace as _purchase_rows_replace
from ..api.purchases import purchase_rows_update as _purchase_rows_update
from ..api.purchases import purchases_bulk_upsert as _purchases_bulk_upsert
from ..api.purchases import purchases_create as _purchases_create
from ..api.purchases import purchases_delete as _purchases_delete
from ..api.purchases import purchases_get as _purchases_get
from ..api.purchases import purchases_list as _purchases_list
from ..api.purchases import purchases_replace as _purchases_replace
from ..api.purchases import purchases_update as _purchases_update
from ..api.receipts import receipt_events_get as _receipt_events_get
from ..api.receipts import receipt_events_list as _receipt_events_list
from ..api.receipts import receipt_items_create as _receipt_items_create
from ..api.receipts import receipt_items_delete as _receipt_items_delete
from ..api.receipts import receipt_items_get as _receipt_items_get
from ..api.receipts import receipt_items_list as _receipt_items_list
from ..api.receipts import receipt_items_replace as _receipt_items_replace
from ..api.receipts import receipt_items_update as _receipt_items_update
from ..api.receipts import receipt_payments_create as _receipt_payments_create
from ..api.receipts import receipt_payments_delete as _receipt_payments_delete
from ..api.receipts import receipt_payments_get as _receipt_payments_get
from ..api.receipts import receipt_payments_list as _receipt_payments_list
from ..api.receipts import receipt_payments_replace as _receipt_payments_replace
from ..api.receipts import receipt_payments_update as _receipt_payments_update
from ..api.receipts import receipt_remarks_create as _receipt_remarks_create
from ..api.receipts import receipt_remarks_delete as _receipt_remarks_delete
from ..api.receipts import receipt_remarks_get as _receipt_remarks_get
from ..api.receipts import receipt_remarks_list as _receipt_remarks_list
from ..api.receipts import receipt_remarks_replace as _receipt_remarks_replace
from ..api.receipts import receipt_remarks_update as _receipt_remarks_update
from ..api.receipts import receipts_create as _receipts_create
from ..api.receipts import receipts_delete as _receipts_delete
from ..api.receipts import receipts_get as _receipts_get
from ..api.receipts import receipts_get_html as _receipts_get_html
from ..api.receipts import receipts_get_pdf as _receipts_get_pdf
from ..api.receipts import receipts_list as _receipts_list
from ..api.receipts import receipts_replace as _receipts_replace
from ..api.receipts import receipts_send as _receipts_send
from ..api.receipts import receipts_update as _receipts_update
from ..api.sales_orders import sales_orders_create as _sales_orders_create
from ..api.sales_orders import sales_orders_delete as _sales_orders_delete
from ..api.sales_orders import sales_orders_get as _sales_orders_get
from ..api.sales_orders import sales_orders_list as _sales_orders_list
from ..api.sales_orders import sales_orders_replace as _sales_orders_replace
from ..api.sales_orders import sales_orders_update as _sales_orders_update
from ..api.unbinded_tasks import unbinded_tasks_bind as _unbinded_tasks_bind
from ..api.unbinded_tasks import unbinded_tasks_create as _unbinded_tasks_create
from ..api.unbinded_tasks import unbinded_tasks_delete as _unbinded_tasks_delete
from ..api.unbinded_tasks import unbinded_tasks_get as _unbinded_tasks_get
from ..api.unbinded_tasks import unbinded_tasks_list as _unbinded_tasks_list
from ..api.unbinded_tasks import unbinded_tasks_replace as _unbinded_tasks_replace
from ..api.unbinded_tasks import unbinded_tasks_update as _unbinded_tasks_update
from ..api.vat_types import vat_types_get as _vat_types_get
from ..api.vat_types import vat_types_list as _vat_types_list
from ..api.warehouses import warehouses_create as _warehouses_create
from ..api.warehouses import warehouses_delete as _warehouses_delete
from ..api.warehouses import warehouses_get as _warehouses_get
from ..api.warehouses import warehouses_get_stock as _warehouses_get_stock
from ..api.warehouses import warehouses_list as _warehouses_list
from ..api.warehouses import warehouses_replace as _warehouses_replace
from ..api.warehouses import warehouses_update as _warehouses_update
from ..client import AuthenticatedClient, Client
from ..models.accept_version import AcceptVersion
from ..models.article import Article
from ..models.article_create import ArticleCreate
from ..models.article_list import ArticleList
from ..models.article_stock import ArticleStock
from ..models.article_type import ArticleType
from ..models.article_update import ArticleUpdate
from ..models.bulk_result import BulkResult
from ..models.client_bulk_request import ClientBulkRequest
from ..models.client_contact import ClientContact
from ..models.client_contact_create import ClientContactCreate
from ..models.client_contact_list import ClientContactList
from ..models.client_contact_update import ClientContactUpdate
from ..models.client_create import ClientCreate
from ..models.client_delivery_address import ClientDeliveryAddress
from ..models.client_delivery_address_create import ClientDeliveryAddressCreate
from ..models.client_delivery_address_list import ClientDeliveryAddressList
from ..models.client_delivery_address_update import ClientDeliveryAddressUpdate
from ..models.client_list import ClientList
from ..models.client_model import ClientModel
from ..models.client_note import ClientNote
from ..models.client_note_create import ClientNoteCreate
from ..models.client_note_list import ClientNoteList
from ..models.client_note_object_type import ClientNoteObjectType
from ..models.client_note_update import ClientNoteUpdate
from ..models.client_state import ClientState
from ..models.client_update import ClientUpdate
from ..models.employee import Employee
from ..models.employee_create import EmployeeCreate
from ..models.employee_list import EmployeeList
from ..models.employee_update import EmployeeUpdate
from ..models.financial_account import FinancialAccount
from ..models.financial_account_list import FinancialAccountList
from ..models.format_item_xml import FormatItemXml
from ..models.format_list import FormatList
from ..models.format_list_xml import FormatListXml
from ..models.income_account import IncomeAccount
from ..models.income_account_kind import IncomeAccountKind
from ..models.income_account_list import IncomeAccountList
from ..models.incoming import Incoming
from ..models.incoming_bind import IncomingBind
from ..models.incoming_create import IncomingCreate
from ..models.incoming_list import IncomingList
from ..models.incoming_update import IncomingUpdate
from ..models.invoice import Invoice
from ..models.invoice_create import InvoiceCreate
from ..models.invoice_event import InvoiceEvent
from ..models.invoice_event_list import InvoiceEventList
from ..models.invoice_item import InvoiceItem
from ..models.invoice_item_create import InvoiceItemCreate
from ..models.invoice_item_list import InvoiceItemList
from ..models.invoice_item_update import InvoiceItemUpdate
from ..models.invoice_list import InvoiceList
from ..models.invoice_pay_status_filter import InvoicePayStatusFilter
from ..models.invoice_payment import InvoicePayment
from ..models.invoice_payment_create import InvoicePaymentCreate
from ..models.invoice_payment_list import InvoicePaymentList
from ..models.invoice_payment_update import InvoicePaymentUpdate
from ..models.invoice_remark import InvoiceRemark
from ..models.invoice_remark_create import InvoiceRemarkCreate
from ..models.invoice_remark_list import InvoiceRemarkList
from ..models.invoice_remark_update import InvoiceRemarkUpdate
from ..models.invoice_send import InvoiceSend
from ..models.invoice_status_filter import InvoiceStatusFilter
from ..models.invoice_update import InvoiceUpdate
from ..models.layout import Layout
from ..models.layout_list import LayoutList
from ..models.layout_version import LayoutVersion
from ..models.payment import Payment
from ..models.payment_bind import PaymentBind
from ..models.payment_create import PaymentCreate
from ..models.payment_list import PaymentList
from ..models.payment_update import PaymentUpdate
from ..models.price_offer import PriceOffer
from ..models.price_offer_create import PriceOfferCreate
from ..models.price_offer_list import PriceOfferList
from ..models.price_offer_row import PriceOfferRow
from ..models.price_offer_row_create import PriceOfferRowCreate
from ..models.price_offer_row_list import PriceOfferRowList
from ..models.price_offer_row_update import PriceOfferRowUpdate
from ..models.price_offer_status_filter import PriceOfferStatusFilter
from ..models.price_offer_update import PriceOfferUpdate
from ..models.purchase import Purchase
from ..models.purchase_bulk_request import PurchaseBulkRequest
from ..models.purchase_create import PurchaseCreate
from ..models.purchase_list import PurchaseList
from ..models.purchase_order import PurchaseOrder
from ..models.purchase_order_create import PurchaseOrderCreate
from ..models.purchase_order_list import PurchaseOrderList
from ..models.purchase_order_status_filter import PurchaseOrderStatusFilter
from ..models.purchase_order_update import PurchaseOrderUpdate
from ..models.purchase_row import PurchaseRow
from ..models.purchase_row_create import PurchaseRowCreate
from ..models.purchase_row_list import PurchaseRowList
from ..models.purchase_row_update import PurchaseRowUpdate
from ..models.purchase_update import PurchaseUpdate
from ..models.receipt import Receipt
from ..models.receipt_create import ReceiptCreate
from ..models.receipt_event import ReceiptEvent
from ..models.receipt_event_list import ReceiptEventList
from ..models.receipt_item import ReceiptItem
from ..models.receipt_item_create import ReceiptItemCreate
from ..models.receipt_item_list import ReceiptItemList
from ..models.receipt_item_update import ReceiptItemUpdate
from ..models.receipt_list import ReceiptList
from ..models.receipt_payment import ReceiptPayment
from ..models.receipt_payment_create import ReceiptPaymentCreate
from ..models.receipt_payment_list import ReceiptPaymentList
from ..models.receipt_payment_update import ReceiptPaymentUpdate
from ..models.receipt_remark import ReceiptRemark
from ..models.receipt_remark_create import ReceiptRemarkCreate
from ..models.receipt_remark_list import ReceiptRemarkList
from ..models.receipt_remark_update import ReceiptRemarkUpdate
from ..models.receipt_send import ReceiptSend
from ..models.receipt_status_filter import ReceiptStatusFilter
from ..models.receipt_update import ReceiptUpdate
from ..models.sales_order import SalesOrder
from ..models.sales_order_create import SalesOrderCreate
from ..models.sales_order_list import SalesOrderList
from ..models.sales_order_status_filter import SalesOrderStatusFilter
from ..models.sales_order_update import SalesOrderUpdate
from ..models.unbinded_task import UnbindedTask
from ..models.unbinded_task_bind import UnbindedTaskBind
from ..models.unbinded_task_create import UnbindedTaskCreate
from ..models.unbinded_task_list import UnbindedTaskList
from ..models.unbinded_task_update import UnbindedTaskUpdate
from ..models.vat_type import VatType
from ..models.vat_type_list import VatTypeList
from ..models.warehouse import Warehouse
from ..models.warehouse_create import WarehouseCreate
from ..models.warehouse_list import WarehouseList
from ..models.warehouse_stock import WarehouseStock
from ..models.warehouse_update import WarehouseUpdate
from ..types import UNSET, File, Response, Unset
from .retries import RetryingTransport
from .session import Session

DEFAULT_BASE_URL = "https://books.example.com/api/v1"


class Articles:
    """`api.articles`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: ArticleCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Article:
        """Create an article"""
        response = _articles_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_create", response, Article)

    def delete(
        self,
        article_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an article"""
        response = _articles_delete.sync_detailed(
            article_id=article_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("articles_delete", response)

    def get(
        self,
        article_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Article:
        """Read an article"""
        response = _articles_get.sync_detailed(
            article_id=article_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_get", response, Article)

    def get_stock(
        self,
        article_id: int,
        *,
        date: datetime.date | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ArticleStock:
        """Read the stock of an article"""
        response = _articles_get_stock.sync_detailed(
            article_id=article_id,
            client=self._session.client,
            date=date,
            warehouse_id=warehouse_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_get_stock", response, ArticleStock)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "code",
        search: str | Unset = UNSET,
        code: str | Unset = UNSET,
        ean: str | Unset = UNSET,
        type_: ArticleType | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ArticleList:
        """List articles"""
        response = _articles_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            code=code,
            ean=ean,
            type_=type_,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_list", response, ArticleList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "code",
        search: str | Unset = UNSET,
        code: str | Unset = UNSET,
        ean: str | Unset = UNSET,
        type_: ArticleType | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Article]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            code=code,
            ean=ean,
            type_=type_,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ArticleList.from_dict(self._session.get_json("articles_list", page.links.next_))

    def replace(
        self,
        article_id: int,
        body: ArticleCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Article:
        """Replace an article"""
        response = _articles_replace.sync_detailed(
            article_id=article_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_replace", response, Article)

    def update(
        self,
        article_id: int,
        body: ArticleUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Article:
        """Update an article"""
        response = _articles_update.sync_detailed(
            article_id=article_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_update", response, Article)


class ClientContacts:
    """`api.client_contacts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        client_id: int,
        body: ClientContactCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Add a contact person to a client"""
        response = _client_contacts_create.sync_detailed(
            client_id=client_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_create", response, ClientContact)

    def delete(
        self,
        client_id: int,
        contact_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a contact person"""
        response = _client_contacts_delete.sync_detailed(
            client_id=client_id,
            contact_id=contact_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("client_contacts_delete", response)

    def get(
        self,
        client_id: int,
        contact_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Read a contact person"""
        response = _client_contacts_get.sync_detailed(
            client_id=client_id,
            contact_id=contact_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_get", response, ClientContact)

    def list(
        self,
        client_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_main,contact_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContactList:
        """List the contact persons of a client"""
        response = _client_contacts_list.sync_detailed(
            client_id=client_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_list", response, ClientContactList)

    def iter(
        self,
        client_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_main,contact_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ClientContact]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            client_id=client_id,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ClientContactList.from_dict(self._session.get_json("client_contacts_list", page.links.next_))

    def replace(
        self,
        client_id: int,
        contact_id: int,
        body: ClientContactCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Replace a contact person"""
        response = _client_contacts_replace.sync_detailed(
            client_id=client_id,
            contact_id=contact_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_replace", response, ClientContact)

    def update(
        self,
        client_id: int,
        contact_id: int,
        body: ClientContactUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientContact:
        """Update a contact person"""
        response = _client_contacts_update.sync_detailed(
            client_id=client_id,
            contact_id=contact_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_contacts_update", response, ClientContact)


class ClientDeliveryAddresses:
    """`api.client_delivery_addresses`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        client_id: int,
        body: ClientDeliveryAddressCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Add a delivery address to a client"""
        response = _client_delivery_addresses_create.sync_detailed(
            client_id=client_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_create", response, ClientDeliveryAddress)

    def delete(
        self,
        client_id: int,
        delivery_address_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a delivery address"""
        response = _client_delivery_addresses_delete.sync_detailed(
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("client_delivery_addresses_delete", response)

    def get(
        self,
        client_id: int,
        delivery_address_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Read a delivery address"""
        response = _client_delivery_addresses_get.sync_detailed(
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_get", response, ClientDeliveryAddress)

    def list(
        self,
        client_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_default,delivery_address_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddressList:
        """List the delivery addresses of a client"""
        response = _client_delivery_addresses_list.sync_detailed(
            client_id=client_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_list", response, ClientDeliveryAddressList)

    def iter(
        self,
        client_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-is_default,delivery_address_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ClientDeliveryAddress]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            client_id=client_id,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ClientDeliveryAddressList.from_dict(
                self._session.get_json("client_delivery_addresses_list", page.links.next_)
            )

    def replace(
        self,
        client_id: int,
        delivery_address_id: int,
        body: ClientDeliveryAddressCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Replace a delivery address"""
        response = _client_delivery_addresses_replace.sync_detailed(
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_replace", response, ClientDeliveryAddress)

    def update(
        self,
        client_id: int,
        delivery_address_id: int,
        body: ClientDeliveryAddressUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientDeliveryAddress:
        """Update a delivery address"""
        response = _client_delivery_addresses_update.sync_detailed(
            client_id=client_id,
            delivery_address_id=delivery_address_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_delivery_addresses_update", response, ClientDeliveryAddress)


class ClientNotes:
    """`api.client_notes`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: ClientNoteCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Create a client note"""
        response = _client_notes_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_create", response, ClientNote)

    def delete(
        self,
        client_note_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a client note"""
        response = _client_notes_delete.sync_detailed(
            client_note_id=client_note_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("client_notes_delete", response)

    def get(
        self,
        client_note_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Read a client note"""
        response = _client_notes_get.sync_detailed(
            client_note_id=client_note_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_get", response, ClientNote)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-created",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        object_type: ClientNoteObjectType | Unset = UNSET,
        object_id: int | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNoteList:
        """List client notes"""
        response = _client_notes_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            date_from=date_from,
            date_to=date_to,
            object_type=object_type,
            object_id=object_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_list", response, ClientNoteList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-created",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        object_type: ClientNoteObjectType | Unset = UNSET,
        object_id: int | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ClientNote]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            date_from=date_from,
            date_to=date_to,
            object_type=object_type,
            object_id=object_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ClientNoteList.from_dict(self._session.get_json("client_notes_list", page.links.next_))

    def replace(
        self,
        client_note_id: int,
        body: ClientNoteCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Replace a client note"""
        response = _client_notes_replace.sync_detailed(
            client_note_id=client_note_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_replace", response, ClientNote)

    def update(
        self,
        client_note_id: int,
        body: ClientNoteUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientNote:
        """Update a client note"""
        response = _client_notes_update.sync_detailed(
            client_note_id=client_note_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("client_notes_update", response, ClientNote)


class Clients:
    """`api.clients`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bulk_upsert(
        self,
        body: ClientBulkRequest,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> BulkResult:
        """Create or update many clients"""
        response = _clients_bulk_upsert.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_bulk_upsert", response, BulkResult)

    def create(
        self,
        body: ClientCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Create a client"""
        response = _clients_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_create", response, ClientModel)

    def delete(
        self,
        client_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a client"""
        response = _clients_delete.sync_detailed(
            client_id=client_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("clients_delete", response)

    def get(
        self,
        client_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Read a client"""
        response = _clients_get.sync_detailed(
            client_id=client_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_get", response, ClientModel)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "client_id",
        search: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        number: str | Unset = UNSET,
        email_address: str | Unset = UNSET,
        tax_code: str | Unset = UNSET,
        state: ClientState | Unset = UNSET,
        is_customer: bool | Unset = UNSET,
        is_supplier: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientList:
        """List clients"""
        response = _clients_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            external_id=external_id,
            number=number,
            email_address=email_address,
            tax_code=tax_code,
            state=state,
            is_customer=is_customer,
            is_supplier=is_supplier,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_list", response, ClientList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "client_id",
        search: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        number: str | Unset = UNSET,
        email_address: str | Unset = UNSET,
        tax_code: str | Unset = UNSET,
        state: ClientState | Unset = UNSET,
        is_customer: bool | Unset = UNSET,
        is_supplier: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ClientModel]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            external_id=external_id,
            number=number,
            email_address=email_address,
            tax_code=tax_code,
            state=state,
            is_customer=is_customer,
            is_supplier=is_supplier,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ClientList.from_dict(self._session.get_json("clients_list", page.links.next_))

    def replace(
        self,
        client_id: int,
        body: ClientCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Replace a client"""
        response = _clients_replace.sync_detailed(
            client_id=client_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_replace", response, ClientModel)

    def update(
        self,
        client_id: int,
        body: ClientUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ClientModel:
        """Update a client"""
        response = _clients_update.sync_detailed(
            client_id=client_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("clients_update", response, ClientModel)


class Employees:
    """`api.employees`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: EmployeeCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Create an employee"""
        response = _employees_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_create", response, Employee)

    def delete(
        self,
        employee_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an employee"""
        response = _employees_delete.sync_detailed(
            employee_id=employee_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("employees_delete", response)

    def get(
        self,
        employee_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Read an employee"""
        response = _employees_get.sync_detailed(
            employee_id=employee_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_get", response, Employee)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "last_name",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> EmployeeList:
        """List employees"""
        response = _employees_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_list", response, EmployeeList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "last_name",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Employee]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = EmployeeList.from_dict(self._session.get_json("employees_list", page.links.next_))

    def replace(
        self,
        employee_id: int,
        body: EmployeeCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Replace an employee"""
        response = _employees_replace.sync_detailed(
            employee_id=employee_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_replace", response, Employee)

    def update(
        self,
        employee_id: int,
        body: EmployeeUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Employee:
        """Update an employee"""
        response = _employees_update.sync_detailed(
            employee_id=employee_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("employees_update", response, Employee)


class FinancialAccounts:
    """`api.financial_accounts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        financial_account_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> FinancialAccount:
        """Read a financial account"""
        response = _financial_accounts_get.sync_detailed(
            financial_account_id=financial_account_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("financial_accounts_get", response, FinancialAccount)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "code",
        search: str | Unset = UNSET,
        code: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> FinancialAccountList:
        """List financial accounts"""
        response = _financial_accounts_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            code=code,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("financial_accounts_list", response, FinancialAccountList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "code",
        search: str | Unset = UNSET,
        code: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[FinancialAccount]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            code=code,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = FinancialAccountList.from_dict(self._session.get_json("financial_accounts_list", page.links.next_))


class IncomeAccounts:
    """`api.income_accounts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        income_account_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> IncomeAccount:
        """Read an income account"""
        response = _income_accounts_get.sync_detailed(
            income_account_id=income_account_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("income_accounts_get", response, IncomeAccount)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "income_account_id",
        search: str | Unset = UNSET,
        kind: IncomeAccountKind | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> IncomeAccountList:
        """List income accounts"""
        response = _income_accounts_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            kind=kind,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("income_accounts_list", response, IncomeAccountList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "income_account_id",
        search: str | Unset = UNSET,
        kind: IncomeAccountKind | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[IncomeAccount]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            kind=kind,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = IncomeAccountList.from_dict(self._session.get_json("income_accounts_list", page.links.next_))


class Incomings:
    """`api.incomings`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bind(
        self,
        incoming_id: int,
        body: IncomingBind,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Bind an incoming to a sales invoice"""
        response = _incomings_bind.sync_detailed(
            incoming_id=incoming_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_bind", response, Incoming)

    def create(
        self,
        body: IncomingCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Record an incoming"""
        response = _incomings_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_create", response, Incoming)

    def delete(
        self,
        incoming_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an incoming"""
        response = _incomings_delete.sync_detailed(
            incoming_id=incoming_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("incomings_delete", response)

    def get(
        self,
        incoming_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Read an incoming"""
        response = _incomings_get.sync_detailed(
            incoming_id=incoming_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_get", response, Incoming)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        invoice_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> IncomingList:
        """List incomings"""
        response = _incomings_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            invoice_id=invoice_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_list", response, IncomingList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        invoice_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Incoming]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            invoice_id=invoice_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = IncomingList.from_dict(self._session.get_json("incomings_list", page.links.next_))

    def replace(
        self,
        incoming_id: int,
        body: IncomingCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Replace an incoming"""
        response = _incomings_replace.sync_detailed(
            incoming_id=incoming_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_replace", response, Incoming)

    def update(
        self,
        incoming_id: int,
        body: IncomingUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Incoming:
        """Update an incoming"""
        response = _incomings_update.sync_detailed(
            incoming_id=incoming_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("incomings_update", response, Incoming)


class InvoiceEvents:
    """`api.invoice_events`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        invoice_id: int,
        event_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceEvent:
        """Read an event of an invoice"""
        response = _invoice_events_get.sync_detailed(
            invoice_id=invoice_id,
            event_id=event_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_events_get", response, InvoiceEvent)

    def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceEventList:
        """List the events of an invoice"""
        response = _invoice_events_list.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_events_list", response, InvoiceEventList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[InvoiceEvent]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            invoice_id=invoice_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceEventList.from_dict(self._session.get_json("invoice_events_list", page.links.next_))


class InvoiceItems:
    """`api.invoice_items`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        invoice_id: int,
        body: InvoiceItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Add an item to an invoice"""
        response = _invoice_items_create.sync_detailed(
            invoice_id=invoice_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_create", response, InvoiceItem)

    def delete(
        self,
        invoice_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an item of an invoice"""
        response = _invoice_items_delete.sync_detailed(
            invoice_id=invoice_id,
            item_id=item_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoice_items_delete", response)

    def get(
        self,
        invoice_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Read an item of an invoice"""
        response = _invoice_items_get.sync_detailed(
            invoice_id=invoice_id,
            item_id=item_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_get", response, InvoiceItem)

    def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItemList:
        """List the items of an invoice"""
        response = _invoice_items_list.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_list", response, InvoiceItemList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[InvoiceItem]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            invoice_id=invoice_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceItemList.from_dict(self._session.get_json("invoice_items_list", page.links.next_))

    def replace(
        self,
        invoice_id: int,
        item_id: int,
        body: InvoiceItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Replace an item of an invoice"""
        response = _invoice_items_replace.sync_detailed(
            invoice_id=invoice_id,
            item_id=item_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_replace", response, InvoiceItem)

    def update(
        self,
        invoice_id: int,
        item_id: int,
        body: InvoiceItemUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceItem:
        """Update an item of an invoice"""
        response = _invoice_items_update.sync_detailed(
            invoice_id=invoice_id,
            item_id=item_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_items_update", response, InvoiceItem)


class InvoicePayments:
    """`api.invoice_payments`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        invoice_id: int,
        body: InvoicePaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Add a payment to an invoice"""
        response = _invoice_payments_create.sync_detailed(
            invoice_id=invoice_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_create", response, InvoicePayment)

    def delete(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a payment of an invoice"""
        response = _invoice_payments_delete.sync_detailed(
            invoice_id=invoice_id,
            payment_id=payment_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoice_payments_delete", response)

    def get(
        self,
        invoice_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Read a payment of an invoice"""
        response = _invoice_payments_get.sync_detailed(
            invoice_id=invoice_id,
            payment_id=payment_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_get", response, InvoicePayment)

    def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePaymentList:
        """List the payments of an invoice"""
        response = _invoice_payments_list.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_list", response, InvoicePaymentList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[InvoicePayment]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            invoice_id=invoice_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoicePaymentList.from_dict(self._session.get_json("invoice_payments_list", page.links.next_))

    def replace(
        self,
        invoice_id: int,
        payment_id: int,
        body: InvoicePaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Replace a payment of an invoice"""
        response = _invoice_payments_replace.sync_detailed(
            invoice_id=invoice_id,
            payment_id=payment_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_replace", response, InvoicePayment)

    def update(
        self,
        invoice_id: int,
        payment_id: int,
        body: InvoicePaymentUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoicePayment:
        """Update a payment of an invoice"""
        response = _invoice_payments_update.sync_detailed(
            invoice_id=invoice_id,
            payment_id=payment_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_payments_update", response, InvoicePayment)


class InvoiceRemarks:
    """`api.invoice_remarks`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        invoice_id: int,
        body: InvoiceRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Add a remark to an invoice"""
        response = _invoice_remarks_create.sync_detailed(
            invoice_id=invoice_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_create", response, InvoiceRemark)

    def delete(
        self,
        invoice_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a remark of an invoice"""
        response = _invoice_remarks_delete.sync_detailed(
            invoice_id=invoice_id,
            remark_id=remark_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoice_remarks_delete", response)

    def get(
        self,
        invoice_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Read a remark of an invoice"""
        response = _invoice_remarks_get.sync_detailed(
            invoice_id=invoice_id,
            remark_id=remark_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_get", response, InvoiceRemark)

    def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemarkList:
        """List the remarks of an invoice"""
        response = _invoice_remarks_list.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_list", response, InvoiceRemarkList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[InvoiceRemark]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            invoice_id=invoice_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceRemarkList.from_dict(self._session.get_json("invoice_remarks_list", page.links.next_))

    def replace(
        self,
        invoice_id: int,
        remark_id: int,
        body: InvoiceRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Replace a remark of an invoice"""
        response = _invoice_remarks_replace.sync_detailed(
            invoice_id=invoice_id,
            remark_id=remark_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_replace", response, InvoiceRemark)

    def update(
        self,
        invoice_id: int,
        remark_id: int,
        body: InvoiceRemarkUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceRemark:
        """Update a remark of an invoice"""
        response = _invoice_remarks_update.sync_detailed(
            invoice_id=invoice_id,
            remark_id=remark_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoice_remarks_update", response, InvoiceRemark)


class Invoices:
    """`api.invoices`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: InvoiceCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Create an invoice"""
        response = _invoices_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_create", response, Invoice)

    def delete(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an invoice"""
        response = _invoices_delete.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("invoices_delete", response)

    def get(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Read an invoice"""
        response = _invoices_get.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get", response, Invoice)

    def get_by_number(
        self,
        number: str,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Read an invoice by its number"""
        response = _invoices_get_by_number.sync_detailed(
            number=number,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get_by_number", response, Invoice)

    def get_html(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> str:
        """Read an invoice as HTML"""
        response = _invoices_get_html.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get_html", response, str)

    def get_pdf(
        self,
        invoice_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> File:
        """Read an invoice as PDF"""
        response = _invoices_get_pdf.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_get_pdf", response, File)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        status: InvoiceStatusFilter | Unset = UNSET,
        pay_status: InvoicePayStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceList:
        """List invoices"""
        response = _invoices_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            status=status,
            pay_status=pay_status,
            number=number,
            external_id=external_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_list", response, InvoiceList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        status: InvoiceStatusFilter | Unset = UNSET,
        pay_status: InvoicePayStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Invoice]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            status=status,
            pay_status=pay_status,
            number=number,
            external_id=external_id,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceList.from_dict(self._session.get_json("invoices_list", page.links.next_))

    def replace(
        self,
        invoice_id: int,
        body: InvoiceCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Replace an invoice"""
        response = _invoices_replace.sync_detailed(
            invoice_id=invoice_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_replace", response, Invoice)

    def send(
        self,
        invoice_id: int,
        body: InvoiceSend,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> InvoiceEvent:
        """Send an invoice by e-mail"""
        response = _invoices_send.sync_detailed(
            invoice_id=invoice_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_send", response, InvoiceEvent)

    def update(
        self,
        invoice_id: int,
        body: InvoiceUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Update an invoice"""
        response = _invoices_update.sync_detailed(
            invoice_id=invoice_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("invoices_update", response, Invoice)


class Layouts:
    """`api.layouts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        layout_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Layout:
        """Read a layout"""
        response = _layouts_get.sync_detailed(
            layout_id=layout_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("layouts_get", response, Layout)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "name",
        search: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: LayoutVersion | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> LayoutList:
        """List layouts"""
        response = _layouts_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            name=name,
            version=version,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("layouts_list", response, LayoutList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "name",
        search: str | Unset = UNSET,
        name: str | Unset = UNSET,
        version: LayoutVersion | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Layout]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            name=name,
            version=version,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = LayoutList.from_dict(self._session.get_json("layouts_list", page.links.next_))


class Payments:
    """`api.payments`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bind(
        self,
        payment_id: int,
        body: PaymentBind,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Bind a payment to a purchase"""
        response = _payments_bind.sync_detailed(
            payment_id=payment_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_bind", response, Payment)

    def create(
        self,
        body: PaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Record a payment"""
        response = _payments_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_create", response, Payment)

    def delete(
        self,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a payment"""
        response = _payments_delete.sync_detailed(
            payment_id=payment_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("payments_delete", response)

    def get(
        self,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Read a payment"""
        response = _payments_get.sync_detailed(
            payment_id=payment_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_get", response, Payment)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        purchase_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PaymentList:
        """List payments"""
        response = _payments_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            purchase_id=purchase_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_list", response, PaymentList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        income_account_id: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        purchase_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Payment]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            date_from=date_from,
            date_to=date_to,
            income_account_id=income_account_id,
            client_id=client_id,
            purchase_id=purchase_id,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PaymentList.from_dict(self._session.get_json("payments_list", page.links.next_))

    def replace(
        self,
        payment_id: int,
        body: PaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Replace a payment"""
        response = _payments_replace.sync_detailed(
            payment_id=payment_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_replace", response, Payment)

    def update(
        self,
        payment_id: int,
        body: PaymentUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Payment:
        """Update a payment"""
        response = _payments_update.sync_detailed(
            payment_id=payment_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("payments_update", response, Payment)


class PriceOfferRows:
    """`api.price_offer_rows`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        price_offer_id: int,
        body: PriceOfferRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Add a row to a price offer"""
        response = _price_offer_rows_create.sync_detailed(
            price_offer_id=price_offer_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_create", response, PriceOfferRow)

    def delete(
        self,
        price_offer_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a row of a price offer"""
        response = _price_offer_rows_delete.sync_detailed(
            price_offer_id=price_offer_id,
            row_id=row_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("price_offer_rows_delete", response)

    def get(
        self,
        price_offer_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Read a row of a price offer"""
        response = _price_offer_rows_get.sync_detailed(
            price_offer_id=price_offer_id,
            row_id=row_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_get", response, PriceOfferRow)

    def list(
        self,
        price_offer_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRowList:
        """List the rows of a price offer"""
        response = _price_offer_rows_list.sync_detailed(
            price_offer_id=price_offer_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_list", response, PriceOfferRowList)

    def iter(
        self,
        price_offer_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[PriceOfferRow]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            price_offer_id=price_offer_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PriceOfferRowList.from_dict(self._session.get_json("price_offer_rows_list", page.links.next_))

    def replace(
        self,
        price_offer_id: int,
        row_id: int,
        body: PriceOfferRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Replace a row of a price offer"""
        response = _price_offer_rows_replace.sync_detailed(
            price_offer_id=price_offer_id,
            row_id=row_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_replace", response, PriceOfferRow)

    def update(
        self,
        price_offer_id: int,
        row_id: int,
        body: PriceOfferRowUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferRow:
        """Update a row of a price offer"""
        response = _price_offer_rows_update.sync_detailed(
            price_offer_id=price_offer_id,
            row_id=row_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offer_rows_update", response, PriceOfferRow)


class PriceOffers:
    """`api.price_offers`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def cancel(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Cancel a price offer"""
        response = _price_offers_cancel.sync_detailed(
            price_offer_id=price_offer_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_cancel", response, PriceOffer)

    def convert(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Turn a price offer into an invoice"""
        response = _price_offers_convert.sync_detailed(
            price_offer_id=price_offer_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_convert", response, Invoice)

    def create(
        self,
        body: PriceOfferCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Create a price offer"""
        response = _price_offers_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_create", response, PriceOffer)

    def delete(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a price offer"""
        response = _price_offers_delete.sync_detailed(
            price_offer_id=price_offer_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("price_offers_delete", response)

    def get(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Read a price offer"""
        response = _price_offers_get.sync_detailed(
            price_offer_id=price_offer_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_get", response, PriceOffer)

    def get_html(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> str:
        """Read a price offer as HTML"""
        response = _price_offers_get_html.sync_detailed(
            price_offer_id=price_offer_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_get_html", response, str)

    def get_pdf(
        self,
        price_offer_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> File:
        """Read a price offer as PDF"""
        response = _price_offers_get_pdf.sync_detailed(
            price_offer_id=price_offer_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_get_pdf", response, File)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        status: PriceOfferStatusFilter | Unset = UNSET,
        valid_on: datetime.date | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOfferList:
        """List price offers"""
        response = _price_offers_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            number=number,
            date_from=date_from,
            date_to=date_to,
            status=status,
            valid_on=valid_on,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_list", response, PriceOfferList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        status: PriceOfferStatusFilter | Unset = UNSET,
        valid_on: datetime.date | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[PriceOffer]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            client_id=client_id,
            number=number,
            date_from=date_from,
            date_to=date_to,
            status=status,
            valid_on=valid_on,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PriceOfferList.from_dict(self._session.get_json("price_offers_list", page.links.next_))

    def replace(
        self,
        price_offer_id: int,
        body: PriceOfferCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Replace a price offer"""
        response = _price_offers_replace.sync_detailed(
            price_offer_id=price_offer_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_replace", response, PriceOffer)

    def update(
        self,
        price_offer_id: int,
        body: PriceOfferUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PriceOffer:
        """Update a price offer"""
        response = _price_offers_update.sync_detailed(
            price_offer_id=price_offer_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("price_offers_update", response, PriceOffer)


class PurchaseOrders:
    """`api.purchase_orders`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: PurchaseOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Create a purchase order"""
        response = _purchase_orders_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_create", response, PurchaseOrder)

    def delete(
        self,
        purchase_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a purchase order"""
        response = _purchase_orders_delete.sync_detailed(
            purchase_order_id=purchase_order_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("purchase_orders_delete", response)

    def get(
        self,
        purchase_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Read a purchase order"""
        response = _purchase_orders_get.sync_detailed(
            purchase_order_id=purchase_order_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_get", response, PurchaseOrder)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: PurchaseOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrderList:
        """List purchase orders"""
        response = _purchase_orders_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            status=status,
            number=number,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_list", response, PurchaseOrderList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: PurchaseOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[PurchaseOrder]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            status=status,
            number=number,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PurchaseOrderList.from_dict(self._session.get_json("purchase_orders_list", page.links.next_))

    def replace(
        self,
        purchase_order_id: int,
        body: PurchaseOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Replace a purchase order"""
        response = _purchase_orders_replace.sync_detailed(
            purchase_order_id=purchase_order_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_replace", response, PurchaseOrder)

    def update(
        self,
        purchase_order_id: int,
        body: PurchaseOrderUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseOrder:
        """Update a purchase order"""
        response = _purchase_orders_update.sync_detailed(
            purchase_order_id=purchase_order_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_orders_update", response, PurchaseOrder)


class PurchaseRows:
    """`api.purchase_rows`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        purchase_id: int,
        body: PurchaseRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Add a row to a purchase"""
        response = _purchase_rows_create.sync_detailed(
            purchase_id=purchase_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_create", response, PurchaseRow)

    def delete(
        self,
        purchase_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a row of a purchase"""
        response = _purchase_rows_delete.sync_detailed(
            purchase_id=purchase_id,
            row_id=row_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("purchase_rows_delete", response)

    def get(
        self,
        purchase_id: int,
        row_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Read a row of a purchase"""
        response = _purchase_rows_get.sync_detailed(
            purchase_id=purchase_id,
            row_id=row_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_get", response, PurchaseRow)

    def list(
        self,
        purchase_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRowList:
        """List the rows of a purchase"""
        response = _purchase_rows_list.sync_detailed(
            purchase_id=purchase_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_list", response, PurchaseRowList)

    def iter(
        self,
        purchase_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "row_id",
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[PurchaseRow]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            purchase_id=purchase_id,
            per_page=per_page,
            sort=sort,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PurchaseRowList.from_dict(self._session.get_json("purchase_rows_list", page.links.next_))

    def replace(
        self,
        purchase_id: int,
        row_id: int,
        body: PurchaseRowCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Replace a row of a purchase"""
        response = _purchase_rows_replace.sync_detailed(
            purchase_id=purchase_id,
            row_id=row_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_replace", response, PurchaseRow)

    def update(
        self,
        purchase_id: int,
        row_id: int,
        body: PurchaseRowUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseRow:
        """Update a row of a purchase"""
        response = _purchase_rows_update.sync_detailed(
            purchase_id=purchase_id,
            row_id=row_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchase_rows_update", response, PurchaseRow)


class Purchases:
    """`api.purchases`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bulk_upsert(
        self,
        body: PurchaseBulkRequest,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> BulkResult:
        """Create or update up to 200 purchases"""
        response = _purchases_bulk_upsert.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_bulk_upsert", response, BulkResult)

    def create(
        self,
        body: PurchaseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Create a purchase"""
        response = _purchases_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_create", response, Purchase)

    def delete(
        self,
        purchase_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a purchase"""
        response = _purchases_delete.sync_detailed(
            purchase_id=purchase_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("purchases_delete", response)

    def get(
        self,
        purchase_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Read a purchase"""
        response = _purchases_get.sync_detailed(
            purchase_id=purchase_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_get", response, Purchase)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-complete_date",
        client_id: int | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        store_id: int | Unset = UNSET,
        reference: str | Unset = UNSET,
        paid: bool | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> PurchaseList:
        """List purchases"""
        response = _purchases_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            supplier_id=supplier_id,
            store_id=store_id,
            reference=reference,
            paid=paid,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_list", response, PurchaseList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-complete_date",
        client_id: int | Unset = UNSET,
        supplier_id: int | Unset = UNSET,
        store_id: int | Unset = UNSET,
        reference: str | Unset = UNSET,
        paid: bool | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Purchase]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            supplier_id=supplier_id,
            store_id=store_id,
            reference=reference,
            paid=paid,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = PurchaseList.from_dict(self._session.get_json("purchases_list", page.links.next_))

    def replace(
        self,
        purchase_id: int,
        body: PurchaseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Replace a purchase"""
        response = _purchases_replace.sync_detailed(
            purchase_id=purchase_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_replace", response, Purchase)

    def update(
        self,
        purchase_id: int,
        body: PurchaseUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Purchase:
        """Update a purchase"""
        response = _purchases_update.sync_detailed(
            purchase_id=purchase_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("purchases_update", response, Purchase)


class ReceiptEvents:
    """`api.receipt_events`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        receipt_id: int,
        event_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptEvent:
        """Read an event of a receipt"""
        response = _receipt_events_get.sync_detailed(
            receipt_id=receipt_id,
            event_id=event_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_events_get", response, ReceiptEvent)

    def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptEventList:
        """List the events of a receipt"""
        response = _receipt_events_list.sync_detailed(
            receipt_id=receipt_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_events_list", response, ReceiptEventList)

    def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ReceiptEvent]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            receipt_id=receipt_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ReceiptEventList.from_dict(self._session.get_json("receipt_events_list", page.links.next_))


class ReceiptItems:
    """`api.receipt_items`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        receipt_id: int,
        body: ReceiptItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Add an item to a receipt"""
        response = _receipt_items_create.sync_detailed(
            receipt_id=receipt_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_create", response, ReceiptItem)

    def delete(
        self,
        receipt_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an item of a receipt"""
        response = _receipt_items_delete.sync_detailed(
            receipt_id=receipt_id,
            item_id=item_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipt_items_delete", response)

    def get(
        self,
        receipt_id: int,
        item_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Read an item of a receipt"""
        response = _receipt_items_get.sync_detailed(
            receipt_id=receipt_id,
            item_id=item_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_get", response, ReceiptItem)

    def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItemList:
        """List the items of a receipt"""
        response = _receipt_items_list.sync_detailed(
            receipt_id=receipt_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_list", response, ReceiptItemList)

    def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "item_id",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ReceiptItem]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            receipt_id=receipt_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ReceiptItemList.from_dict(self._session.get_json("receipt_items_list", page.links.next_))

    def replace(
        self,
        receipt_id: int,
        item_id: int,
        body: ReceiptItemCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Replace an item of a receipt"""
        response = _receipt_items_replace.sync_detailed(
            receipt_id=receipt_id,
            item_id=item_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_replace", response, ReceiptItem)

    def update(
        self,
        receipt_id: int,
        item_id: int,
        body: ReceiptItemUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptItem:
        """Update an item of a receipt"""
        response = _receipt_items_update.sync_detailed(
            receipt_id=receipt_id,
            item_id=item_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_items_update", response, ReceiptItem)


class ReceiptPayments:
    """`api.receipt_payments`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        receipt_id: int,
        body: ReceiptPaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Add a payment to a receipt"""
        response = _receipt_payments_create.sync_detailed(
            receipt_id=receipt_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_create", response, ReceiptPayment)

    def delete(
        self,
        receipt_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a payment of a receipt"""
        response = _receipt_payments_delete.sync_detailed(
            receipt_id=receipt_id,
            payment_id=payment_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipt_payments_delete", response)

    def get(
        self,
        receipt_id: int,
        payment_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Read a payment of a receipt"""
        response = _receipt_payments_get.sync_detailed(
            receipt_id=receipt_id,
            payment_id=payment_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_get", response, ReceiptPayment)

    def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPaymentList:
        """List the payments of a receipt"""
        response = _receipt_payments_list.sync_detailed(
            receipt_id=receipt_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_list", response, ReceiptPaymentList)

    def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ReceiptPayment]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            receipt_id=receipt_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ReceiptPaymentList.from_dict(self._session.get_json("receipt_payments_list", page.links.next_))

    def replace(
        self,
        receipt_id: int,
        payment_id: int,
        body: ReceiptPaymentCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Replace a payment of a receipt"""
        response = _receipt_payments_replace.sync_detailed(
            receipt_id=receipt_id,
            payment_id=payment_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_replace", response, ReceiptPayment)

    def update(
        self,
        receipt_id: int,
        payment_id: int,
        body: ReceiptPaymentUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptPayment:
        """Update a payment of a receipt"""
        response = _receipt_payments_update.sync_detailed(
            receipt_id=receipt_id,
            payment_id=payment_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_payments_update", response, ReceiptPayment)


class ReceiptRemarks:
    """`api.receipt_remarks`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        receipt_id: int,
        body: ReceiptRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Add a remark to a receipt"""
        response = _receipt_remarks_create.sync_detailed(
            receipt_id=receipt_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_create", response, ReceiptRemark)

    def delete(
        self,
        receipt_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a remark of a receipt"""
        response = _receipt_remarks_delete.sync_detailed(
            receipt_id=receipt_id,
            remark_id=remark_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipt_remarks_delete", response)

    def get(
        self,
        receipt_id: int,
        remark_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Read a remark of a receipt"""
        response = _receipt_remarks_get.sync_detailed(
            receipt_id=receipt_id,
            remark_id=remark_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_get", response, ReceiptRemark)

    def list(
        self,
        receipt_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemarkList:
        """List the remarks of a receipt"""
        response = _receipt_remarks_list.sync_detailed(
            receipt_id=receipt_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_list", response, ReceiptRemarkList)

    def iter(
        self,
        receipt_id: int,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date",
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[ReceiptRemark]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            receipt_id=receipt_id,
            per_page=per_page,
            sort=sort,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ReceiptRemarkList.from_dict(self._session.get_json("receipt_remarks_list", page.links.next_))

    def replace(
        self,
        receipt_id: int,
        remark_id: int,
        body: ReceiptRemarkCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Replace a remark of a receipt"""
        response = _receipt_remarks_replace.sync_detailed(
            receipt_id=receipt_id,
            remark_id=remark_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_replace", response, ReceiptRemark)

    def update(
        self,
        receipt_id: int,
        remark_id: int,
        body: ReceiptRemarkUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptRemark:
        """Update a remark of a receipt"""
        response = _receipt_remarks_update.sync_detailed(
            receipt_id=receipt_id,
            remark_id=remark_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipt_remarks_update", response, ReceiptRemark)


class Receipts:
    """`api.receipts`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: ReceiptCreate,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Create a receipt"""
        response = _receipts_create.sync_detailed(
            body=body,
            client=self._session.client,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_create", response, Receipt)

    def delete(
        self,
        receipt_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a receipt"""
        response = _receipts_delete.sync_detailed(
            receipt_id=receipt_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("receipts_delete", response)

    def get(
        self,
        receipt_id: int,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Read a receipt"""
        response = _receipts_get.sync_detailed(
            receipt_id=receipt_id,
            client=self._session.client,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_get", response, Receipt)

    def get_html(
        self,
        receipt_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> str:
        """Read a receipt as HTML"""
        response = _receipts_get_html.sync_detailed(
            receipt_id=receipt_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_get_html", response, str)

    def get_pdf(
        self,
        receipt_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> File:
        """Read a receipt as PDF"""
        response = _receipts_get_pdf.sync_detailed(
            receipt_id=receipt_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_get_pdf", response, File)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        status: ReceiptStatusFilter | Unset = UNSET,
        format_: FormatListXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptList:
        """List receipts"""
        response = _receipts_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            number=number,
            external_id=external_id,
            status=status,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_list", response, ReceiptList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        search: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        client_id: int | Unset = UNSET,
        number: str | Unset = UNSET,
        external_id: str | Unset = UNSET,
        status: ReceiptStatusFilter | Unset = UNSET,
        format_: FormatListXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Receipt]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            date_from=date_from,
            date_to=date_to,
            client_id=client_id,
            number=number,
            external_id=external_id,
            status=status,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ReceiptList.from_dict(self._session.get_json("receipts_list", page.links.next_))

    def replace(
        self,
        receipt_id: int,
        body: ReceiptCreate,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Replace a receipt"""
        response = _receipts_replace.sync_detailed(
            receipt_id=receipt_id,
            body=body,
            client=self._session.client,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_replace", response, Receipt)

    def send(
        self,
        receipt_id: int,
        body: ReceiptSend,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ReceiptEvent:
        """Send a receipt by e-mail"""
        response = _receipts_send.sync_detailed(
            receipt_id=receipt_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_send", response, ReceiptEvent)

    def update(
        self,
        receipt_id: int,
        body: ReceiptUpdate,
        *,
        format_: FormatItemXml | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Receipt:
        """Update a receipt"""
        response = _receipts_update.sync_detailed(
            receipt_id=receipt_id,
            body=body,
            client=self._session.client,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("receipts_update", response, Receipt)


class SalesOrders:
    """`api.sales_orders`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: SalesOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Create a sales order"""
        response = _sales_orders_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_create", response, SalesOrder)

    def delete(
        self,
        sales_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a sales order"""
        response = _sales_orders_delete.sync_detailed(
            sales_order_id=sales_order_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("sales_orders_delete", response)

    def get(
        self,
        sales_order_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Read a sales order"""
        response = _sales_orders_get.sync_detailed(
            sales_order_id=sales_order_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_get", response, SalesOrder)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: SalesOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrderList:
        """List sales orders"""
        response = _sales_orders_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            status=status,
            number=number,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_list", response, SalesOrderList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "-date",
        client_id: int | Unset = UNSET,
        status: SalesOrderStatusFilter | Unset = UNSET,
        number: str | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[SalesOrder]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            status=status,
            number=number,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = SalesOrderList.from_dict(self._session.get_json("sales_orders_list", page.links.next_))

    def replace(
        self,
        sales_order_id: int,
        body: SalesOrderCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Replace a sales order"""
        response = _sales_orders_replace.sync_detailed(
            sales_order_id=sales_order_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_replace", response, SalesOrder)

    def update(
        self,
        sales_order_id: int,
        body: SalesOrderUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> SalesOrder:
        """Update a sales order"""
        response = _sales_orders_update.sync_detailed(
            sales_order_id=sales_order_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("sales_orders_update", response, SalesOrder)


class UnbindedTasks:
    """`api.unbinded_tasks`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def bind(
        self,
        unbinded_task_id: int,
        body: UnbindedTaskBind,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Invoice:
        """Add an unbilled task to a sales invoice"""
        response = _unbinded_tasks_bind.sync_detailed(
            unbinded_task_id=unbinded_task_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_bind", response, Invoice)

    def create(
        self,
        body: UnbindedTaskCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Create an unbilled task"""
        response = _unbinded_tasks_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_create", response, UnbindedTask)

    def delete(
        self,
        unbinded_task_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an unbilled task"""
        response = _unbinded_tasks_delete.sync_detailed(
            unbinded_task_id=unbinded_task_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("unbinded_tasks_delete", response)

    def get(
        self,
        unbinded_task_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Read an unbilled task"""
        response = _unbinded_tasks_get.sync_detailed(
            unbinded_task_id=unbinded_task_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_get", response, UnbindedTask)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "date_of_doing",
        client_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTaskList:
        """List unbilled tasks"""
        response = _unbinded_tasks_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            article_id=article_id,
            warehouse_id=warehouse_id,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_list", response, UnbindedTaskList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "date_of_doing",
        client_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[UnbindedTask]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            client_id=client_id,
            article_id=article_id,
            warehouse_id=warehouse_id,
            date_from=date_from,
            date_to=date_to,
            search=search,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = UnbindedTaskList.from_dict(self._session.get_json("unbinded_tasks_list", page.links.next_))

    def replace(
        self,
        unbinded_task_id: int,
        body: UnbindedTaskCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Replace an unbilled task"""
        response = _unbinded_tasks_replace.sync_detailed(
            unbinded_task_id=unbinded_task_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_replace", response, UnbindedTask)

    def update(
        self,
        unbinded_task_id: int,
        body: UnbindedTaskUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> UnbindedTask:
        """Update an unbilled task"""
        response = _unbinded_tasks_update.sync_detailed(
            unbinded_task_id=unbinded_task_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("unbinded_tasks_update", response, UnbindedTask)


class VatTypes:
    """`api.vat_types`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(
        self,
        vat_type_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> VatType:
        """Read a VAT type"""
        response = _vat_types_get.sync_detailed(
            vat_type_id=vat_type_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("vat_types_get", response, VatType)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "vat_type_id",
        search: str | Unset = UNSET,
        is_sales: bool | Unset = UNSET,
        is_purchase: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> VatTypeList:
        """List VAT types"""
        response = _vat_types_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            is_sales=is_sales,
            is_purchase=is_purchase,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("vat_types_list", response, VatTypeList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "vat_type_id",
        search: str | Unset = UNSET,
        is_sales: bool | Unset = UNSET,
        is_purchase: bool | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[VatType]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            is_sales=is_sales,
            is_purchase=is_purchase,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = VatTypeList.from_dict(self._session.get_json("vat_types_list", page.links.next_))


class Warehouses:
    """`api.warehouses`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: WarehouseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Create a warehouse"""
        response = _warehouses_create.sync_detailed(
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_create", response, Warehouse)

    def delete(
        self,
        warehouse_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete a warehouse"""
        response = _warehouses_delete.sync_detailed(
            warehouse_id=warehouse_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("warehouses_delete", response)

    def get(
        self,
        warehouse_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Read a warehouse"""
        response = _warehouses_get.sync_detailed(
            warehouse_id=warehouse_id,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_get", response, Warehouse)

    def get_stock(
        self,
        warehouse_id: int,
        *,
        date: datetime.date | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> WarehouseStock:
        """Read the stock of a warehouse"""
        response = _warehouses_get_stock.sync_detailed(
            warehouse_id=warehouse_id,
            client=self._session.client,
            date=date,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_get_stock", response, WarehouseStock)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        sort: str | Unset = "warehouse_id",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> WarehouseList:
        """List warehouses"""
        response = _warehouses_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_list", response, WarehouseList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        sort: str | Unset = "warehouse_id",
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        format_: FormatList | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Iterator[Warehouse]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            sort=sort,
            search=search,
            active=active,
            format_=format_,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = WarehouseList.from_dict(self._session.get_json("warehouses_list", page.links.next_))

    def replace(
        self,
        warehouse_id: int,
        body: WarehouseCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Replace a warehouse"""
        response = _warehouses_replace.sync_detailed(
            warehouse_id=warehouse_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_replace", response, Warehouse)

    def update(
        self,
        warehouse_id: int,
        body: WarehouseUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Warehouse:
        """Update a warehouse"""
        response = _warehouses_update.sync_detailed(
            warehouse_id=warehouse_id,
            body=body,
            client=self._session.client,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("warehouses_update", response, Warehouse)


class BooksApi:
    """Books API: `BooksApi(api_key=KEY)`, or `bearer_token=` / `username=` + `password=`.

    Retries are bounded by `max_attempts` (first try included): a 429 waits its `Retry-After`
    (at most `max_wait` seconds), a 503 or a failed connection backs off for idempotent methods.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        bearer_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        max_attempts: int = 3,
        max_wait: float = 60.0,
        timeout: float = 30.0,
        headers: dict[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        retrying = RetryingTransport(transport, max_attempts=max_attempts, max_wait=max_wait, sleep=sleep)
        args: dict[str, Any] = {"transport": retrying}
        common: dict[str, Any] = {"headers": dict(headers or {}), "timeout": httpx.Timeout(timeout)}
        client: AuthenticatedClient | Client
        if api_key is not None:
            client = AuthenticatedClient(
                base_url, token=api_key, prefix="", auth_header_name="X-API-Key", httpx_args=args, **common
            )
        elif bearer_token is not None:
            client = AuthenticatedClient(base_url, token=bearer_token, httpx_args=args, **common)
        elif username is not None and password is not None:
            args["auth"] = httpx.BasicAuth(username, password)
            client = Client(base_url, httpx_args=args, **common)
        else:
            client = Client(base_url, httpx_args=args, **common)
        self._session = Session(client)
        self.articles = Articles(self._session)
        self.client_contacts = ClientContacts(self._session)
        self.client_delivery_addresses = ClientDeliveryAddresses(self._session)
        self.client_notes = ClientNotes(self._session)
        self.clients = Clients(self._session)
        self.employees = Employees(self._session)
        self.financial_accounts = FinancialAccounts(self._session)
        self.income_accounts = IncomeAccounts(self._session)
        self.incomings = Incomings(self._session)
        self.invoice_events = InvoiceEvents(self._session)
        self.invoice_items = InvoiceItems(self._session)
        self.invoice_payments = InvoicePayments(self._session)
        self.invoice_remarks = InvoiceRemarks(self._session)
        self.invoices = Invoices(self._session)
        self.layouts = Layouts(self._session)
        self.payments = Payments(self._session)
        self.price_offer_rows = PriceOfferRows(self._session)
        self.price_offers = PriceOffers(self._session)
        self.purchase_orders = PurchaseOrders(self._session)
        self.purchase_rows = PurchaseRows(self._session)
        self.purchases = Purchases(self._session)
        self.receipt_events = ReceiptEvents(self._session)
        self.receipt_items = ReceiptItems(self._session)
        self.receipt_payments = ReceiptPayments(self._session)
        self.receipt_remarks = ReceiptRemarks(self._session)
        self.receipts = Receipts(self._session)
        self.sales_orders = SalesOrders(self._session)
        self.unbinded_tasks = UnbindedTasks(self._session)
        self.vat_types = VatTypes(self._session)
        self.warehouses = Warehouses(self._session)

    @property
    def last_response(self) -> Response[Any] | None:
        """The last answer (status, headers, content), for what a model does not carry."""
        return self._session.last_response

    @property
    def last_location(self) -> str | None:
        """`Location` of the last answer: after a create, where the new object lives."""
        return self._session.last_location

    def close(self) -> None:
        self._session.client.get_httpx_client().close()

    def __enter__(self) -> BooksApi:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
