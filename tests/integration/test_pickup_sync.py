"""Click-and-collect through the real service: the store picks, stages, readies and hands over
offline, and it all lands once the link is back; the service cancels an order the store is
picking offline, and the store is told to put the items back."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
import sqlalchemy as sa

from associate_app.cache import local_store
from associate_app.cache.database import Row
from associate_app.cache.local_store import LocalStore
from associate_app.sync.engine import SyncEngine
from central_api import mutations, storage
from central_api.hashing import demo_pickup_code
from central_api.schema import inventory, notifications, order_lines, orders
from store_contract.domain import pickup
from store_contract.domain.mutation_types import MutationType as T
from tests.support.faults import FaultyTransport
from tests.support.sync_harness import signed_in_client

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


def run(coro):
    return asyncio.run(coro)


def new_order_with_lines(conn: sqlite3.Connection) -> tuple[str, list[dict]]:
    """A new order in the device's cache, with its lines and their products' barcodes."""
    conn.row_factory = Row
    order_id = conn.execute(
        "SELECT o.order_id FROM orders o WHERE o.status = 'new' AND o.store_id = 'S001' "
        "AND (SELECT sum(qty_ordered) FROM order_lines l WHERE l.order_id = o.order_id) >= 2 "
        "ORDER BY o.order_id LIMIT 1").fetchone()[0]
    return order_id, lines_of(conn, order_id)


def lines_of(conn: sqlite3.Connection, order_id: str) -> list[dict]:
    conn.row_factory = Row
    return [dict(r) for r in conn.execute(
        "SELECT l.*, p.ean13, p.allows_substitution FROM order_lines l "
        "JOIN products p USING (product_id) WHERE l.order_id = ? ORDER BY l.line_id",
        (order_id,))]


def products_by_ean(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT ean13, product_id FROM products"))


async def scan(store: LocalStore, order_id: str, code: str, *, allow_subs: bool = True
               ) -> pickup.PickDecision:
    """What the Pickups screen does with a scan: decide from the cache, queue if accepted."""
    reader = store.reader()
    try:
        decision = pickup.scan_for_line(lines_of(reader, order_id), code,
                                        products_by_ean(reader), allow_subs)
    finally:
        reader.close()
    if decision.accepted:
        await store.record(decision.mutation_type, decision.payload(order_id),
                           staff_id="A1001", store_id="S001")
    return decision


def test_an_order_picked_readied_and_handed_over_offline_lands_once_the_link_is_back(
        fresh_central, tmp_path):
    url, db = fresh_central
    network = FaultyTransport()

    async def story():
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        engine = SyncEngine(client, store, "S001")
        try:
            assert (await engine.sync_once()).ok
            reader = store.reader()
            order_id, lines = new_order_with_lines(reader)
            network.offline = True  # the back room has no signal

            await store.record(T.ORDER_START_PICKING, {"order_id": order_id},
                               staff_id="A1001", store_id="S001")
            for line in lines:
                for _ in range(line["qty_ordered"]):
                    assert (await scan(store, order_id, line["ean13"])).kind == "pick"
            over = await scan(store, order_id, lines[0]["ean13"])
            assert over.kind == "over_pick"  # refused on the device, nothing queued
            assert all(x["qty_picked"] == x["qty_ordered"] for x in lines_of(reader, order_id))

            # a pull re-applies queued changes: a scan is never counted twice
            for _ in range(2):
                await store.run(lambda c: local_store._reapply_pending(c, only_missing=False))
            assert all(x["qty_picked"] == x["qty_ordered"] for x in lines_of(reader, order_id))

            await store.record(T.ORDER_STAGE, {"order_id": order_id, "location": "SHELF-B3"},
                               staff_id="A1001", store_id="S001")
            await store.record(T.ORDER_MARK_READY, {"order_id": order_id},
                               staff_id="A1001", store_id="S001")
            salt, code_hash, status = reader.execute(
                "SELECT pickup_code_salt, pickup_code_hash, status FROM orders "
                "WHERE order_id = ?", (order_id,)).fetchone()
            assert status == "ready_for_pickup"
            code = pickup.format_code(demo_pickup_code(order_id))
            assert not pickup.verify_code("ABCD-2345", salt, code_hash)  # checked offline
            assert pickup.verify_code(code, salt, code_hash)
            await store.record(T.ORDER_HANDOVER, {"order_id": order_id},
                               staff_id="A1001", store_id="S001", secrets={"code": code})
            assert reader.execute("SELECT status FROM orders WHERE order_id = ?",
                                  (order_id,)).fetchone()[0] == "collected"
            assert reader.execute("SELECT count(*) FROM order_pending WHERE payload LIKE ?",
                                  (f"%{demo_pickup_code(order_id)}%",)).fetchone()[0] == 0

            failed = await engine.sync_once()
            assert not failed.ok
            network.offline = False
            summary = await engine.sync_once()
            assert summary.ok and summary.rejected == 0, summary
            assert summary.pending == 0 and summary.conflicts == 0
            row = reader.execute("SELECT status, pending_mutation_id FROM orders "
                                 "WHERE order_id = ?", (order_id,)).fetchone()
            assert tuple(row) == ("collected", None)
            assert reader.execute("SELECT count(*) FROM order_base").fetchone()[0] == 0
            assert reader.execute("SELECT count(*) FROM order_pending").fetchone()[0] == 0
            cached_notes = [r[0] for r in reader.execute(
                "SELECT template FROM notifications WHERE order_id = ?", (order_id,))]
            assert "order_ready" in cached_notes  # on the customer's timeline, on the device
            reader.close()
            return order_id, lines
        finally:
            store.close()
            await client.aclose()

    order_id, lines = run(story())
    engine = storage.create_engine(db)
    with engine.connect() as conn:
        assert conn.execute(sa.select(orders.c.status).where(
            orders.c.order_id == order_id)).scalar_one() == "collected"
        picked = conn.execute(sa.select(order_lines.c.qty_picked).where(
            order_lines.c.order_id == order_id).order_by(order_lines.c.line_id)).scalars().all()
        assert picked == [x["qty_ordered"] for x in lines]
        assert conn.execute(sa.select(sa.func.count()).select_from(notifications).where(
            notifications.c.order_id == order_id,
            notifications.c.template == "order_ready")).scalar_one() == 1
        reserved = conn.execute(sa.select(inventory.c.reserved).where(
            inventory.c.store_id == "S001",
            inventory.c.product_id == lines[0]["product_id"])).scalar_one()
        assert reserved >= 0
    engine.dispose()


def test_an_order_cancelled_by_the_service_while_picked_offline_is_undone_and_explained(
        fresh_central, tmp_path):
    url, db = fresh_central
    network = FaultyTransport()

    async def story():
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        engine = SyncEngine(client, store, "S001")
        try:
            assert (await engine.sync_once()).ok
            reader = store.reader()
            order_id, lines = new_order_with_lines(reader)
            network.offline = True
            await store.record(T.ORDER_START_PICKING, {"order_id": order_id},
                               staff_id="A1001", store_id="S001")
            assert (await scan(store, order_id, lines[0]["ean13"])).kind == "pick"
            assert lines_of(reader, order_id)[0]["qty_picked"] == 1

            # meanwhile the customer cancels online
            server = storage.create_engine(db)
            with server.begin() as conn:
                mutations.cancel_order(conn, order_id, "customer cancelled online")
            server.dispose()

            network.offline = False
            summary = await engine.sync_once()
            assert summary.ok and summary.rejected == 2 and summary.conflicts == 2
            status, marker = reader.execute(
                "SELECT status, pending_mutation_id FROM orders WHERE order_id = ?",
                (order_id,)).fetchone()
            assert (status, marker) == ("cancelled", None)
            assert all(x["qty_picked"] == 0 for x in lines_of(reader, order_id))
            assert reader.execute("SELECT count(*) FROM order_pending").fetchone()[0] == 0
            conflicts = await store.conflicts()
            reader.close()
            return order_id, conflicts
        finally:
            store.close()
            await client.aclose()

    order_id, conflicts = run(story())
    assert {c.type for c in conflicts} == {T.ORDER_START_PICKING, T.ORDER_PICK_LINE}
    for conflict in conflicts:
        assert "was cancelled by the central service (customer cancelled online)" in \
            conflict.reason
        assert conflict.what_to_do.startswith("Put the picked items back on the shelf")
        assert order_id in conflict.summary


def test_a_rejected_handover_is_undone_exactly_and_the_wrong_code_is_counted(
        fresh_central, tmp_path):
    url, db = fresh_central

    async def story():
        client = await signed_in_client(url)
        store = LocalStore(tmp_path / "device")
        engine = SyncEngine(client, store, "S001")
        try:
            assert (await engine.sync_once()).ok
            reader = store.reader()
            order_id = reader.execute(
                "SELECT order_id FROM orders WHERE status = 'ready_for_pickup' AND "
                "store_id = 'S001' AND pickup_expires_at > ? ORDER BY order_id LIMIT 1",
                (pickup.as_datetime("2000-01-01").isoformat(),)).fetchone()[0]
            before = reader.execute("SELECT status, staging_location FROM orders "
                                    "WHERE order_id = ?", (order_id,)).fetchone()
            # the device failed to check the code (say, a cache without the hash): the
            # service is the last word
            await store.record(T.ORDER_STAGE, {"order_id": order_id, "location": "SHELF-Z9"},
                               staff_id="A1001", store_id="S001")
            await store.record(T.ORDER_HANDOVER, {"order_id": order_id},
                               staff_id="A1001", store_id="S001", secrets={"code": "ABCD2345"})
            assert reader.execute("SELECT status FROM orders WHERE order_id = ?",
                                  (order_id,)).fetchone()[0] == "collected"
            summary = await engine.sync_once()
            assert summary.ok and summary.rejected == 1
            after = reader.execute("SELECT status, staging_location, pending_mutation_id "
                                   "FROM orders WHERE order_id = ?", (order_id,)).fetchone()
            assert tuple(after) == (before[0], "SHELF-Z9", None)
            conflict = (await store.conflicts())[0]
            assert "That code is wrong" in conflict.reason
            assert "ABCD2345" not in str(conflict.payload)  # never kept in clear
            reader.close()
            return order_id
        finally:
            store.close()
            await client.aclose()

    order_id = run(story())
    engine = storage.create_engine(db)
    with engine.connect() as conn:
        assert conn.execute(sa.select(orders.c.failed_code_attempts).where(
            orders.c.order_id == order_id)).scalar_one() == 1
    engine.dispose()


class _DiesAtSecondCommit:
    """A connection of a process killed between the first and the second commit of a job,
    whichever file commits first (what the second held is rolled back, as a crash leaves it)."""

    def __init__(self, conn, commits: list[int]) -> None:
        self._conn = conn
        self._commits = commits

    def execute(self, sql, *args):
        if sql == "COMMIT":
            self._commits.append(1)
            if len(self._commits) == 2:
                raise KeyboardInterrupt("killed between the two files' commits")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_crash_between_the_two_commits_of_a_settle_never_counts_a_pick_twice(
        fresh_central, tmp_path):
    url, _ = fresh_central
    device = tmp_path / "device"

    async def story():
        client = await signed_in_client(url)
        store = LocalStore(device)
        try:
            assert (await SyncEngine(client, store, "S001").sync_once()).ok
            reader = store.reader()
            order_id, lines = new_order_with_lines(reader)
            reader.close()
            await store.record(T.ORDER_START_PICKING, {"order_id": order_id},
                               staff_id="A1001", store_id="S001")
            assert (await scan(store, order_id, lines[0]["ean13"])).accepted
            answered = [(e.mutation_id, "applied", None, {}) for e in await store.pending(10)]

            def settle_and_die(c):
                real = c.cache, c.outbox
                commits: list[int] = []
                c.cache = _DiesAtSecondCommit(real[0], commits)
                c.outbox = _DiesAtSecondCommit(real[1], commits)
                try:
                    local_store._settle(c, answered)
                finally:
                    c.cache, c.outbox = real
            with pytest.raises(KeyboardInterrupt):
                await store.run(settle_and_die)
        finally:
            store.close()
            await client.aclose()
        store = LocalStore(device)  # the next start
        try:
            picked = store.reads.call(lambda c: c.execute(
                "SELECT qty_picked FROM order_lines WHERE line_id = ?",
                (lines[0]["line_id"],)).fetchone()[0])
            status = await store.status()
        finally:
            store.close()
        assert picked == 1  # not 2: the settled pick is in the base once
        assert status["pending"] == 0

    run(story())
