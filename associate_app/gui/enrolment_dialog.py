"""First run of a real deployment: tie this device to a store with the manager's enrolment code."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from associate_app.gui.form_dialog import AttemptDialog
from associate_app.gui.forms.ui_enrolment_dialog import Ui_EnrolmentDialog
from associate_app.session import SessionService


class EnrolmentDialog(AttemptDialog):
    def __init__(
        self, sessions: SessionService, expected_store: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EnrolmentDialog()
        self.ui.setupUi(self)
        self.sessions = sessions
        self.expected_store = expected_store
        self.enrolled_store_id: str | None = None
        self._message = self.ui.enrolMessage
        self._submit = self.ui.enrolButton
        self.ui.serverValue.setText(sessions.client.base_url)
        self.ui.enrolButton.clicked.connect(self.submit)
        self.ui.enrolCancelButton.clicked.connect(self.reject)
        self.ui.enrolmentCodeEdit.returnPressed.connect(self.submit)
        self.ui.enrolmentCodeEdit.setFocus()

    def submit(self) -> None:
        code, name = self.ui.enrolmentCodeEdit.text(), self.ui.deviceNameEdit.text()

        async def attempt() -> None:
            store = await self.sessions.enrol(
                code, name, expected_store_id=self.expected_store
            )
            self.enrolled_store_id = store.store_id

        self._start_attempt(attempt)
