"""Camera frames to scanned codes: zxing-cpp decodes a QImage off the GUI thread, one at a time.

The text handed on is what a keyboard-wedge scanner would type for the same label, so a camera
scan goes down the very route a wedge scan takes (``AppController.route_scan``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import zxingcpp
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)

#: The symbologies this app's labels use: products (EAN-13, UPC-A, EAN-8), loyalty cards
#: (Code 128 or QR), order numbers and shelf labels (Code 128), pickup codes (QR). Asking for no
#: others keeps decoding fast and stops a stray symbol (a parcel's DataMatrix) being read.
FORMATS = (
    zxingcpp.BarcodeFormat.EAN13,
    zxingcpp.BarcodeFormat.UPCA,
    zxingcpp.BarcodeFormat.EAN8,
    zxingcpp.BarcodeFormat.Code128,
    zxingcpp.BarcodeFormat.QRCode,
)
_EAN_UPC = (zxingcpp.BarcodeFormat.EAN13, zxingcpp.BarcodeFormat.UPCA)


def as_typed(barcode: zxingcpp.Barcode) -> str:
    """A decoded symbol's text as a wedge scanner types it.

    zxing-cpp reports a UPC-A as 13 digits (with the leading 0 of its EAN-13 form); a scanner
    types UPC-A as its own 12 digits. The bars of a UPC-A and of an EAN-13 starting with 0 are
    the same, so a scanner calls both UPC-A, and so do we. ``classify`` files both under the same
    product."""
    text = barcode.text
    if barcode.format in _EAN_UPC and len(text) == 13 and text.startswith("0"):
        return text[1:]
    return text


def decode_image(image: QImage) -> list[str]:
    """Every code in ``image``, as typed by a scanner, in the order found (no repeats).

    The image goes to zxing-cpp as an 8-bit grayscale buffer (a view on the QImage's own
    rows, no copy, no numpy). Slow on a large frame: call it off the GUI thread."""
    if image.isNull():
        return []
    gray = image
    if gray.format() != QImage.Format.Format_Grayscale8:
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    view = zxingcpp.ImageView(gray.constBits(), gray.width(), gray.height(),
                              zxingcpp.ImageFormat.Lum, gray.bytesPerLine())
    barcodes = zxingcpp.read_barcodes(view, formats=FORMATS, text_mode=zxingcpp.TextMode.Plain)
    codes: list[str] = []
    for barcode in barcodes:
        text = as_typed(barcode)
        if barcode.valid and text and text not in codes:
            codes.append(text)
    return codes


class FrameDecoder(QObject):
    """Decodes frames on one worker thread, at most one at a time.

    A camera delivers 30 frames a second and a decode of one may take longer than the gap, so a
    frame that arrives while one is being decoded is dropped (``submit`` says so), never queued:
    the next decode always looks at a fresh picture. ``decoded`` (on the GUI thread) carries
    the codes of each decoded frame, an empty list when it held none."""

    decoded = Signal(list)
    _finished = Signal(list)  # emitted on the worker thread, delivered queued to the GUI thread

    def __init__(self, parent: QObject | None = None, *,
                 decode: Callable[[QImage], list[str]] = decode_image) -> None:
        super().__init__(parent)
        self._decode = decode
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="camera-decode")
        self._busy = False
        self._finished.connect(self._done)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, image: QImage) -> bool:
        """Decode ``image`` in the background; False (frame dropped) while a decode runs."""
        if self._busy or self._executor is None:
            return False
        self._busy = True
        future = self._executor.submit(self._run, image)
        future.add_done_callback(self._emit_from_worker)
        return True

    def _run(self, image: QImage) -> list[str]:
        try:
            return self._decode(image)
        except Exception:  # a decoder failure costs one frame, never the dialog
            log.exception("decoding a camera frame failed")
            return []

    def _emit_from_worker(self, future: Future[list[str]]) -> None:
        if not future.cancelled():
            self._finished.emit(future.result())

    def _done(self, codes: list[str]) -> None:
        self._busy = False
        if self._executor is not None:
            self.decoded.emit(codes)

    def close(self) -> None:
        """Stop: waits for a decode in flight (a fraction of a second) and drops its result."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


class RepeatFilter:
    """A code stays in front of the camera for many frames, and staff may open the camera again
    while it is still there: the same code is let through once per ``hold`` seconds."""

    def __init__(self, hold: float = 1.5, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.hold = hold
        self.clock = clock
        self._last: dict[str, float] = {}

    def admit(self, code: str) -> bool:
        now = self.clock()
        self._last = {c: t for c, t in self._last.items() if now - t < self.hold}
        if code in self._last:
            return False
        self._last[code] = now
        return True
