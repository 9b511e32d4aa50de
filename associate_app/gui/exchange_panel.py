"""What is given in exchange (issue 13), on the Returns page: replacement items scanned (or their
barcode typed), each with its price, a quantity and where it comes from — this store's shelf,
collected at a nearby store that has it, or sent to the customer's home from one — with the
stock there shown, and the difference against what comes back. The rules (what is available,
the difference) are ``domain/exchanges.py``'s, asked through :class:`ReturnsService`; no SQL
or HTTP here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from associate_app.gui.async_tools import spawn
from associate_app.gui.formatting import money, number
from associate_app.gui.touch import TOUCH
from associate_app.returns_service import ReplacementChoice, ReturnsService
from store_contract import payloads
from store_contract.domain import exchanges as rules
from store_contract.domain.barcodes import is_valid_ean13

ITEM, PRICE, QTY, SOURCE, TOTAL = range(5)


class ExchangePanel(QFrame):
    """``changed`` whenever the replacements or their sources change; ``said(text, error)`` for
    the page's message line."""

    changed = Signal()
    said = Signal(str, bool)

    def __init__(self, returns: ReturnsService, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="exchangePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Given in exchange"))
        self.returns = returns
        self.currency: str | None = None
        self.choices: dict[str, ReplacementChoice] = {}
        self.rows: list[str] = []  # product id of each row

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Given in exchange"), objectName="sectionTitle"))
        head.addStretch(1)
        self.barcode = QLineEdit(objectName="exchangeBarcodeField")
        self.barcode.setPlaceholderText(self.tr("Scan or type the replacement's barcode"))
        self.barcode.setAccessibleName(self.tr("Barcode of a replacement item"))
        self.barcode.setMinimumHeight(TOUCH)
        self.barcode.setMinimumWidth(300)
        self.barcode.returnPressed.connect(self._add_typed)
        head.addWidget(self.barcode)
        self.add = QPushButton(self.tr("Add"), objectName="exchangeAddButton")
        self.add.setAccessibleName(self.tr("Add the replacement item"))
        self.add.setMinimumHeight(TOUCH)
        self.add.setAutoDefault(False)
        self.add.clicked.connect(self._add_typed)
        head.addWidget(self.add)
        layout.addLayout(head)

        self.table = QTableWidget(0, 5, objectName="exchangeItemsTable")
        self.table.setAccessibleName(self.tr("Replacement items: price, quantity and where each "
                                             "comes from"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Price"),
                                              self.tr("Qty"), self.tr("Comes from"),
                                              self.tr("Total")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH + 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(2 * (TOUCH + 4) + 30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.difference = QLabel(objectName="exchangeDifference", wordWrap=True)
        self.difference.setAccessibleName(self.tr("The difference to pay or to give back"))
        self.difference.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(self.difference)

    # -- the replacements ----------------------------------------------------------------------

    def clear(self, currency: str | None) -> None:
        self.currency = currency
        self.choices.clear()
        self.rows.clear()
        self.table.setRowCount(0)
        self.barcode.clear()
        self.difference.clear()

    def _add_typed(self) -> None:
        text = "".join(self.barcode.text().split())
        if not text:
            return
        if not is_valid_ean13(text):
            self.said.emit(self.tr("%s is not a product barcode (13 digits with a valid check "
                                   "digit). Scan the label on the item again.") % text, True)
            return
        self.barcode.clear()
        spawn(self.add_ean(text), name="exchange-add")

    async def add_ean(self, ean13: str) -> bool:
        """One more unit of the product with this barcode (a new row, or its row's quantity)."""
        choice = await self.returns.replacement(ean13=ean13)
        if choice is None:
            self.said.emit(self.tr("No product in the catalogue has the barcode %s. Check the "
                                   "label, or sync and scan it again.") % ean13, True)
            return False
        if choice.product_id in self.rows:
            row = self.rows.index(choice.product_id)
            qty = self._qty(row)
            qty.setValue(qty.value() + 1)
        else:
            self._add_row(choice)
        row = self.rows.index(choice.product_id)
        self.said.emit(self.tr("%1 × %2 given in exchange (%3).")
                       .replace("%1", number(self._qty(row).value()))
                       .replace("%2", choice.name)
                       .replace("%3", self._source(row).currentText()), False)
        self.table.setFocus()
        return True

    def _add_row(self, choice: ReplacementChoice) -> None:
        self.choices[choice.product_id] = choice
        row = len(self.rows)
        self.rows.append(choice.product_id)
        self.table.insertRow(row)
        self.table.setItem(row, ITEM, QTableWidgetItem(choice.name))
        price = QTableWidgetItem(money(choice.price_cents, choice.currency or self.currency))
        price.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, PRICE, price)
        qty = QSpinBox(objectName=f"exchangeQty{row}")
        qty.setRange(0, 99)
        qty.setValue(1)
        qty.setAccessibleName(self.tr("How many %s in exchange (0 takes it off)") % choice.name)
        qty.setMinimumSize(90, TOUCH)
        qty.valueChanged.connect(self._changed)
        self.table.setCellWidget(row, QTY, qty)
        source = QComboBox(objectName=f"exchangeSource{row}")
        source.setAccessibleName(self.tr("Where %s comes from") % choice.name)
        source.setMinimumHeight(TOUCH)
        source.addItem(self.tr("Here: %s available") % number(choice.available_here),
                       (rules.Source.HERE.value, None))
        for store in choice.nearby:
            source.addItem(self.tr("Collect at %1: %2 available").replace("%1", store.name)
                           .replace("%2", number(store.available)),
                           (rules.Source.COLLECT.value, store.store_id))
        for store in choice.nearby:
            source.addItem(self.tr("Send home from %1: %2 available").replace("%1", store.name)
                           .replace("%2", number(store.available)),
                           (rules.Source.SHIP.value, store.store_id))
        if choice.available_here < 1 and choice.nearby:
            source.setCurrentIndex(1)  # not here: collected at the nearest store that has it
        source.currentIndexChanged.connect(self._changed)
        self.table.setCellWidget(row, SOURCE, source)
        total = QTableWidgetItem()
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, TOTAL, total)
        self._changed()

    def _qty(self, row: int) -> QSpinBox:
        return self.table.cellWidget(row, QTY)

    def _source(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, SOURCE)

    def items(self) -> list[payloads.ReplacementItem]:
        out = []
        for row, product_id in enumerate(self.rows):
            qty = self._qty(row).value()
            if qty > 0:
                source, store = self._source(row).currentData()
                out.append(payloads.ReplacementItem(product_id=product_id, qty=qty,
                                                    source=source, from_store_id=store))
        return out

    def source_text(self, item: payloads.ReplacementItem) -> str:
        """Where ``item`` comes from, in words (for the slip)."""
        choice = self.choices[item.product_id]
        store = next((s.name for s in choice.nearby if s.store_id == item.from_store_id),
                     item.from_store_id or "")
        if item.source == rules.Source.COLLECT:
            return self.tr("Collected at %s") % store
        if item.source == rules.Source.SHIP:
            return self.tr("Sent home from %s") % store
        return self.tr("From the shelf here")

    def replacement_cents(self) -> int:
        return sum(x.qty * (self.choices[x.product_id].price_cents or 0) for x in self.items())

    def problems(self) -> list[str]:
        """What is wrong with the replacements, in words (nothing: [])."""
        found = rules.check(self.returns.replacements(self.items(), self.choices),
                            self.returns.store_id)
        out = []
        for p in found:
            if p.breach is rules.Breach.NO_REPLACEMENT:
                continue
            choice = self.choices.get(p.product_id or "")
            store = next((s.name for s in choice.nearby if s.store_id == p.from_store_id),
                         "") if choice else ""
            out.append(rules.sentence(p, choice.name if choice else "", store))
        return out

    def show_difference(self, returned_cents: int) -> rules.Settlement:
        settlement = rules.Settlement(returned_cents, self.replacement_cents())
        for row, product_id in enumerate(self.rows):
            choice = self.choices[product_id]
            self.table.item(row, TOTAL).setText(money(
                self._qty(row).value() * (choice.price_cents or 0), self.currency))
        amount = money(abs(settlement.difference_cents), self.currency)
        if not self.items():
            self.difference.setText(self.tr("Scan the replacement items (or type their "
                                            "barcode): the difference shows here."))
            return settlement
        if settlement.due_cents:
            words = self.tr("The customer pays %s at the till.") % amount
        elif settlement.refund_cents:
            words = self.tr("%s back to the customer.") % amount
        else:
            words = self.tr("Even exchange: nothing to pay, nothing back.")
        self.difference.setText(
            self.tr("In exchange %1  —  %2")
            .replace("%1", money(settlement.replacement_cents, self.currency))
            .replace("%2", words))
        return settlement

    def set_enabled_rows(self, enabled: bool) -> None:
        for row in range(len(self.rows)):
            self._qty(row).setEnabled(enabled)
            self._source(row).setEnabled(enabled)
        self.barcode.setEnabled(enabled)
        self.add.setEnabled(enabled)

    def _changed(self, *_args) -> None:
        self.changed.emit()
