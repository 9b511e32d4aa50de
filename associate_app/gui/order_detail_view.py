"""The order detail (issue 13): one order of any channel — lines with what was ordered, picked,
declined or added at pickup, collected and returned, prices, discounts and points, how it was
paid, its history and a web order's parcel — enough to answer "where is my order?" at the
counter. Opened from the customer 360, by scanning or typing an order or receipt number
anywhere, and from Pickups; Esc or Back returns to where staff were. Reads go through
:class:`OrderService`; no SQL or HTTP here."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from associate_app.gui.async_tools import spawn
from associate_app.gui.formatting import (
    channel_text,
    date_text,
    money,
    number,
    order_status_text,
    tender_text,
)
from associate_app.gui.messages import localized
from associate_app.gui.tables import read_only_rows
from associate_app.gui.touch import TOUCH
from associate_app.gui.touch import label as _label
from associate_app.order_service import OrderLookup, OrderService, Source
from store_contract import wire
from store_contract.domain import returns as rules


def _when(value: datetime | None, with_time: bool = True) -> str:
    if value is None:
        return "—"
    return date_text(value, with_time=with_time)



def _table(name: str, accessible: str, headers: list[str], stretch: int) -> tuple[
        QTableView, QStandardItemModel]:
    """A read-only table whose column ``stretch`` takes the room the others leave."""
    view = QTableView(objectName=name)
    view.setAccessibleName(accessible)
    model = QStandardItemModel(0, len(headers), view)
    model.setHorizontalHeaderLabels(headers)
    view.setModel(model)
    read_only_rows(view, 40)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view, model


def _cell(text: str, *, right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class OrderDetailView(QWidget):
    """``orderShown(order_number)`` once an order is on screen, ``orderMissing(number)`` when
    one cannot be shown (the sentence is on screen); ``backRequested`` on Esc or Back."""

    backRequested = Signal()
    returnRequested = Signal(str)  # the order number, to return items of it
    orderShown = Signal(str)
    orderMissing = Signal(str)

    def __init__(self, orders: OrderService, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="orderDetailPage")
        self.setAccessibleName(self.tr("Order detail"))
        self.orders = orders
        self.detail: wire.OrderDetail | None = None
        self._opening = 0  # the newest opening wins: an older read never replaces it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 24, 36, 20)
        outer.setSpacing(10)

        head = QHBoxLayout()
        self.back = QPushButton(self.tr("‹ Back"), objectName="orderBackButton")
        self.back.setAccessibleName(self.tr("Back to where you were (Esc)"))
        self.back.setMinimumHeight(TOUCH)
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self.backRequested)
        head.addWidget(self.back)
        self.title = QLabel(self.tr("Order"), objectName="pageTitle")
        self.title.setAccessibleName(self.tr("Order number"))
        head.addWidget(self.title, 1)
        self.number = QLineEdit(objectName="orderNumberField")
        self.number.setPlaceholderText(self.tr("Scan or type an order or receipt number"))
        self.number.setAccessibleName(self.tr("Order or receipt number"))
        self.number.setMinimumSize(360, TOUCH)
        self.number.returnPressed.connect(self._find_typed)
        head.addWidget(self.number)
        self.find = QPushButton(self.tr("Find"), objectName="orderFindButton")
        self.find.setAccessibleName(self.tr("Find the order"))
        self.find.setMinimumHeight(TOUCH)
        self.find.setAutoDefault(False)
        self.find.clicked.connect(self._find_typed)
        head.addWidget(self.find)
        self.return_items = QPushButton(self.tr("Return items…"), objectName="orderReturnButton")
        self.return_items.setAccessibleName(self.tr("Return items of this order"))
        self.return_items.setMinimumHeight(TOUCH)
        self.return_items.setAutoDefault(False)
        self.return_items.setEnabled(False)
        self.return_items.clicked.connect(
            lambda: self.detail is not None and self.returnRequested.emit(
                self.detail.order_number))
        head.addWidget(self.return_items)
        outer.addLayout(head)

        self.message = _label("orderMessage", self.tr("Order message"))
        outer.addWidget(self.message)

        self.content = QWidget(objectName="orderContent")
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.status = _label("orderStatus", self.tr("Status"))
        self.status.setStyleSheet("font-size: 20px; font-weight: 600;")
        grid.addWidget(self.status, 0, 0)
        self.summary = _label("orderSummary", self.tr("Channel, store and dates"))
        grid.addWidget(self.summary, 1, 0)
        self.customer = _label("orderCustomer", self.tr("Customer"))
        grid.addWidget(self.customer, 2, 0)
        self.payment = _label("orderPayment", self.tr("How it was paid"))
        grid.addWidget(self.payment, 3, 0)

        self.parcel = QFrame(objectName="orderParcel")
        self.parcel.setFrameShape(QFrame.Shape.StyledPanel)
        self.parcel.setAccessibleName(self.tr("Parcel tracking"))
        parcel = QVBoxLayout(self.parcel)
        parcel.addWidget(QLabel(self.tr("Parcel"), objectName="sectionTitle"))
        self.tracking = _label("orderTracking", self.tr("Carrier and tracking number"))
        parcel.addWidget(self.tracking)
        self.latest = _label("orderLatestEvent", self.tr("Where the parcel is"))
        self.latest.setStyleSheet("font-size: 16px; font-weight: 600;")
        parcel.addWidget(self.latest)
        grid.addWidget(self.parcel, 0, 1, 4, 1)

        grid.addWidget(QLabel(self.tr("Items"), objectName="sectionTitle"), 4, 0, 1, 2)
        self.lines, self.lines_model = _table(
            "orderLinesTable", self.tr("Items of the order"),
            [self.tr("Item"), self.tr("Ordered"), self.tr("Picked"), self.tr("Collected"),
             self.tr("Returned"), self.tr("Price"), self.tr("Discount"), self.tr("Points")],
            stretch=0)
        self.lines.horizontalHeader().setMinimumSectionSize(96)  # "£1,299.00" never elided
        grid.addWidget(self.lines, 5, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("History"), objectName="sectionTitle"), 6, 0, 1, 2)
        self.history, self.history_model = _table(
            "orderHistoryTable", self.tr("What happened to the order, oldest first"),
            [self.tr("Step"), self.tr("When"), self.tr("Where")], stretch=2)
        grid.addWidget(self.history, 7, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(5, 3)  # the items first: the history scrolls
        grid.setRowStretch(7, 2)
        outer.addWidget(self.content, 1)
        self.content.hide()

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.backRequested)

    # -- opening -----------------------------------------------------------------------------

    def _find_typed(self) -> None:
        text = self.number.text().strip()
        if text:
            spawn(self.open_number(text), name="order-detail")

    async def open_number(self, number: str) -> bool:
        """Find an order by its order or receipt number and show it (or why not)."""
        opening = self._begin(number.strip().upper())
        return self._show(opening, await self.orders.find(number))

    async def open_order(self, order_id: str) -> bool:
        """Show an order of this store's data (a row of the customer 360)."""
        opening = self._begin("")
        return self._show(opening, await self.orders.open(order_id))

    def _begin(self, number: str) -> int:
        self._opening += 1
        self.message.setText(self.tr("Looking for order %s…") % number if number
                             else self.tr("Opening the order…"))
        self.message.setProperty("error", False)
        return self._opening

    def _show(self, opening: int, lookup: OrderLookup) -> bool:
        if opening != self._opening:
            return False  # staff asked for another order meanwhile
        if lookup.detail is None:
            self.detail = None
            self.return_items.setEnabled(False)
            self.content.hide()
            self.title.setText(self.tr("Order %s") % lookup.number if lookup.number
                               else self.tr("Order"))
            self.message.setText(localized(lookup.problem))
            self.message.setProperty("error", True)
            self.orderMissing.emit(lookup.number)
            return False
        self.number.clear()
        self.show_detail(lookup.detail, lookup.source or Source.CACHE)
        self.orderShown.emit(lookup.detail.order_number)
        return True

    # -- showing -----------------------------------------------------------------------------

    def show_detail(self, d: wire.OrderDetail, source: Source) -> None:
        self.detail = d
        # this store's orders that reached the customer may come back here
        self.return_items.setEnabled(source is Source.CACHE
                                     and d.status.value in rules.WITH_CUSTOMER)
        cur = d.currency
        receipt = self.tr("  ·  receipt %s") % d.receipt_number if d.receipt_number else ""
        self.title.setText(self.tr("Order %s") % d.order_number + receipt)
        self.message.setText(
            self.tr("From this store's data.") if source is Source.CACHE else
            self.tr("Fetched from the central service just now (not in this store's data)."))
        self.message.setProperty("error", False)
        self.status.setText(order_status_text(d.status.value))
        where = (d.store_name or d.store_id) if d.store_id else self.tr("Sent to the "
                                                                        "customer's address")
        summary = [f"{channel_text(d.channel.value)}  ·  {where}",
                   self.tr("Placed %s") % _when(d.placed_at)]
        if d.promised_at is not None:
            summary.append(self.tr("Promised for %s") % _when(d.promised_at, with_time=False))
        summary.append(self.tr("Total %s") % money(d.total_cents, cur))
        self.summary.setText("\n".join(summary))
        contact = " · ".join(x for x in (d.customer_email, d.customer_phone) if x)
        masked = self.tr("\nAnother store's customer: contact details are masked.") \
            if d.contact_masked else ""
        self.customer.setText(self.tr("Customer: %s") % d.customer_name
                              + (f"\n{contact}" if contact else "") + masked)
        self.payment.setText(
            self.tr("Paid: ") + "; ".join(
                f"{tender_text(p.tender, p.card_brand, p.last_four)}, {money(p.amount_cents, cur)}"
                for p in d.payments)
            if d.payments else self.tr("Payment: not recorded"))
        self._show_parcel(d)
        self.lines_model.removeRows(0, self.lines_model.rowCount())
        for line in d.lines:
            name = line.product_name
            if line.substitute_name:
                name += self.tr(" (replaced by %s)") % line.substitute_name
            if line.qty_short:
                name += self.tr(" — %s short") % number(line.qty_short)
            # changes at the pickup counter: on a line of their own, never elided with the name
            at_pickup = []
            if line.qty_declined:  # refunded to the tender
                at_pickup.append(self.tr("%s declined at pickup") % number(line.qty_declined))
            if line.add_on:  # taken from the shelf at handover
                at_pickup.append(self.tr("added at pickup · pay at the till"))
            if at_pickup:
                name += "\n" + " · ".join(at_pickup)
            self.lines_model.appendRow([
                _cell(name), _cell(number(line.qty_ordered), right=True),
                _cell(number(line.qty_picked), right=True),
                _cell(number(line.qty_collected), right=True),
                _cell(number(line.qty_returned), right=True),
                _cell(money(line.unit_price_cents, cur), right=True),
                _cell(money(-line.discount_cents, cur) if line.discount_cents else "—",
                      right=True),
                _cell(number(line.points_earned) if line.points_earned else "—", right=True),
            ])
            if at_pickup:  # two lines of text, still touch-sized
                row = self.lines_model.rowCount() - 1
                self.lines.setRowHeight(row, max(TOUCH, self.lines.sizeHintForRow(row) + 16))
        self.history_model.removeRows(0, self.history_model.rowCount())
        for event in d.events:
            where = " · ".join(x for x in (event.store_id, event.note) if x)
            self.history_model.appendRow([_cell(order_status_text(event.status)),
                                          _cell(_when(event.at)), _cell(where or "—")])
        if not d.events:
            self.history_model.appendRow([_cell(self.tr("No history recorded yet"))])
        self.content.show()

    def _show_parcel(self, d: wire.OrderDetail) -> None:
        if not d.shipments:
            self.parcel.setVisible(False)
            return
        s = d.shipments[-1]
        self.parcel.setVisible(True)
        promised = s.promised_at or d.promised_at
        self.tracking.setText("\n".join([
            self.tr("%1, tracking number %2").replace("%1", s.carrier)
            .replace("%2", s.tracking_number),
            self.tr("Shipped %s") % _when(s.shipped_at),
            self.tr("Promised for %s") % _when(promised, with_time=False),
        ]))
        if s.delivered_at is not None:
            latest = self.tr("Delivered %s") % _when(s.delivered_at)
        elif s.latest_event:
            latest = self.tr("Latest: %1 (%2)").replace("%1", s.latest_event).replace(
                "%2", _when(s.latest_event_at))
        else:
            latest = self.tr("On its way")
        self.latest.setText(latest)

    def focus_number(self) -> None:
        self.number.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number.selectAll()
