"""Opening the cache file: pragmas, migrations, telling damage, and moving a damaged file aside.

The cache is a copy of the server's data: when it cannot be read it is renamed
``*.corrupt-<time>`` (kept for support) and rebuilt by the next sync. The outbox lives in
another file (:mod:`associate_app.cache.outbox`), so a rebuild never costs a queued change.

Every file of a data folder is opened by :func:`connect`, with SQLCipher (the ``sqlcipher3``
wheel: SQLite with encryption built in) and the folder's key (see
:mod:`associate_app.cache.encryption`). Its errors are SQLCipher's own classes (not the
standard library's ``sqlite3`` ones): catch :data:`Error`, :data:`DatabaseError` and
:data:`READ_ERRORS` from here.

Damage is told in two steps. At every open, cheap checks (the header, the schema, whole pages)
catch a file that is not a database or was cut short, in milliseconds at any size. Damage
inside the file (a bad sector, a copy that went wrong, bytes overwritten anywhere) shows up
only when a page is read; an error that points at damage (:func:`points_at_damage`) then runs
``PRAGMA quick_check`` (seconds for a large cache, so not at every start) and a failed check
moves the file aside and rebuilds it (see :mod:`associate_app.cache.local_store`). In an
encrypted file a damaged page fails its HMAC, which SQLCipher reports as SQLite does a damaged
page ("database disk image is malformed", ``SQLITE_CORRUPT``; page 1 or a wrong key: "file is
not a database", ``SQLITE_NOTADB``). After such a failure SQLCipher refuses every later read on
that connection, so whoever reads on past damage (the salvage) opens a new one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from associate_app.cache import encryption, migrations

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

CACHE_FILE = "cache.sqlite3"


@dataclass(frozen=True)
class OpenResult:
    conn: sqlcipher.Connection
    rebuilt_from: Path | None  # where the unreadable file went, when one was moved aside
    reason: str | None = None  # what was wrong with it


#: SQLCipher's classes, for the connections :func:`connect` makes
Connection = sqlcipher.Connection
Row = sqlcipher.Row
Error = sqlcipher.Error
DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError
IntegrityError = sqlcipher.IntegrityError
ProgrammingError = sqlcipher.ProgrammingError
InterfaceError = sqlcipher.InterfaceError


class _FolderKey:
    def __repr__(self) -> str:
        return "FOLDER_KEY"


#: ``connect(key=FOLDER_KEY)``: a plain file opens as it is, an encrypted one with the key of
#: its data folder (from this process or the keychain; raises ``NoKeyForData`` without one)
FOLDER_KEY: Any = _FolderKey()


def connect(path: Path, *, readonly: bool = False, journal: str = "WAL",
            key: bytes | None = FOLDER_KEY) -> sqlcipher.Connection:
    """A connection with our pragmas; autocommit mode, so transactions are explicit.

    ``key``: the raw 256-bit key of an encrypted file, None for a plain one; by default the
    data folder's key (or none for a file still in clear). ``journal``: WAL for the cache
    (readers never wait for the writer); the outbox asks for a rollback journal instead (see
    :mod:`associate_app.cache.outbox`). A file made here is private to its owner (0600)."""
    path = Path(path)
    if key is FOLDER_KEY:
        key = encryption.key_for_file(path, create=not readonly)
    if readonly:
        conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                 check_same_thread=False)
    else:
        encryption.private_file(path)
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs every failed page to stderr: damage is ours to tell, in sentences
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            if len(key) != encryption.KEY_BYTES:
                raise ValueError("a data key is 32 bytes")
            # a raw key: no key derivation at each open (the key is random, not a password)
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.row_factory = sqlcipher.Row
        conn.execute("PRAGMA busy_timeout = 5000")
        if not readonly and journal == "WAL":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable across crashes
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA cache_size = -32000")
    except BaseException:
        conn.close()
        raise
    return conn


def utils_db(conn: sqlcipher.Connection) -> sqlite_utils.Database:
    """sqlite-utils' view of a connection made by :func:`connect`, for introspection and
    :func:`associate_app.cache.migrations.transform`.

    sqlite-utils takes any DB-API connection (it checks none's class), so the file stays
    encrypted and the caller's transaction is used (``atomic`` nests as a savepoint). It runs
    nothing at open (no ``recursive_triggers``, no plugins), and is imported here only when
    asked for (its import costs ~0.1 s). Its own fallbacks catch the standard library's
    ``sqlite3`` errors, which SQLCipher's are not: don't lean on ``drop(ignore=True)`` or
    the like, catch :data:`Error` yourself."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn the plain SQLite file at ``path`` into an encrypted one with the same content.

    ``sqlcipher_export`` copies it into ``.<name>.encrypting`` beside it; the copy is checked
    (same tables, same row counts, same ``user_version``) and synced to disk, the plain file's
    WAL is checkpointed and ended, and one ``rename`` swaps the copy in. A crash at any instant
    leaves the whole plain file or the whole encrypted one; a copy left half-made is dropped
    and made again at the next open."""
    path = Path(path)
    copy = path.with_name(f".{path.name}.encrypting")
    _remove_with_side_files(copy)
    plain = connect(path, key=None, journal="DELETE")
    try:
        # ends a WAL (checkpointing it into the file) and rolls back a hot journal first
        mode = plain.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise OperationalError(f"{path.name} stays in {mode} mode (busy)")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        tables = _row_counts(plain)
        encryption.private_file(copy)
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(copy),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    check = connect(copy, key=key, journal="DELETE")
    try:
        if (check.execute("PRAGMA user_version").fetchone()[0] != version
                or _row_counts(check) != tables):
            raise OperationalError(f"the encrypted copy of {path.name} differs; kept the original")
    finally:
        check.close()
    _fsync(copy)
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size:
            raise OperationalError(f"{side.name} is still in use; kept the plain file")
    os.replace(copy, path)
    with contextlib.suppress(FileNotFoundError):
        path.with_name(path.name + "-shm").unlink()  # the plain file's, if SQLite left one
    _fsync(path.parent)
    log.info("%s is encrypted now", path.name)


def _row_counts(conn: sqlcipher.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def remove_unreadable(path: Path) -> None:
    """Delete a cache no key here can open (made without a keychain, or with a key the
    keychain lost): it is a copy of the server's data, and unreadable for ever."""
    log.warning("%s is encrypted with a key this computer no longer holds; deleting it (the "
                "next sync downloads the store's data again)", path)
    _remove_with_side_files(path)


def _probe(conn: sqlite3.Connection, path: Path) -> None:
    """Cheap checks that fail on a file that is not (or no longer) a readable database.

    A full integrity check would take seconds on a large cache at every start; a file cut
    short (a disk that filled up, a copy that stopped) is caught by its size instead: SQLite
    files are whole pages, and a cut inside the last page would otherwise read as zeros."""
    conn.execute("PRAGMA user_version").fetchone()
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])  # (text from SQLCipher)
    size = path.stat().st_size if path.exists() else 0
    if size % page_size:
        raise Damaged(f"the file is {size} bytes, not whole pages of {page_size}")


#: what SQLite says when a file's content is damaged (not when it is busy, full or missing)
_DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX",
                 "SQLITE_CORRUPT_SEQUENCE", "SQLITE_CORRUPT_VTAB", "SQLITE_IOERR_SHORT_READ"}
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


class Damaged(sqlcipher.DatabaseError):
    """A file our own checks found damaged."""


#: what reading a damaged file can raise: SQLite's errors, and a UnicodeDecodeError when the
#: damage reaches the text of SQLite's own error message (seen with random bytes in a header)
READ_ERRORS = (sqlcipher.DatabaseError, sqlite3.DatabaseError, UnicodeDecodeError)


def points_at_damage(exc: BaseException) -> bool:
    """Does this error say a file is damaged (rather than busy, full or gone)?"""
    if isinstance(exc, Damaged | UnicodeDecodeError):
        return True
    if not isinstance(exc, sqlcipher.DatabaseError | sqlite3.DatabaseError):
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


def aside_name(path: Path, label: str) -> Path:
    """A free name ``<name>.<label>-<time>[-n]`` beside ``path`` for a copy kept for support."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    return target


def move_aside(path: Path, label: str = "corrupt") -> Path:
    """Rename ``path`` and its side files to ``<name>.<label>-<time>``; returns the new path."""
    target = aside_name(path, label)
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


def open_cache(path: Path, key: bytes | None = FOLDER_KEY) -> OpenResult:
    """Open (creating or migrating) the cache at ``path``; rebuild it if it is unreadable."""
    encryption.private_folder(path.parent)
    rebuilt_from = reason = None
    conn = None
    try:
        conn = connect(path, key=key)
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
        conn = connect(path, key=key)
        migrations.migrate(conn)
    return OpenResult(conn, rebuilt_from, reason)
