"""Helpers for sync tests: a signed-in client (optionally over a faulty network), a device's
local store, and a dump of a cache to compare with the server's store scope."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx

from associate_app.api.client import CentralClient
from associate_app.cache.local_store import LocalStore
from associate_app.cache.replica import ENTITIES
from associate_app.sync.engine import SyncEngine
from store_contract import payloads, wire
from store_contract.domain.mutation_types import MutationType
from tests.support.cache_files import open_file


async def signed_in_client(url: str, store_id: str = "S001", *,
                           transport: httpx.AsyncBaseTransport | None = None,
                           staff_id: str | None = None) -> CentralClient:
    client = CentralClient(url, transport=transport)
    enrolled = await client.enrol(wire.DemoCredentials.enrolment_code(store_id), "test device")
    n = int(store_id[1:])
    await client.sign_in(enrolled.device_id, enrolled.device_secret, staff_id or f"A100{n}",
                         wire.DemoCredentials.ASSOCIATE_PIN)
    return client


async def full_pull_dump(url: str, store_id: str, data_dir: Path) -> dict[str, list[tuple]]:
    """What the server serves for the store scope, pulled page by page into a fresh cache."""
    client = await signed_in_client(url, store_id)
    store = LocalStore(data_dir)
    try:
        summary = await SyncEngine(client, store, store_id, use_snapshot=False).sync_once()
        assert summary.ok, summary.error
        return dump(store.cache_path)
    finally:
        store.close()
        await client.aclose()


def dump(cache_path: Path) -> dict[str, list[tuple]]:
    """Every replicated table's rows (server columns only), sorted: comparable across caches."""
    conn = open_file(cache_path, readonly=True)
    try:
        out: dict[str, list[tuple]] = {}
        for entity in ENTITIES.values():
            out[entity.table] = sorted(conn.execute(
                f"SELECT {', '.join(entity.columns)} FROM {entity.table}").fetchall(), key=repr)
            for child in entity.children:
                out[child.table] = sorted(conn.execute(
                    f"SELECT {', '.join(child.columns)} FROM {child.table}").fetchall(), key=repr)
        return out
    finally:
        conn.close()


def scalar(conn: sqlite3.Connection, sql: str, *args: Any) -> Any:
    return conn.execute(sql, args).fetchone()[0]


class CounterContext:
    """What a screen's service is given (``screen_service.ScreenContext``) for one device of
    store S001 whose associate A1001 records changes, with no client: the tests sync with their
    own engine."""

    def __init__(self, store: LocalStore, store_id: str = "S001",
                 staff_id: str = "A1001") -> None:
        self.store, self.client, self.sessions, self.credentials = store, None, None, None
        self.store_id, self.staff_id = store_id, staff_id

    async def record(self, change: payloads.Payload):
        return await self.store.record(change.TYPE, change.wire(), staff_id=self.staff_id,
                                       store_id=self.store_id,
                                       secrets=change.secrets() or None)

    async def sync_now(self) -> None:
        return None


def cached_row(store: LocalStore, sql: str, *args: Any) -> tuple | None:
    """One row of the device's cache (read as the app reads it), as a tuple, or None."""
    reader = store.reader()
    try:
        found = reader.execute(sql, args).fetchone()
        return tuple(found) if found is not None else None
    finally:
        reader.close()


async def record_a_redemption_the_service_refuses(store: LocalStore) -> None:
    """Queue a redemption of 500 points more than the poorest member of the store has: the
    central service refuses it at the next push."""
    customer, balance = store.reader().execute(
        "SELECT customer_id, points_balance FROM loyalty_accounts "
        "ORDER BY points_balance LIMIT 1").fetchone()
    await store.record(MutationType.LOYALTY_REDEEM, {
        "customer_id": customer, "points": balance + 500, "reward": "Gift card"},
        staff_id="A1001", store_id="S001")
