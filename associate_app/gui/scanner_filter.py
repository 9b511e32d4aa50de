"""One application-wide keyboard-wedge scanner: whatever has focus, a scan becomes a signal.

Installed on the QApplication. Keys still reach the focused widget as they arrive (a person's
typing is never delayed); when a burst ends with the scanner's suffix (Enter or Tab), that key
is swallowed (so no dialog accepts and focus does not move), the scanned characters are taken
back out of the line edit they landed in, and ``scanned`` is emitted.

Only key presses count. Keys are read as a scanner sends them, like any keyboard: Shift before
a capital (AltGr for a third-level character), keypad digits, Caps Lock on or off.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from associate_app.scanning.wedge import BurstDetector

Key = Qt.Key
#: What a scanner may send after the code, as it is set up.
_SUFFIXES = (Key.Key_Return, Key.Key_Enter, Key.Key_Tab)
#: Keys that only change what the next key types: pressed alone they are part of any burst.
_MODIFIER_KEYS = frozenset((
    Key.Key_Shift, Key.Key_Control, Key.Key_Alt, Key.Key_AltGr, Key.Key_Meta,
    Key.Key_Super_L, Key.Key_Super_R, Key.Key_Hyper_L, Key.Key_Hyper_R, Key.Key_Mode_switch,
    Key.Key_CapsLock, Key.Key_NumLock,
))
#: A character typed with one of these is a shortcut, never part of a code.
_SHORTCUT = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.MetaModifier)


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.detector = BurstDetector()
        #: Read only for key events that carry no time of their own (synthesised ones).
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

    def _time(self, event: QKeyEvent) -> float:
        """When the key was pressed, in seconds. The window system stamps each key event when
        it happens; that stamp, not the moment the event is handled, is what tells a scanner
        from a person, so a busy GUI thread never splits a burst. Events made inside the
        process carry no stamp (0): then the clock."""
        stamp = event.timestamp()
        return stamp / 1000 if stamp else self.clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not self._is_first_delivery(watched):
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _MODIFIER_KEYS:
            if not event.isAutoRepeat():  # a held Shift repeating is no scanner
                self.detector.modifier(self._time(event))
            return False
        shortcut = bool(event.modifiers() & _SHORTCUT)
        if event.isAutoRepeat() or shortcut:
            # a held key or a shortcut (Ctrl+F, Ctrl+Enter): a person, never part of a scan
            self._person()
            return False
        now = self._time(event)
        if key in _SUFFIXES:
            return self._suffix(now)
        text = event.text()
        if not text or not text.isprintable():
            self._person()  # arrows, Backspace, Escape, Backtab…
            return False
        if self.detector.starts_new_burst(now):
            self._before = (watched, watched.text()) if isinstance(watched, QLineEdit) else None
        self.detector.key(text, now)
        return False

    def _suffix(self, now: float) -> bool:
        code = self.detector.suffix(now)
        before, self._before = self._before, None
        if code is None:
            return False  # a person's Enter or Tab: it does its usual job
        if before is not None and shiboken6.isValid(before[0]):
            edit, text = before
            # the burst's characters are the line edit's last ones, in whatever case the
            # scanner typed them (casefold: a field may change the case of what it is given)
            if edit.text().casefold().endswith(code.casefold()):
                edit.setText(text)
        self.scanned.emit(code)
        return True

    def _person(self) -> None:
        self.detector.other()
        self._before = None
