"""Security (managers): the store's audit of sensitive actions, and its devices — a lost or
stolen tablet is removed here and erases its data at its next contact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from associate_app.api import errors
from associate_app.gui.async_tools import spawn
from associate_app.gui.formatting import date_text, number
from associate_app.gui.messages import localized
from associate_app.gui.tables import read_only_rows
from associate_app.security_service import SecurityService
from store_contract.wire_security import DeviceOut


def _when(value) -> str:
    return date_text(value, with_time=True) if value else "—"


class SecurityPage(QWidget):
    def __init__(self, service: SecurityService, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="securityPage")
        self.setAccessibleName(self.tr("Security"))
        self.service = service
        self._devices: list[DeviceOut] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Security"), objectName="pageTitle"), 1)
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="securityRefresh")
        self.refresh_button.setAccessibleName(self.tr("Read the audit and the devices again"))
        self.refresh_button.setMinimumHeight(44)
        self.refresh_button.clicked.connect(lambda: spawn(self.refresh(), name="security"))
        head.addWidget(self.refresh_button)
        layout.addLayout(head)
        self.message = QLabel(objectName="securityMessage", wordWrap=True)
        layout.addWidget(self.message)

        layout.addWidget(QLabel(self.tr("Devices of this store"), objectName="sectionTitle"))
        self.devices_model = QStandardItemModel(0, 4, self)
        self.devices_model.setHorizontalHeaderLabels(
            [self.tr("Device"), self.tr("Enrolled"), self.tr("Last sign-in"), self.tr("State")])
        self.devices = QTableView(objectName="devicesTable")
        self.devices.setAccessibleName(self.tr("Devices of this store"))
        self.devices.setModel(self.devices_model)
        read_only_rows(self.devices, 44)
        self.devices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.devices.setMaximumHeight(220)
        layout.addWidget(self.devices)
        row = QHBoxLayout()
        self.revoke_button = QPushButton(self.tr("Remove device (lost or stolen)…"),
                                         objectName="revokeDeviceButton")
        self.revoke_button.setAccessibleName(self.tr("Remove the chosen device from the store"))
        self.revoke_button.setMinimumHeight(44)
        self.revoke_button.clicked.connect(self.ask_revoke)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("Audit of sensitive actions"), objectName="sectionTitle"))
        self.audit_model = QStandardItemModel(0, 4, self)
        self.audit_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Approved by"), self.tr("What")])
        self.audit = QTableView(objectName="auditTable")
        self.audit.setAccessibleName(self.tr("Audit of sensitive actions"))
        self.audit.setModel(self.audit_model)
        self.audit.setWordWrap(True)
        read_only_rows(self.audit, 44, wrap=True)
        header = self.audit.horizontalHeader()
        for column, width in ((0, 130), (1, 90), (2, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.audit, 1)

    async def refresh(self) -> None:
        self.message.setText(self.tr("Reading from the central service…"))
        try:
            page = await self.service.audit()
            self._devices = await self.service.devices()
            mine = await self.service.this_device()
        except errors.ApiError as exc:
            self.message.setText(self.tr("The audit and the devices need the central service: "
                                         "%s") % localized(exc))
            return
        self.audit_model.removeRows(0, self.audit_model.rowCount())
        for entry in page.items:
            self.audit_model.appendRow([QStandardItem(_when(entry.at)),
                                        QStandardItem(entry.staff_id or "—"),
                                        QStandardItem(entry.approved_by or "—"),
                                        QStandardItem(entry.detail)])
        self.devices_model.removeRows(0, self.devices_model.rowCount())
        for d in self._devices:
            state = (self.tr("removed %s") % _when(d.revoked_at) if d.revoked_at
                     else self.tr("this device") if d.device_id == mine else self.tr("in use"))
            item = QStandardItem(d.name)
            item.setData(d.device_id, Qt.ItemDataRole.UserRole)
            item.setToolTip(d.device_id)
            self.devices_model.appendRow([item, QStandardItem(_when(d.enrolled_at)),
                                          QStandardItem(_when(d.last_seen_at)),
                                          QStandardItem(state)])
        self.audit.resizeRowsToContents()
        self.message.setText(self.tr("Audit: the %s latest lines. Devices: %s.")
                             % (number(len(page.items)), number(len(self._devices))))

    def chosen_device(self) -> DeviceOut | None:
        rows = self.devices.selectionModel().selectedRows() if self.devices.selectionModel() \
            else []
        return self._devices[rows[0].row()] if rows else None

    def ask_revoke(self) -> None:
        device = self.chosen_device()
        if device is None or device.revoked_at is not None:
            self.message.setText(self.tr("Choose a device that is still in use."))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove this device?"),
                          self.tr("“%s” will be signed out at once, refused from now on, and "
                                  "will erase its data (including changes it has not sent) "
                                  "the next time it connects. Use this for a lost or stolen "
                                  "device.") % device.name,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("revokeConfirm")
        remove = box.addButton(self.tr("Remove device"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("revokeConfirmButton")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: b is remove and spawn(
            self._revoke(device.device_id), name="revoke-device"))
        box.open()

    async def _revoke(self, device_id: str) -> None:
        try:
            await self.service.revoke(device_id)
        except errors.ApiError as exc:
            self.message.setText(localized(exc))
            return
        await self.refresh()
