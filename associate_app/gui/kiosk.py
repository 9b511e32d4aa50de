"""Kiosk mode (``associate-app --kiosk``): a counter tablet's window.

Full screen without window frame, controls a finger's height, and Qt's on-screen keyboard where
the system has none. The app (``run_gui(kiosk=True)``) calls :func:`use_virtual_keyboard` before
the application exists and :func:`make_kiosk` on the main window before it is first shown, so the
window opens full screen (never a framed window first). :func:`kiosk` does both for a main
window made elsewhere (it turns it to kiosk when it is shown).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from associate_app.gui.app import make_application
from associate_app.gui.main_window import MainWindow
from associate_app.gui.touch import TOUCH

#: added to the theme: every button and field a finger's height, larger check boxes
KIOSK_STYLE = (
    f"QPushButton, QToolButton, QLineEdit, QComboBox, QSpinBox {{ min-height: {TOUCH}px; }}"
    " QCheckBox::indicator, QRadioButton::indicator { width: 28px; height: 28px; }")


def virtual_keyboard_available() -> bool:
    return any(any(Path(p, "platforminputcontexts").glob("*qtvirtualkeyboard*"))
               for p in QCoreApplication.libraryPaths())


def use_virtual_keyboard() -> None:
    """Qt's on-screen keyboard (Linux, when the plugin is there and no input method is set: a
    system keyboard wins). Call before the application exists."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_IM_MODULE")
            and not os.environ.get("QT_IM_MODULES") and virtual_keyboard_available()):
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"


def make_kiosk(window: MainWindow) -> None:
    """``window`` full screen without frame, controls a finger's height: before it is shown,
    it opens so; after, it turns so."""
    app = QApplication.instance()  # (the window's: made, themed and translated already)
    shown = window.isVisible()
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)  # (hides a shown window)
    if shown:
        window.showFullScreen()
    else:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
    if KIOSK_STYLE not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + KIOSK_STYLE)


def kiosk() -> QObject:
    """Kiosk mode for a main window about to be made elsewhere (call before the application
    exists): the on-screen keyboard, then each main window turned to kiosk once shown. Returns
    the event filter that does it (installed on the application)."""
    use_virtual_keyboard()
    app = make_application()

    def full_screen(window: MainWindow) -> None:
        make_kiosk(window)

    class Kiosk(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Show and isinstance(obj, MainWindow)
                    and not obj.windowFlags() & Qt.WindowType.FramelessWindowHint):
                QTimer.singleShot(0, lambda: full_screen(obj))
            return False

    kiosk_filter = Kiosk(app)
    app.installEventFilter(kiosk_filter)
    return kiosk_filter
