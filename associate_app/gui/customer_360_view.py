"""The customer 360: loyalty, contact, online wishlist and carts with stock here, orders from
every channel, and the timeline — readable at a glance on a counter tablet."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from associate_app.cache.customer_360 import Customer360, ProductLine, TimelineEntry
from associate_app.gui.formatting import (
    date_text,
    exchange_summary,
    money,
    number,
    order_status_text,
    return_summary,
    signed_number,
)
from associate_app.gui.messages import localized
from associate_app.gui.tables import read_only_rows
from associate_app.loyalty_service import Standing
from store_contract.domain import carts as cart_rules
from store_contract.domain.permissions import Permission, Role, can

# colour of each kind of timeline entry (text glyphs would depend on the tablet's fonts)
_KIND_COLOURS = {"chat": "#2f6fae", "ticket": "#8e44ad", "note": "#1b7f3b",
                 "notification": "#6b7a89", "loyalty": "#b7791f", "order": "#16324f",
                 "return": "#a0422a"}


# the words of the data's codes (translated where they are shown)
_CHANNEL_WORDS = {"click_and_collect": QT_TRANSLATE_NOOP("Customer360View", "Click & collect"),
                  "online": QT_TRANSLATE_NOOP("Customer360View", "Online"),
                  "in_store": QT_TRANSLATE_NOOP("Customer360View", "In store")}
#: why points changed (the ledger's reason codes), as the timeline's title says it
_POINTS_WORDS = {"earn": QT_TRANSLATE_NOOP("Customer360View", "Points earned: %s"),
                 "bonus": QT_TRANSLATE_NOOP("Customer360View", "Bonus points: %s"),
                 "redeem": QT_TRANSLATE_NOOP("Customer360View", "Points spent on a reward: %s"),
                 "expire": QT_TRANSLATE_NOOP("Customer360View", "Points expired: %s"),
                 "return": QT_TRANSLATE_NOOP("Customer360View",
                                             "Points taken back for a return: %s"),
                 "return_restore": QT_TRANSLATE_NOOP("Customer360View",
                                                     "Points given back after a return: %s"),
                 "voucher_cancel": QT_TRANSLATE_NOOP("Customer360View",
                                                     "Points back from a cancelled voucher: %s"),
                 "declined": QT_TRANSLATE_NOOP("Customer360View",
                                               "Points taken back for items declined: %s")}
#: what a message the customer was sent was about (``notifications.template``)
_MESSAGE_WORDS = {"order_confirmation": QT_TRANSLATE_NOOP("Customer360View", "order confirmation"),
                  "order_dispatched": QT_TRANSLATE_NOOP("Customer360View", "order dispatched"),
                  "order_ready": QT_TRANSLATE_NOOP("Customer360View", "ready to collect"),
                  "ready_for_pickup": QT_TRANSLATE_NOOP("Customer360View", "ready to collect"),
                  "collected": QT_TRANSLATE_NOOP("Customer360View", "order collected"),
                  "order_refund": QT_TRANSLATE_NOOP("Customer360View", "refund"),
                  "order_cancelled": QT_TRANSLATE_NOOP("Customer360View", "order cancelled"),
                  "loyalty_code": QT_TRANSLATE_NOOP("Customer360View", "loyalty code"),
                  "loyalty_reward": QT_TRANSLATE_NOOP("Customer360View", "reward voucher")}
_SENT_BY = {"sms": QT_TRANSLATE_NOOP("Customer360View", "Sent by text message: %s"),
            "email": QT_TRANSLATE_NOOP("Customer360View", "Sent by email: %s")}
_INTERACTION_WORDS = {"chat": QT_TRANSLATE_NOOP("Customer360View", "Chat"),
                      "ticket": QT_TRANSLATE_NOOP("Customer360View", "Support ticket"),
                      "note": QT_TRANSLATE_NOOP("Customer360View", "Note")}


def _date(iso: str | None, with_time: bool = False) -> str:
    if not iso:
        return "—"
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16]
    return date_text(value, with_time=with_time)


translate = QCoreApplication.translate  # the name lupdate reads


def _stock_text(line: ProductLine) -> tuple[str, str]:
    """(availability here, nearby) as staff say it."""
    if line.here is None:
        return translate("Customer360View", "Not stocked"), "—"
    here = (translate("Customer360View", "%1 here").replace("%1", number(line.here.available))
            if line.here.available else translate("Customer360View", "Out of stock"))
    stores = line.here.nearby_stores
    nearby = (translate("Customer360View", "1 store") if stores == 1
              else translate("Customer360View", "%1 stores").replace("%1", number(stores))
              if stores else translate("Customer360View", "None"))
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
    giveCardRequested = Signal()
    cancelVoucherRequested = Signal(str)  # the voucher's id
    consentChanged = Signal(bool)
    orderOpened = Signal(str)
    cartOpened = Signal(str)  # an open online cart's row activated (issue 14): its cart id

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
        # the programme (issue 14): progress, what expires, the vouchers
        self.programme = QLabel(objectName="loyaltyProgramme", wordWrap=True)
        self.programme.setAccessibleName(self.tr("Tier progress and points expiring"))
        self.vouchers = QListWidget(objectName="vouchersList")
        self.vouchers.setAccessibleName(self.tr("The customer's vouchers"))
        self.vouchers.setMaximumHeight(84)
        self.vouchers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.vouchers.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.vouchers.itemSelectionChanged.connect(self._voucher_chosen)
        self.cancel_voucher = _button("cancelVoucherButton", self.tr("Cancel voucher"),
                                      self.tr("Cancel the chosen reward voucher (its points "
                                              "go back)"))
        self.cancel_voucher.setEnabled(False)
        self.cancel_voucher.clicked.connect(self._cancel_chosen)
        for label in (self.loyalty, self.contact):
            frame = QFrame()
            frame.setProperty("role", "card")
            lay = QVBoxLayout(frame)
            lay.setContentsMargins(18, 12, 18, 12)
            lay.addWidget(label)
            if label is self.loyalty:
                lay.addWidget(self.programme)
                below = QHBoxLayout()
                below.addWidget(self.vouchers, 1)
                below.addWidget(self.cancel_voucher, 0, Qt.AlignmentFlag.AlignTop)
                lay.addLayout(below)
            cards.addWidget(frame, 1)
        outer.addLayout(cards)

        actions = QHBoxLayout()
        self.add_note = _button("addNoteButton", self.tr("Add note"),
                                self.tr("Add a note to the customer's timeline"))
        self.add_wish = _button("addWishlistButton", self.tr("Add to wishlist"),
                                self.tr("Add a product to the customer's wishlist"))
        self.earn = _button("earnPointsButton", self.tr("Earn points"),
                            self.tr("Add points for an in-store purchase"))
        self.redeem = _button("redeemPointsButton", self.tr("Rewards…"),
                              self.tr("A reward for the customer's points, with them here"))
        self.give_card = _button("giveCardButton", self.tr("Give a card…"),
                                 self.tr("Give the customer a loyalty card"))
        for b in (self.add_note, self.add_wish, self.earn, self.redeem, self.give_card):
            actions.addWidget(b)
        #: the signed-in person's role: what it may not do is not offered
        self.role: str = Role.ASSOCIATE
        self._needs = {self.add_note: Permission.ADD_NOTE, self.add_wish: Permission.ADD_WISHLIST,
                       self.earn: Permission.EARN_POINTS, self.redeem: Permission.REDEEM_POINTS,
                       self.give_card: Permission.ENROL_CUSTOMER,
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
        self.give_card.clicked.connect(self.giveCardRequested)
        self.consent.clicked.connect(self.consentChanged)
        self.orders.activated.connect(self._order_activated)
        self.wishlist.activated.connect(self._cart_activated)

    # -- the programme ---------------------------------------------------------------------------

    def show_standing(self, standing: Standing | None) -> None:
        """The customer's standing in the programme: progress to the next tier, points about to
        expire, a campaign running, and their vouchers."""
        self.vouchers.clear()
        self.cancel_voucher.setEnabled(False)
        if standing is None:
            self.programme.clear()
            self.programme.setVisible(False)
            self.vouchers.setVisible(False)
            self.cancel_voucher.setVisible(False)
            return
        currency = self.customer.currency if self.customer else None
        lines = []
        p = standing.progress
        if p.next_tier is None:
            lines.append(self.tr("Top tier: %s") % p.tier.value.title())
        else:
            lines.append(self.tr("%1 to %2 (spend over the last 12 months)")
                         .replace("%1", money(p.to_go_cents, currency))
                         .replace("%2", p.next_tier.value.title()))
        if standing.expired_now:
            lines.append(self.tr("%s points past their date: taken off at the next change")
                         % number(standing.expired_now))
        if standing.expiring is not None:
            lines.append(self.tr("%1 points expire on %2")
                         .replace("%1", number(standing.expiring.points))
                         .replace("%2", date_text(standing.expiring.on)))
        rate = number(standing.earn_rate)
        lines.append((self.tr("1 point per %2 · %3") if standing.earn_rate == 1
                      else self.tr("%1 points per %2 · %3")).replace("%1", rate)
                     .replace("%2", money(100, currency)).replace("%3", " · ".join(
                         localized(x) for x in standing.perks)))
        for campaign in standing.campaigns:
            lines.append(self.tr("%1 until %2").replace("%1", campaign.name)
                         .replace("%2", date_text(campaign.ends_at)))
        self.programme.setText("<br>".join(html.escape(x) for x in lines))
        self.programme.setVisible(True)
        shown = [v for v in standing.vouchers if v.redeemed_at is None and v.cancelled_at is None]
        for v in shown:
            name = next((r.reward.name for r in standing.rewards
                         if r.reward.reward_id == v.reward_id), None)
            what = name or (self.tr("Store credit %s") % money(v.amount_cents, v.currency))
            code = (self.tr("code when synced") if v.code is None
                    else f"…{v.code[-4:]}")
            until = self.tr(" · until %s") % _date(v.expires_at) if v.expires_at else ""
            item = QListWidgetItem(f"{what} · {code}{until}")
            item.setData(Qt.ItemDataRole.UserRole, (v.voucher_id, v.kind, v.pending))
            self.vouchers.addItem(item)
        self.vouchers.setVisible(bool(shown))
        self.cancel_voucher.setVisible(bool(shown) and can(self.role, Permission.REDEEM_POINTS))

    def _voucher_chosen(self) -> None:
        item = self.vouchers.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.cancel_voucher.setEnabled(bool(data) and data[1] == "reward" and not data[2])

    def _cancel_chosen(self) -> None:
        item = self.vouchers.currentItem()
        if item is not None:
            self.cancelVoucherRequested.emit(item.data(Qt.ItemDataRole.UserRole)[0])

    def _cart_words(self, cart) -> str:
        """"Online cart", flagged when abandoned a while ("abandoned 9 days ago")."""
        words = self.tr("%s cart") % self.tr(_CHANNEL_WORDS.get(
            cart.channel, cart.channel.replace("_", " ").title()))
        try:
            updated = datetime.fromisoformat(cart.updated_at or "")
        except ValueError:
            return words
        if updated.tzinfo is None:
            updated = updated.replace(tzinfo=UTC)
        days = cart_rules.abandoned_days(cart.status, updated, datetime.now(UTC))
        if days is None:
            return words
        return words + " · " + (self.tr("abandoned %n days ago", "", days) if days != 1
                                else self.tr("abandoned yesterday"))

    def _cart_activated(self, index) -> None:
        item = self.wishlist_model.item(index.row(), 1)
        cart_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if cart_id:
            self.cartOpened.emit(cart_id)

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
            points = self.tr("%s points") % number(c.points_balance or 0)
            if c.pending_points:
                points += self.tr("  (%s pending)") % signed_number(c.pending_points)
            self.loyalty.setText(
                f"<b style='font-size:20px'>{(c.tier or '').title()}</b> · "
                f"<b style='font-size:20px'>{points}</b><br>"
                + self.tr("Card ••••%1 · member since %2").replace("%1", c.card_number[-4:])
                .replace("%2", _date(c.member_since)))
        else:
            self.loyalty.setText(self.tr("No loyalty card yet") if not c.pending else
                                 self.tr("Loyalty card: issued when this enrolment syncs"))
        channel = self.tr(_CHANNEL_WORDS.get(c.preferred_channel or "",
                                             (c.preferred_channel or "").replace("_", " ")))
        self.contact.setText(
            f"{c.email or '—'}<br>{c.phone_e164 or '—'}<br>"
            + self.tr("Prefers %1 · home store %2").replace("%1", channel or "—")
            .replace("%2", c.preferred_store_name or "—")
            + "<br>" + self.tr("Customer since %1").replace("%1", _date(c.created_at)))
        has_card = bool(c.card_number)
        self.earn.setEnabled(has_card)
        self.redeem.setEnabled(has_card)
        for widget, permission in self._needs.items():
            widget.setVisible(can(self.role, permission))
        self.give_card.setVisible(not has_card and not c.pending
                                  and can(self.role, Permission.ENROL_CUSTOMER))
        if not has_card:
            self.show_standing(None)

        self.wishlist_model.removeRows(0, self.wishlist_model.rowCount())
        rows = [(line, self.tr("Wishlist") + (self.tr(" (pending)") if line.pending else ""), None)
                for line in c.wishlist]
        rows += [(line, self._cart_words(cart), cart.cart_id)
                 for cart in c.carts for line in cart.lines]
        for line, source, cart_id in rows:
            here, nearby = _stock_text(line)
            items = [QStandardItem(f"{line.name}" + (f" — {line.brand}" if line.brand else "")),
                     QStandardItem(source),
                     QStandardItem(money(line.unit_price_cents, line.currency or c.currency) +
                                   (f" × {number(line.qty)}" if line.qty > 1 else "")),
                     QStandardItem(here), QStandardItem(nearby)]
            if cart_id:  # Enter or a click opens the cart to finish it at the counter
                items[1].setData(cart_id, Qt.ItemDataRole.UserRole)
                items[1].setToolTip(self.tr("Open the cart to finish it here (Enter)"))
                if "abandoned" in source:
                    items[1].setForeground(QColor("#b7791f"))
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
                first, QStandardItem(self.tr(_CHANNEL_WORDS.get(o.channel,
                                                                o.channel.replace("_", " ")))),
                QStandardItem(order_status_text(o.status)), QStandardItem(_date(o.placed_at)),
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
            template = e.template or ""
            about = (self.tr(_MESSAGE_WORDS[template]) if template in _MESSAGE_WORDS
                     else template.replace("_", " "))
            sent = (self.tr(_SENT_BY[e.channel]) if e.channel in _SENT_BY
                    else self.tr("Sent by %s: %s").replace("%s", e.channel or "?", 1))
            return sent.replace("%s", about, 1), e.text
        if e.kind == "loyalty":
            reason = e.reason or ""
            title = (self.tr(_POINTS_WORDS[reason]) if reason in _POINTS_WORDS
                     else self.tr("Points %s: %s").replace("%s", reason.replace("_", " "), 1)
                     ).replace("%s", signed_number(e.points), 1)
            if e.pending:
                return title, ""  # the entry says it waits to sync
            where = self.tr("At %s") % e.store_id if e.store_id else self.tr("Online")
            who = self.tr(", by %s") % e.staff_id if e.staff_id else ""
            why = f": {e.text}" if e.text else ""
            return title, f"{where}{who}{why}"
        if e.kind == "order":
            channel = self.tr(_CHANNEL_WORDS.get(e.channel or "", e.channel or ""))
            return (self.tr("%s order %s") % (channel, e.order_number),
                    f"{money(e.total_cents, currency)} · {order_status_text(e.status or '')}")
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
