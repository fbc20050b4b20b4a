"""Who is calling: X-API-Key, Bearer or Basic credentials, and the accounts they may act on.

An API key belongs to exactly one account. The demo user (Basic, or a Bearer token issued to
it) belongs to every account of the configured keys and picks one with `X-Account-Id`.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from mock_runtime.config import EXPIRED_TOKEN, Config
from mock_runtime.errors import (
    ACCESS_DENIED,
    ACCOUNT_NOT_ALLOWED,
    AUTHORIZATION_INVALID,
    TOKEN_EXPIRED,
    ApiError,
)


@dataclass(frozen=True, slots=True)
class Identity:
    rate_key: str  # what the rate limit counts against
    accounts: tuple[int, ...]
    default_account: int
    via_key: bool


class Authenticator:
    def __init__(self, config: Config) -> None:
        self._keys: dict[str, Identity] = {}
        for key in config.api_keys:
            account = config.account_of_key(key)
            if account is not None:
                self._keys[key] = Identity(f"key:{key}", (account,), account, True)
        accounts = config.user_accounts
        self._tokens = {
            t: Identity(f"token:{t}", accounts, accounts[0], False) for t in config.bearer_tokens
        }
        email, password = config.user
        self._basic = {(email, password): Identity(f"user:{email}", accounts, accounts[0], False)}

    def identify(self, api_key: bytes | None, authorization: bytes | None) -> Identity:
        if api_key is not None:
            found = self._keys.get(api_key.decode("latin-1"))
            if found is None:
                raise ApiError(ACCESS_DENIED, "The X-API-Key is not a key of any account.")
            return found
        if authorization is None:
            raise ApiError(ACCESS_DENIED, "No X-API-Key or Authorization header was sent.")
        scheme, _, credentials = authorization.decode("latin-1").strip().partition(" ")
        credentials = credentials.strip()
        scheme = scheme.lower()
        if scheme == "bearer" and credentials and " " not in credentials:
            if credentials == EXPIRED_TOKEN:
                raise ApiError(
                    TOKEN_EXPIRED, "The bearer token has expired; get a new one and retry."
                )
            token = self._tokens.get(credentials)
            if token is None:
                raise ApiError(ACCESS_DENIED, "The bearer token is not known.")
            return token
        if scheme == "basic" and credentials:
            user = self._basic_user(credentials)
            found = self._basic.get(user)
            if found is None:
                raise ApiError(ACCESS_DENIED, "The e-mail address and password match no API user.")
            return found
        raise ApiError(
            AUTHORIZATION_INVALID,
            "The Authorization header must read `Bearer <token>` or `Basic <base64>`.",
        )

    @staticmethod
    def _basic_user(credentials: str) -> tuple[str, str]:
        try:
            decoded = base64.b64decode(credentials.encode("ascii"), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeError, ValueError) as exc:
            raise ApiError(
                AUTHORIZATION_INVALID, "The Basic credentials are not base64 of `email:password`."
            ) from exc
        email, colon, password = decoded.partition(":")
        if not colon:
            raise ApiError(
                AUTHORIZATION_INVALID, "The Basic credentials must be base64 of `email:password`."
            )
        return email, password


def select_account(identity: Identity, requested: int | None) -> int:
    """The account to act on; 912 when the credentials may not act on the one asked for."""
    if requested is None:
        return identity.default_account
    if requested in identity.accounts:
        return requested
    who = "This API key" if identity.via_key else "This user"
    raise ApiError(ACCOUNT_NOT_ALLOWED, f"{who} may not act on account {requested}.")
