"""The Pickups screen: the click-and-collect queue by urgency, and the order being worked.

Scans arrive from the application-wide scanner (see gui/scanner_filter.py) through
:meth:`PickupsPage.handle_scan`: an order number opens the order, a product picks (or, during a
return, goes back to stock), a shelf label stages, a pickup code (QR) hands over. Every refusal
is loud (red banner and a beep) and changes nothing.

Steps end out of order on a busy tablet (a refresh after a sync shows an order before the step
that changed it has read it back), so what is on screen follows two rules: an order read that
started earlier never replaces one that started later, and a confirmation never covers the
answer to something staff did after it (see :meth:`PickupsPage._show`)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
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
from associate_app.gui import paper
from associate_app.gui.async_tools import run_dialog, spawn
from associate_app.gui.fields_dialog import Field, FieldsDialog
from associate_app.gui.formatting import money, number
from associate_app.gui.messages import localized
from associate_app.gui.pickup_order_view import PickupOrderView
from associate_app.gui.pickup_queue_model import PickupQueueModel
from associate_app.gui.tables import read_only_rows
from associate_app.pickup_service import PickupService, StepRefused
from store_contract.domain import pickup
from store_contract.domain.barcodes import Scan, ScanKind, classify, is_pickup_order
from store_contract.domain.errors import InvalidInput
from store_contract.domain.money import parse_whole_number
from store_contract.domain.returns import Reason

log = logging.getLogger(__name__)

#: why a customer declines an item at the counter (the returns reasons), in words
REASON_WORDS = {
    Reason.CHANGED_MIND: QT_TRANSLATE_NOOP("PickupsPage", "Changed their mind"),
    Reason.WRONG_SIZE: QT_TRANSLATE_NOOP("PickupsPage", "Wrong size"),
    Reason.NOT_AS_DESCRIBED: QT_TRANSLATE_NOOP("PickupsPage", "Not as described"),
    Reason.FAULTY: QT_TRANSLATE_NOOP("PickupsPage", "Faulty"),
    Reason.DAMAGED_ON_ARRIVAL: QT_TRANSLATE_NOOP("PickupsPage", "Damaged"),
    Reason.WRONG_ITEM_SENT: QT_TRANSLATE_NOOP("PickupsPage", "Wrong item"),
    Reason.ARRIVED_LATE: QT_TRANSLATE_NOOP("PickupsPage", "Arrived too late"),
}

GROUP_TITLES = {
    "overdue": QT_TRANSLATE_NOOP("PickupsPage", "Overdue"),
    "new": QT_TRANSLATE_NOOP("PickupsPage", "New"),
    "picking": QT_TRANSLATE_NOOP("PickupsPage", "Picking"),
    "ready": QT_TRANSLATE_NOOP("PickupsPage", "Ready for pickup"),
    "expiring": QT_TRANSLATE_NOOP("PickupsPage", "Expiring / no-show"),
    "collected_today": QT_TRANSLATE_NOOP("PickupsPage", "Collected today"),
}


class PickupsPage(QWidget):
    orderShown = Signal(str)
    #: a web or in-store order (or a receipt) scanned or typed here: its number, for the detail
    orderDetailRequested = Signal(str)
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
        v.ready.clicked.connect(lambda: spawn(self.mark_ready(self._action()), name="ready"))
        v.handover.clicked.connect(lambda: spawn(self.handover_dialog(), name="handover"))
        v.override.clicked.connect(lambda: spawn(self.override_dialog(), name="override"))
        v.decline.clicked.connect(lambda: spawn(self.decline_dialog(), name="decline"))
        v.add_item.clicked.connect(self.arm_add_item)
        v.expire.clicked.connect(lambda: self._do(self.service.expire(self.order),
                                                  "Expired: now scan the items back to stock."))
        v.return_stock.clicked.connect(
            lambda: self.start_return() if self.returning is None else self.confirm_return())
        v.print_list.clicked.connect(lambda: self.print_paper("pick-list"))
        v.print_slip.clicked.connect(lambda: self.print_paper("slip"))

        self.order = None
        # numbers that keep the screen newest-first (see _show and open_order)
        self._actions = 0  # things staff did: a scan, a tap, a submitted form
        self._said = 0  # the newest of them whose answer is on screen
        self._reads = 0  # order reads started
        self._shown_read = 0  # the newest of them on screen
        self._opening = 0  # the newest read that opens an order (rather than reads it again)
        self._scan_lock = asyncio.Lock()
        self.substitute_for: str | None = None
        self.adding = False  # "Add an item": the next product scanned is added to the order
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
        self._reads += 1
        self._opening = self._reads  # an order still being read must not pull staff back
        self.order = None
        self.returning = None
        self.substitute_for = None
        self.adding = False
        self.stack.setCurrentWidget(self.queue_panel)
        spawn(self.refresh(), name="pickups-refresh")

    def _open_row(self, index) -> None:
        row = self.model.row(index.row())
        if row is not None:
            spawn(self.open_order(row.order_id), name="open-order")

    async def open_number(self, text: str) -> bool:
        """Open a click-and-collect order by its number; a web or in-store order (or a till
        receipt) is not a pickup: its detail is asked for instead."""
        scan = classify(text)
        if scan.kind in (ScanKind.ORDER, ScanKind.RECEIPT) and not is_pickup_order(scan):
            self.search.clear()
            self.orderDetailRequested.emit(scan.code)  # a web or till order: not a pickup
            return False
        order_id = await self.service.find(text)
        if order_id is None:
            self.message.setText(self.tr("No order “%s” at this store.") % text.strip()[:30])
            self._alarm()
            return False
        self.search.clear()
        return await self.open_order(order_id)

    async def open_order(self, order_id: str, *, keep_feedback: bool = False) -> bool:
        """Read the order and show it. ``keep_feedback`` reads again the order on screen (after
        a step, a sync): then it changes nothing if staff have opened another order or left
        for the queue meanwhile. Opening an order gives way only to a newer opening.

        Reads may come back out of order, and one that started before the read on screen never
        replaces it: it would put back an older state (a line not yet short, Mark ready
        greyed, the order staff just left)."""
        self._reads += 1
        read = self._reads
        if not keep_feedback:
            self._opening = read
        order = await self.service.load(order_id)
        on_screen = self.order is not None and self.order.order_id == order_id
        if keep_feedback and (not on_screen or read < self._shown_read):
            return on_screen
        if not keep_feedback and read != self._opening:
            return False  # staff opened another order since
        if on_screen and read < self._shown_read:
            order = self.order  # a newer read of this order is on screen already
        if order is None:
            self.message.setText(self.tr("That order is no longer in this store's data."))
            return False
        self._shown_read = max(self._shown_read, read)
        self.order = order
        overdue = pickup.is_overdue(order.status, order.pickup_expires_at, datetime.now(UTC))
        self.view.show_order(order, overdue)
        if not keep_feedback:
            self.substitute_for = None
            self.returning = None
            self.adding = False
            self._said = self._action()  # a newly opened order: earlier answers are history
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

    def apply_role(self, role: str) -> None:
        """Offer only the steps the signed-in person's role may take."""
        self.view.role = role
        if self.order is not None:
            overdue = pickup.is_overdue(self.order.status, self.order.pickup_expires_at,
                                        datetime.now(UTC))
            self.view.show_order(self.order, overdue)

    def handle_scan(self, scan: Scan) -> bool:
        action = self._action()
        if self.handover_open is not None:
            dialog = self.handover_open
            dialog.inputs["code"].setText(scan.code)
            dialog.submit()
            return True
        if scan.kind in (ScanKind.ORDER, ScanKind.RECEIPT):
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
                     self.tr("Staged on %s.") % scan.code, action=action)
            return True
        if scan.kind is ScanKind.LOYALTY_CARD:
            return False
        if self.order.status == pickup.READY and self.adding and scan.kind is ScanKind.PRODUCT:
            spawn(self.add_item(scan.code, action), name="add-item")
            return True
        if self.order.status == pickup.READY:
            spawn(self.handover_dialog(prefill=scan.code), name="handover")
            return True
        spawn(self.scan_item(scan.code, action), name="scan-item")
        return True

    async def scan_item(self, code: str, action: int | None = None) -> None:
        """One scan at a time, each decided on the order as the previous scan left it: two
        quick scans must never both pass the over-pick check against the same stale count."""
        action = self._action() if action is None else action
        async with self._scan_lock:
            await self._scan_item(code, action)

    async def _scan_item(self, code: str, action: int) -> None:
        current = self.order
        if current is None:
            return
        order = await self.service.load(current.order_id) or current
        if self.order is None or self.order.order_id != order.order_id:
            return  # staff left the order while it was read: the scan was not for another one
        self.order = order
        if self.returning is not None:
            try:
                text = self.service.return_scan(order, code, self.returning)
            except StepRefused as exc:
                self._refuse(localized(exc), action)
                return
            self._accept(localized(text) + self._return_progress(), action)
            return
        substitute_for, self.substitute_for = self.substitute_for, None
        decision = await self.service.scan_item(order, code, substitute_for)
        if not decision.accepted:
            self._refuse(localized(decision.sentence), action)
            return
        await self.open_order(order.order_id, keep_feedback=True)
        self._accept(localized(decision.sentence), action)

    # -- what staff are told ---------------------------------------------------------------

    def _action(self) -> int:
        """Number something staff just did (a scan, a tap, a submitted form): its answer may
        come later, and the numbers say which answer is the newest."""
        self._actions += 1
        return self._actions

    def _show(self, text: str, *, ok: bool, action: int | None) -> bool:
        """Show the answer to ``action`` (None: something done just now); whether it showed.

        A confirmation (``ok``) of something older than the answer on screen is dropped: on a
        busy tablet a step can finish after staff's next tap (Mark ready lights up from a
        refresh before the shortage step has read the order back), and its ✔ must not cover
        what that tap was told. A refusal always shows: it says something did not happen."""
        action = self._action() if action is None else action
        if ok and action < self._said:
            return False
        self._said = max(self._said, action)
        self.view.show_feedback(text, ok=ok)
        return True

    def _accept(self, text: str, action: int | None = None) -> None:
        text = localized(text)
        if self._show("✔ " + text, ok=True, action=action):
            self.scanHandled.emit(text, True)

    def _refuse(self, text: str, action: int | None = None) -> None:
        text = localized(text)
        self._show("✖ " + text, ok=False, action=action)
        self._alarm()
        self.scanHandled.emit(text, False)

    def _alarm(self) -> None:
        QApplication.beep()

    # -- steps -------------------------------------------------------------------------------

    def _do(self, coro, done_text: str | None = None, *, action: int | None = None) -> None:
        action = self._action() if action is None else action

        async def run() -> None:
            try:
                await coro
            except (StepRefused, pickup.IllegalTransition, InvalidInput) as exc:
                self._refuse(localized(exc), action)
                return
            except errors.ApiError as exc:
                self._refuse(localized(exc), action)
                return
            except Exception as exc:  # a bug: say so rather than do nothing visible
                log.exception("pickup step failed")
                self._refuse(self.tr("That did not work (%s). Try again; if it keeps happening, "
                                     "tell your manager.") % localized(exc), action)
                return
            if self.order is not None:
                await self.open_order(self.order.order_id, keep_feedback=True)
            if done_text:
                self._accept(done_text, action)
        spawn(run(), name="pickup-step")

    def arm_substitute(self) -> None:
        line_id = self.view.selected_line_id()
        if line_id is None:
            self._refuse(self.tr("Choose the line to substitute first."))
            return
        self.substitute_for = line_id
        self._show(self.tr("Scan the substitute product now."), ok=True, action=None)

    async def _form(self, name, title, intro, fields, submit, attempt) -> int | None:
        """Ask in a dialog; once it is accepted, the number of the submit that did it (the
        moment staff acted is when they pressed it, not when the dialog opened)."""
        submitted: list[int] = []

        async def numbered(values):
            submitted.append(self._action())
            await attempt(values)

        dialog = FieldsDialog(name, title, intro, fields, submit, numbered, self.window())
        if name == "handoverDialog":
            self.handover_open = dialog
        try:
            accepted = await run_dialog(dialog) == 1
        finally:
            self.handover_open = None
            dialog.deleteLater()
        return submitted[-1] if accepted and submitted else None

    async def record_shortage(self) -> None:
        order, line_id = self.order, self.view.selected_line_id()
        if order is None or line_id is None:
            self._refuse(self.tr("Choose the line that is missing first."))
            return
        line = next(x for x in order.lines if x.line_id == line_id)
        action = await self._form(
                "shortageDialog", self.tr("Missing: %s") % line.name,
                self.tr("%n still to pick. The customer is told and refunded for what is "
                        "missing.", "", line.remaining),
                [Field("qty", self.tr("How many are missing"), value=str(line.remaining)),
                 Field("reason", self.tr("Why"), placeholder=self.tr("e.g. none on the shelf"))],
                self.tr("Record shortage"),
                lambda v: self._with_order_now(order, lambda now: self.service.record_shortage(
                    now, line_id, v["qty"], v["reason"])))
        if action is not None:
            await self.open_order(order.order_id, keep_feedback=True)
            self._accept(self.tr("Shortage recorded for %s.") % line.name, action)

    async def stage_dialog(self) -> None:
        order = self.order
        if order is None:
            return
        action = await self._form(
                "stageDialog", self.tr("Where does %s wait?") % order.order_number,
                self.tr("Scan the shelf label, or type it."),
                [Field("location", self.tr("Shelf or bin"), placeholder="SHELF-B3",
                       value=order.staging_location or "")],
                self.tr("Stage"), lambda v: self._with_order_now(
                    order, lambda now: self.service.stage(now, v["location"])))
        if action is not None:
            await self.open_order(order.order_id, keep_feedback=True)
            self._accept(self.tr("Staged."), action)

    async def mark_ready(self, action: int | None = None) -> None:
        action = self._action() if action is None else action
        order = self.order
        if order is None:
            return
        try:
            ready = await self.service.mark_ready(order)
        except StepRefused as exc:
            self._refuse(localized(exc), action)
            return
        await self.open_order(order.order_id, keep_feedback=True)
        self._accept(self.tr("Ready. The customer will be told when this syncs. %s")
                     % localized(ready.sentence), action)

    async def handover_dialog(self, prefill: str = "") -> None:
        order = self.order
        if order is None:
            return
        left = pickup.attempts_left(order.failed_code_attempts)
        action = await self._form(
                "handoverDialog", self.tr("Hand over %s") % order.order_number,
                self.tr("Ask %1 for the pickup code from their email or text, or scan its QR "
                        "code. %n attempt(s) left.", "", left).replace("%1", order.customer_name),
                [Field("code", self.tr("Pickup code"), placeholder="ABCD-2345", value=prefill)],
                self.tr("Check and hand over"),
                lambda v: self._handover_attempt(order, v["code"]))
        if action is not None:
            await self.open_order(order.order_id, keep_feedback=True)
            self._accept(self.tr("Code correct: hand over the order from shelf %s.")
                         % (order.staging_location or "—"), action)

    async def _handover_attempt(self, order, code: str) -> None:
        # the wrong codes tried so far in this dialog count too: the limit holds on the 5th try
        try:
            await self._with_order_now(order, lambda now: self.service.hand_over(now, code))
        except InvalidInput:
            self._alarm()
            raise

    async def _with_order_now(self, order, step):
        """Run ``step(order)`` on the order as the cache has it now. A dialog's copy is the
        order as it was when the dialog opened; a scan, a sync or an earlier try in the same
        dialog may have changed it since, and the rules must judge what is true now."""
        now = await self.service.load(order.order_id) or order
        if self.order is not None and self.order.order_id == now.order_id:
            self.order = now
        return await step(now)

    async def override_dialog(self) -> None:
        order = self.order
        if order is None:
            return
        action = await self._form(
                "overrideDialog", self.tr("Manager override"),
                self.tr("Hand %s over without the code. A manager confirms with their PIN and "
                        "says why; this is recorded.") % order.order_number,
                [Field("manager_id", self.tr("Manager id"), placeholder="M1001"),
                 Field("manager_pin", self.tr("Manager PIN")),
                 Field("reason", self.tr("Why"),
                       placeholder=self.tr("e.g. code lost; checked photo ID and order email"))],
                self.tr("Hand over"),
                lambda v: self._with_order_now(order, lambda now: self.service.override(
                    now, v["manager_id"], v["manager_pin"], v["reason"])))
        if action is not None:
            await self.open_order(order.order_id, keep_feedback=True)
            self._accept(self.tr("Handed over by manager override."), action)

    # -- changes at pickup (issue 13) --------------------------------------------------------

    async def decline_dialog(self) -> None:
        """The customer declines the selected line's item(s): shows the refund first."""
        order, line_id = self.order, self.view.selected_line_id()
        if order is None or line_id is None:
            self._refuse(self.tr("Choose the item the customer declines first."))
            return
        line = next(x for x in order.lines if x.line_id == line_id)
        try:
            one = self.service.decline_preview(order, line_id, 1)
        except StepRefused as exc:
            self._refuse(localized(exc))
            return
        refunded: list[int] = []

        async def attempt(values) -> None:
            qty = parse_whole_number(values["qty"], "qty", self.tr("Say how many"))
            try:
                declined = await self._with_order_now(order, lambda now: self.service.decline_line(
                    now, line_id, qty, values["reason"]))
            except StepRefused as exc:
                # (the refusal's sentence as it is: a Text stays translatable)
                raise InvalidInput("qty", exc.args[0] if len(exc.args) == 1 else str(exc)) \
                    from None
            refunded.append(declined.refund_cents)

        action = await self._form(
            "declineDialog", self.tr("Customer declines %s") % line.name,
            self.tr("It goes back to stock here, and %s a unit is refunded to the original "
                    "payment. %s can be declined.")
            % (money(one.refund_cents, order.currency),
               number(pickup.declinable(pickup.PickLine.of(line)))),
            [Field("qty", self.tr("How many"), value="1"),
             Field("reason", self.tr("Why"), kind="choice", value=Reason.CHANGED_MIND.value,
                   choices=tuple((r.value, self.tr(REASON_WORDS[r])) for r in Reason))],
            self.tr("Decline and refund"), attempt)
        if action is not None:
            await self.open_order(order.order_id, keep_feedback=True)
            self._accept(self.tr("Declined: %s back to stock; %s refund to the original "
                                 "payment pending.")
                         % (line.name, money(refunded[-1], order.currency)), action)

    def arm_add_item(self) -> None:
        if self.order is None:
            return
        self.adding = True
        self._show(self.tr("Scan the item the customer adds from the shelf: it is added to the "
                           "order, to pay at the till."), ok=True, action=None)

    async def add_item(self, code: str, action: int | None = None) -> None:
        order = self.order
        if order is None:
            return
        self.adding = False
        try:
            add = await self._with_order_now(order, lambda now: self.service.add_item(now, code))
        except (StepRefused, InvalidInput) as exc:
            self._refuse(localized(exc), action)
            return
        await self.open_order(order.order_id, keep_feedback=True)
        name = next((x.name for x in (self.order.lines if self.order else ())
                     if x.add_on and x.product_id == add.product_id), add.product_id)
        self._accept(self.tr("Added %s × %s: %s to pay at the till.")
                     % (number(add.qty), name, money(add.price_cents, order.currency)), action)

    def start_return(self) -> None:
        if self.order is None:
            return
        self.returning = {}
        self._show(self.tr("Scan each item back onto the shelf.") + self._return_progress(),
                   ok=True, action=None)
        self.view.return_stock.setText(self.tr("Confirm return to stock"))

    def _return_progress(self) -> str:
        if self.order is None or self.returning is None:
            return ""
        owed = self.service.returnable(self.order)
        done = sum(self.returning.values())
        return self.tr("  (%s of %s items back)") % (number(done), number(sum(owed.values())))

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
        session = self.service.session
        store = session.store.name if session else ""
        html = (paper.pick_list_html(order, store) if kind == "pick-list"
                else paper.slip_html(order, store))
        path = paper.print_to_pdf(html, self.prints_dir / f"{order.order_number}-{kind}.pdf")
        self._accept(self.tr("Saved %s") % path)

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.queue_panel:
            self.search.setFocus()

