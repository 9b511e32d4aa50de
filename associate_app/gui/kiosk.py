"""Kiosk mode (``associate-app --kiosk``): a counter tablet's window.

Full screen without window frame, controls a finger's height, and Qt's on-screen keyboard where
the system has none. Set up before the window opens: :func:`kiosk` makes the application and
turns the main window to kiosk once it is shown.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer

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


def kiosk() -> QObject:
    """Kiosk mode for the window about to open (call before the application exists): Qt's
    on-screen keyboard (Linux, when the plugin is there and no input method is set: a system
    keyboard wins), then the main window full screen without frame once shown. Returns the
    event filter that does it (installed on the application)."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_IM_MODULE")
            and not os.environ.get("QT_IM_MODULES") and virtual_keyboard_available()):
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    app = make_application()

    def full_screen(window: MainWindow) -> None:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
        app.setStyleSheet(app.styleSheet() + KIOSK_STYLE)

    class Kiosk(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Show and isinstance(obj, MainWindow)
                    and not obj.windowFlags() & Qt.WindowType.FramelessWindowHint):
                QTimer.singleShot(0, lambda: full_screen(obj))
            return False

    kiosk_filter = Kiosk(app)
    app.installEventFilter(kiosk_filter)
    return kiosk_filter
