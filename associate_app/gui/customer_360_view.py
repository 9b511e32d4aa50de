"""The customer 360: loyalty, contact, online wishlist and carts with stock here, orders from
every channel, and the timeline — readable at a glance on a counter tablet."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from associate_app.cache.customer_360 import Customer360, ProductLine, TimelineEntry
from associate_app.gui.formatting import exchange_summary, money, return_summary
from associate_app.gui.tables import read_only_rows
from store_contract.domain.permissions import Permission, Role, can

# colour of each kind of timeline entry (text glyphs would depend on the tablet's fonts)
_KIND_COLOURS = {"chat": "#2f6fae", "ticket": "#8e44ad", "note": "#1b7f3b",
                 "notification": "#6b7a89", "loyalty": "#b7791f", "order": "#16324f",
                 "return": "#a0422a"}


# the words of the data's codes (translated where they are shown)
_CHANNEL_WORDS = {"click_and_collect": "Click & collect", "online": "Online",
                  "in_store": "In store"}
_INTERACTION_WORDS = {"chat": "Chat", "ticket": "Support ticket", "note": "Note"}


def _date(iso: str | None, with_time: bool = False) -> str:
    if not iso:
        return "—"
    try:
        value = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso[:16]
    return value.strftime("%d %b %Y %H:%M" if with_time else "%d %b %Y")


def _stock_text(line: ProductLine) -> tuple[str, str]:
    """(availability here, nearby) as staff say it."""
    if line.here is None:
        return "Not stocked", "—"
    here = f"{line.here.available} here" if line.here.available else "Out of stock"
    nearby = (f"{line.here.nearby_stores} store{'s' if line.here.nearby_stores != 1 else ''}"
              if line.here.nearby_stores else "None")
    return here, nearby


def _button(name: str, text: str, accessible: str) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


def _table(name: str, accessible: str, headers: list[str]) -> tuple[QTableView,
                                                                   QStandardItemModel]:
    view = QTableView(objectName=name)
    view.setAccessibleName(accessible)
    model = QStandardItemModel(0, len(headers), view)
    model.setHorizontalHeaderLabels(headers)
    view.setModel(model)
    read_only_rows(view, 40, wrap=True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view, model


class Customer360View(QWidget):
    backRequested = Signal()
    addNoteRequested = Signal()
    addWishlistRequested = Signal()
    earnRequested = Signal()
    redeemRequested = Signal()
    consentChanged = Signal(bool)
    orderOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="customer360")
        self.setAccessibleName(self.tr("Customer details"))
        self.customer: Customer360 | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 16)
        outer.setSpacing(10)

        top = QHBoxLayout()
        self.back = _button("backToSearchButton", self.tr("← Search"),
                            self.tr("Back to customer search"))
        top.addWidget(self.back)
        self.name = QLabel(objectName="customerName")
        self.name.setAccessibleName(self.tr("Customer name"))
        top.addWidget(self.name, 1)
        self.consent = QCheckBox(self.tr("Marketing consent"), objectName="consentToggle")
        self.consent.setAccessibleName(self.tr("Marketing consent"))
        top.addWidget(self.consent)
        outer.addLayout(top)

        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.loyalty = QLabel(objectName="loyaltySummary", wordWrap=True)
        self.loyalty.setAccessibleName(self.tr("Loyalty"))
        self.contact = QLabel(objectName="contactSummary", wordWrap=True)
        self.contact.setAccessibleName(self.tr("Contact and preferences"))
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.loyalty, self.contact):
            frame = QFrame()
            frame.setProperty("role", "card")
            lay = QVBoxLayout(frame)
            lay.setContentsMargins(18, 12, 18, 12)
            lay.addWidget(label)
            cards.addWidget(frame, 1)
        outer.addLayout(cards)

        actions = QHBoxLayout()
        self.add_note = _button("addNoteButton", self.tr("Add note"),
                                self.tr("Add a note to the customer's timeline"))
        self.add_wish = _button("addWishlistButton", self.tr("Add to wishlist"),
                                self.tr("Add a product to the customer's wishlist"))
        self.earn = _button("earnPointsButton", self.tr("Earn points"),
                            self.tr("Add points for an in-store purchase"))
        self.redeem = _button("redeemPointsButton", self.tr("Redeem points"),
                              self.tr("Pay for a reward with points"))
        for b in (self.add_note, self.add_wish, self.earn, self.redeem):
            actions.addWidget(b)
        #: the signed-in person's role: what it may not do is not offered
        self.role: str = Role.ASSOCIATE
        self._needs = {self.add_note: Permission.ADD_NOTE, self.add_wish: Permission.ADD_WISHLIST,
                       self.earn: Permission.EARN_POINTS, self.redeem: Permission.REDEEM_POINTS,
                       self.consent: Permission.SET_CONSENT}
        actions.addStretch(1)
        outer.addLayout(actions)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.addWidget(QLabel(self.tr("Wishlist and open online carts"),
                              objectName="sectionTitle"), 0, 0)
        self.wishlist, self.wishlist_model = _table(
            "wishlistTable", self.tr("Wishlist and carts"),
            [self.tr("Product"), self.tr("From"), self.tr("Price"), self.tr("Here"),
             self.tr("Nearby")])
        grid.addWidget(self.wishlist, 1, 0)
        grid.addWidget(QLabel(self.tr("Orders from every channel"), objectName="sectionTitle"),
                       2, 0)
        self.orders, self.orders_model = _table(
            "ordersTable", self.tr("Orders"),
            [self.tr("Order"), self.tr("Channel"), self.tr("Status"), self.tr("Placed"),
             self.tr("Total")])
        grid.addWidget(self.orders, 3, 0)
        grid.addWidget(QLabel(self.tr("Timeline"), objectName="sectionTitle"), 0, 1)
        self.timeline = QListView(objectName="timelineList")
        self.timeline.setAccessibleName(self.tr("Timeline, newest first"))
        self.timeline_model = QStandardItemModel(self.timeline)
        self.timeline.setModel(self.timeline_model)
        self.timeline.setWordWrap(True)
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setSpacing(2)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        grid.addWidget(self.timeline, 1, 1, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)
        outer.addLayout(grid, 1)

        self.back.clicked.connect(self.backRequested)
        self.add_note.clicked.connect(self.addNoteRequested)
        self.add_wish.clicked.connect(self.addWishlistRequested)
        self.earn.clicked.connect(self.earnRequested)
        self.redeem.clicked.connect(self.redeemRequested)
        self.consent.clicked.connect(self.consentChanged)
        self.orders.activated.connect(self._order_activated)

    def _order_activated(self, index) -> None:
        item = self.orders_model.item(index.row(), 0)
        if item is not None:
            self.orderOpened.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_customer(self, c: Customer360) -> None:
        self.customer = c
        pending = self.tr("  · waiting to sync") if c.pending else ""
        self.name.setText(f"{c.name}{pending}")
        self.consent.setChecked(c.marketing_consent)
        self.consent.setToolTip(self.tr("Last changed %s") % _date(c.consent_updated_at, True))
        if c.card_number:
            points = f"{c.points_balance or 0:,} points"
            if c.pending_points:
                sign = "+" if c.pending_points > 0 else "−"
                points += f"  ({sign}{abs(c.pending_points):,} pending)"
            self.loyalty.setText(
                f"<b style='font-size:20px'>{(c.tier or '').title()}</b> · "
                f"<b style='font-size:20px'>{points}</b><br>"
                f"Card ••••{c.card_number[-4:]} · member since {_date(c.member_since)}")
        else:
            self.loyalty.setText(self.tr("No loyalty card yet") if not c.pending else
                                 self.tr("Loyalty card: issued when this enrolment syncs"))
        channel = (c.preferred_channel or "").replace("_", " ")
        self.contact.setText(
            f"{c.email or '—'}<br>{c.phone_e164 or '—'}<br>"
            f"Prefers {channel or '—'} · home store {c.preferred_store_name or '—'}"
            f"<br>Customer since {_date(c.created_at)}")
        has_card = bool(c.card_number)
        self.earn.setEnabled(has_card)
        self.redeem.setEnabled(has_card and (c.points_balance or 0) + min(0, c.pending_points) > 0)
        for widget, permission in self._needs.items():
            widget.setVisible(can(self.role, permission))

        self.wishlist_model.removeRows(0, self.wishlist_model.rowCount())
        rows = [(line, self.tr("Wishlist") + (self.tr(" (pending)") if line.pending else ""))
                for line in c.wishlist]
        rows += [(line, self.tr("%s cart") % cart.channel.replace("_", " ").title())
                 for cart in c.carts for line in cart.lines]
        for line, source in rows:
            here, nearby = _stock_text(line)
            items = [QStandardItem(f"{line.name}" + (f" — {line.brand}" if line.brand else "")),
                     QStandardItem(source),
                     QStandardItem(money(line.unit_price_cents, line.currency or c.currency) +
                                   (f" × {line.qty}" if line.qty > 1 else "")),
                     QStandardItem(here), QStandardItem(nearby)]
            if line.here is None or not line.here.available:
                items[3].setForeground(QColor("#b3261e"))
            else:
                items[3].setForeground(QColor("#1b7f3b"))
            self.wishlist_model.appendRow(items)
        if not rows:
            self.wishlist_model.appendRow([QStandardItem(self.tr("Nothing on the wishlist and "
                                                                 "no open online cart"))])

        self.orders_model.removeRows(0, self.orders_model.rowCount())
        for o in c.orders:
            first = QStandardItem(o.order_number)
            first.setData(o.order_id, Qt.ItemDataRole.UserRole)
            self.orders_model.appendRow([
                first, QStandardItem(o.channel.replace("_", " ")),
                QStandardItem(o.status.replace("_", " ")), QStandardItem(_date(o.placed_at)),
                QStandardItem(money(o.total_cents, c.currency))])
        if not c.orders:
            self.orders_model.appendRow([QStandardItem(self.tr("No orders yet"))])
        for view in (self.wishlist, self.orders):
            view.resizeColumnsToContents()
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.timeline_model.clear()
        for entry in c.timeline:
            title, body = self._timeline_words(entry, c.currency)
            text = f"{title}  ·  {_date(entry.at, True)}"
            if body:
                text += f"\n{body}"
            if entry.pending:
                text += self.tr("\n(waiting to sync)")
            item = QStandardItem(text)
            item.setData(entry.kind, Qt.ItemDataRole.UserRole)
            item.setForeground(QColor("#8a5a00" if entry.pending
                                      else _KIND_COLOURS.get(entry.kind, "#1d2733")))
            self.timeline_model.appendRow(item)
        if not c.timeline:
            self.timeline_model.appendRow(QStandardItem(self.tr("No history yet")))
        # wrapped rows get their height once the view knows its width
        QTimer.singleShot(0, self.timeline.doItemsLayout)

    def _timeline_words(self, e: TimelineEntry, currency: str | None) -> tuple[str, str]:
        """(title, body) of one timeline entry, as staff read it."""
        if e.kind == "notification":
            return (self.tr("Sent by %s: %s") % (e.channel, (e.template or "").replace("_", " ")),
                    e.text)
        if e.kind == "loyalty":
            sign = "+" if e.points >= 0 else "−"
            title = self.tr("Points %s: %s") % (e.reason, f"{sign}{abs(e.points):,}")
            if e.pending:
                return title, ""  # the entry says it waits to sync
            where = self.tr(" at %s") % e.store_id if e.store_id else self.tr(" online")
            return title, f"{(e.reason or '').title()}{where}"
        if e.kind == "order":
            channel = self.tr(_CHANNEL_WORDS.get(e.channel or "", e.channel or ""))
            return (self.tr("%s order %s") % (channel, e.order_number),
                    f"{money(e.total_cents, currency)} · {(e.status or '').replace('_', ' ')}")
        if e.kind == "return":
            if (e.return_id or "").startswith("RD"):
                title = self.tr("Declined at pickup, order %s") % (e.order_number or "—")
            elif e.exchanged_cents is not None:
                title = self.tr("Exchange of order %s") % (e.order_number or "—")
                return title, exchange_summary(e.items, e.exchanged_cents, e.due_cents,
                                               e.total_cents, currency, e.refund_method,
                                               e.pending)
            else:
                title = self.tr("Return of order %s") % (e.order_number or "—")
            return title, return_summary(e.items, e.total_cents, currency, e.refund_method,
                                         e.refund_status, e.pending)
        title = self.tr(_INTERACTION_WORDS.get(e.kind, e.kind))
        if e.kind != "note" and e.subject:
            title = f"{title}: {e.subject}"
        if e.status:
            title += f" ({e.status})"
        if e.kind == "note" and e.staff_id:
            title += self.tr(" by %s") % e.staff_id
        return title, e.text
