"""The Dashboard screen: how click-and-collect is going in this store, for its managers.

Right now (the pickup queue, with the Pickups screen's own counts), then a chosen period (Today,
7 days, 30 days): orders placed, ready on time, time to ready, collected, no-shows and
cancellations, with charts by day and by hour of day; and the period's returns (rate, value
refunded, top reasons). Display only: the numbers come from :class:`DashboardService`, their
rules from ``domain/fulfilment_metrics.py`` and ``domain/returns_metrics.py``."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from associate_app.dashboard_service import Dashboard, DashboardService
from associate_app.gui.async_tools import spawn
from associate_app.gui.dashboard_charts import BarChartView, Series
from associate_app.gui.formatting import (
    channel_text,
    clock_text,
    date_text,
    day_label,
    duration_text,
    duration_words,
    hour_label,
    long_date_text,
    money,
    number,
    percent_words,
    rate_text,
    return_reason_text,
)
from store_contract.domain import fulfilment_metrics as fm

log = logging.getLogger(__name__)

PLACED_COLOUR = "#7fa7cf"
ON_TIME_COLOUR = "#2e8b57"
LATE_COLOUR = "#e08a00"

#: The period buttons: key -> objectName.
PERIOD_BUTTONS = {"today": "dashboardPeriodToday", "7d": "dashboardPeriod7",
                  "30d": "dashboardPeriod30"}
#: the periods' labels (``fm.PERIODS``), marked for lupdate: the buttons show ``self.tr(label)``
PERIOD_WORDS = (QT_TRANSLATE_NOOP("DashboardPage", "Today"),
                QT_TRANSLATE_NOOP("DashboardPage", "7 days"),
                QT_TRANSLATE_NOOP("DashboardPage", "30 days"))

# Kept with the screen (not in the app theme) so that this screen's look is in one place.
STYLE = """
QFrame[role="kpi"] { background: #ffffff; border: 1px solid #dde3ea; border-radius: 12px; }
QFrame[role="kpi"][tone="alert"] { border: 2px solid #c0392b; }
QLabel[role="kpiValue"] { font-size: 26px; font-weight: 700; color: #16324f; }
QFrame[role="kpi"][tone="alert"] QLabel[role="kpiValue"] { color: #b3261e; }
QLabel[role="kpiTitle"] { font-size: 15px; font-weight: 600; color: #1d2733; }
QLabel[role="kpiCaption"] { font-size: 13px; color: #5a6a7a; }
QPushButton[role="period"] { min-width: 120px; min-height: 48px; font-size: 16px; }
QPushButton[role="period"]:checked { background: #2f6fae; color: #ffffff; border-color: #2f6fae;
                                     font-weight: 600; }
QLabel#dashboardNote { font-size: 13px; color: #5a6a7a; }
QFrame#dashboardCharts { background: #ffffff; border: 1px solid #dde3ea; border-radius: 12px; }
"""


class KpiTile(QFrame):
    """One number with what it is and a short caption; says it all to screen readers."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.setProperty("role", "kpi")
        self.title = title
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 6, 14, 8)
        box.setSpacing(0)
        self.value = QLabel("—", objectName=f"{name}Value")
        self.value.setProperty("role", "kpiValue")
        box.addWidget(self.value)
        heading = QLabel(title)
        heading.setProperty("role", "kpiTitle")
        box.addWidget(heading)
        self.caption = QLabel(wordWrap=True)
        self.caption.setProperty("role", "kpiCaption")
        box.addWidget(self.caption)
        box.addStretch(1)

    def show_value(self, value: str, caption: str, sentence: str, *, alert: bool = False) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{self.title}: {value}")
        self.setAccessibleDescription(sentence)
        if self.property("tone") != ("alert" if alert else ""):
            self.setProperty("tone", "alert" if alert else "")
            for w in (self, self.value):
                w.style().unpolish(w)
                w.style().polish(w)


def _orders(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("DashboardPage", "1 order")
    return QCoreApplication.translate("DashboardPage", "%1 orders").replace("%1", number(n))


def _percent_words(value: float | None) -> str:
    return percent_words(value)


#: a dashboard left open on the manager's tablet reads the orders again this often
REFRESH_MS = 60_000


class DashboardPage(QWidget):
    def __init__(self, service: DashboardService, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dashboardPage")
        self.setAccessibleName(self.tr("Dashboard"))
        self.setStyleSheet(STYLE)
        self.service = service
        self.period = "today"
        self.dashboard: Dashboard | None = None
        self._generation = 0
        # "right now" moves with the clock (orders fall due, deadlines pass) even when no sync
        # brings anything: while the page is on show, read it again every minute
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._tick)
        self.refresh_timer.start()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(objectName="dashboardScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(objectName="dashboardBody")
        scroll.setWidget(body)
        page = QVBoxLayout(body)
        page.setContentsMargins(36, 22, 36, 20)
        page.setSpacing(10)

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Dashboard"), objectName="pageTitle"))
        head.addSpacing(16)
        self.subtitle = QLabel(self.tr("How click-and-collect is going in this store."),
                               objectName="pageSubtitle", wordWrap=True)
        head.addWidget(self.subtitle, 1)
        self.as_of = QLabel(objectName="dashboardAsOf")
        self.as_of.setProperty("role", "kpiCaption")
        head.addWidget(self.as_of)
        page.addLayout(head)

        self.empty = QFrame(objectName="emptyStateCard")
        e = QVBoxLayout(self.empty)
        e.setContentsMargins(24, 20, 24, 22)
        self.empty_heading = QLabel(objectName="emptyStateHeading", wordWrap=True)
        self.empty_body = QLabel(objectName="emptyStateBody", wordWrap=True)
        e.addWidget(self.empty_heading)
        e.addWidget(self.empty_body)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.empty.hide()
        page.addWidget(self.empty)

        self.content = QWidget(objectName="dashboardContent")
        c = QVBoxLayout(self.content)
        c.setContentsMargins(0, 0, 0, 0)
        c.setSpacing(10)
        page.addWidget(self.content, 1)
        page.addStretch(0)  # takes the room only while the content is hidden (empty cache)

        c.addWidget(QLabel(self.tr("Right now"), objectName="sectionTitle"))
        now_grid = QGridLayout()
        now_grid.setSpacing(10)
        self.kpi_open = self._tile(now_grid, "kpiOpen", self.tr("Open orders"), 0, 0)
        self.kpi_overdue = self._tile(now_grid, "kpiOverdue", self.tr("Overdue"), 0, 1)
        self.kpi_past_deadline = self._tile(now_grid, "kpiPastDeadline",
                                            self.tr("Past pickup deadline"), 0, 2)
        self.kpi_collected_today = self._tile(now_grid, "kpiCollectedToday",
                                              self.tr("Collected today"), 0, 3)
        self.kpi_new = self._tile(now_grid, "kpiNew", self.tr("New"), 1, 0)
        self.kpi_picking = self._tile(now_grid, "kpiPicking", self.tr("Picking"), 1, 1)
        self.kpi_ready = self._tile(now_grid, "kpiReady", self.tr("Ready for pickup"), 1, 2)
        self.kpi_expiring = self._tile(now_grid, "kpiExpiring", self.tr("Expiring / no-show"),
                                       1, 3)
        c.addLayout(now_grid)

        bar = QHBoxLayout()
        self.period_title = QLabel(objectName="sectionTitle")
        bar.addWidget(self.period_title, 1)
        self.period_buttons = QButtonGroup(self)
        self.period_buttons.setExclusive(True)
        for key, name in PERIOD_BUTTONS.items():
            label = self.tr(fm.PERIODS[key][0])
            button = QPushButton(label, objectName=name, checkable=True)
            button.setProperty("role", "period")
            button.setAccessibleName(self._show_period_words(key, label))
            button.setAutoDefault(False)
            button.setChecked(key == self.period)
            button.clicked.connect(lambda _=False, k=key: self.choose_period(k))
            self.period_buttons.addButton(button)
            bar.addWidget(button)
        c.addSpacing(6)
        c.addLayout(bar)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.kpi_placed = self._tile(grid, "kpiPlaced", self.tr("Orders placed"), 0, 0)
        self.kpi_on_time = self._tile(grid, "kpiOnTime", self.tr("Ready on time"), 0, 1)
        self.kpi_median = self._tile(grid, "kpiMedianReady", self.tr("Median time to ready"),
                                     0, 2)
        self.kpi_p90 = self._tile(grid, "kpiP90Ready", self.tr("9 in 10 ready within"), 0, 3)
        self.kpi_collected = self._tile(grid, "kpiCollected", self.tr("Collected"), 1, 0)
        self.kpi_no_show = self._tile(grid, "kpiNoShow", self.tr("No-show rate"), 1, 1)
        self.kpi_cancelled = self._tile(grid, "kpiCancelled", self.tr("Cancelled"), 1, 2)
        self.kpi_became_ready = self._tile(grid, "kpiBecameReady", self.tr("Became ready"), 1, 3)
        c.addLayout(grid)

        charts = QFrame(objectName="dashboardCharts")
        ch = QHBoxLayout(charts)
        ch.setContentsMargins(16, 14, 16, 12)
        ch.setSpacing(24)
        self.day_chart = BarChartView(self.tr("Orders by day"), self.tr("Day (store time)"),
                                  self.tr("Orders"))
        self.day_chart.setObjectName("dashboardDayChart")
        self.day_chart.setAccessibleName(self.tr("Orders placed and ready on time, by day"))
        ch.addWidget(self.day_chart, 3)
        self.hour_chart = BarChartView(self.tr("Orders placed by hour"),
                                   self.tr("Hour of day (store time)"), self.tr("Orders"))
        self.hour_chart.setObjectName("dashboardHourChart")
        self.hour_chart.setAccessibleName(self.tr("Orders placed by hour of day"))
        ch.addWidget(self.hour_chart, 2)
        c.addWidget(charts, 1)

        c.addWidget(QLabel(self.tr("Returns over the period"), objectName="sectionTitle"))
        returns = QGridLayout()
        returns.setSpacing(10)
        self.kpi_returns_rate = self._tile(returns, "kpiReturnsRate", self.tr("Returns rate"),
                                           0, 0)
        self.kpi_returns = self._tile(returns, "kpiReturns", self.tr("Returns"), 0, 1)
        self.kpi_refunded = self._tile(returns, "kpiRefunded", self.tr("Value refunded"), 0, 2)
        self.kpi_reasons = self._tile(returns, "kpiTopReasons", self.tr("Top reason"), 0, 3)
        self.kpi_exchanges = self._tile(returns, "kpiExchanges", self.tr("Exchanges"), 0, 4)
        c.addLayout(returns)
        note = QLabel(self.tr(
            "Period figures come from the messages sent to customers (ready, collected), so "
            "changes made on this device count once they have synced."),
            objectName="dashboardNote", wordWrap=True)
        c.addWidget(note)
        self._show_period_title()

    def _tile(self, grid: QGridLayout, name: str, title: str, row: int, col: int) -> KpiTile:
        tile = KpiTile(name, title)
        grid.addWidget(tile, row, col)
        grid.setColumnStretch(col, 1)
        return tile

    # -- behaviour ------------------------------------------------------------------------

    def choose_period(self, key: str) -> None:
        if key not in fm.PERIODS:
            return
        self.period = key
        for button in self.period_buttons.buttons():
            button.setChecked(button.objectName() == PERIOD_BUTTONS[key])
        self._show_period_title()
        spawn(self.refresh(), name="refresh-dashboard")

    def _tick(self) -> None:
        if self.isVisible():
            spawn(self.refresh(), name="refresh-dashboard")

    async def refresh(self) -> None:
        """Read the dashboard for the chosen period and show it (a slower read that finishes
        after a newer one is dropped)."""
        self._generation += 1
        generation = self._generation
        dashboard = await self.service.load(self.period)
        if generation != self._generation:
            return
        self.show_dashboard(dashboard)

    def _show_period_words(self, key: str, label: str) -> str:
        """What a period button does, as a whole sentence (no lowercased word in it)."""
        return {"today": self.tr("Show today"), "7d": self.tr("Show the last 7 days"),
                "30d": self.tr("Show the last 30 days")}.get(key) or self.tr("Show: %s") % label

    def _show_period_title(self) -> None:
        label = fm.PERIODS[self.period][0]
        self.period_title.setText({
            "today": self.tr("Over a period: today"),
            "7d": self.tr("Over a period: the last 7 days"),
            "30d": self.tr("Over a period: the last 30 days"),
        }.get(self.period) or self.tr("Over a period: %s") % self.tr(label))

    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        if not d.has_data:
            self.content.hide()
            self.as_of.clear()
            self.empty_heading.setText(self.tr("No data on this device yet"))
            self.empty_body.setText(self.tr(
                "The dashboard is worked out from this store's orders kept on this device. "
                "They arrive with the first sync with the central service: check the network "
                "connection and press Sync now."))
            self.empty.show()
            self.setAccessibleDescription(self.empty_body.text())
            return
        self.empty.hide()
        self.content.show()
        assert d.period is not None and d.right_now is not None and d.totals is not None
        local_now = d.period.local(d.now)
        self.subtitle.setText(d.store_name or "")
        self.as_of.setText(self.tr("As of %s, store time")
                            % date_text(local_now.replace(tzinfo=None), with_time=True))
        self._show_right_now(d.right_now)
        self._show_period(d)

    def _show_right_now(self, n: fm.RightNow) -> None:
        self.kpi_open.show_value(
            number(n.open), self.tr("new, picking or ready"),
            self.tr("%s open: new, being picked or waiting for the customer.")
            % _orders(n.open))
        self.kpi_overdue.show_value(
            number(n.overdue), self.tr("promised time passed"),
            self.tr("%s overdue: the promised time has passed and they are not ready yet.")
            % _orders(n.overdue), alert=n.overdue > 0)
        self.kpi_past_deadline.show_value(
            number(n.past_deadline), self.tr("no-shows to expire"),
            self.tr("%s ready and past the pickup deadline: no-shows to expire.")
            % _orders(n.past_deadline), alert=n.past_deadline > 0)
        self.kpi_collected_today.show_value(
            number(n.collected_today), self.tr("handed over since midnight"),
            self.tr("%s collected today.") % _orders(n.collected_today))
        self.kpi_new.show_value(number(n.new), self.tr("not started, on time"),
                                self.tr("%s new, not started, still on time.") % _orders(n.new))
        self.kpi_picking.show_value(
            number(n.picking), self.tr("being picked, on time"),
            self.tr("%s being picked, still on time.") % _orders(n.picking))
        self.kpi_ready.show_value(
            number(n.ready), self.tr("more than a day left"),
            self.tr("%s ready for pickup with more than a day left to collect.")
            % _orders(n.ready))
        self.kpi_expiring.show_value(
            number(n.expiring), self.tr("%s past deadline, %s expired")
            % (number(n.past_deadline), number(n.to_return)),
            self.tr("%s expiring or no-show: ready with less than a day left or past the "
                    "deadline, or expired and still to go back to stock.") % _orders(n.expiring))

    def _show_period(self, d: Dashboard) -> None:
        t = d.totals
        assert t is not None and d.period is not None
        when = {"today": self.tr("today"), "7d": self.tr("in the last 7 days"),
                "30d": self.tr("in the last 30 days")}[d.period.key]
        self.kpi_placed.show_value(number(t.placed), self.tr("click-and-collect orders"),
                                   self.tr("%s placed %s.") % (_orders(t.placed), when))
        on_time = rate_text(t.on_time_rate)
        if t.ready_promised:
            caption = self.tr("%s of %s by promised time") % (number(t.ready_on_time),
                                                                number(t.ready_promised))
            sentence = self.tr("%s ready on time %s: %s of %s orders that became ready were "
                               "ready by the promised time.") % (
                _percent_words(t.on_time_rate), when, number(t.ready_on_time),
                number(t.ready_promised))
        else:
            caption = self.tr("no order became ready")
            sentence = self.tr("Ready on time: no order became ready %s, nothing to measure."
                               ) % when
        self.kpi_on_time.show_value(on_time, caption, sentence,
                                    alert=fm.below_on_time_target(t.on_time_rate))
        self.kpi_median.show_value(
            duration_text(t.median_to_ready), self.tr("placed to ready"),
            self.tr("Median time from placed to ready %s: %s.")
            % (when, duration_words(t.median_to_ready)))
        self.kpi_p90.show_value(
            duration_text(t.p90_to_ready), self.tr("90th percentile"),
            self.tr("9 in 10 orders that became ready %s were ready within %s.")
            % (when, duration_words(t.p90_to_ready)))
        self.kpi_collected.show_value(number(t.collected), self.tr("handed over"),
                                      self.tr("%s collected %s.") % (_orders(t.collected), when))
        if t.pickups_ended:
            caption = self.tr("%s of %s pickups that ended") % (number(t.no_shows),
                                                                 number(t.pickups_ended))
            sentence = self.tr("No-show rate %s: %s. %s of %s orders whose pickup ended were "
                               "not collected.") % (when, _percent_words(t.no_show_rate),
                                                   number(t.no_shows), number(t.pickups_ended))
        else:
            caption = self.tr("no pickup ended")
            sentence = self.tr("No-show rate: no pickup ended %s, nothing to measure.") % when
        self.kpi_no_show.show_value(rate_text(t.no_show_rate), caption, sentence)
        self.kpi_cancelled.show_value(number(t.cancelled), self.tr("by the customer or service"),
                                      self.tr("%s cancelled %s.") % (_orders(t.cancelled), when))
        self.kpi_became_ready.show_value(
            number(t.ready), self.tr("marked ready, customer told"),
            self.tr("%s became ready %s.") % (_orders(t.ready), when))
        self._show_charts(d, when)
        self._show_returns(d, when)

    def _show_returns(self, d: Dashboard, when: str) -> None:
        r = d.returns
        if r is None:
            return
        units = self.tr("%s of %s units sold") % (number(r.units_returned), number(r.units_sold))
        if r.units_sold:
            sentence = self.tr("Returns rate %s: %s. %s units returned for %s sold.") % (
                when, _percent_words(r.returns_rate), number(r.units_returned),
                number(r.units_sold))
        else:
            units = self.tr("%n units returned, none sold", "", r.units_returned)
            sentence = self.tr("Returns rate: nothing sold %s, nothing to measure.") % when
        self.kpi_returns_rate.show_value(rate_text(r.returns_rate), units, sentence)
        # "In store: 3; Online, home delivery: 2" (a channel's words as they are: no lowercasing)
        channels = "; ".join(self.tr("%1: %2").replace("%2", number(n))
                             .replace("%1", channel_text(ch)) for ch, n in r.by_channel)
        self.kpi_returns.show_value(
            number(r.returns), channels or self.tr("none"),
            self.tr("%n returns recorded %s%s.", "", r.returns) % (
                when, f": {channels}" if channels else ""))
        refunded = money(r.refunded_cents, d.currency)
        self.kpi_refunded.show_value(
            refunded, self.tr("to the tender or as store credit"),
            self.tr("%s refunded %s.") % (refunded, when))
        exchanged = money(r.exchanged_cents, d.currency)
        self.kpi_exchanges.show_value(
            number(r.exchanges), self.tr("%s given in exchange") % exchanged,
            self.tr("%s of the returns %s were exchanges, for %s of replacements.") % (
                number(r.exchanges), when, exchanged))
        reasons = [(return_reason_text(k), n) for k, n in r.top_reasons]
        listed = "; ".join(self.tr("%s: %s") % (words, number(n)) for words, n in reasons)
        self.kpi_reasons.show_value(
            reasons[0][0] if reasons else fm.NOTHING, listed or self.tr("no returns"),
            self.tr("Top reasons for returns %s, by units: %s.") % (when, listed)
            if reasons else self.tr("No returns %s.") % when)

    def _show_charts(self, d: Dashboard, when: str) -> None:
        assert d.period is not None
        many = len(d.days) > 10
        labels = [day_label(day, "d MMM" if many else "ddd d") for day in (x.day for x in d.days)]
        if d.period.key == "today":
            labels = [self.tr("Today")]
        placed = [x.placed for x in d.days]
        on_time = [x.ready_on_time for x in d.days]
        late = [x.ready_late for x in d.days]
        self.day_chart.set_data(
            labels,
            [Series(self.tr("Placed"), PLACED_COLOUR, placed),
             Series(self.tr("Ready on time"), ON_TIME_COLOUR, on_time),
             Series(self.tr("Ready late"), LATE_COLOUR, late)],
            empty_text=self.tr("No orders %s") % when,
            description="; ".join(
                self.tr("%s: %s placed, %s ready on time, %s ready late")
                % (long_date_text(x.day), number(x.placed), number(x.ready_on_time),
                   number(x.ready_late))
                for x in d.days))
        hours = list(d.hours)
        self.hour_chart.set_data(
            [hour_label(h) for h in range(24)],
            [Series(self.tr("Placed"), PLACED_COLOUR, hours)],
            empty_text=self.tr("No orders %s") % when,
            description="; ".join(self.tr("%1 to %2: %3 placed").replace("%3", number(n))
                                  .replace("%2", clock_text(h, 59))
                                  .replace("%1", clock_text(h, 0))
                                  for h, n in enumerate(hours) if n)
            or self.tr("No orders placed %s.") % when)
