"""The friendly layer: `from books_api_client.friendly import BooksApi, NotFound`."""

from .api import AsyncBooksApi, BooksApi
from .errors import (
    ApiError,
    BadRequest,
    Conflict,
    FieldProblem,
    Forbidden,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
    Unprocessable,
)
from .money import decimal, wire

__all__ = [
    "ApiError",
    "AsyncBooksApi",
    "BadRequest",
    "BooksApi",
    "Conflict",
    "FieldProblem",
    "Forbidden",
    "NotFound",
    "RateLimited",
    "ServerError",
    "Unauthorized",
    "Unprocessable",
    "decimal",
    "wire",
]
