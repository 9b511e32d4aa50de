"""The store's own row in the cache: what the screens need to know about the store itself."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class StoreRow:
    store_id: str
    name: str
    timezone: str | None


def find(conn: sqlite3.Connection, store_id: str) -> StoreRow | None:
    """The store as last synced, or None before the first sync brought it."""
    row = conn.execute("SELECT store_id, name, timezone FROM stores WHERE store_id = ?",
                       (store_id,)).fetchone()
    return StoreRow(*row) if row else None


def timezone_of(conn: sqlite3.Connection, store_id: str) -> str | None:
    """The store's IANA time zone (``Europe/London``), or None before the first sync."""
    store = find(conn, store_id)
    return store.timezone if store else None


def currency_of(conn: sqlite3.Connection, store_id: str | None) -> str | None:
    """The currency the store sells in (ISO 4217), as its products carry it (the store's own
    row does not carry one yet): of a product it stocks, else of any in the catalogue; None
    before the first sync."""
    row = conn.execute(
        "SELECT p.currency FROM inventory i JOIN products p ON p.product_id = i.product_id "
        "WHERE i.store_id = ? AND p.currency IS NOT NULL LIMIT 1", (store_id,)).fetchone()
    row = row or conn.execute(
        "SELECT currency FROM products WHERE currency IS NOT NULL LIMIT 1").fetchone()
    return row[0] if row else None
