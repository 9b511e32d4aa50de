"""The changes feed under concurrent writers and readers (issue 16): no change is ever missed or
sent twice to a device that follows its cursor, whatever order the writers commit in.

Writers record changes in transactions that stay open a random while after taking their
sequence numbers (so, without care, a later number commits before an earlier one), under the
store's own scope and chain-wide (the feed reads each scope separately). Readers page through
the feed from cursor 0 the whole time, as devices do, and after the writers stop, read to the
end. Every reader must have seen every change exactly once.

Runs on the backend the suite runs on (``STORE_ASSOCIATE_TEST_DB``). On PostgreSQL a second
test shows the property failing on a naive cursor: sequence numbers handed out without the
service's write lock (so commits land out of order), and pages read without one snapshot.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from central_api import schema, storage, sync_feed
from central_api.changes import CHAIN_WIDE, record_change
from tests.support.central import drop_central_db, new_central_db, on_postgresql

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

WRITERS = 4
CHANGES_PER_WRITER = 40
READERS = 2
STORE = "S001"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[storage.Engine]:
    db = new_central_db(tmp_path)
    eng = storage.create_engine(db, pool_size=WRITERS + READERS + 2)
    schema.create_schema(eng)
    with eng.begin() as conn:  # one store: the feed looks up its nearby stores
        conn.execute(schema.stores.insert().values(
            store_id=STORE, name="Test store", city="London", address="1 High St",
            latitude=51.5, longitude=-0.12, enrolment_code_hash="0" * 64))
    try:
        yield eng
    finally:
        eng.dispose()
        drop_central_db(db)


def run_writers_and_readers(engine) -> tuple[set[str], list[Counter[str]]]:
    """(every entity id written, what each reader saw: entity id → times)."""
    written: set[str] = set()
    lock = threading.Lock()
    done = threading.Event()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        rng = random.Random(n)
        try:
            for i in range(CHANGES_PER_WRITER):
                entity_id = f"w{n}-{i}"
                scope = STORE if rng.random() < 0.5 else CHAIN_WIDE
                with engine.connect() as conn, conn.begin():
                    record_change(conn, scope, "customer", entity_id, "upsert")
                    time.sleep(rng.uniform(0, 0.01))  # the rest of a real transaction's work
                with lock:
                    written.add(entity_id)
        except BaseException as exc:  # noqa: BLE001 (reported by the main thread)
            errors.append(exc)

    def reader(seen: Counter[str]) -> None:
        cursor = 0
        try:
            while True:
                finished = done.is_set()  # read before the page: the last pass sees everything
                with engine.connect() as conn:
                    page = sync_feed.changes_page(conn, STORE, cursor, 7)
                for change in page.changes:
                    seen[change.entity_id] += 1
                cursor = page.next_cursor
                if finished and not page.has_more:
                    return
                if not page.changes:
                    time.sleep(0.002)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    seen_by = [Counter() for _ in range(READERS)]
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    readers = [threading.Thread(target=reader, args=(seen,)) for seen in seen_by]
    for t in readers + threads:
        t.start()
    for t in threads:
        t.join(120)
    done.set()
    for t in readers:
        t.join(120)
    assert not errors, errors
    return written, seen_by


def check_exactly_once(written: set[str], seen_by: list[Counter[str]]) -> None:
    assert len(written) == WRITERS * CHANGES_PER_WRITER
    for seen in seen_by:
        missed = written - set(seen)
        twice = {k: n for k, n in seen.items() if n > 1}
        assert not missed, f"a device following the feed missed {len(missed)} changes"
        assert not twice, f"a device was sent {len(twice)} changes twice"


def test_the_feed_sends_every_change_exactly_once_under_concurrent_writers(engine):
    check_exactly_once(*run_writers_and_readers(engine))


def test_a_page_is_read_in_one_snapshot_even_when_a_change_commits_between_its_reads(engine):
    """The feed reads the store's scope, then the chain-wide one. Two changes committed just
    between those reads (the store's, then a chain-wide one): the page must show both or
    neither, or its cursor would pass the store's change by for good."""
    with engine.begin() as conn:
        record_change(conn, STORE, "customer", "before", "upsert")
    reads = 0

    def commit_between(conn, cursor, statement, parameters, context, executemany):
        nonlocal reads
        if "FROM change_log" in statement and statement.lstrip().upper().startswith("SELECT") \
                and conn.info.get("reader"):
            reads += 1
            if reads == 1:  # after the page's first read of the log: another device writes
                with engine.connect() as other, other.begin():
                    record_change(other, STORE, "customer", "store-late", "upsert")
                with engine.connect() as other, other.begin():
                    record_change(other, CHAIN_WIDE, "customer", "chain-late", "upsert")

    sa.event.listen(engine, "after_cursor_execute", commit_between)
    try:
        with engine.connect() as conn:
            conn.info["reader"] = True
            page = sync_feed.changes_page(conn, STORE, 0, 100)
            conn.info.pop("reader")
    finally:
        sa.event.remove(engine, "after_cursor_execute", commit_between)
    first = [c.entity_id for c in page.changes]
    with engine.connect() as conn:
        rest = [c.entity_id for c in
                sync_feed.changes_page(conn, STORE, page.next_cursor, 100).changes]
    assert first[0] == "before"
    assert sorted(first[1:] + rest) == ["chain-late", "store-late"], (first, rest)


@pytest.mark.skipif(not on_postgresql(), reason="SQLite has one writer at a time by design: "
                    "its commits cannot come out of sequence order")
def test_a_naive_cursor_misses_changes_that_commit_late(engine, monkeypatch):
    """The same run without the write lock on the change log and without one snapshot per
    page: changes are missed (which proves the test above can see what it guards against)."""
    monkeypatch.setattr(storage, "serialise_changes", lambda conn: None)
    naive: Callable = sync_feed._changes_page
    monkeypatch.setattr(sync_feed, "changes_page",
                        lambda conn, store_id, cursor, limit: naive(conn, store_id, cursor, limit))
    with pytest.raises(AssertionError, match="missed"):
        check_exactly_once(*run_writers_and_readers(engine))
