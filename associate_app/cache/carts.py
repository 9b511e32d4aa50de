"""Online carts as the device holds them (issue 14): a cart found by its code, its lines with the
stock here and at nearby stores, the other variants (colours, sizes) of a line's style, the
customer's unused vouchers, and a cart finished here while its change is queued — shown
converted at once, its lines from this store's shelf held on the stock (``reserved`` grows,
even offline, so nobody sells them meanwhile), all undone exactly if the service refuses it.
Facts only; the screens say them in words."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from associate_app.cache.inventory import NearbyStock, nearby_stock
from store_contract.domain import carts as rules
from store_contract.domain.sourcing import Source


@dataclass(frozen=True)
class Variant:
    """A product of the same style (another colour or size), with its stock here."""

    product_id: str
    name: str
    ean13: str | None
    price_cents: int | None
    available_here: int


@dataclass(frozen=True)
class CartLineRow:
    line_id: str
    product_id: str
    name: str
    ean13: str | None
    style_id: str | None
    qty: int
    cart_price_cents: int  # the price when the customer put it in the cart
    price_cents: int | None  # the catalogue's price now (None: not in the catalogue)
    currency: str | None
    available_here: int
    nearby: tuple[NearbyStock, ...]  # nearest first, those with some available


@dataclass(frozen=True)
class Conversion:
    """The cart finished here: how it was handed over and the order it became."""

    mutation_id: str
    handoff: str
    order_id: str
    order_number: str | None  # once the service's order has arrived
    order_status: str | None
    total_cents: int
    created_at: str | None
    pending: bool


@dataclass(frozen=True)
class CartRow:
    cart_id: str
    cart_code: str | None
    customer_id: str
    customer_name: str | None
    channel: str | None
    status: str | None
    updated_at: str | None
    lines: list[CartLineRow]
    conversion: Conversion | None


@dataclass(frozen=True)
class VoucherRow:
    voucher_id: str
    voucher_code: str
    amount_cents: int
    currency: str | None
    issued_at: str | None
    kind: str | None  # store_credit, or reward (a loyalty reward)
    expires_at: str | None


def find_by_code(conn: sqlite3.Connection, code: str) -> str | None:
    row = conn.execute("SELECT cart_id FROM carts WHERE cart_code = ?", (code,)).fetchone()
    return row[0] if row else None


def _available(conn: sqlite3.Connection, store_id: str, product_id: str) -> int:
    row = conn.execute("SELECT on_hand, reserved FROM inventory WHERE store_id = ? AND "
                       "product_id = ?", (store_id, product_id)).fetchone()
    return max(0, (row[0] or 0) - (row[1] or 0)) if row else 0


def product_line(conn: sqlite3.Connection, store_id: str, product_id: str, *, line_id: str = "",
                 qty: int = 1, cart_price_cents: int | None = None) -> CartLineRow | None:
    """A product as a line of the cart (its catalogue price, stock here and nearby)."""
    p = conn.execute("SELECT product_id, name, ean13, style_id, price_cents, currency FROM "
                     "products WHERE product_id = ?", (product_id,)).fetchone()
    if p is None:
        return None
    return CartLineRow(
        line_id or product_id, p[0], p[1] or p[0], p[2], p[3], qty,
        cart_price_cents if cart_price_cents is not None else (p[4] or 0), p[4], p[5],
        _available(conn, store_id, product_id),
        tuple(s for s in nearby_stock(conn, store_id, product_id) if s.available > 0))


def load_cart(conn: sqlite3.Connection, store_id: str, cart_id: str) -> CartRow | None:
    c = conn.execute(
        "SELECT c.cart_id, c.cart_code, c.customer_id, cu.first_name || ' ' || cu.last_name, "
        "c.channel, c.status, c.updated_at FROM carts c LEFT JOIN customers cu USING "
        "(customer_id) WHERE c.cart_id = ?", (cart_id,)).fetchone()
    if c is None:
        return None
    lines = []
    for line_id, product_id, qty, price in conn.execute(
            "SELECT line_id, product_id, qty, unit_price_cents FROM cart_lines WHERE cart_id = ? "
            "ORDER BY line_id", (cart_id,)).fetchall():
        row = product_line(conn, store_id, product_id, line_id=line_id, qty=qty or 1,
                           cart_price_cents=price)
        if row is None:  # no longer in the catalogue: shown so staff can remove it
            row = CartLineRow(line_id, product_id, product_id, None, None, qty or 1, price or 0,
                              None, None, 0, ())
        lines.append(row)
    return CartRow(*c, lines=lines, conversion=conversion_of(conn, cart_id))


def conversion_of(conn: sqlite3.Connection, cart_id: str) -> Conversion | None:
    """The latest finishing of the cart made on this device (pending or synced)."""
    r = conn.execute(
        "SELECT v.mutation_id, v.handoff, v.order_id, o.order_number, o.status, v.total_cents, "
        "v.created_at, v.pending FROM cart_conversions v LEFT JOIN orders o USING (order_id) "
        "WHERE v.cart_id = ? ORDER BY v.created_at DESC LIMIT 1", (cart_id,)).fetchone()
    if r is None:
        return None
    return Conversion(r[0], r[1], r[2], r[3], r[4], r[5] or 0, r[6], bool(r[7]))


def variants(conn: sqlite3.Connection, store_id: str, product_id: str) -> list[Variant]:
    """The other products of ``product_id``'s style (colours, sizes), by name."""
    rows = conn.execute(
        "SELECT p.product_id, p.name, p.ean13, p.price_cents FROM products p JOIN products s "
        "ON s.style_id = p.style_id WHERE s.product_id = ? AND p.product_id <> s.product_id "
        "AND p.style_id IS NOT NULL ORDER BY p.name, p.product_id LIMIT 50",
        (product_id,)).fetchall()
    return [Variant(r[0], r[1] or r[0], r[2], r[3], _available(conn, store_id, r[0]))
            for r in rows]


def unused_vouchers(conn: sqlite3.Connection, customer_id: str,
                    now: str | None = None) -> list[VoucherRow]:
    """The customer's vouchers the till can still take: issued (their code is here), not used,
    not cancelled, not expired at ``now`` (ISO time)."""
    rows = conn.execute(
        "SELECT voucher_id, voucher_code, amount_cents, currency, issued_at, kind, expires_at "
        "FROM vouchers "
        "WHERE customer_id = ? AND voucher_code IS NOT NULL AND redeemed_at IS NULL AND "
        "cancelled_at IS NULL AND (expires_at IS NULL OR ? IS NULL OR expires_at > ?) "
        "ORDER BY issued_at DESC LIMIT 20", (customer_id, now, now)).fetchall()
    return [VoucherRow(r[0], r[1], r[2] or 0, r[3], r[4], r[5], r[6]) for r in rows]


# -- the optimistic effect of cart.convert (cache/local_effects.py) ------------------------------


def _hold(conn: sqlite3.Connection, store_id: str, product_id: str, qty: int) -> None:
    conn.execute("UPDATE inventory SET reserved = max(0, coalesce(reserved, 0) + ?) "
                 "WHERE store_id = ? AND product_id = ?", (qty, store_id, product_id))


def _held(conn: sqlite3.Connection, where: str, params: tuple) -> list[tuple[str, str, int]]:
    return conn.execute(
        "SELECT v.store_id, l.product_id, sum(l.qty) FROM cart_conversion_lines l JOIN "
        "cart_conversions v USING (mutation_id) WHERE l.source = 'here' AND v.pending = 1 AND "
        + where + " GROUP BY v.store_id, l.product_id", params).fetchall()


def add_pending_conversion(conn: sqlite3.Connection, mutation_id: str, created_at: str,
                           store_id: str | None, p: dict[str, Any]) -> None:
    """The cart finished here, shown at once: converted, its order pending, its lines from the
    shelf here held. Applied again after a pull (which brings the cart as the service still has
    it): the cart is shown converted again, the hold is not added twice."""
    first = conn.execute("SELECT 1 FROM cart_conversions WHERE mutation_id = ?",
                         (mutation_id,)).fetchone() is None
    if first:
        cart = conn.execute("SELECT customer_id, status FROM carts WHERE cart_id = ?",
                            (p["cart_id"],)).fetchone()
        items = list(p["lines"])
        conn.execute(
            "INSERT INTO cart_conversions (mutation_id, cart_id, customer_id, store_id, handoff, "
            "order_id, status_before, total_cents, created_at, pending) VALUES (?, ?, ?, ?, ?, "
            "?, ?, ?, ?, 1)",
            (mutation_id, p["cart_id"], cart[0] if cart else None, store_id, p["handoff"],
             p["order_id"], cart[1] if cart else None,
             sum(int(x["qty"]) * int(x["unit_price_cents"]) for x in items), created_at))
        conn.executemany(
            "INSERT INTO cart_conversion_lines (mutation_id, seq, product_id, qty, "
            "unit_price_cents, source, from_store_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(mutation_id, k, x["product_id"], int(x["qty"]), x["unit_price_cents"],
              x["source"], store_id if x["source"] == Source.HERE else x.get("from_store_id"))
             for k, x in enumerate(items, 1)])
        for x in items:
            if x["source"] == Source.HERE and store_id:
                _hold(conn, store_id, x["product_id"], int(x["qty"]))
    conn.execute("UPDATE carts SET status = ? WHERE cart_id = ? AND EXISTS (SELECT 1 FROM "
                 "cart_conversions WHERE mutation_id = ? AND pending = 1)",
                 (rules.CONVERTED, p["cart_id"], mutation_id))
    # the vouchers applied: used at once here (again after a pull that brought them unused)
    for voucher_id in p.get("voucher_ids") or ():
        conn.execute("UPDATE vouchers SET redeemed_at = ?, redeemed_receipt = ? WHERE "
                     "voucher_id = ? AND redeemed_at IS NULL AND EXISTS (SELECT 1 FROM "
                     "cart_conversions WHERE mutation_id = ? AND pending = 1)",
                     (created_at, _used_here(mutation_id), voucher_id, mutation_id))


def _used_here(mutation_id: str) -> str:
    """The receipt a voucher applied here shows until the service's sale number arrives."""
    return f"pending:{mutation_id}"


def drop_pending_conversion(conn: sqlite3.Connection, mutation_id: str) -> None:
    """Take out a finishing the service refused (or no file queues any more): the hold on the
    stock released, the cart back to what it was."""
    row = conn.execute("SELECT cart_id, status_before FROM cart_conversions WHERE mutation_id = ? "
                       "AND pending = 1", (mutation_id,)).fetchone()
    if row is None:
        return
    for store_id, product_id, qty in _held(conn, "v.mutation_id = ?", (mutation_id,)):
        _hold(conn, store_id, product_id, -qty)
    conn.execute("UPDATE carts SET status = ? WHERE cart_id = ? AND status = ?",
                 (row[1], row[0], rules.CONVERTED))
    conn.execute("UPDATE vouchers SET redeemed_at = NULL, redeemed_receipt = NULL WHERE "
                 "redeemed_receipt = ?", (_used_here(mutation_id),))
    conn.execute("DELETE FROM cart_conversion_lines WHERE mutation_id = ?", (mutation_id,))
    conn.execute("DELETE FROM cart_conversions WHERE mutation_id = ?", (mutation_id,))


def confirm_conversion(conn: sqlite3.Connection, mutation_id: str) -> None:
    """The service applied it: no longer pending (its stock and orders come with the pull)."""
    conn.execute("UPDATE cart_conversions SET pending = 0 WHERE mutation_id = ?", (mutation_id,))


def hold_again(conn: sqlite3.Connection, keys: Iterable[tuple[str, str]]) -> None:
    """Stock rows the service just sent do not know the holds of carts finished here and still
    queued: put them back on."""
    if conn.execute("SELECT 1 FROM cart_conversions WHERE pending = 1 LIMIT 1").fetchone() is None:
        return
    wanted = set(keys)
    for store_id, product_id, qty in _held(conn, "1 = 1", ()):
        if (store_id, product_id) in wanted:
            _hold(conn, store_id, product_id, qty)
