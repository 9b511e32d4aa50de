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

from associate_app.cache.database import connect

T = TypeVar("T")


class CacheReader:
    def __init__(self, cache_path: Path) -> None:
        self.cache_path = cache_path
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="cache-reader")
        self._local = threading.local()
        self._closed = False

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = connect(self.cache_path, readonly=True)
        return conn

    def call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` on the reader thread and wait (CLI, tests)."""
        return self._executor.submit(lambda: fn(self._conn())).result()

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return await asyncio.wrap_future(self._executor.submit(lambda: fn(self._conn())))

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
