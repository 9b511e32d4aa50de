"""EAN-8, the short barcode on small items: read as its product (the GTIN-13 with five leading
zeros, as UPC-A gets one), a misread named as such, and found in Inventory the same whether a
wedge scanner typed it or the camera read it, without losing the search by a barcode's first
eight digits."""

from __future__ import annotations

import zxingcpp
from hypothesis import given
from hypothesis import strategies as st

from associate_app.cache import inventory
from associate_app.gui.camera_decoder import decode_image
from store_contract.domain.barcodes import (
    ScanKind,
    classify,
    ean13_check_digit,
    is_valid_ean8,
    is_valid_ean13,
)
from store_contract.domain.pickup import scan_for_line
from tests.support.barcode_pictures import label, photo
from tests.support.synced_cache import synced_cache

MISREAD = "That barcode's check digit is wrong: a misread. Scan it again."


def ean8_check_digit(first7: str) -> str:
    """EAN-8's own rule, written out apart from the EAN-13 one: weights 3,1,3,1,3,1,3."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(first7))
    return str((10 - total % 10) % 10)


def test_an_ean8_is_a_product_named_by_its_gtin13():
    scan = classify("96385074")
    assert scan.kind is ScanKind.PRODUCT and scan.code == "0000096385074"
    assert is_valid_ean13(scan.code)
    assert classify(" 40170725\r").code == "0000040170725"  # scanner noise is tolerated
    for other in ("1234567", "123456789", "12345"):  # other short codes: still no product
        assert "not a product barcode" in classify(other).problem


def test_an_ean8_with_a_wrong_check_digit_is_a_misread_as_an_ean13_is():
    bad8, bad13 = classify("96385075"), classify("4006381333932")
    assert bad8.kind is bad13.kind is ScanKind.UNKNOWN
    assert bad8.problem == bad13.problem == MISREAD
    assert bad8.code == "96385075"  # said as scanned, not padded


@given(st.text(alphabet="0123456789", min_size=7, max_size=7), st.integers(1, 9))
def test_the_leading_zeros_keep_every_ean8_check_digit_valid(body: str, shift: int) -> None:
    code = body + ean8_check_digit(body)
    assert is_valid_ean8(code) and is_valid_ean13("00000" + code)
    assert ean13_check_digit("00000" + body) == code[-1]
    wrong = body + str((int(code[-1]) + shift) % 10)
    assert not is_valid_ean8(wrong)
    assert classify(wrong).problem == MISREAD


def test_an_ean8_item_is_picked_like_any_other():
    line = {"line_id": "L1", "product_id": "P9", "ean13": "0000096385074", "name": "Lip balm",
            "qty_ordered": 1, "qty_picked": 0}
    decision = scan_for_line([line], "96385074", {"0000096385074": "P9"}, False)
    assert decision.kind == "pick" and decision.line_id == "L1"
    assert scan_for_line([line], "96385075", {}, False).kind == "bad_check_digit"


def test_the_camera_and_a_wedge_scanner_name_the_same_ean8_product(qapp):
    typed = "96385074"  # what a wedge scanner types for this label
    (read,) = decode_image(photo(label(typed, zxingcpp.BarcodeFormat.EAN8)))
    assert read == typed
    assert classify(read) == classify(typed)
    assert classify(read).kind is ScanKind.PRODUCT


def test_inventory_finds_an_ean8_product_and_still_searches_by_a_barcodes_first_digits(
        tmp_path):
    # 50123452 happens to be a valid EAN-8 too: typed by hand it is also the start of P1's EAN-13
    assert is_valid_ean8("50123452")
    shirt = "501234520001" + ean13_check_digit("501234520001")
    rows = [("product", pid, "upsert", {"product_id": pid, "name": name, "brand": "B",
                                        "sku": pid, "ean13": ean, "price_cents": 100,
                                        "currency": "GBP"})
            for pid, name, ean in [("P1", "Linen Shirt", shirt),
                                   ("P2", "Lip Balm", "0000096385074"),
                                   ("P3", "Tea Towel", "0000050123452")]]
    with synced_cache(tmp_path, rows) as conn:
        assert inventory.product_by_ean(conn, classify("96385074").code) == "P2"
        assert [r.product_id for r in inventory.page(conn, "S001", "96385074")] == ["P2"]
        found = {r.product_id for r in inventory.page(conn, "S001", "50123452")}
        assert found == {"P1", "P3"}  # the EAN-8 product and the barcode that starts so
