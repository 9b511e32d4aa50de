"""What a keyboard-wedge scanner does, for pytest-qt tests: a burst of keys and Enter into
whatever has the focus (the real-window test under Xvfb sends real X key events instead)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def scan(qtbot, window, code: str) -> None:
    focus = QApplication.focusWidget()
    target = focus if focus is not None and focus.isVisible() else window
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)
