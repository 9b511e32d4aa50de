"""The cache's copy of every queued intent: the outbox's changes can be put back from here.

The outbox (its own file) is the queue; the cache keeps a second copy of each queued entry in
``applied_mutations.intent``, written in the same transaction as the entry's optimistic effect
and dropped with it when the server's answer settles it. So the two files never both lose a
change: a rebuilt cache gets its copies back from the outbox (effects are re-applied at open),
and an outbox that went missing, was replaced by an old backup or lost entries to damage gets
them back from here — with the same mutation ids, which the service applies at most once.
The copy holds what the outbox holds: intents, with any secret already sealed.
"""

from __future__ import annotations

import json
import sqlite3

from associate_app.cache.outbox import Entry
from store_contract.payloads import SECRET_FIELDS


def keep(conn: sqlite3.Connection, entry: Entry) -> None:
    """Copy ``entry`` next to its effect (inside the caller's cache transaction). A code or PIN
    an older version queued in clear is left out of the copy: a copy restored without it is
    refused by the service and explained, never sent in clear."""
    payload = {k: v for k, v in entry.payload.items() if k not in SECRET_FIELDS}
    conn.execute(
        "INSERT INTO applied_mutations (mutation_id, intent) VALUES (?, ?) "
        "ON CONFLICT (mutation_id) DO UPDATE SET intent = excluded.intent",
        (entry.mutation_id, json.dumps({
            "seq": entry.seq, "type": entry.type, "payload": payload, "undo": entry.undo,
            "created_at": entry.created_at, "staff_id": entry.staff_id,
            "store_id": entry.store_id})),
    )


def copies(conn: sqlite3.Connection) -> list[Entry]:
    """The queued intents the cache holds a copy of, in their original queue order."""
    out = []
    for mutation_id, text in conn.execute(
            "SELECT mutation_id, intent FROM applied_mutations WHERE intent IS NOT NULL"):
        try:
            d = json.loads(text)
            out.append(Entry(
                seq=int(d["seq"]), mutation_id=mutation_id, type=str(d["type"]),
                payload=dict(d["payload"]), undo=d.get("undo"), created_at=str(d["created_at"]),
                staff_id=d.get("staff_id"), store_id=d.get("store_id"), status="pending",
                attempts=0, last_error=None))
        except (ValueError, KeyError, TypeError):
            continue  # a copy that cannot be read is no copy
    return sorted(out, key=lambda e: (e.seq, e.created_at))


def has_copy(conn: sqlite3.Connection, mutation_id: str) -> bool:
    return conn.execute("SELECT 1 FROM applied_mutations WHERE mutation_id = ? AND intent IS "
                        "NOT NULL", (mutation_id,)).fetchone() is not None
