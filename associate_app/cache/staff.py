"""The store's staff as the cache holds them (names and roles; never PIN hashes)."""

from __future__ import annotations

import sqlite3


def role_of(conn: sqlite3.Connection, staff_id: str, store_id: str) -> str | None:
    row = conn.execute("SELECT role FROM staff WHERE staff_id = ? AND store_id = ?",
                       (staff_id, store_id)).fetchone()
    return row[0] if row else None
