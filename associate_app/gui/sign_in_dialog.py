"""Staff sign-in: staff id + PIN. Wrong PIN → a sentence, the dialog stays, nothing is stored."""

from __future__ import annotations

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QWidget

from associate_app.gui.form_dialog import AttemptDialog
from associate_app.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from associate_app.session import SessionService
from store_contract import wire


class SignInDialog(AttemptDialog):
    def __init__(
        self, sessions: SessionService, store: wire.StoreOut | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.sessions = sessions
        self._message = self.ui.signInMessage
        self._submit = self.ui.signInButton
        if store is not None:
            self.ui.signInStore.setText(self.tr("%s — %s") % (store.store_id, store.name))
        self.ui.pinEdit.setValidator(QRegularExpressionValidator(r"[0-9]{0,12}", self))
        self.ui.staffIdEdit.setValidator(QRegularExpressionValidator(r"[A-Za-z0-9_-]{0,32}", self))
        self.ui.signInButton.clicked.connect(self.submit)
        self.ui.signInCancelButton.clicked.connect(self.reject)
        self.ui.staffIdEdit.returnPressed.connect(self.ui.pinEdit.setFocus)
        self.ui.pinEdit.returnPressed.connect(self.submit)
        self.ui.staffIdEdit.setFocus()

    def submit(self) -> None:
        staff_id, pin = self.ui.staffIdEdit.text(), self.ui.pinEdit.text()

        async def attempt() -> None:
            try:
                await self.sessions.sign_in(staff_id, pin)
            finally:
                self.ui.pinEdit.clear()

        self._start_attempt(attempt)
