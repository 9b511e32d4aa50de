"""The device's local store: the cache file, the outbox file and the one writer thread.

Every screen and the sync engine go through this object. Writes run on the writer thread
(``await store.run(job)`` or the named methods); reads that a screen makes use a read-only
connection of their own (:meth:`LocalStore.reader`).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from associate_app.cache import local_effects, outbox, replica
from associate_app.cache.database import CACHE_FILE, connect, open_cache
from associate_app.cache.reader import CacheReader
from associate_app.cache.sync_state import get_state, set_state
from associate_app.cache.writer import CacheWriter, Connections
from associate_app.domain import conflict_advice
from associate_app.domain.mutation_types import validate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recorded:
    mutation_id: str
    device_seq: int


@dataclass(frozen=True)
class OpenInfo:
    rebuilt_from: Path | None
    recovered: int  # queued mutations whose effect was re-applied after a crash


class LocalStore:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.cache_path = self.data_dir / CACHE_FILE
        self.outbox_path = self.data_dir / outbox.OUTBOX_FILE
        self.writer = CacheWriter(self._open)
        self.info: OpenInfo = self.writer.info
        #: the screens' reads, on a thread of their own (see cache/reader.py)
        self.reads = CacheReader(self.cache_path)

    def _open(self) -> Connections:
        result = open_cache(self.cache_path)
        conns = Connections(cache=result.conn, outbox=outbox.open_outbox(self.outbox_path))
        recovered = _reapply_pending(conns, only_missing=True)
        conns.info = OpenInfo(result.rebuilt_from, recovered)  # type: ignore[attr-defined]
        return conns

    def close(self) -> None:
        self.reads.close()
        self.writer.close()

    def reader(self) -> sqlite3.Connection:
        """A read-only connection to the cache for this thread's queries."""
        return connect(self.cache_path, readonly=True)

    async def run(self, job):
        return await self.writer.run(job)

    # -- recording local changes ---------------------------------------------------------------

    def _record_job(self, type_: str, payload: dict[str, Any], staff_id: str | None,
                    store_id: str | None):
        clean = validate(type_, payload)  # raises InvalidInput before anything is written
        mutation_id = uuid.uuid4().hex
        created_at = outbox.now_iso()

        def job(c: Connections) -> Recorded:
            # A screen opened before a sync may still hold a temporary id the server has since
            # replaced: use the real one, so the local effect lands on the real record.
            nonlocal clean
            clean = outbox.replace_resolved_ids(c.outbox, clean)
            before = local_effects.before_state(c.cache, type_, clean)
            # 1. the durable intent, committed on its own: from here on nothing is lost
            seq = outbox.enqueue(c.outbox, mutation_id, type_, clean, before, created_at,
                                 staff_id, store_id)
            # 2. the optimistic effect; a crash before this commit is repaired at next open
            ctx = local_effects.Context(mutation_id, created_at, staff_id, store_id)
            with outbox.transaction(c.cache):
                local_effects.apply(c.cache, type_, ctx, clean)
            return Recorded(mutation_id, seq)

        return job

    async def record(self, type_: str, payload: dict[str, Any], *, staff_id: str | None,
                     store_id: str | None) -> Recorded:
        """Queue a change and apply its effect locally. Raises ``InvalidInput`` for bad input."""
        return await self.writer.run(self._record_job(type_, payload, staff_id, store_id))

    def record_blocking(self, type_: str, payload: dict[str, Any], *, staff_id: str | None,
                        store_id: str | None) -> Recorded:
        return self.writer.call(self._record_job(type_, payload, staff_id, store_id))

    # -- what the sync engine calls ------------------------------------------------------------

    async def pending(self, limit: int) -> list[outbox.Entry]:
        return await self.writer.run(lambda c: outbox.pending(c.outbox, limit))

    async def pending_count(self) -> int:
        return await self.writer.run(lambda c: outbox.pending_count(c.outbox))

    async def note_push_failed(self, mutation_ids: list[str], error: str) -> None:
        await self.writer.run(lambda c: outbox.note_attempt_failed(c.outbox, mutation_ids, error))

    async def settle(self, results: list[tuple[str, str, str | None, dict[str, str]]]) -> None:
        """Apply the server's answers: ``(mutation_id, status, reason, id_map)`` in push order."""
        await self.writer.run(lambda c: _settle(c, results))

    async def cursor(self) -> int:
        return await self.writer.run(lambda c: int(get_state(c.cache, "cursor") or 0))

    async def apply_page(self, changes: list[tuple[str, str, str, dict | None]],
                         next_cursor: int, *, reapply_pending: bool,
                         scope: list[str] | None = None) -> int:
        def job(c: Connections) -> int:
            with outbox.transaction(c.cache):
                count = replica.apply_rows(c.cache, changes)
                set_state(c.cache, "cursor", str(next_cursor))
                if scope is not None:
                    set_state(c.cache, "scope", json.dumps(scope))
                if reapply_pending:
                    _reapply_pending(c, only_missing=False)
            return count

        return await self.writer.run(job)

    async def begin_snapshot(self) -> None:
        def job(c: Connections) -> None:
            with outbox.transaction(c.cache):
                replica.suspend_indexes(c.cache)
                replica.clear_replicated(c.cache)
                # the snapshot's balances include every loyalty change the server confirmed
                c.cache.execute("DELETE FROM pending_loyalty WHERE confirmed = 1")
                set_state(c.cache, "cursor", "0")
        await self.writer.run(job)

    async def apply_snapshot_block(self, block: bytes) -> SnapshotBlock:
        """Split, parse and apply whole NDJSON snapshot lines on the writer thread (keeping
        the parsing off the GUI thread)."""
        return await self.writer.run(lambda c: _apply_snapshot_block(c, block))

    async def finish_snapshot(self, cursor: int, scope: list[str] | None = None) -> None:
        def job(c: Connections) -> None:
            with outbox.transaction(c.cache):
                replica.resume_indexes(c.cache)
                # the pulled balances include every loyalty change the server has confirmed
                c.cache.execute("DELETE FROM pending_loyalty WHERE confirmed = 1")
                set_state(c.cache, "cursor", str(cursor))
                set_state(c.cache, "scope", json.dumps(scope) if scope is not None else None)
                _reapply_pending(c, only_missing=False)
        await self.writer.run(job)

    async def scope(self) -> list[str] | None:
        """The stores whose rows the cache holds (this store, then its nearby stores), as the
        service last said; None if it never said."""
        def job(c: Connections) -> list[str] | None:
            value = get_state(c.cache, "scope")
            return json.loads(value) if value else None
        return await self.writer.run(job)

    async def start_over(self, *, clear: bool) -> None:
        """The store's scope changed: pull everything again from cursor 0 (``clear``: drop the
        server's rows now; a snapshot clears them itself). Queued changes stay queued."""
        def job(c: Connections) -> None:
            with outbox.transaction(c.cache):
                if clear:
                    replica.clear_replicated(c.cache)
                set_state(c.cache, "cursor", "0")
                set_state(c.cache, "scope", None)
        await self.writer.run(job)

    async def abort_snapshot(self) -> None:
        """A snapshot that failed part-way: build the indexes again over what arrived (the
        cursor stays 0, so the next sync starts a new snapshot), so the screens' reads stay
        indexed meanwhile."""
        def job(c: Connections) -> None:
            with outbox.transaction(c.cache):
                replica.resume_indexes(c.cache)
        await self.writer.run(job)

    async def set_states(self, values: dict[str, str | None]) -> None:
        def job(c: Connections) -> None:
            with outbox.transaction(c.cache):
                for k, v in values.items():
                    set_state(c.cache, k, v)
        await self.writer.run(job)

    async def resolve_id(self, temp_id: str) -> str | None:
        return await self.writer.run(lambda c: outbox.resolve_id(c.outbox, temp_id))

    async def status(self) -> dict[str, Any]:
        return await self.writer.run(_status)

    async def conflicts(self) -> list[outbox.Conflict]:
        return await self.writer.run(lambda c: outbox.conflicts(c.outbox))

    async def resolve_conflict(self, conflict_id: int) -> None:
        await self.writer.run(lambda c: outbox.resolve_conflict(c.outbox, conflict_id))


@dataclass
class SnapshotBlock:
    """What one block of snapshot lines held: rows per entity, and the end line if it came."""
    counts: Counter[str]
    rows: int
    end: Any = None


def _apply_snapshot_block(c: Connections, block: bytes) -> SnapshotBlock:
    lines = [line for line in block.split(b"\n") if line.strip()]
    end = None
    if lines and lines[-1].startswith(b'{"end"'):
        try:
            end = json.loads(lines.pop())
        except ValueError as exc:
            raise replica.MalformedChange("the snapshot's end line is not JSON") from exc
    if any(line.startswith(b'{"end"') for line in lines):
        raise replica.MalformedChange("rows after the snapshot's end line")
    try:
        rows = json.loads(b"[" + b",".join(lines) + b"]")
    except ValueError as exc:
        raise replica.MalformedChange("a snapshot line is not JSON") from exc
    batch = []
    counts: Counter[str] = Counter()
    for row in rows:
        entity, entity_id, data = (row.get("entity"), row.get("entity_id"), row.get("data")) \
            if isinstance(row, dict) else (None, None, None)
        if not isinstance(entity, str) or not isinstance(entity_id, str) or not isinstance(
                data, dict):
            raise replica.MalformedChange("a snapshot row without entity, id and data")
        batch.append((entity, entity_id, "upsert", data))
        counts[entity] += 1
    if batch:
        with outbox.transaction(c.cache):
            replica.apply_rows(c.cache, batch, fresh=True)
    return SnapshotBlock(counts, len(batch), end)


def _context(entry: outbox.Entry) -> local_effects.Context:
    return local_effects.Context(entry.mutation_id, entry.created_at, entry.staff_id,
                                 entry.store_id)


def _reapply_pending(c: Connections, *, only_missing: bool) -> int:
    """Re-apply the effects of queued mutations (all, or those the cache does not have)."""
    entries = outbox.pending(c.outbox)
    if only_missing:
        have = {r[0] for r in c.cache.execute("SELECT mutation_id FROM applied_mutations")}
        entries = [e for e in entries if e.mutation_id not in have]
    if not entries:
        return 0
    with outbox.transaction(c.cache):
        for entry in entries:
            local_effects.apply(c.cache, entry.type, _context(entry), entry.payload)
    return len(entries)


def _customer_name(conn: sqlite3.Connection, customer_id: str | None) -> str | None:
    if not customer_id:
        return None
    row = conn.execute("SELECT first_name || ' ' || last_name FROM customers "
                       "WHERE customer_id = ?", (customer_id,)).fetchone()
    return row[0] if row else None


def _settle(c: Connections, results: list[tuple[str, str, str | None, dict[str, str]]]) -> None:
    # Both files commit at the end (the cache first). If the app dies between the two commits
    # the entry is still pending in the outbox: it is re-applied at the next open, pushed again,
    # answered "already applied" with the same id map, and settles the same way. Idempotent.
    entries = {e.mutation_id: e for e in outbox.pending(c.outbox)}
    id_maps: dict[str, str] = {}
    with outbox.transaction(c.outbox), outbox.transaction(c.cache):
        for mutation_id, status, reason, id_map in results:
            entry = entries.get(mutation_id)
            if entry is None:
                continue  # already settled by an earlier answer
            if status in ("applied", "already_applied"):
                outbox.mark_applied(c.outbox, mutation_id, {"id_map": id_map})
                if id_map:
                    id_maps.update(id_map)
                    outbox.rewrite_ids(c.outbox, id_map)
                    local_effects.remap_ids(c.cache, id_map)
                local_effects.confirm(c.cache, mutation_id)
            else:
                name = _customer_name(c.cache, entry.payload.get("customer_id"))
                outbox.mark_rejected(
                    c.outbox, entry, reason or "The central service refused this change.",
                    conflict_advice.summary(entry.type, entry.payload, name),
                    conflict_advice.what_to_do(entry.type))
                local_effects.undo(c.cache, entry.type, mutation_id, entry.payload, entry.undo)
    if id_maps:
        log.info("remapped %d temporary ids", len(id_maps))


def _status(c: Connections) -> dict[str, Any]:
    return {
        "cursor": int(get_state(c.cache, "cursor") or 0),
        "last_sync_at": get_state(c.cache, "last_sync_at"),
        "last_sync_error": get_state(c.cache, "last_sync_error"),
        "store_id": get_state(c.cache, "store_id"),
        "pending": outbox.pending_count(c.outbox),
        "conflicts": len(outbox.conflicts(c.outbox)),
        "rows": replica.row_counts(c.cache),
    }
