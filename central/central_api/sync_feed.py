"""The pull side of the sync protocol: a store's changes feed and its bulk snapshot.

Pure functions over a SQLAlchemy :class:`~sqlalchemy.engine.Connection` (no FastAPI here).

**What a store sees** (its *scope*): every ``change_log`` row recorded under the store itself or
chain-wide (``"*"``), plus the ``inventory`` rows of its *nearby stores*, so the app can say
"available at N nearby stores" offline. Nearby stores (:func:`nearby_store_ids`) are the other
stores within :data:`NEARBY_KM` km (at most :data:`NEARBY_MAX`, nearest first); a store with
fewer than :data:`NEARBY_MIN` that close gets its :data:`NEARBY_MIN` nearest instead. Only
inventory is shared that way: customers, orders and staff of other stores never are.

**Rows** are sent as JSON-ready dicts of the columns :mod:`store_contract.entities` lists for
each entity (the same list the device's cache is written with); times are
ISO-8601 strings with their UTC offset, booleans are booleans. Aggregates carry their
children: an ``order`` and a ``cart`` their ``lines``, a ``loyalty_account`` its ``ledger``
(newest first). An ``inventory`` id is ``"{store_id}:{product_id}"``. Secrets never leave:
a ``store`` row has no ``enrolment_code_hash``, a ``staff`` row no PIN hash (the app checks
PINs offline against verifiers it made itself), and nothing of devices or tokens is an entity.

**Duplicates**: an entity recorded under two visible scopes (say ``"*"`` and the store) is
sent once per page (upsert if any of its rows is an upsert and the row exists) and once per
snapshot.
"""

from __future__ import annotations

import contextlib
import heapq
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from store_contract.domain.geo import distance_km
from store_contract.entities import ENTITIES as SYNCED
from store_contract.entities import KINDS, Entity
from store_contract.wire_sync import MAX_PAGE, Change, ChangesPage, SnapshotEnd

from . import sealing_keys, storage
from .changes import CHAIN_WIDE
from .schema import (
    cart_lines,
    change_log,
    exchange_lines,
    inventory,
    loyalty_ledger,
    metadata,
    order_events,
    order_lines,
    payments,
    refunds,
    return_lines,
    shipments,
    stores,
)

NEARBY_KM = 50.0
NEARBY_MIN = 5
NEARBY_MAX = 10
#: Ids per ``IN (...)`` list: far below every database's parameter limit.
IN_CHUNK = 500
#: Entity ids read from the change log per step of a snapshot.
SNAPSHOT_BATCH = 2000
#: The order a snapshot sends entity kinds in (parents before the rows that refer to them).
SNAPSHOT_ORDER = KINDS

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


# -- rows as JSON-ready dicts --------------------------------------------------------------------


def _iso(value: Any) -> str | None:
    """An ISO-8601 time with its offset, from what the driver returns for a DateTime column.

    SQLite gives the stored text (``2025-03-14 15:00:00.000000``, always UTC), which is turned
    into ISO form without parsing it (the snapshot converts millions); other drivers give
    datetimes.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) > 10 and value[10] == " ":
            value = f"{value[:10]}T{value[11:]}"
        if len(value) > 19 and (value[-6] in "+-" and value[-3] == ":" or value[-1] == "Z"):
            return value
        return value + "+00:00"
    if isinstance(value, datetime):
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class _Shape:
    """How to read one table's rows: the columns, and which of them are times."""

    table: sa.Table
    names: tuple[str, ...]
    times: tuple[str, ...]

    @classmethod
    def of(cls, table: sa.Table, names: Sequence[str] | None = None) -> _Shape:
        cols = [table.c[n] for n in names] if names else list(table.c)
        return cls(
            table,
            tuple(c.name for c in cols),
            tuple(c.name for c in cols if isinstance(c.type, sa.DateTime)),
        )

    def select(self) -> sa.Select:
        # Times are read as the driver's raw value (text on SQLite): see _iso.
        return sa.select(
            *[
                sa.type_coerce(self.table.c[n], sa.String).label(n)
                if n in self.times
                else self.table.c[n]
                for n in self.names
            ]
        )

    def rows(self, result: Iterable[Sequence[Any]]) -> Iterator[dict[str, Any]]:
        names, times = self.names, self.times
        for raw in result:
            row = dict(zip(names, raw, strict=True))
            for n in times:
                v = row[n]
                if v is not None:
                    row[n] = _iso(v)
            yield row


@dataclass(frozen=True)
class _Entity:
    shape: _Shape
    key: str  # the id column (inventory: see _inventory_rows)
    children: tuple[tuple[str, _Shape, str, tuple[Any, ...]], ...] = ()  # name, shape, fk, order


#: how an aggregate's children are listed (a loyalty account's ledger newest first)
_CHILD_ORDER: dict[str, tuple[Any, ...]] = {
    "loyalty_ledger": (loyalty_ledger.c.created_at.desc(), loyalty_ledger.c.entry_id.desc()),
    "cart_lines": (cart_lines.c.line_id,),
    "order_lines": (order_lines.c.line_id,),
    "payments": (payments.c.paid_at, payments.c.payment_id),
    "order_events": (order_events.c.at, order_events.c.event_id),
    "shipments": (shipments.c.shipped_at, shipments.c.shipment_id),
    "return_lines": (return_lines.c.return_line_id,),
    "refunds": (refunds.c.created_at, refunds.c.refund_id),
    "exchange_lines": (exchange_lines.c.exchange_line_id,),
}


def _entity(spec: Entity) -> _Entity:
    """The feed's reader of a synced entity: exactly its contract columns (never a secret:
    see store_contract.entities)."""
    table = metadata.tables[spec.table]
    children = tuple(
        (c.key, _Shape.of(metadata.tables[c.table], c.columns), c.fk, _CHILD_ORDER[c.table])
        for c in spec.children
    )
    # inventory's id is "{store_id}:{product_id}" (see _inventory_rows)
    return _Entity(_Shape.of(table, spec.columns), spec.pk[-1], children)


ENTITIES: dict[str, _Entity] = {kind: _entity(spec) for kind, spec in SYNCED.items()}


def _chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def inventory_id(store_id: str, product_id: str) -> str:
    return f"{store_id}:{product_id}"


def _inventory_rows(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    by_store: dict[str, list[str]] = defaultdict(list)
    for entity_id in ids:
        store_id, sep, product_id = entity_id.partition(":")
        if sep:
            by_store[store_id].append(product_id)
    shape = ENTITIES["inventory"].shape
    out: dict[str, dict[str, Any]] = {}
    for store_id, product_ids in by_store.items():
        for chunk in _chunks(product_ids):
            query = shape.select().where(
                inventory.c.store_id == store_id, inventory.c.product_id.in_(chunk)
            )
            for row in shape.rows(conn.execute(query)):
                out[inventory_id(row["store_id"], row["product_id"])] = row
    return out


def entity_rows(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The current JSON-ready row of each of ``ids`` (an entity kind of changes.ENTITIES).

    Ids without a row are missing from the answer. One query per chunk of
    :data:`IN_CHUNK` ids, plus one per chunk for each kind of child rows.
    """
    spec = ENTITIES.get(entity)
    if spec is None:
        raise ValueError(f"unknown entity kind {entity!r}")
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    if entity == "inventory":
        return _inventory_rows(conn, ids)
    key_col = spec.shape.table.c[spec.key]
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for row in spec.shape.rows(conn.execute(spec.shape.select().where(key_col.in_(chunk)))):
            out[row[spec.key]] = row
    for name, shape, fk, order in spec.children:
        for row in out.values():
            row[name] = []
        parents = list(out)
        fk_col = shape.table.c[fk]
        for chunk in _chunks(parents):
            query = shape.select().where(fk_col.in_(chunk)).order_by(fk_col, *order)
            for child in shape.rows(conn.execute(query)):
                out[child[fk]][name].append(child)
    return out


# -- scope ---------------------------------------------------------------------------------------


def nearby_store_ids(conn: Connection, store_id: str) -> list[str]:
    """The stores whose inventory ``store_id``'s devices receive too (see the module's doc)."""
    rows = conn.execute(sa.select(stores.c.store_id, stores.c.latitude, stores.c.longitude)).all()
    here = next((r for r in rows if r.store_id == store_id), None)
    if here is None:
        return []
    ranked = sorted(
        (
            (distance_km(here.latitude, here.longitude, r.latitude, r.longitude), r.store_id)
            for r in rows
            if r.store_id != store_id
        ),
    )
    close = [sid for km, sid in ranked if km <= NEARBY_KM][:NEARBY_MAX]
    if len(close) < NEARBY_MIN:
        close = [sid for _, sid in ranked[:NEARBY_MIN]]
    return close


def scope_of(conn: Connection, store_id: str) -> list[str]:
    """The stores whose rows ``store_id``'s devices hold: itself, then its nearby stores."""
    return [store_id, *nearby_store_ids(conn, store_id)]


def _log_after(conn: Connection, store_id: str, cursor: int, n: int,
               nearby: Sequence[str]) -> list[sa.Row]:
    """The first ``n`` change_log rows after ``cursor`` visible to ``store_id``, by seq.

    One query per scope, each an ordered range of the ``(store_id, seq)`` index, merged here:
    a single ``store_id IN (...)`` query makes SQLite sort the whole rest of the log per page.
    """
    cols = (change_log.c.seq, change_log.c.entity, change_log.c.entity_id, change_log.c.op)
    parts = []
    for scope in (store_id, CHAIN_WIDE):
        parts.append(
            sa.select(*cols)
            .where(change_log.c.store_id == scope, change_log.c.seq > cursor)
            .order_by(change_log.c.seq)
            .limit(n)
        )
    for scope in nearby:
        parts.append(
            sa.select(*cols)
            .where(
                change_log.c.store_id == scope,
                change_log.c.entity == "inventory",
                change_log.c.seq > cursor,
            )
            .order_by(change_log.c.seq)
            .limit(n)
        )
    return list(heapq.merge(*(conn.execute(q).all() for q in parts)))[:n]


def current_seq(conn: Connection) -> int:
    """The newest change sequence number (0 before any change)."""
    return conn.execute(sa.select(sa.func.coalesce(sa.func.max(change_log.c.seq), 0))).scalar_one()


# -- the changes feed ----------------------------------------------------------------------------


def changes_page(conn: Connection, store_id: str, cursor: int, limit: int) -> ChangesPage:
    """The changes of ``store_id``'s scope after ``cursor``, oldest first, at most ``limit``.

    An upsert carries the entity's current row; one whose row is gone is sent as a delete.
    ``next_cursor`` is the seq of the page's last change (``cursor`` for an empty page).
    """
    if cursor < 0:
        raise ValueError("the cursor cannot be negative")
    if not 1 <= limit <= MAX_PAGE:
        raise ValueError(f"a page holds 1 to {MAX_PAGE} changes")
    # One snapshot for the whole page: the log is read one scope at a time, and a change
    # committed between two of those reads (seq 11 under the store, seq 12 chain-wide) would
    # otherwise show its later neighbour without itself, and the cursor would pass it by.
    with read_transaction(conn):
        return _changes_page(conn, store_id, cursor, limit)


def _changes_page(conn: Connection, store_id: str, cursor: int, limit: int) -> ChangesPage:
    scope = scope_of(conn, store_id)
    log = _log_after(conn, store_id, cursor, limit + 1, scope[1:])
    has_more = len(log) > limit
    log = log[:limit]
    next_cursor = log[-1].seq if log else cursor

    # One change per entity: at its latest seq, an upsert if any visible scope has it live.
    latest: dict[tuple[str, str], tuple[int, bool]] = {}
    for seq, entity, entity_id, op in log:
        _, live = latest.pop((entity, entity_id), (0, False))
        latest[(entity, entity_id)] = (seq, live or op == "upsert")
    wanted: dict[str, list[str]] = defaultdict(list)
    for (entity, entity_id), (_, live) in latest.items():
        if live:
            wanted[entity].append(entity_id)
    data = {e: entity_rows(conn, e, ids) for e, ids in wanted.items() if e in ENTITIES}
    out: list[Change] = []
    for (entity, entity_id), (seq, live) in sorted(latest.items(), key=lambda kv: kv[1][0]):
        row = data.get(entity, {}).get(entity_id) if live else None
        if row is None:
            out.append(Change(seq=seq, entity=entity, entity_id=entity_id, op="delete"))
        else:
            out.append(Change(seq=seq, entity=entity, entity_id=entity_id, op="upsert", data=row))
    return ChangesPage(
        changes=out, next_cursor=next_cursor, has_more=has_more, server_time=datetime.now(UTC),
        scope=scope, sealing_key=sealing_keys.current(conn),
    )


# -- the snapshot --------------------------------------------------------------------------------


@contextlib.contextmanager
def read_transaction(conn: Connection) -> Iterator[None]:
    """Every read inside sees the database as of its first read (one consistent snapshot).

    SQLite's driver starts no transaction for SELECTs, so this issues ``BEGIN`` itself (in WAL
    mode a reader never blocks writers); PostgreSQL gets REPEATABLE READ. A transaction the
    caller already has open is used as it is.
    """
    if storage.is_sqlite(conn):
        dbapi = conn.connection.dbapi_connection
        if getattr(dbapi, "in_transaction", False):
            yield
            return
        conn.exec_driver_sql("BEGIN")
        try:
            yield
        finally:
            conn.rollback()
        return
    if conn.in_transaction():
        yield
        return
    conn.execution_options(isolation_level="REPEATABLE READ")
    try:
        with conn.begin() as tx:
            yield
            tx.rollback()
    finally:
        conn.execution_options(isolation_level=conn.default_isolation_level or "READ COMMITTED")


def _live_ids(conn: Connection, scope: str, entity: str, batch: int) -> Iterator[list[str]]:
    """Ids of ``entity`` with a live (upsert) row under ``scope``, by id, ``batch`` at a time."""
    last = ""
    while True:
        ids = list(
            conn.execute(
                sa.select(change_log.c.entity_id)
                .where(
                    change_log.c.store_id == scope,
                    change_log.c.entity == entity,
                    change_log.c.entity_id > last,
                    change_log.c.op == "upsert",
                )
                .order_by(change_log.c.entity_id)
                .limit(batch)
            ).scalars()
        )
        if not ids:
            return
        yield ids
        last = ids[-1]


def _also_live_under(
    conn: Connection, scopes: Sequence[str], entity: str, ids: list[str]
) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(
            conn.execute(
                sa.select(change_log.c.entity_id).where(
                    change_log.c.store_id.in_(list(scopes)),
                    change_log.c.entity == entity,
                    change_log.c.op == "upsert",
                    change_log.c.entity_id.in_(chunk),
                )
            ).scalars()
        )
    return found


def _snapshot_lines_portable(
    conn: Connection, entity: str, scopes: Sequence[str], batch: int
) -> Iterator[str]:
    for k, scope in enumerate(scopes):
        for ids in _live_ids(conn, scope, entity, batch):
            if k:  # sent already under an earlier scope?
                seen = _also_live_under(conn, scopes[:k], entity, ids)
                ids = [i for i in ids if i not in seen]
            rows = entity_rows(conn, entity, ids)
            for entity_id in ids:
                row = rows.get(entity_id)
                if row is not None:
                    yield _dumps({"entity": entity, "entity_id": entity_id, "data": row}) + "\n"


# SQLite builds each line itself (json_object, in C): the same JSON as entity_rows + _dumps
# (a test holds them equal), several times faster than building dicts in Python.


def _sqlite_json(shape: _Shape, alias: str) -> str:
    pairs = []
    for name in shape.names:
        col = f"{alias}.{name}"
        if name in shape.times:
            expr = f"replace({col}, ' ', 'T') || '+00:00'"
        elif isinstance(shape.table.c[name].type, sa.Boolean):
            expr = (
                f"CASE WHEN {col} IS NULL THEN NULL "
                f"WHEN {col} THEN json('true') ELSE json('false') END"
            )
        else:
            expr = col
        pairs.append(f"'{name}', {expr}")
    return f"json_object({', '.join(pairs)})"


def _order_sql(order: tuple[Any, ...], alias: str) -> str:
    parts = []
    for clause in order:
        element = getattr(clause, "element", clause)
        desc = " DESC" if getattr(clause, "modifier", None) is sa.sql.operators.desc_op else ""
        parts.append(f"{alias}.{element.name}{desc}")
    return ", ".join(parts)


def _sqlite_snapshot_sql(entity: str, *, exclude_earlier: bool) -> str:
    spec = ENTITIES[entity]
    table = spec.shape.table.name
    data = _sqlite_json(spec.shape, "t")
    for name, shape, fk, order in spec.children:
        child = (
            f"(SELECT json_group_array(json(j)) FROM (SELECT {_sqlite_json(shape, 'c')} AS j "
            f"FROM {shape.table.name} c WHERE c.{fk} = t.{spec.key} "
            f"ORDER BY {_order_sql(order, 'c')}))"
        )
        data = f"json_set({data}, '$.{name}', json({child}))"
    if entity == "inventory":
        join = (
            "t.store_id = substr(cl.entity_id, 1, instr(cl.entity_id, ':') - 1) "
            "AND t.product_id = substr(cl.entity_id, instr(cl.entity_id, ':') + 1)"
        )
    else:
        join = f"t.{spec.key} = cl.entity_id"
    earlier = ""
    if exclude_earlier:
        earlier = (
            "AND NOT EXISTS (SELECT 1 FROM change_log e WHERE e.store_id IN "
            "(SELECT value FROM json_each(:earlier)) AND e.entity = cl.entity "
            "AND e.entity_id = cl.entity_id AND e.op = 'upsert') "
        )
    return (
        f"SELECT cl.entity_id, json_object('entity', cl.entity, 'entity_id', cl.entity_id, "
        f"'data', json({data})) "
        f"FROM change_log cl JOIN {table} t ON {join} "
        f"WHERE cl.store_id = :scope AND cl.entity = :entity AND cl.op = 'upsert' "
        f"AND cl.entity_id > :last {earlier}"
        f"ORDER BY cl.entity_id LIMIT :batch"
    )


_SQLITE_SNAPSHOT: dict[tuple[str, bool], sa.TextClause] = {}


def _snapshot_lines_sqlite(
    conn: Connection, entity: str, scopes: Sequence[str], batch: int
) -> Iterator[str]:
    for k, scope in enumerate(scopes):
        key = (entity, k > 0)
        if key not in _SQLITE_SNAPSHOT:
            _SQLITE_SNAPSHOT[key] = sa.text(_sqlite_snapshot_sql(entity, exclude_earlier=k > 0))
        query = _SQLITE_SNAPSHOT[key]
        params: dict[str, Any] = {"scope": scope, "entity": entity, "batch": batch}
        if k:
            params["earlier"] = json.dumps(list(scopes[:k]))
        last = ""
        while True:
            rows = conn.execute(query, {**params, "last": last}).all()
            for _, line in rows:
                yield line + "\n"
            if len(rows) < batch:
                break
            last = rows[-1][0]


def snapshot(conn: Connection, store_id: str, *, batch: int = SNAPSHOT_BATCH) -> Iterator[str]:
    """The whole scope of ``store_id`` as NDJSON lines (each ending in a newline).

    One :class:`~store_contract.wire_sync.SnapshotRow` per live entity, then one
    :class:`~store_contract.wire_sync.SnapshotEnd` with the cursor the rows are consistent with
    (the newest change sequence when the snapshot's read transaction started) and the number
    of rows. Read in batches of ``batch`` entities, inside one read transaction; memory stays
    flat whatever the store's size.
    """
    lines = _snapshot_lines_sqlite if storage.is_sqlite(conn) else _snapshot_lines_portable
    with read_transaction(conn):
        cursor = current_seq(conn)
        nearby = nearby_store_ids(conn, store_id)
        count = 0
        for entity in SNAPSHOT_ORDER:
            scopes = [store_id, CHAIN_WIDE] + (nearby if entity == "inventory" else [])
            for line in lines(conn, entity, scopes, batch):
                count += 1
                yield line
        end = SnapshotEnd(cursor=cursor, rows=count, scope=[store_id, *nearby],
                          sealing_key=sealing_keys.current(conn))
        yield end.model_dump_json() + "\n"


def chunked(lines: Iterable[str], size: int = 256 * 1024) -> Iterator[bytes]:
    """Lines joined into UTF-8 chunks of about ``size`` bytes (fewer, larger writes)."""
    parts: list[str] = []
    length = 0
    for line in lines:
        parts.append(line)
        length += len(line)
        if length >= size:
            yield "".join(parts).encode()
            parts.clear()
            length = 0
    if parts:
        yield "".join(parts).encode()
