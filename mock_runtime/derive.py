"""Small derivations the resource plans name: countries, PHP-date prefixes, HTML and text.

Each is a pure function, so the rules in `fill` stay short and these are easy to test.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re

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


def country_name(code: object) -> str:
    if not isinstance(code, str):
        return ""
    return COUNTRIES.get(code, code)


_TAGS = re.compile(r"<[^>]*>")


def html_of(text: str, limit: int) -> str:
    escaped = html.escape(text, quote=False)
    out = f"<p>{escaped}</p>"
    return out if len(out) <= limit else escaped[:limit]


def text_of(markup: str, limit: int) -> str:
    return html.unescape(_TAGS.sub("", markup))[:limit]


# PHP date() letters, for a date at midnight UTC (invoice numbers are dated, not timed).
def _php(letter: str, day: dt.date) -> str | None:
    moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    iso = day.isocalendar()
    table = {
        "d": f"{day.day:02d}",
        "D": day.strftime("%a"),
        "j": str(day.day),
        "l": calendar.day_name[day.weekday()],
        "N": str(iso[2]),
        "S": _suffix(day.day),
        "w": str((day.weekday() + 1) % 7),
        "z": str(day.timetuple().tm_yday - 1),
        "W": f"{iso[1]:02d}",
        "F": calendar.month_name[day.month],
        "m": f"{day.month:02d}",
        "M": calendar.month_abbr[day.month],
        "n": str(day.month),
        "t": str(calendar.monthrange(day.year, day.month)[1]),
        "L": "1" if calendar.isleap(day.year) else "0",
        "o": str(iso[0]),
        "Y": str(day.year),
        "y": f"{day.year % 100:02d}",
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
        "c": moment.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "r": moment.strftime("%a, %d %b %Y %H:%M:%S +0000"),
        "U": str(int(moment.timestamp())),
    }
    return table.get(letter)


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
