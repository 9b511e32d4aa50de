"""The change log: one row per live entity (or tombstone) per store scope, in change order.

Every write records what it touched here, in the same transaction; the sync feed of the next
issue reads ``change_log`` by ``(store_id, seq)`` and sends the current row of each entity.
Recording a change deletes the older row for the same ``(store_id, entity, entity_id)`` and
inserts a new one, so the log never grows past the number of entities and ``seq`` only rises.

Entities are aggregates: an ``order`` carries its lines, a ``cart`` its lines and a
``loyalty_account`` its ledger, so a change to a line is recorded as a change of its parent.
Scopes: ``store`` and ``product`` rows are chain-wide (``"*"``); ``staff`` and ``inventory``
(id ``"{store_id}:{product_id}"``) belong to their store; customer-related rows belong to the
customer's preferred store; an order belongs to its store and also to the customer's preferred
store when that differs (or only to it, for ship-to-home orders without a store).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from store_contract.entities import KINDS

from . import storage
from .schema import change_log

CHAIN_WIDE = "*"
Op = Literal["upsert", "delete"]

#: the entity kinds a change is recorded for (store_contract.entities)
ENTITIES = KINDS


def record_change(conn: Connection, store_id: str, entity: str, entity_id: str, op: Op) -> None:
    """Record that ``entity_id`` changed (or was deleted) in ``store_id``'s scope."""
    record_changes(conn, [(store_id, entity, entity_id, op)])


def record_changes(
    conn: Connection,
    changes: Iterable[tuple[str, str, str, Op]],
    *,
    log_is_empty: bool = False,
) -> int:
    """Bulk :func:`record_change`, in the order given; returns how many were recorded.

    ``log_is_empty`` lets the seeder of a fresh database skip the deletes of older rows.
    """
    rows = list(changes)
    if not rows:
        return 0
    for store_id, entity, _, op in rows:
        if entity not in ENTITIES:
            raise ValueError(f"unknown entity kind {entity!r}")
        if op not in ("upsert", "delete"):
            raise ValueError(f"unknown change op {op!r}")
        if not store_id:
            raise ValueError("a change needs a store scope")
    storage.serialise_changes(conn)
    if not log_is_empty:
        conn.execute(
            change_log.delete().where(
                change_log.c.store_id == sa.bindparam("s"),
                change_log.c.entity == sa.bindparam("e"),
                change_log.c.entity_id == sa.bindparam("i"),
            ),
            [{"s": s, "e": e, "i": i} for s, e, i, _ in rows],
        )
        # Two changes to the same entity in one batch: only the last one survives, in its place.
        latest: dict[tuple[str, str, str], tuple[str, str, str, Op]] = {}
        for row in rows:
            latest.pop(row[:3], None)
            latest[row[:3]] = row
        rows = list(latest.values())
    return storage.bulk_insert(conn, change_log, ("store_id", "entity", "entity_id", "op"), rows)


def customer_scopes(preferred_store_id: str | None, order_store_id: str | None = None) -> list[str]:
    """The store scopes a customer's row (or order) is recorded under."""
    scopes = [s for s in (order_store_id, preferred_store_id) if s]
    unique = list(dict.fromkeys(scopes))
    return unique or [CHAIN_WIDE]
