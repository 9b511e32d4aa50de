"""A real cache file holding given server rows, as a finished first sync leaves it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from associate_app.cache import outbox, replica
from associate_app.cache.local_store import LocalStore
from associate_app.cache.sync_state import set_state


@contextmanager
def synced_cache(data_dir: Path, rows: Iterable[tuple]) -> Iterator[sqlite3.Connection]:
    """``rows`` as ``(entity, entity_id, op, data)`` applied with a saved cursor; yields a
    read-only connection like the screens' reader thread has."""
    store = LocalStore(data_dir)
    rows = list(rows)

    def fill(c):
        with outbox.transaction(c.cache):
            replica.apply_rows(c.cache, rows)
            set_state(c.cache, "cursor", "1")  # as a finished first sync leaves it

    try:
        store.writer.call(fill)
        conn = store.reader()
        try:
            yield conn
        finally:
            conn.close()
    finally:
        store.close()
