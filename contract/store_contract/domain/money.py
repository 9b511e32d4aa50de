"""Amounts as staff type them (“12.50”, “£1,299”, “7”) → pence, or a clear refusal."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from store_contract.domain.errors import InvalidInput

_MONEY = re.compile(r"^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$")


def parse_pence(text: str, field: str = "amount") -> int:
    cleaned = (text or "").strip().replace(" ", "")
    if not cleaned:
        raise InvalidInput(field, "Enter the amount, e.g. 24.99.")
    if not _MONEY.match(cleaned):
        raise InvalidInput(field, f"“{text.strip()}” is not an amount; type it like 24.99.")
    try:
        value = Decimal(cleaned.lstrip("£").replace(",", ""))
    except InvalidOperation:
        raise InvalidInput(field, f"“{text.strip()}” is not an amount.") from None
    pence = int(value * 100)
    if pence <= 0:
        raise InvalidInput(field, "The amount must be more than zero.")
    return pence


def parse_whole_number(text: str, field: str, label: str) -> int:
    cleaned = (text or "").strip().replace(",", "")
    if not cleaned.isdigit():
        raise InvalidInput(field, f"{label}: enter a whole number, e.g. 500.")
    value = int(cleaned)
    if value <= 0:
        raise InvalidInput(field, f"{label} must be more than zero.")
    return value
