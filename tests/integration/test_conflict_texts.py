"""A change the real central service refuses (on loopback) lands in the conflict inbox with the
service's sentence as a Text — its template and values, for the window to say in the person's
language — and keeps it across the outbox file: read back after the app is opened again."""

from __future__ import annotations

import asyncio

import pytest

from associate_app.cache.local_store import LocalStore
from associate_app.sync.engine import SyncEngine
from store_contract.domain.text import Text
from tests.support.sync_harness import record_a_redemption_the_service_refuses, signed_in_client

#: CI runs these on PostgreSQL as well as SQLite (STORE_ASSOCIATE_TEST_DB)
pytestmark = pytest.mark.backend


def test_a_refused_change_s_reason_comes_back_as_the_service_s_text(fresh_central, tmp_path):
    url, _ = fresh_central
    sent: list[Text] = []

    async def story():
        client = await signed_in_client(url)
        push = client.push

        async def watched_push(store_id, request):
            response = await push(store_id, request)
            sent.extend(Text.from_wire(r.reason_text) for r in response.results
                        if r.status == "rejected")
            return response

        client.push = watched_push
        store = LocalStore(tmp_path / "device")
        try:
            engine = SyncEngine(client, store, "S001")
            assert (await engine.sync_once()).ok
            await record_a_redemption_the_service_refuses(store)
            summary = await engine.sync_once()
            assert summary.ok and summary.rejected == 1
        finally:
            store.close()
            await client.aclose()

    asyncio.run(story())
    [theirs] = sent
    assert isinstance(theirs, Text), "the service sent its refusal as a Text (reason_text)"

    store = LocalStore(tmp_path / "device")  # opened again: read back from the outbox file
    try:
        [conflict] = asyncio.run(store.conflicts())
    finally:
        store.close()
    assert isinstance(conflict.reason, Text)
    assert conflict.reason.source == theirs.source
    assert dict(conflict.reason.values) == dict(theirs.values)
    assert conflict.reason == theirs  # and the same English
