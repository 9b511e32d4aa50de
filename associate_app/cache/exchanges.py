"""Exchanges as the device holds them (issue 13): an exchange made here shows at once, pending,
with its replacements from this store's shelf held (the stock's ``reserved`` grows, even
offline, so nobody sells them meanwhile); the service's exchange replaces it once it has
applied the change. Facts only; the screens say them in words."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from store_contract.domain.sourcing import Source


@dataclass(frozen=True)
class ExchangeRow:
    exchange_id: str
    return_id: str | None
    order_id: str
    returned_cents: int
    replacement_cents: int
    due_cents: int
    refund_cents: int
    currency: str
    created_at: str | None
    pending: bool
    orders: tuple[str, ...]  # the order numbers placed for the customer (once synced)


def exchanges_of_order(conn: sqlite3.Connection, order_id: str) -> list[ExchangeRow]:
    """The exchanges of items of ``order_id``, newest first."""
    rows = conn.execute(
        "SELECT exchange_id, return_id, order_id, returned_cents, replacement_cents, "
        "due_cents, refund_cents, currency, created_at, pending_mutation_id FROM exchanges "
        "WHERE order_id = ? ORDER BY created_at DESC, exchange_id", (order_id,)).fetchall()
    out = []
    for r in rows:
        numbers = tuple(n for (n,) in conn.execute(
            "SELECT DISTINCT o.order_number FROM exchange_lines l JOIN orders o "
            "ON o.order_id = l.new_order_id WHERE l.exchange_id = ? ORDER BY o.order_number",
            (r[0],)))
        out.append(ExchangeRow(r[0], r[1], r[2], r[3] or 0, r[4] or 0, r[5] or 0, r[6] or 0,
                               r[7] or "GBP", r[8], r[9] is not None, numbers))
    return out


# -- the optimistic effect of order.exchange (cache/local_effects.py) ---------------------------


def add_pending_exchange(conn: sqlite3.Connection, mutation_id: str, created_at: str,
                         staff_id: str | None, store_id: str | None, order_id: str,
                         exchange_id: str, return_id: str, returned_cents: int,
                         replacements: Iterable[tuple[str, int, int, str, str | None]]) -> None:
    """An exchange made here, shown until the service's arrives (``replacements``: product id,
    qty, unit price, source, store it comes from), its replacements from the shelf here held."""
    if conn.execute("SELECT 1 FROM exchanges WHERE pending_mutation_id = ?",
                    (mutation_id,)).fetchone():
        return  # (applied before: the hold is already on the stock)
    items = list(replacements)
    replacement = sum(q * price for _, q, price, _, _ in items)
    order = conn.execute("SELECT customer_id, currency FROM orders WHERE order_id = ?",
                         (order_id,)).fetchone()
    conn.execute(
        "INSERT OR REPLACE INTO exchanges (exchange_id, return_id, order_id, customer_id, "
        "store_id, staff_id, returned_cents, replacement_cents, due_cents, refund_cents, "
        "currency, created_at, pending_mutation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)",
        (exchange_id, return_id, order_id, order[0] if order else None, store_id, staff_id,
         returned_cents, replacement, max(0, replacement - returned_cents),
         max(0, returned_cents - replacement), order[1] if order else None, created_at,
         mutation_id))
    conn.executemany(
        "INSERT OR REPLACE INTO exchange_lines (exchange_line_id, exchange_id, product_id, qty, "
        "unit_price_cents, source, from_store_id, new_order_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "NULL)",
        [(f"{exchange_id}-{k}", exchange_id, pid, qty, price, source,
          store_id if source == Source.HERE else where)
         for k, (pid, qty, price, source, where) in enumerate(items, 1)])
    for pid, qty, _, source, _ in items:
        if source == Source.HERE and store_id:
            _hold(conn, store_id, pid, qty)


def _hold(conn: sqlite3.Connection, store_id: str, product_id: str, qty: int) -> None:
    conn.execute("UPDATE inventory SET reserved = max(0, coalesce(reserved, 0) + ?) "
                 "WHERE store_id = ? AND product_id = ?", (qty, store_id, product_id))


def _held(conn: sqlite3.Connection, where: str, params: tuple) -> list[tuple[str, str, int]]:
    return conn.execute(
        "SELECT x.store_id, l.product_id, sum(l.qty) FROM exchange_lines l JOIN exchanges x "
        "USING (exchange_id) WHERE l.source = 'here' AND " + where +
        " GROUP BY x.store_id, l.product_id", params).fetchall()


def drop_pending_exchange(conn: sqlite3.Connection, mutation_id: str) -> None:
    """Take out the exchange a queued change showed (refused, or dropped), and its hold."""
    for store_id, product_id, qty in _held(conn, "x.pending_mutation_id = ?", (mutation_id,)):
        _hold(conn, store_id, product_id, -qty)
    conn.execute("DELETE FROM exchange_lines WHERE exchange_id IN (SELECT exchange_id FROM "
                 "exchanges WHERE pending_mutation_id = ?)", (mutation_id,))
    conn.execute("DELETE FROM exchanges WHERE pending_mutation_id = ?", (mutation_id,))


def hold_again(conn: sqlite3.Connection, keys: Iterable[tuple[str, str]]) -> None:
    """Stock rows the service just sent (``(store_id, product_id)``) do not know the holds of
    exchanges still queued here: put them back on."""
    if conn.execute("SELECT 1 FROM exchanges WHERE pending_mutation_id IS NOT NULL "
                    "LIMIT 1").fetchone() is None:
        return  # (the usual case: nothing queued, nothing to do)
    wanted = set(keys)
    for store_id, product_id, qty in _held(conn, "x.pending_mutation_id IS NOT NULL", ()):
        if (store_id, product_id) in wanted:
            _hold(conn, store_id, product_id, qty)
