"""One thread owns every write connection (the cache and the outbox) and runs write jobs in order.

One writer means no "database is locked" between our own threads; WAL lets readers (the GUI's
read connection, the headless status command) query while it works. Jobs are plain functions
``job(conns) -> result``; ``await writer.run(job)`` hands the result back on the asyncio loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import queue
import sqlite3
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from associate_app.cache import database
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

log = logging.getLogger(__name__)

T = TypeVar("T")

#: niceness of the writer thread: on a busy 2-core tablet the window's thread goes first
WRITER_NICENESS = 5


def _yield_to_the_window() -> None:
    """Run this thread at a lower scheduling priority (Linux schedules threads one by one).
    Bulk writes (a first sync) then never keep the GUI thread off a busy CPU; staff's own
    writes are tiny and barely notice. Elsewhere, or if refused, nothing changes."""
    if not hasattr(os, "setpriority") or not sys.platform.startswith("linux"):
        return
    try:
        # relative to the thread's own (a launcher may start the app niced already: an absolute
        # value would then raise the writer above the window)
        me = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, me,
                       min(19, os.getpriority(os.PRIO_PROCESS, me) + WRITER_NICENESS))
    except OSError as exc:
        log.debug("could not lower the cache writer's priority: %s", exc)


@dataclass
class Connections:
    cache: sqlite3.Connection
    outbox: sqlite3.Connection


_Job = tuple[Callable[[Connections], Any], concurrent.futures.Future]


class WriterStopped(RuntimeError):
    pass


#: on_error(exc, conns) -> the error to raise instead (or None): runs on the writer thread after
#: a job failed and was rolled back, so a damaged file can be dealt with before the next job
ErrorHook = Callable[[BaseException, Connections], BaseException | None]


class CacheWriter:
    def __init__(self, opener: Callable[[], Connections], *, name: str = "cache-writer",
                 on_error: ErrorHook | None = None) -> None:
        self._on_error = on_error
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._ready = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._main, args=(opener,), name=name, daemon=True)
        self._stopped = False
        self._thread.start()
        self.info = self._ready.result()  # re-raises what the opener raised

    def _main(self, opener: Callable[[], Connections]) -> None:
        _yield_to_the_window()
        try:
            conns = opener()
        except BaseException as exc:
            self._ready.set_exception(exc)
            return
        self._ready.set_result(getattr(conns, "info", None))
        try:
            while True:
                item = self._jobs.get()
                if item is None:
                    break
                job, future = item
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(job(conns))
                except BaseException as exc:
                    _rollback_if_open(conns)
                    future.set_exception(self._instead(exc, conns))
        finally:
            for conn in (conns.cache, conns.outbox):
                try:
                    conn.close()
                except Exception:
                    log.exception("closing a cache connection failed")

    def _instead(self, exc: BaseException, conns: Connections) -> BaseException:
        if self._on_error is None:
            return exc
        try:
            replacement = self._on_error(exc, conns)
        except Exception:
            log.exception("dealing with a failed cache job failed")
            return exc
        if replacement is None:
            return exc
        replacement.__cause__ = exc
        return replacement

    def submit(self, job: Callable[[Connections], T]) -> concurrent.futures.Future[T]:
        if self._stopped:
            raise WriterStopped(text(QT_TRANSLATE_NOOP("Messages", "The cache is closed.")))
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._jobs.put((job, future))
        return future

    def call(self, job: Callable[[Connections], T]) -> T:
        """Run ``job`` and wait for it (for threads that may block: CLI, tests)."""
        return self.submit(job).result()

    async def run(self, job: Callable[[Connections], T]) -> T:
        """Run ``job`` on the writer thread without blocking the event loop."""
        return await asyncio.wrap_future(self.submit(job))

    def close(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._jobs.put(None)
        self._thread.join(timeout=30)


def _rollback_if_open(conns: Connections) -> None:
    for conn in (conns.cache, conns.outbox):
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except (sqlite3.Error, database.Error):
                log.exception("rollback after a failed job failed")
