"""Check digits of the identifiers a scanner reads: EAN-13 barcodes and loyalty card numbers."""

from __future__ import annotations


def ean13_check_digit(first12: str) -> str:
    """GS1 check digit: weights 1,3,1,3… from the left over the first 12 digits."""
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError("an EAN-13 body is 12 digits")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def is_valid_ean13(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and ean13_check_digit(code[:12]) == code[12]


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def luhn_check_digit(body: str) -> str:
    """The Luhn digit that makes ``body + digit`` pass the Luhn check."""
    if not body.isdigit():
        raise ValueError("a card number body is digits only")
    digits = body[::-1]
    # the rightmost body digit is doubled once the check digit is appended
    total = sum(_DOUBLED[int(d)] for d in digits[0::2]) + sum(int(d) for d in digits[1::2])
    return str((10 - total % 10) % 10)


def is_valid_luhn(number: str) -> bool:
    return len(number) >= 2 and number.isdigit() and luhn_check_digit(number[:-1]) == number[-1]
