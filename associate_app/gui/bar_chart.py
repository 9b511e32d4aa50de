"""A plain bar chart painted with QPainter: categories along the bottom, counts up the side,
one or more bars per category (series that share a ``stack`` are drawn on top of each other).

Display only: it is given numbers and labels. Made for a 1280-px tablet: axis labels, a
legend, gridlines at round numbers, and category labels thinned out when they would collide.
Screen readers get the numbers as text (the accessible description)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    values: Sequence[int]
    stack: str = ""  # series with the same stack share one bar, drawn in order bottom-up


def nice_ceiling(value: float) -> int:
    """The smallest 1, 2 or 5 × 10^n at or above ``value`` (at least 1): a readable axis top."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return int(step * power)
    return int(10 * power)


def tick_step(top: int) -> int:
    """A whole-number gridline step giving 2 to 5 gridlines up to ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if top / step <= 5:
            return step
    return max(1, top // 5)


class BarChart(QWidget):
    AXIS = QColor("#6b7a89")
    GRID = QColor("#e3e8ee")
    TEXT = QColor("#1d2733")

    def __init__(self, title: str, x_label: str, y_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.x_label = x_label
        self.y_label = y_label
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.empty_text = ""
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 280)

    def set_data(self, categories: Sequence[str], series: Sequence[Series], *,
                 empty_text: str = "", description: str = "") -> None:
        self.categories = list(categories)
        self.series = list(series)
        self.empty_text = empty_text
        self.setAccessibleDescription(description)
        self.update()

    # -- layout helpers ---------------------------------------------------------------------

    def _stacks(self) -> list[str]:
        return list(dict.fromkeys(s.stack or s.name for s in self.series))

    def _stack_total(self, stack: str, i: int) -> int:
        return sum(s.values[i] for s in self.series if (s.stack or s.name) == stack)

    def _top(self) -> int:
        highest = max((self._stack_total(k, i) for k in self._stacks()
                       for i in range(len(self.categories))), default=0)
        return nice_ceiling(highest * 1.08) if highest else 1

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(self.font())
        base.setPixelSize(13)
        p.setFont(base)
        fm = QFontMetrics(base)
        w, h = self.width(), self.height()

        bold = QFont(base)
        bold.setPixelSize(15)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.TEXT)
        p.drawText(QRectF(0, 0, w, 22), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.title)
        p.setFont(base)

        # legend, right-aligned on the title line
        x = w
        for s in reversed(self.series):
            text_w = fm.horizontalAdvance(s.name)
            x -= text_w
            p.setPen(self.TEXT)
            p.drawText(QRectF(x, 0, text_w, 22), Qt.AlignmentFlag.AlignVCenter, s.name)
            x -= 18
            p.fillRect(QRectF(x, 5, 12, 12), QColor(s.color))
            x -= 16

        top = self._top()
        step = tick_step(top)
        label_w = max(fm.horizontalAdvance(str(top)), fm.horizontalAdvance("0"))
        left = 22 + label_w + 8
        plot = QRectF(left, 34, max(10.0, w - left - 8), max(10.0, h - 34 - 2 * fm.height() - 14))

        # y axis: gridlines, tick labels, title (rotated)
        p.setPen(self.AXIS)
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            p.setPen(QPen(self.GRID if value else self.AXIS, 1))
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(self.AXIS)
            p.drawText(QRectF(22, y - fm.height() / 2, label_w, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        p.save()
        p.translate(4, plot.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-plot.height() / 2, -2, plot.height(), fm.height() + 4),
                   Qt.AlignmentFlag.AlignCenter, self.y_label)
        p.restore()

        # x axis title
        p.drawText(QRectF(plot.left(), h - fm.height() - 2, plot.width(), fm.height() + 2),
                   Qt.AlignmentFlag.AlignCenter, self.x_label)

        n = len(self.categories)
        if n == 0:
            return
        slot = plot.width() / n
        stacks = self._stacks()
        bar_w = min(slot * 0.78 / max(1, len(stacks)), 44.0)  # one day is not a wall
        group_w = bar_w * len(stacks)
        for i in range(n):
            gx = plot.left() + slot * i + (slot - group_w) / 2
            for k, stack in enumerate(stacks):
                y = plot.bottom()
                for s in self.series:
                    if (s.stack or s.name) != stack or not s.values[i]:
                        continue
                    bar_h = plot.height() * s.values[i] / top
                    p.fillRect(QRectF(gx + k * bar_w + 0.5, y - bar_h, max(1.0, bar_w - 1), bar_h),
                               QColor(s.color))
                    y -= bar_h

        # category labels, thinned so they never overlap
        widest = max(fm.horizontalAdvance(c) for c in self.categories) + 10
        every = max(1, math.ceil(widest / slot))
        p.setPen(self.AXIS)
        for i in range(0, n, every):
            cx = plot.left() + slot * (i + 0.5)
            p.drawText(QRectF(cx - widest / 2, plot.bottom() + 3, widest, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       self.categories[i])

        if self.empty_text and not any(any(s.values) for s in self.series):
            p.setPen(self.AXIS)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
