"""A dialog whose main button runs an async attempt and stays open, with a message, if it fails."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from associate_app.api import errors
from associate_app.gui.async_tools import spawn
from associate_app.gui.messages import localized


class AttemptDialog(QDialog):
    """Subclasses set ``_message`` and ``_submit`` widgets and implement ``_attempt``."""

    _message: QLabel
    _submit: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False

    def _start_attempt(self, attempt: Callable[[], Awaitable[None]]) -> None:
        if self.busy:
            return
        self.busy = True
        self._submit.setEnabled(False)
        self._message.setText(self.tr("Working…"))
        spawn(self._run(attempt), name=f"{self.objectName()}-attempt")

    async def _run(self, attempt: Callable[[], Awaitable[None]]) -> None:
        try:
            await attempt()
        except errors.ApiError as exc:
            self.show_message(localized(exc))
        except Exception as exc:  # never crash the dialog: show it and let staff retry
            self.show_message(self.tr("Something went wrong: %s") % localized(exc))
        else:
            self._message.clear()
            self.accept()
        finally:
            self.busy = False
            self._submit.setEnabled(True)

    def show_message(self, text: str) -> None:
        text = localized(text)
        self._message.setText(text)
        self._message.setAccessibleDescription(text)
