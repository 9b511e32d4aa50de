"""How the app's lists look and behave: whole rows, one at a time, read only, touch-sized."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def read_only_rows(view: QTableView, row_height: int, *, wrap: bool = False) -> None:
    """Rows are picked whole, one at a time, never edited in place; ``row_height`` px tall
    (40+ for a finger); no grid, alternating shades; text wraps only if ``wrap``."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
