"""One group of the pickup queue as a Qt table model, fetched a page at a time from the cache
(canFetchMore/fetchMore), with a live SLA column that the page refreshes on a timer."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from associate_app.cache.pickups import QueueRow
from associate_app.gui.formatting import number, urgency_text
from associate_app.gui.paged_model import PAGE, PagedTableModel
from associate_app.pickup_service import PickupService
from store_contract.domain import pickup

COLUMNS = (
    QT_TRANSLATE_NOOP("PickupQueueModel", "Order"),
    QT_TRANSLATE_NOOP("PickupQueueModel", "Customer"),
    QT_TRANSLATE_NOOP("PickupQueueModel", "Items"),
    QT_TRANSLATE_NOOP("PickupQueueModel", "Where"),
    QT_TRANSLATE_NOOP("PickupQueueModel", "Due"),
)
_Index = QModelIndex | QPersistentModelIndex


class PickupQueueModel(PagedTableModel):
    page_name = "pickup-queue-page"

    def __init__(self, service: PickupService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.group = "new"
        self.rows: list[QueueRow] = []

    async def load(self, group: str) -> None:
        """Show ``group`` from its first page (the page asks again after syncs and changes)."""

        def loaded() -> None:
            self.group = group

        await self.load_first(lambda: self.service.page(group, 0, PAGE), loaded)

    def read_page(self, offset: int, limit: int):
        return self.service.page(self.group, offset, limit)

    def tick(self) -> None:
        """The clock moved: repaint the SLA column."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.rows) - 1, 4))

    def _urgency(self, r: QueueRow) -> pickup.Urgency:
        return pickup.urgency(r.status, r.promised_at, r.pickup_expires_at,
                              self.service.clock().astimezone(UTC))

    def row(self, index: int) -> QueueRow | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row(index.row())
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return r.order_number + (self.tr("  (waiting to sync)") if r.pending else "")
            if col == 1:
                return r.customer_name
            if col == 2:
                text = self.tr("%1/%2 picked").replace("%1", number(r.picked)).replace(
                    "%2", number(r.items))
                return text + (self.tr(", %1 short").replace("%1", number(r.short))
                               if r.short else "")
            if col == 3:
                return r.staging_location or "—"
            if col == 4:
                return urgency_text(self._urgency(r))
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and self._urgency(r).overdue:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.FontRole and col == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return r.order_id
        return None
