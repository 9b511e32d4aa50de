"""Returns as the device holds them (issue 13): the returns policy the service published, an
order as the returns rules take it, its returns (a return made here shows at once, pending),
and store credit vouchers. Facts only; the screens say them in words."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from store_contract.domain import returns as rules
from store_contract.domain.pickup import as_datetime


def policy(conn: sqlite3.Connection) -> rules.ReturnPolicy:
    """The policy the service published (the contract's standard one before the first sync)."""
    rows = conn.execute(
        "SELECT channel, policy_id, window_days, final_sale_returnable, "
        "gift_receipt_store_credit_only FROM return_policies ORDER BY channel").fetchall()
    if not rows:
        return rules.DEFAULT_POLICY
    return rules.ReturnPolicy(
        policy_id=rows[0][1], window_days={r[0]: int(r[2]) for r in rows},
        final_sale_returnable=all(bool(r[3]) for r in rows),
        gift_receipt_store_credit_only=any(bool(r[4]) for r in rows))


@dataclass(frozen=True)
class ReturnableLine:
    line_id: str
    product_id: str
    name: str
    ean13: str | None


@dataclass(frozen=True)
class ReturnableOrder:
    """An order as the returns screen works on it: the rules' view, and each line's product."""

    sold: rules.SoldOrder
    customer_id: str
    currency: str
    products: tuple[ReturnableLine, ...]

    @property
    def names(self) -> dict[str, str]:
        return {x.line_id: x.name for x in self.products}


def _received_at(conn: sqlite3.Connection, order_id: str, status: str, updated_at: str | None,
                 placed_at: str | None) -> datetime | None:
    marks = ",".join("?" for _ in rules.RECEIVED_EVENTS)
    at = conn.execute(f"SELECT max(at) FROM order_events WHERE order_id = ? "
                      f"AND status IN ({marks})", (order_id, *rules.RECEIVED_EVENTS)).fetchone()[0]
    if at is None and status == "collected":
        at = updated_at
    return as_datetime(at or placed_at)


def load_order(conn: sqlite3.Connection, order_id: str) -> ReturnableOrder | None:
    """The order with ``order_id`` as the returns rules take it, or None if not cached."""
    order = conn.execute(
        "SELECT order_id, order_number, channel, status, customer_id, currency, gift_receipt, "
        "updated_at, placed_at FROM orders WHERE order_id = ?", (order_id,)).fetchone()
    if order is None:
        return None
    oid, number, channel, status, customer_id, currency, gift, updated, placed = order
    rows = conn.execute(
        "SELECT l.line_id, l.product_id, coalesce(p.name, l.product_id), p.ean13, "
        "l.qty_ordered, l.qty_picked, l.qty_short, l.qty_collected, l.qty_returned, "
        "l.unit_price_cents, l.discount_cents, l.points_earned, l.points_paid, l.final_sale "
        "FROM order_lines l LEFT JOIN products p ON p.product_id = l.product_id "
        "WHERE l.order_id = ? ORDER BY l.line_id", (order_id,)).fetchall()
    lines = tuple(rules.SoldLine(
        line_id=r[0], product_id=r[1],
        qty_bought=rules.qty_bought(channel, status, r[4] or 0, r[5] or 0, r[6] or 0,
                                    r[7] or 0),
        qty_returned=r[8] or 0, unit_price_cents=r[9] or 0, discount_cents=r[10] or 0,
        points_earned=r[11] or 0, points_paid=r[12] or 0, final_sale=bool(r[13]))
        for r in rows)
    sold = rules.SoldOrder(
        order_id=oid, order_number=number, channel=channel, status=status,
        received_at=_received_at(conn, oid, status, updated, placed), lines=lines,
        gift_receipt=bool(gift))
    return ReturnableOrder(sold, customer_id, currency or "GBP",
                           tuple(ReturnableLine(r[0], r[1], r[2], r[3]) for r in rows))


@dataclass(frozen=True)
class ReturnRow:
    return_id: str
    order_id: str
    store_id: str | None
    refund_method: str
    refund_cents: int
    points_reversed: int
    points_restored: int
    created_at: str | None
    pending: bool
    refund_status: str | None  # tender: pending | refunded | failed; store credit: issued
    voucher_code: str | None


def returns_of_order(conn: sqlite3.Connection, order_id: str) -> list[ReturnRow]:
    """The order's returns, newest first (one made here and not yet applied: ``pending``)."""
    rows = conn.execute(
        "SELECT r.return_id, r.order_id, r.store_id, r.refund_method, r.refund_cents, "
        "r.points_reversed, r.points_restored, r.created_at, r.pending_mutation_id, "
        "(SELECT f.status FROM refunds f WHERE f.return_id = r.return_id "
        " ORDER BY f.created_at DESC LIMIT 1), "
        "(SELECT v.voucher_code FROM vouchers v WHERE v.return_id = r.return_id LIMIT 1) "
        "FROM returns r WHERE r.order_id = ? ORDER BY r.created_at DESC, r.return_id",
        (order_id,)).fetchall()
    return [ReturnRow(r[0], r[1], r[2], r[3], r[4] or 0, r[5] or 0, r[6] or 0, r[7],
                      r[8] is not None, r[9], r[10]) for r in rows]


# -- the optimistic effect of order.return (cache/local_effects.py) -----------------------------


def add_pending_return(conn: sqlite3.Connection, mutation_id: str, created_at: str,
                       staff_id: str | None, store_id: str | None, order_id: str,
                       return_id: str, refund_method: str,
                       lines: list[tuple[str, str, int, str, str, int]],
                       points_reversed: int, points_restored: int, *,
                       refund_cents: int | None = None) -> None:
    """A return made here, shown until the service's arrives (``lines``: line id, product id,
    qty, reason, condition, refund in minor units; ``refund_cents``: the money refunded when
    it is not their sum, as in an exchange)."""
    customer = conn.execute("SELECT customer_id FROM orders WHERE order_id = ?",
                            (order_id,)).fetchone()
    conn.execute(
        "INSERT OR REPLACE INTO returns (return_id, order_id, customer_id, store_id, staff_id, "
        "approved_by, refund_method, refund_cents, points_reversed, points_restored, "
        "exception_reason, created_at, pending_mutation_id) "
        "VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, ?)",
        (return_id, order_id, customer[0] if customer else None, store_id, staff_id,
         refund_method, sum(x[5] for x in lines) if refund_cents is None else refund_cents,
         points_reversed, points_restored, created_at,
         mutation_id))
    conn.executemany(
        "INSERT OR REPLACE INTO return_lines (return_line_id, return_id, line_id, product_id, "
        "qty, reason, condition, refund_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(f"{return_id}-{k}", return_id, *line) for k, line in enumerate(lines, 1)])


def drop_pending_return(conn: sqlite3.Connection, mutation_id: str) -> None:
    """Take out the return a queued change showed (refused, or the service's row is coming)."""
    conn.execute("DELETE FROM return_lines WHERE return_id IN (SELECT return_id FROM returns "
                 "WHERE pending_mutation_id = ?)", (mutation_id,))
    conn.execute("DELETE FROM returns WHERE pending_mutation_id = ?", (mutation_id,))
