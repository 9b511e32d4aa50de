"""A small form dialog: labelled fields, one main button that runs an async attempt.

Wrong input comes back as ``InvalidInput(field, message)``: that field is marked, the sentence
is shown, the dialog stays open and nothing was saved. Used for notes, points, wishlist items
and enrolment.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from associate_app.api import errors
from associate_app.gui.async_tools import spawn
from associate_app.gui.messages import localized
from store_contract.domain.errors import InvalidInput


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text | multiline | bool | choice
    placeholder: str = ""
    value: Any = None
    choices: tuple[tuple[str, str], ...] = ()  # a choice's (value, words), in order


Attempt = Callable[[dict[str, Any]], Awaitable[None]]


class FieldsDialog(QDialog):
    def __init__(self, name: str, title: str, intro: str, fields: list[Field], submit_text: str,
                 attempt: Attempt, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        self._attempt = attempt
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(QLabel(title, objectName="dialogHeading"))
        if intro:
            layout.addWidget(QLabel(intro, objectName="dialogIntro", wordWrap=True))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.inputs: dict[str, QWidget] = {}
        for f in fields:
            widget: QWidget
            if f.kind == "multiline":
                widget = QPlainTextEdit(objectName=f"{f.key}Field")
                widget.setPlaceholderText(f.placeholder)
                widget.setPlainText(f.value or "")
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(120)
            elif f.kind == "choice":
                widget = QComboBox(objectName=f"{f.key}Field")
                for value, words in f.choices:
                    widget.addItem(words, value)
                if f.value is not None:
                    widget.setCurrentIndex(max(0, widget.findData(f.value)))
                widget.setMinimumHeight(44)
            elif f.kind == "bool":
                widget = QCheckBox(f.placeholder or f.label, objectName=f"{f.key}Field")
                widget.setChecked(bool(f.value))
                widget.setMinimumHeight(44)
            else:
                widget = QLineEdit(objectName=f"{f.key}Field")
                widget.setPlaceholderText(f.placeholder)
                widget.setText(f.value or "")
                widget.returnPressed.connect(self.submit)
            widget.setAccessibleName(f.label)
            self.inputs[f.key] = widget
            form.addRow(QLabel(f.label), widget)
        layout.addLayout(form)
        self.message = QLabel(objectName="dialogMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(self.tr("Cancel"), objectName=f"{name}Cancel")
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        self.ok = QPushButton(submit_text, objectName=f"{name}Submit")
        self.ok.setAccessibleName(submit_text)
        self.ok.setAutoDefault(False)
        self.ok.setProperty("primary", True)
        self.ok.clicked.connect(self.submit)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        if fields:
            self.inputs[fields[0].key].setFocus()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            else:
                out[key] = widget.text()  # type: ignore[attr-defined]
        return out

    def mark(self, key: str | None, message: str) -> None:
        message = localized(message)
        for k, widget in self.inputs.items():
            widget.setProperty("invalid", k == key)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.message.setText(message)
        self.message.setAccessibleDescription(message)
        if key in self.inputs:
            self.inputs[key].setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.ok.setEnabled(False)
        spawn(self._run(self.values()), name=f"{self.objectName()}-submit")

    async def _run(self, values: dict[str, Any]) -> None:
        try:
            await self._attempt(values)
        except InvalidInput as exc:
            self.mark(exc.field, localized(exc))
        except errors.ApiError as exc:
            self.mark(None, localized(exc))
        except Exception as exc:  # a bug must not eat the input: show it, keep the dialog
            self.mark(None, self.tr("Something went wrong: %s") % localized(exc))
        else:
            self.accept()
        finally:
            self.busy = False
            self.ok.setEnabled(True)
