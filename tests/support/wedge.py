"""What a keyboard-wedge scanner does, for pytest-qt tests: a burst of keys and Enter into
whatever has the focus (the real-window test under Xvfb sends real X key events instead).

A real scanner's key events carry the window system's time stamps, taken as the keys are
typed, and the app's scanner filter reads those, so a busy GUI thread never splits a burst.
pytest-qt's synthetic events carry no stamp, so the filter falls back to the moment it handles
each one; on a loaded machine the handling of a search-as-you-type field can then spread a
burst out until it looks typed. ``scanner_pace`` stands in for the window system's stamps: while
a burst is sent, every scanner filter's clock reads a scanner's pace (a few ms a key) from the
moment the burst starts, however long each key takes to handle.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Iterator

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from associate_app.gui.scanner_filter import ScannerFilter

#: seconds between two keys of a scan, as a scanner types them
SCANNER_STEP_S = 0.004


@contextlib.contextmanager
def scanner_pace(step_s: float = SCANNER_STEP_S) -> Iterator[None]:
    """While inside, each scanner filter's clock moves ``step_s`` per reading from now on."""
    filters = [o for o in gc.get_objects() if isinstance(o, ScannerFilter)]
    start = time.monotonic()
    readings = 0

    def paced() -> float:
        nonlocal readings
        readings += 1
        return start + readings * step_s

    saved = [(f, f.clock) for f in filters]
    for f in filters:
        f.clock = paced
    try:
        yield
    finally:
        for f, clock in saved:
            f.clock = clock


def scan_into(qtbot, widget: QWidget, code: str) -> None:
    """A scan of ``code`` (keys at a scanner's pace, then Enter) into ``widget``."""
    with scanner_pace():
        if code.isascii():
            qtbot.keyClicks(widget, code)
        else:  # QTest knows ASCII keys only ("é", "à" of an AZERTY layout abort it)
            for ch in code:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(
                        kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def scan(qtbot, window, code: str) -> None:
    """A scan into whatever has the focus (the window itself when nothing visible has it)."""
    focus = QApplication.focusWidget()
    target = focus if focus is not None and focus.isVisible() else window
    scan_into(qtbot, target, code)


def typed_by_a_us_scanner(code: str, layout: str) -> str:
    """What a wedge scanner set for a US keyboard types for ``code`` on a computer with keyboard
    ``layout`` ("fr": AZERTY, "de": QWERTZ): the app's own map the other way round."""
    from store_contract.domain.barcodes import US_SCANNER_ON

    return code.translate({ord(v): chr(k) for k, v in US_SCANNER_ON[layout].items()})
