"""The device's local store: the cache file, the outbox file and the one writer thread.

Every screen and the sync engine go through this object. Writes run on the writer thread
(``await store.run(job)`` or the named methods); reads that a screen makes use a read-only
connection of their own (:meth:`LocalStore.reader`).

Opening it recovers from whatever the last run or the disk left behind, and always ends with a
usable store: a damaged cache is set aside and rebuilt, a damaged outbox salvaged, a missing
or replaced outbox refilled from the cache's copy of the queued intents, effects of queued
changes re-applied, settled entries past their audit period pruned. While it runs, an error
that points at damage is checked (``quick_check``) and a damaged cache rebuilt at once
(:class:`CacheRebuilt` tells the caller). Each recovery is recorded (``status()``
``recoveries``) and named in :attr:`LocalStore.info` for the window to tell the person.

Both files are encrypted with the data folder's key from the OS keychain, and the folder is
private to its user (:mod:`associate_app.cache.encryption`, which also says what happens on a
computer without a keychain); :attr:`LocalStore.protection` says what is protected.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import filelock
import keyring.backend

from associate_app.cache import (
    encryption,
    intents,
    local_effects,
    outbox,
    outbox_salvage,
    replica,
    stores,
)
from associate_app.cache.database import (
    CACHE_FILE,
    READ_ERRORS,
    Damaged,
    DatabaseError,
    Error,
    connect,
    encrypt_in_place,
    move_aside,
    open_cache,
    points_at_damage,
    quick_check,
    remove_unreadable,
)
from associate_app.cache.encryption import FileState, FolderKey, Protection
from associate_app.cache.reader import CacheReader
from associate_app.cache.sync_state import get_state, set_state
from associate_app.cache.writer import CacheWriter, Connections
from store_contract import sealing
from store_contract.domain import conflict_advice
from store_contract.domain.errors import InvalidInput
from store_contract.domain.recovery import Recovery, RecoveryKind, sentence
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text
from store_contract.payloads import validate
from store_contract.wire_sync import SealingKeyOut

log = logging.getLogger(__name__)

#: settled outbox entries past their audit period are pruned at open and this often after
PRUNE_EVERY_S = 3600.0


@dataclass(frozen=True)
class Recorded:
    mutation_id: str
    device_seq: int


@dataclass(frozen=True)
class OpenInfo:
    rebuilt_from: Path | None
    recovered: int  # queued mutations whose effect was re-applied after a crash
    recoveries: tuple[Recovery, ...] = ()  # what was repaired at this open, for the person
    pruned: int = 0  # settled outbox entries past their audit period, forgotten


class CacheRebuilt(DatabaseError):
    """The cache turned out damaged while in use: it was set aside and a fresh one made (the
    next sync downloads the store's data again; queued changes are kept)."""

    def __init__(self, recovery: Recovery) -> None:
        super().__init__(sentence(recovery))  # (recovery.reason: SQLite's words, for support)
        self.recovery = recovery


class StoreInUse(RuntimeError):
    """Another running app (or command) has this data folder open."""


LOCK_FILE = ".in-use.lock"


class LocalStore:
    def __init__(self, data_dir: Path, *,
                 keyring_backend: keyring.backend.KeyringBackend | None = None) -> None:
        self.data_dir = Path(data_dir)
        encryption.private_folder(self.data_dir)
        self.cache_path = self.data_dir / CACHE_FILE
        self.outbox_path = self.data_dir / outbox.OUTBOX_FILE
        #: recoveries made while the app runs (a cache found damaged in use), newest last
        self.runtime_recoveries: list[Recovery] = []
        self._pruned_at = time.monotonic()
        # One process at a time: opening repairs files (moves a damaged one aside), which must
        # never happen under another process that is writing them. The OS drops the lock when
        # a process dies, kill -9 included.
        self._lock = filelock.FileLock(self.data_dir / LOCK_FILE, timeout=0, mode=0o600,
                                       thread_local=False, fallback_to_soft=False)
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise StoreInUse(text(QT_TRANSLATE_NOOP(
                "Messages", "The app is already running with the data in {folder} (or a "
                "support command is using it). Close it first, or use that window."),
                folder=str(self.data_dir))) from None
        try:
            # what older versions left readable by others (files set aside, logs) becomes private
            encryption.tighten(self.data_dir)
            #: the folder's key (raises KeychainError, a sentence, when the keychain is locked)
            self.key: FolderKey = encryption.folder_key(self.data_dir, backend=keyring_backend)
            self._outbox_key: bytes | None = self.key.key if self.key.kept else None
            self._cache_key: bytes | None = self.key.key
            self.writer = CacheWriter(self._open, on_error=self._check_damage)
        except BaseException:
            self._lock.release()
            raise
        self.info: OpenInfo = self.writer.info
        #: the screens' reads, on a thread of their own (see cache/reader.py)
        self.reads = CacheReader(self.cache_path, on_damage=self._reader_saw_damage,
                                 key=self._cache_key)

    @property
    def protection(self) -> Protection:
        """What is encrypted at rest here, and a sentence when something is not."""
        return Protection(cache_encrypted=self._cache_key is not None,
                          outbox_encrypted=self._outbox_key is not None,
                          key_in_keychain=self.key.kept,
                          folder_private=encryption.folder_is_private(self.data_dir))

    def _prepare_files(self) -> str | None:
        """Bring both files to the encryption this open uses (writer thread, before opening
        them); returns why the outbox cannot be read, when its key is gone for good."""
        box_state = encryption.file_state(self.outbox_path)
        if box_state is FileState.ENCRYPTED and not self.key.kept and \
                encryption.outbox_marked_encrypted(self.data_dir):
            # its key is in a keychain this run cannot reach: touch nothing, say so
            raise encryption.DataKeyUnavailable(encryption.OUTBOX_LOCKED_AWAY_MESSAGE)
        cache_state = encryption.file_state(self.cache_path)
        if cache_state is FileState.ENCRYPTED and self.key.new:
            remove_unreadable(self.cache_path)  # made with a key no one holds any more
        elif cache_state is FileState.PLAIN:
            # (one that cannot be converted is damaged: it is set aside and rebuilt encrypted)
            self._encrypt(self.cache_path, self.key.key)
        lost_key = None
        if box_state is FileState.PLAIN and self._outbox_key is not None:
            self._encrypt(self.outbox_path, self._outbox_key)
        elif box_state is FileState.ENCRYPTED and self.key.new and self.key.kept:
            lost_key = ("it is encrypted with a key this computer's keychain does not hold (the "
                        "data was copied from elsewhere, or the keychain was reset)")
        return lost_key

    @staticmethod
    def _encrypt(path: Path, key: bytes) -> None:
        """Encrypt an older version's (or a keychain-less run's) plain file in place."""
        try:
            encrypt_in_place(path, key)
        except (*READ_ERRORS, OSError) as exc:
            # a damaged plain file is dealt with as before (set aside, salvaged); a busy one
            # is encrypted at the next start
            log.warning("could not encrypt %s now: %s", path.name, exc)

    def _open(self) -> Connections:
        lost_key = self._prepare_files()
        if encryption.file_state(self.cache_path) is FileState.PLAIN:
            # an older version's cache that could not be converted now (busy, full disk): read
            # as it is for this run, never taken for damage; the next start converts it
            self._cache_key = None
        result = open_cache(self.cache_path, self._cache_key)
        found: list[Recovery] = []
        if result.rebuilt_from is not None:
            found.append(Recovery(RecoveryKind.CACHE_REBUILT, outbox.now_iso(),
                                  result.reason or "unreadable", result.rebuilt_from.name))
        existed = self.outbox_path.exists()
        salvaged = None
        try:
            if lost_key is not None:
                raise Damaged(lost_key)
            if encryption.file_state(self.outbox_path) is FileState.PLAIN:
                self._outbox_key = None  # not converted (yet): opened as it is
            box = outbox.open_outbox(self.outbox_path, self._outbox_key)
        except READ_ERRORS as exc:
            if not points_at_damage(exc):
                result.conn.close()
                raise
            box, salvaged = outbox_salvage.salvage(self.outbox_path, str(exc),
                                                   self.key.key if self.key.kept else None)
            self._outbox_key = self.key.key if self.key.kept else None
        encryption.mark_outbox(self.data_dir, self._outbox_key is not None)
        conns = Connections(cache=result.conn, outbox=box)
        try:
            try:
                _seal_clear_secrets(conns)  # first: no copy of a clear secret is ever made
                found += _reconcile(conns, existed=existed, salvaged=salvaged)
                recovered = _reapply_pending(conns, only_missing=True)
            except READ_ERRORS as exc:
                # damage inside the cache that the cheap checks at open could not see
                problem = quick_check(conns.cache) if points_at_damage(exc) else None
                if problem is None:
                    raise
                found.append(_rebuild_cache(conns, self.cache_path, problem, self._cache_key))
                found += _reconcile(conns, existed=True, salvaged=salvaged)
                recovered = outbox.pending_count(box)
            _seal_clear_secrets(conns)
            pruned = outbox.prune_settled(box)
            for recovery in found:
                outbox.add_recovery(box, recovery)
        except BaseException:
            conns.cache.close()
            box.close()
            raise
        conns.info = OpenInfo(result.rebuilt_from, recovered,  # type: ignore[attr-defined]
                              tuple(found), pruned)
        return conns

    # -- damage found while running ------------------------------------------------------------

    def _check_damage(self, exc: BaseException, c: Connections) -> BaseException | None:
        """On the writer thread, after a job failed with ``exc``: if it points at damage and
        the cache fails ``quick_check``, rebuild the cache now; returns the error to raise."""
        if not points_at_damage(exc) or isinstance(exc, CacheRebuilt):
            return None
        problem = quick_check(c.cache)
        if problem is None:
            return None  # the cache is sound: the error came from elsewhere (the outbox?)
        recovery = _rebuild_cache(c, self.cache_path, problem, self._cache_key)
        outbox.add_recovery(c.outbox, recovery)
        self.runtime_recoveries.append(recovery)
        self.reads.reopen()
        return CacheRebuilt(recovery)

    def _reader_saw_damage(self, exc: BaseException) -> None:
        """A screen's read hit damage: have the writer check (and rebuild) the cache."""
        def job(c: Connections) -> None:
            problem = quick_check(c.cache)
            if problem is not None:
                recovery = _rebuild_cache(c, self.cache_path, problem, self._cache_key)
                outbox.add_recovery(c.outbox, recovery)
                self.runtime_recoveries.append(recovery)
                self.reads.reopen()
        with contextlib.suppress(RuntimeError):  # closing
            self.writer.submit(job)

    def close(self) -> None:
        try:
            self.reads.close()
            self.writer.close()
        finally:
            if self._lock.is_locked:
                self._lock.release()

    def reader(self) -> sqlite3.Connection:
        """A read-only connection to the cache for this thread's queries."""
        return connect(self.cache_path, readonly=True, key=self._cache_key)

    async def run(self, job):
        return await self.writer.run(job)

    # -- recording local changes ---------------------------------------------------------------

    def _record_job(self, type_: str, payload: dict[str, Any], staff_id: str | None,
                    store_id: str | None, secrets: dict[str, str] | None):
        mutation_id = uuid.uuid4().hex
        created_at = outbox.now_iso()
        if not secrets:
            payload = validate(type_, payload)  # raises InvalidInput before anything is written

        def job(c: Connections) -> Recorded:
            clean = payload
            if secrets:
                # sealed before anything is written: the outbox never sees the secret. Sealed
                # over the cleaned payload, as the service will see it
                stand_in = {sealing.SEALED_FIELDS[n]: _STAND_IN for n in secrets}
                pre = validate(type_, {**payload, **stand_in})
                clean = {**pre, **_sealed(c, secrets, mutation_id, type_, pre)}
            # A screen opened before a sync may still hold a temporary id the server has since
            # replaced: use the real one, so the local effect lands on the real record.
            clean = outbox.replace_resolved_ids(c.outbox, clean)
            before = local_effects.before_state(c.cache, type_, clean)
            # 1. the durable intent, committed on its own: from here on nothing is lost
            seq = outbox.enqueue(c.outbox, mutation_id, type_, clean, before, created_at,
                                 staff_id, store_id)
            # 2. the optimistic effect and the intent's second copy; a crash before this
            # commit is repaired at the next open
            entry = outbox.Entry(seq, mutation_id, type_, clean, before, created_at, staff_id,
                                 store_id, "pending", 0, None)
            with outbox.transaction(c.cache):
                local_effects.apply(c.cache, type_, _context(entry), clean)
                intents.keep(c.cache, entry)
            return Recorded(mutation_id, seq)

        return job

    async def record(self, type_: str, payload: dict[str, Any], *, staff_id: str | None,
                     store_id: str | None, secrets: dict[str, str] | None = None) -> Recorded:
        """Queue a change and apply its effect locally. Raises ``InvalidInput`` for bad input.

        ``secrets`` (``{"code": …}``, ``{"manager_pin": …}``) are sealed to the central service
        for this change only and go into the payload sealed; they are never written in clear."""
        return await self.writer.run(
            self._record_job(type_, payload, staff_id, store_id, secrets))

    def record_blocking(self, type_: str, payload: dict[str, Any], *, staff_id: str | None,
                        store_id: str | None, secrets: dict[str, str] | None = None) -> Recorded:
        return self.writer.call(self._record_job(type_, payload, staff_id, store_id, secrets))

    async def set_sealing_key(self, key: SealingKeyOut) -> None:
        """Keep the service's public key for sealing secrets (sent with every pull)."""
        def job(c: Connections) -> None:
            with outbox.transaction(c.cache):
                set_state(c.cache, "sealing_key", key.model_dump_json())
            _seal_clear_secrets(c)
        await self.writer.run(job)

    # -- what the sync engine calls ------------------------------------------------------------

    async def pending(self, limit: int) -> list[outbox.Entry]:
        return await self.writer.run(lambda c: outbox.pending(c.outbox, limit))

    async def has_unsealed(self) -> bool:
        """Does the queue hold a code or PIN in clear (queued by an older app version) that
        waits for the service's key to be sealed?"""
        return await self.writer.run(lambda c: outbox.unsealed_count(c.outbox) > 0)

    async def pending_count(self) -> int:
        return await self.writer.run(lambda c: outbox.pending_count(c.outbox))

    async def note_push_failed(self, mutation_ids: list[str], error: str) -> None:
        await self.writer.run(lambda c: outbox.note_attempt_failed(c.outbox, mutation_ids, error))

    async def settle(self, results: list[tuple[str, str, str | None, dict[str, str]]]) -> None:
        """Apply the server's answers: ``(mutation_id, status, reason, id_map)`` in push order."""
        await self.writer.run(lambda c: _settle(c, results))
        if time.monotonic() - self._pruned_at > PRUNE_EVERY_S:  # a counter runs for weeks
            self._pruned_at = time.monotonic()
            await self.writer.run(lambda c: outbox.prune_settled(c.outbox))

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

    async def status(self, *, rows: bool = True) -> dict[str, Any]:
        """The cache's state; ``rows=False`` leaves out the rows per entity (a count of every
        table: 0.15–0.2 s at a million customers, too slow for start-up and every sync)."""
        status = await self.writer.run(lambda c: _status(c, rows=rows))
        return {**status, "protection": self.protection.as_json()}

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


def _sealing_key(c: Connections) -> SealingKeyOut | None:
    text = get_state(c.cache, "sealing_key")
    return SealingKeyOut.model_validate_json(text) if text else None


#: what a sealed field holds while the payload around it is validated (never queued)
_STAND_IN = "hpke1.pending." + "A" * 43


def _sealed(c: Connections, secrets: dict[str, str], mutation_id: str,
            type_: str, payload: dict[str, Any]) -> dict[str, str]:
    key = _sealing_key(c)
    if key is None:
        name = next(iter(secrets))
        raise InvalidInput(name, text(QT_TRANSLATE_NOOP(
            "Messages", "This device has not received the central service's key for codes and "
            "PINs yet. Connect it to the network and sync once, then try again.")))
    sealing_key = sealing.SealingKey(key.key_id, key.public_key)
    return {sealing.SEALED_FIELDS[name]: sealing.seal(sealing_key, value, mutation_id=mutation_id,
                                                      type_=type_, field=name, payload=payload)
            for name, value in secrets.items()}


def _seal_clear_secrets(c: Connections) -> None:
    """Entries an older app version queued with a code or PIN in clear: seal them now (when the
    service's key is known), so no secret stays in the outbox while offline."""
    names = sorted(outbox.SECRET_FIELDS)
    rows = c.outbox.execute(
        "SELECT mutation_id, type, payload FROM outbox WHERE status = 'pending' AND ("
        + " OR ".join("payload LIKE ?" for _ in names) + ")",
        [f'%"{name}"%' for name in names]).fetchall()
    if not rows or _sealing_key(c) is None:
        return
    with outbox.transaction(c.outbox):
        for mutation_id, type_, text in rows:
            payload = json.loads(text)
            clear = {k: str(payload.pop(k)) for k in outbox.SECRET_FIELDS if k in payload}
            if not clear:
                continue
            payload.update(_sealed(c, clear, mutation_id, type_, payload))
            c.outbox.execute("UPDATE outbox SET payload = ? WHERE mutation_id = ?",
                             (json.dumps(payload), mutation_id))
    with outbox.transaction(c.cache):  # and the cache's copies of them, if any
        for mutation_id, _type, _text in rows:
            entry = outbox.get(c.outbox, mutation_id)
            if entry is not None and intents.has_copy(c.cache, mutation_id):
                intents.keep(c.cache, entry)
    log.info("sealed the secrets of %d queued changes of an older app version", len(rows))


def _reapply_pending(c: Connections, *, only_missing: bool) -> int:
    """Re-apply the effects of queued mutations (all, or those the cache does not have), with
    the cache's copy of each intent."""
    entries = outbox.pending(c.outbox)
    if only_missing:
        have = {r[0] for r in c.cache.execute(
            "SELECT mutation_id FROM applied_mutations WHERE intent IS NOT NULL")}
        entries = [e for e in entries if e.mutation_id not in have]
    if not entries:
        return 0
    with outbox.transaction(c.cache):
        for entry in entries:
            local_effects.apply(c.cache, entry.type, _context(entry), entry.payload)
            intents.keep(c.cache, entry)
    return len(entries)


def _reconcile(c: Connections, *, existed: bool,
               salvaged: outbox_salvage.Salvaged | None) -> list[Recovery]:
    """Make the outbox and the cache agree after anything happened to either file.

    Queued intents the cache holds a copy of but the outbox lacks (it went missing, was
    damaged, or was replaced by an old backup) are queued again with their own ids — the
    service applies each id once, so one already sent is answered "already applied". Copies of
    changes the outbox already settled are settled in the cache too. Effects of changes that
    neither file holds any more are taken back out (they would wait to sync for ever)."""
    box_id = outbox.outbox_id(c.outbox)
    known_id = get_state(c.cache, "outbox_id")
    status = dict(c.outbox.execute("SELECT mutation_id, status FROM outbox").fetchall())
    copies = intents.copies(c.cache)
    missing = [e for e in copies if e.mutation_id not in status]
    for entry in missing:
        outbox.enqueue(c.outbox, entry.mutation_id, entry.type, entry.payload, entry.undo,
                       entry.created_at, entry.staff_id, entry.store_id)
    settled = [e for e in copies if status.get(e.mutation_id) in ("applied", "rejected")]
    # Effects no file queues any more can only exist when the outbox lost entries (or this
    # cache never met this outbox): look for them then, not at every start (a full scan).
    suspect = salvaged is not None or known_id != box_id or bool(missing)
    orphans = (local_effects.orphans(c.cache, set(status) | {e.mutation_id for e in copies})
               if suspect else [])
    with outbox.transaction(c.cache):
        for entry in settled:
            if status[entry.mutation_id] == "applied":
                id_map = outbox.id_map_of(c.outbox, entry.mutation_id)
                if id_map:
                    local_effects.remap_ids(c.cache, id_map)
                local_effects.confirm(c.cache, entry.mutation_id)
            else:
                local_effects.undo(c.cache, entry.type, entry.mutation_id, entry.payload,
                                   entry.undo)
        for mutation_id, _label in orphans:
            local_effects.drop_orphan(c.cache, mutation_id)
        set_state(c.cache, "outbox_id", box_id)
    lost = [label for _, label in orphans]
    now = outbox.now_iso()
    if salvaged is not None:
        return [Recovery(RecoveryKind.OUTBOX_SALVAGED, now, salvaged.reason,
                         salvaged.moved_to.name, salvaged=len(salvaged.entries),
                         restored=len(missing), unreadable=len(salvaged.unreadable), lost=lost)]
    if known_id is not None and known_id != box_id:
        reason = ("the outbox file was missing" if not existed
                  else "the outbox file is not the one this device was using")
        return [Recovery(RecoveryKind.OUTBOX_REPLACED, now, reason, restored=len(missing),
                         lost=lost)]
    if missing or lost:
        return [Recovery(RecoveryKind.CHANGES_RESTORED, now,
                         "queued changes were missing from the outbox", restored=len(missing),
                         lost=lost)]
    return []


def _rebuild_cache(c: Connections, path: Path, problem: str, key: bytes | None) -> Recovery:
    """Set the damaged cache aside and start a fresh one in its place (writer thread)."""
    log.error("the cache %s is damaged (%s): moving it aside and rebuilding", path, problem)
    try:
        c.cache.close()
    except Error:
        log.exception("closing the damaged cache failed")
    moved = move_aside(path)
    c.cache = open_cache(path, key).conn
    _reapply_pending(c, only_missing=False)
    with outbox.transaction(c.cache):
        set_state(c.cache, "outbox_id", outbox.outbox_id(c.outbox))
    return Recovery(RecoveryKind.CACHE_REBUILT, outbox.now_iso(), problem, moved.name)


def _customer_name(conn: sqlite3.Connection, customer_id: str | None) -> str | None:
    if not customer_id:
        return None
    row = conn.execute("SELECT first_name || ' ' || last_name FROM customers "
                       "WHERE customer_id = ?", (customer_id,)).fetchone()
    return row[0] if row else None


def _settle(c: Connections, results: list[tuple[str, str, str | None, dict[str, str]]]) -> None:
    # (a reason is a Text when the service sent its template: the conflict keeps it)
    # Both files commit at the end, the outbox first. If the app dies between the two commits,
    # the outbox says settled while the cache still shows the change pending with its copy:
    # the next open settles the cache from the outbox (_reconcile), remapping ids as here. (The
    # other order would leave a change pending in the outbox whose effect the cache has already
    # folded into the server's version: re-applied at open, a pick would count twice.)
    entries = {e.mutation_id: e for e in outbox.pending(c.outbox)}
    id_maps: dict[str, str] = {}
    with outbox.transaction(c.cache), outbox.transaction(c.outbox):
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
                    c.outbox, entry, reason or text(QT_TRANSLATE_NOOP(
                        "Messages", "The central service refused this change.")),
                    conflict_advice.summary(entry.type, entry.payload, name,
                                            stores.currency_of(c.cache, entry.store_id)),
                    conflict_advice.what_to_do(entry.type))
                local_effects.undo(c.cache, entry.type, mutation_id, entry.payload, entry.undo)
    if id_maps:
        log.info("remapped %d temporary ids", len(id_maps))


def read_status(data_dir: Path) -> dict[str, Any]:
    """The status of a data folder another process has open: read-only, no repair.

    Without a keychain the cache's key lives only in the process that has it open, so what
    the cache holds is then unknown here (None); the outbox (in clear then) still says what
    waits to sync."""
    folder = Path(data_dir)
    key = encryption.folder_key(folder, create=False)
    box = connect(folder / outbox.OUTBOX_FILE, readonly=True)
    try:
        try:
            cache = connect(folder / CACHE_FILE, readonly=True)
        except encryption.NoKeyForData:
            cache = None
        try:
            status = _status(Connections(cache=cache, outbox=box))  # type: ignore[arg-type]
        finally:
            if cache is not None:
                cache.close()
    finally:
        box.close()
    protection = Protection(
        cache_encrypted=encryption.file_state(folder / CACHE_FILE) is FileState.ENCRYPTED,
        outbox_encrypted=encryption.file_state(
            folder / outbox.OUTBOX_FILE) is FileState.ENCRYPTED,
        key_in_keychain=key is not None and key.kept,
        folder_private=encryption.folder_is_private(folder))
    return {**status, "protection": protection.as_json(), "in_use": True}


def _last_sync_error(cache: sqlite3.Connection) -> str | None:
    """The last sync error: a Text when it was kept as one (see sync/engine.py), else English."""
    english = get_state(cache, "last_sync_error")
    kept = get_state(cache, "last_sync_error_text")
    if english is None or not kept:
        return english
    try:
        return Text.from_wire(json.loads(kept)) or english
    except ValueError:
        return english


def _status(c: Connections, *, rows: bool = True) -> dict[str, Any]:
    cache = c.cache
    return {
        "cursor": int(get_state(cache, "cursor") or 0) if cache is not None else None,
        "last_sync_at": get_state(cache, "last_sync_at") if cache is not None else None,
        "last_sync_error": _last_sync_error(cache) if cache is not None else None,
        "store_id": get_state(cache, "store_id") if cache is not None else None,
        "pending": outbox.pending_count(c.outbox),
        "conflicts": len(outbox.conflicts(c.outbox)),
        "rows": replica.row_counts(cache) if cache is not None and rows else {},
        "recoveries": [r.as_json() for r in outbox.recoveries(c.outbox, limit=5)],
    }
