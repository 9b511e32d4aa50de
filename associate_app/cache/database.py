"""Opening the cache file: pragmas, migrations, and moving a corrupt file aside.

The cache is a copy of the server's data: when it cannot be read it is renamed
``*.corrupt-<time>`` (kept for support) and rebuilt by the next sync. The outbox lives in
another file (:mod:`associate_app.cache.outbox`), so a rebuild never costs a queued change.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from associate_app.cache import migrations

log = logging.getLogger(__name__)

CACHE_FILE = "cache.sqlite3"


@dataclass(frozen=True)
class OpenResult:
    conn: sqlite3.Connection
    rebuilt_from: Path | None  # where the unreadable file went, when one was moved aside


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with our pragmas; autocommit mode, so transactions are explicit."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable across app crashes
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -32000")
    return conn


def _probe(conn: sqlite3.Connection, path: Path) -> None:
    """Cheap checks that fail on a file that is not (or no longer) a readable database.

    A full integrity check would take seconds on a large cache at every start; a file cut
    short (a disk that filled up, a copy that stopped) is caught by its size instead: SQLite
    files are whole pages, and a cut inside the last page would otherwise read as zeros."""
    conn.execute("PRAGMA user_version").fetchone()
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    size = path.stat().st_size if path.exists() else 0
    if size % page_size:
        raise sqlite3.DatabaseError(f"the file is {size} bytes, not whole pages of {page_size}")


def move_aside(path: Path) -> Path:
    target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.rename(target.with_name(target.name + suffix))
    return target


def _finish_interrupted_bulk_load(conn: sqlite3.Connection) -> None:
    """The app stopped during a first sync's bulk load: build the indexes it dropped before
    any migration runs (a migration expects the schema it was written for)."""
    from associate_app.cache import replica  # (replica builds on migrations, as this does)

    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not 1 <= version <= migrations.LATEST or conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
    ).fetchone() is None:
        return  # new, or from a newer app (refused by migrate)
    if replica.indexes_suspended(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            replica.resume_indexes(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def open_cache(path: Path) -> OpenResult:
    """Open (creating or migrating) the cache at ``path``; rebuild it if it is unreadable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rebuilt_from = None
    try:
        conn = connect(path)
        _probe(conn, path)
    except sqlite3.DatabaseError as exc:
        log.warning("cache %s is unreadable (%s); moving it aside and rebuilding", path, exc)
        with contextlib.suppress(Exception):
            conn.close()
        rebuilt_from = move_aside(path)
        conn = connect(path)
    _finish_interrupted_bulk_load(conn)
    migrations.migrate(conn)
    return OpenResult(conn, rebuilt_from)
