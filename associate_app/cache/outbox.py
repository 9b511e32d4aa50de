"""The outbox: local changes waiting for the central service, in their own SQLite file.

Each entry is a mutation with a client-generated id and a per-device sequence (``seq``); it
is written and committed *before* its optimistic effect reaches the cache, so a crash at any
instant leaves either nothing or a durable entry whose effect is re-applied on the next start.
Entries are settled by the server's answer: applied (kept for an audit period, then pruned) or
rejected (undone locally and listed in the conflict inbox, which lives here too so a cache
rebuild never loses it).

**Durable as a single file.** The outbox uses a rollback journal (``journal_mode = DELETE``)
with ``synchronous = FULL``, not WAL: in WAL mode a committed entry lives in ``-wal`` until a
checkpoint, so a backup that copies only ``*.sqlite3``, or a person deleting the side files
after a crash, silently drops every queued change. With a rollback journal a commit is not
done until the entry is in ``outbox.sqlite3`` itself and synced to disk; the ``-journal`` file
exists only while a transaction runs and holds the *old* pages, so losing it can cost at most
the change being written at that instant (which the app had not reported as saved). The cost —
readers wait while the writer commits — does not matter here: one writer thread, tiny rows.

**Intents, never secrets.** A pickup code or a manager's PIN is sealed to the central service
before the entry is written (:mod:`store_contract.sealing`); nothing here can reveal them.

**Encrypted at rest** with the data folder's key from the OS keychain (SQLCipher; see
:mod:`associate_app.cache.encryption`). On a computer without a keychain it stays in clear,
readable only by its user account: a key that lived in memory only would be gone after a
crash or a restart while offline, and every queued change with it. Durability comes first; the
status bar and ``associate-app status`` say what is not encrypted.

The file carries an id of its own (``outbox_meta``); the cache remembers it and keeps a second
copy of every queued intent (:mod:`associate_app.cache.intents`), so an outbox that went missing
or was replaced is noticed, and its queued changes put back. A damaged outbox is salvaged entry
by entry (:mod:`associate_app.cache.outbox_salvage`). Every such recovery is listed in
``recoveries`` for the status bar and ``associate-app status``.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from associate_app.cache.database import (
    FOLDER_KEY,
    Damaged,
    OperationalError,
    connect,
    quick_check,
)
from associate_app.cache.migrations import CacheFromTheFuture, run_script
from store_contract.domain.mutation_types import is_temp_id
from store_contract.domain.recovery import Recovery
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text
from store_contract.payloads import SECRET_FIELDS

OUTBOX_FILE = "outbox.sqlite3"

SCHEMA_V1 = """
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    undo TEXT,
    created_at TEXT NOT NULL,
    staff_id TEXT,
    store_id TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    result TEXT,
    settled_at TEXT
);
CREATE INDEX ix_outbox_status ON outbox (status, seq);
CREATE TABLE conflicts (
    conflict_id INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    summary TEXT NOT NULL,
    reason TEXT NOT NULL,
    what_to_do TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
"""
SCHEMA_V2 = """
CREATE TABLE outbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE recoveries (
    recovery_id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    data TEXT NOT NULL  -- domain.recovery.Recovery as JSON
);
"""
#: the conflict's sentences as Texts (``store_contract.domain.text``: template and values, so
#: the window shows them in the person's language), ``{"summary": wire, ...}`` as JSON; NULL
#: for a conflict of an older version (its English columns are shown as they are)
SCHEMA_V3 = """
ALTER TABLE conflicts ADD COLUMN texts TEXT;
"""
SCHEMA_VERSION = 3
#: the conflict's columns that hold a sentence (each kept as a Text in ``texts`` too)
SENTENCES = ("summary", "reason", "what_to_do")
#: how long a settled entry is kept (support can see what a device sent and what came back)
AUDIT_PERIOD = timedelta(days=14)


@dataclass(frozen=True)
class Entry:
    seq: int
    mutation_id: str
    type: str
    payload: dict[str, Any]
    undo: dict[str, Any] | None
    created_at: str
    staff_id: str | None
    store_id: str | None
    status: str
    attempts: int
    last_error: str | None


@dataclass(frozen=True)
class Conflict:
    conflict_id: int
    mutation_id: str
    type: str
    #: sentences for the inbox: :class:`Text` when the change was refused by this version
    #: (read back from ``texts``), plain English for a conflict an older version stored
    summary: str
    reason: str
    what_to_do: str
    payload: dict[str, Any]
    created_at: str
    resolved_at: str | None


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def open_outbox(path: Path, key: bytes | None = FOLDER_KEY) -> sqlite3.Connection:
    """Open (or create) the outbox file and check it; raises ``Damaged`` when its content is
    damaged (the caller salvages it: :mod:`associate_app.cache.outbox_salvage`).

    ``key``: the data folder's key, or None for an outbox kept in clear (no keychain: see
    :mod:`associate_app.cache.encryption`)."""
    try:
        conn = connect(path, journal="DELETE", key=key)
    except UnicodeDecodeError as exc:
        raise Damaged(f"unreadable ({exc})") from exc
    try:
        # an outbox of an older app version may still be in WAL mode: this checkpoints the WAL
        # into the main file and ends it (it needs no other connection open, as at start)
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode.lower() != "delete":
            raise OperationalError(f"the outbox stays in {mode} mode (busy)")
        conn.execute("PRAGMA synchronous = FULL")
        # pruned entries (and what an older version held in clear) are zeroed, not left in
        # free pages for someone reading the file
        conn.execute("PRAGMA secure_delete = ON")
        problem = quick_check(conn)
        if problem is not None:
            raise Damaged(problem)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise CacheFromTheFuture(text(QT_TRANSLATE_NOOP(
                "Messages", "The queue of changes on this device was written by a newer "
                "version of the app (schema {version}; this app knows up to {latest}). Update "
                "the app."), version=version, latest=SCHEMA_VERSION))
        if version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            if version < 1:
                run_script(conn, SCHEMA_V1)
            if version < 2:
                run_script(conn, SCHEMA_V2)
                conn.execute("INSERT INTO outbox_meta (key, value) VALUES ('outbox_id', ?)",
                             (uuid.uuid4().hex,))
            if version < 3:
                run_script(conn, SCHEMA_V3)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
    except UnicodeDecodeError as exc:
        conn.close()
        raise Damaged(f"unreadable ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def outbox_id(conn: sqlite3.Connection) -> str:
    """This outbox file's own id (the cache remembers it, to notice a replaced outbox)."""
    return conn.execute("SELECT value FROM outbox_meta WHERE key = 'outbox_id'").fetchone()[0]


def add_recovery(conn: sqlite3.Connection, recovery: Recovery) -> None:
    with _transaction(conn):
        conn.execute("INSERT INTO recoveries (at, data) VALUES (?, ?)",
                     (recovery.at, json.dumps(recovery.as_json())))


def recoveries(conn: sqlite3.Connection, limit: int = 20) -> list[Recovery]:
    """The latest recoveries, newest first."""
    return [Recovery.from_json(json.loads(data)) for (data,) in conn.execute(
        "SELECT data FROM recoveries ORDER BY recovery_id DESC LIMIT ?", (limit,))]


def _entry(row: sqlite3.Row) -> Entry:
    return Entry(
        seq=row["seq"], mutation_id=row["mutation_id"], type=row["type"],
        payload=json.loads(row["payload"]),
        undo=json.loads(row["undo"]) if row["undo"] else None,
        created_at=row["created_at"], staff_id=row["staff_id"], store_id=row["store_id"],
        status=row["status"], attempts=row["attempts"],
        last_error=row["last_error"],
    )


def enqueue(conn: sqlite3.Connection, mutation_id: str, type_: str, payload: dict[str, Any],
            undo: dict[str, Any] | None, created_at: str, staff_id: str | None,
            store_id: str | None) -> int:
    """Append and commit one mutation; returns its device sequence number."""
    if SECRET_FIELDS & payload.keys():
        raise ValueError("a secret must be sealed before it is queued")  # never in clear
    with _transaction(conn):
        cur = conn.execute(
            "INSERT INTO outbox (mutation_id, type, payload, undo, created_at, staff_id, "
            "store_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (mutation_id, type_, json.dumps(payload), json.dumps(undo) if undo else None,
             created_at, staff_id, store_id),
        )
        return int(cur.lastrowid)


def pending(conn: sqlite3.Connection, limit: int | None = None) -> list[Entry]:
    sql = "SELECT * FROM outbox WHERE status = 'pending' ORDER BY seq"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_entry(r) for r in conn.execute(sql)]


def has_clear_secret(entry: Entry) -> bool:
    """An entry an older app version queued with a code or PIN in clear: never sent so."""
    return bool(SECRET_FIELDS & entry.payload.keys())


def unsealed_count(conn: sqlite3.Connection) -> int:
    return sum(has_clear_secret(e) for e in pending(conn))


def pending_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]


def get(conn: sqlite3.Connection, mutation_id: str) -> Entry | None:
    row = conn.execute("SELECT * FROM outbox WHERE mutation_id = ?", (mutation_id,)).fetchone()
    return _entry(row) if row else None


def note_attempt_failed(conn: sqlite3.Connection, mutation_ids: list[str], error: str) -> None:
    with _transaction(conn):
        conn.executemany(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE mutation_id = ?",
            [(error, m) for m in mutation_ids],
        )


def redacted(payload: dict[str, Any]) -> dict[str, Any]:
    """``payload`` with its secrets in clear blanked (``SECRET_FIELDS``, declared on the payload
    models: a pickup code, a manager's PIN). They are never queued now, sealed instead; an older
    version's entries had them, blanked once answered."""
    return {k: ("•••" if k in SECRET_FIELDS else v) for k, v in payload.items()}


def mark_applied(conn: sqlite3.Connection, mutation_id: str, result: dict[str, Any]) -> None:
    conn.execute(
        "UPDATE outbox SET status = 'applied', result = ?, settled_at = ?, last_error = NULL "
        "WHERE mutation_id = ?", (json.dumps(result), now_iso(), mutation_id),
    )
    _redact(conn, mutation_id)


def _redact(conn: sqlite3.Connection, mutation_id: str) -> None:
    row = conn.execute("SELECT payload FROM outbox WHERE mutation_id = ?",
                       (mutation_id,)).fetchone()
    if row is None:
        return
    payload = json.loads(row[0])
    if SECRET_FIELDS & payload.keys():
        conn.execute("UPDATE outbox SET payload = ? WHERE mutation_id = ?",
                     (json.dumps(redacted(payload)), mutation_id))


def mark_rejected(conn: sqlite3.Connection, entry: Entry, reason: str, summary: str,
                  what_to_do: str) -> None:
    """Settle ``entry`` as refused and list it in the conflict inbox. Each sentence is stored
    in English, and when it is a :class:`Text` its template and values too (``texts``), so the
    inbox reads it back in the person's language."""
    settled = now_iso()
    conn.execute(
        "UPDATE outbox SET status = 'rejected', result = ?, settled_at = ? WHERE mutation_id = ?",
        (json.dumps({"reason": str(reason)}), settled, entry.mutation_id),
    )
    said = {"summary": summary, "reason": reason, "what_to_do": what_to_do}
    texts = {k: v.to_wire() for k, v in said.items() if isinstance(v, Text)}
    conn.execute(
        "INSERT OR IGNORE INTO conflicts (mutation_id, type, summary, reason, what_to_do, "
        "payload, created_at, texts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (entry.mutation_id, entry.type, str(summary), str(reason), str(what_to_do),
         json.dumps(redacted(entry.payload)), settled, json.dumps(texts) if texts else None),
    )
    _redact(conn, entry.mutation_id)


def _sentences(row: sqlite3.Row) -> dict[str, str]:
    """A conflict's sentences: as Texts where ``texts`` kept them, else the English columns."""
    said = {k: row[k] for k in SENTENCES}
    try:
        kept = json.loads(row["texts"]) if row["texts"] else {}
    except (ValueError, TypeError):
        kept = {}
    if isinstance(kept, dict):
        for key in SENTENCES:
            found = Text.from_wire(kept.get(key))
            if found is not None:
                said[key] = found
    return said


def rewrite_ids(conn: sqlite3.Connection, id_map: dict[str, str]) -> None:
    """Replace temporary ids in the payloads of still-pending entries with the server's ids."""
    if not id_map:
        return
    for row in conn.execute("SELECT seq, payload FROM outbox WHERE status = 'pending'").fetchall():
        payload = json.loads(row["payload"])
        changed = _replace_ids(payload, id_map)
        if changed != payload:
            conn.execute("UPDATE outbox SET payload = ? WHERE seq = ?",
                         (json.dumps(changed), row["seq"]))


def _replace_ids(value: Any, id_map: dict[str, str]) -> Any:
    if isinstance(value, str):
        return id_map.get(value, value)
    if isinstance(value, dict):
        return {k: _replace_ids(v, id_map) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_ids(v, id_map) for v in value]
    return value


def id_map_of(conn: sqlite3.Connection, mutation_id: str) -> dict[str, str]:
    """The temporary → real ids the service answered an applied entry with."""
    row = conn.execute("SELECT result FROM outbox WHERE mutation_id = ? AND status = "
                       "'applied'", (mutation_id,)).fetchone()
    try:
        return dict(json.loads(row[0]).get("id_map") or {}) if row and row[0] else {}
    except (ValueError, AttributeError):
        return {}


def resolve_id(conn: sqlite3.Connection, temp_id: str) -> str | None:
    """The server id that replaced ``temp_id``, from the answers of applied mutations."""
    pattern = f'%"{temp_id}"%'
    for (result,) in conn.execute("SELECT result FROM outbox WHERE status = 'applied' "
                                  "AND result LIKE ?", (pattern,)):
        mapped = json.loads(result).get("id_map", {}).get(temp_id)
        if mapped:
            return mapped
    return None


def replace_resolved_ids(conn: sqlite3.Connection, payload: dict[str, Any]) -> dict[str, Any]:
    """``payload`` with every temporary id that the server has already replaced swapped for
    the server's id."""
    temps = {v for v in _strings(payload) if is_temp_id(v)}
    id_map = {t: real for t in temps if (real := resolve_id(conn, t))}
    return _replace_ids(payload, id_map) if id_map else payload


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def prune_settled(conn: sqlite3.Connection, older_than: timedelta = AUDIT_PERIOD, *,
                  now: datetime | None = None) -> int:
    """Forget entries settled longer ago than ``older_than``: applied ones, and rejected ones
    whose conflict staff resolved. Pending entries and open conflicts are never pruned."""
    cutoff = ((now or datetime.now(UTC)) - older_than).isoformat(timespec="milliseconds")
    with _transaction(conn):
        cur = conn.execute(
            "DELETE FROM outbox WHERE (status = 'applied' AND settled_at < ?) OR "
            "(status = 'rejected' AND mutation_id IN (SELECT mutation_id FROM conflicts "
            "WHERE resolved_at IS NOT NULL AND resolved_at < ?))", (cutoff, cutoff))
        pruned = cur.rowcount
        conn.execute("DELETE FROM conflicts WHERE resolved_at IS NOT NULL AND resolved_at < ?",
                     (cutoff,))
        conn.execute("DELETE FROM recoveries WHERE at < ? AND recovery_id NOT IN "
                     "(SELECT recovery_id FROM recoveries ORDER BY recovery_id DESC LIMIT 20)",
                     (cutoff,))
        return pruned


def conflicts(conn: sqlite3.Connection, *, include_resolved: bool = False) -> list[Conflict]:
    sql = "SELECT * FROM conflicts"
    if not include_resolved:
        sql += " WHERE resolved_at IS NULL"
    sql += " ORDER BY conflict_id DESC"
    return [
        Conflict(
            conflict_id=r["conflict_id"], mutation_id=r["mutation_id"], type=r["type"],
            **_sentences(r), payload=json.loads(r["payload"]), created_at=r["created_at"],
            resolved_at=r["resolved_at"],
        )
        for r in conn.execute(sql)
    ]


def resolve_conflict(conn: sqlite3.Connection, conflict_id: int) -> None:
    with _transaction(conn):
        conn.execute("UPDATE conflicts SET resolved_at = ? WHERE conflict_id = ?",
                     (now_iso(), conflict_id))


class _transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error; nests as a no-op inside another."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        self.outer = not self.conn.in_transaction
        if self.outer:
            self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.outer:
            return
        self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")


transaction = _transaction
