"""Reads for the screens, off the GUI thread: one thread with its own read-only connection.

Searches and customer pages are small, indexed queries, but even a few milliseconds add up on
a tablet; here they never stall the window. Requests run one at a time, in order.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from associate_app.cache.database import FOLDER_KEY, READ_ERRORS, connect, points_at_damage

T = TypeVar("T")


class CacheReader:
    def __init__(self, cache_path: Path, *,
                 on_damage: Callable[[BaseException], None] | None = None,
                 key: bytes | None = FOLDER_KEY) -> None:
        self.cache_path = cache_path
        self._key = key  # the data folder's key (see cache/encryption.py)
        #: told when a read fails in a way that points at a damaged file (the store checks it)
        self.on_damage = on_damage
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="cache-reader")
        self._local = threading.local()
        self._closed = False

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = connect(self.cache_path, readonly=True, key=self._key)
        return conn

    def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        try:
            return fn(self._conn())
        except READ_ERRORS as exc:
            if self.on_damage is not None and points_at_damage(exc):
                self.on_damage(exc)
            raise

    def call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` on the reader thread and wait (CLI, tests)."""
        return self._executor.submit(self._read, fn).result()

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return await asyncio.wrap_future(self._executor.submit(self._read, fn))

    def reopen(self) -> None:
        """The cache file was replaced (a rebuild): reads after this one use the new file."""
        def drop() -> None:
            conn = getattr(self._local, "conn", None)
            self._local.conn = None
            if conn is not None:
                conn.close()
        if not self._closed:
            self._executor.submit(drop)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True

        def shut() -> None:
            conn = getattr(self._local, "conn", None)
            if conn is not None:
                conn.close()
                self._local.conn = None

        try:
            self._executor.submit(shut).result(timeout=10)
        finally:
            self._executor.shutdown(wait=True)
