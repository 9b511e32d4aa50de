"""One click-and-collect order on screen: who, where, what is picked, and the next steps.

Display only; the Pickups page decides what the buttons do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from associate_app.cache.pickups import Order
from associate_app.gui.formatting import date_text, money, number
from associate_app.gui.messages import localized
from store_contract.domain import pickup
from store_contract.domain.permissions import Permission, Role, can

_STATUS_WORDS = {
    "new": QT_TRANSLATE_NOOP("PickupOrderView", "New"),
    "picking": QT_TRANSLATE_NOOP("PickupOrderView", "Picking"),
    "ready_for_pickup": QT_TRANSLATE_NOOP("PickupOrderView", "Ready for pickup"),
    "collected": QT_TRANSLATE_NOOP("PickupOrderView", "Collected"),
    "expired": QT_TRANSLATE_NOOP("PickupOrderView", "No-show (expired)"),
    "returned_to_stock": QT_TRANSLATE_NOOP("PickupOrderView", "Returned to stock"),
    "cancelled": QT_TRANSLATE_NOOP("PickupOrderView", "Cancelled"),
}


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    from datetime import datetime

    return date_text(datetime.fromisoformat(iso), with_time=True)


def _button(name: str, text: str, accessible: str) -> QPushButton:
    b = QPushButton(text, objectName=name)
    b.setAccessibleName(accessible)
    b.setAutoDefault(False)
    return b


class PickupOrderView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="pickupOrder")
        self.setAccessibleName(self.tr("Pickup order"))
        self.order: Order | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 16)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.back = _button("backToQueueButton", self.tr("← Queue"),
                            self.tr("Back to the pickup queue"))
        top.addWidget(self.back)
        self.title = QLabel(objectName="orderTitle")
        self.title.setAccessibleName(self.tr("Order"))
        top.addWidget(self.title, 1)
        self.status = QLabel(objectName="orderStatus")
        self.status.setAccessibleName(self.tr("Order status"))
        top.addWidget(self.status)
        outer.addLayout(top)

        self.details = QLabel(objectName="orderDetails", wordWrap=True)
        self.details.setAccessibleName(self.tr("Order details"))
        outer.addWidget(self.details)
        self.feedback = QLabel(objectName="scanFeedback", wordWrap=True)
        self.feedback.setAccessibleName(self.tr("Scan result"))
        self.feedback.setMinimumHeight(56)
        outer.addWidget(self.feedback)
        self.readiness = QLabel(objectName="readinessRule", wordWrap=True)
        self.readiness.setAccessibleName(self.tr("What the order needs"))
        outer.addWidget(self.readiness)

        self.lines = QTableView(objectName="orderLines")
        self.lines.setAccessibleName(self.tr("Order lines"))
        self.model = QStandardItemModel(0, 5, self.lines)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Barcode"), self.tr("Ordered"), self.tr("Picked"),
             self.tr("Short / substitute")])
        self.lines.setModel(self.model)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setDefaultSectionSize(48)
        self.lines.setAlternatingRowColors(True)
        self.lines.setShowGrid(False)
        outer.addWidget(self.lines, 1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        self.start = _button("startPickingButton", self.tr("Start picking"),
                             self.tr("Start picking this order"))
        self.shortage = _button("shortageButton", self.tr("Item missing…"),
                                self.tr("Record a shortage on the selected line"))
        self.substitute = _button("substituteButton", self.tr("Substitute…"),
                                  self.tr("Scan a substitute for the selected line"))
        self.stage = _button("stageButton", self.tr("Stage on shelf…"),
                             self.tr("Say where the order waits"))
        self.ready = _button("markReadyButton", self.tr("Mark ready"),
                             self.tr("Mark ready and notify the customer"))
        self.ready.setProperty("primary", True)
        self.handover = _button("handoverButton", self.tr("Hand over…"),
                                self.tr("Check the pickup code and hand over"))
        self.handover.setProperty("primary", True)
        self.override = _button("overrideButton", self.tr("Manager override…"),
                                self.tr("Hand over without the code, with a manager"))
        # changes at pickup (issue 13): before the code is checked and the goods handed over
        self.decline = _button("declineItemButton", self.tr("Customer declines…"),
                               self.tr("The customer declines the selected item: back to "
                                       "stock, refunded"))
        self.add_item = _button("addItemButton", self.tr("Add an item…"),
                                self.tr("Add an item from the shelf: scan it; paid at the till"))
        self.expire = _button("expireButton", self.tr("No-show: expire"),
                              self.tr("Expire the order: the customer did not come"))
        self.return_stock = _button("returnToStockButton", self.tr("Return to stock…"),
                                    self.tr("Scan the items back to the shelf"))
        self.print_list = _button("printPickListButton", self.tr("Pick list (PDF)"),
                                  self.tr("Print the pick list"))
        self.print_slip = _button("printSlipButton", self.tr("Pickup slip (PDF)"),
                                  self.tr("Print the pickup slip"))
        self.buttons = [self.start, self.shortage, self.substitute, self.stage, self.ready,
                        self.decline, self.add_item,
                        self.handover, self.override, self.expire, self.return_stock,
                        self.print_list, self.print_slip]
        #: the signed-in person's role: steps it may not take are not offered
        self.role: str = Role.ASSOCIATE
        # an override is offered to associates too: a manager approves it with their PIN
        self._needs = {self.start: Permission.PICK, self.shortage: Permission.PICK,
                       self.substitute: Permission.PICK, self.stage: Permission.PICK,
                       self.ready: Permission.PICK, self.handover: Permission.HAND_OVER,
                       self.override: Permission.HAND_OVER, self.expire: Permission.EXPIRE,
                       self.decline: Permission.HAND_OVER, self.add_item: Permission.HAND_OVER,
                       self.return_stock: Permission.EXPIRE}
        self.grid = grid
        outer.addLayout(grid)

    def selected_line_id(self) -> str | None:
        rows = self.lines.selectionModel().selectedRows()
        if not rows or self.order is None:
            return None
        item = self.model.item(rows[0].row(), 0)
        return item.data() if item else None

    def show_feedback(self, text: str, *, ok: bool) -> None:
        text = localized(text)
        self.feedback.setText(text)
        self.feedback.setProperty("result", "ok" if ok else "refused")
        self.feedback.setAccessibleDescription(text)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)

    def clear_feedback(self, hint: str = "") -> None:
        self.feedback.setText(hint)
        self.feedback.setProperty("result", "hint")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)

    def show_order(self, order: Order, now_overdue: bool) -> None:
        keep = self.selected_line_id()
        self.order = order
        self.title.setText(f"{order.order_number} · {order.customer_name}")
        self.status.setText(self.tr(_STATUS_WORDS.get(order.status, order.status))
                            + (self.tr(" · waiting to sync") if order.pending else ""))
        self.status.setProperty("state", order.status)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        subs = (self.tr("substitutes allowed") if order.allow_substitutions
                else self.tr("no substitutes"))
        self.details.setText(
            self.tr("Promised %s · keep until %s · shelf %s · %s · %s")
            % (_when(order.promised_at), _when(order.pickup_expires_at),
               order.staging_location or "—", subs, money(order.total_cents, order.currency)))
        rule = pickup.readiness(order.lines)
        self.readiness.setText(localized(rule.sentence))
        self.model.removeRows(0, self.model.rowCount())
        keep_row = 0
        for i, line in enumerate(order.lines):
            first = QStandardItem(("+ " if line.add_on else "")
                                  + line.name + (f" — {line.brand}" if line.brand else ""))
            first.setData(line.line_id)
            extra = []
            if line.qty_short:
                extra.append(self.tr("%1 short: %2").replace("%2", line.short_reason or "")
                             .replace("%1", number(line.qty_short)).strip())
            if line.substitute_product_id:
                extra.append(self.tr("substitute: %1").replace(
                    "%1", line.substitute_name or line.substitute_product_id))
            if line.qty_declined:
                extra.append(self.tr("%s declined: back to stock, %s refund pending")
                             % (number(line.qty_declined),
                                money(line.refund_cents, order.currency)))
            if line.add_on:
                extra.append(self.tr("Added at pickup: %s to pay at the till")
                             % money(line.qty_ordered * line.unit_price_cents, order.currency))
            picked = QStandardItem(number(line.qty_picked) + (
                f" − {number(line.qty_declined)}" if line.qty_declined else ""))
            done = line.remaining == 0
            picked.setForeground(QColor("#1b7f3b" if done else "#1d2733"))
            self.model.appendRow([first, QStandardItem(line.ean13 or ""),
                                  QStandardItem(number(line.qty_ordered)), picked,
                                  QStandardItem("; ".join(extra))])
            if line.line_id == keep:
                keep_row = i
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if order.lines:
            self.lines.selectRow(keep_row)
        status = order.status
        editable = status in (pickup.NEW, pickup.PICKING)
        self.override.setText(self.tr("Manager override…") if can(self.role, Permission.OVERRIDE)
                              else self.tr("Manager override (approval)…"))
        self.start.setVisible(status == pickup.NEW)
        self.shortage.setVisible(editable)
        self.substitute.setVisible(editable)
        self.substitute.setEnabled(order.allow_substitutions)
        self.stage.setVisible(status in (pickup.PICKING, pickup.READY))
        self.ready.setVisible(status == pickup.PICKING)
        self.ready.setEnabled(rule.may_mark_ready)
        self.handover.setVisible(status == pickup.READY)
        self.override.setVisible(status == pickup.READY)
        self.decline.setVisible(status == pickup.READY)
        self.decline.setEnabled(any(pickup.declinable(pickup.PickLine.of(x))
                                    for x in order.lines))
        self.add_item.setVisible(status == pickup.READY)
        self.expire.setVisible(status == pickup.READY and now_overdue)
        self.return_stock.setVisible(status == pickup.EXPIRED)
        self.print_list.setVisible(status in (pickup.NEW, pickup.PICKING))
        self.print_slip.setVisible(status in (pickup.PICKING, pickup.READY))
        # and only those the signed-in person's role may take (domain/permissions.py)
        for button, permission in self._needs.items():
            if not can(self.role, permission):
                button.setVisible(False)
        # lay out only the steps that apply now, so no gaps open between them
        for b in self.buttons:
            self.grid.removeWidget(b)
        shown = [b for b in self.buttons if not b.isHidden()]
        for i, b in enumerate(shown):
            self.grid.addWidget(b, i // 5, i % 5)
        if status == pickup.READY:
            text = self.tr("On shelf %s. Hand over only after the pickup code checks out.") % (
                order.staging_location or "—")
            till = sum(x.qty_ordered * x.unit_price_cents for x in order.lines if x.add_on)
            refund = sum(x.refund_cents for x in order.lines if x.qty_declined)
            if refund:
                text += " " + self.tr("Refund for declined items: %s (to the original "
                                      "payment).") % money(refund, order.currency)
            if till:
                text += " " + self.tr("Added items to pay at the till: %s.") % money(
                    till, order.currency)
            self.readiness.setText(text)
        elif status not in (pickup.NEW, pickup.PICKING):
            self.readiness.clear()
