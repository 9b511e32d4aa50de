"""Finishing an online cart at the counter (issue 14): the cart the customer built on the web shop
(opened from the customer 360, or by scanning the cart code they show), its lines with the stock
here and at the nearest store that has each, quantities changed, lines removed, a size or colour
swapped for another variant of the same style, items added by scanning; the customer's unused
vouchers shown (the till applies them); then handed to the till as a sale waiting for payment
(a slip with its POS number as a Code 128 the till scans) or kept for pickup here. The rules
are ``domain/carts.py``'s, asked through :class:`CartService`; no SQL or HTTP here."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from associate_app.cache.carts import CartLineRow, CartRow, VoucherRow
from associate_app.cart_service import CartService
from associate_app.gui import code128
from associate_app.gui.async_tools import spawn
from associate_app.gui.formatting import money, number
from associate_app.gui.messages import localized
from associate_app.gui.paper import BARCODE, print_to_pdf
from associate_app.gui.touch import TOUCH
from associate_app.gui.touch import button as _button
from associate_app.gui.touch import label as _label
from store_contract import payloads
from store_contract.domain import carts as rules
from store_contract.domain.barcodes import Scan, ScanKind, is_valid_ean13
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import is_temp_id
from store_contract.domain.sourcing import Source

ITEM, PRICE, QTY, SOURCE, TOTAL, ACTIONS = range(6)




def _ago(iso: str | None, now: datetime) -> int | None:
    try:
        when = datetime.fromisoformat(iso or "")
    except ValueError:
        return None
    return None if when.tzinfo is None else max(0, (now - when).days)


#: a cart's channel in words (``"%s · %s cart, …"``)
_CHANNEL_WORDS = {"online": QT_TRANSLATE_NOOP("CartPage", "online"),
                  "click_and_collect": QT_TRANSLATE_NOOP("CartPage", "click and collect"),
                  "in_store": QT_TRANSLATE_NOOP("CartPage", "in store")}


class CartPage(QWidget):
    """``backRequested`` on Esc or Back; ``cartOpened(cart_id)`` once a cart shows;
    ``cartFinished(cart_id)`` once the finishing is queued
    (the app syncs then); ``slipPrinted(path)`` once a slip is written."""

    backRequested = Signal()
    cartOpened = Signal(str)  # a cart is on show, its lines filled (its cart id)
    cartFinished = Signal(str)
    slipPrinted = Signal(str)

    def __init__(self, carts: CartService, prints_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="cartPage")
        self.setAccessibleName(self.tr("Online cart at the counter"))
        self.carts = carts
        self.prints_dir = prints_dir
        self.cart: CartRow | None = None
        self._openings = 0  # how many openings have started (the newest one wins)
        self.known: dict[str, CartLineRow] = {}  # products on show, by id
        self.rows: list[str] = []  # the product id of each row
        self.vouchers: list[VoucherRow] = []
        self.recorded_order: str | None = None  # the order id queued (temporary until synced)
        self.last_slip: Path | None = None
        self.busy = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 20, 36, 16)
        outer.setSpacing(8)
        head = QHBoxLayout()
        self.back = _button("cartBackButton", self.tr("‹ Back"),
                            self.tr("Back to where you were (Esc)"))
        self.back.clicked.connect(self.backRequested)
        head.addWidget(self.back)
        self.title = QLabel(self.tr("Online cart"), objectName="pageTitle")
        self.title.setAccessibleName(self.tr("Cart being finished"))
        head.addWidget(self.title, 1)
        self.code = QLineEdit(objectName="cartCodeField")
        self.code.setPlaceholderText(self.tr("Scan a cart code or an item"))
        self.code.setAccessibleName(self.tr("Cart code or item barcode"))
        self.code.setMinimumHeight(TOUCH)
        self.code.setMinimumWidth(360)
        self.code.returnPressed.connect(self._typed)
        head.addWidget(self.code)
        self.add = _button("cartAddButton", self.tr("Add"),
                           self.tr("Open the cart or add the item typed"))
        self.add.clicked.connect(self._typed)
        head.addWidget(self.add)
        outer.addLayout(head)

        self.summary = _label("cartSummary", self.tr("Whose cart, and when it was last changed"))
        outer.addWidget(self.summary)
        self.message = _label("cartMessage", self.tr("Cart message"))
        self.message.setStyleSheet("font-size: 15px;")
        outer.addWidget(self.message)

        self.table = QTableWidget(0, 6, objectName="cartLinesTable")
        self.table.setAccessibleName(self.tr("The cart's items: price, quantity, where each comes "
                                             "from, and the actions on it"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Price"), self.tr("Qty"),
                                              self.tr("Comes from"), self.tr("Total"),
                                              self.tr("Change")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH + 16)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PRICE, 100), (QTY, 96), (SOURCE, 220), (TOTAL, 100),
                              (ACTIONS, 340)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        outer.addWidget(self.table, 1)

        self.total = _label("cartTotal", self.tr("The cart's total at catalogue prices"))
        self.total.setStyleSheet("font-size: 17px; font-weight: 600;")
        outer.addWidget(self.total)
        self.voucher_label = _label("cartVouchers", self.tr("The customer's unused vouchers"))
        outer.addWidget(self.voucher_label)
        # the customer's vouchers: ticked ones are applied to the sale (used once, here)
        self.voucher_list = QListWidget(objectName="cartVoucherList")
        self.voucher_list.setAccessibleName(self.tr("Vouchers to apply: tick to use"))
        self.voucher_list.setMaximumHeight(3 * TOUCH)
        self.voucher_list.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH - 8}px; }}")
        outer.addWidget(self.voucher_list)

        foot = QHBoxLayout()
        foot.addStretch(1)
        self.slip = _button("cartSlipButton", self.tr("Print slip"),
                            self.tr("Print the sale's slip with its barcode for the till"))
        self.slip.clicked.connect(self.print_slip)
        foot.addWidget(self.slip)
        self.pickup = _button("cartPickupButton", self.tr("Keep for pickup"),
                              self.tr("Keep the cart here as a picked click-and-collect order "
                                      "(Ctrl+P)"))
        self.pickup.clicked.connect(lambda: spawn(self.finish(rules.Handoff.PICKUP),
                                                  name="cart-pickup"))
        foot.addWidget(self.pickup)
        self.till = _button("cartTillButton", self.tr("Hand to the till"),
                            self.tr("Hand the cart to the till as a sale waiting for payment "
                                    "(Ctrl+Return)"))
        self.till.setDefault(False)
        self.till.clicked.connect(lambda: spawn(self.finish(rules.Handoff.TILL),
                                                name="cart-till"))
        foot.addWidget(self.till)
        outer.addLayout(foot)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.backRequested.emit)
        QShortcut(QKeySequence("Ctrl+Return"), self,
                  lambda: spawn(self.finish(rules.Handoff.TILL), name="cart-till"))
        QShortcut(QKeySequence("Ctrl+P"), self,
                  lambda: spawn(self.finish(rules.Handoff.PICKUP), name="cart-pickup"))
        self._show_state()

    # -- opening ----------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("font-size: 15px;" + (" color: #b3261e;" if error else ""))

    def _typed(self) -> None:
        text = self.code.text().strip().upper()
        if not text:
            return
        self.code.clear()
        if rules.is_cart_code(text):
            spawn(self.open_code(text), name="cart-open")
        elif is_valid_ean13(text):
            spawn(self.add_ean(text), name="cart-add")
        else:
            self._say(self.tr("Scan the cart code the customer shows (CART-…) or an item's "
                              "barcode."), True)

    def handle_scan(self, scan: Scan) -> bool:
        """A wedge scan while this page shows: a cart code opens it, a product is added."""
        if scan.kind is ScanKind.CART:
            spawn(self.open_code(scan.code), name="cart-open")
            return True
        if scan.kind is ScanKind.PRODUCT and self.cart is not None:
            spawn(self.add_ean(scan.code), name="cart-add")
            return True
        return False

    async def open_code(self, code: str) -> bool:
        cart_id = await self.carts.find(code)
        if cart_id is None:
            self._say(self.tr("No cart %s in this store's data. Sync, or ask the customer to "
                              "show the code again.") % code, True)
            return False
        return await self.open_cart(cart_id)

    async def open_cart(self, cart_id: str) -> bool:
        # Everything is read before the page changes, and an opening that a newer one has
        # overtaken (a second scan, Esc and the cart again) gives way: two loads never
        # interleave their lines on the page.
        self._openings += 1
        opening = self._openings
        cart = await self.carts.load(cart_id)
        vouchers = await self.carts.vouchers(cart.customer_id) if cart is not None else []
        if opening != self._openings:
            return False
        if cart is None:
            self._say(self.tr("This cart is not in this store's data."), True)
            return False
        self.cart = cart
        self.recorded_order = cart.conversion.order_id if cart.conversion else None
        self.known = {x.product_id: x for x in cart.lines}
        self.rows = []
        self.table.setRowCount(0)
        for line in cart.lines:
            self._add_row(line, line.qty)
        self.vouchers = vouchers
        self.voucher_list.clear()
        for v in self.vouchers:
            # a code is as good as cash: only its end is shown (the customer has it whole)
            words = f"…{v.voucher_code[-4:]} · {money(v.amount_cents, v.currency)}"
            if v.kind == "reward":
                words += self.tr(" · reward")
            if v.expires_at:
                words += self.tr(" · until %s") % v.expires_at[:10]
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, v.voucher_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.voucher_list.addItem(item)
        self._say("")
        if any(x.price_cents is not None and x.price_cents != x.cart_price_cents
               for x in cart.lines):
            self._say(self.tr("Prices have changed since the customer filled the cart: the "
                              "catalogue's price now is shown."))
        self._show_state()
        self.table.setFocus()
        self.cartOpened.emit(cart_id)
        return True

    # -- the lines --------------------------------------------------------------------------

    def _add_row(self, line: CartLineRow, qty: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.rows.append(line.product_id)
        self._fill_row(row, line, qty)

    def _fill_row(self, row: int, line: CartLineRow, qty: int) -> None:
        currency = line.currency
        item = QTableWidgetItem(line.name)
        item.setToolTip(f"{line.name} · {line.ean13 or line.product_id}")
        item.setData(Qt.ItemDataRole.UserRole, line.product_id)
        self.table.setItem(row, ITEM, item)
        self.table.setItem(row, PRICE, QTableWidgetItem(
            money(line.price_cents, currency) if line.price_cents is not None
            else self.tr("Not sold")))
        spin = QSpinBox(objectName=f"cartQty{row}")
        spin.setAccessibleName(self.tr("Quantity of %s") % line.name)
        spin.setRange(0, 99)
        spin.setMinimumHeight(TOUCH)
        spin.setValue(qty)
        spin.valueChanged.connect(self._changed)
        self.table.setCellWidget(row, QTY, spin)
        source = QComboBox(objectName=f"cartSource{row}")
        source.setAccessibleName(self.tr("Where %s comes from") % line.name)
        source.setMinimumHeight(TOUCH)
        source.addItem(self.tr("Here (%s available)") % number(line.available_here),
                       (Source.HERE.value, None))
        for s in line.nearby[:3]:
            source.addItem(self.tr("Collect at %s (%s)") % (s.name, number(s.available)),
                           (Source.COLLECT.value, s.store_id))
            source.addItem(self.tr("Send home from %s (%s)") % (s.name, number(s.available)),
                           (Source.SHIP.value, s.store_id))
        if line.available_here < qty and line.nearby:
            source.setCurrentIndex(1)  # not enough here: collected at the nearest that has it
        source.currentIndexChanged.connect(self._changed)
        self.table.setCellWidget(row, SOURCE, source)
        self.table.setItem(row, TOTAL, QTableWidgetItem(""))
        actions = QWidget(objectName=f"cartActions{row}")
        box = QHBoxLayout(actions)
        box.setContentsMargins(0, 0, 0, 0)
        swap = QComboBox(objectName=f"cartSwap{row}")
        swap.setAccessibleName(self.tr("Swap %s for another size or colour") % line.name)
        swap.setMinimumHeight(TOUCH)
        swap.setMinimumWidth(200)
        swap.setToolTip(self.tr("Another size or colour of the same item"))
        swap.addItem(self.tr("Swap size or colour…"), None)
        swap.activated.connect(lambda index, r=row: self._swap_chosen(r, index))
        box.addWidget(swap, 1)
        remove = QPushButton(self.tr("Remove"), objectName=f"cartRemove{row}")
        remove.setAccessibleName(self.tr("Remove %s from the cart") % line.name)
        remove.setMinimumHeight(TOUCH)
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda _=False, r=row: self.set_qty(r, 0))
        box.addWidget(remove)
        self.table.setCellWidget(row, ACTIONS, actions)
        spawn(self._fill_variants(swap, line.product_id), name="cart-variants")
        self._changed()

    async def _fill_variants(self, swap: QComboBox, product_id: str) -> None:
        found = await self.carts.variants(product_id)
        if not shiboken6.isValid(swap):
            return  # the row was filled again meanwhile (another cart, or a swap)
        for v in found:
            swap.addItem(self.tr("%s (%s here)") % (v.name, number(v.available_here)), v.product_id)
        swap.setEnabled(swap.count() > 1)

    def _qty(self, row: int) -> QSpinBox:
        return self.table.cellWidget(row, QTY)  # type: ignore[return-value]

    def _source(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, SOURCE)  # type: ignore[return-value]

    def _swap(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, ACTIONS).findChild(QComboBox)  # type: ignore[union-attr]

    def set_qty(self, row: int, qty: int) -> None:
        self._qty(row).setValue(qty)

    def _swap_chosen(self, row: int, index: int) -> None:
        product_id = self._swap(row).itemData(index)
        if product_id:
            spawn(self.swap(row, product_id), name="cart-swap")

    async def swap(self, row: int, product_id: str) -> bool:
        """Another variant of the style in place of the row's product (same quantity)."""
        line = await self.carts.product(product_id)
        if line is None:
            self._say(self.tr("That variant is not in the catalogue."), True)
            return False
        qty = self._qty(row).value() or 1
        old = self.known.get(self.rows[row])
        self.known[product_id] = line
        self.rows[row] = product_id
        self._fill_row(row, line, qty)
        self._say(self.tr("%s swapped for %s.") % (old.name if old else "", line.name))
        return True

    async def add_ean(self, ean13: str) -> bool:
        """An item scanned into the cart: one more of a line already there, else a new line."""
        if self.cart is None:
            return False
        line = await self.carts.product(ean13=ean13)
        if line is None:
            self._say(self.tr("Barcode %s is not in the catalogue.") % ean13, True)
            return False
        if line.product_id in self.rows:
            row = self.rows.index(line.product_id)
            self.set_qty(row, self._qty(row).value() + 1)
        else:
            self.known[line.product_id] = line
            self._add_row(line, 1)
        self._say(self.tr("%s added.") % line.name)
        return True

    def lines(self) -> list[payloads.CartLine]:
        out = []
        for row, product_id in enumerate(self.rows):
            qty = self._qty(row).value()
            line = self.known.get(product_id)
            if qty <= 0 or line is None:
                continue
            source, store = self._source(row).currentData()
            out.append(payloads.CartLine(product_id=product_id, qty=qty,
                                         unit_price_cents=line.price_cents or 0, source=source,
                                         from_store_id=store))
        return out

    def _changed(self, *_args) -> None:
        total, currency = 0, None
        for row, product_id in enumerate(self.rows):
            line = self.known.get(product_id)
            qty_box = self._qty(row)
            if line is None or qty_box is None:
                continue
            currency = currency or line.currency
            cents = qty_box.value() * (line.price_cents or 0)
            total += cents
            cell = self.table.item(row, TOTAL)
            if cell is not None:
                cell.setText(money(cents, line.currency) if qty_box.value() else self.tr("removed"))
        self.total.setText(self.tr("Total at catalogue prices: %s") % money(total, currency)
                           if self.rows else "")
        self._show_state()

    # -- state ------------------------------------------------------------------------------

    def _show_state(self) -> None:
        cart = self.cart
        finished = cart is not None and (cart.conversion is not None
                                         or self.recorded_order is not None
                                         or not rules.is_open(cart.status))
        has_lines = cart is not None and any(
            self._qty(r) is not None and self._qty(r).value() > 0 for r in range(len(self.rows)))
        for button in (self.till, self.pickup):
            button.setEnabled(cart is not None and not finished and has_lines and not self.busy)
        self.table.setEnabled(cart is not None and not finished)
        conv = cart.conversion if cart is not None else None
        self.slip.setVisible(conv is not None and conv.handoff == rules.Handoff.TILL)
        self.slip.setEnabled(conv is not None and conv.order_number is not None)
        if cart is None:
            self.title.setText(self.tr("Online cart"))
            self.summary.setText(self.tr("Scan the cart code the customer shows from the web "
                                         "shop, or open a cart from the customer's page."))
            self.voucher_label.setText("")
            self.voucher_list.setVisible(False)
            return
        self.title.setText(self.tr("Cart %s") % (cart.cart_code or cart.cart_id))
        when = _ago(cart.updated_at, datetime.now(UTC))
        status = {rules.ACTIVE: self.tr("open"), rules.ABANDONED: self.tr("abandoned"),
                  rules.CONVERTED: self.tr("finished")}.get(cart.status or "", cart.status or "")
        self.summary.setText(self.tr("%s · %s cart, %s · last changed %s") % (
            cart.customer_name or cart.customer_id,
            self.tr(_CHANNEL_WORDS.get(cart.channel or "online",
                                       (cart.channel or "").replace("_", " "))), status,
            self.tr("%n days ago", "", when) if when else self.tr("today")))
        self.voucher_list.setVisible(bool(self.vouchers) and not finished)
        self.voucher_list.setEnabled(not finished)
        if finished:
            self.voucher_label.setText("")
        elif self.vouchers:
            self.voucher_label.setText(self.tr("The customer's vouchers: tick those to apply to "
                                               "this sale (each is used once)."))
        else:
            self.voucher_label.setText(self.tr("No unused vouchers."))
        if conv is not None:
            self._say(self._outcome_text(conv))

    def _outcome_text(self, conv) -> str:
        if conv.pending:
            if conv.handoff == rules.Handoff.TILL:
                return self.tr("Handed to the till: waiting to sync — the sale's number comes "
                               "when it syncs. The items here are held.")
            return self.tr("Kept for pickup: waiting to sync. The items here are held.")
        number = conv.order_number or self.tr("(arriving)")
        if conv.handoff == rules.Handoff.TILL:
            return self.tr("Sale %s is waiting for payment at the till: print the slip and "
                           "the till scans its barcode. The online cart is closed.") % number
        return self.tr("Order %s is in this store's Pickups queue, picked: stage it and mark it "
                       "ready. The online cart is closed.") % number

    async def refresh_outcome(self) -> None:
        """After a sync: the finishing's state (its real order number, or its refusal)."""
        if self.cart is None or self.recorded_order is None:
            return
        conv = await self.carts.conversion(self.cart.cart_id)
        cart = await self.carts.load(self.cart.cart_id)
        if cart is None:
            return
        self.cart = cart
        if conv is None:  # refused: the change was undone; the Conflicts screen says why
            self.recorded_order = None
            self._say(self.tr("The central service refused finishing this cart; nothing was "
                              "changed. See Conflicts for why."), True)
        self._show_state()

    # -- finishing --------------------------------------------------------------------------

    async def finish(self, handoff: str) -> bool:
        cart = self.cart
        if cart is None or self.busy or self.recorded_order is not None \
                or not self.till.isEnabled():
            return False
        self.busy = True
        try:
            recorded, order_id = await self.carts.finish(cart, self.lines(), handoff, self.known,
                                                         self.chosen_vouchers())
        except InvalidInput as exc:
            self._say(localized(exc), True)
            return False
        except Exception as exc:  # e.g. a role that may not: the sentence says so
            self._say(localized(exc), True)
            return False
        finally:
            self.busy = False
        self.recorded_order = order_id
        self.cart = await self.carts.load(cart.cart_id) or cart
        self._show_state()
        self.cartFinished.emit(cart.cart_id)
        del recorded
        return True

    def chosen_vouchers(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole)
                for item in (self.voucher_list.item(r) for r in range(self.voucher_list.count()))
                if item.checkState() == Qt.CheckState.Checked]

    def print_slip(self) -> Path | None:
        cart = self.cart
        conv = cart.conversion if cart is not None else None
        if cart is None or conv is None or conv.order_number is None \
                or is_temp_id(conv.order_id):
            return None
        sale = conv.order_number
        rows = "".join(
            f"<tr><td>{number(self._qty(r).value())} × {self.known[p].name}</td>"
            f"<td align='right'>{money(self._qty(r).value() * (self.known[p].price_cents or 0), self.known[p].currency)}</td></tr>"  # noqa: E501
            for r, p in enumerate(self.rows) if self._qty(r).value() > 0 and p in self.known)
        waiting, at_till = self.tr("Sale waiting for payment"), self.tr("Scan at the till")
        online_cart = self.tr("Online cart")
        page = (f"<h2>{waiting}</h2>"
                f"<p>{at_till}: <b>{sale}</b></p>"
                f"<p><img src='{BARCODE}' width='420' height='90'></p>"
                f"<p>{online_cart} {cart.cart_code or cart.cart_id} · "
                f"{cart.customer_name or ''}</p><table width='100%'>{rows}</table>"
                f"<p>{self.total.text()}</p>")
        path = self.prints_dir / f"cart-{sale}.pdf"
        print_to_pdf(page, path, {BARCODE: code128.image(sale)})
        self.last_slip = path
        self._say(self._outcome_text(conv) + " " + self.tr("Slip saved: %s") % path)
        self.slipPrinted.emit(str(path))
        return path
