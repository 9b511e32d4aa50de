"""The Dashboard's rules on small hand-made stores: what counts as on time, how waits are
summarised, what the no-show rate divides by, and how an empty period shows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from store_contract.domain import fulfilment_metrics as fm
from store_contract.domain.fulfilment_metrics import OrderFacts

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 7, 1, 15, 0, tzinfo=UTC)  # 16:00 in London (BST)
TODAY = fm.period_for("today", NOW, LONDON)
H = timedelta(hours=1)


def order(n: int, status: str = "collected", *, placed: datetime | None = None,
          wait: timedelta | None = None, promise: timedelta = 24 * H, **times) -> OrderFacts:
    placed = placed or NOW - 30 * H
    ready = placed + wait if wait is not None else None
    return OrderFacts(f"O{n}", status, placed, placed + promise if promise else None,
                      times.pop("expires", None), times.pop("updated", None), ready,
                      times.pop("collected", None), times.pop("cancelled", None))


def test_a_period_starts_at_the_stores_local_midnight():
    assert TODAY.start == datetime(2026, 6, 30, 23, 0, tzinfo=UTC)  # 00:00 BST
    assert TODAY.days == [date(2026, 7, 1)]
    week = fm.period_for("7d", NOW, LONDON)
    assert week.start == datetime(2026, 6, 25, 0, 0, tzinfo=LONDON)
    assert len(week.days) == 7 and week.days[-1] == date(2026, 7, 1)
    # 30 days across the clocks going back: still 30 local days, starting at local midnight
    autumn = fm.period_for("30d", datetime(2026, 11, 10, 12, tzinfo=UTC), LONDON)
    assert len(autumn.days) == 30
    assert autumn.start == datetime(2026, 10, 11, 23, 0, tzinfo=UTC)  # 00:00 BST, 12 Oct
    assert TODAY.end == datetime(2026, 7, 2, 0, 0, tzinfo=LONDON)
    assert NOW in TODAY and TODAY.start in TODAY and None not in TODAY
    assert TODAY.start - timedelta(microseconds=1) not in TODAY and TODAY.end not in TODAY


def test_ready_exactly_at_the_promised_time_is_on_time_and_a_second_later_is_late():
    start = NOW - 10 * H
    on_the_dot = order(1, "ready_for_pickup", placed=start, wait=2 * H, promise=2 * H)
    late = order(2, "ready_for_pickup", placed=start, wait=2 * H + timedelta(seconds=1),
                 promise=2 * H)
    no_promise = order(3, "ready_for_pickup", placed=start, wait=H, promise=None)
    assert on_the_dot.ready_on_time is True and late.ready_on_time is False
    assert no_promise.ready_on_time is None
    m = fm.period_metrics([on_the_dot, late, no_promise], TODAY)
    assert (m.ready, m.ready_promised, m.ready_on_time) == (3, 2, 1)
    assert m.on_time_rate == 0.5
    assert fm.format_rate(m.on_time_rate) == "50%"


def test_orders_ready_before_the_period_do_not_count_in_it():
    yesterday = order(1, "ready_for_pickup", placed=NOW - 40 * H, wait=2 * H)  # ready 23:00 BST
    m = fm.period_metrics([yesterday], TODAY)
    assert (m.placed, m.ready, m.on_time_rate, m.median_to_ready) == (0, 0, None, None)


def test_median_and_90th_percentile_of_time_to_ready():
    start = NOW - 12 * H
    orders = [order(i, "ready_for_pickup", placed=start, wait=w * H)
              for i, w in enumerate([4, 1, 3, 2])]
    m = fm.period_metrics(orders, TODAY)
    assert m.median_to_ready == timedelta(hours=2.5)  # mean of the two middle ones
    assert m.p90_to_ready == timedelta(hours=3.7)  # 3 h + 0.7 × (4 h − 3 h)
    assert fm.format_duration(m.median_to_ready) == "2 h 30 min"
    assert fm.format_duration(m.p90_to_ready) == "3 h 42 min"
    one = fm.period_metrics(orders[:1], TODAY)
    assert one.median_to_ready == one.p90_to_ready == timedelta(hours=4)
    assert fm.median([5, 1, 3]) == 3 and fm.percentile([], 0.9) is None


def test_no_show_rate_is_no_shows_over_every_pickup_that_ended_in_the_period():
    t = NOW - 2 * H
    ended = [
        order(1, "collected", collected=t),
        order(2, "collected", collected=t),
        order(3, "collected", updated=t),  # no "collected" message: its last change
        order(4, "expired", expires=t, updated=t),
        order(5, "returned_to_stock", expires=t, updated=NOW - H),
    ]
    not_in_it = [
        order(6, "expired", expires=NOW - 30 * H),  # window closed yesterday
        order(7, "cancelled", cancelled=t),  # never waited for pickup
        order(8, "ready_for_pickup", expires=t),  # past its deadline, not expired yet
    ]
    m = fm.period_metrics(ended + not_in_it, TODAY)
    assert (m.collected, m.no_shows, m.pickups_ended) == (3, 2, 5)
    assert m.no_show_rate == 0.4 and fm.format_rate(m.no_show_rate) == "40%"
    assert m.cancelled == 1


def test_an_empty_period_shows_dashes_not_zero_percent():
    m = fm.period_metrics([], TODAY)
    assert (m.placed, m.ready, m.collected, m.cancelled) == (0, 0, 0, 0)
    assert m.on_time_rate is None and m.no_show_rate is None
    assert m.median_to_ready is None and m.p90_to_ready is None
    assert fm.format_rate(None) == fm.format_duration(None) == "—"
    assert fm.duration_words(None) == "no orders to measure"
    assert not fm.below_on_time_target(None)
    assert [d.placed for d in fm.by_day([], fm.period_for("7d", NOW, LONDON))] == [0] * 7
    assert fm.by_hour([], TODAY) == [0] * 24


@pytest.mark.parametrize(("share", "shown"), [
    (1.0, "100%"), (0.996, "99%"), (0.004, "1%"), (0.0, "0%"), (0.125, "12%"), (2 / 3, "67%")])
def test_shares_never_round_to_all_or_nothing(share, shown):
    assert fm.format_rate(share) == shown


def test_durations_read_in_hours_up_to_two_days():
    assert fm.format_duration(timedelta(minutes=42)) == "42 min"
    assert fm.format_duration(timedelta(hours=26, minutes=51)) == "26 h 51 min"
    assert fm.format_duration(timedelta(days=3, hours=4)) == "3 d 4 h"
    assert fm.duration_words(timedelta(hours=1, minutes=5)) == "1 hour 5 minutes"


def test_days_and_hours_are_the_stores_local_time():
    week = fm.period_for("7d", NOW, LONDON)
    late_evening = datetime(2026, 6, 29, 23, 30, tzinfo=UTC)  # 00:30 on 30 June in London
    orders = [
        order(1, "collected", placed=late_evening, wait=H),  # ready 01:30 BST, on time
        order(2, "collected", placed=late_evening, wait=25 * H),  # ready 1 July, late
        order(3, "new", placed=datetime(2026, 7, 1, 8, 15, tzinfo=UTC)),  # 09:15 BST
    ]
    days = {d.day: d for d in fm.by_day(orders, week)}
    assert (days[date(2026, 6, 30)].placed, days[date(2026, 6, 30)].ready_on_time) == (2, 1)
    assert days[date(2026, 6, 29)].placed == 0
    assert (days[date(2026, 7, 1)].placed, days[date(2026, 7, 1)].ready_late) == (1, 1)
    hours = fm.by_hour(orders, week)
    assert hours[0] == 2 and hours[9] == 1 and sum(hours) == 3


def test_open_orders_are_the_pickup_groups_still_to_finish():
    now = fm.RightNow(overdue=1, new=5, picking=3, ready=4, expiring=4, collected_today=2,
                      past_deadline=2, to_return=2)
    assert now.open == 1 + 5 + 3 + 4 + (4 - 2)
