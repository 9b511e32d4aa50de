"""The push side of the sync protocol: applying queued mutations at most once.

:func:`apply_push` takes a device's mutations in order. Each one runs in its own write
transaction which also stores its result in ``mutation_log``, keyed by the mutation's own id:
so a mutation is applied at most once whichever device credentials carry it (a device enrolled
again after a crash, a restart without a keychain, a restored backup all replay the same ids),
a replay answers ``already_applied`` with the first result (or ``rejected`` again with the first
reason), and a crash never leaves an effect without its record or the other way round. An id
first pushed for another store is refused without applying anything or telling anything of
that store. An unexpected error rolls that mutation back and propagates: nothing is recorded,
so the device's retry applies it then.

Temporary ids (``tmp-…``) that a device gave a record it created offline are remapped: the
handler that creates the record answers ``id_map`` (temporary → real), which is kept in
``temp_id_map`` per store; later mutations that still name the temporary id are rewritten to
the real one before they are validated, whichever of the store's devices sends them.

Secrets a change carries (a pickup code, a manager's PIN) arrive sealed to this service's key
(:mod:`store_contract.sealing`), bound to the mutation's id: they are opened here, checked, and
never stored.

The payload is validated again here with the contract's model of its kind
(:mod:`store_contract.payloads`, the same the app validates with: never trust the wire), and
every change is checked against the device's store scope: a store can only change customers it
looks after (preferred store, or an order at this store) or customers of no store.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from store_contract.domain import notification_templates as templates
from store_contract.domain import permissions, pickup
from store_contract.domain.barcodes import luhn_check_digit
from store_contract.domain.errors import InvalidInput
from store_contract.domain.loyalty import points_for_purchase
from store_contract.domain.mutation_types import MutationType, is_temp_id
from store_contract.domain.text import QT_TRANSLATE_NOOP, Text, text
from store_contract.payloads import validate
from store_contract.sealing import SEALED_FIELDS, SealingError, key_id_of, open_sealed
from store_contract.wire_sync import Mutation, MutationResult, PushResponse

from . import audit, errors, pins, sealing_keys, storage
from .changes import customer_scopes, record_changes
from .customer_links import linked_store_ids
from .schema import (
    customers,
    interactions,
    inventory,
    loyalty_accounts,
    loyalty_ledger,
    notifications,
    order_events,
    order_lines,
    orders,
    outbound_messages,
    products,
    rewards,
    staff,
    stores,
    wishlist_items,
)
from .schema_sync import mutation_log, temp_id_map
from .sync_feed import current_seq

#: Card numbers of accounts opened in store (the seed uses 633597…): Luhn-valid, 16 digits.
CARD_PREFIX = "633598"


class Rejected(Exception):
    """A mutation the service refuses: the message is a sentence for store staff (a
    :class:`~store_contract.domain.text.Text`, sent as the result's ``reason_text`` too).

    Whatever the handler wrote before refusing is rolled back (each handler runs in a
    savepoint). ``aftermath``, if given, runs after that rollback, in the same transaction that
    records the refusal: for what a refusal itself must leave behind (a wrong pickup code is
    refused *and* counted).
    """

    def __init__(self, reason: str, *, aftermath: Callable[[Context], None] | None = None,
                 ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.aftermath = aftermath


@dataclass(frozen=True)
class Context:
    conn: Connection
    device_id: str
    store_id: str
    staff_id: str
    now: datetime
    mutation_id: str = ""
    type: str = ""
    role: str = "associate"  # of the staff member who made the change
    pusher_role: str = "associate"  # of the staff member signed in when it was sent
    pusher_id: str = ""  # that staff member (the device names the author; this is certain)
    approved_by: sa.Row | None = None  # the manager whose id and PIN approved this change

    def unseal(self, p: dict[str, Any], secret: str) -> str:
        """The secret ``secret`` (``code``, ``manager_pin``) that this change carries sealed."""
        field = SEALED_FIELDS[secret]
        try:
            key = sealing_keys.private_key(self.conn, key_id_of(p[field]))
            if key is None:
                raise SealingError("unknown key")
            return open_sealed(key, p[field], mutation_id=self.mutation_id, type_=self.type,
                               field=secret, payload=p)
        except (SealingError, KeyError):
            raise Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "This change carries a code or PIN the central service cannot read "
                "(it was sealed for another change or another service). Nothing was changed; "
                "ask for the code or PIN again and repeat the step."))) from None


Handler = Callable[[Context, dict[str, Any]], dict[str, str]]


def _new_id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:12]}"


# -- checks shared by the handlers --------------------------------------------------------------


def _visible_customer(ctx: Context, customer_id: str) -> sa.Row:
    """The customer's row, if this store may change it; else :class:`Rejected`."""
    if is_temp_id(customer_id):
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "This change is for a customer whose enrolment was not accepted by the "
            "central service, so there is no customer to apply it to. Check the conflict inbox "
            "for the enrolment, then enrol the customer again.")))
    row = ctx.conn.execute(
        sa.select(customers).where(customers.c.customer_id == customer_id)
    ).first()
    if row is None:
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "This customer no longer exists on the central service ({customer}); "
            "they may have been merged or removed. Nothing was changed."),
            customer=customer_id))
    if row.preferred_store_id in (None, ctx.store_id):
        return row
    has_order_here = ctx.conn.execute(
        sa.select(orders.c.order_id)
        .where(orders.c.customer_id == customer_id, orders.c.store_id == ctx.store_id)
        .limit(1)
    ).first()
    if has_order_here is None and ctx.store_id not in linked_store_ids(ctx.conn, customer_id):
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Customer {customer} is looked after by store {store}; this store has "
            "not served them yet. Find them with “Search the whole chain” first, then make the "
            "change again."), customer=customer_id, store=row.preferred_store_id))
    return row


def _record(ctx: Context, customer: sa.Row | None, entity: str, entity_id: str) -> None:
    """Record a customer-related change for every store that sees the customer: their home
    store, stores that linked them (served them from a chain-wide search) and this store."""
    preferred = customer.preferred_store_id if customer is not None else ctx.store_id
    scopes = list(customer_scopes(preferred))
    if customer is not None:
        scopes += linked_store_ids(ctx.conn, customer.customer_id)
    scopes.append(ctx.store_id)
    record_changes(
        ctx.conn,
        [(scope, entity, entity_id, "upsert") for scope in dict.fromkeys(scopes)],
    )


def _own_id(ctx: Context, table: sa.Table, column: str, given: str, prefix: str) -> str:
    """The real id of a record this mutation creates (the device's id unless temporary)."""
    if is_temp_id(given):
        return _new_id(prefix)
    taken = ctx.conn.execute(sa.select(table.c[column]).where(table.c[column] == given)).first()
    if taken is not None:
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "A record with id {record} already exists; this change was not "
            "applied."), record=given))
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
    for column, label in (
            ("email", text(QT_TRANSLATE_NOOP("Messages", "this email"))),
            ("phone_e164", text(QT_TRANSLATE_NOOP("Messages", "this phone number")))):
        same = ctx.conn.execute(
            sa.select(customers.c.customer_id, customers.c.first_name, customers.c.last_name)
            .where(customers.c[column] == p[column])
            .limit(1)
        ).first()
        if same is not None:
            raise Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "A customer with {what} already exists ({name}, {customer}). Open "
                "that customer instead."), what=label,
                name=f"{same.first_name} {same.last_name}", customer=same.customer_id))
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
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Product {product} is no longer in the catalogue, so it cannot go on "
            "the wish list."), product=p["product_id"]))
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
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "This customer has no loyalty card, so points cannot be added or used. "
            "Open a loyalty account for them first.")))
    return account


def _ledger(ctx: Context, customer: sa.Row, delta: int, reason: str, ref: str | None, *,
            spend_cents: int = 0, note: str | None = None) -> None:
    """A change of the customer's points: what (``reason``, ``ref``), where (this store), who
    (the person who made it) and why in words (``note``)."""
    ctx.conn.execute(
        loyalty_ledger.insert().values(
            entry_id=_new_id("L"),
            customer_id=customer.customer_id,
            store_id=ctx.store_id,
            delta=delta,
            reason=reason,
            order_id=ref,
            created_at=ctx.now,
            spend_cents=spend_cents,
            staff_id=ctx.staff_id,
            note=note[:200] if note else None,
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
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Points for receipt {receipt} were already added."),
            receipt=p["receipt"]))
    points = points_for_purchase(p["amount_cents"], account.tier)
    _ledger(ctx, customer, points, "earn", p["receipt"])
    return {}


def loyalty_redeem(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    customer = _visible_customer(ctx, p["customer_id"])
    account = _account(ctx, customer.customer_id)
    if account.points_balance < p["points"]:
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Points available: {balance}; the reward needs {points}. Nothing was "
            "taken."), balance=account.points_balance, points=p["points"]))
    _ledger(ctx, customer, -p["points"], "redeem", None)
    return {}


# -- click-and-collect (issue 5) -------------------------------------------------------------------
# The order state machine and the picking rules are in store_contract/domain/pickup/; these
# handlers load the order, ask the rules, and write. A refused change writes nothing (see Rejected).


def _customer_of(conn: Connection, customer_id: str) -> sa.Row | None:
    return conn.execute(
        sa.select(customers.c.customer_id, customers.c.first_name, customers.c.email,
                  customers.c.phone_e164, customers.c.preferred_store_id)
        .where(customers.c.customer_id == customer_id)
    ).first()


def _order_scopes(conn: Connection, order: sa.Row) -> list[str]:
    customer = _customer_of(conn, order.customer_id)
    return customer_scopes(customer.preferred_store_id if customer else None, order.store_id)


def _refusal(order: sa.Row, exc: pickup.IllegalTransition) -> Rejected:
    if order.status == pickup.CANCELLED:
        return Rejected(pickup.cancellation_reason(order.order_number, order.cancel_reason))
    return Rejected(_on_order(order.order_number, exc.reason))


def _on_order(number: str, reason: str) -> Text:
    """``reason`` (a sentence or a clause) about order ``number``: "Order CC-1: …"."""
    return text(QT_TRANSLATE_NOOP("Messages", "Order {order}: {reason}"), order=number,
                reason=reason)


def _pickup_order(ctx: Context, order_id: str) -> sa.Row:
    """The click-and-collect order ``order_id`` of this store, or :class:`Rejected`."""
    order = ctx.conn.execute(sa.select(orders).where(orders.c.order_id == order_id)).first()
    if order is None:
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Order {order} does not exist on the central service."),
            order=order_id))
    if order.channel != "click_and_collect":
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Order {order} is not a click-and-collect order."),
            order=order.order_number))
    if order.store_id != ctx.store_id:
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Order {order} is collected at store {store}; this store cannot change "
            "it."), order=order.order_number, store=order.store_id))
    return order


def _lines_of(conn: Connection, order_id: str) -> list[sa.Row]:
    return conn.execute(
        sa.select(order_lines, products.c.ean13, products.c.name,
                  products.c.allows_substitution)
        .join(products, products.c.product_id == order_lines.c.product_id)
        .where(order_lines.c.order_id == order_id)
        .order_by(order_lines.c.line_id)
    ).all()


def _line_of(ctx: Context, order: sa.Row, line_id: str) -> sa.Row:
    for line in _lines_of(ctx.conn, order.order_id):
        if line.line_id == line_id:
            return line
    raise Rejected(text(QT_TRANSLATE_NOOP(
        "Messages", "Line {line} is not on order {order}; the order may have been changed on "
        "the central service."), line=line_id, order=order.order_number))


def _save_order(conn: Connection, order: sa.Row, now: datetime, **values: Any) -> None:
    conn.execute(orders.update().where(orders.c.order_id == order.order_id)
                 .values(updated_at=now, **values))
    status = values.get("status")
    if status is not None and status != order.status:  # the order's history (issue 13)
        conn.execute(order_events.insert().values(
            event_id=f"OE-{uuid.uuid4().hex[:20]}", order_id=order.order_id,
            status="ready" if status == pickup.READY else status, at=now,
            store_id=order.store_id))
    record_changes(conn, [(scope, "order", order.order_id, "upsert")
                          for scope in _order_scopes(conn, order)])


def _save_line(ctx: Context, order: sa.Row, line_id: str, **values: Any) -> None:
    ctx.conn.execute(order_lines.update().where(order_lines.c.line_id == line_id).values(**values))
    _save_order(ctx.conn, order, ctx.now)


def _still_reserved(line: sa.Row) -> int:
    """Units of the ordered product the line still holds reserved: all it ordered, less those
    the customer declined at the counter (their reservation was released then)."""
    declined_own = line.qty_declined - min(line.qty_declined, line.qty_substituted)
    return line.qty_ordered - declined_own


def _move_stock(conn: Connection, store_id: str, product_id: str, *, on_hand: int = 0,
                reserved: int = 0) -> None:
    """Add the deltas to the store's stock of the product (never below zero) and record it."""
    if not on_hand and not reserved:
        return
    row = conn.execute(sa.select(inventory).where(
        inventory.c.store_id == store_id, inventory.c.product_id == product_id)).first()
    if row is None:
        conn.execute(inventory.insert().values(store_id=store_id, product_id=product_id,
                                               on_hand=max(0, on_hand),
                                               reserved=max(0, reserved)))
    else:
        conn.execute(inventory.update().where(
            inventory.c.store_id == store_id, inventory.c.product_id == product_id
        ).values(on_hand=max(0, row.on_hand + on_hand), reserved=max(0, row.reserved + reserved)))
    record_changes(conn, [(store_id, "inventory", f"{store_id}:{product_id}", "upsert")])


def masked(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each secret hidden: a long one (a voucher code) but its last 4 letters and
    digits and its prefix (``SC-ABCD-EFGH-JKLM`` → ``SC-••••-••••-JKLM``), a short one (a pickup
    or one-time code) whole (``ABCD-2345`` → ``••••-••••``)."""
    for secret in secrets:
        if not secret:
            continue
        head, sep, rest = secret.partition("-") if secret[:2].isalpha() and "-" in secret[:4] \
            else ("", "", secret)
        letters = sum(ch.isalnum() for ch in rest)
        keep = letters - 4 if letters >= 12 else letters  # (hide: the count of hidden ones)
        hidden = []
        for ch in rest:
            if ch.isalnum() and keep > 0:
                hidden.append("•")
                keep -= 1
            else:
                hidden.append(ch)
        text = text.replace(secret, head + sep + "".join(hidden))
    return text


def _message(conn: Connection, customer_id: str, order_id: str | None, channel: str,
             template: str, body: str, now: datetime, secrets: Iterable[str] = ()) -> str:
    """Record a message sent to a customer; the gateway's copy whole, the synced one with its
    secrets masked (see ``outbound_messages``). The notification's id."""
    nid = _new_id("N")
    secrets = [x for x in secrets if x]
    conn.execute(notifications.insert().values(
        notification_id=nid, customer_id=customer_id, order_id=order_id, channel=channel,
        template=template, body=masked(body, secrets), sent_at=now))
    if secrets:
        conn.execute(outbound_messages.insert().values(
            notification_id=nid, customer_id=customer_id, channel=channel, body=body,
            created_at=now))
    return nid


def _notify(conn: Connection, order: sa.Row, template: str, body: str, now: datetime,
            secrets: Iterable[str] = ()) -> str:
    """Record a message sent to the order's customer (sms if they have a phone, else email);
    ``secrets`` in it are masked on every device (the customer gets them whole)."""
    customer = _customer_of(conn, order.customer_id)
    channel = "sms" if customer is not None and customer.phone_e164 else "email"
    nid = _message(conn, order.customer_id, order.order_id, channel, template, body, now,
                   secrets)
    record_changes(conn, [(scope, "notification", nid, "upsert")
                          for scope in _order_scopes(conn, order)])
    return nid


def _audit_customer(ctx: Context, customer: sa.Row, subject: str, body: str) -> None:
    """A line on the customer's timeline that says who did what for them, and why."""
    iid = _new_id("I")
    ctx.conn.execute(interactions.insert().values(
        interaction_id=iid, customer_id=customer.customer_id, kind="audit",
        channel="in_store", subject=subject, body=body, status=None, staff_id=ctx.staff_id,
        store_id=ctx.store_id, created_at=ctx.now))
    record_changes(ctx.conn, [(scope, "interaction", iid, "upsert") for scope in
                              customer_scopes(customer.preferred_store_id, ctx.store_id)])


def _audit(ctx: Context, order: sa.Row, subject: str, body: str) -> None:
    """A line on the customer's timeline that says who did what to the order, and why."""
    iid = _new_id("I")
    ctx.conn.execute(interactions.insert().values(
        interaction_id=iid, customer_id=order.customer_id, kind="audit", channel="in_store",
        subject=subject, body=body, status=None, staff_id=ctx.staff_id, store_id=ctx.store_id,
        created_at=ctx.now))
    record_changes(ctx.conn, [(scope, "interaction", iid, "upsert")
                              for scope in _order_scopes(ctx.conn, order)])


def _store_name(conn: Connection, store_id: str) -> str:
    name = conn.execute(sa.select(stores.c.name).where(stores.c.store_id == store_id)).scalar()
    return name or store_id


def _transition(ctx: Context, order: sa.Row, target: str) -> None:
    try:
        pickup.check_transition(order.status, target, actor="associate")
    except pickup.IllegalTransition as exc:
        raise _refusal(order, exc) from None


def start_picking(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    order = _pickup_order(ctx, p["order_id"])
    _transition(ctx, order, pickup.PICKING)
    _save_order(ctx.conn, order, ctx.now, status=pickup.PICKING)
    return {}


def _editable(order: sa.Row) -> None:
    try:
        pickup.check_editable(order.status)
    except pickup.IllegalTransition as exc:
        raise _refusal(order, exc) from None


def pick_line(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    order = _pickup_order(ctx, p["order_id"])
    _editable(order)
    line = _line_of(ctx, order, p["line_id"])
    if line.ean13 != p["ean13"]:
        scanned = ctx.conn.execute(
            sa.select(products.c.name).where(products.c.ean13 == p["ean13"])).scalar()
        what = (text(QT_TRANSLATE_NOOP("Messages", "{product} ({barcode})"),
                     product=scanned, barcode=p["ean13"]) if scanned
                else text(QT_TRANSLATE_NOOP("Messages", "barcode {barcode}"),
                          barcode=p["ean13"]))
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Wrong item for order {order}: {scanned} is not {product}. Nothing was "
            "picked."), order=order.order_number, scanned=what, product=line.name))
    if line.qty_picked + line.qty_short + 1 > line.qty_ordered:
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Too many: {product} on order {order} is already complete ({picked} "
            "picked, {short} short of {ordered})."), product=line.name,
            order=order.order_number, picked=line.qty_picked, short=line.qty_short,
            ordered=line.qty_ordered))
    _save_line(ctx, order, line.line_id, qty_picked=line.qty_picked + 1)
    return {}


def record_shortage(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    order = _pickup_order(ctx, p["order_id"])
    _editable(order)
    line = _line_of(ctx, order, p["line_id"])
    try:
        pickup.check_shortage(line, p["qty"])
    except pickup.IllegalTransition as exc:
        raise Rejected(exc.reason) from None
    _save_line(ctx, order, line.line_id, qty_short=line.qty_short + p["qty"],
               short_reason=p["reason"])
    return {}


def substitute(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    order = _pickup_order(ctx, p["order_id"])
    _editable(order)
    line = _line_of(ctx, order, p["line_id"])
    sub = ctx.conn.execute(sa.select(products.c.product_id, products.c.ean13).where(
        products.c.product_id == p["substitute_product_id"])).first()
    if sub is None:
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "Product {product} is not in the catalogue."),
            product=p["substitute_product_id"]))
    lines = [pickup.PickLine.of(x._mapping) for x in _lines_of(ctx.conn, order.order_id)]
    decision = pickup.scan_for_line(lines, sub.ean13, {sub.ean13: sub.product_id},
                                    bool(order.allow_substitutions), substitute_for=line.line_id)
    if decision.kind != "substitute":
        raise Rejected(_on_order(order.order_number, decision.sentence))
    _save_line(ctx, order, line.line_id, qty_picked=line.qty_picked + 1,
               qty_substituted=line.qty_substituted + 1, substitute_product_id=sub.product_id)
    return {}


def stage(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    order = _pickup_order(ctx, p["order_id"])
    try:
        pickup.check_stageable(order.status)
    except pickup.IllegalTransition as exc:
        raise _refusal(order, exc) from None
    _save_order(ctx.conn, order, ctx.now, staging_location=p["location"])
    return {}


def mark_ready(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    order = _pickup_order(ctx, p["order_id"])
    _transition(ctx, order, pickup.READY)
    try:
        ready = pickup.check_mark_ready(x._mapping for x in _lines_of(ctx.conn, order.order_id))
    except pickup.IllegalTransition as exc:
        raise Rejected(_on_order(order.order_number, exc.reason)) from None
    if not order.staging_location:
        raise Rejected(_on_order(order.order_number, text(QT_TRANSLATE_NOOP(
            "Messages", "stage it on a shelf first, so it can be found when the customer "
            "comes."))))
    expires = ctx.now + pickup.PICKUP_HOLD
    _save_order(ctx.conn, order, ctx.now, status=pickup.READY, pickup_expires_at=expires)
    days = pickup.PICKUP_HOLD.days
    body = (f"Your order {order.order_number} is ready to collect at "
            f"{_store_name(ctx.conn, ctx.store_id)}. We keep it for {days} days, until "
            f"{expires:%A %d %B}. Bring your pickup code.")
    if ready.kind == "ready_with_shortages":
        body += (f" {ready.short} item(s) could not be found; you will be refunded for "
                 "them.")
    _notify(ctx.conn, order, templates.ORDER_READY, body, ctx.now)
    return {}


def _count_failed_code(order_id: str) -> Callable[[Context], None]:
    def aftermath(ctx: Context) -> None:
        order = ctx.conn.execute(sa.select(orders).where(orders.c.order_id == order_id)).one()
        _save_order(ctx.conn, order, ctx.now,
                    failed_code_attempts=orders.c.failed_code_attempts + 1)
    return aftermath


def handover(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    order = _pickup_order(ctx, p["order_id"])
    _transition(ctx, order, pickup.COLLECTED)
    if "override_reason" in p:
        manager = ctx.approved_by
        if manager is None:  # (the permission check requires it; never hand over without)
            raise Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "A manager of this store must approve handing over without a "
                "code.")))
        try:
            reason = pickup.check_override_reason(p["override_reason"])
        except pickup.IllegalTransition as exc:
            raise Rejected(exc.reason) from None
        record = (f"Order {order.order_number} handed over by manager override, approved by "
                  f"{manager.name} ({manager.staff_id}), at the counter: {ctx.staff_id}. "
                  f"Reason: {reason}{_sent_by(ctx)}")
        _audit(ctx, order, "Pickup handed over without its code", record)
        audit.record(ctx.conn, store_id=ctx.store_id, action="order.override",
                     subject=order.order_id, staff_id=ctx.staff_id,
                     approved_by=manager.staff_id, device_id=ctx.device_id, at=ctx.now,
                     detail=record)
    else:
        try:
            pickup.check_code_attempt_allowed(order.failed_code_attempts)
        except pickup.IllegalTransition as exc:
            raise Rejected(_on_order(order.order_number, exc.reason)) from None
        code = ctx.unseal(p, "code")
        if not pickup.verify_code(code, order.pickup_code_salt, order.pickup_code_hash):
            raise Rejected(
                _on_order(order.order_number,
                          pickup.wrong_code_sentence(order.failed_code_attempts + 1)),
                aftermath=_count_failed_code(order.order_id))
    for line in _lines_of(ctx.conn, order.order_id):
        # units the customer declined at the counter (pickup_changes.py) stay here: the
        # substitutes first, and the ordered product's were released from reserved then
        declined_sub = min(line.qty_declined, line.qty_substituted)
        own = line.qty_picked - line.qty_substituted - (line.qty_declined - declined_sub)
        _move_stock(ctx.conn, ctx.store_id, line.product_id, on_hand=-own,
                    reserved=-_still_reserved(line))
        if line.qty_substituted and line.substitute_product_id:
            _move_stock(ctx.conn, ctx.store_id, line.substitute_product_id,
                        on_hand=-(line.qty_substituted - declined_sub))
    ctx.conn.execute(order_lines.update().where(order_lines.c.order_id == order.order_id)
                     .values(qty_collected=order_lines.c.qty_picked
                             - order_lines.c.qty_declined))
    _save_order(ctx.conn, order, ctx.now, status=pickup.COLLECTED)
    from . import loyalty_programme  # (it builds on this module's helpers)

    earned = loyalty_programme.earn_for_order(
        ctx, ctx.conn.execute(sa.select(orders).where(orders.c.order_id == order.order_id))
        .one())
    _notify(ctx.conn, order, templates.ORDER_COLLECTED,
            f"You collected order {order.order_number}. Thank you!"
            + (f" You earned {earned:,} points." if earned else ""), ctx.now)
    return {}


def record_failed_code(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    """A wrong code tried at a device (checked offline there): counted here, where the limit
    holds for every device of the store."""
    order = _pickup_order(ctx, p["order_id"])
    if order.status != pickup.READY:
        raise _refusal(order, pickup.IllegalTransition(text(QT_TRANSLATE_NOOP(
            "Messages", "it is not waiting for pickup, so no code attempt is counted."))))
    _count_failed_code(order.order_id)(ctx)
    return {}


def expire(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    order = _pickup_order(ctx, p["order_id"])
    try:
        pickup.check_expire(order.status, order.pickup_expires_at, ctx.now)
    except pickup.IllegalTransition as exc:
        raise _refusal(order, exc) from None
    _save_order(ctx.conn, order, ctx.now, status=pickup.EXPIRED)
    return {}


def return_to_stock(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    """Staff scanned an expired order's items back. The order no longer holds stock (its whole
    reservation is released); units that were picked but not found are written off on hand."""
    order = _pickup_order(ctx, p["order_id"])
    _transition(ctx, order, pickup.RETURNED)
    lines = {x.line_id: x for x in _lines_of(ctx.conn, order.order_id)}
    returned = {x["line_id"]: x["qty"] for x in p["lines"]}
    unknown = sorted(set(returned) - set(lines))
    if unknown:
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "These lines are not on order {order}: {lines}."),
            order=order.order_number, lines=", ".join(unknown)))
    missing_total = 0
    for line in lines.values():
        back = returned.get(line.line_id, 0)
        if back > line.qty_picked:
            raise Rejected(text(QT_TRANSLATE_NOOP(
                "Messages", "{back} × {product} cannot come back: order {order} had only "
                "{picked} × {product} picked."), back=back, product=line.name,
                order=order.order_number, picked=line.qty_picked))
        missing = line.qty_picked - back
        missing_total += missing
        from_sub = min(missing, line.qty_substituted)
        _move_stock(ctx.conn, ctx.store_id, line.product_id, on_hand=-(missing - from_sub),
                    reserved=-_still_reserved(line))
        if from_sub and line.substitute_product_id:
            _move_stock(ctx.conn, ctx.store_id, line.substitute_product_id, on_hand=-from_sub)
    _save_order(ctx.conn, order, ctx.now, status=pickup.RETURNED, refund_status="pending")
    units = sum(returned.values())
    _audit(ctx, order, "Uncollected order returned to stock",
           f"Order {order.order_number} was not collected: {units} item(s) returned to stock"
           + (f", {missing_total} not found" if missing_total else "") + ". Refund pending.")
    _notify(ctx.conn, order, templates.ORDER_REFUND,
            f"You did not collect order {order.order_number}, so we have returned it to stock. "
            "Your refund is on its way.", ctx.now)
    return {}


def cancel_order(conn: Connection, order_id: str, reason: str, *,
                 now: datetime | None = None) -> None:
    """The central service (customer service, the website) cancels an order, inside the
    caller's transaction: the reservation is released, the refund flagged, the customer told,
    and every device of the store sees it at its next pull. Raises ``IllegalTransition``."""
    now = now or datetime.now(UTC)
    order = conn.execute(sa.select(orders).where(orders.c.order_id == order_id)).one()
    pickup.check_transition(order.status, pickup.CANCELLED, actor="service")
    if order.store_id:
        for line in _lines_of(conn, order_id):
            _move_stock(conn, order.store_id, line.product_id, reserved=-_still_reserved(line))
    _save_order(conn, order, now, status=pickup.CANCELLED, cancel_reason=reason[:200],
                refund_status="pending")
    _notify(conn, order, templates.ORDER_CANCELLED,
            f"Your order {order.order_number} was cancelled ({reason}). You will be refunded.",
            now)


PICKUP_HANDLERS: dict[str, Handler] = {
    MutationType.ORDER_START_PICKING: start_picking,
    MutationType.ORDER_PICK_LINE: pick_line,
    MutationType.ORDER_RECORD_SHORTAGE: record_shortage,
    MutationType.ORDER_SUBSTITUTE: substitute,
    MutationType.ORDER_STAGE: stage,
    MutationType.ORDER_MARK_READY: mark_ready,
    MutationType.ORDER_HANDOVER: handover,
    MutationType.ORDER_RECORD_FAILED_CODE: record_failed_code,
    MutationType.ORDER_EXPIRE: expire,
    MutationType.ORDER_RETURN_TO_STOCK: return_to_stock,
}


def decline_line(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    """Units the customer declines at handover (central_api/pickup_changes.py)."""
    from . import pickup_changes  # (it builds on this module's helpers)

    return pickup_changes.decline_line(ctx, p)


def add_item(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    """An item from the shelf added at handover (central_api/pickup_changes.py)."""
    from . import pickup_changes

    return pickup_changes.add_item(ctx, p)


def order_return(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    """Items of an order of any channel returned here (central_api/returns.py)."""
    from . import returns  # (it builds on this module's helpers)

    return returns.record_return(ctx, p)


def loyalty_handler(name: str) -> Handler:
    """A handler of the loyalty programme (central_api/loyalty_programme.py)."""
    def handler(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
        from . import loyalty_programme

        return getattr(loyalty_programme, name)(ctx, p)
    return handler


def order_exchange(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    """A return plus replacement items (central_api/exchanges.py)."""
    from . import exchanges

    return exchanges.record_exchange(ctx, p)


def cart_convert(ctx: Context, p: dict[str, Any]) -> dict[str, str]:
    """An online cart finished at the counter (central_api/carts.py)."""
    from . import carts

    return carts.convert(ctx, p)


HANDLERS: dict[str, Handler] = {
    MutationType.NOTE_ADD: add_note,
    MutationType.CUSTOMER_ENROL: enrol_customer,
    MutationType.CUSTOMER_SET_CONSENT: set_consent,
    MutationType.WISHLIST_ADD: add_wishlist_item,
    MutationType.LOYALTY_EARN: loyalty_earn,
    MutationType.LOYALTY_REDEEM: loyalty_redeem,
    **PICKUP_HANDLERS,
    MutationType.ORDER_RETURN: order_return,
    MutationType.ORDER_DECLINE_LINE: decline_line,
    MutationType.ORDER_ADD_ITEM: add_item,
    MutationType.ORDER_EXCHANGE: order_exchange,
    MutationType.LOYALTY_REDEEM_REWARD: loyalty_handler("redeem_reward"),
    MutationType.LOYALTY_CANCEL_VOUCHER: loyalty_handler("cancel_voucher"),
    MutationType.LOYALTY_ENROL_CARD: loyalty_handler("enrol_card"),
    MutationType.CART_CONVERT: cart_convert,
}


# -- the push ------------------------------------------------------------------------------------


def resolve_temp_ids(conn: Connection, store_id: str, payload: dict[str, Any]) -> dict[str, Any]:
    """``payload`` with every temporary id this store's devices already had remapped replaced."""
    temps = {v for v in payload.values() if isinstance(v, str) and is_temp_id(v)}
    if not temps:
        return payload
    known = dict(
        conn.execute(
            sa.select(temp_id_map.c.temp_id, temp_id_map.c.real_id).where(
                temp_id_map.c.store_id == store_id, temp_id_map.c.temp_id.in_(sorted(temps))
            )
        ).all()
    )
    return {k: known.get(v, v) if isinstance(v, str) else v for k, v in payload.items()}


def _stored(conn: Connection, store_id: str, mutation: Mutation) -> MutationResult | None:
    """The first answer to ``mutation`` if the service has processed its id before."""
    row = conn.execute(
        sa.select(mutation_log).where(mutation_log.c.mutation_id == mutation.mutation_id)
    ).first()
    if row is None:
        return None
    mutation_id = mutation.mutation_id
    if row.store_id != store_id or row.type != mutation.type:
        # Not this store's change (or not this change): answer nothing of the first one.
        return _result(mutation_id, "rejected", text(QT_TRANSLATE_NOOP(
            "Messages", "This change's id was already used by another change, so it was not "
            "applied. Make the change again.")))
    # the reason as first answered: English, and its Text when it was one (a reason stored
    # before revision 0002 is English only: the app shows it as it is)
    kept = Text.from_wire(json.loads(row.reason_text)) if row.reason_text else None
    return MutationResult(
        mutation_id=mutation_id,
        status="rejected" if row.status == "rejected" else "already_applied",
        reason=row.reason,
        reason_text=kept.to_wire() if kept is not None else None,
        id_map=json.loads(row.id_map or "{}"),
    )


def _result(mutation_id: str, status: str, reason: str | None,
            id_map: dict[str, str] | None = None) -> MutationResult:
    """A mutation's result: a refusal's reason in English, and as a Text when it is one."""
    return MutationResult(
        mutation_id=mutation_id, status=status, reason=None if reason is None else str(reason),
        reason_text=reason.to_wire() if isinstance(reason, Text) else None,
        id_map=id_map or {})


def _unknown_type(type_: str) -> Text:
    return text(QT_TRANSLATE_NOOP(
        "Messages", "This app version sends a change the central service does not know "
        "({type}). Update the service."), type=type_)


def _approval(ctx: Context, type_: str, p: dict[str, Any]) -> sa.Row | None:
    """Whether the signed-in person may make this change (domain/permissions.py), and the
    manager who approved it when it carries an approval. A manager's PIN is checked like a
    sign-in: against the manager's own lockout (central/central_api/pins.py)."""
    if permissions.Role.SUPPORT in (ctx.role, ctx.pusher_role):
        raise Rejected(permissions.refusal(permissions.Role.SUPPORT, set()))
    # Who made the change is the device's word; what it may do is what both the person who
    # made it and the person whose session sends it may do, unless a manager approved it
    # with their PIN (checked here): naming a manager as its author gains nothing.
    moved, today = _points_moved(ctx, type_, p)
    lacking = (permissions.missing(ctx.role, type_, p, points_today=today, points=moved)
               | permissions.missing(ctx.pusher_role, type_, p, points_today=today,
                                     points=moved))
    large = permissions.Permission.LARGE_POINTS in permissions.required(
        type_, p, points_today=today, points=moved)
    if large and p.get("manager_id") is None and not lacking:
        # a manager's own large change: allowed, and on the record
        audit.record(ctx.conn, store_id=ctx.store_id, action=f"{type_}.large",
                     subject=p.get("customer_id"), staff_id=ctx.staff_id,
                     device_id=ctx.device_id, at=ctx.now,
                     detail=f"{ctx.staff_id} made {type_} ({_points_text(p)}); "
                            f"{today + moved:,} points for this customer here today"
                            f"{_sent_by(ctx)}.")
    if p.get("manager_id") is None:
        if lacking:
            raise Rejected(permissions.refusal(ctx.role, lacking))
        return None
    try:
        manager = pins.check(ctx.conn, p["manager_id"], ctx.unseal(p, "manager_pin"),
                             store_id=ctx.store_id, now=ctx.now)
    except pins.Refused as exc:
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "The manager's approval was not accepted: {reason} Nothing was "
            "changed."), reason=exc.reason)) from None
    if (permissions.missing(manager.role, type_, p, points_today=today, points=moved)
            or manager.role != permissions.Role.MANAGER):
        raise Rejected(text(QT_TRANSLATE_NOOP(
            "Messages", "{name} ({staff}) is not a manager of this store, so cannot approve "
            "this. Nothing was changed."), name=manager.name, staff=manager.staff_id))
    # (a handover and a return are audited by their handlers, with what was approved)
    if lacking and type_ not in (MutationType.ORDER_HANDOVER, MutationType.ORDER_RETURN,
                                 MutationType.ORDER_EXCHANGE):
        audit.record(ctx.conn, store_id=ctx.store_id, action=f"{type_}.approved",
                     subject=p.get("customer_id"), staff_id=ctx.staff_id,
                     approved_by=manager.staff_id, device_id=ctx.device_id, at=ctx.now,
                     detail=f"{manager.name} ({manager.staff_id}) approved {type_} "
                            f"({_points_text(p)}) made by {ctx.staff_id}{_sent_by(ctx)}.")
    return manager


def _points_moved(ctx: Context, type_: str, p: dict[str, Any]) -> tuple[int, int]:
    """(points this change moves, points this store moved for the customer in the last day):
    a large redemption split in small ones adds up."""
    if type_ not in (MutationType.LOYALTY_EARN, MutationType.LOYALTY_REDEEM,
                     MutationType.LOYALTY_REDEEM_REWARD):
        return 0, 0
    customer_id = p.get("customer_id")
    points = int(p.get("points") or 0)
    if type_ == MutationType.LOYALTY_REDEEM_REWARD:  # the reward's price, as the service has it
        points = int(ctx.conn.execute(sa.select(rewards.c.points_price).where(
            rewards.c.reward_id == p.get("reward_id"))).scalar() or 0)
    if not isinstance(customer_id, str) or is_temp_id(customer_id):
        return points, 0
    tier = ctx.conn.execute(sa.select(loyalty_accounts.c.tier).where(
        loyalty_accounts.c.customer_id == customer_id)).scalar()
    moved = (points_for_purchase(p["amount_cents"], tier or "bronze")
             if type_ == MutationType.LOYALTY_EARN else points)
    today = ctx.conn.execute(
        sa.select(sa.func.coalesce(sa.func.sum(sa.func.abs(loyalty_ledger.c.delta)), 0))
        .where(loyalty_ledger.c.customer_id == customer_id,
               loyalty_ledger.c.store_id == ctx.store_id,
               loyalty_ledger.c.reason.in_(("earn", "redeem")),
               loyalty_ledger.c.created_at >= ctx.now - timedelta(days=1))).scalar_one()
    return moved, int(today)


def _sent_by(ctx: Context) -> str:
    """Who sent a change made by someone else on a shared tablet (the author is the device's
    word; the session that sent it is the service's)."""
    if ctx.pusher_id and ctx.pusher_id != ctx.staff_id:
        return f" (made by {ctx.staff_id} on device {ctx.device_id}, sent by {ctx.pusher_id})"
    return ""


def _points_text(p: dict[str, Any]) -> str:
    if "points" in p:
        return f"{p['points']:,} points, {p.get('reward', '')}".rstrip(", ")
    if "amount_cents" in p:
        return f"a purchase of {p['amount_cents'] / 100:,.2f}, receipt {p.get('receipt')}"
    return "a change"


def _apply_one(ctx: Context, mutation: Mutation) -> MutationResult:
    """Apply ``mutation`` (not seen before) inside the caller's transaction and record it."""
    id_map: dict[str, str] = {}
    reason: str | None = None
    handler = HANDLERS.get(mutation.type)
    try:
        if handler is None:
            raise Rejected(_unknown_type(mutation.type))
        payload = resolve_temp_ids(ctx.conn, ctx.store_id, mutation.payload)
        try:
            cleaned = validate(mutation.type, payload)
        except InvalidInput as exc:
            raise Rejected(errors.sentence_of(exc)) from None
        # outside the handler's savepoint: a wrong manager PIN stays counted when refused
        ctx = replace(ctx, approved_by=_approval(ctx, mutation.type, cleaned))
        with ctx.conn.begin_nested():  # a refusal leaves nothing of the handler's writes
            id_map = handler(ctx, cleaned)
    except Rejected as exc:
        reason, id_map = exc.reason, {}
        if exc.aftermath is not None:
            exc.aftermath(ctx)
    status = "applied" if reason is None else "rejected"
    ctx.conn.execute(
        mutation_log.insert().values(
            store_id=ctx.store_id,
            device_id=ctx.device_id,
            pushed_by=ctx.pusher_id or ctx.staff_id,
            mutation_id=mutation.mutation_id,
            device_seq=mutation.device_seq,
            type=mutation.type,
            status=status,
            reason=None if reason is None else str(reason),
            reason_text=json.dumps(reason.to_wire()) if isinstance(reason, Text) else None,
            id_map=json.dumps(id_map, sort_keys=True),
            processed_at=ctx.now,
        )
    )
    remaps = [
        {"store_id": ctx.store_id, "temp_id": temp, "real_id": real}
        for temp, real in id_map.items()
        if is_temp_id(temp)
    ]
    if remaps:
        ctx.conn.execute(temp_id_map.insert(), remaps)
    return _result(mutation.mutation_id, status, reason, id_map)


def _push(
    conn: Connection, device_id: str, store_id: str, staff_id: str, mutations: list[Mutation]
) -> PushResponse:
    if conn.in_transaction():
        conn.commit()  # each mutation is its own transaction: start from a clean slate
    people = dict(conn.execute(sa.select(staff.c.staff_id, staff.c.role)
                               .where(staff.c.store_id == store_id)).all())
    conn.commit()
    results: list[MutationResult] = []
    for mutation in mutations:
        for attempt in range(2):
            try:
                with storage.write_transaction(conn):
                    result = _stored(conn, store_id, mutation)
                    if result is None:
                        # the person who made the change, if one of this store's staff
                        actor = (mutation.staff_id if mutation.staff_id in people
                                 else staff_id)
                        ctx = Context(conn, device_id, store_id, actor, datetime.now(UTC),
                                      mutation.mutation_id, mutation.type,
                                      people.get(actor, ""), people.get(staff_id, ""),
                                      pusher_id=staff_id)
                        result = _apply_one(ctx, mutation)
                break
            except sa.exc.IntegrityError:
                # The same mutation committed by a concurrent push (another worker) in between:
                # rolled back; the next attempt finds and replays its result.
                if attempt or _peek(conn, store_id, mutation) is None:
                    raise
        results.append(result)
    with conn.begin():
        cursor = current_seq(conn)
    return PushResponse(results=results, cursor=cursor)


def _peek(conn: Connection, store_id: str, mutation: Mutation) -> MutationResult | None:
    with conn.begin():
        return _stored(conn, store_id, mutation)


def apply_push(
    engine_or_conn: Engine | Connection,
    *,
    device_id: str,
    store_id: str,
    staff_id: str,
    mutations: list[Mutation],
) -> PushResponse:
    """Apply ``mutations`` pushed by ``device_id`` of ``store_id`` in order; one result per
    mutation, in order."""
    if isinstance(engine_or_conn, Engine):
        with engine_or_conn.connect() as conn:
            return _push(conn, device_id, store_id, staff_id, mutations)
    return _push(engine_or_conn, device_id, store_id, staff_id, mutations)
