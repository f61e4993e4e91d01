"""Dates as documents write them, in English, German, French, Dutch, Spanish and Italian, to
ISO yyyy-mm-dd."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    1: ("january", "jan", "januar", "jänner", "janvier", "janv", "januari", "enero", "ene",
        "gennaio", "gen"),
    2: ("february", "feb", "februar", "février", "fevrier", "févr", "fevr", "februari",
        "febrero", "febbraio"),
    3: ("march", "mar", "märz", "maerz", "marz", "mär", "mars", "maart", "mrt", "marzo"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mei", "mayo", "maggio", "mag"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug"),
    8: ("august", "aug", "août", "aout", "augustus", "agosto", "ago"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre",
        "set"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott"),
    11: ("november", "nov", "novembre", "noviembre"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre",
         "dic", "dicembre"),
}
MONTH_NUMBER = {name: number for number, names in MONTHS.items() for name in names}
_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
_YEAR = r"(?P<year>\d{4})"

PATTERNS = (
    re.compile(rf"(?<![\d/.]){_YEAR}(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})"
               r"(?!\d)"),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)"
               r"(?P<year>\d{4}|\d{2})(?![\d])"),
    # "15 March 2024", "1er mars 2024", "15. März 2024", "15 de marzo de 2024", "15-Mar-2024"
    re.compile(rf"(?<![\w.])(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|e|º)?\.?(?:\s+de\s+|\s+|-)"
               rf"(?P<name>{_MONTH})\.?,?(?:\s+de\s+|\s+|-){_YEAR}(?!\d)", re.IGNORECASE),
    re.compile(rf"(?<!\w)(?P<name>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}"
               r"(?!\d)", re.IGNORECASE),
)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def find_dates(text: str) -> list[FoundDate]:
    """Every valid date in `text`, in the order written."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            iso = _to_iso(match)
            if iso is not None:
                found.append(FoundDate(iso, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> str | None:
    """The first date written in `text` as yyyy-mm-dd, or None."""
    dates = find_dates(text)
    return dates[0].iso if dates else None


def _to_iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year = int(parts["year"])
    if year < 100:
        year += 2000
    day = int(parts["day"])
    if parts.get("name"):
        month = MONTH_NUMBER[parts["name"].lower()]
    else:
        month = int(parts["month"])
        if parts.get("sep") == "/" and month > 12 >= day and match.start("day") < match.start(
            "month"
        ):
            # Only a US document writes 01/31/2024; read day-first unless that is impossible.
            day, month = month, day
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
