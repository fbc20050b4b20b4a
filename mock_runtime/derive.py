"""Small derivations the resource plans name: countries, PHP-date prefixes, HTML and text.

Each is a pure function, so the rules in `fill` stay short and these are easy to test.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
from collections.abc import Callable

COUNTRIES = {
    "AT": "Austria",
    "BE": "Belgium",
    "BG": "Bulgaria",
    "CH": "Switzerland",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "DE": "Germany",
    "DK": "Denmark",
    "EE": "Estonia",
    "ES": "Spain",
    "FI": "Finland",
    "FR": "France",
    "GB": "United Kingdom",
    "GR": "Greece",
    "HR": "Croatia",
    "HU": "Hungary",
    "IE": "Ireland",
    "IT": "Italy",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "LV": "Latvia",
    "MT": "Malta",
    "NL": "Netherlands",
    "NO": "Norway",
    "PL": "Poland",
    "PT": "Portugal",
    "RO": "Romania",
    "SE": "Sweden",
    "SI": "Slovenia",
    "SK": "Slovakia",
    "US": "United States",
}


_ALIASES = {"belgië": "BE", "belgique": "BE", "nederland": "NL", "deutschland": "DE", "eesti": "EE"}
_CODES = {name.casefold(): code for code, name in COUNTRIES.items()} | _ALIASES


def country_code(name: object) -> str | None:
    """The ISO code of a country written out (`Nederland`, `Belgium`), when known."""
    return _CODES.get(name.strip().casefold()) if isinstance(name, str) else None


def country_name(code: object) -> str:
    if not isinstance(code, str):
        return ""
    return COUNTRIES.get(code, code)


_TAGS = re.compile(r"<[^>]*>")


def html_of(text: str, limit: int) -> str:
    # `&` first, so the entities made for `<` and `>` stay as they are; a few `replace` calls
    # cost a tenth of one `translate` on the short texts of a line
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = f"<p>{escaped}</p>"
    return out if len(out) <= limit else escaped[:limit]


def text_of(markup: str, limit: int) -> str:
    return html.unescape(_TAGS.sub("", markup))[:limit]


# PHP date() letters, for a date at midnight UTC (invoice numbers are dated, not timed).
_MIDNIGHT = {
    "a": "am",
    "A": "AM",
    "B": "041",
    "g": "12",
    "G": "0",
    "h": "12",
    "H": "00",
    "i": "00",
    "s": "00",
    "u": "000000",
    "e": "UTC",
    "I": "0",
    "O": "+0000",
    "P": "+00:00",
    "T": "UTC",
    "Z": "0",
}
_DATE: dict[str, Callable[[dt.date], str]] = {
    "d": lambda d: f"{d.day:02d}",
    "D": lambda d: calendar.day_abbr[d.weekday()],
    "j": lambda d: str(d.day),
    "l": lambda d: calendar.day_name[d.weekday()],
    "N": lambda d: str(d.isoweekday()),
    "S": lambda d: _suffix(d.day),
    "w": lambda d: str(d.isoweekday() % 7),
    "z": lambda d: str(d.timetuple().tm_yday - 1),
    "W": lambda d: f"{d.isocalendar()[1]:02d}",
    "F": lambda d: calendar.month_name[d.month],
    "m": lambda d: f"{d.month:02d}",
    "M": lambda d: calendar.month_abbr[d.month],
    "n": lambda d: str(d.month),
    "t": lambda d: str(calendar.monthrange(d.year, d.month)[1]),
    "L": lambda d: "1" if calendar.isleap(d.year) else "0",
    "o": lambda d: str(d.isocalendar()[0]),
    "Y": lambda d: str(d.year),
    "y": lambda d: f"{d.year % 100:02d}",
    "c": lambda d: f"{d.isoformat()}T00:00:00+00:00",
    "r": lambda d: (
        f"{calendar.day_abbr[d.weekday()]}, {d.day:02d} {calendar.month_abbr[d.month]} "
        f"{d.year} 00:00:00 +0000"
    ),
    "U": lambda d: str(calendar.timegm(d.timetuple())),
}


def _php(letter: str, day: dt.date) -> str | None:
    if letter in _MIDNIGHT:
        return _MIDNIGHT[letter]
    found = _DATE.get(letter)
    return found(day) if found else None


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def expand_prefix(prefix: str, day: dt.date) -> str:
    """`%` + a PHP date() letter becomes that part of the date; other text is kept."""
    pieces = prefix.split("%")
    out = [pieces[0]]
    for piece in pieces[1:]:
        value = _php(piece[:1], day) if piece else None
        out.append(value + piece[1:] if value is not None else "%" + piece)
    return "".join(out)


def parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
