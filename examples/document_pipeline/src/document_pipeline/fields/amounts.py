"""Money in documents: "1.589,80", "1,589.80", "1 589,80 EUR", "€ 1.589,80", "£412.50"."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SYMBOLS = {"€": "EUR", "£": "GBP", "US$": "USD", "$": "USD", "¥": "JPY", "₹": "INR",
           "Kč": "CZK", "zł": "PLN"}
CODES = ("EUR", "GBP", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CAD",
         "AUD", "NZD", "INR", "CNY", "SGD", "HKD", "ZAR", "BRL", "MXN", "RON", "BGN", "TRY")
_SYMBOL = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
CURRENCY = rf"(?:(?<![A-Za-z])(?:{'|'.join(CODES)})(?![A-Za-z])|{_SYMBOL})"
_GROUPED = r"\d{1,3}(?:(?:[.,'’]|[ \u00a0\u202f])\d{3})+(?:[.,]\d{1,2})?"
_PLAIN = r"\d+(?:[.,]\d{1,2})?"
NUMBER = rf"(?<![\d.,])[-−]?(?:{_GROUPED}|{_PLAIN})(?![.,]?\d)"
AMOUNT = re.compile(
    rf"(?:(?P<pre>{CURRENCY})\s?)?(?P<number>{NUMBER})(?!\s?%)(?:\s?(?P<post>{CURRENCY}))?"
)


@dataclass(frozen=True)
class Money:
    value: float
    currency: str | None
    start: int
    end: int
    # Written with cents or a currency: a price, not a quantity or a percentage.
    looks_like_money: bool

    @property
    def looks_like_a_year(self) -> bool:
        """2014 written bare: more likely the year of a date than an amount."""
        return not self.looks_like_money and self.value.is_integer() and 1950 <= self.value <= 2100


def currency_code(token: str | None) -> str | None:
    """ISO 4217 code for a symbol or code as written: "€" -> "EUR", "gbp" -> "GBP"."""
    if not token:
        return None
    token = token.strip()
    if token.upper() in CODES:
        return token.upper()
    return SYMBOLS.get(token) or SYMBOLS.get(token.capitalize())


def number_value(raw: str) -> float | None:
    """The value of a number written with either decimal convention."""
    text = raw.replace("−", "-").strip()
    negative = text.startswith("-")
    text = re.sub(r"[\s\u00a0\u202f'’+-]", "", text)
    if not re.fullmatch(r"[\d.,]*\d[\d.,]*", text):
        return None
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
    else:
        sep = "," if "," in text else "." if "." in text else ""
        # One separator followed by exactly three digits groups thousands ("1.589", "1,589").
        grouped = sep and (text.count(sep) > 1 or len(text) - text.rfind(sep) - 1 == 3)
        decimal = "" if grouped else sep
    thousands = {",": ".", ".": ","}.get(decimal, ",.")
    for char in thousands:
        text = text.replace(char, "")
    if decimal:
        text = text.replace(decimal, ".")
    try:
        value = round(float(text), 2)
    except ValueError:
        return None
    return -value if negative else value


def find_amounts(text: str) -> list[Money]:
    found = []
    for match in AMOUNT.finditer(text):
        value = number_value(match["number"])
        if value is None:
            continue
        code = currency_code(match["pre"] or match["post"])
        has_cents = bool(re.search(r"[.,]\d{2}$", match["number"]))
        found.append(Money(value, code, match.start(), match.end(),
                           code is not None or has_cents))
    return found


def parse_amount(text: str) -> float | None:
    """The first amount written in `text`, or None."""
    amounts = find_amounts(text)
    return amounts[0].value if amounts else None


def parse_money(text: str) -> tuple[float, str | None] | None:
    """The first amount in `text` with its currency (None when not written)."""
    amounts = find_amounts(text)
    return (amounts[0].value, amounts[0].currency) if amounts else None


def main_currency(text: str) -> str | None:
    """The currency a document uses most, by symbols and ISO codes written in it."""
    counts = Counter(
        currency_code(match.group(0)) for match in re.finditer(CURRENCY, text)
    )
    counts.pop(None, None)
    return counts.most_common(1)[0][0] if counts else None
