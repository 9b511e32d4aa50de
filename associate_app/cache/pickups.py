"""The click-and-collect queue and one order, read from the cache.

Groups are computed in SQL (so counts and pages stay cheap with thousands of open orders) and
each group is read a page at a time, most urgent first.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from associate_app.cache.stores import currency_of, timezone_of
from associate_app.cache.sync_state import has_store_data
from store_contract.domain.pickup import EXPIRING_SOON
from store_contract.domain.store_time import cache_text, day_start, store_zone

GROUPS = ("overdue", "new", "picking", "ready", "expiring", "collected_today")

#: (WHERE clause, ORDER BY) of each group; parameters :store, :now, :soon, :today
_GROUP_SQL = {
    "overdue": ("o.status IN ('new', 'picking') AND o.promised_at <= :now",
                "o.promised_at, o.order_number"),
    "new": ("o.status = 'new' AND (o.promised_at IS NULL OR o.promised_at > :now)",
            "o.promised_at, o.order_number"),
    "picking": ("o.status = 'picking' AND (o.promised_at IS NULL OR o.promised_at > :now)",
                "o.promised_at, o.order_number"),
    "ready": ("o.status = 'ready_for_pickup' AND (o.pickup_expires_at IS NULL OR "
              "o.pickup_expires_at > :soon)", "o.pickup_expires_at, o.order_number"),
    # said with the statuses first, so that it is read through the (store, status) index
    "expiring": ("o.status IN ('ready_for_pickup', 'expired') AND (o.status = 'expired' OR "
                 "o.pickup_expires_at <= :soon)",
                 "CASE o.status WHEN 'expired' THEN 0 ELSE 1 END, o.pickup_expires_at"),
    "collected_today": ("o.status = 'collected' AND o.updated_at >= :today",
                        "o.updated_at DESC"),
}


@dataclass(frozen=True)
class QueueRow:
    order_id: str
    order_number: str
    customer_name: str
    status: str
    placed_at: str | None
    promised_at: str | None
    pickup_expires_at: str | None
    staging_location: str | None
    items: int
    picked: int
    short: int
    pending: bool


@dataclass(frozen=True)
class Line:
    line_id: str
    product_id: str
    name: str
    brand: str | None
    ean13: str | None
    qty_ordered: int
    qty_picked: int
    qty_short: int
    short_reason: str | None
    substitute_product_id: str | None
    substitute_name: str | None
    allows_substitution: bool
    unit_price_cents: int
    on_hand_here: int | None
    currency: str | None = None  # of the price (ISO 4217), as the product carries it
    # changes at pickup (issue 13): units declined at the counter, a line added there (to pay
    # at the till), and the line's discount and points (a declined unit's share is refunded)
    qty_declined: int = 0
    add_on: bool = False
    discount_cents: int = 0
    points_earned: int = 0
    points_paid: int = 0
    refund_cents: int = 0  # refunded for its declined (or returned) units, pending or not

    @property
    def remaining(self) -> int:
        return max(0, self.qty_ordered - self.qty_picked - self.qty_short)


@dataclass(frozen=True)
class Order:
    order_id: str
    order_number: str
    customer_id: str
    customer_name: str
    customer_phone: str | None
    channel: str
    store_id: str | None
    status: str
    placed_at: str | None
    promised_at: str | None
    pickup_expires_at: str | None
    total_cents: int
    allow_substitutions: bool
    staging_location: str | None
    pickup_code_salt: str | None
    pickup_code_hash: str | None
    failed_code_attempts: int
    refund_status: str | None
    pending: bool
    lines: list[Line]
    currency: str | None = None  # of the total (ISO 4217): its products', else the store's


def _params(conn: sqlite3.Connection, store_id: str, now: datetime) -> dict[str, str]:
    """The queries' parameters, as cache text (UTC) so that comparing text compares times;
    "today" starts at the store's local midnight, whatever the device's clock is set to."""
    midnight = day_start(now, store_zone(timezone_of(conn, store_id)))
    return {"store": store_id, "now": cache_text(now),
            "soon": cache_text(now + EXPIRING_SOON), "today": cache_text(midnight)}


def group_counts(conn: sqlite3.Connection, store_id: str, now: datetime) -> dict[str, int]:
    if not has_store_data(conn):  # a first sync still loading (maybe without its indexes)
        return dict.fromkeys(_GROUP_SQL, 0)
    params = _params(conn, store_id, now)
    return {
        group: conn.execute(
            f"SELECT count(*) FROM orders o WHERE o.store_id = :store AND "
            f"o.channel = 'click_and_collect' AND ({where})", params).fetchone()[0]
        for group, (where, _) in _GROUP_SQL.items()
    }


def group_page(conn: sqlite3.Connection, store_id: str, group: str, now: datetime, *,
               limit: int = 100, offset: int = 0) -> list[QueueRow]:
    if not has_store_data(conn):
        return []
    where, order_by = _GROUP_SQL[group]
    params = _params(conn, store_id, now) | {"limit": limit, "offset": offset}
    rows = conn.execute(
        "SELECT o.order_id, o.order_number, coalesce(c.first_name || ' ' || c.last_name, "
        "o.customer_id), o.status, o.placed_at, o.promised_at, o.pickup_expires_at, "
        "o.staging_location, "
        "(SELECT coalesce(sum(qty_ordered), 0) FROM order_lines l WHERE l.order_id = o.order_id),"
        " (SELECT coalesce(sum(qty_picked), 0) FROM order_lines l WHERE l.order_id = o.order_id),"
        " (SELECT coalesce(sum(qty_short), 0) FROM order_lines l WHERE l.order_id = o.order_id),"
        " o.pending_mutation_id IS NOT NULL "
        "FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id "
        f"WHERE o.store_id = :store AND o.channel = 'click_and_collect' AND ({where}) "
        f"ORDER BY {order_by} LIMIT :limit OFFSET :offset", params).fetchall()
    return [QueueRow(*r[:11], bool(r[11])) for r in rows]


def find_order_id(conn: sqlite3.Connection, number_or_id: str) -> str | None:
    row = conn.execute("SELECT order_id FROM orders WHERE order_number = ? OR order_id = ?",
                       (number_or_id.strip().upper(), number_or_id.strip())).fetchone()
    return row[0] if row else None


def load_order(conn: sqlite3.Connection, order_id: str) -> Order | None:
    row = conn.execute(
        "SELECT o.order_id, o.order_number, o.customer_id, "
        "coalesce(c.first_name || ' ' || c.last_name, o.customer_id), c.phone_e164, o.channel, "
        "o.store_id, o.status, o.placed_at, o.promised_at, o.pickup_expires_at, o.total_cents, "
        "o.allow_substitutions, o.staging_location, o.pickup_code_salt, o.pickup_code_hash, "
        "o.failed_code_attempts, o.refund_status, o.pending_mutation_id IS NOT NULL "
        "FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id "
        "WHERE o.order_id = ?", (order_id,)).fetchone()
    if row is None:
        return None
    store_id = row[6]
    lines = [Line(r[0], r[1], r[2] or r[1], r[3], r[4], r[5] or 0, r[6] or 0, r[7] or 0, r[8],
                  r[9], r[10], bool(r[11]) if r[11] is not None else True, r[12] or 0, r[13],
                  r[14], qty_declined=r[15] or 0, add_on=bool(r[16]), discount_cents=r[17] or 0,
                  points_earned=r[18] or 0, points_paid=r[19] or 0, refund_cents=r[20] or 0)
             for r in conn.execute(
        "SELECT l.line_id, l.product_id, p.name, p.brand, p.ean13, l.qty_ordered, l.qty_picked, "
        "l.qty_short, l.short_reason, l.substitute_product_id, s.name, p.allows_substitution, "
        "l.unit_price_cents, i.on_hand, p.currency, l.qty_declined, l.add_on, l.discount_cents, "
        "l.points_earned, l.points_paid, (SELECT sum(rl.refund_cents) FROM return_lines rl "
        "WHERE rl.line_id = l.line_id) FROM order_lines l "
        "LEFT JOIN products p ON p.product_id = l.product_id "
        "LEFT JOIN products s ON s.product_id = l.substitute_product_id "
        "LEFT JOIN inventory i ON i.product_id = l.product_id AND i.store_id = ? "
        "WHERE l.order_id = ? ORDER BY l.line_id", (store_id, order_id))]
    currency = next((x.currency for x in lines if x.currency), None)
    return Order(*row[:12], bool(row[12]), row[13], row[14], row[15], int(row[16] or 0),
                 row[17], bool(row[18]), lines,
                 currency=currency or currency_of(conn, store_id))


def available_here(conn: sqlite3.Connection, store_id: str | None,
                   product_id: str) -> int:
    """Units of the product free in this store (on hand less reserved), as the cache holds it."""
    row = conn.execute("SELECT on_hand - reserved FROM inventory WHERE store_id = ? AND "
                       "product_id = ?", (store_id, product_id)).fetchone()
    return max(0, row[0] or 0) if row else 0


def products_by_ean(conn: sqlite3.Connection, eans: list[str]) -> dict[str, str]:
    if not eans:
        return {}
    marks = ",".join("?" * len(eans))
    return dict(conn.execute(f"SELECT ean13, product_id FROM products WHERE ean13 IN ({marks})",
                             eans).fetchall())

