"""The Pickups screen: the click-and-collect queue by urgency, and the order being worked.

Scans arrive from the application-wide scanner (see gui/scanner_filter.py) through
:meth:`PickupsPage.handle_scan`: an order number opens the order, a product picks (or, during a
return, goes back to stock), a shelf label stages, a pickup code (QR) hands over. Every refusal
is loud (red banner and a beep) and changes nothing."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from associate_app.api import errors
from associate_app.cache.pickups import GROUPS
from associate_app.domain import pickup
from associate_app.domain.barcodes import Scan, ScanKind
from associate_app.domain.errors import InvalidInput
from associate_app.gui import paper
from associate_app.gui.async_tools import run_dialog, spawn
from associate_app.gui.fields_dialog import Field, FieldsDialog
from associate_app.gui.pickup_order_view import PickupOrderView
from associate_app.gui.pickup_queue_model import PickupQueueModel
from associate_app.gui.tables import read_only_rows
from associate_app.pickup_service import PickupService, StepRefused

log = logging.getLogger(__name__)

GROUP_TITLES = {"overdue": "Overdue", "new": "New", "picking": "Picking",
                "ready": "Ready for pickup", "expiring": "Expiring / no-show",
                "collected_today": "Collected today"}


class PickupsPage(QWidget):
    orderShown = Signal(str)
    scanHandled = Signal(str, bool)  # the sentence shown, accepted?

    def __init__(self, service: PickupService, prints_dir, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="pickupsPage")
        self.setAccessibleName(self.tr("Pickups"))
        self.service = service
        self.prints_dir = prints_dir
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.queue_panel = QWidget()
        q = QVBoxLayout(self.queue_panel)
        q.setContentsMargins(36, 30, 36, 24)
        q.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Pickups"), objectName="pageTitle"), 1)
        self.search = QLineEdit(objectName="pickupSearch")
        self.search.setPlaceholderText(self.tr("Scan or type an order number, e.g. CC-100123"))
        self.search.setAccessibleName(self.tr("Find an order"))
        self.search.setMinimumWidth(380)
        self.search.returnPressed.connect(
            lambda: spawn(self.open_number(self.search.text()), name="open-order"))
        head.addWidget(self.search)
        q.addLayout(head)
        self.message = QLabel(objectName="queueMessage", wordWrap=True)
        self._said_waiting = False
        self.message.setAccessibleName(self.tr("Queue message"))
        q.addWidget(self.message)
        self.tabs = QTabBar(objectName="pickupGroups")
        self.tabs.setAccessibleName(self.tr("Order groups"))
        self.tabs.setExpanding(False)
        for group in GROUPS:
            self.tabs.addTab(self.tr(GROUP_TITLES[group]))
        self.tabs.currentChanged.connect(lambda i: spawn(self.show_group(GROUPS[i]),
                                                         name="queue-group"))
        q.addWidget(self.tabs)
        self.table = QTableView(objectName="pickupQueue")
        self.table.setAccessibleName(self.tr("Orders in this group, most urgent first"))
        self.model = PickupQueueModel(service, self)
        self.table.setModel(self.model)
        read_only_rows(self.table, 48, wrap=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_row)
        q.addWidget(self.table, 1)
        self.stack.addWidget(self.queue_panel)

        self.view = PickupOrderView()
        self.stack.addWidget(self.view)
        v = self.view
        v.back.clicked.connect(self.show_queue)
        v.start.clicked.connect(lambda: self._do(self.service.start_picking(self.order)))
        v.shortage.clicked.connect(lambda: spawn(self.record_shortage(), name="shortage"))
        v.substitute.clicked.connect(self.arm_substitute)
        v.stage.clicked.connect(lambda: spawn(self.stage_dialog(), name="stage"))
        v.ready.clicked.connect(lambda: spawn(self.mark_ready(), name="ready"))
        v.handover.clicked.connect(lambda: spawn(self.handover_dialog(), name="handover"))
        v.override.clicked.connect(lambda: spawn(self.override_dialog(), name="override"))
        v.expire.clicked.connect(lambda: self._do(self.service.expire(self.order),
                                                  "Expired: now scan the items back to stock."))
        v.return_stock.clicked.connect(
            lambda: self.start_return() if self.returning is None else self.confirm_return())
        v.print_list.clicked.connect(lambda: self.print_paper("pick-list"))
        v.print_slip.clicked.connect(lambda: self.print_paper("slip"))

        self.order = None
        self._scan_lock = asyncio.Lock()
        self.substitute_for: str | None = None
        self.returning: dict[str, int] | None = None
        self.handover_open: FieldsDialog | None = None
        self.clock = QTimer(self)
        self.clock.timeout.connect(self.model.tick)
        self.clock.start(30_000)
        self.group = GROUPS[0]
        self._chose_group = False

    # -- queue -----------------------------------------------------------------------------

    async def refresh(self) -> None:
        counts = await self.service.counts()
        waiting = not any(counts.values()) and not await self.service.has_store_data()
        if waiting:
            self.message.setText(self.tr(
                "This device is still receiving the store's orders (first sync): the queue "
                "appears as soon as it has finished."))
        elif self._said_waiting:
            self.message.clear()
        self._said_waiting = waiting
        for i, group in enumerate(GROUPS):
            self.tabs.setTabText(i, f"{self.tr(GROUP_TITLES[group])} ({counts.get(group, 0)})")
        if not self._chose_group:
            # open on the most urgent group that has orders
            self._chose_group = True
            first = next((g for g in GROUPS if counts.get(g)), GROUPS[0])
            if first != self.group:
                self.tabs.setCurrentIndex(GROUPS.index(first))  # loads it
                return
        if self.stack.currentWidget() is self.view and self.order is not None:
            await self.open_order(self.order.order_id, keep_feedback=True)
        else:
            await self.model.load(self.group)

    async def show_group(self, group: str) -> None:
        self.group = group
        await self.model.load(group)
        if self.model.rowCount():
            self.table.selectRow(0)

    def show_queue(self) -> None:
        self.order = None
        self.returning = None
        self.substitute_for = None
        self.stack.setCurrentWidget(self.queue_panel)
        spawn(self.refresh(), name="pickups-refresh")

    def _open_row(self, index) -> None:
        row = self.model.row(index.row())
        if row is not None:
            spawn(self.open_order(row.order_id), name="open-order")

    async def open_number(self, text: str) -> bool:
        order_id = await self.service.find(text)
        if order_id is None:
            self.message.setText(self.tr("No order “%s” at this store.") % text.strip()[:30])
            self._alarm()
            return False
        self.search.clear()
        return await self.open_order(order_id)

    async def open_order(self, order_id: str, *, keep_feedback: bool = False) -> bool:
        order = await self.service.load(order_id)
        if order is None:
            self.message.setText(self.tr("That order is no longer in this store's data."))
            return False
        self.order = order
        overdue = pickup.is_overdue(order.status, order.pickup_expires_at, datetime.now(UTC))
        self.view.show_order(order, overdue)
        if not keep_feedback:
            self.substitute_for = None
            self.returning = None
            self.view.clear_feedback(self._hint(order))
        self.stack.setCurrentWidget(self.view)
        self.orderShown.emit(order.order_id)
        return True

    def _hint(self, order) -> str:
        return {
            pickup.NEW: self.tr("Scan the first item to start picking."),
            pickup.PICKING: self.tr("Scan each item as you pick it."),
            pickup.READY: self.tr("Waiting for the customer: scan or type their pickup code."),
            pickup.EXPIRED: self.tr("No-show: return the items to stock."),
        }.get(order.status, "")

    # -- scans -----------------------------------------------------------------------------

    def handle_scan(self, scan: Scan) -> bool:
        if self.handover_open is not None:
            dialog = self.handover_open
            dialog.inputs["code"].setText(scan.code)
            dialog.submit()
            return True
        if scan.kind is ScanKind.ORDER:
            spawn(self.open_number(scan.code), name="open-order")
            return True
        if self.order is None or self.stack.currentWidget() is not self.view:
            if scan.kind is ScanKind.PRODUCT:
                self.message.setText(self.tr("Open an order first, then scan its items."))
                self._alarm()
                return True
            return False
        if scan.kind is ScanKind.SHELF:
            self._do(self.service.stage(self.order, scan.code),
                     self.tr("Staged on %s.") % scan.code)
            return True
        if scan.kind is ScanKind.LOYALTY_CARD:
            return False
        if self.order.status == pickup.READY:
            spawn(self.handover_dialog(prefill=scan.code), name="handover")
            return True
        spawn(self.scan_item(scan.code), name="scan-item")
        return True

    async def scan_item(self, code: str) -> None:
        """One scan at a time, each decided on the order as the previous scan left it: two
        quick scans must never both pass the over-pick check against the same stale count."""
        async with self._scan_lock:
            await self._scan_item(code)

    async def _scan_item(self, code: str) -> None:
        if self.order is None:
            return
        order = await self.service.load(self.order.order_id) or self.order
        self.order = order
        if self.returning is not None:
            try:
                text = self.service.return_scan(order, code, self.returning)
            except StepRefused as exc:
                self._refuse(str(exc))
                return
            self._accept(text + self._return_progress())
            return
        substitute_for, self.substitute_for = self.substitute_for, None
        decision = await self.service.scan_item(order, code, substitute_for)
        if not decision.accepted:
            self._refuse(decision.sentence)
            return
        await self.open_order(order.order_id, keep_feedback=True)
        self._accept(decision.sentence)

    def _accept(self, text: str) -> None:
        self.view.show_feedback("✔ " + text, ok=True)
        self.scanHandled.emit(text, True)

    def _refuse(self, text: str) -> None:
        self.view.show_feedback("✖ " + text, ok=False)
        self._alarm()
        self.scanHandled.emit(text, False)

    def _alarm(self) -> None:
        QApplication.beep()

    # -- steps -------------------------------------------------------------------------------

    def _do(self, coro, done_text: str | None = None) -> None:
        async def run() -> None:
            try:
                await coro
            except (StepRefused, pickup.IllegalTransition, InvalidInput) as exc:
                self._refuse(str(exc))
                return
            except errors.ApiError as exc:
                self._refuse(str(exc))
                return
            except Exception as exc:  # a bug: say so rather than do nothing visible
                log.exception("pickup step failed")
                self._refuse(self.tr("That did not work (%s). Try again; if it keeps happening, "
                                     "tell your manager.") % exc)
                return
            if self.order is not None:
                await self.open_order(self.order.order_id, keep_feedback=True)
            if done_text:
                self._accept(done_text)
        spawn(run(), name="pickup-step")

    def arm_substitute(self) -> None:
        line_id = self.view.selected_line_id()
        if line_id is None:
            self._refuse(self.tr("Choose the line to substitute first."))
            return
        self.substitute_for = line_id
        self.view.show_feedback(self.tr("Scan the substitute product now."), ok=True)

    async def _form(self, name, title, intro, fields, submit, attempt) -> bool:
        dialog = FieldsDialog(name, title, intro, fields, submit, attempt, self.window())
        if name == "handoverDialog":
            self.handover_open = dialog
        try:
            return await run_dialog(dialog) == 1
        finally:
            self.handover_open = None
            dialog.deleteLater()

    async def record_shortage(self) -> None:
        order, line_id = self.order, self.view.selected_line_id()
        if order is None or line_id is None:
            self._refuse(self.tr("Choose the line that is missing first."))
            return
        line = next(x for x in order.lines if x.line_id == line_id)
        if await self._form(
                "shortageDialog", self.tr("Missing: %s") % line.name,
                self.tr("%d still to pick. The customer is told and refunded for what is "
                        "missing.") % line.remaining,
                [Field("qty", self.tr("How many are missing"), value=str(line.remaining)),
                 Field("reason", self.tr("Why"), placeholder=self.tr("e.g. none on the shelf"))],
                self.tr("Record shortage"),
                lambda v: self.service.record_shortage(order, line_id, v["qty"], v["reason"])):
            await self.open_order(order.order_id, keep_feedback=True)
            self._accept(self.tr("Shortage recorded for %s.") % line.name)

    async def stage_dialog(self) -> None:
        order = self.order
        if order is None:
            return
        if await self._form(
                "stageDialog", self.tr("Where does %s wait?") % order.order_number,
                self.tr("Scan the shelf label, or type it."),
                [Field("location", self.tr("Shelf or bin"), placeholder="SHELF-B3",
                       value=order.staging_location or "")],
                self.tr("Stage"), lambda v: self.service.stage(order, v["location"])):
            await self.open_order(order.order_id, keep_feedback=True)
            self._accept(self.tr("Staged."))

    async def mark_ready(self) -> None:
        order = self.order
        if order is None:
            return
        try:
            ready = await self.service.mark_ready(order)
        except StepRefused as exc:
            self._refuse(str(exc))
            return
        await self.open_order(order.order_id, keep_feedback=True)
        self._accept(self.tr("Ready. The customer will be told when this syncs. %s")
                     % ready.sentence)

    async def handover_dialog(self, prefill: str = "") -> None:
        order = self.order
        if order is None:
            return
        left = pickup.attempts_left(order.failed_code_attempts)
        if await self._form(
                "handoverDialog", self.tr("Hand over %s") % order.order_number,
                self.tr("Ask %s for the pickup code from their email or text, or scan its QR "
                        "code. %d attempt(s) left.") % (order.customer_name, left),
                [Field("code", self.tr("Pickup code"), placeholder="ABCD-2345", value=prefill)],
                self.tr("Check and hand over"),
                lambda v: self._handover_attempt(order, v["code"])):
            await self.open_order(order.order_id, keep_feedback=True)
            self._accept(self.tr("Code correct: hand over the order from shelf %s.")
                         % (order.staging_location or "—"))

    async def _handover_attempt(self, order, code: str) -> None:
        try:
            await self.service.hand_over(order, code)
        except InvalidInput:
            fresh = await self.service.load(order.order_id)
            if fresh is not None:
                self.order = fresh
            self._alarm()
            raise

    async def override_dialog(self) -> None:
        order = self.order
        if order is None:
            return
        if await self._form(
                "overrideDialog", self.tr("Manager override"),
                self.tr("Hand %s over without the code. A manager confirms with their PIN and "
                        "says why; this is recorded.") % order.order_number,
                [Field("manager_id", self.tr("Manager id"), placeholder="M1001"),
                 Field("manager_pin", self.tr("Manager PIN")),
                 Field("reason", self.tr("Why"),
                       placeholder=self.tr("e.g. code lost; checked photo ID and order email"))],
                self.tr("Hand over"),
                lambda v: self.service.override(order, v["manager_id"], v["manager_pin"],
                                                v["reason"])):
            await self.open_order(order.order_id, keep_feedback=True)
            self._accept(self.tr("Handed over by manager override."))

    def start_return(self) -> None:
        if self.order is None:
            return
        self.returning = {}
        self.view.show_feedback(self.tr("Scan each item back onto the shelf.")
                                + self._return_progress(), ok=True)
        self.view.return_stock.setText(self.tr("Confirm return to stock"))

    def _return_progress(self) -> str:
        if self.order is None or self.returning is None:
            return ""
        owed = self.service.returnable(self.order)
        done = sum(self.returning.values())
        return self.tr("  (%d of %d items back)") % (done, sum(owed.values()))

    def confirm_return(self) -> None:
        order, scanned = self.order, dict(self.returning or {})
        if order is None:
            return
        owed = self.service.returnable(order)
        if sum(scanned.values()) < sum(owed.values()):
            self._refuse(self.tr("Scan every item back first.") + self._return_progress())
            return
        self.returning = None
        self.view.return_stock.setText(self.tr("Return to stock…"))
        self._do(self.service.return_to_stock(order, scanned),
                 self.tr("Back in stock; the refund is flagged for the customer."))

    def print_paper(self, kind: str) -> None:
        order = self.order
        if order is None:
            return
        session = self.service.services.sessions.current if self.service.services.sessions \
            else None
        store = session.store.name if session else ""
        html = (paper.pick_list_html(order, store) if kind == "pick-list"
                else paper.slip_html(order, store))
        path = paper.print_to_pdf(html, self.prints_dir / f"{order.order_number}-{kind}.pdf")
        self._accept(self.tr("Saved %s") % path)

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.queue_panel:
            self.search.setFocus()

