"""Opening the cache file: pragmas, migrations, telling damage, and moving a damaged file aside.

The cache is a copy of the server's data: when it cannot be read it is renamed
``*.corrupt-<time>`` (kept for support) and rebuilt by the next sync. The outbox lives in
another file (:mod:`associate_app.cache.outbox`), so a rebuild never costs a queued change.

Damage is told in two steps. At every open, cheap checks (the header, the schema, whole pages)
catch a file that is not a database or was cut short, in milliseconds at any size. Damage
inside the file (a bad sector, a copy that went wrong, bytes overwritten anywhere) shows up
only when a page is read; an error that points at damage (:func:`points_at_damage`) then runs
``PRAGMA quick_check`` (seconds for a large cache, so not at every start) and a failed check
moves the file aside and rebuilds it (see :mod:`associate_app.cache.local_store`).
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
    reason: str | None = None  # what was wrong with it


def connect(path: Path, *, readonly: bool = False, journal: str = "WAL") -> sqlite3.Connection:
    """A connection with our pragmas; autocommit mode, so transactions are explicit.

    ``journal``: WAL for the cache (readers never wait for the writer); the outbox asks for a
    rollback journal instead (see :mod:`associate_app.cache.outbox`)."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly and journal == "WAL":
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
        raise Damaged(f"the file is {size} bytes, not whole pages of {page_size}")


#: what SQLite says when a file's content is damaged (not when it is busy, full or missing)
_DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX",
                 "SQLITE_CORRUPT_SEQUENCE", "SQLITE_CORRUPT_VTAB", "SQLITE_IOERR_SHORT_READ"}
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


class Damaged(sqlite3.DatabaseError):
    """A file our own checks found damaged."""


#: what reading a damaged file can raise: SQLite's errors, and a UnicodeDecodeError when the
#: damage reaches the text of SQLite's own error message (seen with random bytes in a header)
READ_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)


def points_at_damage(exc: BaseException) -> bool:
    """Does this error say a file is damaged (rather than busy, full or gone)?"""
    if isinstance(exc, Damaged | UnicodeDecodeError):
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    if getattr(exc, "sqlite_errorname", None) in _DAMAGE_CODES:
        return True
    text = str(exc).lower()
    return any(word in text for word in _DAMAGE_WORDS)


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA quick_check`` finds nothing wrong, else its first finding."""
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except READ_ERRORS as exc:
        return str(exc)
    findings = [r[0] for r in rows]
    return None if findings == ["ok"] else "; ".join(findings)


def move_aside(path: Path, label: str = "corrupt") -> Path:
    """Rename ``path`` and its side files to ``<name>.<label>-<time>``; returns the new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm", "-journal"):
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
    rebuilt_from = reason = None
    conn = None
    try:
        conn = connect(path)
        _probe(conn, path)
        _finish_interrupted_bulk_load(conn)
        migrations.migrate(conn)
    except READ_ERRORS as exc:
        if not points_at_damage(exc):
            raise  # busy, read-only, full disk: not a reason to throw the cache away
        log.warning("cache %s is unreadable (%s); moving it aside and rebuilding", path, exc)
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        rebuilt_from, reason = move_aside(path), str(exc)
        conn = connect(path)
        migrations.migrate(conn)
    return OpenResult(conn, rebuilt_from, reason)
