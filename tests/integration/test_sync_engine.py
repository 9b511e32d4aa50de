"""The sync engine against the real central service on loopback: first sync, deltas,
tombstones, offline changes, rejections, temporary ids, and a misbehaving network."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa

from associate_app.cache import outbox
from associate_app.cache.local_store import LocalStore
from associate_app.sync import pull
from associate_app.sync.engine import SyncEngine
from central_api import changes as server_changes
from central_api import storage
from store_contract.domain.mutation_types import MutationType, new_temp_id
from tests.support.cache_files import open_file
from tests.support.faults import FRAGMENT, FaultyTransport
from tests.support.sync_harness import (
    dump,
    full_pull_dump,
    record_a_redemption_the_service_refuses,
    scalar,
    signed_in_client,
)

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


def run(coro):
    return asyncio.run(coro)


def test_a_first_sync_by_snapshot_equals_the_servers_store_scope(fresh_central, tmp_path):
    url, _ = fresh_central

    async def story():
        client = await signed_in_client(url)
        store = LocalStore(tmp_path / "device")
        try:
            summary = await SyncEngine(client, store, "S001").sync_once()
            assert summary.ok, summary.error
            assert summary.snapshot and summary.pulled_rows > 0
            assert summary.pulled_entities["customer"] > 0
            return store.cache_path
        finally:
            store.close()
            await client.aclose()

    cache = run(story())
    expected = run(full_pull_dump(url, "S001", tmp_path / "reference"))
    assert dump(cache) == expected
    assert expected["customers"] and expected["orders"] and expected["products"]


def indexes(cache) -> set[tuple[str, str]]:
    conn = open_file(cache, readonly=True)
    try:
        return set(conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger')"))
    finally:
        conn.close()


def test_a_snapshot_arriving_in_odd_pieces_gives_the_same_cache_with_every_index(
        fresh_central, tmp_path, monkeypatch):
    """Blocks are cut at line ends wherever the bytes happen to stop; the indexes dropped for
    the bulk load are all back afterwards, and customer search finds the loaded customers."""
    url, _ = fresh_central
    monkeypatch.setattr(pull, "SNAPSHOT_BLOCK", 5000)  # many blocks, lines cut across pieces
    empty = LocalStore(tmp_path / "empty")
    empty.close()

    async def story():
        transport = FaultyTransport(
            lambda r: FRAGMENT if r.url.path.endswith("/snapshot") else "ok")
        client = await signed_in_client(url, transport=transport)
        store = LocalStore(tmp_path / "device")
        try:
            summary = await SyncEngine(client, store, "S001").sync_once()
            assert summary.ok, summary.error
            assert summary.snapshot
            assert (FRAGMENT in {fault for _, fault in transport.seen})
            return store.cache_path
        finally:
            store.close()
            await client.aclose()

    cache = run(story())
    assert dump(cache) == run(full_pull_dump(url, "S001", tmp_path / "reference"))
    assert indexes(cache) == indexes(empty.cache_path)
    conn = open_file(cache)
    try:
        customers = scalar(conn, "SELECT count(*) FROM customers")
        assert scalar(conn, "SELECT count(*) FROM customers_fts") == customers > 0
        plan = " ".join(r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM orders WHERE store_id = 'S001' AND status = 'ready'"))
        assert "ix_orders_store_status" in plan
        assert scalar(conn, "SELECT count(*) FROM sync_state WHERE key = 'suspended_indexes'") == 0
    finally:
        conn.close()


def test_a_snapshot_cut_off_part_way_leaves_the_indexes_whole_and_the_screens_waiting(
        fresh_central, tmp_path, monkeypatch):
    """No restart needed: the indexes dropped for the bulk load are built again over what
    arrived, and the screens say the store's data is on its way (not "0 orders") until a
    first sync finishes."""
    from datetime import UTC, datetime

    from associate_app.cache import pickups
    from associate_app.dashboard_service import read_dashboard

    url, _ = fresh_central
    monkeypatch.setattr(pull, "SNAPSHOT_BLOCK", 5000)
    empty = LocalStore(tmp_path / "empty")
    empty.close()
    faults = iter(["truncate"])

    def plan(request):
        return next(faults, "ok") if request.url.path.endswith("/snapshot") else "ok"

    async def story():
        client = await signed_in_client(url, transport=FaultyTransport(plan))
        store = LocalStore(tmp_path / "device")
        now = datetime.now(UTC)
        try:
            failed = await SyncEngine(client, store, "S001").sync_once()
            assert not failed.ok and failed.error
            assert await store.cursor() == 0
            assert indexes(store.cache_path) == indexes(empty.cache_path)
            some_rows = store.reads.call(lambda c: scalar(c, "SELECT count(*) FROM stores"))
            assert some_rows > 0  # what arrived is there, but not shown as the store's data
            assert store.reads.call(lambda c: pickups.group_counts(c, "S001", now)) == \
                dict.fromkeys(pickups.GROUPS, 0)
            assert not store.reads.call(lambda c: read_dashboard(c, "S001", "7d", now)).has_data
            done = await SyncEngine(client, store, "S001").sync_once()
            assert done.ok and done.snapshot, done.error
            assert sum(store.reads.call(lambda c: pickups.group_counts(c, "S001", now))
                       .values()) > 0
            assert store.reads.call(lambda c: read_dashboard(c, "S001", "7d", now)).has_data
            return store.cache_path
        finally:
            store.close()
            await client.aclose()

    cache = run(story())
    assert indexes(cache) == indexes(empty.cache_path)


def open_stores_near_s001_and_move_s003_away(db) -> list[str]:
    """Five new stores within a few km of S001 (with stock), S003 moved 500 km off: S001's
    nearby stores become the new ones and S002, and S003's stock leaves S001's scope."""
    from central_api.schema import inventory, products, stores

    engine = storage.create_engine(db)
    new = [f"S10{i}" for i in range(5)]
    with engine.begin() as c:
        s001 = c.execute(sa.select(stores).where(stores.c.store_id == "S001")).one()
        some = list(c.execute(sa.select(products.c.product_id).limit(3)).scalars())
        for i, sid in enumerate(new):
            c.execute(stores.insert().values(
                store_id=sid, name=f"Pop-up {i}", city=s001.city, address=f"{i} High St",
                # (rounded: SQLite's JSON writes 15 significant digits, Python's 17)
                latitude=round(s001.latitude + 0.01 * (i + 1), 4), longitude=s001.longitude,
                timezone=s001.timezone, enrolment_code_hash=f"{i:064d}"))
            server_changes.record_change(c, "*", "store", sid, "upsert")
            for pid in some:
                c.execute(inventory.insert().values(store_id=sid, product_id=pid, on_hand=7,
                                                    reserved=0))
                server_changes.record_change(c, sid, "inventory", f"{sid}:{pid}", "upsert")
        c.execute(stores.update().where(stores.c.store_id == "S003")
                  .values(latitude=s001.latitude + 4.5))
        server_changes.record_change(c, "*", "store", "S003", "upsert")
    engine.dispose()
    return new


@pytest.mark.parametrize("use_snapshot", [True, False], ids=["snapshot", "feed"])
def test_when_the_nearby_stores_change_the_device_downloads_its_scope_again(
        fresh_central, tmp_path, use_snapshot):
    """The feed cannot say which rows left a store's scope; the scope it states can. A device
    whose scope changed pulls everything again: the new stores' stock arrives, the store that
    moved away leaves, and a change queued offline meanwhile survives."""
    url, db = fresh_central
    device = tmp_path / "device"

    async def sync(*, note: bool = False):
        client = await signed_in_client(url)
        store = LocalStore(device)
        try:
            if note:
                customer = store.reads.call(
                    lambda c: scalar(c, "SELECT customer_id FROM customers LIMIT 1"))
                await store.record(MutationType.NOTE_ADD, {
                    "interaction_id": new_temp_id(), "customer_id": customer,
                    "body": "asked about the pop-up stores"}, staff_id="A1001", store_id="S001")
            summary = await SyncEngine(client, store, "S001", use_snapshot=use_snapshot
                                       ).sync_once()
            return summary, await store.scope()
        finally:
            store.close()
            await client.aclose()

    def stocked_stores() -> set[str]:
        conn = open_file(device / "cache.sqlite3")
        try:
            return {r[0] for r in conn.execute("SELECT DISTINCT store_id FROM inventory")}
        finally:
            conn.close()

    first, scope = run(sync())
    assert first.ok and first.snapshot == use_snapshot and scope == ["S001", "S002", "S003"]
    assert stocked_stores() == {"S001", "S002", "S003"}

    new = open_stores_near_s001_and_move_s003_away(db)
    again, scope = run(sync(note=True))
    assert again.ok, again.error
    assert again.snapshot == use_snapshot  # either way everything was pulled again:
    assert again.pulled_rows > first.pulled_rows / 2
    assert scope[0] == "S001" and set(scope[1:]) == {*new, "S002"}
    assert stocked_stores() == {"S001", "S002", *new}
    assert again.pushed == 1 and again.pending == 0
    assert run(full_pull_dump(url, "S001", tmp_path / "reference")) == dump(
        device / "cache.sqlite3")
    steady, _ = run(sync())
    assert steady.ok and not steady.snapshot and steady.pulled_rows == 0


def test_delta_sync_brings_changes_and_tombstones(fresh_central, tmp_path):
    url, db = fresh_central
    device = tmp_path / "device"

    async def sync():
        client = await signed_in_client(url)
        store = LocalStore(device)
        try:
            return await SyncEngine(client, store, "S001").sync_once()
        finally:
            store.close()
            await client.aclose()

    assert run(sync()).ok
    conn = open_file(device / "cache.sqlite3")
    product_id, name = conn.execute("SELECT product_id, name FROM products LIMIT 1").fetchone()
    wish = conn.execute("SELECT item_id, customer_id FROM wishlist_items LIMIT 1").fetchone()
    conn.close()
    engine = storage.create_engine(db)
    from central_api.schema import products, wishlist_items
    with engine.begin() as c:
        c.execute(products.update().where(products.c.product_id == product_id)
                  .values(name="Renamed on the server"))
        server_changes.record_change(c, "*", "product", product_id, "upsert")
        c.execute(wishlist_items.delete().where(wishlist_items.c.item_id == wish[0]))
        server_changes.record_change(c, "S001", "wishlist_item", wish[0], "delete")
    engine.dispose()

    summary = run(sync())
    assert summary.ok and not summary.snapshot
    assert summary.pulled_rows == 2
    conn = open_file(device / "cache.sqlite3")
    assert scalar(conn, "SELECT name FROM products WHERE product_id = ?", product_id) == \
        "Renamed on the server" != name
    assert scalar(conn, "SELECT count(*) FROM wishlist_items WHERE item_id = ?", wish[0]) == 0


def test_changes_made_offline_reach_the_server_once_after_reconnect(fresh_central, tmp_path):
    url, db = fresh_central
    network = FaultyTransport()

    async def story():
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        engine = SyncEngine(client, store, "S001")
        try:
            assert (await engine.sync_once()).ok
            customer = store.reader().execute(
                "SELECT customer_id FROM customers ORDER BY customer_id LIMIT 1").fetchone()[0]
            network.offline = True
            for i in range(3):
                await store.record(MutationType.NOTE_ADD, {
                    "interaction_id": new_temp_id(), "customer_id": customer,
                    "body": f"Offline note {i}"}, staff_id="A1001", store_id="S001")
            failed = await engine.sync_once()
            assert not failed.ok and "Cannot reach" in failed.error
            assert failed.pending == 3
            network.offline = False
            back = await engine.sync_once()
            assert back.ok and back.pushed == 3 and back.pending == 0
            again = await engine.sync_once()
            assert again.ok and again.pushed == 0
            return customer
        finally:
            store.close()
            await client.aclose()

    customer = run(story())
    engine = storage.create_engine(db)
    with engine.connect() as c:
        bodies = c.execute(sa.text(
            "SELECT body FROM interactions WHERE customer_id = :c AND body LIKE 'Offline note %'"
        ), {"c": customer}).scalars().all()
    engine.dispose()
    assert sorted(bodies) == ["Offline note 0", "Offline note 1", "Offline note 2"]
    conn = open_file(tmp_path / "device" / "cache.sqlite3")
    rows = conn.execute("SELECT interaction_id, pending_mutation_id FROM interactions "
                        "WHERE body LIKE 'Offline note %'").fetchall()
    assert len(rows) == 3 and all(not i.startswith("tmp-") and p is None for i, p in rows)


def test_a_refused_redemption_is_undone_and_lands_in_the_conflict_inbox(fresh_central, tmp_path):
    url, _ = fresh_central

    async def story():
        client = await signed_in_client(url)
        store = LocalStore(tmp_path / "device")
        try:
            engine = SyncEngine(client, store, "S001")
            assert (await engine.sync_once()).ok
            await record_a_redemption_the_service_refuses(store)
            assert store.reader().execute(
                "SELECT count(*) FROM pending_loyalty").fetchone()[0] == 1
            summary = await engine.sync_once()
            assert summary.ok and summary.rejected == 1 and summary.conflicts == 1
            assert store.reader().execute(
                "SELECT count(*) FROM pending_loyalty").fetchone()[0] == 0
            conflicts = await store.conflicts()
            assert len(conflicts) == 1
            assert "points" in conflicts[0].reason.lower() and "Gift card" in conflicts[0].summary
            assert conflicts[0].what_to_do
        finally:
            store.close()
            await client.aclose()

    run(story())


def test_a_customer_enrolled_offline_gets_the_real_id_after_sync(fresh_central, tmp_path):
    url, db = fresh_central

    async def story():
        client = await signed_in_client(url)
        store = LocalStore(tmp_path / "device")
        try:
            temp = new_temp_id()
            await store.record(MutationType.CUSTOMER_ENROL, {
                "customer_id": temp, "first_name": "Grace", "last_name": "Hopper",
                "email": "grace.hopper@example.org", "phone_e164": "07911 123457",
                "marketing_consent": True}, staff_id="A1001", store_id="S001")
            await store.record(MutationType.NOTE_ADD, {
                "interaction_id": new_temp_id(), "customer_id": temp,
                "body": "Enrolled at the counter"}, staff_id="A1001", store_id="S001")
            summary = await SyncEngine(client, store, "S001").sync_once()
            assert summary.ok and summary.pushed == 2 and summary.rejected == 0
            reader = store.reader()
            real = reader.execute("SELECT customer_id FROM customers WHERE email = ?",
                                  ("grace.hopper@example.org",)).fetchall()
            assert len(real) == 1 and not real[0][0].startswith("tmp-")
            assert reader.execute("SELECT customer_id FROM interactions WHERE body = ?",
                                  ("Enrolled at the counter",)).fetchone()[0] == real[0][0]
            card = reader.execute("SELECT card_number FROM loyalty_accounts WHERE "
                                  "customer_id = ?", (real[0][0],)).fetchone()
            assert card is not None  # the server gave the new customer a loyalty card
            return real[0][0]
        finally:
            store.close()
            await client.aclose()

    real_id = run(story())
    engine = storage.create_engine(db)
    with engine.connect() as c:
        assert c.execute(sa.text("SELECT count(*) FROM interactions WHERE customer_id = :c"),
                         {"c": real_id}).scalar_one() == 1
    engine.dispose()


def test_a_misbehaving_network_never_loses_or_doubles_a_change(fresh_central, tmp_path):
    url, db = fresh_central
    faults = iter(["ok"] * 6 + ["lose-answer", "500", "timeout", "truncate", "reset", "garbage",
                                "lose-answer", "slow", "lose-answer"] * 3)
    network = FaultyTransport(lambda request: next(faults, "ok"))

    async def story():
        client = await signed_in_client(url, transport=network)
        store = LocalStore(tmp_path / "device")
        engine = SyncEngine(client, store, "S001", use_snapshot=False)
        try:
            customer = None
            attempts = 0
            while customer is None and attempts < 20:
                attempts += 1
                await engine.sync_once()
                row = store.reader().execute(
                    "SELECT customer_id FROM customers ORDER BY customer_id LIMIT 1").fetchone()
                customer = row[0] if row else None
            for i in range(12):
                await store.record(MutationType.NOTE_ADD, {
                    "interaction_id": new_temp_id(), "customer_id": customer,
                    "body": f"Flaky note {i}"}, staff_id="A1001", store_id="S001")
                await engine.sync_once()
            for _ in range(30):
                summary = await engine.sync_once()
                if summary.ok and summary.pending == 0:
                    break
            assert summary.ok and summary.pending == 0, summary
            return customer
        finally:
            store.close()
            await client.aclose()

    customer = run(story())
    assert {f for _, f in network.seen} >= {"lose-answer", "500", "timeout", "truncate"}
    engine = storage.create_engine(db)
    with engine.connect() as c:
        bodies = c.execute(sa.text("SELECT body FROM interactions WHERE customer_id = :c AND "
                                   "body LIKE 'Flaky note %'"), {"c": customer}).scalars().all()
    engine.dispose()
    assert sorted(bodies) == sorted(f"Flaky note {i}" for i in range(12))
    assert dump(tmp_path / "device" / "cache.sqlite3") == run(
        full_pull_dump(url, "S001", tmp_path / "reference"))


def test_the_outbox_survives_and_replays_in_order(tmp_path):
    store = LocalStore(tmp_path)
    try:
        ids = [store.record_blocking(MutationType.NOTE_ADD, {
            "interaction_id": new_temp_id(), "customer_id": "C1", "body": f"n{i}"},
            staff_id=None, store_id="S001").device_seq for i in range(5)]
        assert ids == [1, 2, 3, 4, 5]
        pending = store.writer.call(lambda c: outbox.pending(c.outbox))
        assert [e.payload["body"] for e in pending] == ["n0", "n1", "n2", "n3", "n4"]
    finally:
        store.close()
