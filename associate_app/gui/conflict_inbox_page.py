"""The conflict inbox: changes the central service refused, what happened, and what to do."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from associate_app.cache.outbox import Conflict
from associate_app.gui.formatting import date_text
from associate_app.gui.messages import localized


class ConflictCard(QFrame):
    resolveRequested = Signal(int)

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=f"conflictCard_{conflict.conflict_id}")
        self.setProperty("role", "card")
        summary = localized(conflict.summary)
        self.setAccessibleName(summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        top = QHBoxLayout()
        title = QLabel(summary, objectName="conflictSummary", wordWrap=True)
        top.addWidget(title, 1)
        when = date_text(datetime.fromisoformat(conflict.created_at), with_time=True)
        top.addWidget(QLabel(when, objectName="conflictTime"))
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("What happened: %s") % localized(conflict.reason),
                                objectName="conflictReason", wordWrap=True))
        layout.addWidget(QLabel(self.tr("What to do: %s") % localized(conflict.what_to_do),
                                objectName="conflictAdvice", wordWrap=True))
        done = QPushButton(self.tr("Handled"), objectName=f"conflictResolve_{conflict.conflict_id}")
        done.setAccessibleName(self.tr("Mark as handled: %s") % summary)
        done.clicked.connect(lambda: self.resolveRequested.emit(conflict.conflict_id))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(done)
        layout.addLayout(row)


class ConflictInboxPage(QWidget):
    resolveRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="conflictsPage")
        self.setAccessibleName(self.tr("Conflicts"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 30, 36, 30)
        outer.setSpacing(10)
        outer.addWidget(QLabel(self.tr("Conflicts"), objectName="pageTitle"))
        outer.addWidget(QLabel(
            self.tr("Changes made on this device that the central service refused. They have "
                    "been taken back here; each says what to do."),
            objectName="pageSubtitle", wordWrap=True))
        self.empty = QLabel(self.tr("Nothing to look at: every change made here has been "
                                    "accepted or is waiting to sync."),
                            objectName="conflictsEmpty", wordWrap=True)
        outer.addWidget(self.empty)
        self.scroll = QScrollArea(objectName="conflictList")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Refused changes"))
        self.container = QWidget()
        self.list_layout = QVBoxLayout(self.container)
        self.list_layout.setSpacing(12)
        self.list_layout.addStretch(1)
        self.scroll.setWidget(self.container)
        outer.addWidget(self.scroll, 1)
        self.cards: list[ConflictCard] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for conflict in conflicts:
            card = ConflictCard(conflict, self.container)
            card.resolveRequested.connect(self.resolveRequested)
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)
        self.empty.setVisible(not conflicts)
        self.scroll.setVisible(bool(conflicts))
        self.scroll.verticalScrollBar().setValue(0)
        self.setProperty("count", len(conflicts))
        self.container.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
