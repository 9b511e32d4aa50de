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
