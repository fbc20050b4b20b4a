"""Narrow unit tests of the runtime's pure parts."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from mock_runtime import negotiate
from mock_runtime.computed import fresh
from mock_runtime.derive import country_name, expand_prefix, html_of, text_of
from mock_runtime.errors import ApiError
from mock_runtime.examples_mode import parse_prefer
from mock_runtime.formats import BY_NAME, FORMATS, content_type
from mock_runtime.money import compute
from mock_runtime.ratelimit import RateLimiter
from mock_runtime.renditions import PrintCopy, PrintedParty, html
from spec_rules.types import Document, LineFields, Switch, TotalsFields


@pytest.mark.parametrize(
    ("prefix", "expanded"),
    [
        ("%Y", "2026"),
        ("%y%m", "2603"),
        ("INV-%Y-%d/", "INV-2026-09/"),
        ("A%Y", "A2026"),
        ("%", "%"),
        ("%Q", "%Q"),
        ("%D %M %j %n %L", "Mon Mar 9 3 0"),
    ],
)
def test_php_date_prefix(prefix: str, expanded: str) -> None:
    assert expand_prefix(prefix, dt.date(2026, 3, 9)) == expanded


def test_texts() -> None:
    assert country_name("BE") == "Belgium" and country_name("ZZ") == "ZZ"
    assert html_of("a < b", 100) == "<p>a &lt; b</p>"
    assert html_of("R&D <b>&amp;</b>", 100) == "<p>R&amp;D &lt;b&gt;&amp;amp;&lt;/b&gt;</p>"
    assert text_of("<p>a &amp; b</p>", 100) == "a & b"


def test_fresh_copies_share_nothing_with_the_plan() -> None:
    declared = {"tags": [{"name": "a"}], "n": 1}
    copy = fresh(declared)
    copy["tags"][0]["name"] = "b"
    copy["tags"].append({})
    assert declared == {"tags": [{"name": "a"}], "n": 1}
    assert fresh("text") == "text"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limit_window_and_halving() -> None:
    clock = Clock()
    limiter = RateLimiter(limit=60, daily_threshold=100, clock=clock)
    for _ in range(60):
        limiter.hit("k")
    with pytest.raises(ApiError) as caught:
        limiter.hit("k")
    assert caught.value.error_id == 920
    clock.now += 60
    headers = dict(limiter.hit("k"))
    assert headers[b"x-ratelimit-remaining"] == b"59"
    for _ in range(60):
        clock.now += 1.1
        with contextlib.suppress(ApiError):
            limiter.hit("k")
    assert dict(limiter.hit("other"))[b"x-ratelimit-limit"] == b"60"
    clock.now += 61
    assert dict(limiter.hit("k"))[b"x-ratelimit-limit"] == b"30"  # over 100 today: halved
    clock.now += 24 * 3600
    assert dict(limiter.hit("k"))[b"x-ratelimit-limit"] == b"60"


def test_not_enforced_keeps_headers() -> None:
    limiter = RateLimiter(limit=1, enforce=False)
    limiter.hit("k")
    assert dict(limiter.hit("k"))[b"x-ratelimit-remaining"] == b"0"


@pytest.mark.parametrize(
    ("accept", "chosen"),
    [
        (None, "application/json"),
        (b"*/*", "application/json"),
        (b"text/csv", "text/csv"),
        (b"text/*;q=0.9, application/json;q=0.1", "text/csv"),
        (b"application/json;q=0, text/csv", "text/csv"),
        (b"image/png, */*;q=0.1", "application/json"),
    ],
)
def test_negotiation(accept: bytes | None, chosen: str) -> None:
    assert negotiate.choose(("application/json", "text/csv"), accept, None) == chosen


def test_negotiation_refuses() -> None:
    with pytest.raises(ApiError):
        negotiate.choose(("application/json",), b"image/png", None)
    with pytest.raises(ApiError):
        negotiate.choose(("application/json",), None, "csv")


def test_prefer() -> None:
    assert parse_prefer(b"code=404, example=main; dynamic=true") == {
        "code": "404",
        "example": "main",
        "dynamic": "true",
    }


def test_printed_copy_escapes_text() -> None:
    copy = PrintCopy(
        title="Invoice <1> & (2)",
        client=PrintedParty("Bill to", ("<script>x</script>",), (("VAT number", 'a"b'),)),
    )
    page = html(copy).decode()
    assert "Invoice &lt;1&gt; &amp; (2)" in page and "<script>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "a&#34;b" in page


def test_every_format_is_one_row_of_the_table() -> None:
    """Negotiation, Content-Type and encoding read one table (`mock_runtime.formats`)."""
    assert set(BY_NAME) == {"json", "xml", "csv", "html", "pdf"}
    for media, fmt in FORMATS.items():
        assert BY_NAME[fmt.name] == media
        assert content_type(media).startswith(media.encode())
        assert negotiate.choose((media,), None, fmt.name) == media
    assert content_type("text/plain") == b"text/plain"


def test_totals_read_every_field_name_from_the_plan() -> None:
    """The arithmetic of a document whose fields are named otherwise, by its declared roles."""
    roles = TotalsFields(
        discount_percentage="rebate",
        per_line=Switch("rounding", "each"),
        tax_included=Switch("gross", "true"),
        tax_rates=("rate_a", "rate_b"),
        tax_totals=("tax_a", "tax_b"),
        discount_without_tax="rebate_net",
        discount_with_tax="rebate_gross",
        deposit_total="deposits",
        without_tax="net",
        with_tax="gross_total",
    )
    line_roles = LineFields(
        price="price",
        price_with_tax="price_gross",
        quantity="days",
        tax_rate="rate",
        special=Switch("kind", "deposit"),
        without_tax="line_net",
        with_tax="line_gross",
    )
    doc = {
        "rate_a": "20",
        "rate_b": "10",
        "rebate": "10",
        "lines": [
            {"price": "10.00", "days": "3", "rate": "20"},
            {"price": "5.00", "rate": "0", "kind": "deposit"},
        ],
    }
    compute(doc, Document("lines", fields=roles, line_fields=line_roles))
    assert (doc["net"], doc["rebate_net"], doc["deposits"]) == ("32.00", "3.00", "5.00")
    assert (doc["tax_a"], doc["tax_b"], doc["gross_total"]) == ("5.40", "0.00", "37.40")
    assert doc["lines"][0]["line_gross"] == "36.00" and doc["lines"][1]["days"] == "1"
    with pytest.raises(ApiError):
        compute(dict(doc, gross="true"), Document("lines", fields=roles, line_fields=line_roles))


def test_the_pdf_writer_is_not_loaded_before_a_pdf_is_asked_for() -> None:
    """WeasyPrint costs about a second and a half to import: start-up must not pay it."""
    import subprocess
    import sys

    code = "import sys, mock_runtime.app; print('weasyprint' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def _refusal(limiter: RateLimiter, key: str) -> dict[bytes, bytes]:
    with pytest.raises(ApiError) as caught:
        limiter.hit(key)
    assert caught.value.error_id == 920
    return dict(caught.value.headers or [])


def test_a_short_window_announces_and_resets_by_its_own_length() -> None:
    clock = Clock()
    limiter = RateLimiter(limit=3, clock=clock, window=2.0)
    assert dict(limiter.anonymous)[b"x-ratelimit-reset"] == b"2"
    assert [dict(limiter.hit("k"))[b"x-ratelimit-reset"] for _ in range(3)] == [b"2"] * 3
    clock.now += 0.5
    refused = _refusal(limiter, "k")
    assert (refused[b"retry-after"], refused[b"x-ratelimit-reset"]) == (b"2", b"2")  # ceil(1.5)
    clock.now += 1.0
    assert _refusal(limiter, "k")[b"retry-after"] == b"1"
    clock.now += 0.5  # the window of 2 s is over: a fresh count
    assert dict(limiter.hit("k"))[b"x-ratelimit-remaining"] == b"2"


def test_the_daily_halving_counts_a_real_day_whatever_the_window() -> None:
    clock = Clock()
    limiter = RateLimiter(limit=4, daily_threshold=10, clock=clock, window=1.0)
    for _ in range(3):  # 12 requests in three windows: over the day's threshold
        clock.now += 1.0
        for _ in range(4):
            with contextlib.suppress(ApiError):  # the last window is already halved
                limiter.hit("k")
    clock.now += 1.0
    assert dict(limiter.hit("k"))[b"x-ratelimit-limit"] == b"2"
    clock.now += 3600.0  # an hour of short windows later the day still counts
    assert dict(limiter.hit("k"))[b"x-ratelimit-limit"] == b"2"
    clock.now += 24 * 3600
    assert dict(limiter.hit("k"))[b"x-ratelimit-limit"] == b"4"


def test_the_default_window_is_the_spec_minute() -> None:
    clock = Clock()
    limiter = RateLimiter(limit=1, clock=clock)
    limiter.hit("k")
    clock.now += 30
    assert _refusal(limiter, "k")[b"retry-after"] == b"30"


@pytest.mark.parametrize("window", [0.0, -1.0])
def test_a_window_must_be_positive(window: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        RateLimiter(limit=1, window=window)


def test_rate_window_option() -> None:
    from mock_runtime.__main__ import parse

    assert parse(["--rate-window", "2"])[0].rate_window == 2.0
    assert parse([])[0].rate_window == 60.0
    for bad in ("0", "0.5", "nan", "7200"):
        with pytest.raises(SystemExit):
            parse(["--rate-window", bad])
