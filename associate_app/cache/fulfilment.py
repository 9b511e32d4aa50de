"""The Dashboard's reads: the store's click-and-collect orders with the times of what happened
to them, and the pickup queue right now (counted by the Pickups screen's own definitions).

The metric rules are in ``domain/fulfilment_metrics.py``; this module only gathers the facts.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from associate_app.cache import pickups
from store_contract.domain import notification_templates as templates
from store_contract.domain import pickup
from store_contract.domain.fulfilment_metrics import OrderFacts, RightNow
from store_contract.domain.pickup import as_datetime
from store_contract.domain.store_time import cache_text

_READY = ", ".join(f":ready{i}" for i in range(len(templates.READY_TEMPLATES)))


def _sent(template_param: str) -> str:
    """The first time a message was sent for the order. Looked up through the customer's
    messages (the notifications table is indexed by customer), so it stays cheap."""
    return ("(SELECT min(n.sent_at) FROM notifications n WHERE n.customer_id = o.customer_id "
            f"AND n.order_id = o.order_id AND n.template IN ({template_param}))")


# Everything that happens to an order (placed, ready, collected, cancelled) updates it, so an
# order not updated since :since had nothing happen since, except a no-show's pickup window
# closing: those are found by status (few). Both halves are indexed reads.
_FACTS_SQL = (
    "SELECT o.order_id, o.status, o.placed_at, o.promised_at, o.pickup_expires_at, "
    f"o.updated_at, {_sent(_READY)}, {_sent(':collected')}, {_sent(':cancelled')} "
    "FROM orders o WHERE o.rowid IN ("
    "SELECT rowid FROM orders WHERE store_id = :store AND channel = 'click_and_collect' "
    "AND updated_at >= :since "
    "UNION SELECT rowid FROM orders WHERE store_id = :store AND status IN (:expired, "
    ":returned) AND +channel = 'click_and_collect' AND pickup_expires_at >= :since) "
    "ORDER BY o.placed_at"
)


def order_facts(conn: sqlite3.Connection, store_id: str, since: datetime) -> list[OrderFacts]:
    """The store's click-and-collect orders that may have had something happen at or after
    ``since`` (other stores' orders and other channels are never included)."""
    params: dict[str, str] = {
        "store": store_id, "since": cache_text(since),
        "collected": templates.ORDER_COLLECTED, "cancelled": templates.ORDER_CANCELLED,
        "expired": pickup.EXPIRED, "returned": pickup.RETURNED}
    params |= {f"ready{i}": t for i, t in enumerate(templates.READY_TEMPLATES)}
    return [
        OrderFacts(r[0], r[1], *(as_datetime(v) for v in r[2:]))
        for r in conn.execute(_FACTS_SQL, params)
    ]


def right_now(conn: sqlite3.Connection, store_id: str, now: datetime) -> RightNow:
    """The queue now: the Pickups screen's group counts, and the ready orders past their pickup
    deadline (as ``domain.pickup.is_overdue``) and expired ones still to go back to stock."""
    groups = pickups.group_counts(conn, store_id, now)
    past_deadline, to_return = conn.execute(
        "SELECT coalesce(sum(o.status = :ready AND o.pickup_expires_at <= :now), 0), "
        "coalesce(sum(o.status = :expired), 0) FROM orders o WHERE o.store_id = :store AND "
        "o.channel = 'click_and_collect' AND o.status IN (:ready, :expired)",
        {"store": store_id, "now": cache_text(now), "ready": pickup.READY,
         "expired": pickup.EXPIRED}).fetchone()
    return RightNow(**{g: groups[g] for g in pickups.GROUPS},
                    past_deadline=past_deadline, to_return=to_return)
