"""List filters as the parameters declare them (`x-filter`): ranges of days on the declared
field (timestamps count by their day), a validity range, the external reference, and equality
on a parameter named like a field. Seed objects come from the spec's response examples."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.server


def _ids(client: httpx.Client, url: str, **params: str) -> list[int]:
    answer = client.get(url, params=params)
    assert answer.status_code == 200, answer.text
    return sorted(
        next(v for k, v in row.items() if k.endswith("_id")) for row in answer.json()["data"]
    )


def test_a_day_range_filters_on_the_declared_field(client: httpx.Client) -> None:
    assert 3003 in _ids(client, "/invoices", date_from="2026-11-20", date_to="2026-11-20")
    assert 3003 not in _ids(client, "/invoices", date_from="2026-11-21")
    assert 3003 not in _ids(client, "/invoices", date_to="2026-11-19")


def test_a_timestamp_counts_by_its_day(client: httpx.Client) -> None:
    """Client notes filter on `created`, a timestamp: the last day of a range includes it."""
    assert 2 in _ids(client, "/client_notes", date_from="2026-11-21", date_to="2026-11-21")
    assert 2 not in _ids(client, "/client_notes", date_to="2026-11-20")


def test_within_a_validity_range(client: httpx.Client) -> None:
    assert 7001 in _ids(client, "/price_offers", valid_on="2026-12-18")
    assert 7001 not in _ids(client, "/price_offers", valid_on="2026-12-19")
    assert 7001 not in _ids(client, "/price_offers", valid_on="2026-11-17")


def test_the_external_reference(client: httpx.Client) -> None:
    assert _ids(client, "/invoices", external_id="CRM-2026-0412") == [3003]
    assert _ids(client, "/invoices", external_id="nobody") == []
