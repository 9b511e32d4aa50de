"""A store's customers: the paged list and the customer 360."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

import sqlalchemy as sa
from fastapi import HTTPException, Query, Request

from store_contract import wire

from . import auth, errors
from .read_models import ORDER_COLUMNS, maybe_utc, orders_with_lines, page_bounds, product_out
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
        sa.select(customers, loyalty_accounts.c.card_number, loyalty_accounts.c.tier)
        .outerjoin(loyalty_accounts, loyalty_accounts.c.customer_id == customers.c.customer_id)
        .where(customers.c.preferred_store_id == session.store.store_id)
        .order_by(customers.c.customer_id)
        .limit(limit)
        .offset(offset)
    )
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(query).all()
    items = [
        wire.CustomerSummary(
            customer_id=r.customer_id,
            first_name=r.first_name,
            last_name=r.last_name,
            email=r.email,
            phone_e164=r.phone_e164,
            preferred_store_id=r.preferred_store_id,
            preferred_channel=r.preferred_channel,
            marketing_consent=r.marketing_consent,
            loyalty_card_number=r.card_number,
            loyalty_tier=r.tier,
        )
        for r in rows
    ]
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
            raise HTTPException(
                404, f"There is no customer {customer_id} among store {sid}'s customers."
            )
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
        ).all()
        loyalty = wire.LoyaltyAccountOut(
            card_number=account.card_number,
            tier=account.tier,
            points_balance=account.points_balance,
            member_since=auth.as_utc(account.member_since),
            recent_ledger=[
                wire.LedgerEntryOut(
                    entry_id=e.entry_id,
                    store_id=e.store_id,
                    delta=e.delta,
                    reason=e.reason,
                    order_id=e.order_id,
                    created_at=auth.as_utc(e.created_at),
                )
                for e in ledger
            ],
        )
    wishlist = [
        wire.WishlistItemOut(
            item_id=r.item_id,
            product=product_out(r),
            channel=r.channel,
            added_at=auth.as_utc(r.added_at),
        )
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
            lines[r.cart_id].append(
                wire.CartLineOut(
                    line_id=r.line_id,
                    product=product_out(r),
                    qty=r.qty,
                    unit_price_cents=r.unit_price_cents,
                )
            )
    order_rows = conn.execute(
        sa.select(*ORDER_COLUMNS)
        .where(orders.c.customer_id == cid)
        .order_by(orders.c.placed_at.desc())
        .limit(RECENT)
    ).all()
    return wire.Customer360(
        customer=wire.CustomerOut(
            customer_id=cid,
            first_name=c.first_name,
            last_name=c.last_name,
            email=c.email,
            phone_e164=c.phone_e164,
            marketing_consent=c.marketing_consent,
            consent_updated_at=maybe_utc(c.consent_updated_at),
            preferred_store_id=c.preferred_store_id,
            preferred_channel=c.preferred_channel,
            created_at=auth.as_utc(c.created_at),
            updated_at=auth.as_utc(c.updated_at),
        ),
        loyalty=loyalty,
        wishlist=wishlist,
        carts=[
            wire.CartOut(
                cart_id=r.cart_id,
                channel=r.channel,
                status=r.status,
                updated_at=auth.as_utc(r.updated_at),
                lines=lines[r.cart_id],
            )
            for r in cart_rows
        ],
        orders=orders_with_lines(conn, order_rows),
        interactions=[
            wire.InteractionOut(
                interaction_id=r.interaction_id,
                kind=r.kind,
                channel=r.channel,
                subject=r.subject,
                body=r.body,
                status=r.status,
                staff_id=r.staff_id,
                store_id=r.store_id,
                created_at=auth.as_utc(r.created_at),
            )
            for r in conn.execute(
                sa.select(interactions)
                .where(interactions.c.customer_id == cid)
                .order_by(interactions.c.created_at.desc())
                .limit(RECENT)
            )
        ],
        notifications=[
            wire.NotificationOut(
                notification_id=r.notification_id,
                order_id=r.order_id,
                channel=r.channel,
                template=r.template,
                body=r.body,
                sent_at=auth.as_utc(r.sent_at),
            )
            for r in conn.execute(
                sa.select(notifications)
                .where(notifications.c.customer_id == cid)
                .order_by(notifications.c.sent_at.desc())
                .limit(RECENT)
            )
        ],
    )
