"""``associate-app --kiosk``: the main window full screen, without frame, touch-sized controls,
and Qt's on-screen keyboard only where no input method is set."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from associate_app import cli
from associate_app.gui.kiosk import kiosk, make_kiosk, virtual_keyboard_available
from associate_app.gui.main_window import MainWindow
from associate_app.gui.touch import TOUCH


@pytest.fixture
def kiosk_mode(qapp, monkeypatch):
    """kiosk() on the tests' application, undone afterwards (filter, style, env)."""
    for var in ("QT_IM_MODULE", "QT_IM_MODULES"):  # unset now, and as before afterwards
        monkeypatch.setenv(var, "")
        monkeypatch.delenv(var)
    style = qapp.styleSheet()
    quits = qapp.quitOnLastWindowClosed()
    kiosk_filter = kiosk()
    yield kiosk_filter
    qapp.removeEventFilter(kiosk_filter)
    kiosk_filter.deleteLater()
    qapp.setStyleSheet(style)
    qapp.setQuitOnLastWindowClosed(quits)


def test_the_flag_and_the_setting_are_read(monkeypatch):
    args = cli.gui_parser().parse_args(["--demo", "--kiosk"])
    assert args.kiosk
    assert not cli.gui_parser().parse_args(["--demo"]).kiosk
    assert "--kiosk" in cli.gui_parser().format_help()


def test_the_main_window_is_full_screen_without_frame(kiosk_mode, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isVisible()
    screen = window.screen().geometry()
    qtbot.waitUntil(lambda: window.geometry() == screen, timeout=5000)
    # larger touch targets: any plain button is a finger's height
    button = QPushButton("OK", window)
    button.ensurePolished()
    assert button.sizeHint().height() >= TOUCH


def test_the_apps_window_opens_full_screen_never_framed_first(qapp, qtbot):
    """The app makes its window kiosk before showing it (run_gui(kiosk=True)): the first
    time it is shown it is already full screen and without frame."""
    style = qapp.styleSheet()
    window = MainWindow()
    qtbot.addWidget(window)
    seen = []
    shown = window.showEvent
    window.showEvent = lambda event: (seen.append((
        bool(window.windowState() & Qt.WindowState.WindowFullScreen),
        bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint))), shown(event))
    try:
        make_kiosk(window)
        window.show()
        assert seen[0] == (True, True)  # at its very first show, not a moment later
        qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry(), timeout=5000)
    finally:
        qapp.setStyleSheet(style)


def test_the_virtual_keyboard_only_without_an_input_method(qapp, monkeypatch):
    monkeypatch.delenv("QT_IM_MODULES", raising=False)
    available = virtual_keyboard_available()
    style, quits = qapp.styleSheet(), qapp.quitOnLastWindowClosed()
    try:
        monkeypatch.setenv("QT_IM_MODULE", "ibus")  # the system's own input method wins
        qapp.removeEventFilter(kiosk())
        assert os.environ["QT_IM_MODULE"] == "ibus"
        monkeypatch.delenv("QT_IM_MODULE")
        qapp.removeEventFilter(kiosk())
        expected = "qtvirtualkeyboard" if available and sys.platform.startswith("linux") else None
        assert os.environ.get("QT_IM_MODULE") == expected
    finally:
        qapp.setStyleSheet(style)
        qapp.setQuitOnLastWindowClosed(quits)
