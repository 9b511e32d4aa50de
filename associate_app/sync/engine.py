"""The sync engine: when to sync (start, every N seconds, on demand, when the link comes back,
soon after a local change), how to back off after failures, and what it tells the screens.

One sync = push (so the server sees our changes first) then pull. It never runs twice at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from associate_app.api import errors
from associate_app.api.client import CentralClient
from associate_app.cache import database
from associate_app.cache.local_store import CacheRebuilt, LocalStore
from associate_app.sync import pull as pull_mod
from associate_app.sync import push as push_mod
from associate_app.sync.connectivity import ConnectionState, Connectivity, Link
from associate_app.sync.loop_task import LoopTask
from store_contract.domain.recovery import Recovery, sentence
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

log = logging.getLogger(__name__)


@dataclass
class SyncSummary:
    ok: bool
    seconds: float
    cursor: int
    pulled_rows: int = 0
    pulled_entities: dict[str, int] = field(default_factory=dict)
    snapshot: bool = False
    pushed: int = 0
    rejected: int = 0
    pending: int = 0
    conflicts: int = 0
    error: str | None = None
    changed: set[str] = field(default_factory=set)
    rebuilt: Recovery | None = None  # the cache was found damaged during this sync and rebuilt
    revoked: bool = False  # the store removed this device: its data must be erased

    def as_json(self) -> dict:
        return {
            "ok": self.ok, "seconds": round(self.seconds, 3), "cursor": self.cursor,
            "pulled": {"rows": self.pulled_rows, "entities": self.pulled_entities,
                       "snapshot": self.snapshot},
            "pushed": {"mutations": self.pushed, "rejected": self.rejected},
            "pending": self.pending, "conflicts": self.conflicts, "error": self.error,
            "rebuilt": self.rebuilt.as_json() if self.rebuilt else None,
            "revoked": self.revoked,
        }


def backoff_delay(failures: int, *, base: float = 2.0, cap: float = 300.0,
                  rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: a random wait between half and all of the step, so
    devices that lost the link together do not all come back in the same second."""
    step = min(cap, base * (2 ** max(0, failures - 1)))
    return step * (0.5 + 0.5 * (rng or random).random())


class SyncEngine:
    def __init__(self, client: CentralClient, store: LocalStore, store_id: str, *,
                 connectivity: Connectivity | None = None, interval_s: float = 30.0,
                 use_snapshot: bool = True) -> None:
        self.client = client
        self.store = store
        self.store_id = store_id
        self.connectivity = connectivity
        self.interval_s = interval_s
        self.use_snapshot = use_snapshot
        self.failures = 0
        self.last: SyncSummary | None = None
        self.on_progress: list[Callable[[str, int, int | None], None]] = []
        self.on_finished: list[Callable[[SyncSummary], None]] = []
        self.on_started: list[Callable[[], None]] = []
        #: awaited before each sync (errors.ApiError from one fails the sync like any other)
        self.before_sync: list[Callable[[], Awaitable[None]]] = []
        #: whether the signed-in person may send changes (a support session only pulls: what
        #: others queued waits for them, and the pull still runs)
        self.may_push: Callable[[], bool] = lambda: True
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._loop_task = LoopTask(self._run, "the sync loop")
        if connectivity is not None:
            connectivity.subscribe(self._link_changed)
        self._last_link = Link.UNKNOWN

    # -- one sync ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """A sync is exchanging changes right now."""
        return self._lock.locked()

    async def sync_once(self) -> SyncSummary:
        async with self._lock:
            summary = await self._sync()
            if summary.rebuilt is not None:
                # the cache was found damaged and made anew: download the store's data now
                again = await self._sync()
                again.rebuilt = summary.rebuilt
                summary = again
            return summary

    async def _sync(self) -> SyncSummary:
        started = time.perf_counter()
        for cb in self.on_started:
            cb()
        if self.connectivity:
            self.connectivity.set_syncing(True)
        summary = SyncSummary(ok=False, seconds=0.0, cursor=0)
        try:
            for prepare in self.before_sync:  # e.g. a session token that needs refreshing
                await prepare()
            if await self.store.has_unsealed():
                # changes queued by an older version hold a code in clear: pull first, for the
                # service's key, which seals them; then they go in their place in the queue
                await pull_mod.pull(self.client, self.store, self.store_id,
                                    use_snapshot=self.use_snapshot, progress=self._progress)
            pushing = self.may_push()
            if pushing:
                pushed = await push_mod.push(self.client, self.store, self.store_id)
                summary.pushed, summary.rejected = pushed.pushed, pushed.rejected
            pulled = await pull_mod.pull(self.client, self.store, self.store_id,
                                         use_snapshot=self.use_snapshot,
                                         progress=self._progress)
            summary.pulled_rows = pulled.rows
            summary.pulled_entities = dict(pulled.entities)
            summary.snapshot = pulled.snapshot
            summary.changed = pulled.changed
            # changes made while we pulled go now rather than at the next tick
            if pushing:
                again = await push_mod.push(self.client, self.store, self.store_id)
                summary.pushed += again.pushed
                summary.rejected += again.rejected
            summary.ok = True
            self.failures = 0
            await self.store.set_states({"last_sync_at": datetime.now(UTC).isoformat(),
                                         **_error_states(None), "store_id": self.store_id})
        except errors.ApiError as exc:
            summary.error = exc.message  # (a Text when it was written as one)
            summary.revoked = isinstance(exc, errors.DeviceRevoked)
            self.failures += 1
            if self.connectivity:
                self.connectivity.report_failure(exc)
            await self.store.set_states(_error_states(exc.message))
        except CacheRebuilt as exc:
            summary.error = sentence(exc.recovery)
            summary.rebuilt = exc.recovery
        except (database.DatabaseError, sqlite3.DatabaseError) as exc:
            # not damage (quick_check passed) but the cache refused: a full disk, a read-only
            # folder. Say so; queued changes stay queued.
            log.exception("sync stopped by a cache error")
            summary.error = text(QT_TRANSLATE_NOOP(
                "Messages", "This device could not write its local data ({problem}). Check the "
                "disk has free space; changes waiting to sync are kept."), problem=str(exc))
            self.failures += 1
            with contextlib.suppress(database.Error, sqlite3.Error):
                await self.store.set_states(_error_states(summary.error))
        finally:
            if self.connectivity:
                self.connectivity.set_syncing(False)
        status = await self.store.status(rows=False)
        summary.cursor = status["cursor"]
        summary.pending = status["pending"]
        summary.conflicts = status["conflicts"]
        summary.seconds = time.perf_counter() - started
        self.last = summary
        if summary.ok:
            log.info("sync ok in %.2fs: pulled %d rows, pushed %d (%d rejected), cursor %d",
                     summary.seconds, summary.pulled_rows, summary.pushed, summary.rejected,
                     summary.cursor)
        else:
            log.warning("sync failed after %.2fs: %s", summary.seconds, summary.error)
        for cb in self.on_finished:
            cb(summary)
        return summary

    def _progress(self, stage: str, done: int, total: int | None) -> None:
        for cb in self.on_progress:
            cb(stage, done, total)

    # -- scheduling ----------------------------------------------------------------------------

    def request_sync(self) -> None:
        """Sync as soon as possible (Sync now, a local change, the link came back)."""
        self._wake.set()

    def _link_changed(self, state: ConnectionState) -> None:
        came_back = self._last_link is Link.OFFLINE and state.link is Link.ONLINE
        self._last_link = state.link
        if came_back:
            self.failures = 0
            self.request_sync()

    def start(self) -> None:
        self._loop_task.start()

    async def stop(self) -> None:
        await self._loop_task.stop()

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            try:
                await self.sync_once()
            except Exception:
                log.exception("sync failed unexpectedly")
                self.failures += 1
            delay = backoff_delay(self.failures) if self.failures else self.interval_s
            # asyncio.timeout, not wait_for: no inner task that a stop could leave never started
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await self._wake.wait()


def _error_states(error: str | None) -> dict[str, str | None]:
    """The last sync error as kept in the cache: English, and its Text's template and values
    (the status bar shows it in the person's language after a restart too)."""
    return {"last_sync_error": None if error is None else str(error),
            "last_sync_error_text": json.dumps(error.to_wire()) if isinstance(error, Text)
            else None}
