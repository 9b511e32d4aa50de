"""One application-wide keyboard-wedge scanner: whatever has focus, a scan becomes a signal.

Installed on the QApplication. Keys still reach the focused widget as they arrive (a person's
typing is never delayed); when a burst ends with Enter, that Enter is swallowed, the scanned
characters are taken back out of the line edit they landed in, and ``scanned`` is emitted.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from associate_app.scanning.wedge import BurstDetector

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier)


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *, clock=time.monotonic) -> None:
        super().__init__(parent)
        self.detector = BurstDetector()
        self.clock = clock
        self._before: tuple[QLineEdit, str] | None = None  # a line edit's text before the burst
        self.enabled = True

    def _is_first_delivery(self, watched: QObject) -> bool:
        """Key events propagate to parents; look at each one once, where it first lands."""
        if not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        if focus is not None and focus.isVisible():
            return watched is focus
        return watched.isWindow()  # no (visible) focus: keys land on the window itself

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not self._is_first_delivery(watched):
            return False
        assert isinstance(event, QKeyEvent)
        now = self.clock()
        if event.key() in _ENTER:
            code = self.detector.enter(now)
            before, self._before = self._before, None
            if code is None:
                return False
            if before is not None:
                edit, text = before
                if edit.text().endswith(code):
                    edit.setText(text)
            self.scanned.emit(code)
            return True
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & _MODIFIERS:
            # arrows, Tab, shortcuts: a person at the keyboard, never part of a scan
            self.detector.reset()
            self._before = None
            return False
        if self.detector.starts_new_burst(now):
            self._before = (watched, watched.text()) if isinstance(watched, QLineEdit) else None
        self.detector.key(text, now)
        return False
