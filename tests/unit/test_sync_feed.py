"""The pull side of sync on a small seeded database: the changes feed and the snapshot."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from central_api import changes, schema_sync, sealing_keys, seed, storage, sync_feed  # noqa: F401 - tables
from central_api.schema import change_log, customers, orders, stores, wishlist_items
from store_contract.domain.geo import distance_km
from tests.support.central import CentralDb, engine_on_a_copy, new_central_db, on_postgresql

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend

SEED_NOW = datetime(2025, 3, 14, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> CentralDb:
    path = new_central_db(tmp_path_factory.mktemp("sync-feed"), "template")
    engine = storage.create_engine(path)
    seed.seed_demo(engine, customers=200, stores=3, now=SEED_NOW)
    engine.dispose()
    return path


@pytest.fixture
def engine(seeded_template: CentralDb, tmp_path: Path) -> Iterator[Engine]:
    """A database of this test's own, copied from the seeded template."""
    with engine_on_a_copy(seeded_template, tmp_path) as eng:
        yield eng


def visible_log(engine: Engine, store_id: str) -> list[tuple[int, str, str, str]]:
    """What the feed should send, straight from the change log (the rule of the module doc)."""
    with engine.connect() as conn:
        nearby = sync_feed.nearby_store_ids(conn, store_id)
        rows = conn.execute(
            sa.select(
                change_log.c.seq, change_log.c.entity, change_log.c.entity_id, change_log.c.op
            )
            .where(
                sa.or_(
                    change_log.c.store_id.in_([store_id, "*"]),
                    sa.and_(change_log.c.store_id.in_(nearby), change_log.c.entity == "inventory"),
                )
            )
            .order_by(change_log.c.seq)
        ).all()
    return [tuple(r) for r in rows]


def pull_all(engine: Engine, store_id: str, limit: int, cursor: int = 0) -> list:
    pages = []
    with engine.connect() as conn:
        while True:
            page = sync_feed.changes_page(conn, store_id, cursor, limit)
            pages.append(page)
            cursor = page.next_cursor
            if not page.has_more:
                return pages


def test_pages_are_ordered_contiguous_and_end_at_their_last_change(engine):
    pages = pull_all(engine, "S001", limit=97)
    cursor = 0
    for page in pages:
        seqs = [c.seq for c in page.changes]
        assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
        assert len(seqs) <= 97
        if seqs:
            assert seqs[0] > cursor
            assert page.next_cursor == seqs[-1]
        cursor = page.next_cursor
    assert not pages[-1].has_more
    assert all(p.has_more for p in pages[:-1])
    assert [c.seq for p in pages for c in p.changes] == [r[0] for r in visible_log(engine, "S001")]


def test_paging_with_small_limits_sends_every_entity_of_the_scope_exactly_once(engine):
    expected = {(e, i) for _, e, i, _ in visible_log(engine, "S001")}
    for limit in (4, 37, 5000):
        sent = [(c.entity, c.entity_id) for p in pull_all(engine, "S001", limit) for c in p.changes]
        assert len(sent) == len(set(sent)) == len(expected)
        assert set(sent) == expected
    kinds = {e for e, _ in expected}
    assert {"store", "staff", "product", "inventory", "customer", "order", "cart"} <= kinds


def test_an_empty_page_keeps_the_cursor_where_it_was(engine):
    last = pull_all(engine, "S002", limit=5000)[-1].next_cursor
    with engine.connect() as conn:
        page = sync_feed.changes_page(conn, "S002", last, 10)
    assert page.changes == [] and page.next_cursor == last and not page.has_more


def test_rows_are_json_ready_and_never_carry_enrolment_codes(engine):
    with engine.connect() as conn:
        store = sync_feed.entity_rows(conn, "store", ["S001"])["S001"]
        person = sync_feed.entity_rows(conn, "staff", ["A1001"])["A1001"]
        order_id = conn.execute(sa.select(orders.c.order_id).limit(1)).scalar_one()
        order = sync_feed.entity_rows(conn, "order", [order_id])[order_id]
        customer = sync_feed.entity_rows(conn, "customer", ["C0000001"])["C0000001"]
        account = sync_feed.entity_rows(conn, "loyalty_account", ["C0000001"])["C0000001"]
        stock = sync_feed.entity_rows(conn, "inventory", ["S001:P00001", "S001:nope"])
    assert "enrolment_code_hash" not in store
    assert set(person) == {"staff_id", "store_id", "name", "role"}  # never a PIN hash
    assert order["lines"] and all(line["order_id"] == order_id for line in order["lines"])
    assert isinstance(order["allow_substitutions"], bool)
    assert isinstance(customer["marketing_consent"], bool)
    created = datetime.fromisoformat(customer["created_at"])
    assert created.tzinfo is not None and created <= SEED_NOW
    times = [e["created_at"] for e in account["ledger"]]
    assert times == sorted(times, reverse=True)  # newest first
    assert list(stock) == ["S001:P00001"]
    assert set(stock["S001:P00001"]) == {"store_id", "product_id", "on_hand", "reserved"}
    json.dumps([store, person, order, customer, account])  # plain JSON all the way down


def test_a_deleted_entity_arrives_as_a_tombstone(engine):
    cursor = pull_all(engine, "S001", 5000)[-1].next_cursor
    with engine.begin() as conn:
        item = conn.execute(
            sa.select(wishlist_items.c.item_id, customers.c.preferred_store_id)
            .join(customers, customers.c.customer_id == wishlist_items.c.customer_id)
            .where(customers.c.preferred_store_id == "S001")
            .limit(1)
        ).one()
        conn.execute(wishlist_items.delete().where(wishlist_items.c.item_id == item.item_id))
        changes.record_change(conn, "S001", "wishlist_item", item.item_id, "delete")
    with engine.connect() as conn:
        page = sync_feed.changes_page(conn, "S001", cursor, 100)
    assert [(c.entity, c.entity_id, c.op, c.data) for c in page.changes] == [
        ("wishlist_item", item.item_id, "delete", None)
    ]


def test_an_upsert_whose_row_has_vanished_is_sent_as_a_delete(engine):
    cursor = pull_all(engine, "S001", 5000)[-1].next_cursor
    with engine.begin() as conn:
        changes.record_change(conn, "S001", "interaction", "I-never-existed", "upsert")
    with engine.connect() as conn:
        (change,) = sync_feed.changes_page(conn, "S001", cursor, 100).changes
    assert (change.entity_id, change.op, change.data) == ("I-never-existed", "delete", None)


def test_an_order_moved_to_another_store_leaves_the_old_store_and_reaches_the_new_one(engine):
    with engine.connect() as conn:
        moved = conn.execute(
            sa.select(orders.c.order_id, customers.c.preferred_store_id)
            .join(customers, customers.c.customer_id == orders.c.customer_id)
            .where(orders.c.store_id == "S001", customers.c.preferred_store_id == "S002")
            .limit(1)
        ).one()
    cursors = {s: pull_all(engine, s, 5000)[-1].next_cursor for s in ("S001", "S002", "S003")}
    with engine.begin() as conn:
        conn.execute(
            orders.update().where(orders.c.order_id == moved.order_id).values(store_id="S003")
        )
        old = set(changes.customer_scopes("S002", "S001"))
        new = set(changes.customer_scopes("S002", "S003"))
        changes.record_changes(
            conn,
            [(s, "order", moved.order_id, "delete") for s in old - new]
            + [(s, "order", moved.order_id, "upsert") for s in new],
        )
    seen = {}
    for store_id, cursor in cursors.items():
        (change,) = [c for p in pull_all(engine, store_id, 50, cursor) for c in p.changes]
        seen[store_id] = (change.entity_id, change.op, (change.data or {}).get("store_id"))
    assert seen == {
        "S001": (moved.order_id, "delete", None),
        "S002": (moved.order_id, "upsert", "S003"),
        "S003": (moved.order_id, "upsert", "S003"),
    }


def test_a_store_also_receives_the_stock_of_nearby_stores_but_nothing_else_of_theirs(engine):
    sent = {(c.entity, c.entity_id) for p in pull_all(engine, "S001", 5000) for c in p.changes}
    assert ("inventory", "S002:P00001") in sent and ("inventory", "S003:P00001") in sent
    with engine.connect() as conn:
        others = set(
            conn.execute(
                sa.select(customers.c.customer_id).where(customers.c.preferred_store_id != "S001")
            ).scalars()
        )
    assert not {i for e, i in sent if e == "customer"} & others
    assert not {i for e, i in sent if e == "staff" and not i.endswith("001")}


def test_nearby_stores_are_those_within_50_km_or_else_the_five_nearest(engine):
    far = [  # (id, lat, lon): Edinburgh, Glasgow, Leeds, York, Norwich, Newcastle
        ("S901", 55.95, -3.19),
        ("S902", 55.86, -4.25),
        ("S903", 53.80, -1.55),
        ("S904", 53.96, -1.08),
        ("S905", 52.63, 1.30),
        ("S906", 54.97, -1.61),
    ]
    with engine.begin() as conn:
        for sid, lat, lon in far:
            conn.execute(
                stores.insert().values(
                    store_id=sid,
                    name=sid,
                    city="x",
                    address="x",
                    latitude=lat,
                    longitude=lon,
                    enrolment_code_hash=f"hash-{sid}",
                )
            )
        # Bristol has Bath and Cardiff within 50 km: topped up with the three nearest others
        bristol = (51.4584, -2.5844)
        by_distance = sorted(far, key=lambda s: distance_km(*bristol, s[1], s[2]))
        expected = ["S002", "S003"] + [sid for sid, _, _ in by_distance[:3]]
        assert sync_feed.nearby_store_ids(conn, "S001") == expected
        # Leeds has York within 50 km only: the five nearest
        leeds = sync_feed.nearby_store_ids(conn, "S903")
        assert leeds[0] == "S904" and len(leeds) == 5


def read_snapshot(engine: Engine, store_id: str) -> tuple[list[dict], dict]:
    with engine.connect() as conn:
        lines = list(sync_feed.snapshot(conn, store_id, batch=64))
    assert all(line.endswith("\n") and line.count("\n") == 1 for line in lines)
    parsed = [json.loads(line) for line in lines]
    return parsed[:-1], parsed[-1]


def test_the_snapshot_ends_with_its_cursor_and_row_count_and_equals_the_whole_feed(engine):
    rows, end = read_snapshot(engine, "S001")
    with engine.connect() as conn:
        newest = sync_feed.current_seq(conn)
    with engine.connect() as conn:
        scope = ["S001", *sync_feed.nearby_store_ids(conn, "S001")]
    with engine.connect() as conn:
        key = sealing_keys.current(conn).model_dump()
    assert end == {"end": True, "cursor": newest, "rows": len(rows), "scope": scope,
                   "sealing_key": key}
    feed = {
        (c.entity, c.entity_id): c.data
        for p in pull_all(engine, "S001", 1000)
        for c in p.changes
        if c.op == "upsert"
    }
    assert {tuple(p.scope) for p in pull_all(engine, "S001", 1000)} == {tuple(scope)}
    snap = {(r["entity"], r["entity_id"]): r["data"] for r in rows}
    assert len(snap) == len(rows)  # no entity twice
    assert snap == {key: json.loads(json.dumps(data)) for key, data in feed.items()}


@pytest.mark.skipif(on_postgresql(), reason="compares SQLite's own snapshot SQL with the "
                    "portable one")
def test_the_fast_sqlite_snapshot_writes_the_same_rows_as_the_portable_one(engine):
    with engine.connect() as conn, sync_feed.read_transaction(conn):
        for entity in sync_feed.SNAPSHOT_ORDER:
            scopes = ["S002", "*"] + (["S001", "S003"] if entity == "inventory" else [])
            fast = list(sync_feed._snapshot_lines_sqlite(conn, entity, scopes, 50))
            portable = list(sync_feed._snapshot_lines_portable(conn, entity, scopes, 50))
            assert [json.loads(x) for x in fast] == [json.loads(x) for x in portable], entity


def test_a_snapshot_is_consistent_with_its_cursor_while_others_write(engine):
    with engine.connect() as conn:
        stream = sync_feed.snapshot(conn, "S001", batch=16)
        first = [next(stream) for _ in range(40)]
        with engine.begin() as writer:  # another request commits while the stream is half sent
            writer.execute(
                customers.insert().values(
                    customer_id="C-late",
                    first_name="Late",
                    last_name="Comer",
                    email="late@example.com",
                    phone_e164="+447700900999",
                    marketing_consent=False,
                    preferred_store_id="S001",
                    preferred_channel="in_store",
                    created_at=SEED_NOW,
                    updated_at=SEED_NOW,
                )
            )
            changes.record_change(writer, "S001", "customer", "C-late", "upsert")
        rest = list(stream)
    parsed = [json.loads(line) for line in first + rest]
    end = parsed[-1]
    assert "C-late" not in {r.get("entity_id") for r in parsed}
    assert end["rows"] == len(parsed) - 1
    after = [c for p in pull_all(engine, "S001", 100, end["cursor"]) for c in p.changes]
    assert [(c.entity_id, c.op) for c in after] == [("C-late", "upsert")]


def test_feed_arguments_out_of_range_are_refused(engine):
    with engine.connect() as conn:
        with pytest.raises(ValueError):
            sync_feed.changes_page(conn, "S001", -1, 10)
        with pytest.raises(ValueError):
            sync_feed.changes_page(conn, "S001", 0, 5001)
        with pytest.raises(ValueError):
            sync_feed.entity_rows(conn, "spaceship", ["x"])
