"""`BooksApi`: one object, one namespace per resource, models in and out.

Generated from the spec by generator/render/client_layer.py: do not edit. Every method calls
the generated endpoint function of its operation, returns the model on success and raises a
subclass of `ApiError` otherwise; `iter` methods follow `links.next` page by page.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from ..api.clients import clients_create as _clients_create
from ..api.clients import clients_delete as _clients_delete
from ..api.clients import clients_get as _clients_get
from ..api.clients import clients_list as _clients_list
from ..api.clients import clients_update as _clients_update
from ..api.invoices import invoice_items_create as _invoice_items_create
from ..api.invoices import invoice_items_list as _invoice_items_list
from ..api.invoices import invoices_create as _invoices_create
from ..api.invoices import invoices_delete as _invoices_delete
from ..api.invoices import invoices_get as _invoices_get
from ..api.invoices import invoices_get_by_number as _invoices_get_by_number
from ..api.invoices import invoices_get_html as _invoices_get_html
from ..api.invoices import invoices_get_pdf as _invoices_get_pdf
from ..api.invoices import invoices_list as _invoices_list
from ..api.invoices import invoices_send as _invoices_send
from ..client import AuthenticatedClient, Client
from ..models.client_create import ClientCreate
from ..models.client_list import ClientList
from ..models.client_model import ClientModel
from ..models.client_update import ClientUpdate
from ..models.format_list import FormatList
from ..models.invoice import Invoice
from ..models.invoice_create import InvoiceCreate
from ..models.invoice_item import InvoiceItem
from ..models.invoice_item_create import InvoiceItemCreate
from ..models.invoice_item_list import InvoiceItemList
from ..models.invoice_list import InvoiceList
from ..models.invoice_send import InvoiceSend
from ..types import UNSET, File, Response, Unset
from .retries import RetryingTransport
from .session import Session

DEFAULT_BASE_URL = "http://127.0.0.1:4010/api/v1"


class Clients:
    """`api.clients`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: ClientCreate,
    ) -> ClientModel:
        """Create a client"""
        response = _clients_create.sync_detailed(
            body=body,
            client=self._session.client,
        )
        return self._session.expect("clients_create", response, ClientModel)

    def delete(
        self,
        client_id: int,
    ) -> None:
        """Delete a client"""
        response = _clients_delete.sync_detailed(
            client_id=client_id,
            client=self._session.client,
        )
        self._session.expect_empty("clients_delete", response)

    def get(
        self,
        client_id: int,
    ) -> ClientModel:
        """Read a client"""
        response = _clients_get.sync_detailed(
            client_id=client_id,
            client=self._session.client,
        )
        return self._session.expect("clients_get", response, ClientModel)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> ClientList:
        """List clients"""
        response = _clients_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            format_=format_,
        )
        return self._session.expect("clients_list", response, ClientList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> Iterator[ClientModel]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            format_=format_,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = ClientList.from_dict(self._session.get_json("clients_list", page.links.next_))

    def update(
        self,
        client_id: int,
        body: ClientUpdate,
    ) -> ClientModel:
        """Update a client"""
        response = _clients_update.sync_detailed(
            client_id=client_id,
            body=body,
            client=self._session.client,
        )
        return self._session.expect("clients_update", response, ClientModel)


class InvoiceItems:
    """`api.invoice_items`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        invoice_id: int,
        body: InvoiceItemCreate,
    ) -> InvoiceItem:
        """Add a line to an invoice"""
        response = _invoice_items_create.sync_detailed(
            invoice_id=invoice_id,
            body=body,
            client=self._session.client,
        )
        return self._session.expect("invoice_items_create", response, InvoiceItem)

    def list(
        self,
        invoice_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
    ) -> InvoiceItemList:
        """List the lines of an invoice"""
        response = _invoice_items_list.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
            page=page,
            per_page=per_page,
        )
        return self._session.expect("invoice_items_list", response, InvoiceItemList)

    def iter(
        self,
        invoice_id: int,
        *,
        per_page: int | Unset = 25,
    ) -> Iterator[InvoiceItem]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            invoice_id=invoice_id,
            per_page=per_page,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceItemList.from_dict(self._session.get_json("invoice_items_list", page.links.next_))


class Invoices:
    """`api.invoices`"""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        body: InvoiceCreate,
    ) -> Invoice:
        """Create an invoice"""
        response = _invoices_create.sync_detailed(
            body=body,
            client=self._session.client,
        )
        return self._session.expect("invoices_create", response, Invoice)

    def delete(
        self,
        invoice_id: int,
    ) -> None:
        """Delete an invoice"""
        response = _invoices_delete.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
        )
        self._session.expect_empty("invoices_delete", response)

    def get(
        self,
        invoice_id: int,
    ) -> Invoice:
        """Read an invoice"""
        response = _invoices_get.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
        )
        return self._session.expect("invoices_get", response, Invoice)

    def get_by_number(
        self,
        number: str,
    ) -> Invoice:
        """Read an invoice by its number"""
        response = _invoices_get_by_number.sync_detailed(
            number=number,
            client=self._session.client,
        )
        return self._session.expect("invoices_get_by_number", response, Invoice)

    def get_html(
        self,
        invoice_id: int,
    ) -> str:
        """Read an invoice as HTML"""
        response = _invoices_get_html.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
        )
        return self._session.expect("invoices_get_html", response, str)

    def get_pdf(
        self,
        invoice_id: int,
    ) -> File:
        """Download an invoice as PDF"""
        response = _invoices_get_pdf.sync_detailed(
            invoice_id=invoice_id,
            client=self._session.client,
        )
        return self._session.expect("invoices_get_pdf", response, File)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> InvoiceList:
        """List invoices"""
        response = _invoices_list.sync_detailed(
            client=self._session.client,
            page=page,
            per_page=per_page,
            format_=format_,
        )
        return self._session.expect("invoices_list", response, InvoiceList)

    def iter(
        self,
        *,
        per_page: int | Unset = 25,
        format_: FormatList | Unset = UNSET,
    ) -> Iterator[Invoice]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = self.list(
            per_page=per_page,
            format_=format_,
        )
        while True:
            yield from page.data
            if not page.links.next_:
                return
            page = InvoiceList.from_dict(self._session.get_json("invoices_list", page.links.next_))

    def send(
        self,
        invoice_id: int,
        body: InvoiceSend,
    ) -> Invoice:
        """Send an invoice by e-mail"""
        response = _invoices_send.sync_detailed(
            invoice_id=invoice_id,
            body=body,
            client=self._session.client,
        )
        return self._session.expect("invoices_send", response, Invoice)


class BooksApi:
    """Mini Books: `BooksApi(api_key=KEY)`, or `bearer_token=` / `username=` + `password=`.

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
        self.clients = Clients(self._session)
        self.invoice_items = InvoiceItems(self._session)
        self.invoices = Invoices(self._session)

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
