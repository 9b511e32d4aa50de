"""A screen whose feature has not arrived yet: it says plainly what it will hold; no fake data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class ComingSoonPage(QWidget):
    def __init__(
        self, key: str, title: str, subtitle: str, will_hold: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Page")
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 30, 36, 30)
        layout.setSpacing(10)

        heading = QLabel(title, objectName="pageTitle")
        layout.addWidget(heading)
        sub = QLabel(subtitle, objectName="pageSubtitle", wordWrap=True)
        layout.addWidget(sub)
        layout.addSpacing(12)

        card = QFrame(objectName="emptyStateCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 22)
        card_layout.setSpacing(8)
        card_layout.addWidget(QLabel(self.tr("Not available in this version yet"),
                                     objectName="emptyStateHeading"))
        card_layout.addWidget(QLabel(self.tr("When it arrives, this screen will let you:"),
                                     objectName="emptyStateBody", wordWrap=True))
        for item in will_hold:
            bullet = QLabel(f"•  {item}", wordWrap=True)
            bullet.setProperty("role", "bullet")
            bullet.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            card_layout.addWidget(bullet)
        layout.addWidget(card)
        layout.addStretch(1)
