"""One order of this store's data as the order detail shows it (issue 13): its lines, how it
was paid, its status history and a web order's parcel, read from the cache's replica."""

from __future__ import annotations

import sqlite3

from store_contract import wire


def find_order_id(conn: sqlite3.Connection, number: str) -> str | None:
    """The cached order with this order number (``WEB-…``, ``CC-…``, ``POS-…``) or till receipt
    number (``RCT-…``), spaces and case forgiven."""
    code = "".join(number.split()).upper()
    column = "receipt_number" if code.startswith("RCT-") else "order_number"
    row = conn.execute(f"SELECT order_id FROM orders WHERE {column} = ?", (code,)).fetchone()
    return row[0] if row else None


def _rows(conn: sqlite3.Connection, sql: str, *params: object) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def load(conn: sqlite3.Connection, order_id: str) -> wire.OrderDetail | None:
    """The order's detail, or None when this store's data does not hold it."""
    found = _rows(
        conn,
        "SELECT o.*, s.name AS store_name, c.first_name, c.last_name, c.email, c.phone_e164 "
        "FROM orders o LEFT JOIN stores s ON s.store_id = o.store_id "
        "LEFT JOIN customers c ON c.customer_id = o.customer_id WHERE o.order_id = ?",
        order_id)
    if not found:
        return None
    o = found[0]
    lines = _rows(
        conn,
        "SELECT l.*, coalesce(p.name, l.product_id) AS product_name, p.ean13, "
        "sp.name AS substitute_name FROM order_lines l "
        "LEFT JOIN products p ON p.product_id = l.product_id "
        "LEFT JOIN products sp ON sp.product_id = l.substitute_product_id "
        "WHERE l.order_id = ? ORDER BY l.line_id", order_id)
    for line in lines:  # a row synced before the columns existed holds NULL: none yet
        for key in ("qty_picked", "qty_short", "qty_collected", "qty_returned",
                    "discount_cents", "points_earned", "qty_declined"):
            line[key] = line.get(key) or 0
        line["add_on"] = bool(line.get("add_on"))  # stored 0/1
    name = " ".join(part for part in (o["first_name"], o["last_name"]) if part)
    return wire.OrderDetail.model_validate({
        **o,
        "currency": o["currency"] or "GBP",
        "customer_name": name or o["customer_id"],
        "customer_email": o["email"],
        "customer_phone": o["phone_e164"],
        "contact_masked": False,
        "lines": lines,
        "payments": _rows(conn, "SELECT * FROM payments WHERE order_id = ? "
                                "ORDER BY paid_at, payment_id", order_id),
        "events": _rows(conn, "SELECT * FROM order_events WHERE order_id = ? "
                              "ORDER BY at, event_id", order_id),
        "shipments": _rows(conn, "SELECT * FROM shipments WHERE order_id = ? "
                                 "ORDER BY shipped_at, shipment_id", order_id),
    })
