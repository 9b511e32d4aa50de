"""A store manager opens the Dashboard: the queue right now says what the Pickups screen says,
the period figures are what the store's orders say (counted here in SQL, independently), a
period button changes them consistently, and an order marked ready moves on the Dashboard too.
The charts are Qt Charts holding the service's numbers, said in words to screen readers and
drawn offscreen too. Before the first sync, the screen says plainly that there is nothing yet."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCharts import QBarSeries, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton

from associate_app.config import AppConfig
from associate_app.dashboard_service import DashboardService
from associate_app.gui.dashboard_charts import BarChartView, Series
from associate_app.gui.dashboard_page import PLACED_COLOUR, DashboardPage
from associate_app.gui.formatting import long_date_text
from associate_app.pickup_service import PickupService
from associate_app.services import AppServices
from tests.conftest import wait_until
from tests.support.cache_files import open_file

OPEN = "('new', 'picking', 'ready_for_pickup')"


def cache(controller) -> sqlite3.Connection:
    return open_file(controller.services.store.cache_path)


def text(window, name: str) -> str:
    return window.findChild(QLabel, f"{name}Value").text()


def number(window, name: str) -> int:
    return int(text(window, name))


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def local_start(c: sqlite3.Connection, days: int, now: datetime) -> str:
    """The store's local midnight ``days - 1`` days before ``now``'s day, as cache text."""
    zone = ZoneInfo(c.execute("SELECT timezone FROM stores WHERE store_id = 'S001'"
                              ).fetchone()[0])
    day = now.astimezone(zone).date() - timedelta(days=days - 1)
    return utc_text(datetime.combine(day, time(0), tzinfo=zone))


def count(c: sqlite3.Connection, where: str, *args) -> int:
    return c.execute("SELECT count(*) FROM orders WHERE store_id = 'S001' AND channel = "
                     f"'click_and_collect' AND {where}", args).fetchone()[0]


def expected_period(c: sqlite3.Connection, days: int, now: datetime) -> dict[str, int]:
    """The period's numbers counted here, for the time the dashboard was read at (``now``):
    a run across midnight or a promise falling due mid-test cannot make them differ."""
    start = local_start(c, days, now)
    ready = c.execute(
        "SELECT count(*), coalesce(sum(r.ready_at <= r.promised_at), 0) FROM (SELECT "
        "o.promised_at, (SELECT min(n.sent_at) FROM notifications n WHERE n.order_id = "
        "o.order_id AND n.template = 'order_ready') AS ready_at FROM orders o WHERE "
        "o.store_id = 'S001' AND o.channel = 'click_and_collect') r WHERE r.ready_at >= ?",
        (start,)).fetchone()
    collected = c.execute(
        "SELECT count(*) FROM orders o WHERE o.store_id = 'S001' AND o.channel = "
        "'click_and_collect' AND o.status = 'collected' AND coalesce((SELECT min(n.sent_at) "
        "FROM notifications n WHERE n.order_id = o.order_id AND n.template = 'collected'), "
        "o.updated_at) >= ?", (start,)).fetchone()[0]
    return {
        "placed": count(c, "placed_at >= ?", start),
        "ready": ready[0], "on_time": ready[1], "collected": collected,
        "no_shows": count(c, "status IN ('expired', 'returned_to_stock') AND "
                             "pickup_expires_at >= ?", start),
        "cancelled": count(c, "status = 'cancelled' AND updated_at >= ?", start),
    }


def test_the_dashboard_agrees_with_the_orders_and_the_pickup_queue(counter, qtbot, qloop):
    controller, _, _ = counter
    window, page = controller.window, controller.dashboard
    c = cache(controller)

    async def story():
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: page.dashboard is not None and page.isVisible(),
                         message="dashboard shown")
        at = page.dashboard.now  # the time the dashboard counted for
        now = utc_text(at)
        # right now, counted here from the cache file
        assert number(window, "kpiOpen") == count(c, f"status IN {OPEN}") > 0
        assert number(window, "kpiOverdue") == count(
            c, "status IN ('new', 'picking') AND promised_at <= ?", now)
        assert number(window, "kpiPastDeadline") == count(
            c, "status = 'ready_for_pickup' AND pickup_expires_at <= ?", now) > 0
        assert number(window, "kpiCollectedToday") == count(
            c, "status = 'collected' AND updated_at >= ?", local_start(c, 1, at)) > 0
        assert window.findChild(QPushButton, "dashboardPeriodToday").isChecked()
        today = expected_period(c, 1, at)
        assert number(window, "kpiPlaced") == today["placed"]
        assert number(window, "kpiCollected") == today["collected"]
        tile = window.findChild(QLabel, "kpiOpenValue").parent()
        assert tile.accessibleName() == f"Open orders: {number(window, 'kpiOpen')}"
        assert f"{number(window, 'kpiOpen')} orders open" in tile.accessibleDescription()
        shown = {name: number(window, name) for name in (
            "kpiOverdue", "kpiNew", "kpiPicking", "kpiReady", "kpiExpiring",
            "kpiCollectedToday")}

        # left open, it reads the orders again by itself (every minute; here every 50 ms)
        first_read = page.dashboard
        page.refresh_timer.setInterval(50)
        await wait_until(lambda: page.dashboard is not first_read, message="a timed refresh")
        assert page.dashboard.now > first_read.now
        page.refresh_timer.setInterval(3_600_000)

        # the Pickups screen's tabs say the same
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        tabs = controller.pickups.tabs
        await wait_until(lambda: "(" in tabs.tabText(0), message="pickup counts")
        in_pickups = {tabs.tabText(i).rsplit(" (", 1)[0]: int(re.findall(r"\((\d+)\)",
                                                                          tabs.tabText(i))[0])
                      for i in range(tabs.count())}
        assert in_pickups == {
            "Overdue": shown["kpiOverdue"], "New": shown["kpiNew"],
            "Picking": shown["kpiPicking"], "Ready for pickup": shown["kpiReady"],
            "Expiring / no-show": shown["kpiExpiring"],
            "Collected today": shown["kpiCollectedToday"]}

        # 30 days, then 7 days: every figure is what the orders say, and nests
        window.show_page("dashboard")
        placed = {}
        for name, key, days in (("dashboardPeriod30", "30d", 30), ("dashboardPeriod7", "7d", 7)):
            button = window.findChild(QPushButton, name)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            await wait_until(lambda k=key: page.dashboard.period.key == k, message=name)
            assert len(page.dashboard.days) == days
            assert button.isChecked() and sum(
                b.isChecked() for b in page.period_buttons.buttons()) == 1
            want = expected_period(c, days, page.dashboard.now)
            placed[days] = number(window, "kpiPlaced")
            assert placed[days] == want["placed"]
            assert number(window, "kpiBecameReady") == want["ready"] > 0
            caption = window.findChild(QLabel, "kpiOnTimeValue").parent().caption.text()
            assert caption == f"{want['on_time']} of {want['ready']} by promised time"
            assert text(window, "kpiOnTime") == f"{round(100 * want['on_time'] / want['ready'])}%"
            assert number(window, "kpiCollected") == want["collected"]
            assert number(window, "kpiCancelled") == want["cancelled"]
            ended = want["collected"] + want["no_shows"]
            assert text(window, "kpiNoShow") == (
                f"{round(100 * want['no_shows'] / ended)}%" if ended else "—")
            assert sum(x.placed for x in page.dashboard.days) == placed[days]
            assert sum(page.dashboard.hours) == placed[days]
        assert today["placed"] <= placed[7] <= placed[30]
        assert placed[30] > placed[7]  # the demo has older orders than a week

    qloop.run_until_complete(story())


def test_an_order_marked_ready_moves_from_picking_to_ready_and_counts_once_synced(
        counter, qtbot, qloop):
    controller, network, _ = counter
    window, page = controller.window, controller.dashboard
    c = cache(controller)
    order_id = c.execute(
        "SELECT order_id FROM orders WHERE store_id = 'S001' AND status = 'picking' AND "
        "promised_at > ? ORDER BY order_number LIMIT 1",
        (utc_text(datetime.now(UTC) + timedelta(minutes=30)),)).fetchone()[0]
    service = PickupService(controller.services)

    async def story():
        # offline while the order is readied: online, the sync each step asks for could bring
        # the customer's "ready" message back before the screen below is read
        network.offline = True
        window.show_page("dashboard")
        await wait_until(lambda: page.dashboard is not None, message="dashboard")
        before = {n: number(window, n) for n in (
            "kpiOpen", "kpiPicking", "kpiReady", "kpiBecameReady")}
        order = await service.load(order_id)
        for line in order.lines:
            if line.remaining:
                await service.record_shortage(order, line.line_id, str(line.remaining),
                                              "none on the shelf")
        await service.stage(await service.load(order_id), "SHELF-D4")
        await service.mark_ready(await service.load(order_id))
        # the page drops a read once a newer one has started (a timed refresh, a sync's), so
        # this one may give way: wait for the screen to show a read begun from now on
        readied = datetime.now(UTC)
        await page.refresh()
        await wait_until(lambda: page.dashboard.now >= readied, message="the dashboard read again")
        assert number(window, "kpiPicking") == before["kpiPicking"] - 1
        assert number(window, "kpiReady") == before["kpiReady"] + 1
        assert number(window, "kpiOpen") == before["kpiOpen"]
        # the period counts it when the customer's "ready" message comes back with the sync
        assert number(window, "kpiBecameReady") == before["kpiBecameReady"]
        network.offline = False
        controller.sync_now()
        await wait_until(lambda: number(window, "kpiBecameReady") == before["kpiBecameReady"] + 1,
                         timeout=30, message="ready counted after the sync")

    qloop.run_until_complete(story())


def test_before_the_first_sync_the_dashboard_says_there_is_nothing_yet(qtbot, qloop, tmp_path):
    services = AppServices(AppConfig(demo=False, data_dir=tmp_path, server_url="http://x",
                                     store_id="S001"))

    async def story():
        await services.open_store()
        page = DashboardPage(DashboardService(services))
        qtbot.addWidget(page)
        page.show()
        await page.refresh()
        heading = page.findChild(QLabel, "emptyStateHeading")
        assert heading.isVisible() and heading.text() == "No data on this device yet"
        assert "first sync" in page.findChild(QLabel, "emptyStateBody").text()
        assert not page.findChild(QLabel, "kpiOpenValue").isVisible()
        await services.aclose()

    qloop.run_until_complete(story())


def chart_numbers(view: QChartView) -> dict[str, list[int]]:
    """What a chart holds, read from its Qt Charts series: bar set name -> its values."""
    numbers: dict[str, list[int]] = {}
    for series in view.chart().series():
        assert isinstance(series, QBarSeries)
        for bar_set in series.barSets():
            numbers[bar_set.label()] = [int(bar_set.at(i)) for i in range(bar_set.count())]
    return numbers


def shows_colour(view: QChartView, colour: str) -> bool:
    """Whether the chart, drawn offscreen as a screenshot is, has pixels of ``colour``."""
    picture = view.grab().toImage()
    want = QColor(colour).rgb()
    return any(picture.pixel(x, y) == want for x in range(0, picture.width(), 2)
               for y in range(0, picture.height(), 2))


def test_the_charts_are_qt_charts_holding_the_numbers_the_service_gives(counter, qtbot, qloop):
    controller, _, _ = counter
    window, page = controller.window, controller.dashboard

    async def story():
        window.show_page("dashboard")
        day_chart = window.findChild(QChartView, "dashboardDayChart")
        hour_chart = window.findChild(QChartView, "dashboardHourChart")
        assert day_chart is not None and hour_chart is not None
        for key, name in (("7d", "dashboardPeriod7"), ("30d", "dashboardPeriod30"),
                          ("today", "dashboardPeriodToday")):
            qtbot.mouseClick(window.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
            await wait_until(lambda k=key: page.dashboard is not None
                             and page.dashboard.period.key == k, message=key)
            # the service's own read, for the moment the page read it
            shown = page.dashboard
            d = await DashboardService(controller.services, clock=lambda s=shown: s.now).load(key)
            assert chart_numbers(day_chart) == {
                "Placed": [x.placed for x in d.days],
                "Ready on time": [x.ready_on_time for x in d.days],
                "Ready late": [x.ready_late for x in d.days]}
            assert chart_numbers(hour_chart) == {"Placed": list(d.hours)}
            assert sum(chart_numbers(day_chart)["Placed"]) == number(window, "kpiPlaced")
            # the same numbers in words for a screen reader
            assert day_chart.accessibleName() == "Orders placed and ready on time, by day"
            for x in d.days:
                assert (f"{long_date_text(x.day)}: {x.placed} placed, {x.ready_on_time} "
                        f"ready on time, {x.ready_late} ready late"
                        ) in day_chart.accessibleDescription()
            assert hour_chart.accessibleName() == "Orders placed by hour of day"
            for hour, n in enumerate(d.hours):
                said = f"{hour:02d}:00 to {hour:02d}:59: {n} placed"
                assert (said in hour_chart.accessibleDescription()) == bool(n)
            # drawn offscreen (a screenshot), with the bars in the screen's colour
            if any(d.hours):
                assert shows_colour(hour_chart, PLACED_COLOUR)
        assert len(d.days) == 1 and day_chart.category_labels() == ["Today"]

    qloop.run_until_complete(story())


def test_a_chart_thins_its_labels_and_says_when_there_is_nothing(qtbot):
    chart = BarChartView("Orders placed by hour", "Hour of day", "Orders")
    chart.setObjectName("hours")
    qtbot.addWidget(chart)
    chart.resize(420, 280)
    chart.show()
    hours = [f"{h:02d}" for h in range(24)]
    chart.set_data(hours, [Series("Placed", PLACED_COLOUR, [h % 3 for h in range(24)])],
                   empty_text="No orders today", description="some")
    qtbot.waitUntil(lambda: chart.chart().plotArea().width() > 0)
    shown = chart.category_labels()
    assert 2 <= len(shown) < 24  # 24 hours do not fit side by side in 420 px
    assert shown == hours[::int(shown[1]) - int(shown[0])]  # every few hours, evenly
    assert not chart.empty_label.isVisible() and shows_colour(chart, PLACED_COLOUR)
    assert chart.y_axis.max() == 5 and chart.y_axis.tickCount() == 6  # 0, 1 … 5 orders
    sets = chart.bar_series.barSets()
    chart.bar_series.hovered.emit(True, 5, sets[0])  # the mouse over 05:00's bar
    assert chart.toolTip() == "05 — Placed: 2"
    chart.bar_series.hovered.emit(False, 5, sets[0])
    assert chart.toolTip() == ""
    chart.resize(1400, 280)
    qtbot.waitUntil(lambda: chart.category_labels() == hours)  # room for every hour
    chart.set_data(hours, [Series("Placed", PLACED_COLOUR, [0] * 24)],
                   empty_text="No orders today", description="No orders placed today.")
    assert chart.empty_label.isVisible() and chart.empty_label.text() == "No orders today"
    assert chart.accessibleDescription() == "No orders placed today."
    assert not shows_colour(chart, PLACED_COLOUR)
