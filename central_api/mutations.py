"""The push side of the sync protocol: applying a device's queued mutations at most once.

:func:`apply_push` takes a device's mutations in order. Each one runs in its own write
transaction which also stores its result in ``processed_mutations``; so a mutation id is
applied at most once per device (a replay answers ``already_applied`` with the first result,
or ``rejected`` again with the first reason), and a crash never leaves an effect without its
record or the other way round. An unexpected error rolls that mutation back and propagates:
nothing is recorded, so the device's retry applies it then.

Temporary ids (``tmp-…``) that a device gave a record it created offline are remapped: the
handler that creates the record answers ``id_map`` (temporary → real), which is kept in
``temp_ids``; later mutations of the same device that still name the temporary id are
rewritten to the real one before they are validated.

The payload is validated again here with the shared domain rules (never trust the wire), and
every change is checked against the device's store scope: a store can only change customers it
looks after (preferred store, or an order at this store) or customers of no store.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from associate_app.domain.barcodes import luhn_check_digit
from associate_app.domain.errors import InvalidInput
from associate_app.domain.loyalty import points_for_purchase
from associate_app.domain.mutation_types import MutationType, is_temp_id, validate
from associate_app.wire_sync import Mutation, MutationResult, PushResponse

from . import storage
from .changes import customer_scopes, record_changes
from .schema import (
    customers,
    interactions,
    loyalty_accounts,
    loyalty_ledger,
    orders,
    products,
    wishlist_items,
)
from .schema_sync import processed_mutations, temp_ids
from .sync_feed import current_seq

#: Card numbers of accounts opened in store (the seed uses 633597…): Luhn-valid, 16 digits.
CARD_PREFIX = "633598"


class Rejected(Exception):
    """A mutation the service refuses: the message is a sentence for store staff."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Context:
    conn: Connection
    device_id: str
    store_id: str
    staff_id: str
    now: datetime


Handler = Callable[[Context, dict[str, Any]], dict[str, str]]


def _new_id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:12]}"


# -- checks shared by the handlers --------------------------------------------------------------


def _visible_customer(ctx: Context, customer_id: str) -> sa.Row:
    """The customer's row, if this store may change it; else :class:`Rejected`."""
    if is_temp_id(customer_id):
        raise Rejected(
            "This change is for a customer whose enrolment was not accepted by the central "
            "service, so there is no customer to apply it to. Check the conflict inbox for the "
            "enrolment, then enrol the customer again."
        )
    row = ctx.conn.execute(
        sa.select(customers).where(customers.c.customer_id == customer_id)
    ).first()
    if row is None:
        raise Rejected(
            f"This customer no longer exists on the central service ({customer_id}); they may "
            "have been merged or removed. Nothing was changed."
        )
    if row.preferred_store_id in (None, ctx.store_id):
        return row
    has_order_here = ctx.conn.execute(
        sa.select(orders.c.order_id)
        .where(orders.c.customer_id == customer_id, orders.c.store_id == ctx.store_id)
        .limit(1)
    ).first()
    if has_order_here is None:
        raise Rejected(
            f"Customer {customer_id} is looked after by store {row.preferred_store_id}; this "
            "store cannot change their record. Ask that store to make the change."
        )
    return row


def _record(ctx: Context, customer: sa.Row | None, entity: str, entity_id: str) -> None:
    preferred = customer.preferred_store_id if customer is not None else ctx.store_id
    record_changes(
        ctx.conn, [(scope, entity, entity_id, "upsert") for scope in customer_scopes(preferred)]
    )


def _own_id(ctx: Context, table: sa.Table, column: str, given: str, prefix: str) -> str:
    """The real id of a record this mutation creates (the device's id unless temporary)."""
    if is_temp_id(given):
        return _new_id(prefix)
    taken = ctx.conn.execute(sa.select(table.c[column]).where(table.c[column] == given)).first()
    if taken is not None:
        raise Rejected(f"A record with id {given} already exists; this change was not applied.")
    return given


def _mapped(given: str, real: str) -> dict[str, str]:
    return {given: real} if given != real else {}


# -- handlers ------------------------------------------------------------------------------------


def add_note(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    customer = _visible_customer(ctx, p["customer_id"])
    real = _own_id(ctx, interactions, "interaction_id", p["interaction_id"], "I")
    ctx.conn.execute(
        interactions.insert().values(
            interaction_id=real,
            customer_id=customer.customer_id,
            kind="note",
            channel="in_store",
            subject="Note",
            body=p["body"],
            status=None,
            staff_id=ctx.staff_id,
            store_id=ctx.store_id,
            created_at=ctx.now,
        )
    )
    _record(ctx, customer, "interaction", real)
    return _mapped(p["interaction_id"], real)


def _new_card_number(conn: Connection) -> str:
    while True:
        body = CARD_PREFIX + f"{secrets.randbelow(10**9):09d}"
        number = body + luhn_check_digit(body)
        taken = conn.execute(
            sa.select(loyalty_accounts.c.card_number).where(
                loyalty_accounts.c.card_number == number
            )
        ).first()
        if taken is None:
            return number


def enrol_customer(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    for column, label in (("email", "this email"), ("phone_e164", "this phone number")):
        same = ctx.conn.execute(
            sa.select(customers.c.customer_id, customers.c.first_name, customers.c.last_name)
            .where(customers.c[column] == p[column])
            .limit(1)
        ).first()
        if same is not None:
            raise Rejected(
                f"A customer with {label} already exists ({same.first_name} {same.last_name}, "
                f"{same.customer_id}). Open that customer instead."
            )
    real = _own_id(ctx, customers, "customer_id", p["customer_id"], "C")
    ctx.conn.execute(
        customers.insert().values(
            customer_id=real,
            first_name=p["first_name"],
            last_name=p["last_name"],
            email=p["email"],
            phone_e164=p["phone_e164"],
            marketing_consent=p["marketing_consent"],
            consent_updated_at=ctx.now,
            preferred_store_id=ctx.store_id,
            preferred_channel="in_store",
            created_at=ctx.now,
            updated_at=ctx.now,
        )
    )
    ctx.conn.execute(
        loyalty_accounts.insert().values(
            customer_id=real,
            card_number=_new_card_number(ctx.conn),
            tier="bronze",
            points_balance=0,
            member_since=ctx.now,
        )
    )
    record_changes(
        ctx.conn,
        [
            (ctx.store_id, "customer", real, "upsert"),
            (ctx.store_id, "loyalty_account", real, "upsert"),
        ],
    )
    return _mapped(p["customer_id"], real)


def set_consent(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    customer = _visible_customer(ctx, p["customer_id"])
    ctx.conn.execute(
        customers.update()
        .where(customers.c.customer_id == customer.customer_id)
        .values(
            marketing_consent=p["marketing_consent"],
            consent_updated_at=ctx.now,
            updated_at=ctx.now,
        )
    )
    _record(ctx, customer, "customer", customer.customer_id)
    return {}


def add_wishlist_item(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    customer = _visible_customer(ctx, p["customer_id"])
    product = ctx.conn.execute(
        sa.select(products.c.product_id).where(products.c.product_id == p["product_id"])
    ).first()
    if product is None:
        raise Rejected(
            f"Product {p['product_id']} is no longer in the catalogue, so it cannot go on the "
            "wish list."
        )
    existing = ctx.conn.execute(
        sa.select(wishlist_items.c.item_id)
        .where(
            wishlist_items.c.customer_id == customer.customer_id,
            wishlist_items.c.product_id == p["product_id"],
        )
        .order_by(wishlist_items.c.item_id)
        .limit(1)
    ).first()
    if existing is not None:  # already wished for: the same item, nothing new
        return _mapped(p["item_id"], existing.item_id)
    real = _own_id(ctx, wishlist_items, "item_id", p["item_id"], "W")
    ctx.conn.execute(
        wishlist_items.insert().values(
            item_id=real,
            customer_id=customer.customer_id,
            product_id=p["product_id"],
            channel="in_store",
            added_at=ctx.now,
        )
    )
    _record(ctx, customer, "wishlist_item", real)
    return _mapped(p["item_id"], real)


def _account(ctx: Context, customer_id: str) -> sa.Row:
    account = ctx.conn.execute(
        sa.select(loyalty_accounts).where(loyalty_accounts.c.customer_id == customer_id)
    ).first()
    if account is None:
        raise Rejected(
            "This customer has no loyalty card, so points cannot be added or used. "
            "Open a loyalty account for them first."
        )
    return account


def _ledger(ctx: Context, customer: sa.Row, delta: int, reason: str, ref: str | None) -> None:
    ctx.conn.execute(
        loyalty_ledger.insert().values(
            entry_id=_new_id("L"),
            customer_id=customer.customer_id,
            store_id=ctx.store_id,
            delta=delta,
            reason=reason,
            order_id=ref,
            created_at=ctx.now,
        )
    )
    ctx.conn.execute(
        loyalty_accounts.update()
        .where(loyalty_accounts.c.customer_id == customer.customer_id)
        .values(points_balance=loyalty_accounts.c.points_balance + delta)
    )
    _record(ctx, customer, "loyalty_account", customer.customer_id)


def loyalty_earn(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    customer = _visible_customer(ctx, p["customer_id"])
    account = _account(ctx, customer.customer_id)
    # The receipt is kept as the ledger entry's reference (its order_id column).
    already = ctx.conn.execute(
        sa.select(loyalty_ledger.c.entry_id)
        .where(
            loyalty_ledger.c.customer_id == customer.customer_id,
            loyalty_ledger.c.reason == "earn",
            loyalty_ledger.c.order_id == p["receipt"],
        )
        .limit(1)
    ).first()
    if already is not None:
        raise Rejected(f"Points for receipt {p['receipt']} were already added.")
    points = points_for_purchase(p["amount_cents"], account.tier)
    _ledger(ctx, customer, points, "earn", p["receipt"])
    return {}


def loyalty_redeem(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    customer = _visible_customer(ctx, p["customer_id"])
    account = _account(ctx, customer.customer_id)
    if account.points_balance < p["points"]:
        raise Rejected(
            f"Only {account.points_balance:,} points available; the reward needs "
            f"{p['points']:,}. Nothing was taken."
        )
    _ledger(ctx, customer, -p["points"], "redeem", None)
    return {}


HANDLERS: dict[str, Handler] = {
    MutationType.NOTE_ADD: add_note,
    MutationType.CUSTOMER_ENROL: enrol_customer,
    MutationType.CUSTOMER_SET_CONSENT: set_consent,
    MutationType.WISHLIST_ADD: add_wishlist_item,
    MutationType.LOYALTY_EARN: loyalty_earn,
    MutationType.LOYALTY_REDEEM: loyalty_redeem,
}


# -- the push ------------------------------------------------------------------------------------


@contextlib.contextmanager
def write_transaction(conn: Connection) -> Iterator[None]:
    """One write transaction; on SQLite it takes the write lock at once (BEGIN IMMEDIATE), so
    two pushes never both read and then fail to upgrade to writing."""
    with conn.begin():
        if storage.is_sqlite(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield


def resolve_temp_ids(conn: Connection, device_id: str, payload: dict[str, Any]) -> dict[str, Any]:
    """``payload`` with every temporary id this device already had remapped replaced."""
    temps = {v for v in payload.values() if isinstance(v, str) and is_temp_id(v)}
    if not temps:
        return payload
    known = dict(
        conn.execute(
            sa.select(temp_ids.c.temp_id, temp_ids.c.real_id).where(
                temp_ids.c.device_id == device_id, temp_ids.c.temp_id.in_(sorted(temps))
            )
        ).all()
    )
    return {k: known.get(v, v) if isinstance(v, str) else v for k, v in payload.items()}


def _stored(conn: Connection, device_id: str, mutation_id: str) -> MutationResult | None:
    row = conn.execute(
        sa.select(processed_mutations).where(
            processed_mutations.c.device_id == device_id,
            processed_mutations.c.mutation_id == mutation_id,
        )
    ).first()
    if row is None:
        return None
    return MutationResult(
        mutation_id=mutation_id,
        status="rejected" if row.status == "rejected" else "already_applied",
        reason=row.reason,
        id_map=json.loads(row.id_map or "{}"),
    )


def _unknown_type(type_: str) -> str:
    return (
        f"This app version sends a change the central service does not know ({type_}). "
        "Update the service."
    )


def _apply_one(ctx: Context, mutation: Mutation) -> MutationResult:
    """Apply ``mutation`` (not seen before) inside the caller's transaction and record it."""
    id_map: dict[str, str] = {}
    reason: str | None = None
    handler = HANDLERS.get(mutation.type)
    try:
        if handler is None:
            raise Rejected(_unknown_type(mutation.type))
        payload = resolve_temp_ids(ctx.conn, ctx.device_id, mutation.payload)
        try:
            cleaned = validate(mutation.type, payload)
        except InvalidInput as exc:
            raise Rejected(str(exc)) from None
        id_map = handler(ctx, cleaned)
    except Rejected as exc:
        reason, id_map = exc.reason, {}
    status = "applied" if reason is None else "rejected"
    ctx.conn.execute(
        processed_mutations.insert().values(
            device_id=ctx.device_id,
            mutation_id=mutation.mutation_id,
            device_seq=mutation.device_seq,
            type=mutation.type,
            status=status,
            reason=reason,
            id_map=json.dumps(id_map, sort_keys=True),
            processed_at=ctx.now,
        )
    )
    remaps = [
        {"device_id": ctx.device_id, "temp_id": temp, "real_id": real}
        for temp, real in id_map.items()
        if is_temp_id(temp)
    ]
    if remaps:
        ctx.conn.execute(temp_ids.insert(), remaps)
    return MutationResult(
        mutation_id=mutation.mutation_id, status=status, reason=reason, id_map=id_map
    )


def _push(
    conn: Connection, device_id: str, store_id: str, staff_id: str, mutations: list[Mutation]
) -> PushResponse:
    if conn.in_transaction():
        conn.commit()  # each mutation is its own transaction: start from a clean slate
    results: list[MutationResult] = []
    for mutation in mutations:
        for attempt in range(2):
            try:
                with write_transaction(conn):
                    result = _stored(conn, device_id, mutation.mutation_id)
                    if result is None:
                        ctx = Context(conn, device_id, store_id, staff_id, datetime.now(UTC))
                        result = _apply_one(ctx, mutation)
                break
            except sa.exc.IntegrityError:
                # The same mutation committed by a concurrent push (another worker) in between:
                # rolled back; the next attempt finds and replays its result.
                if attempt or _peek(conn, device_id, mutation.mutation_id) is None:
                    raise
        results.append(result)
    with conn.begin():
        cursor = current_seq(conn)
    return PushResponse(results=results, cursor=cursor)


def _peek(conn: Connection, device_id: str, mutation_id: str) -> MutationResult | None:
    with conn.begin():
        return _stored(conn, device_id, mutation_id)


def apply_push(
    engine_or_conn: Engine | Connection,
    *,
    device_id: str,
    store_id: str,
    staff_id: str,
    mutations: list[Mutation],
) -> PushResponse:
    """Apply ``mutations`` of ``device_id`` in order; one result per mutation, in order."""
    if isinstance(engine_or_conn, Engine):
        with engine_or_conn.connect() as conn:
            return _push(conn, device_id, store_id, staff_id, mutations)
    return _push(engine_or_conn, device_id, store_id, staff_id, mutations)
