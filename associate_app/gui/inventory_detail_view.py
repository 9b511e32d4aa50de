"""One product's stock on screen: here (on hand, reserved, available), the open orders holding
it, and the nearby stores that have it, nearest first. Display only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from associate_app.cache.inventory import ProductStock
from associate_app.gui.formatting import decimal_text, money, number, urgency_text
from associate_app.gui.inventory_table_model import LEVEL_COLOURS
from associate_app.gui.tables import read_only_rows
from store_contract.domain import pickup, stock

_STATUS_WORDS = {
    "new": QT_TRANSLATE_NOOP("InventoryDetailView", "New"),
    "picking": QT_TRANSLATE_NOOP("InventoryDetailView", "Picking"),
    "ready_for_pickup": QT_TRANSLATE_NOOP("InventoryDetailView", "Ready"),
    "expired": QT_TRANSLATE_NOOP("InventoryDetailView", "No-show"),
}
#: tall enough for the product, its numbers, and four rows of orders and of nearby stores
DETAIL_HEIGHT = 300
PLACEHOLDER_HEIGHT = 72
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(name: str, accessible: str, headers: list[str], right: set[int], stretch: int
           ) -> tuple[QTableView, QStandardItemModel]:
    view = QTableView(objectName=name)
    view.setAccessibleName(accessible)
    model = QStandardItemModel(0, len(headers), view)
    model.setHorizontalHeaderLabels(headers)
    for col in right:
        model.setHeaderData(col, Qt.Orientation.Horizontal, int(_RIGHT),
                            Qt.ItemDataRole.TextAlignmentRole)
    view.setModel(model)
    read_only_rows(view, 36)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view, model


def _item(text: str, *, right: bool = False, colour: str | None = None,
          bold: bool = False, tip: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    if tip:
        item.setToolTip(tip)
    if right:
        item.setTextAlignment(_RIGHT)
    if colour:
        item.setForeground(QColor(colour))
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _unbroken(text: str) -> str:
    return text.replace(" ", "\u00a0").replace("-", "\u2011")


class _Stat(QWidget):
    """A big number with a caption under it."""

    def __init__(self, name: str, caption: str, accessible: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.value = QLabel("—", objectName=name)
        self.value.setProperty("role", "statValue")
        self.value.setAccessibleName(accessible)
        layout.addWidget(self.value)
        label = QLabel(caption)
        label.setProperty("role", "statCaption")
        layout.addWidget(label)

    def set(self, text: str, level: str = "") -> None:
        self.value.setText(text)
        self.value.setProperty("level", level)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


class InventoryDetailView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="inventoryDetail")
        self.setAccessibleName(self.tr("Selected product"))
        self.product: ProductStock | None = None
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.placeholder = QLabel(objectName="inventoryDetailEmpty", wordWrap=True)
        self.placeholder.setAccessibleName(self.tr("No product chosen"))
        self.stack.addWidget(self.placeholder)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(20, 14, 20, 14)
        body.setSpacing(10)
        self.stack.addWidget(content)

        # the product and its stock here
        top = QHBoxLayout()
        top.setSpacing(28)
        info = QVBoxLayout()
        info.setSpacing(4)
        self.name = QLabel(objectName="inventoryProductName", wordWrap=True)
        self.name.setAccessibleName(self.tr("Product"))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.addWidget(self.name)
        self.meta = QLabel(objectName="inventoryProductMeta", wordWrap=True)
        self.meta.setAccessibleName(self.tr("Brand, barcode and SKU"))
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.addWidget(self.meta)
        line = QHBoxLayout()
        line.setSpacing(16)
        self.price = QLabel(objectName="inventoryProductPrice")
        self.price.setAccessibleName(self.tr("Price"))
        line.addWidget(self.price)
        self.verdict = QLabel(objectName="inventoryVerdict", wordWrap=True)
        self.verdict.setAccessibleName(self.tr("Stock here"))
        line.addWidget(self.verdict, 1)
        info.addLayout(line)
        info.addStretch(1)
        top.addLayout(info, 1)
        self.on_hand = _Stat("inventoryOnHand", self.tr("on hand"), self.tr("On hand"))
        self.reserved = _Stat("inventoryReserved", self.tr("reserved for orders"),
                              self.tr("Reserved for orders"))
        self.available = _Stat("inventoryAvailable", self.tr("available here"),
                               self.tr("Available to sell here"))
        for stat in (self.on_hand, self.reserved, self.available):
            top.addWidget(stat, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(top)

        lists = QHBoxLayout()
        lists.setSpacing(20)
        # the orders holding it
        held = QVBoxLayout()
        held.setSpacing(4)
        self.held_title = QLabel(self.tr("Held for orders here"), objectName="sectionTitle")
        held.addWidget(self.held_title)
        self.held, self.held_model = _table(
            "inventoryHeldOrders", self.tr("Open orders holding this product"),
            [self.tr("Order"), self.tr("Status"), self.tr("Qty"), self.tr("Due")], {2}, 3)
        held.addWidget(self.held, 1)
        self.held_empty = QLabel(self.tr("No open order holds it."),
                                 objectName="inventoryHeldEmpty", wordWrap=True)
        held.addWidget(self.held_empty)
        held.addStretch(0)
        lists.addLayout(held, 1)

        # nearby stores
        nearby = QVBoxLayout()
        nearby.setSpacing(4)
        nearby.addWidget(QLabel(self.tr("Nearby stores"), objectName="sectionTitle"))
        self.nearby, self.nearby_model = _table(
            "inventoryNearby", self.tr("Stock at nearby stores, nearest first"),
            [self.tr("Store"), self.tr("City"), self.tr("Distance"), self.tr("Available")],
            {2, 3}, 0)
        # "Chain — Bath SouthGate": the end of a store's name tells stores apart
        self.nearby.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        nearby.addWidget(self.nearby, 1)
        self.nearby_empty = QLabel(self.tr("This device holds no nearby store's stock."),
                                   objectName="inventoryNearbyEmpty", wordWrap=True)
        nearby.addWidget(self.nearby_empty)
        lists.addLayout(nearby, 1)
        body.addLayout(lists, 1)
        self.default_text = self.tr("Choose a product, or scan its barcode, to see its stock "
                                    "here, the orders holding it and the nearby stores that "
                                    "have it.")
        self.show_placeholder(self.default_text)

    def show_placeholder(self, text: str) -> None:
        self.product = None
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        self.setFixedHeight(PLACEHOLDER_HEIGHT)

    def show_product(self, p: ProductStock,
                     urgency: Callable[[str, str | None, str | None], pickup.Urgency]) -> None:
        self.product = p
        self.name.setText(p.name)
        parts = [p.brand, p.category, f"EAN {p.ean13}" if p.ean13 else None,
                 f"SKU {p.sku}" if p.sku else None]
        # wrap only between the parts, never inside a code ("HP-KIT-\n00434")
        self.meta.setText("  ·  ".join(_unbroken(x) for x in parts if x))
        self.price.setText(money(p.price_cents, p.currency))
        level = p.level
        if p.stocked:
            self.on_hand.set(number(p.on_hand))
            self.reserved.set(number(p.reserved or 0))
            self.available.set(number(p.available), level)
        else:
            for stat in (self.on_hand, self.reserved):
                stat.set("—")
            self.available.set("0", level)
        self.verdict.setText(self._verdict(p))
        self.verdict.setProperty("level", level)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

        self.held_model.removeRows(0, self.held_model.rowCount())
        for order in p.held:
            pending = self.tr(" (waiting to sync)") if order.pending else ""
            self.held_model.appendRow([
                _item(order.order_number + pending, bold=True),
                _item(self.tr(_STATUS_WORDS.get(order.status, order.status))),
                _item(number(order.qty), right=True,
                      tip=self.tr("%s ordered, %s picked") % (number(order.qty),
                                                              number(order.picked))),
                _item(urgency_text(urgency(order.status, order.promised_at,
                                           order.pickup_expires_at))),
            ])
        self.held_title.setText(self.tr("Held for orders here (%s)") % number(p.held_orders_total)
                                if p.held_orders_total else self.tr("Held for orders here"))
        self.held.setVisible(bool(p.held))
        self.held_empty.setVisible(not p.held)

        self.nearby_model.removeRows(0, self.nearby_model.rowCount())
        for s in p.nearby:
            km = "—" if s.distance_km is None else self.tr("%1 km").replace(
                "%1", decimal_text(s.distance_km, 1))
            have = number(s.available) if s.on_hand is not None else self.tr("0 (not stocked)")
            self.nearby_model.appendRow([
                _item(s.name, tip=s.name), _item(s.city or "—"), _item(km, right=True),
                _item(have, right=True, bold=s.available > 0,
                      colour=LEVEL_COLOURS["ok"] if s.available > 0 else LEVEL_COLOURS["out"]),
            ])
        self.nearby.setVisible(bool(p.nearby))
        self.nearby_empty.setVisible(not p.nearby)
        self.stack.setCurrentIndex(1)
        self.setFixedHeight(DETAIL_HEIGHT)

    def _verdict(self, p: ProductStock) -> str:
        nearby = p.nearby_available
        elsewhere = (self.tr(" %n available at nearby stores.", "", nearby) if nearby
                     else self.tr(" None at nearby stores either."))
        if not p.stocked:
            return self.tr("This store does not stock it.") + elsewhere
        if p.level == "out":
            held = self.tr(" (all %s on hand are held for orders)") % number(p.on_hand) \
                if p.on_hand else ""
            return self.tr("Out of stock here%s.") % held + elsewhere
        if p.level == "low":
            return self.tr("Low stock: %s left to sell (%s or fewer is low).") % (
                number(p.available), number(stock.LOW_STOCK))
        return self.tr("In stock.")
