"""What a scanner reads: check digits (EAN-13, UPC-A, EAN-8, Luhn loyalty cards) and what a code
is.

Shared by the app and the central service (which uses it to make valid demo data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text


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


def is_valid_upca(code: str) -> bool:
    """UPC-A is EAN-13 with a leading zero."""
    return len(code) == 12 and code.isdigit() and is_valid_ean13("0" + code)


def is_valid_ean8(code: str) -> bool:
    """EAN-8 weighs its first seven digits 3,1,3…; with five leading zeros those digits fall
    on the EAN-13 weights 3,1,3… too, so an EAN-8 checks out exactly when its GTIN-13 does."""
    return len(code) == 8 and code.isdigit() and is_valid_ean13("00000" + code)


CARD_LENGTH = 16


class ScanKind(StrEnum):
    LOYALTY_CARD = "loyalty_card"
    PRODUCT = "product"
    ORDER = "order"  # an order number: CC-…, WEB-…, POS-…
    RECEIPT = "receipt"  # a till receipt's number (RCT-<store>-<number>): an in-store sale
    SHELF = "shelf"
    STAFF_BADGE = "staff_badge"  # a staff member's badge: code is their staff id
    CART = "cart"  # an online cart's code the customer shows from the web shop (CART-digits)
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Scan:
    kind: ScanKind
    code: str  # normalised: a product is always its EAN-13 (UPC-A gets 1 leading zero, EAN-8 5)
    problem: Text | None = None  # for UNKNOWN: why, as a sentence for the person scanning
    #: the keyboard layout ("fr", "de") a scanner set for a US keyboard typed this code on
    #: (read as it meant it): the scanner should be set to that layout
    typed_for: str | None = None


_ORDER = re.compile(r"^(CC|WEB|POS)-\d{4,10}$")
_RECEIPT = re.compile(r"^RCT-[A-Z0-9]{2,10}-\d{4,10}$")
_SHELF = re.compile(r"^(BIN|SHELF|LOC)-[A-Z0-9-]{1,20}$")
#: a staff badge (Code 128): STAFF- and the staff id
_BADGE = re.compile(r"^STAFF-([A-Z][A-Z0-9]{1,15})$")
#: an online cart (domain/carts.py): CART- and digits
_CART = re.compile(r"^CART-\d{6,12}$")


def _misread() -> Text:
    return text(QT_TRANSLATE_NOOP("Messages", "That barcode's check digit is wrong: a misread. "
                                              "Scan it again."))


#: What a scanner set for a US keyboard types on a computer whose keyboard layout is another,
#: mapped back. A wedge scanner sends keys, not characters: set up for a US keyboard (most are,
#: out of the box) on a French store's AZERTY layout, its "1" key is "&" and its "-" key is
#: ")", so CC-101031 arrives as CC)&à&àç&; on a German QWERTZ layout "-" arrives as "ß" and Y
#: and Z are swapped. Applied only to a code that is nothing as it arrived, and kept only when
#: the mapped code is one this app knows (a wrong check digit stays wrong).
US_SCANNER_ON = {
    "fr": str.maketrans({"&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7",
                         "_": "8", "ç": "9", "à": "0", ")": "-", "a": "q", "q": "a", "z": "w",
                         "w": "z", "A": "Q", "Q": "A", "Z": "W", "W": "Z", "?": "M", ",": "m"}),
    "de": str.maketrans({"ß": "-", "y": "z", "z": "y", "Y": "Z", "Z": "Y"}),
}


def _typed_for_us_on(layout: str, raw: str) -> bool:
    """Whether ``raw`` can be what a US-set scanner typed on ``layout``: on AZERTY its digit
    keys never give a digit (and its digit and "-" keys give that row's signs); on QWERTZ every code
    of this app with letters has a "-", which arrives as "ß". So a dashed phone or supplier
    number ("555-123-4564") is never taken for a barcode."""
    if layout == "fr":
        return not any(ch.isdigit() for ch in raw) and any(ch in "&é\"'(è_çà)" for ch in raw)
    if layout == "de":
        return "ß" in raw
    return False


def classify(raw: str) -> Scan:
    """What a scanned (or typed) code is. Scanner noise (spaces, control characters, a lower-case
    prefix) is tolerated; a code with a wrong check digit is named as such, never guessed. A
    code typed by a scanner set for a US keyboard on a French or German keyboard layout is read
    as the scanner meant it (:data:`US_SCANNER_ON`; ``Scan.typed_for`` names the layout)."""
    scan = _classify(raw)
    if scan.kind is not ScanKind.UNKNOWN:
        return scan
    for layout, keys in US_SCANNER_ON.items():
        if not _typed_for_us_on(layout, raw):
            continue
        meant = raw.translate(keys)
        if meant != raw and (again := _classify(meant)).kind is not ScanKind.UNKNOWN:
            return replace(again, typed_for=layout)
    return scan


def _classify(raw: str) -> Scan:
    code = "".join(ch for ch in raw.strip() if ch.isprintable() and not ch.isspace()).upper()
    if not code:
        return Scan(ScanKind.UNKNOWN, code,
                    text(QT_TRANSLATE_NOOP("Messages", "Nothing was scanned.")))
    if code.isdigit():
        if len(code) == CARD_LENGTH:
            if is_valid_luhn(code):
                return Scan(ScanKind.LOYALTY_CARD, code)
            return Scan(ScanKind.UNKNOWN, code, text(QT_TRANSLATE_NOOP(
                "Messages", "That card number does not check out; scan it again or type it.")))
        if len(code) == 13:
            if is_valid_ean13(code):
                return Scan(ScanKind.PRODUCT, code)
            return Scan(ScanKind.UNKNOWN, code, _misread())
        if len(code) == 12:
            if is_valid_upca(code):
                return Scan(ScanKind.PRODUCT, "0" + code)
            return Scan(ScanKind.UNKNOWN, code, _misread())
        if len(code) == 8:
            if is_valid_ean8(code):
                return Scan(ScanKind.PRODUCT, "00000" + code)
            return Scan(ScanKind.UNKNOWN, code, _misread())
        return Scan(ScanKind.UNKNOWN, code, text(QT_TRANSLATE_NOOP(
            "Messages", "A {digits}-digit code is not a product barcode or a loyalty card."),
            digits=len(code)))
    if _ORDER.match(code):
        return Scan(ScanKind.ORDER, code)
    if _RECEIPT.match(code):
        return Scan(ScanKind.RECEIPT, code)
    if _SHELF.match(code):
        return Scan(ScanKind.SHELF, code)
    if _CART.match(code):
        return Scan(ScanKind.CART, code)
    if badge := _BADGE.match(code):
        return Scan(ScanKind.STAFF_BADGE, badge.group(1))
    return Scan(ScanKind.UNKNOWN, code[:40], text(QT_TRANSLATE_NOOP(
        "Messages", "That code is not one this app knows.")))


def is_pickup_order(scan: Scan) -> bool:
    """A click-and-collect order number: the Pickups workflow's. Any other order (``WEB-``,
    ``POS-``) or a receipt opens the order detail instead."""
    return scan.kind is ScanKind.ORDER and scan.code.startswith("CC-")
