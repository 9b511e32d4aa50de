"""A store's orders (pickup/purchase store), filterable by status and channel."""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import Query, Request

from store_contract import wire

from . import auth
from .read_models import ORDER_COLUMNS, orders_with_lines, page_bounds
from .schema import orders

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
