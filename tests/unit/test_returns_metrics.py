"""The Dashboard's returns figures and the customer's timeline on a real cache filled as a sync
fills it (issue 13): only this store's returns recorded in the period, units returned over the
units customers got from this store's orders placed in the period, the value refunded in the
store's currency, the reasons by units; and each return on its customer's timeline with its
order, units, refund and where the refund stands."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from associate_app.cache import customer_360, returns_metrics
from associate_app.dashboard_service import read_dashboard
from store_contract.domain import fulfilment_metrics as fm
from store_contract.domain import returns_metrics as rm
from tests.support.synced_cache import synced_cache

NOW = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)  # 11:00 in London (BST)


def iso(text: str) -> str:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).isoformat(timespec="microseconds")


def order(order_id: str, channel: str, status: str, placed: str, lines: list[tuple],
          store: str = "S001", customer: str = "C1") -> tuple:
    """``lines``: (line id, qty ordered, qty picked, qty collected)."""
    return ("order", order_id, "upsert", {
        "order_id": order_id, "order_number": f"N-{order_id}", "customer_id": customer,
        "channel": channel, "store_id": store, "status": status, "placed_at": iso(placed),
        "updated_at": iso(placed), "total_cents": 1000, "currency": "GBP", "lines": [
            {"line_id": lid, "order_id": order_id, "product_id": "P1", "qty_ordered": q,
             "qty_picked": p, "qty_short": 0, "qty_collected": c, "unit_price_cents": 1000,
             "qty_returned": 0, "discount_cents": 0} for lid, q, p, c in lines]})


def a_return(return_id: str, order_id: str, at: str, lines: list[tuple[int, str]],
             refund: int, method: str = "tender", refund_status: str | None = "pending",
             store: str = "S001", customer: str = "C1") -> tuple:
    return ("return", return_id, "upsert", {
        "return_id": return_id, "order_id": order_id, "customer_id": customer,
        "store_id": store, "refund_method": method, "refund_cents": refund,
        "points_reversed": 0, "points_restored": 0, "created_at": iso(at),
        "lines": [{"return_line_id": f"{return_id}-{k}", "return_id": return_id,
                   "line_id": f"{order_id}-1", "product_id": "P1", "qty": qty,
                   "reason": reason, "condition": "resellable", "refund_cents": refund}
                  for k, (qty, reason) in enumerate(lines)],
        "refunds": [] if refund_status is None else [{
            "refund_id": f"F-{return_id}", "return_id": return_id, "order_id": order_id,
            "method": method, "amount_cents": refund, "currency": "GBP",
            "status": refund_status, "created_at": iso(at), "updated_at": iso(at)}]})


ROWS = [
    ("store", "S001", "upsert", {"store_id": "S001", "name": "Bristol",
                                 "timezone": "Europe/London"}),
    ("store", "S002", "upsert", {"store_id": "S002", "name": "New York",
                                 "timezone": "America/New_York"}),
    ("product", "P1", "upsert", {"product_id": "P1", "name": "Jacket", "price_cents": 1000,
                                 "currency": "GBP"}),
    ("customer", "C1", "upsert", {"customer_id": "C1", "first_name": "Ada",
                                  "last_name": "Lovelace", "marketing_consent": 0}),
    # sold this week at S001: 3 in store, 2 collected (of 3 ordered), 1 new (nothing sold yet)
    order("POS1", "in_store", "completed", "2026-06-30 12:00", [("POS1-1", 3, 0, 0)]),
    order("CC1", "click_and_collect", "collected", "2026-06-29 12:00", [("CC1-1", 3, 2, 2)]),
    order("CC2", "click_and_collect", "new", "2026-07-01 08:00", [("CC2-1", 1, 0, 0)]),
    # bought long ago (returned this week, sold before the period), and at another store
    order("WEB1", "online", "delivered", "2026-05-01 12:00", [("WEB1-1", 2, 0, 0)]),
    order("NY1", "in_store", "completed", "2026-06-30 12:00", [("NY1-1", 5, 0, 0)],
          store="S002"),
    # this week's returns at S001: 2 + 1 + 1 units
    a_return("R1", "POS1", "2026-06-30 15:00", [(2, "wrong_size")], 2000, "store_credit", None),
    a_return("R2", "WEB1", "2026-06-29 10:00", [(1, "faulty")], 1500, "tender", "refunded"),
    a_return("RD3", "CC1", "2026-07-01 09:00", [(1, "wrong_size")], 1000, "tender", "failed"),
    # three weeks ago, and at the other store
    a_return("R0", "WEB1", "2026-06-10 10:00", [(1, "changed_mind")], 1000),
    a_return("RNY", "NY1", "2026-06-30 16:00", [(5, "faulty")], 5000, store="S002"),
    # R2 was an exchange: £40 of replacements for what came back
    ("exchange", "X2", "upsert", {"exchange_id": "X2", "return_id": "R2", "order_id": "WEB1",
                                  "customer_id": "C1", "store_id": "S001",
                                  "returned_cents": 4000, "replacement_cents": 4000,
                                  "due_cents": 0, "refund_cents": 0, "currency": "GBP",
                                  "created_at": iso("2026-06-29 10:00"), "lines": []}),
    ("voucher", "V1", "upsert", {"voucher_id": "V1", "voucher_code": "SC-1", "customer_id": "C1",
                                 "amount_cents": 2000, "currency": "GBP", "return_id": "R1",
                                 "issued_store_id": "S001", "issued_at": iso("2026-06-30 15:00")}),
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    with synced_cache(tmp_path_factory.mktemp("returns_metrics"), ROWS) as conn:
        yield conn


def test_the_weeks_returns_of_this_store_in_numbers(cache):
    d = read_dashboard(cache, "S001", "7d", NOW)
    r = d.returns
    assert (r.returns, r.units_returned, r.units_sold) == (3, 4, 5)  # 3 in store + 2 collected
    assert r.returns_rate == 4 / 5 and fm.format_rate(r.returns_rate) == "80%"
    assert r.refunded_cents == 4500 and d.currency == "GBP"
    assert r.top_reasons == (("wrong_size", 3), ("faulty", 1))
    assert r.by_channel == (("click_and_collect", 1), ("in_store", 1), ("online", 1))
    assert (r.exchanges, r.exchanged_cents) == (1, 4000)


def test_today_and_thirty_days_and_the_other_store(cache):
    today = read_dashboard(cache, "S001", "today", NOW).returns
    assert (today.returns, today.units_returned, today.units_sold) == (1, 1, 0)
    assert today.returns_rate is None  # nothing sold today: nothing to measure
    month = read_dashboard(cache, "S001", "30d", NOW).returns
    assert (month.returns, month.refunded_cents) == (4, 5500)
    assert dict(month.top_reasons) == {"wrong_size": 3, "faulty": 1, "changed_mind": 1}
    ny = read_dashboard(cache, "S002", "7d", NOW).returns
    assert (ny.returns, ny.units_returned, ny.units_sold, ny.refunded_cents) == (1, 5, 5, 5000)


def test_the_facts_are_only_since_the_start(cache):
    week = fm.period_for("7d", NOW, ZoneInfo("Europe/London"))
    facts = {f.return_id: f for f in returns_metrics.return_facts(cache, "S001", week.start)}
    assert set(facts) == {"R1", "R2", "RD3"}
    assert facts["R2"].channel == "online" and facts["R1"].units == 2
    assert rm.returns_metrics(facts.values(), [], week).returns_rate is None


def test_each_return_is_on_the_customers_timeline(cache):
    c = customer_360.load(cache, "C1", "S001")
    returns = {e.return_id: e for e in c.timeline if e.kind == "return"}
    assert set(returns) == {"R1", "R2", "RD3", "R0", "RNY"}  # at any store
    r1, r2, rd3 = returns["R1"], returns["R2"], returns["RD3"]
    assert (r1.order_number, r1.items, r1.total_cents, r1.refund_method, r1.refund_status) == (
        "N-POS1", 2, 2000, "store_credit", "issued")
    assert (r2.order_number, r2.refund_status, r2.channel) == ("N-WEB1", "refunded", "online")
    assert rd3.refund_status == "failed" and not rd3.pending
    assert returns["R0"].refund_status == "pending"
    ats = [e.at for e in c.timeline]
    assert ats == sorted(ats, reverse=True)
