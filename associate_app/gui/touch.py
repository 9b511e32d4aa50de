"""The counter screens' touch-sized controls: every one with its stable object name and an
accessible name, a finger's height (:data:`TOUCH`), and never the dialog's default button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

TOUCH = 48  # px: the least height of anything a finger presses


def button(name: str, text: str, accessible: str) -> QPushButton:
    control = QPushButton(text, objectName=name)
    control.setAccessibleName(accessible)
    control.setMinimumHeight(TOUCH)
    control.setAutoDefault(False)
    return control


def field(name: str, placeholder: str, accessible: str) -> QLineEdit:
    control = QLineEdit(objectName=name)
    control.setPlaceholderText(placeholder)
    control.setAccessibleName(accessible)
    control.setMinimumHeight(TOUCH)
    return control


def label(name: str, accessible: str) -> QLabel:
    """A wrapping label staff can select text from (an order number, a code)."""
    control = QLabel(objectName=name, wordWrap=True)
    control.setAccessibleName(accessible)
    control.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return control
