"""Engine creation and the storage tricks that depend on the database behind the URL.

Two backends: a SQLite file (the demo's embedded default: WAL, foreign keys, busy timeout,
bulk-load pragmas) and PostgreSQL through psycopg 3 (a chain: several workers, one database).
What differs between them lives here and in one function per concern elsewhere, chosen by
:func:`is_sqlite` (the snapshot's JSON in ``sync_feed.py``); everything else is SQLAlchemy Core.

**One writer at a time, on both.** The business rules check and then write (the last unit of
stock, a voucher used once, a pickup code tried five times): on SQLite ``BEGIN IMMEDIATE`` takes
the database's write lock first; on PostgreSQL :func:`write_transaction` takes one
transaction-scoped advisory lock (:data:`WRITE_LOCK`). Reads never wait for it.

**The change log commits in sequence order.** A change's ``seq`` comes from a sequence; with
concurrent writers a later ``seq`` could commit before an earlier one, and a device that read
the later one would move its cursor past the earlier one and never see it. Recording a change
(:func:`serialise_changes`) takes the same advisory lock, held until commit, so ``seq`` is
handed out and committed in one order and the feed's visible log is always a prefix.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

#: The advisory lock every write transaction on PostgreSQL holds until it ends (any constant
#: the service alone uses: "StoreAss" in ASCII).
WRITE_LOCK = 0x53746F7265417373

_POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def database_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL for ``path_or_url``: a ``postgresql://`` URL (driven by psycopg 3), a
    ``sqlite://`` URL, or else the path of a SQLite file. Anything else is refused with a
    sentence (ValueError)."""
    text = str(path_or_url)
    if "://" not in text:
        return f"sqlite:///{Path(text).expanduser().resolve()}"
    scheme, _, rest = text.partition("://")
    if scheme in _POSTGRES_SCHEMES:
        if not rest.strip("/"):
            raise ValueError(f"{text!r} names no PostgreSQL server: give "
                             "postgresql://user:password@host:5432/database")
        return f"postgresql+psycopg://{rest}"
    if scheme.startswith("sqlite"):
        return text
    raise ValueError(f"{scheme}:// databases are not supported: give a postgresql:// URL or "
                     "the path of a SQLite file.")


def is_sqlite(engine_or_conn: Engine | Connection) -> bool:
    return engine_or_conn.dialect.name == "sqlite"


def is_postgresql(engine_or_conn: Engine | Connection) -> bool:
    return engine_or_conn.dialect.name == "postgresql"


def describe(path_or_url: str | Path) -> str:
    """The database for people to read: a file's path, or a URL without its password."""
    url = database_url(path_or_url)
    if url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    return sa.engine.make_url(url).render_as_string(hide_password=True)


def create_engine(path_or_url: str | Path, *, pool_size: int = 10) -> Engine:
    """Open the database; for SQLite, a file in WAL mode with foreign keys and a busy timeout;
    for PostgreSQL, a pool that checks a connection before handing it out (a restarted server
    costs one failed request, not a broken worker)."""
    url = database_url(path_or_url)
    if not url.startswith("sqlite"):
        return sa.create_engine(
            url, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size,
            pool_timeout=10, connect_args={"connect_timeout": 5})
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
    """One write transaction, one writer at a time. On SQLite it takes the write lock at once
    (BEGIN IMMEDIATE), so two writers never both read and then fail to upgrade to writing
    ("database is locked"); on PostgreSQL the service's advisory write lock."""
    with conn.begin():
        if is_sqlite(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            _take_write_lock(conn)
        yield


def _take_write_lock(conn: Connection) -> None:
    if conn.info.get("write_lock_tx") is conn.get_transaction():
        return  # held already in this transaction
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
    conn.info["write_lock_tx"] = conn.get_transaction()


def serialise_changes(conn: Connection) -> None:
    """Before a change is recorded in the change log: on PostgreSQL, take the write lock (if
    this transaction does not hold it yet), so sequence numbers commit in order. SQLite has
    one writer at a time already."""
    if not is_sqlite(conn):
        _take_write_lock(conn)


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
