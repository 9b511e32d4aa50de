"""A store's customers: the paged list and the customer 360."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

import sqlalchemy as sa
from fastapi import HTTPException, Query, Request

from store_contract import wire
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

from . import auth, errors
from .read_models import ORDER_COLUMNS, orders_with_lines, page_bounds, product_out, row_to
from .schema import (
    cart_lines,
    carts,
    customers,
    interactions,
    loyalty_accounts,
    loyalty_ledger,
    notifications,
    orders,
    products,
    wishlist_items,
)

router = auth.store_router(tags=["customers"])
RECENT = 50  # per list in the 360 view; the full history belongs to paged endpoints


@router.get("/customers", response_model=wire.CustomerPage)
def list_customers(
    session: auth.ScopedSession,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=wire.MAX_OFFSET)] = 0,
) -> wire.CustomerPage:
    """Customers whose preferred store is this store, by customer id."""
    query = (
        sa.select(
            customers,
            loyalty_accounts.c.card_number.label("loyalty_card_number"),
            loyalty_accounts.c.tier.label("loyalty_tier"),
        )
        .outerjoin(loyalty_accounts, loyalty_accounts.c.customer_id == customers.c.customer_id)
        .where(customers.c.preferred_store_id == session.store.store_id)
        .order_by(customers.c.customer_id)
        .limit(limit)
        .offset(offset)
    )
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(query).all()
    items = [row_to(wire.CustomerSummary, r) for r in rows]
    return wire.CustomerPage(
        items=items, limit=limit, offset=offset, next_offset=page_bounds(rows, limit, offset)
    )


@router.get(
    "/customers/{customer_id}",
    response_model=wire.Customer360,
    responses={404: errors.error_response("No such customer for this store")},
)
def customer_360(
    customer_id: str, session: auth.ScopedSession, request: Request
) -> wire.Customer360:
    """Everything about one customer: contact, loyalty, wishlist, carts, orders of every
    channel, interactions and notifications. The customer must belong to this store (preferred
    store) or have ordered from it."""
    sid = session.store.store_id
    with request.app.state.engine.connect() as conn:
        c = conn.execute(sa.select(customers).where(customers.c.customer_id == customer_id)).first()
        in_scope = c is not None and (
            c.preferred_store_id == sid
            or conn.execute(
                sa.select(orders.c.order_id)
                .where(orders.c.customer_id == customer_id, orders.c.store_id == sid)
                .limit(1)
            ).first()
        )
        if not in_scope:
            raise HTTPException(404, text(QT_TRANSLATE_NOOP(
                "Messages", "There is no customer {customer} among store {store}'s customers."),
                customer=customer_id, store=sid))
        return _assemble(conn, c)


def _assemble(conn: sa.Connection, c: sa.Row) -> wire.Customer360:
    cid = c.customer_id
    loyalty = None
    account = conn.execute(
        sa.select(loyalty_accounts).where(loyalty_accounts.c.customer_id == cid)
    ).first()
    if account is not None:
        ledger = conn.execute(
            sa.select(loyalty_ledger)
            .where(loyalty_ledger.c.customer_id == cid)
            .order_by(loyalty_ledger.c.created_at.desc())
            .limit(20)
        )
        loyalty = row_to(
            wire.LoyaltyAccountOut,
            account,
            recent_ledger=[row_to(wire.LedgerEntryOut, e) for e in ledger],
        )
    wishlist = [
        row_to(wire.WishlistItemOut, r, product=product_out(r))
        for r in conn.execute(
            sa.select(
                wishlist_items.c.item_id,
                wishlist_items.c.channel,
                wishlist_items.c.added_at,
                products,
            )
            .join(products, products.c.product_id == wishlist_items.c.product_id)
            .where(wishlist_items.c.customer_id == cid)
            .order_by(wishlist_items.c.added_at.desc())
            .limit(RECENT)
        )
    ]
    cart_rows = conn.execute(
        sa.select(carts)
        .where(carts.c.customer_id == cid)
        .order_by(carts.c.updated_at.desc())
        .limit(RECENT)
    ).all()
    lines: dict[str, list[wire.CartLineOut]] = defaultdict(list)
    if cart_rows:
        for r in conn.execute(
            sa.select(
                cart_lines.c.line_id,
                cart_lines.c.cart_id,
                cart_lines.c.qty,
                cart_lines.c.unit_price_cents,
                products,
            )
            .join(products, products.c.product_id == cart_lines.c.product_id)
            .where(cart_lines.c.cart_id.in_([r.cart_id for r in cart_rows]))
            .order_by(cart_lines.c.line_id)
        ):
            lines[r.cart_id].append(row_to(wire.CartLineOut, r, product=product_out(r)))
    order_rows = conn.execute(
        sa.select(*ORDER_COLUMNS)
        .where(orders.c.customer_id == cid)
        .order_by(orders.c.placed_at.desc())
        .limit(RECENT)
    ).all()
    return wire.Customer360(
        customer=row_to(wire.CustomerOut, c),
        loyalty=loyalty,
        wishlist=wishlist,
        carts=[row_to(wire.CartOut, r, lines=lines[r.cart_id]) for r in cart_rows],
        orders=orders_with_lines(conn, order_rows),
        interactions=[
            row_to(wire.InteractionOut, r)
            for r in conn.execute(
                sa.select(interactions)
                .where(interactions.c.customer_id == cid)
                .order_by(interactions.c.created_at.desc())
                .limit(RECENT)
            )
        ],
        notifications=[
            row_to(wire.NotificationOut, r)
            for r in conn.execute(
                sa.select(notifications)
                .where(notifications.c.customer_id == cid)
                .order_by(notifications.c.sent_at.desc())
                .limit(RECENT)
            )
        ],
    )
