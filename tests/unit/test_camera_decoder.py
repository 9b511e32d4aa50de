"""What the camera reads: real barcode pictures (made by zxing-cpp's writer, then photographed
on a noisy, tilted, scaled card) decode to the text a keyboard-wedge scanner would type, off the
GUI thread and one frame at a time; a frame with no code reads as nothing."""

from __future__ import annotations

import threading

import pytest
import zxingcpp
from PySide6.QtGui import QColor, QImage, QPainter

from associate_app.gui.camera_decoder import FrameDecoder, RepeatFilter, decode_image
from central_api.seed_catalogue import BRANDS
from store_contract.domain.barcodes import (
    ScanKind,
    classify,
    ean13_check_digit,
    luhn_check_digit,
)
from tests.support.barcode_pictures import label, noise, photo

F = zxingcpp.BarcodeFormat
DEMO_EAN = "50" + next(iter(BRANDS.values())) + "00042"  # the demo catalogue's numbering
DEMO_EAN += ean13_check_digit(DEMO_EAN)
CARD = "6004" + "00001234567"
CARD += luhn_check_digit(CARD)  # a Luhn-valid 16-digit loyalty card number


@pytest.fixture(autouse=True)
def _gui(qapp):
    """QPainter on a QImage wants a QGuiApplication (fonts, image formats)."""
    return qapp


def test_a_demo_product_ean13_reads_as_its_13_digits():
    assert decode_image(photo(label(DEMO_EAN, F.EAN13))) == [DEMO_EAN]
    assert classify(DEMO_EAN).kind is ScanKind.PRODUCT


def test_a_upca_reads_as_the_12_digits_a_scanner_types_and_names_the_same_product():
    upc = "036000291452"
    codes = decode_image(photo(label(upc, F.UPCA)))
    assert codes == [upc]  # zxing-cpp says "0036000291452"; a wedge scanner types 12 digits
    scan = classify(codes[0])
    assert scan.kind is ScanKind.PRODUCT and scan.code == "0" + upc


def test_an_ean8_reads_as_its_8_digits():
    assert decode_image(photo(label("96385074", F.EAN8))) == ["96385074"]


def test_an_order_number_in_code128_reads_as_printed():
    codes = decode_image(photo(label("CC-100123", F.Code128)))
    assert codes == ["CC-100123"]
    assert classify(codes[0]).kind is ScanKind.ORDER


@pytest.mark.parametrize("fmt", [F.QRCode, F.Code128], ids=["qr", "code128"])
def test_a_loyalty_card_reads_as_its_card_number(fmt):
    codes = decode_image(photo(label(CARD, fmt)))
    assert codes == [CARD]
    assert classify(codes[0]).kind is ScanKind.LOYALTY_CARD


@pytest.mark.parametrize(("content", "fmt", "angle", "scale"), [
    (DEMO_EAN, F.EAN13, 90, 1.0),
    (DEMO_EAN, F.EAN13, 8, 0.6),
    ("CC-100123", F.Code128, 180, 1.5),
    (CARD, F.QRCode, 33, 0.5),
    (CARD, F.QRCode, 270, 2.0),
], ids=["ean-turned-90", "ean-tilted-small", "code128-upside-down", "qr-tilted-small",
        "qr-turned-big"])
def test_a_tilted_or_scaled_label_still_reads(content, fmt, angle, scale):
    assert decode_image(photo(label(content, fmt), angle=angle, scale=scale)) == [content]


def test_a_frame_with_no_code_reads_as_nothing():
    blank = QImage(1280, 720, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert decode_image(blank) == []
    assert decode_image(noise(1280, 720)) == []
    assert decode_image(QImage()) == []
    # a symbology the app never prints (a parcel's DataMatrix) is not read either
    assert decode_image(photo(label("CC-100123", F.DataMatrix))) == []


def test_two_codes_in_one_frame_are_both_read_once_each():
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(QColor("white"))
    painter = QPainter(frame)
    painter.drawImage(40, 200, label(DEMO_EAN, F.EAN13))
    painter.drawImage(820, 160, label(CARD, F.QRCode, scale=8))
    painter.end()
    assert sorted(decode_image(frame)) == sorted([DEMO_EAN, CARD])


def test_frames_are_decoded_on_a_worker_one_at_a_time_and_frames_meanwhile_are_dropped(qtbot):
    main = threading.get_ident()
    started, release = threading.Event(), threading.Event()
    seen: list[tuple[int, int]] = []  # (thread, width) of each frame decoded

    def slow_decode(image: QImage) -> list[str]:
        seen.append((threading.get_ident(), image.width()))
        started.set()
        release.wait(10)
        return decode_image(image)

    decoder = FrameDecoder(decode=slow_decode)
    try:
        first = photo(label(CARD, F.QRCode))
        with qtbot.waitSignal(decoder.decoded, timeout=10_000) as signal:
            assert decoder.submit(first)
            assert started.wait(10)
            assert decoder.busy
            assert not decoder.submit(photo(label(DEMO_EAN, F.EAN13), size=(640, 480)))
            release.set()
        assert signal.args == [[CARD]]
        assert not decoder.busy
        assert len(seen) == 1 and seen[0][0] != main and seen[0][1] == 1280  # the dropped frame
        # once free, the next frame is taken
        with qtbot.waitSignal(decoder.decoded, timeout=10_000) as signal:
            assert decoder.submit(noise(640, 480))
        assert signal.args == [[]]  # a frame with nothing is reported too, as nothing
    finally:
        release.set()
        decoder.close()
    assert not decoder.submit(first)  # closed: nothing more is decoded


def test_a_decoder_that_raises_costs_one_frame_not_the_scanner(qtbot):
    def broken(image: QImage) -> list[str]:
        raise RuntimeError("corrupt frame")

    decoder = FrameDecoder(decode=broken)
    try:
        with qtbot.waitSignal(decoder.decoded, timeout=10_000) as signal:
            assert decoder.submit(noise(64, 64))
        assert signal.args == [[]] and not decoder.busy
    finally:
        decoder.close()


def test_the_same_code_is_let_through_once_per_hold_time():
    now = [100.0]
    repeats = RepeatFilter(1.5, clock=lambda: now[0])
    assert repeats.admit(CARD)
    now[0] += 1.0
    assert not repeats.admit(CARD)  # still in front of the lens
    assert repeats.admit(DEMO_EAN)  # another code is not held up
    now[0] += 0.6
    assert repeats.admit(CARD)  # 1.6 s after it was let through: a deliberate second scan
    assert not repeats.admit(CARD)

