"""The outbox over a device's life: settled entries pruned after their audit period, an outbox
of an older app version (WAL mode, secrets in clear) taken over without losing a change."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from associate_app.cache import outbox
from associate_app.cache.local_store import LocalStore
from store_contract import sealing
from store_contract.domain.mutation_types import MutationType, new_temp_id
from store_contract.wire_sync import SealingKeyOut


def note(body: str) -> dict:
    return {"interaction_id": new_temp_id(), "customer_id": "C0000001", "body": body}


def test_settled_entries_are_pruned_after_their_audit_period_and_nothing_else(tmp_path):
    store = LocalStore(tmp_path)
    try:
        ids = [store.record_blocking(MutationType.NOTE_ADD, note(f"n{i}"), staff_id="A1001",
                                     store_id="S001").mutation_id for i in range(5)]
        old, recent, pending = ids[:2], ids[2:3], ids[3:]
        asyncio.run(store.settle([(m, "applied", None, {}) for m in old + recent]))
        long_ago = (datetime.now(UTC) - outbox.AUDIT_PERIOD - timedelta(days=1)).isoformat()
        store.writer.call(lambda c: c.outbox.executemany(
            "UPDATE outbox SET settled_at = ? WHERE mutation_id = ?", [(long_ago, m) for m in old]))
        # a rejection whose conflict was resolved long ago goes; an open conflict stays
        asyncio.run(store.settle([(pending[0], "rejected", "no", {})]))
        conflict = asyncio.run(store.conflicts())[0]
        asyncio.run(store.resolve_conflict(conflict.conflict_id))
        store.writer.call(lambda c: c.outbox.execute(
            "UPDATE conflicts SET resolved_at = ? WHERE conflict_id = ?",
            (long_ago, conflict.conflict_id)))
    finally:
        store.close()

    reopened = LocalStore(tmp_path)  # pruning runs at every open
    try:
        assert reopened.info.pruned == 3
        left = dict(reopened.writer.call(lambda c: c.outbox.execute(
            "SELECT mutation_id, status FROM outbox").fetchall()))
        assert left == {recent[0]: "applied", pending[1]: "pending"}
        assert reopened.writer.call(lambda c: c.outbox.execute(
            "SELECT count(*) FROM conflicts").fetchone()[0]) == 0
    finally:
        reopened.close()


def test_an_older_app_s_outbox_in_wal_mode_is_taken_over_with_every_entry(tmp_path):
    """Version 1 outboxes ran in WAL mode: entries may sit only in ``-wal``. The new app
    checkpoints them into the file, switches to a rollback journal, and keeps them all."""
    path = tmp_path / outbox.OUTBOX_FILE
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # as after a crash: nothing checkpointed
    conn.executescript(outbox.SCHEMA_V1)
    conn.execute("PRAGMA user_version = 1")
    for i in range(3):
        conn.execute("INSERT INTO outbox (mutation_id, type, payload, created_at) VALUES "
                     "(?, 'interaction.add_note', ?, '2025-01-01T00:00:00+00:00')",
                     (f"old{i:029d}", json.dumps(note(f"old {i}"))))
    assert (tmp_path / (outbox.OUTBOX_FILE + "-wal")).stat().st_size > 0
    # the process dies without closing (the WAL stays); copy the files as a backup tool would
    for name in (outbox.OUTBOX_FILE, outbox.OUTBOX_FILE + "-wal"):
        (tmp_path / "copy").mkdir(exist_ok=True)
        (tmp_path / "copy" / name).write_bytes((tmp_path / name).read_bytes())
    conn.close()

    store = LocalStore(tmp_path / "copy")
    try:
        assert asyncio.run(store.pending_count()) == 3
        mode = store.writer.call(
            lambda c: c.outbox.execute("PRAGMA journal_mode").fetchone()[0])
        assert mode == "delete"
    finally:
        store.close()
    assert not (tmp_path / "copy" / (outbox.OUTBOX_FILE + "-wal")).exists()


def test_a_code_an_older_app_queued_in_clear_is_sealed_once_the_service_key_is_known(tmp_path):
    private, public = sealing.new_private_key()
    store = LocalStore(tmp_path)
    try:
        # what version 1 wrote: the code itself in the payload
        store.writer.call(lambda c: c.outbox.execute(
            "INSERT INTO outbox (mutation_id, type, payload, created_at) VALUES (?, ?, ?, ?)",
            ("h" * 32, MutationType.ORDER_HANDOVER,
             json.dumps({"order_id": "O1", "code": "QRST7KWX"}), outbox.now_iso())))
        asyncio.run(store.set_sealing_key(SealingKeyOut(key_id="k1", public_key=public)))
        payload = asyncio.run(store.pending(10))[0].payload
    finally:
        store.close()
    assert "code" not in payload
    assert sealing.open_sealed(private, payload["sealed_code"], mutation_id="h" * 32,
                               type_=MutationType.ORDER_HANDOVER, field="code",
                               payload=payload) == "QRST7KWX"
    assert b"QRST7KWX" not in (tmp_path / outbox.OUTBOX_FILE).read_bytes()


def test_a_crash_in_the_middle_of_a_salvage_salvages_again_at_the_next_start(tmp_path,
                                                                            monkeypatch):
    from associate_app.cache import outbox_salvage

    store = LocalStore(tmp_path)
    try:
        for i in range(30):
            store.record_blocking(MutationType.NOTE_ADD, note(f"n{i}"), staff_id="A1001",
                                  store_id="S001")
    finally:
        store.close()
    path = tmp_path / outbox.OUTBOX_FILE
    with open(path, "r+b") as f:  # damage the middle of the queue
        f.seek(path.stat().st_size // 2)
        f.write(b"\xff" * 4096)

    real_write = outbox_salvage._write

    def killed(conn, found):
        real_write(conn, found)
        raise KeyboardInterrupt("killed while salvaging")

    monkeypatch.setattr(outbox_salvage, "_write", killed)
    with pytest.raises(KeyboardInterrupt):
        LocalStore(tmp_path).close()
    monkeypatch.undo()
    store = LocalStore(tmp_path)  # the next start: the damaged file was still in its place
    try:
        assert asyncio.run(store.pending_count()) == 30
        kinds = [r.kind for r in store.info.recoveries]
    finally:
        store.close()
    assert kinds == ["outbox_salvaged"]
    assert len([p for p in tmp_path.iterdir() if ".damaged-" in p.name]) >= 1
