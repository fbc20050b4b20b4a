"""`BooksApi` and `AsyncBooksApi`: one object, one namespace per resource, models in and out.

Generated from the spec by generator/render/client_layer.py: do not edit. Every method calls
the generated endpoint function of its operation, returns the model on success and raises a
subclass of `ApiError` otherwise; `iter` methods follow `links.next` page by page. The
namespaces live in `resources/`, one module each.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ..client import AuthenticatedClient, Client
from ..types import Response
from .resources.articles import Articles, AsyncArticles
from .resources.client_contacts import AsyncClientContacts, ClientContacts
from .resources.client_delivery_addresses import AsyncClientDeliveryAddresses, ClientDeliveryAddresses
from .resources.client_notes import AsyncClientNotes, ClientNotes
from .resources.clients import AsyncClients, Clients
from .resources.employees import AsyncEmployees, Employees
from .resources.financial_accounts import AsyncFinancialAccounts, FinancialAccounts
from .resources.income_accounts import AsyncIncomeAccounts, IncomeAccounts
from .resources.incomings import AsyncIncomings, Incomings
from .resources.invoice_events import AsyncInvoiceEvents, InvoiceEvents
from .resources.invoice_items import AsyncInvoiceItems, InvoiceItems
from .resources.invoice_payments import AsyncInvoicePayments, InvoicePayments
from .resources.invoice_remarks import AsyncInvoiceRemarks, InvoiceRemarks
from .resources.invoices import AsyncInvoices, Invoices
from .resources.layouts import AsyncLayouts, Layouts
from .resources.payments import AsyncPayments, Payments
from .resources.price_offer_rows import AsyncPriceOfferRows, PriceOfferRows
from .resources.price_offers import AsyncPriceOffers, PriceOffers
from .resources.purchase_orders import AsyncPurchaseOrders, PurchaseOrders
from .resources.purchase_rows import AsyncPurchaseRows, PurchaseRows
from .resources.purchases import AsyncPurchases, Purchases
from .resources.receipt_events import AsyncReceiptEvents, ReceiptEvents
from .resources.receipt_items import AsyncReceiptItems, ReceiptItems
from .resources.receipt_payments import AsyncReceiptPayments, ReceiptPayments
from .resources.receipt_remarks import AsyncReceiptRemarks, ReceiptRemarks
from .resources.receipts import AsyncReceipts, Receipts
from .resources.sales_orders import AsyncSalesOrders, SalesOrders
from .resources.unbinded_tasks import AsyncUnbindedTasks, UnbindedTasks
from .resources.vat_types import AsyncVatTypes, VatTypes
from .resources.warehouses import AsyncWarehouses, Warehouses
from .retries import AsyncRetryingTransport, RetryingTransport
from .session import Session

DEFAULT_BASE_URL = "https://books.example.com/api/v1"
KEY_HEADER = "X-API-Key"


def _client(
    base_url: str,
    args: dict[str, Any],
    api_key: str | None,
    bearer_token: str | None,
    username: str | None,
    password: str | None,
    headers: dict[str, str] | None,
    timeout: float,
) -> AuthenticatedClient | Client:
    """The generated client with the credential of one of the spec's three schemes."""
    common: dict[str, Any] = {"headers": dict(headers or {}), "timeout": httpx.Timeout(timeout)}
    if api_key is not None:
        return AuthenticatedClient(
            base_url, token=api_key, prefix="", auth_header_name=KEY_HEADER, httpx_args=args, **common
        )
    if bearer_token is not None:
        return AuthenticatedClient(base_url, token=bearer_token, httpx_args=args, **common)
    if username is not None and password is not None:
        args = {**args, "auth": httpx.BasicAuth(username, password)}
    return Client(base_url, httpx_args=args, **common)


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
        client = _client(base_url, {"transport": retrying}, api_key, bearer_token, username, password, headers, timeout)
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


class AsyncBooksApi:
    """`BooksApi` for asyncio: the same namespaces and options, every method awaited."""

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
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        retrying = AsyncRetryingTransport(transport, max_attempts=max_attempts, max_wait=max_wait, sleep=sleep)
        client = _client(base_url, {"transport": retrying}, api_key, bearer_token, username, password, headers, timeout)
        self._session = Session(client)
        self.articles = AsyncArticles(self._session)
        self.client_contacts = AsyncClientContacts(self._session)
        self.client_delivery_addresses = AsyncClientDeliveryAddresses(self._session)
        self.client_notes = AsyncClientNotes(self._session)
        self.clients = AsyncClients(self._session)
        self.employees = AsyncEmployees(self._session)
        self.financial_accounts = AsyncFinancialAccounts(self._session)
        self.income_accounts = AsyncIncomeAccounts(self._session)
        self.incomings = AsyncIncomings(self._session)
        self.invoice_events = AsyncInvoiceEvents(self._session)
        self.invoice_items = AsyncInvoiceItems(self._session)
        self.invoice_payments = AsyncInvoicePayments(self._session)
        self.invoice_remarks = AsyncInvoiceRemarks(self._session)
        self.invoices = AsyncInvoices(self._session)
        self.layouts = AsyncLayouts(self._session)
        self.payments = AsyncPayments(self._session)
        self.price_offer_rows = AsyncPriceOfferRows(self._session)
        self.price_offers = AsyncPriceOffers(self._session)
        self.purchase_orders = AsyncPurchaseOrders(self._session)
        self.purchase_rows = AsyncPurchaseRows(self._session)
        self.purchases = AsyncPurchases(self._session)
        self.receipt_events = AsyncReceiptEvents(self._session)
        self.receipt_items = AsyncReceiptItems(self._session)
        self.receipt_payments = AsyncReceiptPayments(self._session)
        self.receipt_remarks = AsyncReceiptRemarks(self._session)
        self.receipts = AsyncReceipts(self._session)
        self.sales_orders = AsyncSalesOrders(self._session)
        self.unbinded_tasks = AsyncUnbindedTasks(self._session)
        self.vat_types = AsyncVatTypes(self._session)
        self.warehouses = AsyncWarehouses(self._session)

    @property
    def last_response(self) -> Response[Any] | None:
        """The last answer (status, headers, content), for what a model does not carry."""
        return self._session.last_response

    @property
    def last_location(self) -> str | None:
        """`Location` of the last answer: after a create, where the new object lives."""
        return self._session.last_location

    async def aclose(self) -> None:
        await self._session.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncBooksApi:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()
