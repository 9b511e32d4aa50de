"""What a queued mutation does to the cache before the server has seen it, and how to undo it.

Every effect is idempotent (re-applying it changes nothing more), because effects are
re-applied after a pull (the server's rows replace optimistic ones until the push lands) and
after a crash between the outbox commit and the cache commit. Rows an effect creates carry
the mutation id in ``pending_mutation_id`` so screens can mark them pending.

Click-and-collect effects (``order.*``) are recomputed rather than added: the first queued
change to an order keeps the server's version of it (``order_base``: its state columns and
its lines' pick counts), each queued change is listed in ``order_pending``, and the cached
order is always *base + the listed changes, folded in queue order* (:func:`fold_order`).
Re-applying recomputes the same thing (a scan is never counted twice); a pulled order (its
``pending_mutation_id`` back to NULL) becomes the new base; a rejection drops its change from
the list and recomputes, so undoing one of several queued changes to an order is exact in any
order; a confirmation folds the change into the base. Codes and PINs never enter these tables.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from associate_app.cache import carts as cached_carts
from associate_app.cache import exchanges as cached_exchanges
from associate_app.cache import loyalty as cached_loyalty
from associate_app.cache import returns as cached_returns
from associate_app.cache.replica import reversed_digits
from store_contract.domain import pickup
from store_contract.domain import returns as return_rules
from store_contract.domain.loyalty import points_for_purchase
from store_contract.domain.mutation_types import ORDER_TYPES, MutationType
from store_contract.domain.text import QT_TRANSLATE_NOOP, text
from store_contract.payloads import SECRET_FIELDS


@dataclass(frozen=True)
class Context:
    mutation_id: str
    created_at: str
    staff_id: str | None
    store_id: str | None


Effect = Callable[[sqlite3.Connection, Context, dict[str, Any]], None]


def _add_note(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO interactions (interaction_id, customer_id, kind, channel, "
        "subject, body, status, staff_id, store_id, created_at, pending_mutation_id) "
        "VALUES (?, ?, 'note', 'in_store', 'Note', ?, NULL, ?, ?, ?, ?)",
        (p["interaction_id"], p["customer_id"], p["body"], ctx.staff_id, ctx.store_id,
         ctx.created_at, ctx.mutation_id),
    )


def _enrol(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    exists = conn.execute("SELECT 1 FROM customers WHERE customer_id = ?",
                          (p["customer_id"],)).fetchone()
    if exists:
        return
    conn.execute(
        "INSERT INTO customers (customer_id, first_name, last_name, email, phone_e164, "
        "marketing_consent, consent_updated_at, preferred_store_id, preferred_channel, "
        "created_at, updated_at, pending_mutation_id, phone_rev) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'in_store', ?, ?, ?, ?)",
        (p["customer_id"], p["first_name"], p["last_name"], p["email"], p["phone_e164"],
         int(p["marketing_consent"]), ctx.created_at, ctx.store_id, ctx.created_at,
         ctx.created_at, ctx.mutation_id, reversed_digits(p["phone_e164"])),
    )


def _set_consent(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    conn.execute(
        "UPDATE customers SET marketing_consent = ?, consent_updated_at = ? "
        "WHERE customer_id = ?", (int(p["marketing_consent"]), ctx.created_at, p["customer_id"]),
    )


def _wishlist_add(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO wishlist_items (item_id, customer_id, product_id, channel, "
        "added_at, pending_mutation_id) VALUES (?, ?, ?, 'in_store', ?, ?)",
        (p["item_id"], p["customer_id"], p["product_id"], ctx.created_at, ctx.mutation_id),
    )


def _tier(conn: sqlite3.Connection, customer_id: str) -> str:
    row = conn.execute("SELECT tier FROM loyalty_accounts WHERE customer_id = ?",
                       (customer_id,)).fetchone()
    return row[0] if row else "bronze"


def _loyalty_earn(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    points = points_for_purchase(p["amount_cents"], _tier(conn, p["customer_id"]))
    _pending_points(conn, ctx, p["customer_id"], points, "earn")


def _loyalty_redeem(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    _pending_points(conn, ctx, p["customer_id"], -p["points"], "redeem")


def _redeem_reward(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    """A reward redeemed here: its voucher shown waiting for its code, its points pending."""
    if conn.execute("SELECT 1 FROM vouchers WHERE voucher_id = ?",
                    (p["voucher_id"],)).fetchone() is None:
        points = cached_loyalty.add_pending_reward(conn, ctx.mutation_id, ctx.created_at,
                                                   ctx.store_id, p)
        if points:
            _pending_points(conn, ctx, p["customer_id"], -points, "redeem")


def _cancel_voucher(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    """A reward voucher cancelled here: shown cancelled, its points back pending."""
    points = cached_loyalty.cancel_voucher(conn, p["voucher_id"], ctx.created_at)
    if points:
        _pending_points(conn, ctx, p["customer_id"], points, "voucher_cancel")


def _enrol_card(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    cached_loyalty.add_pending_account(conn, ctx.mutation_id, ctx.created_at, p)


def _pending_points(conn: sqlite3.Connection, ctx: Context, customer_id: str, delta: int,
                    reason: str) -> None:
    conn.execute(
        "INSERT INTO pending_loyalty (mutation_id, customer_id, delta, reason, created_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (mutation_id) DO NOTHING",
        (ctx.mutation_id, customer_id, delta, reason, ctx.created_at),
    )


# -- click-and-collect: base + queued changes, recomputed ---------------------------------------

#: The order columns the ``order.*`` effects change (and an undo restores).
ORDER_STATE = ("status", "staging_location", "pickup_expires_at", "failed_code_attempts",
               "refund_status")
LINE_STATE = ("qty_picked", "qty_short", "short_reason", "substitute_product_id", "qty_returned",
              "qty_declined")


def _order_snapshot(conn: sqlite3.Connection, order_id: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(ORDER_STATE)} FROM orders WHERE order_id = ?",
                       (order_id,)).fetchone()
    if row is None:
        return None
    lines = {
        r[0]: dict(zip(("product_id", "qty_ordered", *LINE_STATE), r[1:], strict=True))
        for r in conn.execute(
            f"SELECT line_id, product_id, qty_ordered, {', '.join(LINE_STATE)} FROM order_lines "
            "WHERE order_id = ? ORDER BY line_id", (order_id,))
    }
    return {"order": dict(zip(ORDER_STATE, row, strict=True)), "lines": lines}


def _write_order(conn: sqlite3.Connection, order_id: str, state: dict[str, Any],
                 marker: str | None) -> None:
    sets = ", ".join(f"{c} = ?" for c in ORDER_STATE)
    conn.execute(f"UPDATE orders SET {sets}, pending_mutation_id = ? WHERE order_id = ?",
                 (*(state["order"].get(c) for c in ORDER_STATE), marker, order_id))
    line_sets = ", ".join(f"{c} = ?" for c in LINE_STATE)
    conn.executemany(
        f"UPDATE order_lines SET {line_sets} WHERE line_id = ? AND order_id = ?",
        [(*(line.get(c) for c in LINE_STATE), line_id, order_id)
         for line_id, line in state["lines"].items()])


def fold_order(state: dict[str, Any], type_: str, p: dict[str, Any], created_at: str) -> None:
    """Apply one queued change to an order's state (``_order_snapshot`` shape), in place.

    Only what the rules allow from the state reached so far is applied, so the cache never
    shows what the service will certainly refuse (the refusal still comes, with its reason).
    """
    order = state["order"]
    status = order.get("status")
    line = state["lines"].get(p.get("line_id")) if "line_id" in p else None

    def remaining(x: dict[str, Any]) -> int:
        return (x.get("qty_ordered") or 0) - (x.get("qty_picked") or 0) - (x.get("qty_short")
                                                                          or 0)

    def move(target: str) -> None:
        if pickup.can_transition(status, target, "associate"):
            order["status"] = target

    match type_:
        case MutationType.ORDER_START_PICKING:
            move(pickup.PICKING)
        case MutationType.ORDER_PICK_LINE | MutationType.ORDER_SUBSTITUTE:
            if status == pickup.PICKING and line is not None and remaining(line) > 0:
                line["qty_picked"] = (line.get("qty_picked") or 0) + 1
                if type_ == MutationType.ORDER_SUBSTITUTE:
                    line["substitute_product_id"] = p["substitute_product_id"]
        case MutationType.ORDER_RECORD_SHORTAGE:
            if status == pickup.PICKING and line is not None:
                qty = min(int(p["qty"]), max(0, remaining(line)))
                if qty:
                    line["qty_short"] = (line.get("qty_short") or 0) + qty
                    line["short_reason"] = p["reason"]
        case MutationType.ORDER_STAGE:
            if status in (pickup.PICKING, pickup.READY):
                order["staging_location"] = p["location"]
        case MutationType.ORDER_MARK_READY:
            if status == pickup.PICKING:
                order["status"] = pickup.READY
                start = pickup.as_datetime(created_at)
                if start is not None:
                    order["pickup_expires_at"] = (start + pickup.PICKUP_HOLD).isoformat()
        case MutationType.ORDER_HANDOVER:
            move(pickup.COLLECTED)
        case MutationType.ORDER_RECORD_FAILED_CODE:
            if status == pickup.READY:
                order["failed_code_attempts"] = (order.get("failed_code_attempts") or 0) + 1
        case MutationType.ORDER_EXPIRE:
            move(pickup.EXPIRED)
        case MutationType.ORDER_RETURN_TO_STOCK:
            if status == pickup.EXPIRED:
                order["status"] = pickup.RETURNED
                order["refund_status"] = "pending"
        case MutationType.ORDER_DECLINE_LINE:
            # (never more than picked less declined: the service refuses the rest)
            if status == pickup.READY and line is not None:
                declined = line.get("qty_declined") or 0
                room = max(0, (line.get("qty_picked") or 0) - declined)
                line["qty_declined"] = declined + min(int(p["qty"]), room)
        case MutationType.ORDER_RETURN | MutationType.ORDER_EXCHANGE:
            # units back (never more than ordered: the service checks what was bought)
            for item in p.get("lines") or ():
                back = state["lines"].get(item.get("line_id"))
                if back is not None:
                    returned = back.get("qty_returned") or 0
                    room = (back.get("qty_ordered") or 0) - returned
                    back["qty_returned"] = returned + max(0, min(int(item["qty"]), room))


def _pending_for(conn: sqlite3.Connection, order_id: str) -> list[sqlite3.Row | tuple]:
    return conn.execute(
        "SELECT mutation_id, type, payload, created_at FROM order_pending WHERE order_id = ? "
        "ORDER BY seq", (order_id,)).fetchall()


def _base(conn: sqlite3.Connection, order_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT data FROM order_base WHERE order_id = ?", (order_id,)).fetchone()
    return json.loads(row[0]) if row else None


def _recompute(conn: sqlite3.Connection, order_id: str) -> None:
    """The cached order := its server version + its queued changes, in queue order."""
    row = conn.execute("SELECT pending_mutation_id FROM orders WHERE order_id = ?",
                       (order_id,)).fetchone()
    if row is None:
        return  # not in the cache (yet): the pull that brings it re-applies the queue
    base = _base(conn, order_id)
    if row[0] is None or base is None:
        # no queued change shown yet, or the pull just replaced the row: this is the server's
        base = _order_snapshot(conn, order_id)
        conn.execute("INSERT OR REPLACE INTO order_base (order_id, data) VALUES (?, ?)",
                     (order_id, json.dumps(base)))
    queued = _pending_for(conn, order_id)
    if not queued:
        _write_order(conn, order_id, base, None)
        conn.execute("DELETE FROM order_base WHERE order_id = ?", (order_id,))
        return
    state = copy.deepcopy(base)
    for _, type_, payload, created_at in queued:
        fold_order(state, type_, json.loads(payload), created_at)
    _write_order(conn, order_id, state, queued[-1][0])


def _order_effect(conn: sqlite3.Connection, ctx: Context, type_: str, p: dict[str, Any]) -> None:
    # secrets in clear (payloads.SECRET_FIELDS) never enter these tables
    kept = {k: v for k, v in p.items() if k not in SECRET_FIELDS}
    conn.execute(
        "INSERT OR IGNORE INTO order_pending (mutation_id, order_id, type, payload, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (ctx.mutation_id, p["order_id"], type_, json.dumps(kept), ctx.created_at))
    _recompute(conn, p["order_id"])


def _order_effect_of(type_: str) -> Effect:
    def effect(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
        _order_effect(conn, ctx, type_, p)
    effect.__name__ = f"_effect_{type_.replace('.', '_')}"
    return effect


def _undo_order(conn: sqlite3.Connection, mutation_id: str, payload: dict[str, Any],
                before: dict[str, Any] | None) -> None:
    order_id = payload.get("order_id")
    conn.execute("DELETE FROM order_pending WHERE mutation_id = ?", (mutation_id,))
    if not order_id:
        return
    if _base(conn, order_id) is None and before:
        # no base kept (an old cache): put back what the order was before this change
        marker = conn.execute("SELECT pending_mutation_id FROM orders WHERE order_id = ?",
                              (order_id,)).fetchone()
        if marker and marker[0] == mutation_id:
            _write_order(conn, order_id, before, None)
        return
    _recompute(conn, order_id)


def _confirm_order(conn: sqlite3.Connection, mutation_id: str) -> None:
    row = conn.execute("SELECT order_id, type, payload, created_at FROM order_pending "
                       "WHERE mutation_id = ?", (mutation_id,)).fetchone()
    if row is None:
        return
    order_id, type_, payload, created_at = row
    conn.execute("DELETE FROM order_pending WHERE mutation_id = ?", (mutation_id,))
    base = _base(conn, order_id)
    if base is not None:  # the server applied it: it is part of the server's version now
        fold_order(base, type_, json.loads(payload), created_at)
        conn.execute("UPDATE order_base SET data = ? WHERE order_id = ?",
                     (json.dumps(base), order_id))
    queued = _pending_for(conn, order_id)
    if not queued:
        conn.execute("DELETE FROM order_base WHERE order_id = ?", (order_id,))
    conn.execute("UPDATE orders SET pending_mutation_id = ? WHERE order_id = ?",
                 (queued[-1][0] if queued else None, order_id))


def _pending_return(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any],
                    replacement_cents: int = 0) -> return_rules.Assessment | None:
    """The return of ``p`` (an ``order.return``, or an exchange's) shown pending with the points
    it moves, the refund being what ``replacement_cents`` of replacements leave over; what the
    rules made of it (None: the order is not cached). Before the fold: the rules count what was
    returned before."""
    order = cached_returns.load_order(conn, p["order_id"])
    if order is None:
        return None
    seen = return_rules.assess(order.sold, [(x["line_id"], x["qty"]) for x in p["lines"]],
                               p["refund_method"], pickup.as_datetime(ctx.created_at)
                               or order.sold.received_at, cached_returns.policy(conn))
    items = {x["line_id"]: x for x in p["lines"]}
    cached_returns.add_pending_return(
        conn, ctx.mutation_id, ctx.created_at, ctx.staff_id, ctx.store_id,
        p["order_id"], p["return_id"], p["refund_method"],
        [(x.line_id, x.product_id, x.qty, items[x.line_id]["reason"],
          items[x.line_id]["condition"], x.refund_cents) for x in seen.lines],
        seen.points_reversed, seen.points_restored,
        refund_cents=max(0, seen.refund_cents - replacement_cents))
    delta = seen.points_restored - seen.points_reversed
    if delta:
        _pending_points(conn, ctx, order.customer_id, delta, "return")
    return seen


def _first_time(conn: sqlite3.Connection, ctx: Context) -> bool:
    return conn.execute("SELECT 1 FROM order_pending WHERE mutation_id = ?",
                        (ctx.mutation_id,)).fetchone() is None


def _order_return(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    """A return made here: the return shown (pending), the points it moves pending, the lines'
    returned units (folded like every change to an order, so undone exactly)."""
    if _first_time(conn, ctx):
        _pending_return(conn, ctx, p)
    _order_effect(conn, ctx, MutationType.ORDER_RETURN, p)


def _order_exchange(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    """An exchange made here: its return shown as a return made here is (the refund being
    what the replacements leave over), the exchange shown pending, and its replacements from
    this store's shelf held on the stock at once."""
    if _first_time(conn, ctx):
        marks = ",".join("?" for _ in p["replacements"])
        prices = dict(conn.execute(
            f"SELECT product_id, price_cents FROM products WHERE product_id IN ({marks})",
            [x["product_id"] for x in p["replacements"]]).fetchall())
        wanted = [(x["product_id"], int(x["qty"]), prices.get(x["product_id"]) or 0,
                   x["source"], x.get("from_store_id")) for x in p["replacements"]]
        seen = _pending_return(conn, ctx, p, sum(q * price for _, q, price, _, _ in wanted))
        if seen is not None:
            cached_exchanges.add_pending_exchange(
                conn, ctx.mutation_id, ctx.created_at, ctx.staff_id, ctx.store_id,
                p["order_id"], p["exchange_id"], p["return_id"], seen.refund_cents, wanted)
    _order_effect(conn, ctx, MutationType.ORDER_EXCHANGE, p)


def _order_decline_line(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    """Units declined at the counter: the line's declined units (folded, so undone exactly) and
    the refund shown at once as a pending return of them, to the order's tender."""
    if conn.execute("SELECT 1 FROM order_pending WHERE mutation_id = ?",
                    (ctx.mutation_id,)).fetchone() is None:
        row = conn.execute(
            "SELECT l.line_id, l.product_id, l.qty_ordered, l.qty_picked, l.qty_declined, "
            "l.unit_price_cents, l.discount_cents, l.points_earned, l.points_paid, o.status, "
            "o.order_number FROM order_lines l JOIN orders o USING (order_id) "
            "WHERE l.line_id = ? AND l.order_id = ?", (p["line_id"], p["order_id"])).fetchone()
        if row is not None:  # (before the fold: the rules count what was declined before)
            line = pickup.PickLine(
                line_id=row[0], product_id=row[1], qty_ordered=row[2] or 0,
                qty_picked=row[3] or 0, qty_declined=row[4] or 0,
                unit_price_cents=row[5] or 0, discount_cents=row[6] or 0,
                points_earned=row[7] or 0, points_paid=row[8] or 0)
            try:
                seen = pickup.check_decline(row[9], line, int(p["qty"]), row[10])
            except pickup.IllegalTransition:
                seen = None  # the service will refuse it, with its sentence
            if seen is not None:
                cached_returns.add_pending_return(
                    conn, ctx.mutation_id, ctx.created_at, ctx.staff_id, ctx.store_id,
                    p["order_id"], p["return_id"], return_rules.RefundMethod.TENDER.value,
                    [(line.line_id, line.product_id, seen.qty, p["reason"],
                      return_rules.Condition.RESELLABLE.value, seen.refund_cents)],
                    0, seen.points_restored)
    _order_effect(conn, ctx, MutationType.ORDER_DECLINE_LINE, p)


def _order_add_item(conn: sqlite3.Connection, ctx: Context, p: dict[str, Any]) -> None:
    """An item added at the counter: the order's change folded like the others (first, so a
    base kept now is the server's order without it), then its line shown at once, under the
    change's temporary line id (remap_ids gives it the service's; an undo deletes it)."""
    _order_effect(conn, ctx, MutationType.ORDER_ADD_ITEM, p)
    if conn.execute("SELECT 1 FROM orders WHERE order_id = ?", (p["order_id"],)).fetchone():
        conn.execute(
            "INSERT OR IGNORE INTO order_lines (line_id, order_id, product_id, qty_ordered, "
            "qty_picked, qty_short, unit_price_cents, add_on) SELECT ?, ?, product_id, ?, ?, 0, "
            "price_cents, 1 FROM products WHERE product_id = ?",
            (p["line_id"], p["order_id"], p["qty"], p["qty"], p["product_id"]))


APPLY: dict[str, Effect] = {
    MutationType.NOTE_ADD: _add_note,
    MutationType.CUSTOMER_ENROL: _enrol,
    MutationType.CUSTOMER_SET_CONSENT: _set_consent,
    MutationType.WISHLIST_ADD: _wishlist_add,
    MutationType.LOYALTY_EARN: _loyalty_earn,
    MutationType.LOYALTY_REDEEM: _loyalty_redeem,
    MutationType.LOYALTY_REDEEM_REWARD: _redeem_reward,
    MutationType.LOYALTY_CANCEL_VOUCHER: _cancel_voucher,
    MutationType.LOYALTY_ENROL_CARD: _enrol_card,
    **{t: _order_effect_of(t) for t in sorted(ORDER_TYPES)},
    MutationType.ORDER_RETURN: _order_return,
    MutationType.ORDER_EXCHANGE: _order_exchange,
    MutationType.ORDER_ADD_ITEM: _order_add_item,
    MutationType.ORDER_DECLINE_LINE: _order_decline_line,
    # an online cart finished at the counter (issue 14): shown converted, held here
    MutationType.CART_CONVERT: lambda conn, ctx, p: cached_carts.add_pending_conversion(
        conn, ctx.mutation_id, ctx.created_at, ctx.store_id, p),
}


def before_state(conn: sqlite3.Connection, type_: str, p: dict[str, Any]) -> dict[str, Any] | None:
    """What the cache held before an effect that overwrites a server value (for the undo)."""
    if type_ == MutationType.CUSTOMER_SET_CONSENT:
        row = conn.execute(
            "SELECT marketing_consent, consent_updated_at FROM customers WHERE customer_id = ?",
            (p["customer_id"],)).fetchone()
        if row:
            return {"marketing_consent": row[0], "consent_updated_at": row[1]}
    if type_ in ORDER_TYPES:
        return _order_snapshot(conn, p["order_id"])
    if type_ == MutationType.LOYALTY_CANCEL_VOUCHER:
        row = conn.execute("SELECT cancelled_at FROM vouchers WHERE voucher_id = ?",
                           (p["voucher_id"],)).fetchone()
        return {"cancelled_at": row[0] if row else None}
    return None


def apply(conn: sqlite3.Connection, type_: str, ctx: Context, payload: dict[str, Any]) -> None:
    APPLY[type_](conn, ctx, payload)
    conn.execute("INSERT OR IGNORE INTO applied_mutations (mutation_id) VALUES (?)",
                 (ctx.mutation_id,))


_PENDING_TABLES = ("customers", "interactions", "wishlist_items", "orders", "returns",
                   "exchanges", "vouchers", "loyalty_accounts")


def undo(conn: sqlite3.Connection, type_: str, mutation_id: str, payload: dict[str, Any],
         before: dict[str, Any] | None) -> None:
    """Take a rejected mutation's effect back out of the cache."""
    if type_ in ORDER_TYPES:  # first: the generic part below deletes rows still marked
        _undo_order(conn, mutation_id, payload, before)
    if type_ == MutationType.ORDER_ADD_ITEM and payload.get("line_id"):
        conn.execute("DELETE FROM order_lines WHERE line_id = ? AND add_on = 1",
                     (payload["line_id"],))
    cached_returns.drop_pending_return(conn, mutation_id)  # (its lines with it)
    cached_exchanges.drop_pending_exchange(conn, mutation_id)  # (and its hold on the stock)
    cached_carts.drop_pending_conversion(conn, mutation_id)  # (the cart open again, unheld)
    for table in _PENDING_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE pending_mutation_id = ?", (mutation_id,))
    conn.execute("DELETE FROM pending_loyalty WHERE mutation_id = ?", (mutation_id,))
    if type_ == MutationType.LOYALTY_CANCEL_VOUCHER and before is not None:
        cached_loyalty.uncancel_voucher(conn, payload["voucher_id"], before["cancelled_at"])
    if type_ == MutationType.CUSTOMER_SET_CONSENT and before:
        conn.execute(
            "UPDATE customers SET marketing_consent = ?, consent_updated_at = ? "
            "WHERE customer_id = ?",
            (before["marketing_consent"], before["consent_updated_at"], payload["customer_id"]))
    conn.execute("DELETE FROM applied_mutations WHERE mutation_id = ?", (mutation_id,))


def confirm(conn: sqlite3.Connection, mutation_id: str) -> None:
    """The server applied it: its rows are no longer pending (a pull brings the final ones)."""
    _confirm_order(conn, mutation_id)
    cached_carts.confirm_conversion(conn, mutation_id)
    for table in _PENDING_TABLES:
        conn.execute(f"UPDATE {table} SET pending_mutation_id = NULL "
                     "WHERE pending_mutation_id = ?", (mutation_id,))
    conn.execute("UPDATE pending_loyalty SET confirmed = 1 WHERE mutation_id = ?", (mutation_id,))
    conn.execute("DELETE FROM applied_mutations WHERE mutation_id = ?", (mutation_id,))


#: (table, column, is the table's key) for every column that can hold a temporary id
ID_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("customers", "customer_id", True),
    ("interactions", "interaction_id", True),
    ("wishlist_items", "item_id", True),
    ("interactions", "customer_id", False),
    ("wishlist_items", "customer_id", False),
    ("pending_loyalty", "customer_id", False),
    ("loyalty_accounts", "customer_id", True),
    ("loyalty_ledger", "customer_id", False),
    ("orders", "customer_id", False),
    ("carts", "customer_id", False),
    ("notifications", "customer_id", False),
    ("returns", "return_id", True),
    ("return_lines", "return_id", False),
    ("order_lines", "line_id", True),  # a line added at pickup
    ("exchanges", "exchange_id", True),
    ("exchange_lines", "exchange_id", False),
    ("exchanges", "return_id", False),
    ("cart_conversions", "order_id", False),  # the order a cart finished here became
    ("vouchers", "voucher_id", True),  # a reward redeemed here
    ("loyalty_accounts", "card_number", False),  # a digital card's number the service replaced
)


def remap_ids(conn: sqlite3.Connection, id_map: dict[str, str]) -> None:
    """Give records made here their server ids, everywhere they are referenced."""
    for temp, real in id_map.items():
        # a return the pull already brought: its lines came with it
        conn.execute("DELETE FROM return_lines WHERE return_id = ? AND EXISTS "
                     "(SELECT 1 FROM returns WHERE return_id = ?)", (temp, real))
        conn.execute("DELETE FROM exchange_lines WHERE exchange_id = ? AND EXISTS "
                     "(SELECT 1 FROM exchanges WHERE exchange_id = ?)", (temp, real))
        for table, column, is_key in ID_COLUMNS:
            if is_key and conn.execute(
                f"SELECT 1 FROM {table} WHERE {column} = ?", (real,)
            ).fetchone():
                # the pull already brought the server's row: the optimistic one is redundant
                conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (temp,))
            else:
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (real, temp))


def orphans(conn: sqlite3.Connection, known: set[str]) -> list[tuple[str, str]]:
    """Optimistic effects in the cache whose queued change is in ``known`` nowhere (neither the
    outbox nor the cache's copy holds it any more): ``(mutation_id, what it was, for people)``
    (a :class:`~store_contract.domain.text.Text`, which the window says in the person's
    language)."""
    found: dict[str, str] = {}

    def name(customer_id: str | None) -> str:
        row = conn.execute("SELECT first_name || ' ' || last_name FROM customers "
                           "WHERE customer_id = ?", (customer_id,)).fetchone()
        return row[0] if row else text(QT_TRANSLATE_NOOP("Messages", "a customer"))

    for table, what in (("interactions", text(QT_TRANSLATE_NOOP("Messages", "a note"))),
                        ("wishlist_items",
                         text(QT_TRANSLATE_NOOP("Messages", "a wishlist item")))):
        for mid, cid in conn.execute(f"SELECT pending_mutation_id, customer_id FROM {table} "
                                     "WHERE pending_mutation_id IS NOT NULL"):
            found.setdefault(mid, text(QT_TRANSLATE_NOOP("Messages", "{what} for {customer}"),
                                       what=what, customer=name(cid)))
    for mid, first, last in conn.execute("SELECT pending_mutation_id, first_name, last_name "
                                         "FROM customers WHERE pending_mutation_id IS NOT NULL"):
        found.setdefault(mid, text(QT_TRANSLATE_NOOP("Messages", "the new customer {first} "
                                                                 "{last}"),
                                   first=first, last=last))
    for mid, cid, delta in conn.execute("SELECT mutation_id, customer_id, delta FROM "
                                        "pending_loyalty WHERE confirmed = 0"):
        found.setdefault(mid, text(QT_TRANSLATE_NOOP("Messages", "points for {customer} "
                                                                 "({points})"),
                                   customer=name(cid), points=delta))
    for mid, order_id in conn.execute("SELECT mutation_id, order_id FROM order_pending"):
        row = conn.execute("SELECT order_number FROM orders WHERE order_id = ?",
                           (order_id,)).fetchone()
        found.setdefault(mid, text(QT_TRANSLATE_NOOP("Messages", "a step on order {order}"),
                                   order=row[0] if row else order_id))
    for mid, number in conn.execute("SELECT pending_mutation_id, order_number FROM orders "
                                    "WHERE pending_mutation_id IS NOT NULL"):
        found.setdefault(mid, text(QT_TRANSLATE_NOOP("Messages", "a step on order {order}"),
                                   order=number))
    for (mid,) in conn.execute("SELECT mutation_id FROM applied_mutations"):
        found.setdefault(mid, text(QT_TRANSLATE_NOOP("Messages", "a change")))
    return sorted((m, label) for m, label in found.items() if m not in known)


def drop_orphan(conn: sqlite3.Connection, mutation_id: str) -> None:
    """Take out the effect of a change no file queues any more (it would wait for ever)."""
    order_ids = {r[0] for r in conn.execute(
        "SELECT order_id FROM order_pending WHERE mutation_id = ? UNION "
        "SELECT order_id FROM orders WHERE pending_mutation_id = ?", (mutation_id, mutation_id))}
    for type_, payload in conn.execute("SELECT type, payload FROM order_pending WHERE "
                                       "mutation_id = ?", (mutation_id,)).fetchall():
        if type_ == MutationType.ORDER_ADD_ITEM:  # the line it showed
            conn.execute("DELETE FROM order_lines WHERE line_id = ? AND add_on = 1",
                         (json.loads(payload).get("line_id"),))
    conn.execute("DELETE FROM order_pending WHERE mutation_id = ?", (mutation_id,))
    for order_id in order_ids:
        _recompute(conn, order_id)
    cached_returns.drop_pending_return(conn, mutation_id)
    cached_exchanges.drop_pending_exchange(conn, mutation_id)
    cached_carts.drop_pending_conversion(conn, mutation_id)
    for table in _PENDING_TABLES:
        if table != "orders":
            conn.execute(f"DELETE FROM {table} WHERE pending_mutation_id = ?", (mutation_id,))
    conn.execute("DELETE FROM pending_loyalty WHERE mutation_id = ? AND confirmed = 0",
                 (mutation_id,))
    conn.execute("DELETE FROM applied_mutations WHERE mutation_id = ?", (mutation_id,))
