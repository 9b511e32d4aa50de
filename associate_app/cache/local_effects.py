"""What a queued mutation does to the cache before the server has seen it, and how to undo it.

Every effect is idempotent (re-applying it changes nothing more), because effects are
re-applied after a pull (the server's rows replace optimistic ones until the push lands) and
after a crash between the outbox commit and the cache commit. Rows an effect creates carry
the mutation id in ``pending_mutation_id`` so screens can mark them pending.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from associate_app.cache.replica import reversed_digits
from associate_app.domain.loyalty import points_for_purchase
from associate_app.domain.mutation_types import MutationType


@dataclass(frozen=True)
class Context:
    mutation_id: str
    created_at: str
    staff_id: str | None
    store_id: str | None


Effect = Callable[[sqlite3.Connection, Context, dict[str, Any]], None]


def _add_note(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO interactions (interaction_id, customer_id, kind, channel, "
        "subject, body, status, staff_id, store_id, created_at, pending_mutation_id) "
        "VALUES (?, ?, 'note', 'in_store', 'Note', ?, NULL, ?, ?, ?, ?)",
        (p["interaction_id"], p["customer_id"], p["body"], ctx.staff_id, ctx.store_id,
         ctx.created_at, ctx.mutation_id),
    )


def _enrol(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    exists = conn.execute("SELECT 1 FROM customers WHERE customer_id = ?",
                          (p["customer_id"],)).fetchone()
    if exists:
        return
    conn.execute(
        "INSERT INTO customers (customer_id, first_name, last_name, email, phone_e164, "
        "marketing_consent, consent_updated_at, preferred_store_id, preferred_channel, "
        "created_at, updated_at, pending_mutation_id, phone_rev) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'in_store', ?, ?, ?, ?)",
        (p["customer_id"], p["first_name"], p["last_name"], p["email"], p["phone_e164"],
         int(p["marketing_consent"]), ctx.created_at, ctx.store_id, ctx.created_at,
         ctx.created_at, ctx.mutation_id, reversed_digits(p["phone_e164"])),
    )


def _set_consent(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    conn.execute(
        "UPDATE customers SET marketing_consent = ?, consent_updated_at = ? "
        "WHERE customer_id = ?", (int(p["marketing_consent"]), ctx.created_at, p["customer_id"]),
    )


def _wishlist_add(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO wishlist_items (item_id, customer_id, product_id, channel, "
        "added_at, pending_mutation_id) VALUES (?, ?, ?, 'in_store', ?, ?)",
        (p["item_id"], p["customer_id"], p["product_id"], ctx.created_at, ctx.mutation_id),
    )


def _tier(conn: sqlite3.Connection, customer_id: str) -> str:
    row = conn.execute("SELECT tier FROM loyalty_accounts WHERE customer_id = ?",
                       (customer_id,)).fetchone()
    return row[0] if row else "bronze"


def _loyalty_earn(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    points = points_for_purchase(p["amount_cents"], _tier(conn, p["customer_id"]))
    _pending_points(conn, ctx, p["customer_id"], points, "earn")


def _loyalty_redeem(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    _pending_points(conn, ctx, p["customer_id"], -p["points"], "redeem")


def _pending_points(conn: sqlite3.Connection, ctx: Context, customer_id: str, delta: int,
                    reason: str) -> None:
    conn.execute(
        "INSERT INTO pending_loyalty (mutation_id, customer_id, delta, reason, created_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (mutation_id) DO NOTHING",
        (ctx.mutation_id, customer_id, delta, reason, ctx.created_at),
    )


APPLY: dict[str, Effect] = {
    MutationType.NOTE_ADD: _add_note,
    MutationType.CUSTOMER_ENROL: _enrol,
    MutationType.CUSTOMER_SET_CONSENT: _set_consent,
    MutationType.WISHLIST_ADD: _wishlist_add,
    MutationType.LOYALTY_EARN: _loyalty_earn,
    MutationType.LOYALTY_REDEEM: _loyalty_redeem,
}


def before_state(conn: sqlite3.Connection, type_: str, p: dict[str, Any]) -> dict[str, Any] | None:
    """What the cache held before an effect that overwrites a server value (for the undo)."""
    if type_ == MutationType.CUSTOMER_SET_CONSENT:
        row = conn.execute(
            "SELECT marketing_consent, consent_updated_at FROM customers WHERE customer_id = ?",
            (p["customer_id"],)).fetchone()
        if row:
            return {"marketing_consent": row[0], "consent_updated_at": row[1]}
    return None


def apply(conn: sqlite3.Connection, type_: str, ctx: Context, payload: dict[str, Any]) -> None:
    APPLY[type_](conn, ctx, payload)
    conn.execute("INSERT OR IGNORE INTO applied_mutations (mutation_id) VALUES (?)",
                 (ctx.mutation_id,))


_PENDING_TABLES = ("customers", "interactions", "wishlist_items", "orders")


def undo(conn: sqlite3.Connection, type_: str, mutation_id: str, payload: dict[str, Any],
         before: dict[str, Any] | None) -> None:
    """Take a rejected mutation's effect back out of the cache."""
    for table in _PENDING_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE pending_mutation_id = ?", (mutation_id,))
    conn.execute("DELETE FROM pending_loyalty WHERE mutation_id = ?", (mutation_id,))
    if type_ == MutationType.CUSTOMER_SET_CONSENT and before:
        conn.execute(
            "UPDATE customers SET marketing_consent = ?, consent_updated_at = ? "
            "WHERE customer_id = ?",
            (before["marketing_consent"], before["consent_updated_at"], payload["customer_id"]))
    conn.execute("DELETE FROM applied_mutations WHERE mutation_id = ?", (mutation_id,))


def confirm(conn: sqlite3.Connection, mutation_id: str) -> None:
    """The server applied it: its rows are no longer pending (a pull brings the final ones)."""
    for table in _PENDING_TABLES:
        conn.execute(f"UPDATE {table} SET pending_mutation_id = NULL "
                     "WHERE pending_mutation_id = ?", (mutation_id,))
    conn.execute("UPDATE pending_loyalty SET confirmed = 1 WHERE mutation_id = ?", (mutation_id,))
    conn.execute("DELETE FROM applied_mutations WHERE mutation_id = ?", (mutation_id,))


#: (table, column, is the table's key) for every column that can hold a temporary id
ID_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("customers", "customer_id", True),
    ("interactions", "interaction_id", True),
    ("wishlist_items", "item_id", True),
    ("interactions", "customer_id", False),
    ("wishlist_items", "customer_id", False),
    ("pending_loyalty", "customer_id", False),
    ("loyalty_accounts", "customer_id", True),
    ("loyalty_ledger", "customer_id", False),
    ("orders", "customer_id", False),
    ("carts", "customer_id", False),
    ("notifications", "customer_id", False),
)


def remap_ids(conn: sqlite3.Connection, id_map: dict[str, str]) -> None:
    """Give records made here their server ids, everywhere they are referenced."""
    for temp, real in id_map.items():
        for table, column, is_key in ID_COLUMNS:
            if is_key and conn.execute(
                f"SELECT 1 FROM {table} WHERE {column} = ?", (real,)
            ).fetchone():
                # the pull already brought the server's row: the optimistic one is redundant
                conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (temp,))
            else:
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (real, temp))
