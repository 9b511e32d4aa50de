"""Arrow keys in a search field move through its results: staff type, then ↓/↑/PgDn/PgUp and
Enter, without reaching for the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
          Qt.Key.Key_PageUp: -10}


def navigation_key(event: QEvent) -> Qt.Key | None:
    """The results-moving key of a key press, else None."""
    if event.type() != QEvent.Type.KeyPress:
        return None
    key = event.key() if isinstance(event, QKeyEvent) else QKeyEvent(event).key()
    return key if key in _STEPS else None


def target_row(view: QAbstractItemView, key: Qt.Key) -> int | None:
    """The row ``key`` moves the selection of ``view`` to (fetching the next page of a paged
    model at the end), or None when there are no rows."""
    model = view.model()
    rows = model.rowCount()
    if not rows:
        return None
    current = view.currentIndex().row()
    target = max(0, min(rows - 1, (current if current >= 0 else -1) + _STEPS[key]))
    if target == rows - 1 and model.canFetchMore(view.rootIndex()):
        model.fetchMore(view.rootIndex())
    return target

