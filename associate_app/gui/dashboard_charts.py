"""The dashboard's bar charts, drawn by Qt Charts: categories along the bottom, counts up the
side, one bar per series in each category (side by side).

Display only: it is given numbers and labels. Made for a 1280-px tablet: axis titles, a legend,
gridlines at round whole numbers, category labels turned upright when they would collide, and a
sentence in the middle when there is nothing to show. The colours are the app theme's
(resources/theme.qss: text #1d2733, muted #6b7a89, lines #e3e8ee). Screen readers get the
numbers as text (the accessible description); a chart renders offscreen (``grab()``) too."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QSizePolicy, QWidget

from associate_app.gui.formatting import number

TEXT = QColor("#1d2733")
AXIS = QColor("#6b7a89")
GRID = QColor("#e3e8ee")


@dataclass(frozen=True)
class Series:
    """One bar per category: ``values[i]`` is category ``i``'s count."""

    name: str
    color: str
    values: Sequence[int]


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


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)  # the theme sizes fonts in pixels
    font.setBold(bold)
    return font


class BarChartView(QChartView):
    """A titled bar chart; ``set_data`` replaces what it shows.

    ``bar_series`` is the chart's one :class:`QBarSeries` (one :class:`QBarSet` per
    :class:`Series`, in order), ``x_axis`` and ``y_axis`` its axes."""

    #: the widest a bar may be: a single day is not a wall
    MAX_BAR_PX = 44
    #: the height of the top line (title and legend)
    HEAD_PX = 30

    def __init__(self, title: str, x_label: str, y_label: str,
                 parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setStyleSheet("background: transparent;")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with it but read it
        self.title = title
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.empty_text = ""

        chart.setBackgroundVisible(False)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setMargins(QMargins(0, self.HEAD_PX, 4, 0))  # the title line above the plot
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # the title on the left of the top line and the legend on its right, as on the
        # rest of the page (Qt Charts would centre both, on two lines)
        self.title_item = QGraphicsSimpleTextItem(title, chart)
        self.title_item.setFont(_font(15, bold=True))
        self.title_item.setBrush(QBrush(TEXT))
        self.title_item.setPos(0, 2)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)  # (laid out in a row)
        legend.detachFromChart()
        legend.setBackgroundVisible(False)
        legend.setFont(_font(13))
        legend.setLabelColor(TEXT)
        legend.setMarkerShape(legend.MarkerShape.MarkerShapeRectangle)

        self.bar_series = QBarSeries()
        chart.addSeries(self.bar_series)
        self.x_axis = QCategoryAxis()  # bars at 0, 1, 2…; labels under the bars, thinned
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y_axis = QValueAxis()
        for axis, label in ((self.x_axis, x_label), (self.y_axis, y_label)):
            axis.setTitleText(label)
            axis.setTitleFont(_font(13))
            axis.setTitleBrush(QBrush(AXIS))
            axis.setLabelsFont(_font(13))
            axis.setLabelsColor(AXIS)
            axis.setLinePen(QPen(AXIS, 1))
            axis.setGridLinePen(QPen(GRID, 1))
        self.x_axis.setGridLineVisible(False)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setMinorTickCount(0)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.bar_series.attachAxis(self.x_axis)
        self.bar_series.attachAxis(self.y_axis)

        # said in the middle of the plot when every count is nought
        self.empty_label = QGraphicsSimpleTextItem(chart)
        self.empty_label.setFont(_font(15))
        self.empty_label.setBrush(QBrush(AXIS))
        self.empty_label.hide()
        chart.plotAreaChanged.connect(self._arrange)
        self.bar_series.hovered.connect(self._hovered)
        self._every = 0  # a category label every so many categories (0: none yet)
        self._set_axis_range(1)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 300)

    def set_data(self, categories: Sequence[str], series: Sequence[Series], *,
                 empty_text: str = "", description: str = "") -> None:
        self.categories = list(categories)
        self.series = list(series)
        self.empty_text = empty_text
        self.setAccessibleDescription(description)
        self.bar_series.clear()  # (deletes the old sets)
        for s in self.series:
            bar_set = QBarSet(s.name)
            bar_set.setColor(QColor(s.color))
            bar_set.setBorderColor(QColor(s.color))
            bar_set.append([float(v) for v in s.values])
            self.bar_series.append(bar_set)
        highest = max((v for s in self.series for v in s.values), default=0)
        self._set_axis_range(nice_ceiling(highest * 1.08) if highest else 1)
        self.x_axis.setRange(-0.5, max(1, len(self.categories)) - 0.5)
        self._every = 0
        self.empty_label.setText(self.empty_text)
        self.empty_label.setVisible(bool(self.empty_text) and not highest)
        self._arrange()

    def values(self) -> dict[str, list[int]]:
        """What the chart holds, read back from its bar sets: series name -> counts."""
        return {s.label(): [round(s.at(i)) for i in range(s.count())]
                for s in self.bar_series.barSets()}

    def category_labels(self) -> list[str]:
        """The category labels shown under the bars (every one, or every few when crowded)."""
        return list(self.x_axis.categoriesLabels())

    def _hovered(self, over: bool, index: int, bar_set: QBarSet) -> None:
        """A bar under the mouse says its number (the description says them all)."""
        if over and 0 <= index < len(self.categories):
            # "05 — Placed: 2": the series's name as it is (no lowercased word in a sentence)
            self.setToolTip(self.tr("%1 — %2: %3").replace("%3", number(round(bar_set.at(index))))
                            .replace("%2", bar_set.label()).replace("%1", self.categories[index]))
        else:
            self.setToolTip("")

    # -- layout ------------------------------------------------------------------------------

    def _set_axis_range(self, top: int) -> None:
        self.y_axis.setRange(0, top)
        self.y_axis.setTickType(QValueAxis.TickType.TicksFixed)
        self.y_axis.setTickCount(top // tick_step(top) + 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Fit what depends on the chart's size: the bars' width (at most MAX_BAR_PX), the
        category labels (thinned so they never collide), the legend, the empty sentence."""
        chart = self.chart()
        area = chart.plotArea()
        n = len(self.categories)
        if n:
            slot = (area.width() or max(100.0, self.width() - 80.0)) / n
            sets = max(1, len(self.series))
            self.bar_series.setBarWidth(min(0.8, self.MAX_BAR_PX * sets / slot))
            metrics = QFontMetrics(self.x_axis.labelsFont())
            widest = max(metrics.horizontalAdvance(c) for c in self.categories) + 8
            every = max(1, math.ceil(widest / slot))
            if every != self._every:
                self._every = every
                for label in list(self.x_axis.categoriesLabels()):
                    self.x_axis.remove(label)
                self.x_axis.setStartValue(-0.5)
                for i in range(0, n, every):
                    self.x_axis.append(self.categories[i], i)
        # the legend centres its row in the box it is given: a box just wide enough for the
        # row puts it on the right (its own size hint is for a column)
        legend = chart.legend()
        metrics = QFontMetrics(legend.font())
        row = sum(metrics.horizontalAdvance(s.name) + metrics.height() + 24 for s in self.series)
        left = max(self.title_item.boundingRect().width() + 16, chart.size().width() - row)
        legend.setGeometry(QRectF(left, 0, max(0.0, chart.size().width() - left), self.HEAD_PX))
        legend.update()
        if self.empty_label.isVisible():
            box = self.empty_label.boundingRect()
            self.empty_label.setPos(area.center().x() - box.width() / 2,
                                    area.center().y() - box.height() / 2)
