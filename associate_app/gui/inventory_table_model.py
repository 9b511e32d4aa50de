"""The Inventory list as a Qt table model: a search and a stock filter, read a page at a time
from the cache (canFetchMore/fetchMore) and sorted there when a header is clicked."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from associate_app.cache.inventory import StockRow
from associate_app.gui.formatting import money, number
from associate_app.gui.paged_model import PAGE, PagedTableModel
from associate_app.inventory_service import InventoryService
from store_contract.domain.stock import StockFilter

#: (header, sort key in the cache, right-aligned?)
COLUMNS = (
    (QT_TRANSLATE_NOOP("InventoryTableModel", "Product"), "name", False),
    (QT_TRANSLATE_NOOP("InventoryTableModel", "Brand"), "brand", False),
    (QT_TRANSLATE_NOOP("InventoryTableModel", "SKU"), "sku", False),
    (QT_TRANSLATE_NOOP("InventoryTableModel", "Price"), "price", True),
    (QT_TRANSLATE_NOOP("InventoryTableModel", "On hand"), "on_hand", True),
    (QT_TRANSLATE_NOOP("InventoryTableModel", "Reserved"), "reserved", True),
    (QT_TRANSLATE_NOOP("InventoryTableModel", "Available\nhere"), "available", True),
    (QT_TRANSLATE_NOOP("InventoryTableModel", "Available\nnearby"), "nearby", True),
)
AVAILABLE_COLUMN = 6
LEVEL_COLOURS = {"out": "#b3261e", "low": "#8a5a00", "ok": "#1b7f3b", "not_stocked": "#6b7a89"}
_Index = QModelIndex | QPersistentModelIndex


class InventoryTableModel(PagedTableModel):
    """``reloaded`` after every first page (a new search, filter, sort or refresh)."""

    page_name = "inventory-page"
    reloaded = Signal()
    #: a header was clicked: the page reloads its newest search in the new order
    sortChanged = Signal()

    def __init__(self, service: InventoryService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.text = ""
        self.stock_filter = StockFilter.ALL
        self.sort_key = "name"
        self.descending = False
        self.rows: list[StockRow] = []

    async def load(self, text: str, stock_filter: StockFilter) -> bool:
        """Show the first page for ``text`` and ``stock_filter``. False when a newer load
        started meanwhile (this answer was dropped)."""
        sort_key, descending = self.sort_key, self.descending

        def loaded() -> None:
            self.text, self.stock_filter = text, stock_filter

        if not await self.load_first(
                lambda: self.service.page(text, stock_filter, sort=sort_key,
                                          descending=descending, limit=PAGE), loaded):
            return False
        self.reloaded.emit()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        # through the page's newest-wins search: the text typed last, not the text loaded last
        self.sortChanged.emit()

    # -- paging ---------------------------------------------------------------------------------

    def read_page(self, offset: int, limit: int):
        return self.service.page(self.text, self.stock_filter, sort=self.sort_key,
                                 descending=self.descending, offset=offset, limit=limit)

    # -- rows -----------------------------------------------------------------------------------

    def row(self, index: int) -> StockRow | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def row_of(self, product_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.product_id == product_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][2]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, r: StockRow, col: int) -> str:
        if col == 0:
            return r.name
        if col == 1:
            return r.brand or "—"
        if col == 2:
            return r.sku or "—"
        if col == 3:
            return money(r.price_cents, r.currency)
        if not r.stocked and col in (4, 5, 6):
            return self.tr("not stocked") if col == 6 else "—"
        if col == 4:
            return number(r.on_hand)
        if col == 5:
            return number(r.reserved or 0)
        if col == 6:
            return number(r.available)
        return number(r.nearby_available)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.tr(COLUMNS[col][0]).replace(chr(10), ' ')}: {self._text(r, col)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[col][2]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == AVAILABLE_COLUMN:
            return QColor(LEVEL_COLOURS[r.level])
        if role == Qt.ItemDataRole.FontRole and col in (0, AVAILABLE_COLUMN):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 1):
            return self._text(r, col)  # the full text of a cell cut short
        if role == Qt.ItemDataRole.ToolTipRole and col == AVAILABLE_COLUMN:
            return {"out": self.tr("Nothing left to sell here"),
                    "low": self.tr("Low stock here"),
                    "not_stocked": self.tr("This store does not stock this product")
                    }.get(r.level)
        if role == Qt.ItemDataRole.UserRole:
            return r.product_id
        return None
