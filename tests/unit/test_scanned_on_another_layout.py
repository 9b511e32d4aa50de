"""A wedge scanner set for a US keyboard (as most come) on a French or German store's computer
types the keys of a US keyboard, which that layout turns into other characters: "CC-101031"
arrives as "CC)&à&à\\"&" on AZERTY, "CCß101031" on QWERTZ. Such a code is read as the scanner
meant it, and only then: what is a code as it arrived stays what it is, and a mapped code must
still check out."""

from __future__ import annotations

import pytest

from store_contract.domain.barcodes import US_SCANNER_ON, ScanKind, classify
from tests.support.wedge import typed_by_a_us_scanner

CODES = ["CC-101031", "WEB-100015", "POS-2024001", "SHELF-B3", "LOC-A-12", "BIN-Z9",
         "STAFF-A1001", "CART-00000029", "RCT-S001-000123", "4006381333931", "5012345004006",
         "036000291452", "96385074", "4000000000000002", "STAFF-MARTIN", "SHELF-M2"]


@pytest.mark.parametrize("layout", sorted(US_SCANNER_ON))
@pytest.mark.parametrize("code", CODES)
def test_a_code_from_a_us_scanner_is_read_as_it_meant(layout: str, code: str) -> None:
    meant = classify(code)
    assert meant.kind is not ScanKind.UNKNOWN and meant.typed_for is None
    raw = typed_by_a_us_scanner(code, layout)
    got = classify(raw)
    assert (got.kind, got.code) == (meant.kind, meant.code), raw
    # the layout is named when the keys gave other characters (digits are digits on QWERTZ)
    assert got.typed_for == (layout if raw != code else None)


def test_azerty_garbage_is_really_what_a_us_scanner_types() -> None:
    assert typed_by_a_us_scanner("CC-101031", "fr") == 'CC)&à&à"&'
    assert typed_by_a_us_scanner("STAFF-A1001", "fr") == "STQFF)Q&àà&"
    assert typed_by_a_us_scanner("WEB-100015", "de") == "WEBß100015"
    assert typed_by_a_us_scanner("SHELF-Y2", "de") == "SHELFßZ2"


@pytest.mark.parametrize("raw", [
    "SHELF-Z1",      # a right code on its own: never swapped to what a US scanner meant
    "BIN-A-Q",
])
def test_a_code_that_is_one_as_it_arrived_is_kept(raw: str) -> None:
    got = classify(raw)
    assert got.code == raw and got.typed_for is None


@pytest.mark.parametrize("raw", [
    "555-123-4564",     # a phone or supplier number with dashes: the dashes are no "6" keys
    "1234-561",         # (read as AZERTY's "6" these two would check out as EAN barcodes)
    "(à&é\"'(àà'àà_",   # 5012345004008 from a US scanner: a wrong check digit stays wrong
    "&é\"'(-è_çà",       # ten digits: no code of this app
    "hello world",
])
def test_what_is_no_code_either_way_stays_unknown(raw: str) -> None:
    got = classify(raw)
    assert got.kind is ScanKind.UNKNOWN and got.typed_for is None
