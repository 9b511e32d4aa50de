"""The cache's own bookkeeping (the ``sync_state`` table): the pull cursor, the last sync."""

from __future__ import annotations

import sqlite3


def get_state(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_state(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def has_store_data(conn: sqlite3.Connection) -> bool:
    """Whether the cache holds the store's data: a first sync has finished (its cursor saved).
    Until then the tables hold a part at most, and a first sync's bulk load may have dropped
    their secondary indexes: screens say the data is on its way instead of querying."""
    return int(get_state(conn, "cursor") or 0) > 0
