"""A tablet upgraded with changes still queued by the older version (issue 10/11 review): a
handover queued with the pickup code in clear is sealed before anything copies it, is not sent
until it is sealed, and goes through once — it is not refused for lacking a sealed code."""

from __future__ import annotations

import asyncio
import json

import sqlalchemy as sa

from associate_app.cache import outbox
from associate_app.cache.local_store import LocalStore
from associate_app.sync.engine import SyncEngine
from central_api import storage
from central_api.hashing import demo_pickup_code
from store_contract.domain.mutation_types import MutationType
from tests.support.sync_harness import signed_in_client


def test_a_handover_an_older_version_queued_with_its_code_in_clear_is_sealed_and_applied_once(
        fresh_central, tmp_path):
    url, db = fresh_central
    device = tmp_path / "device"

    async def story() -> None:
        client = await signed_in_client(url)
        store = LocalStore(device)
        try:
            assert (await SyncEngine(client, store, "S001").sync_once()).ok
            order_id = store.reads.call(lambda c: c.execute(
                "SELECT order_id FROM orders WHERE store_id = 'S001' AND status = "
                "'ready_for_pickup' AND pickup_expires_at > '2000' ORDER BY order_id"
            ).fetchone()[0])

            def as_version_1_left_it(c) -> None:
                # the older app: the code in clear in the payload, and no service key known
                c.outbox.execute(
                    "INSERT INTO outbox (mutation_id, type, payload, created_at, staff_id, "
                    "store_id) VALUES (?, ?, ?, ?, 'A1001', 'S001')",
                    ("legacy" + "0" * 26, MutationType.ORDER_HANDOVER,
                     json.dumps({"order_id": order_id, "code": demo_pickup_code(order_id)}),
                     outbox.now_iso()))
                c.cache.execute("DELETE FROM sync_state WHERE key = 'sealing_key'")
            store.writer.call(as_version_1_left_it)
        finally:
            store.close()

        store = LocalStore(device)  # the new version opens it: no key yet, nothing copied clear
        try:
            copies = store.writer.call(lambda c: [r[0] for r in c.cache.execute(
                "SELECT intent FROM applied_mutations WHERE intent IS NOT NULL")])
            assert all(demo_pickup_code(order_id) not in text for text in copies)
            summary = await SyncEngine(client, store, "S001").sync_once()
            assert summary.ok and summary.rejected == 0 and summary.pending == 0, summary
            entry = store.writer.call(lambda c: outbox.get(c.outbox, "legacy" + "0" * 26))
            assert entry.status == "applied" and "code" not in entry.payload
        finally:
            store.close()
            await client.aclose()
        engine = storage.create_engine(db)
        with engine.connect() as conn:
            status = conn.execute(sa.text("SELECT status FROM orders WHERE order_id = :o"),
                                  {"o": order_id}).scalar_one()
        engine.dispose()
        assert status == "collected"

    asyncio.run(story())
