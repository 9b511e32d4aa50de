"""Amounts as staff type them, in the currency the data carries (store_contract/domain/money)."""

from __future__ import annotations

import pytest

from store_contract.domain.errors import InvalidInput
from store_contract.domain.money import minor_digits, parse_pence


@pytest.mark.parametrize(("typed", "currency", "minor"), [
    ("12.50", "GBP", 1250), ("£12.50", "GBP", 1250), ("12.50£", "GBP", 1250),
    ("1,299", "GBP", 129900), ("7", None, 700),
    ("500", "JPY", 500),  # yen have no minor unit
    ("1.250", "KWD", 1250),  # a dinar is 1,000 fils
])
def test_an_amount_is_read_in_the_currency_s_minor_units(typed, currency, minor):
    assert parse_pence(typed, currency=currency, symbol="£" if currency == "GBP" else None) \
        == minor


@pytest.mark.parametrize(("typed", "currency", "said"), [
    ("$12", "GBP", "not in this store's currency (GBP)"),  # never taken as £12
    ("12.505", "GBP", "type it like 24.99"),
    ("12.5", "JPY", "type it like 2499"),
    ("", "GBP", "Enter the amount"),
    ("0", "GBP", "more than zero"),
    ("12,5", "GBP", "type it like 24.99"),
])
def test_what_is_not_an_amount_here_is_refused_with_a_sentence(typed, currency, said):
    with pytest.raises(InvalidInput) as refused:
        parse_pence(typed, currency=currency, symbol="£" if currency == "GBP" else None)
    assert said in str(refused.value)


def test_minor_digits_of_iso_4217():
    assert (minor_digits("GBP"), minor_digits("jpy"), minor_digits("OMR"), minor_digits(None)) \
        == (2, 0, 3, 2)
