"""The Inventory screen: what this store has, and what nearby stores have.

Search as you type (name, brand, SKU, product id or barcode), filter to low or out-of-stock,
and see the chosen product's stock here, the open orders holding it and the nearby stores that
have it. A scanned product barcode (through :meth:`InventoryPage.handle_scan`) selects that
product; a code that is not a known product is said plainly and changes nothing. Reads go
through :class:`InventoryService`; no SQL here."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from associate_app.cache.inventory import CacheState
from associate_app.gui.async_tools import NewestWins, spawn
from associate_app.gui.formatting import number
from associate_app.gui.inventory_detail_view import InventoryDetailView
from associate_app.gui.inventory_table_model import InventoryTableModel
from associate_app.gui.list_keys import navigation_key, target_row
from associate_app.gui.messages import localized
from associate_app.gui.tables import read_only_rows
from associate_app.inventory_service import InventoryService
from store_contract.domain import stock
from store_contract.domain.barcodes import Scan, ScanKind, classify
from store_contract.domain.stock import StockFilter

#: Styles of this screen only (the app's theme, resources/theme.qss, has the shared ones).
STYLE = """
QPushButton[role="stockFilter"] {
    min-height: 48px; padding: 0 22px; border-radius: 24px; font-weight: 600; }
QPushButton[role="stockFilter"]:checked {
    background: #2f6fae; color: #ffffff; border-color: #2f6fae; }
QLineEdit#inventorySearch { min-height: 48px; }
QLabel#inventoryMessage { color: #4a5a6a; padding: 8px 14px; border-radius: 8px; }
QLabel#inventoryMessage[result="ok"] { background: #dff3e4; color: #14632e; font-weight: 600; }
QLabel#inventoryMessage[result="notice"] { background: #fff4d6; color: #8a5a00; }
QLabel#inventoryMessage[result="refused"] {
    background: #b3261e; color: #ffffff; font-weight: 700; }
QLabel#inventorySummary { color: #4a5a6a; }
QFrame#inventoryDetail { background: #ffffff; border: 1px solid #dde3ea; border-radius: 12px; }
QLabel#inventoryDetailEmpty { font-size: 16px; color: #4a5a6a; padding: 24px; }
QLabel#inventoryProductName { font-size: 21px; font-weight: 700; color: #16324f; }
QLabel#inventoryProductMeta { color: #4a5a6a; }
QLabel#inventoryProductPrice { font-size: 17px; font-weight: 600; }
QLabel[role="statValue"] { font-size: 30px; font-weight: 700; color: #16324f; }
QLabel[role="statValue"][level="ok"] { color: #1b7f3b; }
QLabel[role="statValue"][level="low"] { color: #8a5a00; }
QLabel[role="statValue"][level="out"], QLabel[role="statValue"][level="not_stocked"] {
    color: #b3261e; }
QLabel[role="statCaption"] { font-size: 13px; color: #4a5a6a; }
QLabel#inventoryVerdict { font-weight: 600; }
QLabel#inventoryVerdict[level="ok"] { color: #1b7f3b; }
QLabel#inventoryVerdict[level="low"] { color: #8a5a00; }
QLabel#inventoryVerdict[level="out"], QLabel#inventoryVerdict[level="not_stocked"] {
    color: #b3261e; }
QLabel#inventoryHeldEmpty, QLabel#inventoryNearbyEmpty { color: #4a5a6a; padding: 6px 0; }
"""

#: widths of the columns after the product's (which takes the rest), for the theme's 15 px font
COLUMN_WIDTHS = (140, 142, 88, 92, 100, 100, 100)

_FILTERS = (
    (StockFilter.ALL, "inventoryFilterAll", QT_TRANSLATE_NOOP("InventoryPage", "All products"),
     QT_TRANSLATE_NOOP("InventoryPage", "Every product in the catalogue")),
    (StockFilter.LOW, "inventoryFilterLow", QT_TRANSLATE_NOOP("InventoryPage", "Low stock"),
     QT_TRANSLATE_NOOP("InventoryPage", "Stocked here with 1 to %1 available to sell")),
    (StockFilter.OUT, "inventoryFilterOut", QT_TRANSLATE_NOOP("InventoryPage", "Out of stock"),
     QT_TRANSLATE_NOOP("InventoryPage", "Stocked here with nothing available to sell")),
)


class InventoryPage(QWidget):
    """``productShown(product_id)`` after a product's detail is on screen (tests listen)."""

    productShown = Signal(str)
    listReloaded = Signal()

    def __init__(self, service: InventoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="inventoryPage")
        self.setAccessibleName(self.tr("Inventory"))
        self.setStyleSheet(STYLE)
        self.service = service
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 30, 36, 24)
        outer.setSpacing(12)

        head = QHBoxLayout()
        head.setSpacing(24)
        head.addWidget(QLabel(self.tr("Inventory"), objectName="pageTitle"))
        self.search = QLineEdit(objectName="inventorySearch")
        self.search.setPlaceholderText(self.tr("Product name, brand, SKU — or scan a barcode"))
        self.search.setAccessibleName(self.tr("Search products"))
        self.search.setAccessibleDescription(self.tr(
            "Type a product name, brand, SKU or barcode. Up and down choose a product, Enter "
            "shows it."))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self.search.textChanged.connect(self._query_changed)
        self.search.returnPressed.connect(self._enter_pressed)
        self.search.installEventFilter(self)
        head.addWidget(self.search, 1)
        outer.addLayout(head)

        filters = QHBoxLayout()
        filters.setSpacing(10)
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[StockFilter, QPushButton] = {}
        for stock_filter, name, text, tip in _FILTERS:
            button = QPushButton(self.tr(text), objectName=name, checkable=True)
            button.setProperty("role", "stockFilter")
            button.setAccessibleName(self.tr("Show: %s") % self.tr(text))
            button.setToolTip(self.tr(tip).replace("%1", number(stock.LOW_STOCK)))
            button.setAutoDefault(False)
            button.setMinimumHeight(48)
            self.filter_group.addButton(button)
            self.filter_buttons[stock_filter] = button
            button.clicked.connect(lambda _=False, f=stock_filter: self.set_filter(f))
            filters.addWidget(button)
        self.filter_buttons[StockFilter.ALL].setChecked(True)
        filters.addStretch(1)
        self.summary = QLabel(objectName="inventorySummary")
        self.summary.setAccessibleName(self.tr("How many products are listed"))
        filters.addWidget(self.summary)
        outer.addLayout(filters)

        self.message = QLabel(objectName="inventoryMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("Inventory message"))
        self.message.hide()  # shown when there is something to say
        outer.addWidget(self.message)

        self.table = QTableView(objectName="inventoryTable")
        self.table.setAccessibleName(self.tr("Products with their stock here and nearby"))
        self.model = InventoryTableModel(service, self)
        self.table.setModel(self.model)
        read_only_rows(self.table, 50, wrap=True)  # two lines of a long name
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(COLUMN_WIDTHS, start=1):
            header.resizeSection(column, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda index: self._choose_row(index.row()))
        self.model.reloaded.connect(self._list_reloaded)
        self.model.sortChanged.connect(lambda: self._query_changed(self.search.text()))
        outer.addWidget(self.table, 1)

        self.detail = InventoryDetailView()
        outer.addWidget(self.detail)

        self.stock_filter = StockFilter.ALL
        self.current_id: str | None = None
        self._searches = NewestWins(self._reload, name="inventory-search")
        self._detail_generation = 0
        self._state: CacheState | None = None
        self._said_at = 0  # the search generation a scan's message belongs to

    # -- the list --------------------------------------------------------------------------

    async def refresh(self) -> None:
        """Read the list (and the product on show) again: on show and after a sync."""
        self._state = await self.service.cache_state()
        await self._reload(self.search.text(), self._searches.supersede())
        if not self._state.products:
            self.detail.show_placeholder(self.tr("No stock data on this device yet."))
        elif self.current_id is not None:
            await self.show_product(self.current_id, select=False)
        elif self.detail.product is None:
            self.detail.show_placeholder(self.detail.default_text)

    @property
    def searching(self) -> bool:
        """A search (from keys, a filter or a sort) is running or waiting."""
        return not self._searches.idle

    def set_filter(self, stock_filter: StockFilter) -> None:
        self.stock_filter = stock_filter
        self.filter_buttons[stock_filter].setChecked(True)
        self._query_changed(self.search.text())

    def _query_changed(self, text: str) -> None:
        self._searches.submit(text)

    async def _reload(self, text: str, generation: int) -> None:
        counts = await self.service.counts(text)
        if generation != self._searches.generation:
            return  # a newer keystroke (or scan) has its own search
        for stock_filter, button in self.filter_buttons.items():
            label = next(t for f, _, t, _ in _FILTERS if f is stock_filter)
            button.setText(self.tr("%1 (%2)").replace("%2", number(counts.of(stock_filter)))
                           .replace("%1", self.tr(label)))
        if not await self.model.load(text, self.stock_filter) or \
                generation != self._searches.generation:
            return
        total = counts.of(self.stock_filter)
        shown = self.model.rowCount()
        if total == 0:
            self.summary.setText(self.tr("No product listed."))
        elif shown < total:
            self.summary.setText(self.tr("%s products · scroll for more") % number(total))
        else:
            self.summary.setText(self.tr("%s products") % number(total)
                                 if total != 1 else self.tr("1 product"))
        if generation > self._said_at:  # a scan's message stays until the next search
            self._say(*self._search_message(text, total))

    def _search_message(self, text: str, total: int) -> tuple[str, str]:
        """What the message line says about a search: (sentence, result style)."""
        state = self._state
        if state is not None and not state.products:
            return (self.tr("Nothing to show yet: this device has not received the store's "
                            "products and stock. They arrive with the first sync, which needs "
                            "the network."), "notice")
        if state is not None and not state.stock_here:
            return (self.tr("The catalogue is here but this store's stock has not arrived yet: "
                            "it comes with the next sync."), "notice")
        problem = self.service.search_problem(text)
        if problem:
            return localized(problem), "refused"
        if text.strip() and total == 0:
            return self.tr("No product matches “%s” with this filter.") % text.strip()[:60], ""
        return "", ""

    def _list_reloaded(self) -> None:
        """Keep the chosen product selected when it is still listed (a new search, a sort, a
        filter, a sync)."""
        row = self.model.row_of(self.current_id) if self.current_id else -1
        if row >= 0:
            self._select_row(row)
        self.listReloaded.emit()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        # after a reset the view lays its rows out later: scroll once it has
        QTimer.singleShot(0, lambda: self.table.scrollTo(self.table.currentIndex()))

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        key = navigation_key(event) if watched is self.search else None
        if key is not None:
            target = target_row(self.table, key)
            if target is not None:
                self._select_row(target)
            return True
        return super().eventFilter(watched, event)

    def _enter_pressed(self) -> None:
        """Enter in the search: a typed barcode selects its product; otherwise the highlighted
        (or first) product is shown."""
        text = self.search.text().strip()
        scan = classify(text) if text.isdigit() else None
        if scan is not None and scan.kind in (ScanKind.PRODUCT, ScanKind.UNKNOWN) \
                and len(text) in (12, 13):
            spawn(self.select_barcode(scan), name="inventory-barcode")
            return
        row = self.table.currentIndex().row()
        self._choose_row(row if row >= 0 else 0)

    def _choose_row(self, row: int) -> None:
        r = self.model.row(row)
        if r is None:
            return
        self._select_row(row)
        spawn(self.show_product(r.product_id, select=False), name="inventory-detail")

    def _row_changed(self, current, _previous) -> None:
        r = self.model.row(current.row())
        if r is not None and r.product_id != self.current_id:
            spawn(self.show_product(r.product_id, select=False), name="inventory-detail")

    # -- one product -----------------------------------------------------------------------

    async def show_product(self, product_id: str, *, select: bool = True) -> bool:
        """Show ``product_id``'s stock; ``select`` also highlights its row when listed."""
        self._detail_generation += 1
        generation = self._detail_generation
        self.current_id = product_id
        product = await self.service.product(product_id)
        if generation != self._detail_generation:
            return False
        if product is None:
            self.current_id = None
            self.detail.show_placeholder(self.tr("That product is no longer in the catalogue "
                                                 "on this device."))
            return False
        self.detail.show_product(product, self.service.urgency)
        if select:
            row = self.model.row_of(product_id)
            if row >= 0:
                self._select_row(row)
        self.productShown.emit(product_id)
        return True

    # -- scans -----------------------------------------------------------------------------

    def handle_scan(self, scan: Scan) -> bool:
        """A product barcode selects its product; a misread is said here. Loyalty cards, order
        numbers and shelf labels belong to other screens (False: the window routes them)."""
        if scan.kind in (ScanKind.PRODUCT, ScanKind.UNKNOWN):
            spawn(self.select_barcode(scan), name="inventory-scan")
            return True
        return False

    async def select_barcode(self, scan: Scan) -> bool:
        """Select the product a barcode names, whatever the search and filter were; a code that
        names none changes nothing but the message."""
        found = await self.service.lookup(scan)
        if found.product_id is None:
            self._said_at = self._searches.generation
            self._say("✖ " + localized(found.problem), "refused")
            QApplication.beep()
            return False
        # drop searches still queued from keystrokes: the scan decides what is listed
        generation = self._searches.supersede()
        self.search.blockSignals(True)
        self.search.setText(scan.code)
        self.search.blockSignals(False)
        self.stock_filter = StockFilter.ALL
        self.filter_buttons[StockFilter.ALL].setChecked(True)
        self.current_id = found.product_id
        self._said_at = generation
        await self._reload(scan.code, generation)
        if generation != self._searches.generation:
            return False
        if not await self.show_product(found.product_id):
            return False
        product = self.detail.product
        self._say("✔ " + self.tr("Scanned %s: %s") % (scan.code, product.name if product
                                                       else found.product_id), "ok")
        return True

    # -- helpers ---------------------------------------------------------------------------

    def _say(self, text: str, result: str = "") -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("result", result)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
