"""`api.articles` and `AsyncBooksApi().articles`, 7 operations.

Generated from the spec by generator/render/client_layer.py: do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from ...api.articles import articles_create as _articles_create
from ...api.articles import articles_delete as _articles_delete
from ...api.articles import articles_get as _articles_get
from ...api.articles import articles_get_stock as _articles_get_stock
from ...api.articles import articles_list as _articles_list
from ...api.articles import articles_replace as _articles_replace
from ...api.articles import articles_update as _articles_update
from ...models.accept_version import AcceptVersion
from ...models.article import Article
from ...models.article_create import ArticleCreate
from ...models.article_list import ArticleList
from ...models.article_stock import ArticleStock
from ...models.article_type import ArticleType
from ...models.article_update import ArticleUpdate
from ...models.format_list import FormatList
from ...types import UNSET, Unset
from ..session import Session


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
            client=self._session.client,
            body=body,
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
            client=self._session.client,
            article_id=article_id,
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
            client=self._session.client,
            article_id=article_id,
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
            client=self._session.client,
            article_id=article_id,
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
            client=self._session.client,
            article_id=article_id,
            body=body,
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
            client=self._session.client,
            article_id=article_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_update", response, Article)


class AsyncArticles:
    """`api.articles` (async)"""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def create(
        self,
        body: ArticleCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Article:
        """Create an article"""
        response = await _articles_create.asyncio_detailed(
            client=self._session.client,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_create", response, Article)

    async def delete(
        self,
        article_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> None:
        """Delete an article"""
        response = await _articles_delete.asyncio_detailed(
            client=self._session.client,
            article_id=article_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        self._session.expect_empty("articles_delete", response)

    async def get(
        self,
        article_id: int,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Article:
        """Read an article"""
        response = await _articles_get.asyncio_detailed(
            client=self._session.client,
            article_id=article_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_get", response, Article)

    async def get_stock(
        self,
        article_id: int,
        *,
        date: datetime.date | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> ArticleStock:
        """Read the stock of an article"""
        response = await _articles_get_stock.asyncio_detailed(
            client=self._session.client,
            article_id=article_id,
            date=date,
            warehouse_id=warehouse_id,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_get_stock", response, ArticleStock)

    async def list(
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
        response = await _articles_list.asyncio_detailed(
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

    async def iter(
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
    ) -> AsyncIterator[Article]:
        """Every item of `list`, fetching the next page (`links.next`) when needed."""
        page = await self.list(
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
            for item in page.data:
                yield item
            if not page.links.next_:
                return
            page = ArticleList.from_dict(await self._session.aget_json("articles_list", page.links.next_))

    async def replace(
        self,
        article_id: int,
        body: ArticleCreate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Article:
        """Replace an article"""
        response = await _articles_replace.asyncio_detailed(
            client=self._session.client,
            article_id=article_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_replace", response, Article)

    async def update(
        self,
        article_id: int,
        body: ArticleUpdate,
        *,
        x_accept_version: AcceptVersion | Unset = UNSET,
        x_account_id: int | Unset = UNSET,
    ) -> Article:
        """Update an article"""
        response = await _articles_update.asyncio_detailed(
            client=self._session.client,
            article_id=article_id,
            body=body,
            x_accept_version=x_accept_version,
            x_account_id=x_account_id,
        )
        return self._session.expect("articles_update", response, Article)
