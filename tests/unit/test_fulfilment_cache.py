"""The Dashboard's reads on a real cache filled as a sync fills it: only this store's
click-and-collect orders, only what happened in the period, days and "today" in the store's
local time (a London store at 00:30 BST is already on its next day while UTC is not)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from associate_app.cache import fulfilment, pickups
from associate_app.dashboard_service import read_dashboard
from store_contract.domain import fulfilment_metrics as fm
from store_contract.domain.notification_templates import ORDER_COLLECTED, ORDER_READY
from tests.support.synced_cache import synced_cache

NOW = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)  # 11:00 in London (BST)



def iso(text: str) -> str:
    """A time as the sync writes it into the cache."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC).isoformat(timespec="microseconds")


def cc_order(order_id: str, status: str, placed: str, *, store: str = "S001",
             channel: str = "click_and_collect", promised: str | None = None,
             expires: str | None = None, updated: str | None = None) -> tuple:
    return ("order", order_id, "upsert", {
        "order_id": order_id, "order_number": f"CC-{order_id}", "customer_id": "C1",
        "channel": channel, "store_id": store, "status": status, "placed_at": iso(placed),
        "promised_at": promised and iso(promised), "pickup_expires_at": expires and iso(expires),
        "updated_at": iso(updated or placed), "total_cents": 1000, "lines": []})


def sent(nid: str, order_id: str, template: str, when: str) -> tuple:
    return ("notification", nid, "upsert", {
        "notification_id": nid, "customer_id": "C1", "order_id": order_id, "channel": "sms",
        "template": template, "body": "", "sent_at": iso(when)})


ROWS = [
    ("store", "S001", "upsert", {"store_id": "S001", "name": "Bristol",
                                 "timezone": "Europe/London"}),
    ("store", "S002", "upsert", {"store_id": "S002", "name": "New York",
                                 "timezone": "America/New_York"}),
    # placed at 00:30 BST on 1 July (still 30 June in UTC); ready on time at 09:00 BST
    cc_order("A", "ready_for_pickup", "2026-06-30 23:30", promised="2026-07-01 23:30",
             expires="2026-07-08 09:00", updated="2026-07-01 09:00"),
    sent("N1", "A", ORDER_READY, "2026-07-01 08:00"),
    # placed 28 June, ready late (under the name old demo databases used), collected at
    # 00:30 BST on 1 July: "today" for the store, not for UTC
    cc_order("C", "collected", "2026-06-28 10:00", promised="2026-06-29 10:00",
             expires="2026-07-06 12:00", updated="2026-06-30 23:30"),
    sent("N2", "C", "ready_for_pickup", "2026-06-29 12:00"),
    sent("N3", "C", ORDER_COLLECTED, "2026-06-30 23:30"),
    # a no-show: its pickup window closed on 29 June
    cc_order("F", "expired", "2026-06-20 09:00", promised="2026-06-21 09:00",
             expires="2026-06-29 10:00", updated="2026-06-29 11:00"),
    # a no-show sent back to stock before its window closed on 26 June (as the demo data has
    # them): not updated this week, still a pickup that ended this week
    cc_order("R", "returned_to_stock", "2026-06-15 09:00", promised="2026-06-16 09:00",
             expires="2026-06-26 09:00", updated="2026-06-16 11:00"),
    # long over: nothing happened to it in the last 30 days
    cc_order("G", "cancelled", "2026-05-01 09:00", updated="2026-05-02 09:00"),
    # not this store's click-and-collect
    cc_order("D", "placed", "2026-07-01 08:00", channel="online"),
    cc_order("E", "new", "2026-07-01 08:00", store="S002", promised="2026-07-02 08:00"),
    # S002 (New York): collected at 23:00 EDT on 30 June, and at 01:00 EDT on 1 July
    cc_order("Y1", "collected", "2026-06-29 12:00", store="S002", updated="2026-07-01 03:00"),
    cc_order("Y2", "collected", "2026-06-29 12:00", store="S002", updated="2026-07-01 05:00"),
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    with synced_cache(tmp_path_factory.mktemp("fulfilment"), ROWS) as conn:
        yield conn


def test_only_this_stores_click_and_collect_orders_with_something_in_the_period(cache):
    week = fm.period_for("7d", NOW, ZoneInfo("Europe/London"))
    facts = {f.order_id: f for f in fulfilment.order_facts(cache, "S001", week.start)}
    assert set(facts) == {"A", "C", "F", "R"}  # not D (online), E (S002), G (long over)
    a, c = facts["A"], facts["C"]
    assert a.ready_at == datetime(2026, 7, 1, 8, 0, tzinfo=UTC) and a.ready_on_time
    assert c.ready_at == datetime(2026, 6, 29, 12, 0, tzinfo=UTC) and not c.ready_on_time
    assert c.collected_at == datetime(2026, 6, 30, 23, 30, tzinfo=UTC)
    year = fulfilment.order_facts(cache, "S001", datetime(2026, 1, 1, tzinfo=UTC))
    assert {f.order_id for f in year} == {"A", "C", "F", "R", "G"}


def test_the_week_in_numbers_and_by_local_day(cache):
    d = read_dashboard(cache, "S001", "7d", NOW)
    t = d.totals
    assert (t.placed, t.ready, t.ready_on_time, t.collected) == (2, 2, 1, 1)
    assert (t.no_shows, t.pickups_ended, t.cancelled) == (2, 3, 0)
    assert t.on_time_rate == 0.5 and t.no_show_rate == 2 / 3
    assert t.median_to_ready == timedelta(hours=(8.5 + 26) / 2)  # A: 8 h 30 min, C: 26 h
    days = {x.day: (x.placed, x.ready_on_time, x.ready_late) for x in d.days}
    assert len(days) == 7 and min(days) == date(2026, 6, 25)
    assert days[date(2026, 7, 1)] == (1, 1, 0)  # A: placed 00:30 BST, not on 30 June
    assert days[date(2026, 6, 30)] == (0, 0, 0)
    assert days[date(2026, 6, 29)] == (0, 0, 1)  # C ready late
    assert days[date(2026, 6, 28)] == (1, 0, 0)
    assert d.hours[0] == 1 and d.hours[11] == 1 and sum(d.hours) == 2  # local hours


def test_today_and_the_queue_use_the_stores_midnight(cache):
    d = read_dashboard(cache, "S001", "today", NOW)
    assert (d.totals.placed, d.totals.collected, d.totals.ready) == (1, 1, 1)
    now = d.right_now
    groups = pickups.group_counts(cache, "S001", NOW)
    assert {g: getattr(now, g) for g in pickups.GROUPS} == groups
    assert (now.ready, now.collected_today, now.expiring, now.to_return) == (1, 1, 1, 1)
    assert now.open == 1 and now.past_deadline == 0
    later = fulfilment.right_now(cache, "S001", datetime(2026, 7, 8, 9, 0, tzinfo=UTC))
    assert later.past_deadline == 1  # A's pickup window closed at that very time
    # New York: 03:00 UTC is still 30 June there
    assert pickups.group_counts(cache, "S002", NOW)["collected_today"] == 1


def test_a_cache_without_the_store_says_there_is_nothing_yet(cache):
    d = read_dashboard(cache, "S009", "today", NOW)
    assert not d.has_data and d.totals is None
