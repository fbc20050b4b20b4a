"""The behaviour extensions work for a domain the Books API does not have.

`tests/fixtures/tool_library/` (members, tools, rentals with lines) declares its rules only
with the behaviour `x-` extensions (the totals roles come with the shared schemas it reuses). It
is generated with `python -m generator all` and served by the unchanged `mock_runtime`
(`--self-check`: every answer is also validated against the fixture's spec). Over HTTP the mock
then enforces what the spec says and nothing in the runtime names:
references (924), defaults taken from the referenced tool, the document totals of the lines,
numbering with prefix and leading zeros, the status machine (actions and locks, 925), the
declared actions (`x-action`: a day set on close, a renewal copied with its lines), the
cascade on delete, an external reference stored as given, a shorthand split into two fields,
a borrower block that finds or creates the member, the line price sent deciding, and a printed
slip (`x-printable`) that reads the member through its reference.

Each test works in an account of its own (one API key each), so the tests do not depend on
one another's rentals or numbers.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.generator.support import tool_library_output
from tests.mock.conftest import Server, start_server, stop_server

KEYS = tuple(f"tool-library-{n}" for n in range(1, 21))
_next_key = itertools.count()
# The seeds (the spec's response examples): member 1, tools 1 and 2, rental 1 numbered
# RENT-2026-0001 with one line.
DRILL, SAW = 1, 2


@pytest.fixture(scope="session")
def package() -> Path:
    return tool_library_output() / "mock_server"


@pytest.fixture(scope="session")
def server(package: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("tool-library") / "server.log"
    running = start_server(package, log, "--no-rate-limit", "--api-keys", ",".join(KEYS))
    yield running
    stop_server(running)


@pytest.fixture
def http(server: Server) -> Iterator[httpx.Client]:
    """A client on an account of its own."""
    with server.client(KEYS[next(_next_key) % len(KEYS)]) as client:
        yield client


def _ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def _error(response: httpx.Response, status: int, error_id: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["error_id"] == error_id, body
    return body


def _rental(http: httpx.Client, **fields: Any) -> dict[str, Any]:
    return _ok(http.post("/rentals", json={"member_id": 1, **fields}), 201)


def _tool(http: httpx.Client, **fields: Any) -> dict[str, Any]:
    body = {"name": "Hedge trimmer", "code": "HT-07", "daily_rate": "7.25", **fields}
    return _ok(http.post("/tools", json=body), 201)


# ---------------------------------------------------------------- x-references
def test_a_rental_for_no_member_is_refused_with_the_field(http: httpx.Client) -> None:
    body = _error(http.post("/rentals", json={"member_id": 999}), 422, 924)
    assert [f["name"] for f in body["fields"]] == ["member_id"]
    rental = _rental(http)
    patched = http.patch(f"/rentals/{rental['rental_id']}", json={"member_id": 998})
    assert [f["name"] for f in _error(patched, 422, 924)["fields"]] == ["member_id"]
    member = _ok(http.post("/members", json={"name": "Grace Hopper"}), 201)
    assert _rental(http, member_id=member["member_id"])["member_id"] == member["member_id"]


def test_a_line_for_no_tool_is_refused_with_its_place(http: httpx.Client) -> None:
    rental = _rental(http)
    lines = f"/rentals/{rental['rental_id']}/lines"
    body = _error(http.post(lines, json={"tool_id": 999}), 422, 924)
    assert [f["name"] for f in body["fields"]] == ["tool_id"]
    sent_along = http.post("/rentals", json={"member_id": 1, "lines": [{"tool_id": 999}]})
    assert [f["name"] for f in _error(sent_along, 422, 924)["fields"]] == ["lines/0/tool_id"]
    assert _ok(http.get(lines))["data"] == []  # nothing was stored


def test_an_external_reference_is_stored_as_given(http: httpx.Client) -> None:
    tool = _tool(http, supplier_ref="NOWHERE-4711")  # names nothing this API knows
    assert tool["supplier_ref"] == "NOWHERE-4711"
    assert _ok(http.get(f"/tools/{tool['tool_id']}"))["supplier_ref"] == "NOWHERE-4711"


# ---------------------------------------------------------------- x-default-from
def test_a_line_takes_the_day_rate_and_name_of_its_tool(http: httpx.Client) -> None:
    tool = _tool(http)
    rental = _rental(http)
    lines = f"/rentals/{rental['rental_id']}/lines"
    line = _ok(http.post(lines, json={"tool_id": tool["tool_id"], "quantity": "2"}), 201)
    assert (line["name"], line["amount"]) == ("Hedge trimmer", "7.25")
    assert line["total_without_tax"] == "14.50"
    own = {"tool_id": tool["tool_id"], "amount": "5.00", "name": "Trimmer, members' price"}
    line = _ok(http.post(lines, json=own), 201)
    assert (line["name"], line["amount"]) == ("Trimmer, members' price", "5.00")
    # sent along with the rental, too; a new tool_id brings that tool's rate on a PATCH
    rental = _rental(http, lines=[{"tool_id": SAW}])
    (line,) = rental["lines"]
    assert (line["name"], line["amount"]) == ("Tile saw", "35.00")
    url = f"/rentals/{rental['rental_id']}/lines/{line['line_id']}"
    line = _ok(http.patch(url, json={"tool_id": DRILL}))
    assert (line["name"], line["amount"]) == ("Cordless drill", "12.50")


# ---------------------------------------------------------------- x-document
def test_the_totals_follow_the_lines(http: httpx.Client) -> None:
    rental = _rental(http, discount_percentage="10", lines=[{"tool_id": SAW, "quantity": "2"}])
    assert (rental["total_without_tax"], rental["total_with_tax"]) == ("63.00", "63.00")
    assert rental["discount_total_without_tax"] == "7.00"
    ident = rental["rental_id"]
    line = _ok(http.post(f"/rentals/{ident}/lines", json={"tool_id": DRILL, "tax_rate": "21"}), 201)
    rental = _ok(http.get(f"/rentals/{ident}"))
    # (70.00 + 12.50) - 10 % = 74.25; VAT 21 % of 12.50 - 10 % = 2.36
    assert rental["total_without_tax"] == "74.25"
    assert rental["total_tax_1"] == "2.36"
    assert rental["total_with_tax"] == "76.61"
    http.patch(f"/rentals/{ident}/lines/{line['line_id']}", json={"quantity": "2"})
    # (70.00 + 25.00) - 10 % = 85.50; VAT 21 % of 25.00 - 10 % = 4.73 (half up)
    assert _ok(http.get(f"/rentals/{ident}"))["total_with_tax"] == "90.23"
    assert http.delete(f"/rentals/{ident}/lines/{line['line_id']}").status_code == 204
    rental = _ok(http.get(f"/rentals/{ident}"))
    assert (rental["total_with_tax"], rental["total_tax_1"]) == ("63.00", "0.00")
    assert len(rental["lines"]) == 1


def test_the_line_price_sent_decides(http: httpx.Client) -> None:
    rental = _rental(http, lines=[{"tool_id": DRILL, "amount": "10.00", "tax_rate": "21"}])
    (line,) = rental["lines"]
    assert line["amount_with_tax"] == "12.10"
    url = f"/rentals/{rental['rental_id']}/lines/{line['line_id']}"
    line = _ok(http.patch(url, json={"amount": "20.00"}))  # `line_prices`: the other follows
    assert (line["amount"], line["amount_with_tax"]) == ("20.00", "24.20")


# ---------------------------------------------------------------- x-splits-into
def test_a_slip_line_is_split_into_days_and_name(http: httpx.Client) -> None:
    rental = _rental(http, lines=[{"tool_id": SAW, "slip_line": "2;Saw, wet cut"}])
    (line,) = rental["lines"]
    assert (line["quantity"], line["name"], line["total_without_tax"]) == (
        "2",
        "Saw, wet cut",
        "70.00",
    )
    assert "slip_line" not in line
    lines = f"/rentals/{rental['rental_id']}/lines"
    line = _ok(http.post(lines, json={"tool_id": DRILL, "slip_line": "3;Drill;charged"}), 201)
    assert (line["quantity"], line["name"]) == ("3", "Drill;charged")  # the last part: the rest
    both = {"tool_id": DRILL, "slip_line": "3;Drill", "quantity": "3"}
    body = _error(http.post(lines, json=both), 422, 924)
    assert [f["name"] for f in body["fields"]] == ["slip_line"]


# ---------------------------------------------------------------- x-find-or-create
def test_a_borrower_block_finds_or_creates_the_member(http: httpx.Client) -> None:
    member = _ok(http.post("/members", json={"name": "Grace Hopper", "phone": "555-0100"}), 201)
    ident = member["member_id"]

    def lent_to(**fields: Any) -> int:
        rental = _ok(http.post("/rentals", json=fields), 201)
        return int(rental["member_id"])

    assert lent_to(borrower={"given_name": "grace", "surname": "HOPPER"}) == ident
    assert lent_to(borrower={"surname": "Hopper-Murray", "phone": "555-0100"}) == ident
    new = lent_to(borrower={"given_name": "Alan", "surname": "Turing"})
    assert new != ident
    made = _ok(http.get(f"/members/{new}"))
    assert made["name"] == "Alan Turing" and made.get("phone") is None
    assert lent_to(borrower={"surname": "turing"}) != new  # "Turing" is not "Alan Turing"
    assert lent_to(member_id=ident, borrower={"surname": "Turing"}) == ident  # the id wins


# ---------------------------------------------------------------- x-numbering
def test_numbers_are_assigned_with_prefix_and_zeros_without_gaps(http: httpx.Client) -> None:
    day = "2026-03-15"
    first = _rental(http, date=day)
    second = _rental(http, date=day)
    # a create refused after its number was assigned (a rate the rental does not have)
    refused = http.post(
        "/rentals", json={"member_id": 1, "date": day, "lines": [{"tool_id": 1, "tax_rate": "19"}]}
    )
    _error(refused, 422, 924)
    third = _rental(http, date=day)
    # the seed is RENT-2026-0001
    numbers = [r["number"] for r in (first, second, third)]
    assert numbers == ["RENT-2026-0002", "RENT-2026-0003", "RENT-2026-0004"]
    own = _rental(http, date="2025-07-01", prefix="T%y-", leading_zeros=6)
    assert own["number"] == "T25-000005"
    sent = _rental(http, number="SLIP-1")
    assert sent["number"] == "SLIP-1"
    taken = _error(http.post("/rentals", json={"member_id": 1, "number": "SLIP-1"}), 422, 924)
    assert [f["name"] for f in taken["fields"]] == ["number"]
    assert _rental(http, date=day)["number"] == "RENT-2026-0006"


# ---------------------------------------------------------------- x-status-machine
def test_a_new_rental_is_open_and_an_action_moves_it(http: httpx.Client) -> None:
    rental = _rental(http)
    assert rental["status"] == "open"
    voided = _ok(http.post(f"/rentals/{rental['rental_id']}/void"))
    assert voided["status"] == "voided"
    _error(http.post(f"/rentals/{rental['rental_id']}/close"), 409, 925)


def test_a_closed_rental_and_its_lines_are_locked(http: httpx.Client) -> None:
    rental = _rental(http, lines=[{"tool_id": DRILL}])
    ident, line_id = rental["rental_id"], rental["lines"][0]["line_id"]
    closed = _ok(http.post(f"/rentals/{ident}/close"))
    assert closed["status"] == "closed"
    _error(http.post(f"/rentals/{ident}/close"), 409, 925)
    _error(http.post(f"/rentals/{ident}/void"), 409, 925)
    url, line = f"/rentals/{ident}", f"/rentals/{ident}/lines/{line_id}"
    _error(http.patch(url, json={"note": "late"}), 409, 925)
    _error(http.put(url, json={"member_id": 1}), 409, 925)
    _error(http.delete(url), 409, 925)
    _error(http.post(f"{url}/lines", json={"tool_id": SAW}), 409, 925)
    _error(http.patch(line, json={"quantity": "3"}), 409, 925)
    _error(http.put(line, json={"tool_id": SAW}), 409, 925)
    _error(http.delete(line), 409, 925)
    assert _ok(http.get(url)) == closed  # nothing changed


# ---------------------------------------------------------------- x-action
def test_closing_sets_the_declared_day(http: httpx.Client) -> None:
    rental = _rental(http)
    assert rental["returned"] is None
    closed = _ok(http.post(f"/rentals/{rental['rental_id']}/close"))  # kind set
    assert closed["status"] == "closed"
    assert closed["returned"] == closed["date"]  # both today
    assert _ok(http.get(f"/rentals/{rental['rental_id']}"))["returned"] == closed["returned"]


def test_renewing_copies_the_rental_and_its_lines_and_links_back(http: httpx.Client) -> None:
    rental = _rental(http, note="Again next week", lines=[{"tool_id": SAW, "quantity": "2"}])
    ident = rental["rental_id"]
    _error(http.post(f"/rentals/{ident}/renew"), 409, 925)  # only a closed rental renews
    _ok(http.post(f"/rentals/{ident}/close"))
    answer = http.post(f"/rentals/{ident}/renew")  # kind copy
    renewed = _ok(answer, 201)
    assert answer.headers["location"].endswith(f"/rentals/{renewed['rental_id']}")
    assert renewed["rental_id"] != ident and renewed["number"] != rental["number"]
    assert (renewed["status"], renewed["returned"], renewed["renewed_by"]) == ("open", None, None)
    assert (renewed["member_id"], renewed["note"]) == (1, "Again next week")
    (line,) = renewed["lines"]
    assert (line["tool_id"], line["name"], line["quantity"]) == (SAW, "Tile saw", "2")
    assert renewed["total_with_tax"] == rental["total_with_tax"]
    old = _ok(http.get(f"/rentals/{ident}"))
    assert (old["status"], old["renewed_by"]) == ("closed", renewed["rental_id"])


# ---------------------------------------------------------------- x-on-delete
def test_deleting_an_open_rental_removes_its_lines(http: httpx.Client) -> None:
    rental = _rental(http, lines=[{"tool_id": DRILL}, {"tool_id": SAW}])
    ident = rental["rental_id"]
    line_id = rental["lines"][0]["line_id"]
    assert len(_ok(http.get(f"/rentals/{ident}/lines"))["data"]) == 2
    assert http.delete(f"/rentals/{ident}").status_code == 204
    _error(http.get(f"/rentals/{ident}"), 404, 910)
    _error(http.get(f"/rentals/{ident}/lines"), 404, 910)  # the spec: 404, no such rental
    _error(http.get(f"/rentals/{ident}/lines/{line_id}"), 404, 910)


# ---------------------------------------------------------------- x-printable
def test_the_slip_prints_the_member_the_tools_and_vat_per_rate(http: httpx.Client) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    lines = [{"tool_id": SAW, "quantity": "2"}, {"tool_id": DRILL, "tax_rate": "21"}]
    rental = _rental(http, lines=lines)
    answer = http.get(f"/rentals/{rental['rental_id']}/pdf")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    text = pdfium.PdfDocument(answer.content)[0].get_textpage().get_text_range()
    member = _ok(http.get("/members/1"))
    for shown in ("Rental slip", rental["number"], member["name"], "Tile saw", "Cordless drill"):
        assert shown in text, shown
    assert "VAT 21%" in text and "2.63" in text  # 21 % of 12.50, the one taxed line
    assert rental["total_with_tax"] == "85.13" and "85.13" in text
