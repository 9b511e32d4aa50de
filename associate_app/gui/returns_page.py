"""Returns at the counter (issue 13): the store's returns policy first, then the order's lines
that can still come back. Staff scan the items back (or set the quantities), pick a reason and
a condition per line, see what each refunds and the points taken back, choose the refund
method, and — out of policy — have a manager approve with their id (or badge) and PIN. The
return goes through :class:`ReturnsService` (checked there, queued, checked again by the
service); a refusal is said here and nothing is recorded. A returns slip with the return id as
a Code 128 barcode is printed as a PDF. No SQL or HTTP here."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from associate_app.cache.exchanges import ExchangeRow
from associate_app.cache.returns import ReturnableOrder, ReturnRow
from associate_app.gui import code128
from associate_app.gui.async_tools import spawn
from associate_app.gui.exchange_panel import ExchangePanel
from associate_app.gui.formatting import channel_text, money, number, tender_text
from associate_app.gui.messages import localized
from associate_app.gui.paper import BARCODE, print_to_pdf
from associate_app.gui.touch import TOUCH
from associate_app.gui.touch import button as _button
from associate_app.gui.touch import field as _field
from associate_app.gui.touch import label as _label
from associate_app.order_service import OrderService
from associate_app.returns_service import ReturnsService
from store_contract import payloads, wire
from store_contract.domain import returns as rules
from store_contract.domain.barcodes import Scan, ScanKind
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import is_temp_id, new_temp_id

#: the name lupdate reads: module-level words are extracted under the context given
translate = QCoreApplication.translate

ITEM, BOUGHT, RETURNED, RETURNING, REASON, CONDITION, REFUND = range(7)


def _reasons() -> dict[str, str]:
    return {
        rules.Reason.WRONG_SIZE: translate("ReturnsPage", "Wrong size"),
        rules.Reason.NOT_AS_DESCRIBED: translate("ReturnsPage", "Not as described"),
        rules.Reason.FAULTY: translate("ReturnsPage", "Faulty"),
        rules.Reason.DAMAGED_ON_ARRIVAL: translate("ReturnsPage", "Damaged on arrival"),
        rules.Reason.WRONG_ITEM_SENT: translate("ReturnsPage", "Wrong item sent"),
        rules.Reason.ARRIVED_LATE: translate("ReturnsPage", "Arrived late"),
        rules.Reason.CHANGED_MIND: translate("ReturnsPage", "Changed their mind"),
    }


def _conditions() -> dict[str, str]:
    return {rules.Condition.RESELLABLE: translate("ReturnsPage", "Resellable: back to stock"),
            rules.Condition.DAMAGED: translate("ReturnsPage", "Damaged: written off")}





def policy_text(policy: rules.ReturnPolicy) -> str:
    windows = sorted({(days, channel) for channel, days in policy.window_days.items()})
    if len({d for d, _ in windows}) == 1:
        window = translate(
            "ReturnsPage", "%s days from when the customer got the goods, every channel",
        ) % number(windows[0][0])
    else:
        window = "; ".join(translate("ReturnsPage", "%1 %2 days").replace("%2", number(d))
                           .replace("%1", channel_text(c)) for d, c in windows)
    parts = [translate("ReturnsPage", "Returns policy: %s.") % window]
    if not policy.final_sale_returnable:
        parts.append(translate("ReturnsPage", "Final-sale items need a manager's approval."))
    parts.append(translate("ReturnsPage", "Past the window a manager must approve."))
    if policy.gift_receipt_store_credit_only:
        parts.append(translate("ReturnsPage", "Gift receipts are refunded as store credit only."))
    parts.append(translate("ReturnsPage", "Never more than bought less already returned."))
    return " ".join(parts)


def slip_html(order: ReturnableOrder, row: ReturnRow, items: list[payloads.ReturnItem],
              refund_line: str, policy: str, store_name: str) -> str:
    """The returns slip: what came back, the refund and how, the policy; the barcode above."""
    reasons, conditions = _reasons(), _conditions()
    names = order.names
    lines = {x.line_id: x for x in order.sold.lines}
    rows = "".join(
        f"<tr><td>{html.escape(names.get(x.line_id, x.line_id))}</td>"
        f"<td align='center'>{number(x.qty)}</td><td>{html.escape(reasons[x.reason])}</td>"
        f"<td>{html.escape(conditions[x.condition])}</td>"
        f"<td align='right'>{html.escape(money(lines[x.line_id].refund_for(x.qty) if x.line_id in lines else 0, order.currency))}</td></tr>"  # noqa: E501
        for x in items)
    title = translate("ReturnsPage", "Return %s") % row.return_id
    order_words = translate("ReturnsPage", "Order %s") % order.sold.order_number
    heads = (translate("ReturnsPage", "Item"),
             translate("ReturnsPage", "Qty"),
             translate("ReturnsPage", "Reason"),
             translate("ReturnsPage", "Condition"),
             translate("ReturnsPage", "Refund"))
    return (
        f"<h1>{html.escape(title)}</h1>"
        f"<p><img src='{BARCODE}' width='420' height='90'></p>"
        f"<p>{html.escape(order_words)} · "
        f"{html.escape(store_name)} · "
        f"{html.escape((row.created_at or '')[:16].replace('T', ' '))} UTC</p>"
        "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
        f"<tr><th align='left'>{heads[0]}</th><th>{heads[1]}</th>"
        f"<th align='left'>{heads[2]}</th>"
        f"<th align='left'>{heads[3]}</th>"
        f"<th align='right'>{heads[4]}</th></tr>{rows}</table>"
        f"<h2>{html.escape(refund_line)}</h2>"
        f"<p><small>{html.escape(policy)}</small></p>")


class ReturnsPage(QWidget):
    """``backRequested`` on Esc or Back; ``returnRecorded(return_id)`` once a return is queued
    (the app syncs then); ``slipPrinted(path)`` once a slip is written."""

    backRequested = Signal()
    returnRecorded = Signal(str)
    slipPrinted = Signal(str)

    def __init__(self, returns: ReturnsService, orders: OrderService, prints_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="returnsPage")
        self.setAccessibleName(self.tr("Returns"))
        self.returns = returns
        self.orders = orders
        self.prints_dir = prints_dir
        self.policy: rules.ReturnPolicy | None = None
        self.order: ReturnableOrder | None = None
        self.detail: wire.OrderDetail | None = None
        self.assessment: rules.Assessment | None = None
        self.recorded: tuple[str, list[payloads.ReturnItem]] | None = None  # return id, items
        self.outcome: ReturnRow | None = None
        self.last_slip: Path | None = None
        self.exchange: ExchangeRow | None = None  # the recorded exchange, once read back
        self.exchange_id: str | None = None  # the exchange recorded (its id when queued)
        self.settlement = None
        self._opening = 0
        self._assessing = 0
        self.busy = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 20, 36, 16)
        outer.setSpacing(8)
        head = QHBoxLayout()
        self.back = _button("returnsBackButton", self.tr("‹ Back"),
                            self.tr("Back to where you were (Esc)"))
        self.back.clicked.connect(self.backRequested)
        head.addWidget(self.back)
        self.title = QLabel(self.tr("Return items"), objectName="pageTitle")
        self.title.setAccessibleName(self.tr("Order being returned"))
        head.addWidget(self.title, 1)
        self.number = _field("returnsNumberField",
                             self.tr("Scan or type an order or receipt number"),
                             self.tr("Order or receipt number to return"))
        self.number.setMinimumWidth(340)
        self.number.returnPressed.connect(self._find_typed)
        head.addWidget(self.number)
        self.find = _button("returnsFindButton", self.tr("Find"), self.tr("Find the order"))
        self.find.clicked.connect(self._find_typed)
        head.addWidget(self.find)
        outer.addLayout(head)

        self.policy_label = _label("returnsPolicy", self.tr("The store's returns policy"))
        self.policy_label.setStyleSheet("padding: 8px; border: 1px solid palette(mid);"
                                        "border-radius: 6px;")
        outer.addWidget(self.policy_label)
        self.message = _label("returnsMessage", self.tr("Returns message"))
        self.message.setStyleSheet("font-size: 15px;")
        outer.addWidget(self.message)

        self.content = QWidget(objectName="returnsContent")
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 0, 0)
        self.lines = QTableWidget(0, 7, objectName="returnsLinesTable")
        self.lines.setAccessibleName(self.tr("Items that can come back: quantity, reason, "
                                             "condition and refund"))
        self.lines.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Bought"), self.tr("Returned before"),
            self.tr("Returning"), self.tr("Reason"), self.tr("Condition"), self.tr("Refund")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setDefaultSectionSize(TOUCH + 4)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setTabKeyNavigation(False)  # Tab moves through the row's controls
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        # the choices get the width their words need, the item's name the rest
        for column, width in ((RETURNING, 100), (REASON, 190), (CONDITION, 250),
                              (REFUND, 110)):  # "£1,299.00" never elided
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.lines.setWordWrap(True)
        body.addWidget(self.lines, 1)
        self.exchange_panel = ExchangePanel(returns)
        self.exchange_panel.changed.connect(self._changed)
        self.exchange_panel.said.connect(lambda text, error: self._say(text, error=error))
        self.exchange_panel.hide()
        body.addWidget(self.exchange_panel, 1)

        below = QGridLayout()
        below.setHorizontalSpacing(20)
        self.totals = _label("returnsTotals", self.tr("Refund and points of the return"))
        self.totals.setStyleSheet("font-size: 18px; font-weight: 600;")
        below.addWidget(self.totals, 0, 0, 1, 2)
        self.method_label = QLabel(self.tr("Refund to"), objectName="sectionTitle")
        below.addWidget(self.method_label, 1, 0)
        self.method = QComboBox(objectName="returnsRefundMethod")
        self.method.setAccessibleName(self.tr("How the refund is paid"))
        self.method.setMinimumHeight(TOUCH)
        self.method.setMinimumWidth(460)
        self.method.currentIndexChanged.connect(self._changed)
        below.addWidget(self.method, 1, 1, Qt.AlignmentFlag.AlignLeft)
        self.problems = _label("returnsProblems", self.tr("What needs attention"))
        self.problems.setProperty("error", True)
        below.addWidget(self.problems, 2, 0, 1, 2)

        self.manager = QFrame(objectName="returnsManagerBox")
        self.manager.setFrameShape(QFrame.Shape.StyledPanel)
        self.manager.setAccessibleName(self.tr("Manager's approval"))
        approval = QHBoxLayout(self.manager)
        approval.addWidget(QLabel(self.tr("Manager's approval:"), objectName="sectionTitle"))
        self.manager_id = _field("returnsManagerId", self.tr("Manager id or scan badge"),
                                 self.tr("Manager id (or scan their badge)"))
        self.manager_id.setMaximumWidth(200)
        approval.addWidget(self.manager_id)
        self.manager_pin = _field("returnsManagerPin", self.tr("PIN"), self.tr("Manager PIN"))
        self.manager_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.manager_pin.setMaximumWidth(120)
        approval.addWidget(self.manager_pin)
        self.exception_reason = _field(
            "returnsExceptionReason", self.tr("Why the exception (e.g. faulty, customer was "
                                              "abroad)"), self.tr("Reason for the exception"))
        approval.addWidget(self.exception_reason, 1)
        below.addWidget(self.manager, 3, 0, 1, 2)

        actions = QHBoxLayout()
        self.exchange_button = _button(
            "returnsExchangeButton", self.tr("Exchange instead (F7)"),
            self.tr("Exchange: give replacement items for what comes back (F7)"))
        self.exchange_button.setCheckable(True)
        self.exchange_button.toggled.connect(self.set_exchange)
        actions.addWidget(self.exchange_button)
        self.scan_target = _button(
            "returnsScanTargetButton", "", self.tr("What a scanned item counts as: an item "
                                                   "coming back or a replacement (F6)"))
        self.scan_target.setCheckable(True)
        self.scan_target.toggled.connect(self._show_scan_target)
        self.scan_target.hide()
        actions.addWidget(self.scan_target)
        actions.addStretch(1)
        self.slip = _button("returnsSlipButton", self.tr("Print returns slip"),
                            self.tr("Print the returns slip (PDF)"))
        self.slip.clicked.connect(self.print_slip)
        actions.addWidget(self.slip)
        self.confirm = _button("returnsConfirmButton", self.tr("Confirm return"),
                               self.tr("Record the return and its refund"))
        self.confirm.setMinimumWidth(220)
        self.confirm.setStyleSheet("font-weight: 600;")
        self.confirm.clicked.connect(self.confirm_return)
        actions.addWidget(self.confirm)
        below.addLayout(actions, 4, 0, 1, 2)
        below.setColumnStretch(1, 1)
        body.addLayout(below)
        outer.addWidget(self.content, 1)
        self.content.hide()
        self.slip.setEnabled(False)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.backRequested)
        confirm = QShortcut(QKeySequence("Ctrl+Return"), self)
        confirm.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        confirm.activated.connect(self.confirm_return)
        exchange = QShortcut(QKeySequence(Qt.Key.Key_F7), self)
        exchange.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        exchange.activated.connect(self.exchange_button.toggle)
        target = QShortcut(QKeySequence(Qt.Key.Key_F6), self)
        target.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        target.activated.connect(lambda: self.scan_target.isVisible()
                                 and self.scan_target.toggle())

    # -- opening -----------------------------------------------------------------------------

    async def show_policy(self) -> None:
        self.policy = await self.returns.policy()
        self.policy_label.setText(policy_text(self.policy))

    def _find_typed(self) -> None:
        text = self.number.text().strip()
        if text:
            spawn(self.open_number(text), name="returns-open")

    async def open_number(self, number: str) -> bool:
        """The order with this order or receipt number, ready to return (or why not)."""
        self._opening += 1
        opening = self._opening
        number = number.strip().upper()
        self._say(self.tr("Looking for order %s…") % number)
        await self.show_policy()
        order_id = await self.returns.find(number)
        order = await self.returns.load(order_id) if order_id else None
        lookup = await self.orders.open(order_id) if order_id else None
        if opening != self._opening:
            return False
        if order is None:
            self.order = None
            self.content.hide()
            self.title.setText(self.tr("Return items"))
            self._say(self.tr("Order %s is not in this store's data, so it cannot be returned "
                              "here. Check the number, or sync and scan it again.") % number,
                      error=True)
            return False
        self.number.clear()
        self.detail = lookup.detail if lookup is not None else None
        self._show_order(order)
        return True

    def _show_order(self, order: ReturnableOrder) -> None:
        self.order = order
        self.recorded = None
        self.outcome = None
        self.exchange = None
        self.exchange_id = None
        self.last_slip = None
        self.slip.setEnabled(False)
        self.confirm.setEnabled(True)
        self.method.setEnabled(True)  # (a return recorded before left them disabled)
        self.manager.setEnabled(True)
        self.exchange_button.setEnabled(True)
        self.exchange_panel.clear(order.currency)
        self.exchange_panel.set_enabled_rows(True)
        self.exchange_button.setChecked(False)
        sold = order.sold
        gift = self.tr("  ·  gift receipt") if sold.gift_receipt else ""
        self.title.setText(self.tr("Return from order %s") % sold.order_number + gift)
        products = {x.line_id: x for x in order.products}
        self.lines.setRowCount(0)
        reasons, conditions = _reasons(), _conditions()
        for row, line in enumerate(sold.lines):
            self.lines.insertRow(row)
            name = products[line.line_id].name if line.line_id in products else line.line_id
            if line.final_sale:
                name += self.tr("  (final sale)")
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, line.line_id)
            self.lines.setItem(row, ITEM, item)
            for column, value in ((BOUGHT, line.qty_bought), (RETURNED, line.qty_returned)):
                cell = QTableWidgetItem(number(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.lines.setItem(row, column, cell)
            qty = QSpinBox(objectName=f"returnsQty{row}")
            qty.setRange(0, line.returnable)
            qty.setAccessibleName(self.tr("Units of %s coming back") % name)
            qty.setMinimumSize(90, TOUCH)
            qty.setEnabled(line.returnable > 0)
            qty.valueChanged.connect(self._changed)
            self.lines.setCellWidget(row, RETURNING, qty)
            reason = QComboBox(objectName=f"returnsReason{row}")
            reason.setAccessibleName(self.tr("Why %s comes back") % name)
            reason.setMinimumHeight(TOUCH)
            for key, text in reasons.items():
                reason.addItem(text, str(key))
            self.lines.setCellWidget(row, REASON, reason)
            condition = QComboBox(objectName=f"returnsCondition{row}")
            condition.setAccessibleName(self.tr("Condition of %s") % name)
            condition.setMinimumHeight(TOUCH)
            for key, text in conditions.items():
                condition.addItem(text, str(key))
            self.lines.setCellWidget(row, CONDITION, condition)
            refund = QTableWidgetItem("—")
            refund.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, REFUND, refund)
        self.method.blockSignals(True)
        self.method.clear()
        if not sold.gift_receipt:
            self.method.addItem(self.tr("Original payment: %s") % self._tender(),
                                str(rules.RefundMethod.TENDER))
        self.method.addItem(self.tr("Store credit (a voucher code)"),
                            str(rules.RefundMethod.STORE_CREDIT))
        self.method.blockSignals(False)
        for field in (self.manager_id, self.manager_pin, self.exception_reason):
            field.clear()
        returnable = sum(x.returnable for x in sold.lines)
        self._say(self.tr("Scan each item coming back (or set the quantities), then choose a "
                          "reason and its condition.") if returnable else
                  self.tr("Everything of this order was already returned."), error=not returnable)
        self.content.show()
        self._changed()

    def _tender(self) -> str:
        payments = self.detail.payments if self.detail is not None else []
        if not payments:
            return self.tr("as the order was paid")
        return "; ".join(tender_text(p.tender, p.card_brand, p.last_four) for p in payments)

    # -- scanning ----------------------------------------------------------------------------

    def handle_scan(self, scan: Scan) -> bool:
        """A wedge scan while this page shows: an order or receipt opens it, a product adds
        one unit of its line, a badge fills the manager's id when an approval is asked."""
        if scan.kind in (ScanKind.ORDER, ScanKind.RECEIPT):
            spawn(self.open_number(scan.code), name="returns-open")
            return True
        if scan.kind is ScanKind.PRODUCT and self.order is not None:
            if self.scanning_replacements():
                if self.recorded is None:
                    spawn(self.exchange_panel.add_ean(scan.code), name="exchange-add")
            else:
                self.scan_item(scan.code)
            return True
        return False

    # -- exchange ----------------------------------------------------------------------------

    def exchanging(self) -> bool:
        return self.exchange_button.isChecked()

    def scanning_replacements(self) -> bool:
        return self.exchanging() and self.scan_target.isChecked()

    def set_exchange(self, on: bool) -> None:
        """Exchange mode: what comes back pays for replacement items; scans now add those
        (F6 switches back to counting items coming back)."""
        if self.recorded is not None:
            return
        self.exchange_panel.setVisible(on)
        self.scan_target.setVisible(on)
        self.scan_target.setChecked(on)
        self._show_scan_target()
        self.confirm.setText(self.tr("Confirm exchange") if on else self.tr("Confirm return"))
        self.exchange_button.setText(self.tr("Just a return (F7)") if on
                                     else self.tr("Exchange instead (F7)"))
        self.slip.setText(self.tr("Print exchange slip") if on
                          else self.tr("Print returns slip"))
        if self.order is not None:
            self.title.setText((self.tr("Exchange from order %s") if on
                                else self.tr("Return from order %s"))
                               % self.order.sold.order_number
                               + (self.tr("  ·  gift receipt") if self.order.sold.gift_receipt
                                  else ""))
        self.confirm.setAccessibleName(
            self.tr("Record the exchange: the return, the replacements and the difference")
            if on else self.tr("Record the return and its refund"))
        self.method_label.setText(self.tr("Anything left back to") if on
                                  else self.tr("Refund to"))
        if on and self.order is not None:
            self._say(self.tr("Scan the replacement items (F6 switches to scanning items "
                              "coming back)."))
        self._changed()

    def _show_scan_target(self, *_args) -> None:
        self.scan_target.setText(
            self.tr("Scans add: replacements (F6)") if self.scan_target.isChecked()
            else self.tr("Scans count: items coming back (F6)"))

    def takes_badge(self, staff_id: str) -> bool:
        """A manager's badge scanned while an approval is asked fills their id here (and does
        not switch who is signed in)."""
        if self.order is None or not self.manager.isVisible():
            return False
        self.manager_id.setText(staff_id)
        self.manager_pin.setFocus()
        return True

    def scan_item(self, ean13: str) -> None:
        if self.order is None or self.recorded is not None:
            return
        rows = [r for r, x in enumerate(self.order.sold.lines)
                if self._ean(x.line_id) == ean13]
        if not rows:
            self._say(self.tr("That item (%1) is not on order %2. Put it aside: it cannot be "
                              "returned against this order.").replace("%1", ean13)
                      .replace("%2", self.order.sold.order_number), error=True)
            return
        for row in rows:
            qty = self._qty(row)
            if qty.value() < qty.maximum():
                qty.setValue(qty.value() + 1)
                name = self.lines.item(row, ITEM).text()
                self._say(self.tr("%1 × %2 coming back.").replace("%1", number(qty.value()))
                          .replace("%2", name))
                # the table keeps the focus: a scanner's next burst never types into a list
                self.lines.setFocus()
                return
        self._say(self.tr("Every %s that can still come back is already counted (bought less "
                          "already returned).") % self.lines.item(rows[0], ITEM).text(),
                  error=True)

    def _ean(self, line_id: str) -> str | None:
        assert self.order is not None
        return next((x.ean13 for x in self.order.products if x.line_id == line_id), None)

    # -- the return --------------------------------------------------------------------------

    def _qty(self, row: int) -> QSpinBox:
        return self.lines.cellWidget(row, RETURNING)

    def _reason(self, row: int) -> QComboBox:
        return self.lines.cellWidget(row, REASON)

    def _condition(self, row: int) -> QComboBox:
        return self.lines.cellWidget(row, CONDITION)

    def items(self) -> list[payloads.ReturnItem]:
        if self.order is None:
            return []
        return [payloads.ReturnItem(line_id=line.line_id, qty=self._qty(r).value(),
                                    reason=self._reason(r).currentData(),
                                    condition=self._condition(r).currentData())
                for r, line in enumerate(self.order.sold.lines) if self._qty(r).value() > 0]

    def method_chosen(self) -> str:
        return self.method.currentData() or str(rules.RefundMethod.STORE_CREDIT)

    def _changed(self, *_args) -> None:
        if self.order is not None and self.recorded is None:
            spawn(self._assess(), name="returns-assess")

    async def _assess(self) -> None:
        order = self.order
        if order is None:
            return
        self._assessing += 1
        assessing = self._assessing
        seen = await self.returns.assess(order, self.items(), self.method_chosen())
        if assessing != self._assessing or order is not self.order:
            return
        self.assessment = seen
        refunds = {x.line_id: x for x in seen.lines}
        for row, line in enumerate(order.sold.lines):
            refund = refunds.get(line.line_id)
            self.lines.item(row, REFUND).setText(
                money(refund.refund_cents, order.currency) if refund else "—")
        problems: list[str] = []
        if self.exchanging():
            self.settlement = self.exchange_panel.show_difference(seen.refund_cents)
            problems = self.exchange_panel.problems()
            totals = [self.tr("Coming back %s") % money(seen.refund_cents, order.currency)]
        else:
            totals = [self.tr("Refund %s") % money(seen.refund_cents, order.currency)]
        if seen.points_reversed:
            totals.append(self.tr("%s points taken back") % number(seen.points_reversed))
        if seen.points_restored:
            totals.append(self.tr("%s reward points given back") % number(seen.points_restored))
        self.totals.setText("  ·  ".join(totals))
        shown = [p for p in seen.problems if p.breach is not rules.Breach.NOTHING_RETURNED]
        said = [localized(rules.sentence(p, order.sold, order.names)) for p in shown] + [
            localized(p) for p in problems]
        self.problems.setText("\n".join(said))
        self.problems.setVisible(bool(said))
        self.manager.setVisible(bool(seen.exceptions))

    def confirm_return(self) -> None:
        if self.order is None or self.busy or self.recorded is not None:
            return
        spawn(self._record(), name="returns-record")

    async def _record(self) -> None:
        order = self.order
        assert order is not None
        self.busy = True
        self.confirm.setEnabled(False)
        items = self.items()
        try:
            if not items:
                raise InvalidInput("lines", rules.sentence(
                    rules.Problem(rules.Breach.NOTHING_RETURNED), order.sold))
            # out of policy: the manager's approval and the reason go with the return
            exception = self.assessment is not None and bool(self.assessment.exceptions)
            manager = (self.manager_id.text().strip().upper() or None) if exception else None
            if exception and manager is None:
                raise InvalidInput("manager_id", self.tr(
                    "This return is out of policy: a manager types their id (or scans their "
                    "badge) and PIN, and says why."))
            return_id = new_temp_id()

            def change(model: type, **more):
                return model(
                    order_id=order.sold.order_id, return_id=return_id, lines=items,
                    refund_method=self.method_chosen(),
                    exception_reason=(self.exception_reason.text().strip() or None)
                    if exception else None,
                    manager_id=manager,
                    manager_pin=(self.manager_pin.text() or None) if manager else None, **more)

            if self.exchanging():
                replacements = self.exchange_panel.items()
                if not replacements:
                    raise InvalidInput("replacements", self.tr(
                        "Scan the replacement items (or type their barcode) before recording "
                        "the exchange; with nothing in exchange, record a return instead."))
                exchange_id = new_temp_id()
                await self.returns.record_exchange(
                    change(payloads.OrderExchange, exchange_id=exchange_id,
                           replacements=replacements), self.exchange_panel.choices)
                self.exchange_id = exchange_id
            else:
                await self.returns.record(change(payloads.OrderReturn))
        except InvalidInput as exc:
            self._say(localized(exc), error=True)
            self.confirm.setEnabled(True)
            return
        finally:
            self.busy = False
            self.manager_pin.clear()
        self.recorded = (return_id, items)
        for row in range(self.lines.rowCount()):
            for column in (RETURNING, REASON, CONDITION):
                self.lines.cellWidget(row, column).setEnabled(False)
        self.method.setEnabled(False)
        self.manager.setEnabled(False)
        self.exchange_button.setEnabled(False)
        self.exchange_panel.set_enabled_rows(False)
        await self.refresh_outcome()
        (self.slip if self.slip.isEnabled() else self.number).setFocus()
        self.returnRecorded.emit(return_id)

    async def refresh_outcome(self) -> None:
        """What happened to the recorded return (after a sync: its real id, the refund's
        state, the voucher code), said on the page."""
        if self.order is None or self.recorded is None:
            return
        rows = await self.returns.returns_of(self.order.sold.order_id)
        temp, _ = self.recorded
        real = await self.returns.real_id(temp)
        row = next((r for r in rows if r.return_id in (temp, real)), None)
        if row is None:
            return
        self.outcome = row
        if self.exchange_id is not None:
            real_exchange = await self.returns.real_id(self.exchange_id)
            self.exchange = next((x for x in await self.returns.exchanges_of(
                self.order.sold.order_id) if x.exchange_id in (self.exchange_id, real_exchange)),
                None)
        self._say(self.outcome_text(row))
        # the slip's barcode is the return's number at the central service: a queued return has
        # none yet (a temporary id on paper would scan as nothing at the till)
        synced = not is_temp_id(row.return_id)
        self.slip.setEnabled(synced)
        self.slip.setToolTip("" if synced else self.tr(
            "The slip can be printed once the return has synced: its barcode is the return's "
            "number at the central service."))

    def exchange_text(self, exchange: ExchangeRow, row: ReturnRow) -> str:
        currency = self.order.currency if self.order else exchange.currency
        text = self.tr("Exchange recorded. ")
        if exchange.due_cents:
            text += self.tr("The customer pays %s at the till for the replacements; give "
                            "them the items from the shelf once paid.") % money(
                exchange.due_cents, currency)
        elif exchange.refund_cents:
            text += self.refund_text(row, exchange.refund_cents)
        else:
            text += self.tr("Even exchange: nothing to pay, nothing back.")
        if exchange.orders:
            text += " " + self.tr("Orders placed for the customer: %s.") % ", ".join(
                exchange.orders)
        elif exchange.pending:
            text += " " + self.tr("Replacements from other stores are ordered when this syncs.")
        if row.points_reversed:
            text += " " + self.tr("%s points taken back.") % number(row.points_reversed)
        reference = self.tr(" Exchange %s.") % exchange.exchange_id \
            if not is_temp_id(exchange.exchange_id) \
            else self.tr(" Queued: it syncs when the connection allows.")
        return text + reference

    def refund_text(self, row: ReturnRow, cents: int) -> str:
        amount = money(cents, self.order.currency if self.order else None)
        if row.refund_method == rules.RefundMethod.STORE_CREDIT:
            if row.voucher_code:
                return self.tr("Store credit of %1 back: give the customer voucher code %2 "
                               "(usable once).").replace("%1", amount) \
                    .replace("%2", row.voucher_code)
            return self.tr("Store credit of %s back: the voucher code is issued when this "
                           "syncs.") % amount
        return self.tr("%1 back to %2.").replace("%1", amount).replace("%2", self._tender())

    def outcome_text(self, row: ReturnRow) -> str:
        if self.exchange is not None:
            return self.exchange_text(self.exchange, row)
        amount = money(row.refund_cents, self.order.currency if self.order else None)
        if row.refund_method == rules.RefundMethod.STORE_CREDIT:
            if row.voucher_code:
                text = self.tr("Return recorded. Store credit of %1: give the customer voucher "
                               "code %2 (usable once).").replace("%1", amount) \
                    .replace("%2", row.voucher_code)
            else:
                text = self.tr("Return recorded. Store credit of %s: the voucher code is issued "
                               "when this syncs with the central service.") % amount
        elif row.refund_status == "refunded":
            text = self.tr("Return recorded. %1 refunded to %2.").replace("%1", amount) \
                .replace("%2", self._tender())
        elif row.refund_status == "failed":
            text = self.tr("Return recorded, but the refund of %1 to %2 failed: the central "
                           "service will say what to do.").replace("%1", amount) \
                .replace("%2", self._tender())
        elif row.pending:
            text = self.tr("Return recorded. Refund of %1 to %2: sent to the central service "
                           "when this syncs, then paid back to the card.").replace("%1", amount) \
                .replace("%2", self._tender())
        else:
            text = self.tr("Return recorded. Refund of %1 to %2 is pending with the payment "
                           "service.").replace("%1", amount).replace("%2", self._tender())
        if row.points_reversed:
            text += " " + self.tr("%s points taken back.") % number(row.points_reversed)
        reference = self.tr(" Return %s.") % row.return_id if not is_temp_id(row.return_id) \
            else self.tr(" Queued: it syncs when the connection allows.")
        return text + reference

    # -- the slip ----------------------------------------------------------------------------

    def print_slip(self) -> Path | None:
        if self.order is None or self.recorded is None or self.outcome is None \
                or is_temp_id(self.outcome.return_id) or (
                    self.exchange is not None and is_temp_id(self.exchange.exchange_id)):
            return None
        row, (_, items) = self.outcome, self.recorded
        store = self.returns.store_id
        said = self.outcome_text(row)
        refund = said.removeprefix(self.tr("Return recorded. ")).removeprefix(
            self.tr("Exchange recorded. "))
        # an exchange's slip carries the exchange's number: the till takes what is due by it
        number = self.exchange.exchange_id if self.exchange is not None else row.return_id
        path = self.prints_dir / f"{'exchange' if self.exchange else 'return'}-{number}.pdf"
        page = slip_html(self.order, row, items, refund, self.policy_label.text(), store)
        if self.exchange is not None:
            page = page.replace(html.escape(self.tr("Return %s") % row.return_id),
                                html.escape(self.tr("Exchange %s") % number), 1)
            page += self._replacements_html()
        print_to_pdf(page, path, {"barcode.png": code128.image(number)})
        self.last_slip = path
        self._say(said + " " + self.tr("Slip saved: %s") % path)
        self.slipPrinted.emit(str(path))
        return path

    def _replacements_html(self) -> str:
        panel = self.exchange_panel
        rows = "".join(
            f"<tr><td>{html.escape(panel.choices[x.product_id].name)}</td>"
            f"<td align='center'>{number(x.qty)}</td>"
            f"<td>{html.escape(panel.source_text(x))}</td>"
            f"<td align='right'>{html.escape(money(x.qty * (panel.choices[x.product_id].price_cents or 0), panel.currency))}</td></tr>"  # noqa: E501
            for x in panel.items())
        heads = (self.tr("Given in exchange"), self.tr("Item"), self.tr("Qty"),
                 self.tr("Comes from"), self.tr("Total"))
        return (f"<h2>{html.escape(heads[0])}</h2>"
                "<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
                f"<tr><th align='left'>{heads[1]}</th><th>{heads[2]}</th>"
                f"<th align='left'>{heads[3]}</th>"
                f"<th align='right'>{heads[4]}</th></tr>{rows}</table>")

    # -- helpers -----------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        text = localized(text)
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def focus_number(self) -> None:
        self.number.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number.selectAll()
