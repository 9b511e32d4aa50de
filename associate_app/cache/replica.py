"""Applying the server's rows to the cache: pages of the changes feed and snapshot chunks.

Entities arrive as aggregates (an order with its lines, a cart with its lines, a loyalty
account with its ledger); an upsert replaces the row and its children, a tombstone removes
them. A row the server sends replaces any optimistic version of it (``pending_mutation_id``
goes back to NULL); the caller re-applies the effects of still-queued mutations afterwards.
Which entities and columns: :mod:`store_contract.entities`, the same list the service's feed
sends.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from associate_app.cache import carts, database, exchanges
from associate_app.cache.migrations import CUSTOMER_FTS_TRIGGERS, run_script
from store_contract.entities import ENTITIES as SYNCED
from store_contract.entities import Child


def reversed_digits(phone: object) -> str | None:
    """``+447911123456`` → ``654321119744``: suffix search becomes an indexed prefix search."""
    if not isinstance(phone, str):
        return None
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[::-1] or None


@dataclass(frozen=True)
class EntityTable:
    """A synced entity (store_contract.entities) as the cache holds it."""

    table: str
    pk: tuple[str, ...]
    columns: tuple[str, ...]
    children: tuple[Child, ...] = ()
    has_pending_column: bool = False
    #: columns the cache computes from the row (for search), not sent by the server
    derived: tuple[tuple[str, Callable[[dict[str, Any]], Any]], ...] = ()


#: what the cache adds to an entity's columns: the mark of an optimistic row made here, and
#: columns computed for search
_CACHE_EXTRAS: dict[str, dict[str, Any]] = {
    "customer": {"has_pending_column": True,
                 "derived": (("phone_rev", lambda d: reversed_digits(d.get("phone_e164"))),)},
    "wishlist_item": {"has_pending_column": True},
    "order": {"has_pending_column": True},
    "interaction": {"has_pending_column": True},
    "return": {"has_pending_column": True},  # a return made here, until the service's arrives
    "exchange": {"has_pending_column": True},  # likewise an exchange
    "voucher": {"has_pending_column": True},  # a reward redeemed here, its code to come
    "loyalty_account": {"has_pending_column": True},  # a card given here
}

ENTITIES: dict[str, EntityTable] = {
    kind: EntityTable(e.table, e.pk, e.columns, e.children, **_CACHE_EXTRAS.get(kind, {}))
    for kind, e in SYNCED.items()
}

#: tables whose rows come only from the server (cleared before a full snapshot)
REPLICATED_TABLES = tuple(
    dict.fromkeys(
        [e.table for e in ENTITIES.values()]
        + [c.table for e in ENTITIES.values() for c in e.children]
    )
)


class MalformedChange(ValueError):
    """A row from the server that does not fit the cache (missing key, wrong entity)."""


def _upsert_sql(table: str, pk: tuple[str, ...], columns: tuple[str, ...],
                extra_null: tuple[str, ...] = ()) -> str:
    cols = columns + extra_null
    placeholders = ", ".join("?" for _ in columns) + "".join(", NULL" for _ in extra_null)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in pk)
    return (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({placeholders}) "
            f"ON CONFLICT ({', '.join(pk)}) DO UPDATE SET {updates}")


_SQL: dict[str, str] = {
    name: _upsert_sql(e.table, e.pk, e.columns + tuple(c for c, _ in e.derived),
                      ("pending_mutation_id",) if e.has_pending_column else ())
    for name, e in ENTITIES.items()
}


def _key(entity: EntityTable, entity_name: str, entity_id: str) -> tuple[str, ...]:
    if len(entity.pk) == 1:
        return (entity_id,)
    parts = tuple(entity_id.split(":", len(entity.pk) - 1))
    if len(parts) != len(entity.pk):
        raise MalformedChange(f"{entity_name} id {entity_id!r} is not {':'.join(entity.pk)}")
    return parts


def apply_rows(conn: sqlite3.Connection,
               changes: Iterable[tuple[str, str, str, dict[str, Any] | None]], *,
               fresh: bool = False) -> int:
    """Apply ``(entity, entity_id, op, data)`` tuples inside the caller's transaction.

    ``fresh``: the rows are new to the cache (a snapshot into cleared tables, each entity once),
    so there are no old child rows to delete first.

    Grouped by entity (each entity id appears at most once in a page, so the order inside a
    kind does not matter) and written with ``executemany``. Returns how many were applied.
    Unknown entity kinds are skipped, so an older app survives a newer server's extra kinds.
    """
    upserts: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    deletes: dict[str, list[str]] = defaultdict(list)
    count = 0
    for entity_name, entity_id, op, data in changes:
        if entity_name not in ENTITIES:
            continue
        if op == "upsert":
            if not isinstance(data, dict):
                raise MalformedChange(f"{entity_name} {entity_id} upsert has no data")
            upserts[entity_name].append((entity_id, data))
        elif op == "delete":
            deletes[entity_name].append(entity_id)
        else:
            raise MalformedChange(f"unknown change op {op!r}")
        count += 1
    for entity_name, ids in deletes.items():
        _delete(conn, entity_name, ids)
    for entity_name, rows in upserts.items():
        _upsert(conn, entity_name, rows, fresh=fresh)
    if upserts.get("inventory"):
        # the service's stock does not know the holds of exchanges still queued here
        exchanges.hold_again(conn, (tuple(_key(ENTITIES["inventory"], "inventory", i))
                                    for i, _ in upserts["inventory"]))
        # … nor those of carts finished here (issue 14)
        carts.hold_again(conn, (tuple(_key(ENTITIES["inventory"], "inventory", i))
                                for i, _ in upserts["inventory"]))
    return count


def _executemany(conn: sqlite3.Connection, sql: str, params: list) -> None:
    try:
        conn.executemany(sql, params)
    except (database.ProgrammingError, database.InterfaceError) as exc:
        # a nested object or list where a column value belongs
        raise MalformedChange(f"a value the cache cannot store ({exc})") from exc


def _upsert(conn: sqlite3.Connection, entity_name: str,
            rows: list[tuple[str, dict[str, Any]]], *, fresh: bool = False) -> None:
    # The hot path of a first sync (millions of rows): plain tuples from dict lookups; sqlite3
    # stores booleans as 0/1 itself and refuses nested values (see _executemany).
    entity = ENTITIES[entity_name]
    columns = entity.columns
    key_slots = [columns.index(c) for c in entity.pk]
    derived = [fn for _, fn in entity.derived]
    single_key = len(entity.pk) == 1
    params = []
    for entity_id, data in rows:
        values = list(map(data.get, columns))
        if single_key:
            values[key_slots[0]] = entity_id
        else:
            for slot, part in zip(key_slots, _key(entity, entity_name, entity_id), strict=True):
                values[slot] = part
        if derived:
            values.extend(fn(data) for fn in derived)
        params.append(values)
    _executemany(conn, _SQL[entity_name], params)
    for child in entity.children:
        if not fresh:
            conn.executemany(f"DELETE FROM {child.table} WHERE {child.fk} = ?",
                             [(entity_id,) for entity_id, _ in rows])
        fk_slot = child.columns.index(child.fk)
        child_params = []
        for entity_id, data in rows:
            for item in data.get(child.key) or ():
                if not isinstance(item, dict):
                    raise MalformedChange(f"{entity_name} {entity_id} has a malformed "
                                          f"{child.key} entry")
                values = list(map(item.get, child.columns))
                values[fk_slot] = entity_id
                child_params.append(values)
        if child_params:
            _executemany(
                conn, f"INSERT OR REPLACE INTO {child.table} ({', '.join(child.columns)}) "
                f"VALUES ({', '.join('?' for _ in child.columns)})", child_params)
    if entity_name == "loyalty_account" and not fresh:
        # the pulled balance now includes what the server applied: drop those pending rows
        conn.executemany(
            "DELETE FROM pending_loyalty WHERE customer_id = ? AND confirmed = 1",
            [(entity_id,) for entity_id, _ in rows])


def _delete(conn: sqlite3.Connection, entity_name: str, ids: list[str]) -> None:
    entity = ENTITIES[entity_name]
    keys = [_key(entity, entity_name, i) for i in ids]
    where = " AND ".join(f"{c} = ?" for c in entity.pk)
    conn.executemany(f"DELETE FROM {entity.table} WHERE {where}", keys)
    for child in entity.children:
        conn.executemany(f"DELETE FROM {child.table} WHERE {child.fk} = ?",
                         [(i,) for i in ids])


_FTS_TRIGGERS = ("customers_ai", "customers_ad", "customers_au")
#: sync_state key holding the CREATE INDEX statements dropped for a bulk load
_SUSPENDED_INDEXES = "suspended_indexes"


def suspend_indexes(conn: sqlite3.Connection) -> None:
    """Before a bulk load (a first sync into cleared tables): stop maintaining the search index
    and the secondary indexes row by row. Building them once afterwards from the loaded tables
    is several times faster than millions of random B-tree inserts (bench/RESULTS.md). The
    dropped statements are kept in ``sync_state``, in the same transaction, so a start after a
    crash mid-load can rebuild them (see :func:`indexes_suspended`)."""
    for name in _FTS_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("INSERT INTO customers_fts (customers_fts) VALUES ('delete-all')")
    tables = ", ".join("?" for _ in REPLICATED_TABLES)
    dropped = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({tables}) ORDER BY name",
        REPLICATED_TABLES).fetchall()
    saved = dict(_saved_indexes(conn))
    for name, sql in dropped:
        conn.execute(f"DROP INDEX {name}")
        saved[name] = sql
    _set_saved_indexes(conn, saved)


def resume_indexes(conn: sqlite3.Connection) -> None:
    """Rebuild what :func:`suspend_indexes` dropped: secondary indexes, then the search index
    and its triggers. Idempotent."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    for name, sql in _saved_indexes(conn):
        if name not in present:
            conn.execute(sql)
    _set_saved_indexes(conn, {})
    if not _triggers_present(conn):
        conn.execute("INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')")
        run_script(conn, CUSTOMER_FTS_TRIGGERS)


def indexes_suspended(conn: sqlite3.Connection) -> bool:
    """True if a bulk load stopped before it rebuilt the indexes (the app died mid-snapshot)."""
    return not _triggers_present(conn) or bool(_saved_indexes(conn))


def _triggers_present(conn: sqlite3.Connection) -> bool:
    found = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customers'")}
    return set(_FTS_TRIGGERS) <= found


def _saved_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?",
                       (_SUSPENDED_INDEXES,)).fetchone()
    return [tuple(pair) for pair in json.loads(row[0])] if row and row[0] else []


def _set_saved_indexes(conn: sqlite3.Connection, saved: dict[str, str]) -> None:
    if saved:
        conn.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) "
                     "DO UPDATE SET value = excluded.value",
                     (_SUSPENDED_INDEXES, json.dumps(sorted(saved.items()))))
    else:
        conn.execute("DELETE FROM sync_state WHERE key = ?", (_SUSPENDED_INDEXES,))


#: child rows of a record made here (a return's lines, an exchange's replacements: under a
#: temporary id the service never sends): kept with it through a full snapshot
_PENDING_CHILDREN = {
    child.table: (e.table, e.pk[0], child.fk)
    for kind in ("return", "exchange") for e in (ENTITIES[kind],)
    for child in e.children
}


def clear_replicated(conn: sqlite3.Connection) -> None:
    """Before a full snapshot: drop server rows, keep optimistic rows of queued mutations (and
    the child rows of those)."""
    for table in REPLICATED_TABLES:
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if "pending_mutation_id" in columns:
            conn.execute(f"DELETE FROM {table} WHERE pending_mutation_id IS NULL")
        elif table in _PENDING_CHILDREN:
            parent, pk, fk = _PENDING_CHILDREN[table]
            conn.execute(f"DELETE FROM {table} WHERE {fk} NOT IN (SELECT {pk} FROM {parent} "
                         "WHERE pending_mutation_id IS NOT NULL)")
        else:
            conn.execute(f"DELETE FROM {table}")


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        name: conn.execute(f"SELECT count(*) FROM {e.table}").fetchone()[0]
        for name, e in ENTITIES.items()
    }
