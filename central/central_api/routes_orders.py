"""A store's orders (pickup/purchase store), filterable by status and channel."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import sqlalchemy as sa
from fastapi import HTTPException, Path, Query, Request

from store_contract import wire
from store_contract.domain import pin_lockout
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

from . import audit, auth, errors
from .order_detail import find_order_id, order_detail
from .read_models import ORDER_COLUMNS, orders_with_lines, page_bounds
from .schema import audit_log, orders

#: orders of other stores' customers (and numbers that match nothing) one person may look up in
#: ``pin_lockout.WINDOW``: order numbers run in sequence, so a counter could otherwise walk the
#: chain's orders one number after another
OTHER_STORES_LOOKUPS = 20
_LOOKUPS = ("order.read_other_store", "order.lookup_unknown")

router = auth.store_router(tags=["orders"])


@router.get("/orders", response_model=wire.OrderPage)
def list_orders(
    session: auth.ScopedSession,
    request: Request,
    status: wire.OrderStatus | None = None,
    channel: wire.Channel | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=wire.MAX_OFFSET)] = 0,
) -> wire.OrderPage:
    """Newest first, with their lines."""
    query = (
        sa.select(*ORDER_COLUMNS)
        .where(orders.c.store_id == session.store.store_id)
        .order_by(orders.c.placed_at.desc(), orders.c.order_id)
        .limit(limit)
        .offset(offset)
    )
    if status is not None:
        query = query.where(orders.c.status == status.value)
    if channel is not None:
        query = query.where(orders.c.channel == channel.value)
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(query).all()
        items = orders_with_lines(conn, rows)
    return wire.OrderPage(
        items=items, limit=limit, offset=offset, next_offset=page_bounds(rows, limit, offset)
    )


@router.get(
    "/orders/{number}",
    response_model=wire.OrderDetail,
    responses={404: errors.error_response("No order of the chain has this number"),
               429: errors.error_response("Too many other stores' orders looked up")},
)
def get_order_detail(
    session: auth.ScopedSession,
    request: Request,
    number: Annotated[str, Path(min_length=1, max_length=40,
                                description="An order number (WEB-…, CC-…, POS-…) or a till "
                                            "receipt number (RCT-…)")],
) -> wire.OrderDetail:
    """One order of any channel and any store of the chain, by its order or receipt number:
    lines (ordered, picked, collected, returned; prices, discounts, points), how it was paid
    (tender, last four digits), its status history and a web order's parcel. A customer who is
    not this store's (neither their home store nor linked here, and the order is not this
    store's) has their contact details masked."""
    sid, who, now = session.store.store_id, session.staff.staff_id, datetime.now(UTC)
    with request.app.state.engine.begin() as conn:
        looked_up = conn.execute(sa.select(sa.func.count()).select_from(audit_log).where(
            audit_log.c.staff_id == who, audit_log.c.action.in_(_LOOKUPS),
            audit_log.c.at >= now - pin_lockout.WINDOW)).scalar_one()
        order_id = find_order_id(conn, number)
        found = order_detail(conn, order_id, sid) if order_id is not None else None
        if found is not None and not found.contact_masked:
            return found  # this store's order or customer: no trace needed
        if looked_up >= OTHER_STORES_LOOKUPS:
            raise HTTPException(429, text(QT_TRANSLATE_NOOP(
                "Messages", "Too many orders of other stores looked up. Wait five minutes, or "
                "ask the customer for their email or receipt.")))
        # (each is on the store's audit: who looked at which other store's order, or guessed)
        audit.record(conn, store_id=sid, staff_id=who, device_id=session.device_id,
                     action=_LOOKUPS[0] if found is not None else _LOOKUPS[1],
                     subject=number.strip()[:40],
                     detail="order of another store's customer" if found is not None
                     else "no order has this number")
    if found is None:
        raise HTTPException(404, text(QT_TRANSLATE_NOOP(
            "Messages", "There is no order or receipt {number} in the chain. Check the number "
            "on the customer's email or receipt."), number=number.strip()[:40]))
    return found
