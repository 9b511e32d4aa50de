"""A refused change's sentences reach the conflict inbox as Texts (template and values, so the
window shows them in the person's language), and keep being Texts across the outbox file: the
app closed and opened again reads them back from SQLite as it stored them.

The service's answer travels as on the wire (``MutationResult.reason_text``), through the
sync's push, the local store's settling and ``outbox.mark_rejected`` into a real outbox file.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime

import httpx
import pytest

from associate_app.api.client import CentralClient
from associate_app.cache import outbox
from associate_app.cache.local_store import LocalStore
from associate_app.sync import push
from store_contract.domain.mutation_types import MutationType, new_temp_id
from store_contract.domain.text import QT_TRANSLATE_NOOP, Amount, Text, text

REASON = text(QT_TRANSLATE_NOOP("Messages", "{customer} has {balance} points, not {points}."),
              customer="Jane Smith", balance=1200, points=1700)


def note(body: str) -> dict:
    return {"interaction_id": new_temp_id(), "customer_id": "C0000001", "body": body}


def refusing_service(reason: Text | None, english: str = "Refused.") -> httpx.MockTransport:
    """A central service that refuses every change pushed to it, with ``reason``."""
    def handler(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["mutations"]
        return httpx.Response(200, json={"results": [
            {"mutation_id": m["mutation_id"], "status": "rejected",
             "reason": str(reason) if reason is not None else english,
             "reason_text": reason.to_wire() if reason is not None else None}
            for m in sent], "cursor": 0})
    return httpx.MockTransport(handler)


def push_refused(data_dir, reason: Text | None) -> None:
    async def story():
        store = LocalStore(data_dir)
        client = CentralClient("http://central.test", transport=refusing_service(reason))
        try:
            await store.record(MutationType.NOTE_ADD, note("Wants the blue one"),
                               staff_id="A1001", store_id="S001")
            stats = await push.push(client, store, "S001")
            assert stats.rejected == 1
        finally:
            await client.aclose()
            store.close()
    asyncio.run(story())


def conflicts_of(data_dir) -> list[outbox.Conflict]:
    store = LocalStore(data_dir)  # opened again: read back from the file
    try:
        return asyncio.run(store.conflicts())
    finally:
        store.close()


def test_a_refused_change_s_reason_comes_back_from_the_outbox_file_as_the_same_text(tmp_path):
    push_refused(tmp_path, REASON)
    [conflict] = conflicts_of(tmp_path)
    assert isinstance(conflict.reason, Text)
    assert conflict.reason.source == REASON.source
    assert dict(conflict.reason.values) == {"customer": "Jane Smith", "balance": 1200,
                                            "points": 1700}
    assert conflict.reason == "Jane Smith has 1,200 points, not 1,700."  # English as before
    # the English column is kept as it was (support, an older app, the command line)
    store = LocalStore(tmp_path)
    try:
        english = store.writer.call(
            lambda c: c.outbox.execute("SELECT reason FROM conflicts").fetchone()[0])
    finally:
        store.close()
    assert english == "Jane Smith has 1,200 points, not 1,700."


def test_without_a_text_the_service_s_english_reason_is_kept_as_it_is(tmp_path):
    push_refused(tmp_path, None)
    [conflict] = conflicts_of(tmp_path)
    assert conflict.reason == "Refused." and not isinstance(conflict.reason, Text)


def test_mark_rejected_keeps_every_sentence_s_template_and_values(tmp_path):
    summary = text(QT_TRANSLATE_NOOP("Messages", "Points for a purchase of {amount} by "
                                                 "{customer} (receipt {receipt})"),
                   amount=Amount(2499, "GBP"), customer="Jane Smith", receipt="R-1")
    what_to_do = text(QT_TRANSLATE_NOOP("Messages", "Check the receipt, then {step}"),
                      step=text(QT_TRANSLATE_NOOP("Messages", "add the points again.")))
    store = LocalStore(tmp_path)
    try:
        recorded = store.record_blocking(MutationType.NOTE_ADD, note("n"), staff_id="A1001",
                                         store_id="S001")

        def job(c):
            entry = outbox.get(c.outbox, recorded.mutation_id)
            with outbox.transaction(c.outbox):
                outbox.mark_rejected(c.outbox, entry, REASON, summary, what_to_do)
        store.writer.call(job)
    finally:
        store.close()
    [conflict] = conflicts_of(tmp_path)
    for got, sent in ((conflict.summary, summary), (conflict.reason, REASON),
                      (conflict.what_to_do, what_to_do)):
        assert isinstance(got, Text) and got.source == sent.source and got == sent
    assert conflict.summary.values["amount"] == Amount(2499, "GBP")
    assert isinstance(conflict.what_to_do.values["step"], Text)


def test_an_outbox_of_the_previous_schema_gets_the_column_and_keeps_its_english_conflicts(
        tmp_path):
    path = tmp_path / outbox.OUTBOX_FILE
    conn = sqlite3.connect(path)
    for script in (outbox.SCHEMA_V1, outbox.SCHEMA_V2):
        conn.executescript(script)
    now = datetime.now(UTC).isoformat()
    conn.execute("INSERT INTO outbox_meta (key, value) VALUES ('outbox_id', 'old')")
    conn.execute("INSERT INTO conflicts (mutation_id, type, summary, reason, what_to_do, "
                 "payload, created_at) VALUES ('m1', 'note.add', 'A note', 'Refused.', "
                 "'Add it again.', '{}', ?)", (now,))
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()

    box = outbox.open_outbox(path, key=None)
    try:
        assert box.execute("PRAGMA user_version").fetchone()[0] == outbox.SCHEMA_VERSION == 3
        assert [tuple(r) for r in box.execute("SELECT value FROM outbox_meta")] == [("old",)]
        [conflict] = outbox.conflicts(box)
    finally:
        box.close()
    assert (conflict.summary, conflict.reason, conflict.what_to_do) == (
        "A note", "Refused.", "Add it again.")
    assert not isinstance(conflict.reason, Text)


@pytest.mark.parametrize("kept", ["not json", json.dumps({"reason": {"values": {}}}),
                                  json.dumps(["reason"])])
def test_an_unreadable_texts_column_falls_back_to_the_english(tmp_path, kept):
    push_refused(tmp_path, REASON)
    store = LocalStore(tmp_path)
    try:
        store.writer.call(lambda c: c.outbox.execute("UPDATE conflicts SET texts = ?", (kept,)))
        [conflict] = asyncio.run(store.conflicts())
    finally:
        store.close()
    assert conflict.reason == str(REASON) and not isinstance(conflict.reason, Text)


def test_a_salvaged_outbox_keeps_its_conflicts_texts(tmp_path):
    from associate_app.cache import outbox_salvage
    from associate_app.cache.encryption import folder_key

    push_refused(tmp_path, REASON)
    conn, found = outbox_salvage.salvage(tmp_path / outbox.OUTBOX_FILE, "a test",
                                         folder_key(tmp_path).key)
    try:
        [conflict] = outbox.conflicts(conn)
    finally:
        conn.close()
    assert len(found.conflicts) == 1
    assert isinstance(conflict.reason, Text) and conflict.reason.source == REASON.source


def test_the_last_sync_error_is_still_a_text_when_the_app_opens_again(tmp_path):
    """The status bar's "last sync failed: …" after a restart is in the person's language too:
    the cache keeps the error's template and values, not only its English."""
    import socket

    from associate_app.sync.engine import SyncEngine

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def story():
        client = CentralClient(f"http://127.0.0.1:{port}", token="t")
        store = LocalStore(tmp_path / "device")
        try:
            summary = await SyncEngine(client, store, "S001").sync_once()
        finally:
            store.close()
            await client.aclose()
        again = LocalStore(tmp_path / "device")
        try:
            return summary, (await again.status(rows=False))["last_sync_error"]
        finally:
            again.close()

    summary, kept = asyncio.run(story())
    assert not summary.ok and isinstance(summary.error, Text)
    assert isinstance(kept, Text), kept
    assert kept == summary.error and kept.source == summary.error.source
    assert isinstance(kept.values["reason"], Text)  # "connection refused", translated too
