"""The device's own PIN verifiers and its count of wrong PINs (SQL only; the rules and the
cryptography are in ``associate_app.offline_pins``)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from store_contract.domain import pin_lockout


@dataclass(frozen=True)
class Verifier:
    staff_id: str
    store_id: str
    name: str
    role: str
    salt: str
    verifier: str
    key_id: str


def save(conn: sqlite3.Connection, v: Verifier, now: str) -> None:
    conn.execute(
        "INSERT INTO local_verifiers (staff_id, store_id, name, role, salt, verifier, key_id, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET "
        "store_id = excluded.store_id, name = excluded.name, role = excluded.role, "
        "salt = excluded.salt, verifier = excluded.verifier, key_id = excluded.key_id, "
        "updated_at = excluded.updated_at",
        (v.staff_id, v.store_id, v.name, v.role, v.salt, v.verifier, v.key_id, now))


def get(conn: sqlite3.Connection, staff_id: str) -> Verifier | None:
    row = conn.execute("SELECT staff_id, store_id, name, role, salt, verifier, key_id "
                       "FROM local_verifiers WHERE staff_id = ?", (staff_id,)).fetchone()
    return Verifier(*row) if row else None


def store_of(conn: sqlite3.Connection) -> dict | None:
    """The store whose data this cache holds (as its last sync said), or None."""
    row = conn.execute(
        "SELECT s.store_id, s.name, s.city, s.address, s.latitude, s.longitude, s.timezone "
        "FROM stores s JOIN sync_state st ON st.key = 'store_id' AND st.value = s.store_id"
    ).fetchone()
    if row is None:
        return None
    keys = ("store_id", "name", "city", "address", "latitude", "longitude", "timezone")
    return {k: v for k, v in zip(keys, row, strict=True) if v is not None}


def take_attempt(conn: sqlite3.Connection, staff_id: str, now: datetime) -> bool:
    """Count one attempt before a check (the caller holds the write transaction); False when
    the person is locked out on this device."""
    row = conn.execute("SELECT failures, last_failure_at FROM local_pin_failures "
                       "WHERE staff_id = ?", (staff_id,)).fetchone()
    failures, last = (row[0], datetime.fromisoformat(row[1])) if row else (0, None)
    if pin_lockout.is_locked(failures, last, now):
        return False
    failures = 1 if pin_lockout.counts_from_zero(last, now) else failures + 1
    conn.execute("INSERT INTO local_pin_failures (staff_id, failures, last_failure_at) "
                 "VALUES (?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET failures = "
                 "excluded.failures, last_failure_at = excluded.last_failure_at",
                 (staff_id, failures, now.astimezone(UTC).isoformat()))
    return True


def give_back(conn: sqlite3.Connection, staff_id: str) -> None:
    conn.execute("DELETE FROM local_pin_failures WHERE staff_id = ?", (staff_id,))
