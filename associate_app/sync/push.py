"""Push: send queued mutations in order, in batches, and settle each by the server's answer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from associate_app.api import errors
from associate_app.api.client import CentralClient
from associate_app.cache import outbox
from associate_app.cache.local_store import LocalStore
from store_contract import wire_sync
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text

BATCH = 50


@dataclass
class PushStats:
    pushed: int = 0
    applied: int = 0
    rejected: int = 0


async def push(client: CentralClient, store: LocalStore, store_id: str, *,
               batch: int = BATCH) -> PushStats:
    stats = PushStats()
    while True:
        entries = await store.pending(batch)
        # a code or PIN an older version queued in clear is not sent until it is sealed (the
        # service's key comes with a pull); nothing after it goes first
        clear = next((i for i, e in enumerate(entries) if outbox.has_clear_secret(e)), None)
        if clear is not None:
            entries = entries[:clear]
        if not entries:
            return stats
        request = wire_sync.PushRequest(mutations=[
            wire_sync.Mutation(
                mutation_id=e.mutation_id, device_seq=e.seq, type=e.type, payload=e.payload,
                created_at=datetime.fromisoformat(e.created_at), staff_id=e.staff_id,
            )
            for e in entries
        ])
        ids = [e.mutation_id for e in entries]
        try:
            response = await client.push(store_id, request)
        except errors.ApiError as exc:
            await store.note_push_failed(ids, str(exc))  # (stored: English)
            raise
        answered = [r for r in response.results if r.mutation_id in set(ids)]
        # a refusal's reason as the service wrote it (a Text: the conflict inbox shows it in
        # the person's language), else its English
        await store.settle([(r.mutation_id, r.status, Text.from_wire(r.reason_text) or r.reason,
                             dict(r.id_map)) for r in answered])
        stats.pushed += len(answered)
        stats.applied += sum(r.status != "rejected" for r in answered)
        stats.rejected += sum(r.status == "rejected" for r in answered)
        if len(answered) < len(entries):
            # the server stopped part-way (e.g. it is shutting down): the rest go next time
            raise errors.ServerError(text(QT_TRANSLATE_NOOP(
                "Messages", "The central service answered {answered} of {sent} changes; the "
                "rest stay queued and go at the next sync."),
                answered=len(answered), sent=len(entries)))
