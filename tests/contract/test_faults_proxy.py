"""The fault proxy forwards faithfully, rewrites origins, and switches faults by name."""

from __future__ import annotations

import httpx
import pytest

from contract_tests.faults.catalogue import build_catalogue
from contract_tests.faults.proxy import ProxyServer
from tests.contract.conftest import KEY_1, KEY_2, Standin

pytestmark = pytest.mark.server


def test_without_a_fault_the_proxy_is_transparent_but_for_its_origin(standin: Standin) -> None:
    faults = {name: spec.apply for name, spec in build_catalogue(KEY_1, KEY_2).items()}
    with ProxyServer(standin.base_url, faults) as proxy:
        direct = httpx.get(standin.base_url + "/widgets?per_page=2", headers={"X-API-Key": KEY_1})
        proxied = httpx.get(proxy.base_url + "/widgets?per_page=2", headers={"X-API-Key": KEY_1})
        assert proxied.status_code == direct.status_code == 200
        assert proxied.json()["links"]["next"].startswith(proxy.base_url)
        assert proxied.text.replace(proxy.base_url, standin.base_url) == direct.text
        odd = httpx.get(proxy.base_url + "/widgets/%27%C2%B8%14", headers={"X-API-Key": KEY_1})
        assert odd.status_code == 400  # percent-escapes reach the server as sent


def test_faults_switch_by_name(standin: Standin) -> None:
    faults = {name: spec.apply for name, spec in build_catalogue(KEY_1, KEY_2).items()}
    with ProxyServer(standin.base_url, faults) as proxy:
        listing = httpx.post(proxy.app.origin + "/_faults?name=missing_rate_limit_header").json()
        assert listing["active"] == "missing_rate_limit_header" and len(listing["faults"]) >= 15
        answer = httpx.get(proxy.base_url + "/widgets", headers={"X-API-Key": KEY_1})
        assert "x-ratelimit-remaining" not in answer.headers
        proxy.activate("leaks_across_accounts")
        mine = httpx.get(proxy.base_url + "/widgets", headers={"X-API-Key": KEY_1}).json()
        theirs = httpx.get(proxy.base_url + "/widgets", headers={"X-API-Key": KEY_2}).json()
        assert mine == theirs
        assert httpx.post(proxy.app.origin + "/_faults?name=nonsense").status_code == 404
