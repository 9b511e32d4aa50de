"""Customers of the whole chain: a store searches every store's customers (one click, when
the customer is not in its own data) and links the one it serves, which brings that
customer's records into the store's sync scope."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import sqlalchemy as sa
from fastapi import HTTPException, Query, Request

from store_contract import wire
from store_contract.domain import pin_lockout
from store_contract.domain.customer_query import mask_email, mask_phone, parse
from store_contract.domain.permissions import Permission, can, refusal
from store_contract.domain.text import QT_TRANSLATE_NOOP, text
from store_contract.wire_security import LinkRequest

from . import audit, auth, errors, storage
from .changes import record_changes
from .schema import (
    audit_log,
    carts,
    customer_store_links,
    customers,
    interactions,
    loyalty_accounts,
    notifications,
    orders,
    stores,
    wishlist_items,
)

router = auth.store_router(tags=["customers"])
MAX_HITS = 20


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@router.get("/customer-search", response_model=wire.ChainSearchResult)
def search_chain(
    session: auth.ScopedSession,
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200,
                            description="Name words, phone, email or card number")],
) -> wire.ChainSearchResult:
    """Every store's customers matching ``q`` (at most 20), contact details masked."""
    query = parse(q)
    conditions = []
    if query.name_words:
        per_word = [
            sa.or_(sa.func.lower(customers.c.first_name).like(_escape(w) + "%", escape="\\"),
                   sa.func.lower(customers.c.last_name).like(_escape(w) + "%", escape="\\"))
            for w in query.name_words
        ]
        conditions.append(sa.and_(*per_word))
    if query.email_prefix:
        conditions.append(sa.func.lower(customers.c.email).like(
            _escape(query.email_prefix) + "%", escape="\\"))
    if query.phone_e164:
        conditions.append(customers.c.phone_e164 == query.phone_e164)
    elif query.phone_suffix_rev:
        conditions.append(customers.c.phone_e164.like(
            "%" + _escape(query.phone_suffix_rev[::-1]), escape="\\"))
    if query.card_prefix:
        conditions.append(loyalty_accounts.c.card_number.like(
            _escape(query.card_prefix) + "%", escape="\\"))
    if not conditions:
        return wire.ChainSearchResult(items=[], truncated=False)
    stmt = (
        sa.select(customers.c.customer_id, customers.c.first_name, customers.c.last_name,
                  customers.c.email, customers.c.phone_e164, customers.c.preferred_store_id,
                  stores.c.name.label("store_name"), loyalty_accounts.c.card_number,
                  loyalty_accounts.c.tier)
        .outerjoin(loyalty_accounts, loyalty_accounts.c.customer_id == customers.c.customer_id)
        .outerjoin(stores, stores.c.store_id == customers.c.preferred_store_id)
        .where(sa.or_(*conditions))
        .order_by(customers.c.last_name, customers.c.first_name, customers.c.customer_id)
        .limit(MAX_HITS + 1)
    )
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    items = [
        wire.ChainCustomerHit(
            customer_id=r.customer_id, first_name=r.first_name, last_name=r.last_name,
            email_masked=mask_email(r.email), phone_masked=mask_phone(r.phone_e164),
            home_store_id=r.preferred_store_id, home_store_name=r.store_name,
            card_last4=r.card_number[-4:] if r.card_number else None, tier=r.tier,
        )
        for r in rows[:MAX_HITS]
    ]
    return wire.ChainSearchResult(items=items, truncated=len(rows) > MAX_HITS)


@router.post("/customers/{customer_id}/link", response_model=wire.LinkResult,
             responses={429: errors.error_response(
                 "Too many wrong loyalty cards from this person: wait (Retry-After)")})
def link_customer(customer_id: str, body: LinkRequest, session: auth.ScopedSession,
                  request: Request) -> wire.LinkResult:
    """Bring a customer of another store into this store's data (idempotent), with the reason.

    The customer is present when their loyalty card is scanned here: then any associate may.
    Without the card only a manager may (their contact details and points would otherwise be
    one search away from any counter). Every link goes into the store's audit."""
    sid = session.store.store_id
    now = datetime.now(UTC)
    with request.app.state.engine.connect() as conn, storage.write_transaction(conn):
        # A card number is a guessable proof that the customer is here: every wrong one is on
        # the record and counts; after LIMIT in the lockout window the person must wait.
        wrong = conn.execute(sa.select(sa.func.count()).select_from(audit_log).where(
            audit_log.c.staff_id == session.staff.staff_id,
            audit_log.c.action == "customer.link_wrong_card",
            audit_log.c.at >= now - pin_lockout.WINDOW)).scalar_one()
        if body.card_number and wrong >= pin_lockout.LIMIT:
            raise HTTPException(429, text(QT_TRANSLATE_NOOP(
                "Messages", "Too many wrong loyalty cards. Wait five minutes, or ask a manager "
                "to bring the customer here.")), headers={"Retry-After": "300"})
        if conn.execute(sa.select(customers.c.customer_id)
                        .where(customers.c.customer_id == customer_id)).first() is None:
            raise HTTPException(404, text(QT_TRANSLATE_NOOP(
                "Messages", "There is no customer {customer} in the chain."),
                customer=customer_id))
        card = conn.execute(sa.select(loyalty_accounts.c.card_number).where(
            loyalty_accounts.c.customer_id == customer_id)).scalar()
        present = bool(body.card_number and card and body.card_number.strip() == card)
        refused = body.card_number is not None and not present
        if refused:
            audit.record(conn, store_id=sid, action="customer.link_wrong_card",
                         subject=customer_id, staff_id=session.staff.staff_id,
                         device_id=session.device_id, at=now,
                         detail=f"{session.staff.name} ({session.staff.staff_id}) gave a card "
                                f"that is not customer {customer_id}'s when bringing them here.")
    if refused:  # (after the commit: the wrong card stays counted)
        raise HTTPException(422, text(QT_TRANSLATE_NOOP(
            "Messages", "That loyalty card is not this customer's. Scan the card the customer "
            "shows, or ask a manager.")))
    with request.app.state.engine.begin() as conn:
        if not present and not can(session.staff.role, Permission.LINK_ABSENT_CUSTOMER):
            raise HTTPException(403, refusal(session.staff.role,
                                             {Permission.LINK_ABSENT_CUSTOMER}))
        exists = conn.execute(sa.select(customer_store_links.c.customer_id).where(
            customer_store_links.c.customer_id == customer_id,
            customer_store_links.c.store_id == sid)).first()
        if exists is None:
            conn.execute(customer_store_links.insert().values(
                customer_id=customer_id, store_id=sid, linked_at=datetime.now(UTC)))
        changes = [(sid, "customer", customer_id, "upsert")]
        if conn.execute(sa.select(loyalty_accounts.c.customer_id).where(
                loyalty_accounts.c.customer_id == customer_id)).first():
            changes.append((sid, "loyalty_account", customer_id, "upsert"))
        for table, entity, key in (
            (wishlist_items, "wishlist_item", "item_id"), (carts, "cart", "cart_id"),
            (orders, "order", "order_id"), (interactions, "interaction", "interaction_id"),
            (notifications, "notification", "notification_id"),
        ):
            for entity_id in conn.execute(sa.select(table.c[key]).where(
                    table.c.customer_id == customer_id)).scalars():
                changes.append((sid, entity, entity_id, "upsert"))
        record_changes(conn, changes)
        how = "card scanned at the counter" if present else "without the customer's card"
        audit.record(conn, store_id=sid, action="customer.link", subject=customer_id,
                     staff_id=session.staff.staff_id, device_id=session.device_id,
                     detail=f"Customer {customer_id} brought into this store's data by "
                            f"{session.staff.name} ({session.staff.staff_id}), {how}. "
                            f"Reason: {body.reason.strip()}")
    return wire.LinkResult(customer_id=customer_id, store_id=sid,
                           changes_recorded=len(changes))
