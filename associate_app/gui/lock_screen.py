"""The lock screen of a shared counter tablet: it covers every screen (no customer is visible
behind it) until someone signs in with a staff id and PIN — by typing, or by scanning their
staff badge and typing the PIN. The same person unlocks; anyone else switches the session."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from associate_app.gui.messages import localized


class LockScreen(QFrame):
    unlockRequested = Signal(str, str)  # staff id, PIN

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="lockScreen")
        self.setAccessibleName(self.tr("Locked"))
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(objectName="lockCard")
        card.setFixedWidth(480)
        box = QVBoxLayout(card)
        box.setContentsMargins(32, 28, 32, 28)
        box.setSpacing(12)
        self.title = QLabel(self.tr("Locked"), objectName="dialogHeading")
        box.addWidget(self.title)
        self.explain = QLabel(objectName="lockExplain", wordWrap=True)
        self.explain.setMinimumHeight(96)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.explain)
        self.staff_id = QLineEdit(objectName="lockStaffId")
        self.staff_id.setPlaceholderText(self.tr("Staff id — or scan your badge"))
        self.staff_id.setAccessibleName(self.tr("Staff id"))
        self.staff_id.setValidator(QRegularExpressionValidator(r"[A-Za-z0-9_-]{0,32}", self))
        self.staff_id.setMinimumHeight(48)
        box.addWidget(self.staff_id)
        self.pin = QLineEdit(objectName="lockPin")
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(r"[0-9]{0,12}", self))
        self.pin.setMinimumHeight(48)
        box.addWidget(self.pin)
        self.message = QLabel(objectName="lockMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("Message"))
        box.addWidget(self.message)
        self.unlock = QPushButton(self.tr("Unlock"), objectName="lockUnlockButton")
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.unlock.setProperty("primary", True)
        self.unlock.setMinimumHeight(52)
        self.unlock.clicked.connect(self.submit)
        box.addWidget(self.unlock)
        self.staff_id.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        row = QVBoxLayout()
        row.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addLayout(row)
        outer.addStretch(2)
        self.busy = False
        self.hide()
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())  # always covers the whole window body
        return False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt override)
        """Tab and Shift+Tab go round the lock screen's own fields, never behind it."""
        chain = [w for w in (self.staff_id, self.pin, self.unlock) if w.isEnabled()]
        if not chain:
            return True
        focused = QApplication.focusWidget()
        at = chain.index(focused) if focused in chain else (-1 if next else 0)
        chain[(at + (1 if next else -1)) % len(chain)].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def take_focus(self) -> None:
        """Focus on what to type next: the staff id, or the PIN once the id is there."""
        (self.pin if self.staff_id.text() else self.staff_id).setFocus()

    def show_locked(self, who: str | None, why: str) -> None:
        why = localized(why)
        self.explain.setText(why if who is None else self.tr(
            "%s\nSigned in: %s.\n\nScan your staff badge or type your staff id, then your PIN. "
            "Someone else can sign in here too.") % (why, who))
        # all of it, in any language: the card is as tall as the wrapped text needs
        inner = self.explain.parentWidget().width() - 64
        self.explain.setMinimumHeight(max(96, self.explain.heightForWidth(inner)))
        self.message.clear()
        self.pin.clear()
        self.setGeometry(self.parent().rect())
        self.show()
        self.raise_()
        self.take_focus()

    def prefill(self, staff_id: str) -> None:
        """A staff badge was scanned: their id, and the PIN next."""
        self.staff_id.setText(staff_id)
        self.message.setText(self.tr("Badge %s: now the PIN.") % staff_id)
        self.pin.clear()
        self.pin.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        staff_id, pin = self.staff_id.text().strip(), self.pin.text()
        self.pin.clear()
        if not staff_id:
            self.message.setText(self.tr("Type your staff id, or scan your badge."))
            self.staff_id.setFocus()
            return
        self.unlockRequested.emit(staff_id, pin)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.unlock.setEnabled(not busy)

    def refuse(self, text: str) -> None:
        text = localized(text)
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.pin.setFocus()
