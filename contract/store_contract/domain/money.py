"""Amounts as staff type them (“12.50”, “1,299” after the currency's sign or not, “7”) → minor
units (pence, cents; as many decimals as the currency has: none for yen, three for dinars),
or a clear refusal. The currency is the data's, never read from what was typed: a sign of
another currency is refused, not converted."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from store_contract.domain.errors import InvalidInput

#: ISO 4217 currencies whose minor unit is not a hundredth (the rest have two decimals)
_MINOR_DIGITS = {
    **dict.fromkeys(("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX",
                     "VND", "VUV", "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
}
_WHOLE = r"(\d{1,3}(,\d{3})+|\d+)"


def minor_digits(currency: str | None) -> int:
    """How many decimals the currency's minor unit has (amounts are kept in minor units)."""
    return _MINOR_DIGITS.get((currency or "").upper(), 2)


def _without_currency_sign(text: str) -> tuple[str, str]:
    """(``text`` less one currency sign — Unicode category Sc — before or after the number,
    the sign or "")."""
    if text[:1] and unicodedata.category(text[0]) == "Sc":
        return text[1:], text[0]
    if text[-1:] and unicodedata.category(text[-1]) == "Sc":
        return text[:-1], text[-1]
    return text, ""


def parse_pence(text: str, field: str = "amount", *, currency: str | None = None,
                symbol: str | None = None) -> int:
    """``text`` as minor units of ``currency`` (two decimals when unknown). ``symbol``: how the
    person's screen writes that currency; a different sign typed is refused."""
    digits = minor_digits(currency)
    example = "2499" if digits == 0 else "24." + "99"[:digits].ljust(digits, "0")
    cleaned, sign = _without_currency_sign((text or "").strip().replace(" ", ""))
    if sign and symbol and sign not in symbol:
        raise InvalidInput(field, f"“{text.strip()}” is not in this store's currency "
                                  f"({currency or symbol}); type the amount like {example}.")
    if not cleaned:
        raise InvalidInput(field, f"Enter the amount, e.g. {example}.")
    fraction = rf"(\.\d{{1,{digits}}})?" if digits else ""
    if not re.fullmatch(_WHOLE + fraction, cleaned):
        raise InvalidInput(field, f"“{text.strip()}” is not an amount; type it like {example}.")
    try:
        value = Decimal(cleaned.replace(",", ""))
    except InvalidOperation:
        raise InvalidInput(field, f"“{text.strip()}” is not an amount.") from None
    minor = int(value * 10**digits)
    if minor <= 0:
        raise InvalidInput(field, "The amount must be more than zero.")
    return minor


def parse_whole_number(text: str, field: str, label: str) -> int:
    cleaned = (text or "").strip().replace(",", "")
    if not cleaned.isdigit():
        raise InvalidInput(field, f"{label}: enter a whole number, e.g. 500.")
    value = int(cleaned)
    if value <= 0:
        raise InvalidInput(field, f"{label} must be more than zero.")
    return value


def plain_amount(minor: int, currency: str | None) -> str:
    """``minor`` units as a plain amount with the currency's ISO code (``12.50 GBP``): for
    sentences the service writes (screens format money for the store's locale)."""
    digits = minor_digits(currency)
    amount = Decimal(minor).scaleb(-digits)
    return f"{amount:,.{digits}f} {(currency or 'GBP').upper()}"
