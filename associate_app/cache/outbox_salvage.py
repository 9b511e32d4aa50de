"""Salvaging a damaged outbox entry by entry.

The damaged file is moved aside (``outbox.sqlite3.damaged-<time>``, never deleted: support may
get more out of it), a fresh outbox takes its place, and every entry, conflict and recovery
record that can still be read is copied over with its original sequence number and id. The
reading is done on a temporary copy, so the file kept aside stays exactly as it was found (a
hot journal would otherwise be rolled back into it).

SQLite finds a row through the table's B-tree; a damaged page there hides every row below it
from a plain scan. So the entries' sequence numbers are gathered from every path that still
works — the table scan, each index (they are separate B-trees), and a probe of each number up
to the highest seen — and each entry is then read on its own: one bad page costs the entries
on it, not the rest.

An encrypted outbox is read with the data folder's key. A page that fails its HMAC makes
SQLCipher refuse every later read on that connection, so each read that fails opens a new
connection before the next one: the bad page costs the entries on it, as in a plain file.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from associate_app.cache import encryption
from associate_app.cache.database import READ_ERRORS, aside_name, connect
from associate_app.cache.outbox import open_outbox

log = logging.getLogger(__name__)

#: the highest sequence number probed one by one beyond those any path still shows
MAX_PROBE = 200_000
_ENTRY_COLUMNS = ("seq", "mutation_id", "type", "payload", "undo", "created_at", "staff_id",
                  "store_id", "status", "attempts", "last_error", "result", "settled_at")
_CONFLICT_COLUMNS = ("conflict_id", "mutation_id", "type", "summary", "reason", "what_to_do",
                     "payload", "created_at", "resolved_at")


@dataclass
class Salvaged:
    moved_to: Path
    reason: str
    entries: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    recoveries: list[tuple[str, str]] = field(default_factory=list)
    unreadable: set[int] = field(default_factory=set)  # entry seqs that could not be read

    @property
    def mutation_ids(self) -> set[str]:
        return {e["mutation_id"] for e in self.entries}


def _keep_copy(path: Path) -> Path:
    """A copy of the damaged outbox and its side files, kept for support (never deleted)."""
    target = aside_name(path, "damaged")
    for suffix in ("", "-journal", "-wal"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            copied = target.with_name(target.name + suffix)
            shutil.copyfile(part, copied)
            encryption.private_file(copied)
    return target


def salvage(path: Path, reason: str,
            key: bytes | None = None) -> tuple[sqlite3.Connection, Salvaged]:
    """Move the damaged outbox at ``path`` aside, read what it still holds into a fresh one,
    and return the fresh outbox's connection with what was found.

    ``key``: the data folder's key (the damaged file is read with it unless it is a plain
    SQLite file); the fresh outbox is encrypted with it, or in clear when it is None."""
    # Crash-safe at every step: the damaged file stays where it is until its salvaged
    # replacement is complete and takes its place in one rename; a crash before that salvages
    # again at the next start. The copy kept for support is a copy, made first.
    moved = _keep_copy(path)
    log.warning("outbox %s is damaged (%s); kept a copy as %s, salvaging", path, reason,
                moved.name)
    found = Salvaged(moved_to=moved, reason=reason)
    workdir = Path(tempfile.mkdtemp(prefix=".salvage-", dir=path.parent))  # 0700
    try:
        copy = workdir / "outbox.sqlite3"
        for suffix in ("", "-journal", "-wal"):
            part = moved.with_name(moved.name + suffix)
            if part.exists():
                target = copy.with_name(copy.name + suffix)
                encryption.private_file(target)
                shutil.copyfile(part, target)
        plain = encryption.file_state(copy) is encryption.FileState.PLAIN
        _read(_Reader(copy, None if plain else key), found)
        fresh = workdir / "salvaged.sqlite3"
        conn = open_outbox(fresh, key)
        try:
            _write(conn, found)
        finally:
            conn.close()
        for suffix in ("-journal", "-wal", "-shm"):  # the damaged file's side files go with it
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(fresh, path)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    conn = open_outbox(path, key)
    log.warning("outbox salvage: %d entries, %d conflicts read; %d entries unreadable",
                len(found.entries), len(found.conflicts), len(found.unreadable))
    return conn, found


class _Reader:
    """Reads of the damaged copy, each on a sound connection (a new one after a failure)."""

    def __init__(self, copy: Path, key: bytes | None) -> None:
        self.copy = copy
        self.key = key
        self._conn: sqlite3.Connection | None = None

    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect(self.copy, key=self.key, journal="DELETE")
            self._conn.row_factory = None
            self._conn.execute("PRAGMA writable_schema = OFF")
        return self._conn

    def failed(self) -> None:
        """The last read failed: the next one opens a fresh connection."""
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(*READ_ERRORS):
                self._conn.close()
            self._conn = None


def _read(reader: _Reader, found: Salvaged) -> None:
    try:
        reader.conn()
    except (*READ_ERRORS, ValueError) as exc:
        log.warning("the damaged outbox cannot be opened at all: %s", exc)
        reader.close()
        return
    try:
        seqs = _keys(reader, "outbox", "seq", (
            "SELECT seq FROM outbox",
            "SELECT seq FROM outbox INDEXED BY ix_outbox_status",
            "SELECT seq FROM outbox INDEXED BY sqlite_autoindex_outbox_1",
            "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'",
        ))
        for seq in sorted(seqs):
            try:
                row = reader.conn().execute(f"SELECT {', '.join(_ENTRY_COLUMNS)} FROM outbox "
                                            "WHERE seq = ?", (seq,)).fetchone()
                if row is None:
                    continue  # never written, or pruned
                entry = dict(zip(_ENTRY_COLUMNS, row, strict=True))
                _check_entry(entry)
            except (*READ_ERRORS, ValueError, TypeError, KeyError) as exc:
                if isinstance(exc, READ_ERRORS):
                    reader.failed()
                found.unreadable.add(seq)
                continue
            found.entries.append(entry)
        has_texts = _has_column(reader, "conflicts", "texts")  # (schema 3 on)
        for cid in sorted(_keys(reader, "conflicts", "conflict_id", (
                "SELECT conflict_id FROM conflicts",
                "SELECT conflict_id FROM conflicts INDEXED BY sqlite_autoindex_conflicts_1"))):
            try:
                row = reader.conn().execute(f"SELECT {', '.join(_CONFLICT_COLUMNS)} FROM "
                                            "conflicts WHERE conflict_id = ?", (cid,)).fetchone()
                if row is not None:
                    conflict = dict(zip(_CONFLICT_COLUMNS, row, strict=True))
                    json.loads(conflict["payload"])
                    conflict["texts"] = _texts(reader, cid) if has_texts else None
                    found.conflicts.append(conflict)
            except READ_ERRORS:
                reader.failed()
            except (ValueError, TypeError):
                pass
        try:
            for at, data in reader.conn().execute(
                    "SELECT at, data FROM recoveries ORDER BY recovery_id"):
                json.loads(data)
                found.recoveries.append((at, data))
        except READ_ERRORS:
            reader.failed()
    except READ_ERRORS as exc:
        log.warning("reading the damaged outbox stopped: %s", exc)
    finally:
        reader.close()


def _has_column(reader: _Reader, table: str, column: str) -> bool:
    try:
        return any(row[1] == column for row in reader.conn().execute(
            f"PRAGMA table_info({table})"))
    except READ_ERRORS:
        reader.failed()
        return False


def _texts(reader: _Reader, conflict_id: int) -> str | None:
    """A conflict's sentences as Texts (JSON), if they can still be read (else English only)."""
    try:
        row = reader.conn().execute("SELECT texts FROM conflicts WHERE conflict_id = ?",
                                    (conflict_id,)).fetchone()
    except READ_ERRORS:
        reader.failed()
        return None
    if row is None or not isinstance(row[0], str):
        return None
    try:
        json.loads(row[0])
    except ValueError:
        return None
    return row[0]


def _keys(reader: _Reader, table: str, key: str, queries: tuple[str, ...]) -> set[int]:
    """Every key of ``table`` that any path still shows, plus each number up to the highest."""
    keys: set[int] = set()
    for sql in queries:
        try:
            cur = reader.conn().execute(sql)
            while True:
                try:
                    row = cur.fetchone()
                except READ_ERRORS:
                    reader.failed()
                    break  # this path ends at a damaged page; the others may go further
                if row is None:
                    break
                if isinstance(row[0], int) and row[0] > 0:
                    keys.add(row[0])
        except READ_ERRORS:
            reader.failed()
            continue
    if keys:
        keys.update(range(1, min(max(keys), len(keys) + MAX_PROBE) + 1))
    return keys


def _check_entry(entry: dict[str, Any]) -> None:
    """Refuse an entry whose bytes were damaged into something that is not one of ours."""
    if not (isinstance(entry["mutation_id"], str) and isinstance(entry["type"], str)
            and isinstance(entry["created_at"], str)
            and entry["status"] in ("pending", "applied", "rejected")):
        raise ValueError("not an outbox entry")
    if not isinstance(json.loads(entry["payload"]), dict):
        raise ValueError("payload is not an object")
    if entry["undo"] is not None:
        json.loads(entry["undo"])


def _write(conn: sqlite3.Connection, found: Salvaged) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        seen: set[str] = set()
        for e in found.entries:
            if e["mutation_id"] in seen:
                continue  # a damaged page can show a row twice
            seen.add(e["mutation_id"])
            conn.execute(f"INSERT INTO outbox ({', '.join(_ENTRY_COLUMNS)}) VALUES "
                         f"({', '.join('?' * len(_ENTRY_COLUMNS))})",
                         [e[c] for c in _ENTRY_COLUMNS])
        columns = (*_CONFLICT_COLUMNS, "texts")
        for c in found.conflicts:
            conn.execute(f"INSERT OR IGNORE INTO conflicts ({', '.join(columns)}) "
                         f"VALUES ({', '.join('?' * len(columns))})",
                         [c.get(k) for k in columns])
        for at, data in found.recoveries:
            conn.execute("INSERT INTO recoveries (at, data) VALUES (?, ?)", (at, data))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
