"""The Dashboard's returns facts from the cache: the store's returns recorded since a time
(with their lines' units and reasons, and the channel of the order returned) and its orders
placed since then with the units the customer got. Facts only: the rules are in
``domain/returns_metrics.py``."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from store_contract.domain import returns as rules
from store_contract.domain.pickup import as_datetime
from store_contract.domain.returns_metrics import ReturnFacts, SaleFacts
from store_contract.domain.store_time import cache_text


def return_facts(conn: sqlite3.Connection, store_id: str, since: datetime) -> list[ReturnFacts]:
    """Returns recorded at ``store_id`` at or after ``since`` (those made here and not yet
    synced included)."""
    params = {"store": store_id, "since": cache_text(since)}
    lines: dict[str, list[tuple[int, str | None]]] = {}
    for return_id, qty, reason in conn.execute(
            "SELECT l.return_id, l.qty, l.reason FROM return_lines l WHERE l.return_id IN "
            "(SELECT return_id FROM returns WHERE store_id = :store AND created_at >= :since) "
            "ORDER BY l.return_line_id", params):
        lines.setdefault(return_id, []).append((qty or 0, reason))
    return [
        ReturnFacts(r[0], as_datetime(r[1]), r[2], r[3] or 0, tuple(lines.get(r[0], ())), r[4])
        for r in conn.execute(
            "SELECT r.return_id, r.created_at, o.channel, r.refund_cents, x.replacement_cents "
            "FROM returns r LEFT JOIN orders o ON o.order_id = r.order_id "
            "LEFT JOIN exchanges x ON x.return_id = r.return_id "
            "WHERE r.store_id = :store AND r.created_at >= :since ORDER BY r.created_at", params)
    ]


def sale_facts(conn: sqlite3.Connection, store_id: str, since: datetime) -> list[SaleFacts]:
    """The store's orders of every channel placed at or after ``since``, with the units the
    customer got (``domain.returns.qty_bought``)."""
    units: dict[str, int] = {}
    placed: dict[str, str] = {}
    for order_id, placed_at, channel, status, ordered, picked, short, collected in conn.execute(
            "SELECT o.order_id, o.placed_at, o.channel, o.status, l.qty_ordered, l.qty_picked, "
            "l.qty_short, l.qty_collected FROM orders o JOIN order_lines l "
            "ON l.order_id = o.order_id WHERE o.store_id = ? AND o.placed_at >= ?",
            (store_id, cache_text(since))):
        placed[order_id] = placed_at
        units[order_id] = units.get(order_id, 0) + rules.qty_bought(
            channel, status, ordered or 0, picked or 0, short or 0, collected or 0)
    return [SaleFacts(as_datetime(placed[k]), n) for k, n in units.items()]
