"""Amounts as staff type them (“12.50”, “1,299” after the currency's sign or not, “7”) → minor
units (pence, cents; as many decimals as the currency has: none for yen, three for dinars),
or a clear refusal. The currency is the data's, never read from what was typed: a sign of
another currency is refused, not converted."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from store_contract.domain.errors import InvalidInput
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

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


def _without_currency_sign(value: str) -> tuple[str, str]:
    """(``value`` less one currency sign — Unicode category Sc — before or after the number,
    the sign or "")."""
    if value[:1] and unicodedata.category(value[0]) == "Sc":
        return value[1:], value[0]
    if value[-1:] and unicodedata.category(value[-1]) == "Sc":
        return value[:-1], value[-1]
    return value, ""


def parse_pence(typed: str, field: str = "amount", *, currency: str | None = None,
                symbol: str | None = None) -> int:
    """``typed`` as minor units of ``currency`` (two decimals when unknown). ``symbol``: how the
    person's screen writes that currency; a different sign typed is refused."""
    digits = minor_digits(currency)
    example = "2499" if digits == 0 else "24." + "99"[:digits].ljust(digits, "0")
    cleaned, sign = _without_currency_sign((typed or "").strip().replace(" ", ""))
    if sign and symbol and sign not in symbol:
        raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
            "Messages", "“{typed}” is not in this store's currency ({currency}); type the amount "
                        "like {example}."),
            typed=typed.strip(), currency=currency or symbol, example=example))
    if not cleaned:
        raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
            "Messages", "Enter the amount, e.g. {example}."), example=example))
    fraction = rf"(\.\d{{1,{digits}}})?" if digits else ""
    if not re.fullmatch(_WHOLE + fraction, cleaned):
        raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
            "Messages", "“{typed}” is not an amount; type it like {example}."),
            typed=typed.strip(), example=example))
    try:
        value = Decimal(cleaned.replace(",", ""))
    except InvalidOperation:
        raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
            "Messages", "“{typed}” is not an amount."), typed=typed.strip())) from None
    minor = int(value * 10**digits)
    if minor <= 0:
        raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
            "Messages", "The amount must be more than zero.")))
    return minor


def parse_whole_number(typed: str, field: str, label: str) -> int:
    """``typed`` as a whole number above zero; ``label`` (a :class:`~store_contract.domain.text.
    Text`, or words already in the person's language) names it in the refusal."""
    cleaned = (typed or "").strip().replace(",", "")
    if not cleaned.isdigit():
        raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
            "Messages", "{label}: enter a whole number, e.g. {example}."), label=label,
            example=500))
    value = int(cleaned)
    if value <= 0:
        raise InvalidInput(field, text(QT_TRANSLATE_NOOP(
            "Messages", "{label} must be more than zero."), label=label))
    return value


def plain_amount(minor: int, currency: str | None) -> str:
    """``minor`` units as a plain amount with the currency's ISO code (``12.50 GBP``): for
    sentences the service writes (screens format money for the store's locale)."""
    digits = minor_digits(currency)
    amount = Decimal(minor).scaleb(-digits)
    return f"{amount:,.{digits}f} {(currency or 'GBP').upper()}"
