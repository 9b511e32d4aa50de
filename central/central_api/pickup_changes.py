"""Changes at pickup (issue 13): ``order.decline_line`` and ``order.add_item`` applied.

The rules are the contract's (:mod:`store_contract.domain.pickup.changes`); this module loads
the order as it is now, asks them again and writes what the change does, in the change's
transaction (a refusal leaves nothing behind):

* **decline** — the declined units go back to this store's stock (their reservation is
  released; they never leave on hand, and the handover takes only what the customer takes),
  the line's ``qty_declined`` grows (so ``qty_collected`` excludes them at handover) and its
  discount and points shrink by the declined units' share; the refund is recorded as a return
  of those units (``returns``, ``return_lines``, reason and ``resellable``) with its refund to
  the order's tender, ``pending`` for the payment service (the returns work's tables); points
  already credited for the order are taken back for them (a reward's points given back); an
  order event, a line on the customer's timeline, a message to the customer and the change
  log.
* **add-on** — a new line (``add_on``: paid at the till) at the catalogue price, picked at
  once, its units reserved here (the handover takes them off hand with the rest); an order
  event, the timeline and the change log.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from store_contract.domain import notification_templates as templates
from store_contract.domain import pickup
from store_contract.domain import returns as return_rules

from . import mutations as m
from . import returns as store_returns
from .changes import record_changes
from .schema import (
    inventory,
    loyalty_accounts,
    loyalty_ledger,
    order_events,
    order_lines,
    products,
    return_lines,
    returns,
)


def _refused(order: sa.Row, exc: pickup.IllegalTransition) -> m.Rejected:
    if order.status == pickup.CANCELLED:
        return m.Rejected(pickup.cancellation_reason(order.order_number, order.cancel_reason))
    return m.Rejected(exc.reason)


def _event(ctx: m.Context, order: sa.Row, status: str, note: str) -> None:
    ctx.conn.execute(order_events.insert().values(
        event_id=m._new_id("OE"), order_id=order.order_id, status=status, at=ctx.now,
        store_id=ctx.store_id, staff_id=ctx.staff_id, note=note[:200]))


def decline_line(ctx: m.Context, p: dict[str, Any]) -> dict[str, str]:
    conn = ctx.conn
    order = m._pickup_order(ctx, p["order_id"])
    row = next((x for x in m._lines_of(conn, order.order_id) if x.line_id == p["line_id"]),
               None)
    line = pickup.PickLine.of(row._mapping) if row is not None else None
    try:
        declined = pickup.check_decline(order.status, line, p["qty"], order.order_number)
    except pickup.IllegalTransition as exc:
        raise _refused(order, exc) from None
    assert line is not None and row is not None
    customer = m._customer_of(conn, order.customer_id)

    m._move_stock(conn, ctx.store_id, line.product_id, reserved=-declined.from_ordered)
    conn.execute(order_lines.update().where(order_lines.c.line_id == line.line_id).values(
        qty_declined=order_lines.c.qty_declined + declined.qty,
        discount_cents=order_lines.c.discount_cents - declined.discount_cents,
        points_earned=order_lines.c.points_earned - declined.points_not_earned,
        points_paid=order_lines.c.points_paid - declined.points_restored))

    return_id = m._own_id(ctx, returns, "return_id", p["return_id"], "RD")
    conn.execute(returns.insert().values(
        return_id=return_id, order_id=order.order_id, customer_id=order.customer_id,
        store_id=ctx.store_id, staff_id=ctx.staff_id, approved_by=None,
        refund_method=return_rules.RefundMethod.TENDER.value,
        refund_cents=declined.refund_cents, points_reversed=0,
        points_restored=declined.points_restored,
        exception_reason=None, mutation_id=ctx.mutation_id, created_at=ctx.now))
    conn.execute(return_lines.insert().values(
        return_line_id=f"{return_id}-1", return_id=return_id, line_id=line.line_id,
        product_id=line.product_id, qty=declined.qty, reason=p["reason"],
        condition=return_rules.Condition.RESELLABLE.value,
        refund_cents=declined.refund_cents))
    store_returns._refund(ctx, order, return_id, return_rules.RefundMethod.TENDER,
                          declined.refund_cents)
    _points(ctx, customer, order, declined)

    what = f"{declined.qty} × {row.name}"
    _event(ctx, order, "declined", f"{what} declined at pickup ({return_id})")
    extra = {"refund_status": "pending"} if declined.refund_cents else {}
    m._save_order(conn, order, ctx.now, **extra)
    m._audit(ctx, order, "Item declined at pickup",
             f"The customer declined {what} of order {order.order_number} at the counter "
             f"(reason: {p['reason'].replace('_', ' ')}); back to stock, refund to the original "
             f"payment pending ({return_id}).{m._sent_by(ctx)}")
    m._notify(conn, order, templates.ORDER_REFUND,
              f"You declined {what} when collecting order {order.order_number}. A refund for "
              "it is on its way to your original payment method.", ctx.now)
    scopes = list(dict.fromkeys([*m._order_scopes(conn, order), ctx.store_id]))
    record_changes(conn, [(s, "return", return_id, "upsert") for s in scopes])
    return m._mapped(p["return_id"], return_id)


def _points(ctx: m.Context, customer: sa.Row | None, order: sa.Row,
            declined: pickup.Declined) -> None:
    """Points already credited for the order are taken back for the declined units; a
    reward's points given back. Points not yet credited are simply never earned (the line's
    ``points_earned`` shrank)."""
    if customer is None or ctx.conn.execute(sa.select(loyalty_accounts.c.customer_id).where(
            loyalty_accounts.c.customer_id == customer.customer_id)).first() is None:
        return
    credited = ctx.conn.execute(sa.select(sa.func.coalesce(sa.func.sum(
        loyalty_ledger.c.delta), 0)).where(loyalty_ledger.c.order_id == order.order_id,
                                             loyalty_ledger.c.reason == "earn")).scalar_one()
    if credited > 0 and declined.points_not_earned:
        m._ledger(ctx, customer, -min(credited, declined.points_not_earned), "declined",
                  order.order_id)
    if declined.points_restored:
        m._ledger(ctx, customer, declined.points_restored, "return_restore", order.order_id)


def add_item(ctx: m.Context, p: dict[str, Any]) -> dict[str, str]:
    conn = ctx.conn
    order = m._pickup_order(ctx, p["order_id"])
    product = conn.execute(sa.select(products.c.product_id, products.c.name,
                                     products.c.price_cents)
                           .where(products.c.product_id == p["product_id"])).first()
    stock = conn.execute(sa.select(inventory.c.on_hand, inventory.c.reserved).where(
        inventory.c.store_id == ctx.store_id,
        inventory.c.product_id == p["product_id"])).first()
    available = (stock.on_hand - stock.reserved) if stock is not None else 0
    try:
        add = pickup.check_add_on(order.status, order.order_number, p["product_id"],
                                  product.name if product else None,
                                  product.price_cents if product else None, p["qty"],
                                  available)
    except pickup.IllegalTransition as exc:
        raise _refused(order, exc) from None
    line_id = m._own_id(ctx, order_lines, "line_id", p["line_id"], "OLA")
    conn.execute(order_lines.insert().values(
        line_id=line_id, order_id=order.order_id, product_id=add.product_id,
        qty_ordered=add.qty, qty_picked=add.qty, qty_short=0, qty_substituted=0,
        unit_price_cents=add.unit_price_cents, add_on=True))
    m._move_stock(conn, ctx.store_id, add.product_id, reserved=add.qty)
    what = f"{add.qty} × {product.name}"
    _event(ctx, order, "added", f"{what} added at pickup, to pay at the till")
    m._save_order(conn, order, ctx.now)
    m._audit(ctx, order, "Item added at pickup",
             f"{what} added to order {order.order_number} at the counter, to pay at the till."
             f"{m._sent_by(ctx)}")
    return m._mapped(p["line_id"], line_id)
