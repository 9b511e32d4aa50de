"""Engine creation and the storage tricks that depend on the database behind the URL.

The service runs on a SQLite file for now (WAL, foreign keys, busy timeout, bulk-load pragmas
here). Other modules still hold SQLite-only SQL (``sync_feed.py`` builds the snapshot's JSON
with ``json_object``; writes take ``BEGIN IMMEDIATE``) and no PostgreSQL driver is installed,
so any other URL is refused with a sentence rather than half-working.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine


def database_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL for ``path_or_url``: URLs pass through, anything else is a SQLite file."""
    text = str(path_or_url)
    if "://" in text:
        if not text.startswith("sqlite"):
            raise ValueError(f"{text.split('://')[0]}:// databases are not supported yet: give "
                             "the path of a SQLite file (PostgreSQL comes with the chain-scale "
                             "work).")
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite(engine_or_conn: Engine | Connection) -> bool:
    return engine_or_conn.dialect.name == "sqlite"


def create_engine(path_or_url: str | Path) -> Engine:
    """Open the database; for SQLite, a file in WAL mode with foreign keys and a busy timeout."""
    url = database_url(path_or_url)
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    # Request handlers run in a thread pool; one connection is only ever used by one thread at a
    # time (the pool hands it out), so sqlite3's same-thread check only gets in the way.
    engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @sa.event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


@contextlib.contextmanager
def write_transaction(conn: Connection) -> Iterator[None]:
    """One write transaction; on SQLite it takes the write lock at once (BEGIN IMMEDIATE), so
    two writers never both read and then fail to upgrade to writing ("database is locked")."""
    with conn.begin():
        if is_sqlite(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield


@contextlib.contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Make a large one-off load (the demo seed) fast; a no-op where the database has no knobs.

    On SQLite: no fsync and no foreign-key checks while loading. The seed writes rows parents
    first, so the checks would only cost time; a crash mid-seed leaves a database to delete.
    """
    if not is_sqlite(conn):
        yield
        return
    conn.exec_driver_sql("PRAGMA synchronous=OFF")
    conn.exec_driver_sql("PRAGMA cache_size=-200000")
    try:
        yield
    finally:
        conn.exec_driver_sql("PRAGMA synchronous=NORMAL")


def set_foreign_keys(conn: Connection, enabled: bool) -> None:
    """SQLite only, outside a transaction: switch foreign-key enforcement (bulk loads)."""
    if is_sqlite(conn):
        conn.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")


def bulk_insert(
    conn: Connection,
    table: sa.Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    batch: int = 50_000,
) -> int:
    """Insert tuples (values in ``columns`` order) fast; returns the number of rows.

    Core's ``execute(insert, [dict, ...])`` costs a dict and per-value processing per row,
    about four times slower than the driver's own ``executemany`` for millions of rows. This
    compiles the INSERT once for the connection's dialect, applies the column types' bind
    processors (dates, booleans) itself, and hands plain tuples to the driver. Dialects with
    named parameters fall back to Core, which is correct everywhere.
    """
    stmt = table.insert().compile(dialect=conn.dialect, column_keys=list(columns))
    procs = [table.c[name].type._cached_bind_processor(conn.dialect) for name in columns]
    positional = stmt.positiontup is not None and list(stmt.positiontup) == list(columns)
    sql = str(stmt)
    total = 0
    chunk: list[Sequence[Any]] = []

    converters = [(i, p) for i, p in enumerate(procs) if p is not None]

    def convert(row: Sequence[Any]) -> Sequence[Any]:
        values = list(row)
        for i, proc in converters:
            if values[i] is not None:
                values[i] = proc(values[i])
        return tuple(values)

    def flush() -> None:
        if not chunk:
            return
        if positional:
            conn.exec_driver_sql(sql, [convert(row) for row in chunk] if converters else chunk)
        else:
            conn.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in chunk])
        chunk.clear()

    for row in rows:
        chunk.append(row)
        total += 1
        if len(chunk) >= batch:
            flush()
    flush()
    return total
