"""Search results as a Qt table model that shows them a page at a time (canFetchMore/fetchMore).

The search itself is capped (top N, see cache/customer_search.py); the model only reveals rows
as the view scrolls, so a broad search never builds hundreds of rows of widgets at once.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from associate_app.cache.customer_search import CustomerHit
from associate_app.gui.formatting import date_text
from associate_app.gui.match_words import MATCH_WORDS
from store_contract.domain.customer_query import mask_email, mask_phone

PAGE = 50
#: MATCH_WORDS' words, marked for lupdate here (match_words.py has no Qt): ``data`` shows
#: ``self.tr(word)``
MATCH_WORDS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("CustomerResultsModel", "loyalty card"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "phone number"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "email"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "start of card number"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "last digits of phone"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "start of email"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "name"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "another store"),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("CustomerResultsModel", "Name"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "Loyalty"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "Email"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "Phone"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "Found by"),
    QT_TRANSLATE_NOOP("CustomerResultsModel", "Last here"),
)

_Index = QModelIndex | QPersistentModelIndex


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        return date_text(datetime.fromisoformat(iso))
    except ValueError:
        return iso[:10]


class CustomerResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[CustomerHit] = []
        self._shown = 0

    # -- data in ------------------------------------------------------------------------------

    def set_hits(self, hits: list[CustomerHit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self._shown = min(PAGE, len(hits))
        self.endResetModel()

    def hit(self, row: int) -> CustomerHit | None:
        return self._hits[row] if 0 <= row < self._shown else None

    @property
    def total(self) -> int:
        return len(self._hits)

    # -- paging -------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._shown < len(self._hits)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = min(PAGE, len(self._hits) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # -- model --------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        hit = self.hit(index.row())
        if hit is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                name = f"{hit.first_name} {hit.last_name}"
                return name + (self.tr("  (waiting to sync)") if hit.pending else "")
            if col == 1:
                if not hit.card_number:
                    return self.tr("No card")
                return f"{(hit.tier or '').title()} · ••••{hit.card_number[-4:]}"
            if col == 2:
                return hit.email if hit.masked else mask_email(hit.email)
            if col == 3:
                return hit.phone_e164 if hit.masked else mask_phone(hit.phone_e164)
            if col == 4:
                if hit.home_store:
                    return self.tr("customer of %s") % hit.home_store
                return self.tr(MATCH_WORDS.get(hit.match, hit.match))
            if col == 5:
                return _when(hit.last_seen_here)
        if role == Qt.ItemDataRole.FontRole and col == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and hit.score >= 90:
            return QBrush(QColor("#1b7f3b"))
        if role == Qt.ItemDataRole.UserRole:
            return hit.customer_id
        return None
