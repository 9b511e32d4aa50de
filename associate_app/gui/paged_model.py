"""A Qt table model over rows read a page at a time from the cache (canFetchMore/fetchMore):
views scroll through thousands of rows while only the pages seen are read."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

from associate_app.gui.async_tools import spawn

PAGE = 100
_Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Subclasses say how to read a page (``read_page(offset, limit)``) and how to show a
    row; :meth:`replace_rows` shows a new first page, and the next pages come as the view
    scrolls. A page read for an older first page is dropped."""

    page_name = "table-page"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._more = False
        self._loading = False
        self._generation = 0

    def read_page(self, offset: int, limit: int) -> Awaitable[Sequence[Any]]:
        raise NotImplementedError

    async def load_first(self, read: Callable[[], Awaitable[Sequence[Any]]],
                         apply: Callable[[], None] = lambda: None) -> bool:
        """Read a new first page with ``read()``; unless a newer load started meanwhile,
        call ``apply()`` (to record what was loaded) and show the rows. True if shown."""
        self._generation += 1
        generation = self._generation
        rows = await read()
        if generation != self._generation:
            return False
        self.beginResetModel()
        apply()
        self.rows = list(rows)
        self._more = len(rows) == PAGE
        self.endResetModel()
        return True

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._loading or not self._more:
            return
        self._loading = True
        spawn(self._fetch(self._generation), name=self.page_name)

    async def _fetch(self, generation: int) -> None:
        try:
            rows = await self.read_page(len(self.rows), PAGE)
        finally:
            self._loading = False
        if generation != self._generation:
            return
        if not rows:
            self._more = False
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()
        self._more = len(rows) == PAGE
