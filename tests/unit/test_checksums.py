"""Scanned identifiers: a check digit catches every single-digit typo."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from store_contract.domain.barcodes import (
    ean13_check_digit,
    is_valid_ean13,
    is_valid_luhn,
    luhn_check_digit,
)

digits = st.text(alphabet="0123456789", min_size=12, max_size=12)


def test_known_codes_are_valid() -> None:
    assert is_valid_ean13("4006381333931") and is_valid_luhn("79927398713")


@given(digits, st.integers(0, 11), st.integers(1, 9))
def test_one_wrong_digit_breaks_the_barcode(body: str, pos: int, shift: int) -> None:
    code = body + ean13_check_digit(body)
    typo = code[:pos] + str((int(code[pos]) + shift) % 10) + code[pos + 1 :]
    assert is_valid_ean13(code) and not is_valid_ean13(typo)


@given(
    st.text(alphabet="0123456789", min_size=15, max_size=15), st.integers(0, 14), st.integers(1, 9)
)
def test_one_wrong_digit_breaks_the_card_number(body: str, pos: int, shift: int) -> None:
    card = body + luhn_check_digit(body)
    typo = card[:pos] + str((int(card[pos]) + shift) % 10) + card[pos + 1 :]
    assert is_valid_luhn(card) and not is_valid_luhn(typo)
