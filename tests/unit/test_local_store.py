"""The local store's promises: a change is queued durably with its local effect, a crash never
loses or doubles it, a rejection undoes it and lands in the conflict inbox."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from associate_app.cache import outbox
from associate_app.cache.local_store import LocalStore
from associate_app.cache.migrations import LATEST, CacheFromTheFuture
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import MutationType, new_temp_id

CUSTOMER = {
    "customer_id": "C0000001", "first_name": "Zoë", "last_name": "Brontë",
    "email": "zoe@example.com", "phone_e164": "+447700900123", "marketing_consent": False,
    "preferred_store_id": "S001", "preferred_channel": "online",
    "created_at": "2025-01-01T00:00:00+00:00", "updated_at": "2025-01-01T00:00:00+00:00",
}


@pytest.fixture
def store(tmp_path):
    s = LocalStore(tmp_path)
    yield s
    s.close()


def seed_customer(store: LocalStore) -> None:
    from associate_app.cache import replica

    def job(c):
        with outbox.transaction(c.cache):
            replica.apply_rows(c.cache, [("customer", "C0000001", "upsert", CUSTOMER)])

    store.writer.call(job)


def query(store: LocalStore, sql: str, *args):
    with store.reader() as conn:
        return [tuple(r) for r in conn.execute(sql, args)]


def note(customer_id="C0000001", body="Wants the blue coat in size 12"):
    return {"interaction_id": new_temp_id(), "customer_id": customer_id, "body": body}


def test_a_note_is_queued_and_shows_at_once_marked_pending(store):
    seed_customer(store)
    rec = store.record_blocking(MutationType.NOTE_ADD, note(), staff_id="A1001", store_id="S001")
    assert rec.device_seq == 1
    rows = query(store, "SELECT body, pending_mutation_id FROM interactions")
    assert rows == [("Wants the blue coat in size 12", rec.mutation_id)]
    assert store.writer.call(lambda c: outbox.pending_count(c.outbox)) == 1


def test_bad_input_is_refused_and_changes_nothing(store):
    seed_customer(store)
    with pytest.raises(InvalidInput) as info:
        store.record_blocking(MutationType.NOTE_ADD, note(body="   "), staff_id=None,
                              store_id=None)
    assert "cannot be empty" in str(info.value)
    with pytest.raises(InvalidInput) as info:
        store.record_blocking(MutationType.CUSTOMER_ENROL, {
            "customer_id": new_temp_id(), "first_name": "A", "last_name": "B",
            "email": "not-an-email", "phone_e164": "07700 900123", "marketing_consent": True,
        }, staff_id=None, store_id=None)
    assert info.value.field == "email"
    assert query(store, "SELECT count(*) FROM interactions") == [(0,)]
    assert store.writer.call(lambda c: outbox.pending_count(c.outbox)) == 0


def test_a_crash_between_the_outbox_and_the_cache_is_repaired_at_next_start(tmp_path):
    store = LocalStore(tmp_path)
    seed_customer(store)
    payload = note()
    # the outbox commit happened, the process died before the cache commit
    store.writer.call(lambda c: outbox.enqueue(
        c.outbox, "m" * 32, MutationType.NOTE_ADD, payload, None, outbox.now_iso(), "A1001",
        "S001"))
    store.close()
    reopened = LocalStore(tmp_path)
    try:
        assert reopened.info.recovered == 1
        assert query(reopened, "SELECT interaction_id FROM interactions") == [
            (payload["interaction_id"],)]
        reopened.close()
        again = LocalStore(tmp_path)  # and re-opening does not apply it twice
        assert again.info.recovered == 0
        assert query(again, "SELECT count(*) FROM interactions") == [(1,)]
        again.close()
    finally:
        reopened.close()


def test_a_rejected_change_is_undone_and_explained_in_the_conflict_inbox(store):
    seed_customer(store)
    rec = store.record_blocking(MutationType.CUSTOMER_SET_CONSENT,
                                {"customer_id": "C0000001", "marketing_consent": True},
                                staff_id="A1001", store_id="S001")
    assert query(store, "SELECT marketing_consent FROM customers") == [(1,)]
    import asyncio

    asyncio.run(store.settle([(rec.mutation_id, "rejected", "The customer withdrew consent "
                               "online a minute ago.", {})]))
    assert query(store, "SELECT marketing_consent FROM customers") == [(0,)]
    conflicts = store.writer.call(lambda c: outbox.conflicts(c.outbox))
    assert len(conflicts) == 1
    assert conflicts[0].summary == "Zoë Brontë gave marketing consent"
    assert "withdrew consent online" in conflicts[0].reason
    assert "Ask the customer again" in conflicts[0].what_to_do
    assert store.writer.call(lambda c: outbox.pending_count(c.outbox)) == 0


def test_a_customer_enrolled_offline_gets_the_server_id_everywhere(store):
    import asyncio

    temp = new_temp_id()
    enrol = store.record_blocking(MutationType.CUSTOMER_ENROL, {
        "customer_id": temp, "first_name": "Ada", "last_name": "Lovelace",
        "email": "Ada@Example.com", "phone_e164": "07911 123456", "marketing_consent": True,
    }, staff_id="A1001", store_id="S001")
    note_rec = store.record_blocking(MutationType.NOTE_ADD, note(customer_id=temp),
                                     staff_id="A1001", store_id="S001")
    assert query(store, "SELECT email, phone_e164 FROM customers") == [
        ("ada@example.com", "+447911123456")]
    asyncio.run(store.settle([(enrol.mutation_id, "applied", None, {temp: "C0009999"})]))
    assert query(store, "SELECT customer_id, pending_mutation_id FROM customers") == [
        ("C0009999", None)]
    assert query(store, "SELECT customer_id FROM interactions") == [("C0009999",)]
    pending = store.writer.call(lambda c: outbox.pending(c.outbox))
    assert [(e.mutation_id, e.payload["customer_id"]) for e in pending] == [
        (note_rec.mutation_id, "C0009999")]


def test_an_unreadable_cache_is_moved_aside_and_rebuilt_and_the_outbox_survives(tmp_path):
    store = LocalStore(tmp_path)
    seed_customer(store)
    store.record_blocking(MutationType.NOTE_ADD, note(), staff_id="A1001", store_id="S001")
    store.close()
    (tmp_path / "cache.sqlite3").write_bytes(b"this is not a database" * 100)
    for extra in ("cache.sqlite3-wal", "cache.sqlite3-shm"):
        (tmp_path / extra).unlink(missing_ok=True)
    reopened = LocalStore(tmp_path)
    try:
        assert reopened.info.rebuilt_from is not None and reopened.info.rebuilt_from.exists()
        assert reopened.writer.call(lambda c: outbox.pending_count(c.outbox)) == 1
        # the queued note is back in the rebuilt cache, still pending
        assert query(reopened, "SELECT count(*) FROM interactions "
                               "WHERE pending_mutation_id IS NOT NULL") == [(1,)]
    finally:
        reopened.close()


def schema(store: LocalStore) -> set[tuple[str, str]]:
    return set(query(store, "SELECT type, name FROM sqlite_master WHERE type != 'table'"))


def test_an_app_killed_during_a_first_sync_gets_its_indexes_back_at_next_start(tmp_path):
    import asyncio
    import json

    store = LocalStore(tmp_path)
    whole = schema(store)
    line = json.dumps({"entity": "customer", "entity_id": "C0000001", "data": CUSTOMER})

    async def half_a_snapshot():
        await store.begin_snapshot()
        return await store.apply_snapshot_block(line.encode() + b"\n")

    block = asyncio.run(half_a_snapshot())
    assert block.rows == 1 and block.end is None
    assert "ix_customers_email" not in {name for _, name in schema(store)}  # a bulk load
    store.close()  # no finish_snapshot: as if killed here

    reopened = LocalStore(tmp_path)
    try:
        assert schema(reopened) == whole
        assert query(reopened, "SELECT rowid FROM customers_fts WHERE customers_fts MATCH 'zoe'")
        assert query(reopened, "SELECT count(*) FROM sync_state "
                               "WHERE key = 'suspended_indexes'") == [(0,)]
    finally:
        reopened.close()


def test_a_snapshot_block_with_rows_after_its_end_line_is_refused(store):
    import asyncio
    import json

    from associate_app.cache.replica import MalformedChange

    row = json.dumps({"entity": "customer", "entity_id": "C0000001", "data": CUSTOMER}).encode()
    with pytest.raises(MalformedChange, match="after"):
        asyncio.run(store.apply_snapshot_block(b'{"end": {"cursor": 1, "rows": 0}}\n' + row))
    assert query(store, "SELECT count(*) FROM customers") == [(0,)]


def test_an_older_cache_is_migrated_and_a_newer_one_is_refused(tmp_path):
    old = tmp_path / "old"
    old.mkdir()
    sqlite3.connect(old / "cache.sqlite3").close()  # version 0: an empty file
    store = LocalStore(old)
    assert query(store, "PRAGMA user_version") == [(LATEST,)]
    store.close()
    future = tmp_path / "future"
    future.mkdir()
    conn = sqlite3.connect(future / "cache.sqlite3")
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    with pytest.raises(CacheFromTheFuture, match="newer version of the app"):
        LocalStore(future)


def test_a_pickup_code_and_a_manager_pin_never_reach_a_file_in_clear(store, tmp_path):
    """Read the files as a thief would: the bytes of the outbox and the cache never hold the
    code or the PIN, while the service can open what was queued (sealed for that change)."""
    import asyncio

    from store_contract import sealing
    from store_contract.wire_sync import SealingKeyOut

    private, public = sealing.new_private_key()
    code, pin = "QRST7KWX", "583920"
    with pytest.raises(InvalidInput, match="key for codes and PINs"):  # no key yet: refused
        store.record_blocking(MutationType.ORDER_HANDOVER, {"order_id": "O1"},
                              staff_id="A1001", store_id="S001", secrets={"code": code})
    asyncio.run(store.set_sealing_key(SealingKeyOut(key_id="k1", public_key=public)))
    handover = store.record_blocking(MutationType.ORDER_HANDOVER, {"order_id": "O1"},
                                     staff_id="A1001", store_id="S001", secrets={"code": code})
    override = store.record_blocking(
        MutationType.ORDER_HANDOVER, {"order_id": "O2", "manager_id": "M1001",
                                      "override_reason": "Code lost; photo ID checked"},
        staff_id="A1001", store_id="S001", secrets={"manager_pin": pin})
    store.close()
    for path in tmp_path.iterdir():
        if path.is_file():
            raw = path.read_bytes()
            assert code.encode() not in raw and pin.encode() not in raw, path.name
    reopened = LocalStore(tmp_path)
    try:
        entries = {e.mutation_id: e for e in asyncio.run(reopened.pending(10))}
    finally:
        reopened.close()
    queued = entries[handover.mutation_id].payload
    assert sealing.open_sealed(private, queued["sealed_code"], mutation_id=handover.mutation_id,
                               type_=MutationType.ORDER_HANDOVER, field="code",
                               payload=queued) == code
    approved = entries[override.mutation_id].payload
    sealed_pin = approved["sealed_manager_pin"]
    assert sealing.open_sealed(private, sealed_pin, mutation_id=override.mutation_id,
                               type_=MutationType.ORDER_HANDOVER, field="manager_pin",
                               payload=approved) == pin
    with pytest.raises(sealing.SealingError):  # bound to its change: no use in another
        sealing.open_sealed(private, sealed_pin, mutation_id=handover.mutation_id,
                            type_=MutationType.ORDER_HANDOVER, field="manager_pin",
                            payload=approved)
    with pytest.raises(sealing.SealingError):  # nor for another order than it approved
        sealing.open_sealed(private, sealed_pin, mutation_id=override.mutation_id,
                            type_=MutationType.ORDER_HANDOVER, field="manager_pin",
                            payload={**approved, "order_id": "O9"})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread niceness is Linux")
def test_the_writer_thread_runs_below_the_window_s_priority(store):
    import os
    import threading

    from associate_app.cache.writer import WRITER_NICENESS

    window = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    writer = store.writer.call(
        lambda c: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
    assert writer == min(19, window + WRITER_NICENESS) > window


def test_a_full_snapshot_keeps_an_exchange_made_here_with_its_lines_and_its_hold():
    """A re-download (a new scope, a damaged cache) while an exchange is queued: the exchange,
    its replacements and the hold on the shelf's stock stay until the service's arrive."""
    import sqlite3

    from associate_app.cache import exchanges, migrations, replica

    conn = sqlite3.connect(":memory:")
    migrations.migrate(conn)
    conn.execute("INSERT INTO inventory (store_id, product_id, on_hand, reserved) "
                 "VALUES ('S1', 'P1', 5, 0)")
    conn.execute("INSERT INTO orders (order_id, order_number, customer_id, store_id, status, "
                 "currency) VALUES ('O1', 'N1', 'C1', 'S1', 'collected', 'GBP')")
    exchanges.add_pending_exchange(conn, "M1", "2026-06-01T10:00:00+00:00", "E1", "S1", "O1",
                                   "tmp-X1", "tmp-R1", 3000, [("P1", 2, 1500, "here", None)])
    replica.clear_replicated(conn)
    replica.apply_rows(conn, [("inventory", "S1:P1", "upsert", {
        "store_id": "S1", "product_id": "P1", "on_hand": 5, "reserved": 0})], fresh=True)
    assert conn.execute("SELECT count(*) FROM exchange_lines").fetchone()[0] == 1
    assert conn.execute("SELECT on_hand, reserved FROM inventory").fetchone() == (5, 2)


def test_a_voucher_applied_to_a_cart_here_is_used_at_once_and_back_if_refused():
    import sqlite3

    from associate_app.cache import carts, migrations

    conn = sqlite3.connect(":memory:")
    migrations.migrate(conn)
    conn.execute("INSERT INTO carts (cart_id, customer_id, channel, status, updated_at) "
                 "VALUES ('K1', 'C1', 'online', 'active', '2026-11-01T10:00:00+00:00')")
    conn.execute("INSERT INTO vouchers (voucher_id, voucher_code, customer_id, amount_cents, "
                 "issued_store_id, issued_at) VALUES ('V1', 'SC-AAAA-BBBB-CCCC', 'C1', 500, "
                 "'S1', '2026-11-01T10:00:00+00:00')")
    change = {"cart_id": "K1", "order_id": "tmp-o", "handoff": "till", "voucher_ids": ["V1"],
              "lines": [{"product_id": "P1", "qty": 1, "unit_price_cents": 900,
                         "source": "ship", "from_store_id": "S2"}]}
    carts.add_pending_conversion(conn, "M1", "2026-11-30T10:00:00+00:00", "S1", change)
    assert carts.unused_vouchers(conn, "C1") == []  # used here at once
    carts.add_pending_conversion(conn, "M1", "2026-11-30T10:00:00+00:00", "S1", change)
    carts.drop_pending_conversion(conn, "M1")  # the service refused it
    assert [v.voucher_id for v in carts.unused_vouchers(conn, "C1")] == ["V1"]
